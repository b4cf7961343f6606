"""The domain's ranges and text rules: what a user may enter, and how input is echoed in a message."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dialogue_planner.domain.errors import ConflictError, DialogueError, ValidationError
from dialogue_planner.domain.limits import (
    EARLIEST_DAY,
    LATEST_DAY,
    MAX_RECORD_NUMBER,
    check_day,
    check_instant,
    check_key,
    check_line,
    check_name,
    check_record_number,
    check_text,
    check_whole,
)
from dialogue_planner.domain.requests import TimelinessRule
from dialogue_planner.domain.text import control_characters, one_line


def test_days_inside_the_dialogues_life_pass_and_the_ends_of_the_calendar_do_not():
    assert check_day(EARLIEST_DAY) == EARLIEST_DAY and check_day(LATEST_DAY) == LATEST_DAY
    for day in (
        date.min,
        date.max,
        date(1899, 12, 31),
        EARLIEST_DAY - timedelta(days=1),
        LATEST_DAY + timedelta(days=1),
    ):
        with pytest.raises(ValidationError, match="out of range: give a date between 1990-01-01 and 2100"):
            check_day(day, "meeting date")


def test_an_instant_is_judged_by_the_date_as_written_before_any_conversion():
    with pytest.raises(ValidationError, match="escalation time 0001-01-01"):
        check_instant(datetime(1, 1, 1, tzinfo=timezone(timedelta(hours=5))), "escalation time")
    aware = datetime(1990, 1, 1, tzinfo=timezone(timedelta(hours=14)))
    assert check_instant(aware) is aware


@pytest.mark.parametrize(
    "value",
    [0, -1, MAX_RECORD_NUMBER + 1, 2**63, -(2**63) - 1, 10**5000],
    ids=["zero", "minus-one", "2^31", "2^63", "-2^63-1", "5001-digits"],
)
def test_numbers_out_of_range_are_refused_in_one_short_line(value):
    with pytest.raises(ValidationError) as caught:
        check_record_number(value, "meeting number")
    assert caught.value.message.startswith("The meeting number must be between 1 and 2147483647")
    assert len(caught.value.message) < 120


def test_whole_numbers_refuse_booleans_and_text():
    for value in (True, "3", 3.0, None):
        with pytest.raises(ValidationError, match="whole number"):
            check_whole(value, "position", 0, 10)


def test_a_standard_of_more_than_ten_years_is_refused():
    assert TimelinessRule(7, 3650).response_days == 3650
    with pytest.raises(ValidationError, match="at most 3650"):
        TimelinessRule(7, 1_000_000_000)


def test_texts_refuse_control_characters_but_keep_their_line_breaks():
    assert check_text("  first\nsecond\tthird  ", "note") == "first\nsecond\tthird"
    assert check_line("  Washington \n D.C. ", "city", 120) == "Washington D.C."
    for bad in ("\x1b[31mred", "a\x00b", "a\u202eb", "caf\udce9", "\x7f"):
        with pytest.raises(ValidationError, match="contains control characters"):
            check_text(bad, "note")
    with pytest.raises(ValidationError, match="20000 is the most allowed"):
        check_text("x" * 20_001, "note")


def test_names_and_logins_refuse_every_control_character_even_a_line_break():
    assert check_name(" li.wei ", "login", 120) == "li.wei"
    for bad in ("li\nwei", "li\twei", "\x1b[31mevil", "evil\x07"):
        with pytest.raises(ValidationError, match="login contains control characters"):
            check_name(bad, "login", 120)


def test_a_lookup_key_with_control_characters_names_nothing():
    assert check_key(" FBI ", "agency acronym") == "FBI"
    with pytest.raises(ValidationError, match=r"'F\\x00BI' is not a agency acronym"):
        check_key("F\x00BI", "agency acronym")
    with pytest.raises(ValidationError, match="longer than 320"):
        check_key("F" * 400, "agency acronym")


def test_one_line_escapes_what_a_terminal_would_obey():
    assert one_line("a\nb\r\tc") == "a\\nb\\r\\tc"
    assert one_line("\x1b[31mred") == "\\x1b[31mred"
    assert one_line("caf\udce9") == "caf\\xe9"  # the byte that was not UTF-8
    assert one_line("a\u202eb\u2028") == "a\\u202eb\\u2028"
    assert one_line("名前 AT&T <b>") == "名前 AT&T <b>"
    shortened = one_line("start " + "x" * 5000 + " advice", limit=100)
    assert len(shortened) == 99 and shortened.startswith("start ") and shortened.endswith(" advice")


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_one_line_never_leaves_a_control_character(text):
    shown = one_line(text)
    assert not control_characters(shown) and "\n" not in shown


def test_every_dialogue_error_is_one_line_whatever_it_quotes():
    error = ValidationError("Unknown side 'x\ny\x1b[2J': use US or CN.")
    assert error.message == str(error) == "Unknown side 'x\\ny\\x1b[2J': use US or CN."
    assert "\n" not in ConflictError("clash\nwith\nthree lines").message
    assert isinstance(error, DialogueError)
