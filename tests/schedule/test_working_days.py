"""Working days of both sides against dates everyone knows."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dialogue_planner.domain.errors import ValidationError
from dialogue_planner.domain.working_days import (
    add_working_days,
    holiday_names,
    is_estimated_year,
    is_make_up_working_day,
    is_working_day,
    working_days_between,
    year_calendar,
)


def days(first: date, last: date) -> list[date]:
    return [first + timedelta(days=i) for i in range((last - first).days + 1)]


def test_spring_festival_2016_week_is_off_in_china_and_the_saturday_before_is_worked():
    for day in days(date(2016, 2, 7), date(2016, 2, 13)):
        assert not is_working_day("CN", day), day
    assert any("Spring Festival" in n for n in holiday_names("CN", date(2016, 2, 8)))
    assert is_working_day("CN", date(2016, 2, 6))  # Saturday, make-up working day
    assert is_working_day("CN", date(2016, 2, 14))  # Sunday, make-up working day
    assert is_make_up_working_day("CN", date(2016, 2, 6))
    assert not is_working_day("US", date(2016, 2, 6))
    assert is_working_day("US", date(2016, 2, 8))


@pytest.mark.parametrize("year", [2015, 2016])
def test_national_day_week_is_off_in_china(year):
    for day in days(date(year, 10, 1), date(year, 10, 7)):
        assert not is_working_day("CN", day), day
    assert any("National Day" in n for n in holiday_names("CN", date(year, 10, 1)))
    assert is_working_day("CN", date(year, 10, 8 if year == 2015 else 10))


def test_national_day_2016_make_up_weekend_is_worked():
    assert is_working_day("CN", date(2016, 10, 8)) and is_working_day("CN", date(2016, 10, 9))
    assert not is_working_day("US", date(2016, 10, 8))


def test_us_thanksgiving_christmas_new_year_and_observed_days():
    assert not is_working_day("US", date(2015, 11, 26))
    assert holiday_names("US", date(2016, 11, 24)) == ["Thanksgiving Day"]
    assert not is_working_day("US", date(2015, 12, 25))
    # Christmas 2016 fell on a Sunday: observed on Monday the 26th.
    assert not is_working_day("US", date(2016, 12, 26))
    assert "observed" in holiday_names("US", date(2016, 12, 26))[0]
    assert not is_working_day("US", date(2016, 1, 1)) and not is_working_day("CN", date(2016, 1, 1))
    # New Year 2017 on a Sunday: observed Monday 2 January in the US.
    assert not is_working_day("US", date(2017, 1, 2))
    assert is_working_day("US", date(2016, 11, 23))
    assert is_working_day("CN", date(2015, 11, 26))  # Thanksgiving is no holiday in China


def test_weekends_are_off_and_plain_weekdays_are_working():
    assert not is_working_day("US", date(2016, 3, 5)) and not is_working_day("CN", date(2016, 3, 6))
    assert is_working_day("US", date(2016, 3, 8)) and is_working_day("CN", date(2016, 3, 8))
    assert holiday_names("US", date(2016, 3, 8)) == []


def test_estimated_years_follow_chinas_announcements():
    assert not is_estimated_year("CN", 2016)
    last = max(y for y in range(2016, 2040) if not is_estimated_year("CN", y))
    assert is_estimated_year("CN", last + 1)
    assert all(is_estimated_year("CN", y) for y in range(last + 1, last + 5))
    assert not is_estimated_year("US", 2090)


def test_add_working_days_skips_the_golden_week():
    assert add_working_days("CN", date(2016, 9, 30), 1) == date(2016, 10, 8)
    assert add_working_days("US", date(2016, 11, 23), 1) == date(2016, 11, 25)
    assert add_working_days("US", date(2016, 11, 25), 0) == date(2016, 11, 25)
    assert add_working_days("CN", date(2016, 10, 8), -1) == date(2016, 9, 30)
    assert working_days_between("CN", date(2016, 9, 30), date(2016, 10, 8)) == 1
    assert working_days_between("CN", date(2016, 10, 8), date(2016, 9, 30)) == -1
    assert working_days_between("US", date(2005, 1, 1), date(2004, 12, 30)) == -1  # 31 Dec observed


def test_country_codes_are_normalised_and_unknown_ones_refused():
    assert is_working_day("cn", date(2016, 2, 6))
    with pytest.raises(ValidationError, match="No public-holiday calendar for country 'XX'"):
        is_working_day("XX", date(2016, 1, 4))
    with pytest.raises(ValidationError):
        holiday_names("", date(2016, 1, 4))


def test_calendars_are_cached_per_country_and_year():
    assert year_calendar("US", 2016) is year_calendar("US", 2016)


@settings(max_examples=60, deadline=None)
@given(
    country=st.sampled_from(["US", "CN"]),
    start=st.dates(date(2005, 1, 1), date(2035, 12, 31)),
    n=st.integers(-40, 40),
)
def test_add_working_days_lands_on_a_working_day_n_steps_away(country, start, n):
    result = add_working_days(country, start, n)
    if n == 0:
        assert result == start
        return
    assert is_working_day(country, result)
    assert (result > start) == (n > 0)
    assert working_days_between(country, start, result) == n


def test_the_supported_countries_are_those_holidays_lists():
    """Read from the registry (cheap) they must be what ``list_supported_countries()`` (which imports every
    country) answers; an upgrade of ``holidays`` that changes its registry fails here, not at a user's desk."""
    import holidays

    from dialogue_planner.domain.working_days import supported_countries

    assert supported_countries() == frozenset(holidays.list_supported_countries())


COUNTRY_MODULES = r"""
import sys
from datetime import date
from dialogue_planner.domain import working_days as w
loaded = lambda: sorted(m.rsplit(".", 1)[1] for m in sys.modules if m.startswith("holidays.countries."))
assert not w.is_working_day("CN", date(2016, 10, 3)) and w.is_working_day("CN", date(2016, 10, 8))
assert not w.is_working_day("US", date(2016, 7, 4))
print(loaded())
import holidays
print(holidays.countries.Germany.__name__, len(loaded()) > 200)
from holidays.countries import France
print(France(years=2020).get(date(2020, 7, 14)))
"""


def test_only_the_countries_asked_for_are_imported():
    """holidays' package __init__ imports all 250 countries (14 MB); working_days imports the ones asked
    for, and the package's names still answer (running the __init__ then)."""
    import subprocess
    import sys

    out = subprocess.run([sys.executable, "-c", COUNTRY_MODULES], capture_output=True, text=True, check=True)
    assert out.stdout.splitlines() == ["['china', 'united_states']", "Germany True", "National Day"]
