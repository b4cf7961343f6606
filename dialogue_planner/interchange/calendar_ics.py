"""Meetings as an iCalendar file: one VEVENT per meeting with a stable UID and a rising SEQUENCE.

Meetings with both a start and an end time carry their host zone's TZID and a VTIMEZONE block; meetings without times are
all-day events (with the host zone's VTIMEZONE still included for calendars that show zones).
Cancelled meetings stay in the file with STATUS:CANCELLED so that calendars remove them.

Commitments, when asked for, are all-day events on their due dates with a display alarm the day before
(``COMMITMENT_ALARM``); done and dropped ones are STATUS:CANCELLED (and without alarm) so that a calendar
that imported them earlier removes them.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

from icalendar import Alarm, Calendar, Event, Timezone

from dialogue_planner.domain.commitments import UNSETTLED, CommitmentRecord
from dialogue_planner.domain.meeting_times import meeting_span, spans_for_sides
from dialogue_planner.domain.meetings import MeetingRecord
from dialogue_planner.domain.vocabulary import MeetingStatus

PRODID = "-//Dialogue Planner//Meetings//EN"
COMMITMENT_ALARM = timedelta(days=-1)  # before the start of the due day
ICS_STATUS = {
    MeetingStatus.PLANNED.value: "TENTATIVE",
    MeetingStatus.POSTPONED.value: "TENTATIVE",
    MeetingStatus.CONFIRMED.value: "CONFIRMED",
    MeetingStatus.HELD.value: "CONFIRMED",
    MeetingStatus.CANCELLED.value: "CANCELLED",
}


def _summary(meeting: MeetingRecord, dialogue_name: str) -> str:
    text = f"{meeting.ordinal} meeting"
    if dialogue_name:
        text += f": {dialogue_name}"
    if meeting.status == MeetingStatus.POSTPONED:
        text += " (postponed)"
    return text


def _location(meeting: MeetingRecord) -> str:
    return ", ".join(part for part in (meeting.venue, meeting.city) if part)


def _description(meeting: MeetingRecord, side_zones: dict[str, str]) -> str:
    lines = [f"Window: {meeting.window}", f"Host: {meeting.host}", f"Status: {meeting.status}"]
    if meeting.start_time is not None and meeting.end_time is not None:
        spans = spans_for_sides(
            meeting.start,
            meeting.end,
            meeting.start_time,
            meeting.end_time,
            meeting.time_zone,
            list(side_zones.values()),
        )
        names = {zone_name: code for code, zone_name in side_zones.items()}
        for span in spans:
            who = names.get(span.zone_name, span.zone_name)
            lines.append(f"{who} local time: {span.describe()} ({span.zone_name})")
    return "\n".join(lines)


def export_calendar(
    meetings: list[MeetingRecord],
    *,
    dialogue_name: str = "",
    side_zones: dict[str, str] | None = None,
    stamp: datetime | None = None,
    commitments: list[CommitmentRecord] | tuple = (),
    uid_domain: str = "dialogue-planner",
) -> bytes:
    """The .ics bytes for ``meetings`` (and the due dates of ``commitments``); ``side_zones`` maps side
    codes to zones for the description, ``stamp`` fixes DTSTAMP (tests want identical output)."""
    side_zones = side_zones or {}
    stamp = (stamp or datetime.now(timezone.utc)).astimezone(timezone.utc)
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    if dialogue_name:
        cal.add("x-wr-calname", dialogue_name)
    zone_years: dict[str, list[int]] = {}
    for meeting in sorted(meetings, key=lambda m: m.number):
        zone_years.setdefault(meeting.time_zone, []).extend([meeting.start.year, meeting.end.year])
    for zone_name, years in sorted(zone_years.items()):
        cal.add_component(
            Timezone.from_tzid(
                zone_name, first_date=date(min(years) - 1, 1, 1), last_date=date(max(years) + 1, 12, 31)
            )
        )
    for meeting in sorted(meetings, key=lambda m: m.number):
        cal.add_component(_event(meeting, dialogue_name, side_zones, stamp))
    for commitment in sorted(commitments, key=lambda c: c.id):
        if commitment.due_on is not None:
            cal.add_component(_commitment_event(commitment, commitment.due_on, stamp, uid_domain))
    return cal.to_ical()


def _commitment_event(c: CommitmentRecord, due_on: date, stamp: datetime, uid_domain: str) -> Event:
    event = Event()
    event.add("uid", f"commitment-{c.id}@{uid_domain}")
    event.add("dtstamp", stamp)
    event.add("sequence", c.version)
    event.add("summary", f"Due: {c.text.splitlines()[0][:120] if c.text else 'commitment'}")
    event.add("dtstart", due_on)
    event.add("dtend", due_on + timedelta(days=1))
    event.add("x-microsoft-cdo-alldayevent", "TRUE")
    lines = [
        f"Commitment {c.id} of meeting {c.meeting_number}",
        f"Owner: {c.owner or 'not named'}",
        f"Status: {c.status}",
        "",
        c.text,
    ]
    if c.text_zh:
        lines.append(c.text_zh)
    event.add("description", "\n".join(lines))
    event.add("categories", ["commitment"])
    if c.status in UNSETTLED:
        event.add("status", "CONFIRMED")
        alarm = Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("description", f"Commitment due: {c.text[:200]}")
        alarm.add("trigger", COMMITMENT_ALARM)
        event.add_component(alarm)
    else:
        event.add("status", "CANCELLED")
    return event


def _event(meeting: MeetingRecord, dialogue_name: str, side_zones: dict[str, str], stamp: datetime) -> Event:
    event = Event()
    event.add("uid", meeting.uid)
    event.add("dtstamp", stamp)
    event.add("sequence", meeting.sequence)
    event.add("summary", _summary(meeting, dialogue_name))
    event.add("status", ICS_STATUS.get(meeting.status, "TENTATIVE"))
    if meeting.start_time is not None and meeting.end_time is not None:
        start, end = meeting_span(
            meeting.start, meeting.end, meeting.start_time, meeting.end_time, meeting.time_zone
        )
        event.add("dtstart", start)
        event.add("dtend", end)
    else:
        event.add("dtstart", meeting.start)
        event.add("dtend", meeting.end + timedelta(days=1))  # exclusive end of an all-day event
        event.add("x-microsoft-cdo-alldayevent", "TRUE")
    location = _location(meeting)
    if location:
        event.add("location", location)
    event.add("description", _description(meeting, side_zones))
    event.add("categories", [meeting.window])
    return event
