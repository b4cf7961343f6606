"""Escalation references, instants typed in local time, and status rules (pure)."""

from datetime import datetime, timezone

import pytest

from dialogue_planner.domain.errors import ValidationError
from dialogue_planner.domain.escalations import (
    check_new_escalation,
    check_status_change,
    format_reference,
    local_time,
    parse_instant,
    parse_reference,
)

NOW = datetime(2016, 6, 1, tzinfo=timezone.utc)


def test_reference_round_trips():
    assert format_reference(2016, 3) == "HL-2016-003"
    assert format_reference(2016, 1234) == "HL-2016-1234"
    assert parse_reference("hl-2016-003") == (2016, 3)
    with pytest.raises(ValidationError, match="HL-2016-003"):
        parse_reference("US-2016-0003")


def test_naive_time_is_the_raising_sides_local_time():
    assert parse_instant("2016-03-01 14:30", "Asia/Shanghai") == datetime(
        2016, 3, 1, 6, 30, tzinfo=timezone.utc
    )
    assert parse_instant("2016-07-01T09:00", "America/New_York") == datetime(
        2016, 7, 1, 13, 0, tzinfo=timezone.utc
    )


def test_explicit_offset_and_z_win_over_the_side_zone():
    assert parse_instant("2016-03-01T14:30+08:00", "America/New_York") == datetime(
        2016, 3, 1, 6, 30, tzinfo=timezone.utc
    )
    assert parse_instant("2016-03-01T14:30Z", "Asia/Shanghai") == datetime(
        2016, 3, 1, 14, 30, tzinfo=timezone.utc
    )


def test_local_time_shows_the_wall_clock():
    assert local_time(datetime(2016, 3, 1, 6, 30, tzinfo=timezone.utc), "Asia/Shanghai").hour == 14


@pytest.mark.parametrize(
    "text, zone, message",
    [
        ("yesterday", "Asia/Shanghai", "not a date and time"),
        ("2016-02-30T10:00", "Asia/Shanghai", "not a date and time"),
        ("2016-03-01T10:00", "Mars/Olympus", "Unknown time zone"),
    ],
)
def test_bad_instants_are_refused(text, zone, message):
    with pytest.raises(ValidationError, match=message):
        parse_instant(text, zone)


def test_new_escalation_is_checked():
    assert check_new_escalation(summary=" Slow answer ", severity="HIGH", raised_at=NOW, now=NOW) == (
        "Slow answer",
        "high",
    )
    with pytest.raises(ValidationError, match="needs a summary"):
        check_new_escalation(summary="", severity="high", raised_at=NOW, now=NOW)
    with pytest.raises(ValidationError, match="Unknown severity"):
        check_new_escalation(summary="x", severity="urgent", raised_at=NOW, now=NOW)
    with pytest.raises(ValidationError, match="future"):
        check_new_escalation(summary="x", severity="low", raised_at=NOW.replace(year=2017), now=NOW)


def test_resolving_needs_a_resolution():
    assert check_status_change("open", "acknowledged", "") == "acknowledged"
    assert check_status_change("open", "resolved", "Answered by phone") == "resolved"
    with pytest.raises(ValidationError, match="resolution"):
        check_status_change("open", "closed", " ")
    with pytest.raises(ValidationError, match="already open"):
        check_status_change("open", "open", "")
