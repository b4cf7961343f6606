"""Calendar files parse back with icalendar and keep their UIDs across changes."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time, timezone

import icalendar
from hypothesis import given, settings
from hypothesis import strategies as st

from dialogue_planner.interchange.calendar_ics import export_calendar

ZONES = {"US": "America/New_York", "CN": "Asia/Shanghai"}
STAMP = datetime(2016, 1, 1, tzinfo=timezone.utc)


def meetings(make_meeting):
    return [
        make_meeting(
            1,
            date(2015, 12, 1),
            status="held",
            actual_start=date(2015, 12, 1),
            start_time=time(9),
            end_time=time(17),
            venue="Department of Justice",
        ),
        make_meeting(
            2, date(2016, 6, 14), status="confirmed", host="CN", city="Beijing", time_zone="Asia/Shanghai"
        ),
        make_meeting(3, date(2016, 12, 7), status="cancelled", sequence=2),
        make_meeting(
            4,
            date(2017, 5, 7),
            status="planned",
            host="CN",
            city="Beijing & Tianjin",
            time_zone="Asia/Shanghai",
        ),
    ]


def events(data: bytes):
    cal = icalendar.Calendar.from_ical(data)
    return cal, {str(e["UID"]): e for e in cal.walk("VEVENT")}


def test_export_parses_back_with_zones_status_and_location(make_meeting):
    data = export_calendar(
        meetings(make_meeting), dialogue_name="US-China dialogue", side_zones=ZONES, stamp=STAMP
    )
    cal, by_uid = events(data)
    assert {str(tz["TZID"]) for tz in cal.walk("VTIMEZONE")} == {"America/New_York", "Asia/Shanghai"}
    first = by_uid["meeting-1@test"]
    assert first["DTSTART"].params["TZID"] == "America/New_York"
    start = first.decoded("DTSTART")
    assert (start.hour, start.utcoffset().total_seconds()) == (9, -5 * 3600)
    assert str(first["STATUS"]) == "CONFIRMED"
    assert str(first["LOCATION"]) == "Department of Justice, Washington"
    assert "CN local time: 2015-12-01 22:00 - 2015-12-02 06:00 CST" in str(first["DESCRIPTION"])
    assert str(first["SUMMARY"]) == "1st meeting: US-China dialogue"
    second = by_uid["meeting-2@test"]
    assert second.decoded("DTSTART") == date(2016, 6, 14) and second.decoded("DTEND") == date(2016, 6, 15)
    assert str(by_uid["meeting-3@test"]["STATUS"]) == "CANCELLED"
    assert int(by_uid["meeting-3@test"]["SEQUENCE"]) == 2
    assert str(by_uid["meeting-4@test"]["STATUS"]) == "TENTATIVE"
    assert str(by_uid["meeting-4@test"]["LOCATION"]) == "Beijing & Tianjin"


def test_uids_stay_and_sequence_rises_across_changes(make_meeting):
    before = meetings(make_meeting)[1]
    after = replace(before, planned_start=date(2016, 6, 20), planned_end=date(2016, 6, 21), sequence=1)
    _, old = events(export_calendar([before], stamp=STAMP))
    _, new = events(export_calendar([after], stamp=STAMP))
    assert set(old) == set(new) == {"meeting-2@test"}
    assert int(new["meeting-2@test"]["SEQUENCE"]) == int(old["meeting-2@test"]["SEQUENCE"]) + 1
    assert new["meeting-2@test"].decoded("DTEND") == date(2016, 6, 22)


def test_export_is_deterministic_with_a_fixed_stamp_and_empty_lists_are_valid(make_meeting):
    ms = meetings(make_meeting)
    assert export_calendar(ms, stamp=STAMP) == export_calendar(list(reversed(ms)), stamp=STAMP)
    cal = icalendar.Calendar.from_ical(export_calendar([], stamp=STAMP))
    assert cal.walk("VEVENT") == [] and str(cal["VERSION"]) == "2.0"


@settings(max_examples=30, deadline=None)
@given(
    rows=st.lists(
        st.tuples(
            st.dates(date(2000, 1, 1), date(2040, 12, 31)),
            st.sampled_from(["planned", "confirmed", "held", "postponed", "cancelled"]),
            st.sampled_from(["America/New_York", "Asia/Shanghai"]),
            st.one_of(st.none(), st.integers(6, 12)),
            st.integers(0, 3),
        ),
        min_size=1,
        max_size=6,
    )
)
def test_calendar_round_trip_keeps_uid_local_time_and_status(rows):
    from schedule_factories import build_meeting

    meetings = [
        build_meeting(
            n,
            day,
            status=status,
            time_zone=zone,
            sequence=seq,
            start_time=time(hour, 30) if hour else None,
            end_time=time(17) if hour else None,
        )
        for n, (day, status, zone, hour, seq) in enumerate(rows, start=1)
    ]
    cal, by_uid = events(export_calendar(meetings, side_zones=ZONES, stamp=STAMP))
    assert len(by_uid) == len(meetings)
    for m in meetings:
        event = by_uid[m.uid]
        start = event.decoded("DTSTART")
        if m.start_time is None:
            assert start == m.start
        else:
            assert (start.date(), start.time()) == (m.start, m.start_time)
            assert str(start.tzinfo) == m.time_zone or event["DTSTART"].params["TZID"] == m.time_zone
        assert int(event["SEQUENCE"]) == m.sequence
        assert (
            str(event["STATUS"])
            == {
                "planned": "TENTATIVE",
                "postponed": "TENTATIVE",
                "confirmed": "CONFIRMED",
                "held": "CONFIRMED",
                "cancelled": "CANCELLED",
            }[m.status]
        )
