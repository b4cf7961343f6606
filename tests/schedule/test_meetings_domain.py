"""Meeting records and the rules of their status and number."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from dialogue_planner.domain.errors import ValidationError
from dialogue_planner.domain.meetings import (
    check_city,
    check_dates,
    check_held,
    check_transition,
    next_number,
    ordinal,
)


def test_derived_values_prefer_the_actual_ones(make_meeting):
    planned = make_meeting(2, date(2016, 6, 10), host="US", city="Washington")
    assert (planned.start, planned.end, planned.host, planned.city) == (
        date(2016, 6, 10),
        date(2016, 6, 10),
        "US",
        "Washington",
    )
    held = replace(
        planned,
        actual_start=date(2016, 6, 14),
        actual_end=date(2016, 6, 15),
        actual_host="CN",
        actual_city="Beijing",
        status="held",
    )
    assert (held.start, held.end, held.host, held.city) == (
        date(2016, 6, 14),
        date(2016, 6, 15),
        "CN",
        "Beijing",
    )
    assert held.planned_host == "US" and held.planned_start == date(2016, 6, 10)
    assert not held.is_open and planned.is_open


def test_ordinals_and_numbers_are_never_reused():
    assert [ordinal(n) for n in (1, 2, 3, 4, 11, 12, 13, 21, 22, 101, 111)] == [
        "1st",
        "2nd",
        "3rd",
        "4th",
        "11th",
        "12th",
        "13th",
        "21st",
        "22nd",
        "101st",
        "111th",
    ]
    assert next_number([]) == 1
    assert next_number([1, 2, 5]) == 6


def test_status_transitions():
    assert check_transition("planned", "held") == "held"
    assert check_transition("cancelled", "planned") == "planned"
    assert check_transition("held", "held") == "held"
    with pytest.raises(ValidationError, match="was held"):
        check_transition("held", "planned")
    with pytest.raises(ValidationError, match="A cancelled meeting cannot become held"):
        check_transition("cancelled", "held")
    with pytest.raises(ValidationError, match="Unknown meeting status 'done'"):
        check_transition("planned", "done")


def test_date_and_city_rules():
    assert check_dates(date(2016, 6, 14), None) == date(2016, 6, 14)
    with pytest.raises(ValidationError, match="before it starts"):
        check_dates(date(2016, 6, 14), date(2016, 6, 13))
    with pytest.raises(ValidationError, match="more than 31 days"):
        check_dates(date(2016, 6, 1), date(2016, 8, 1))
    with pytest.raises(ValidationError, match="cannot be marked held"):
        check_held(date(2030, 1, 1), date(2026, 1, 1))
    check_held(date(2016, 1, 1), date(2016, 1, 1))
    assert check_city("  Washington   D.C. ") == "Washington D.C."
    with pytest.raises(ValidationError, match="Give the city"):
        check_city("   ")
    with pytest.raises(ValidationError, match="120 is the most allowed"):
        check_city("x" * 121)
