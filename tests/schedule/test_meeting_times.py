"""Local times in both sides' zones, across daylight-saving changes."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dialogue_planner.domain.errors import ValidationError
from dialogue_planner.domain.meeting_times import (
    local_instant,
    meeting_span,
    span_in_zone,
    spans_for_sides,
    zone,
)

NY, SH = "America/New_York", "Asia/Shanghai"


def test_washington_morning_is_beijing_evening_in_winter_and_summer():
    [ny, sh] = spans_for_sides(date(2015, 12, 1), date(2015, 12, 1), time(9), time(17), NY, [NY, SH])
    assert ny.describe() == "2015-12-01 09:00 - 17:00 EST"
    assert sh.describe() == "2015-12-01 22:00 - 2015-12-02 06:00 CST"
    [_, summer] = spans_for_sides(date(2016, 6, 14), date(2016, 6, 14), time(9), time(17), NY, [SH])
    assert summer.start.hour == 21  # EDT is 12 hours behind Beijing


def test_a_meeting_across_the_spring_forward_night_keeps_both_wall_clocks():
    start, end = meeting_span(date(2016, 3, 12), date(2016, 3, 14), time(9), time(17), NY)
    elapsed = end.astimezone(timezone.utc) - start.astimezone(timezone.utc)
    assert elapsed == timedelta(days=2, hours=7)  # one hour lost to daylight saving
    sh = span_in_zone(start, end, SH)
    assert (sh.start.hour, sh.end.hour) == (22, 5)


def test_non_existent_local_time_is_refused_and_ambiguous_one_is_the_first():
    with pytest.raises(ValidationError, match="02:30 does not exist on 2016-03-13 in America/New_York"):
        local_instant(date(2016, 3, 13), time(2, 30), NY)
    first = local_instant(date(2016, 11, 6), time(1, 30), NY)
    assert first.utcoffset() == timedelta(hours=-4)


def test_end_before_start_and_unknown_zones_are_refused():
    with pytest.raises(ValidationError, match="ends"):
        meeting_span(date(2016, 3, 1), date(2016, 3, 1), time(17), time(9), NY)
    for bad in ["", "Mars/Olympus", "../etc/passwd", " Asia/Shanghai"]:
        with pytest.raises(ValidationError, match="Unknown time zone"):
            zone(bad)


@settings(max_examples=80, deadline=None)
@given(
    day=st.dates(date(2000, 1, 1), date(2040, 12, 31)),
    at=st.times(),
    host=st.sampled_from([NY, SH]),
    other=st.sampled_from([NY, SH, "Europe/London"]),
)
def test_local_times_survive_dst_round_trips_in_both_zones(day, at, host, other):
    at = at.replace(microsecond=0)
    try:
        instant = local_instant(day, at, host)
    except ValidationError:
        # Only a wall-clock time skipped by a DST jump may be refused.
        naive = datetime.combine(day, at)
        assert (
            naive.replace(tzinfo=zone(host))
            .astimezone(timezone.utc)
            .astimezone(zone(host))
            .replace(tzinfo=None)
            != naive
        )
        return
    seen = instant.astimezone(zone(other))
    back = seen.astimezone(zone(host))
    assert (back.date(), back.time()) == (day, at)
    assert seen.astimezone(timezone.utc) == instant.astimezone(timezone.utc)
