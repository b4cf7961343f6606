"""A meeting's running order: each agenda item's lead speaker and time slot, seen on both sides' clocks.

A slot is a day of the meeting (1 for its first day), a local start time in the meeting's zone and a length
in minutes; the instants go through ``meeting_times`` so daylight-saving changes in either zone are right.
A start the clocks skip is refused; a start that occurs twice (clocks go back) is its first occurrence, as
for a meeting's own times. The length is counted in real minutes (in UTC), never on a wall clock, and slots
are compared as instants: an aware datetime's own arithmetic and comparison within one zone go by the wall
clock and would make an hour that occurs twice look like one.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone

from dialogue_planner.domain.messages import msg

from .errors import ValidationError
from .limits import check_whole
from .meeting_times import local_instant, zone

MAX_SLOT_MINUTES = 24 * 60


@dataclass(frozen=True)
class SlotTime:
    """An item's slot on one side's wall clock."""

    side_code: str
    zone_name: str
    start: datetime
    end: datetime

    def describe(self) -> str:
        """E.g. "2015-12-01 09:00-09:45 EST" (the end's date is shown when it falls on another day, and
        both abbreviations when the clocks change in the slot: "2016-11-06 01:00-01:00 EDT/EST")."""
        end = f"{self.end:%H:%M}" if self.end.date() == self.start.date() else f"{self.end:%Y-%m-%d %H:%M}"
        start_zone = self.start.tzname() or self.zone_name
        end_zone = self.end.tzname() or self.zone_name
        suffix = start_zone if end_zone == start_zone else f"{start_zone}/{end_zone}"
        return f"{self.start:%Y-%m-%d %H:%M}-{end} {suffix}"


@dataclass(frozen=True)
class RunningOrderEntry:
    """One item of the running order, plain values only."""

    item_id: int
    position: int
    title: str
    title_zh: str
    status: str
    lead_delegate_id: int | None
    lead_key: str
    lead_name: str
    lead_side: str
    day: int | None
    start_time: time | None
    minutes: int | None
    times: tuple[SlotTime, ...] = ()
    clashes_with: tuple[int, ...] = ()

    @property
    def timed(self) -> bool:
        return bool(self.times)


def check_slot(day: int, start_time: time, minutes: int, meeting_days: int) -> tuple[int, time, int]:
    """A slot's day (1 to the meeting's length in days), start and minutes (1 to 1,440)."""
    check_whole(day, "day of the meeting", 1, max(1, meeting_days))
    check_whole(minutes, "length in minutes", 1, MAX_SLOT_MINUTES)
    if start_time.tzinfo is not None:
        raise ValidationError(msg("Give the start as a local time of the meeting (HH:MM), without a zone."))
    return day, start_time.replace(second=0, microsecond=0), minutes


def slot_times(
    first_day: date, day: int, start_time: time, minutes: int, host_zone: str, sides: list[tuple[str, str]]
) -> tuple[SlotTime, ...]:
    """The slot in each side's zone (``sides``: (code, zone) pairs), the host's zone deciding the instant.

    A local start that occurs twice is its first occurrence; the end is ``minutes`` real minutes later."""
    start = local_instant(first_day + timedelta(days=day - 1), start_time, host_zone).astimezone(timezone.utc)
    end = start + timedelta(minutes=minutes)  # in UTC: real minutes, not the host's wall clock
    return tuple(
        SlotTime(code, name, start.astimezone(zone(name)), end.astimezone(zone(name))) for code, name in sides
    )


def clashes(entries: list[tuple[int, datetime, datetime]]) -> dict[int, tuple[int, ...]]:
    """Per item id, the other items whose slots overlap its own (touching ends do not overlap).

    Compared in UTC: within one zone Python compares wall clocks, and 01:30 EST (the second 01:30 of the
    night the clocks go back) would come before 01:45 EDT."""
    found: dict[int, list[int]] = {}
    entries = [(k, s.astimezone(timezone.utc), e.astimezone(timezone.utc)) for k, s, e in entries]
    for i, (a, a_start, a_end) in enumerate(entries):
        for b, b_start, b_end in entries[i + 1 :]:
            if a_start < b_end and b_start < a_end:
                found.setdefault(a, []).append(b)
                found.setdefault(b, []).append(a)
    return {k: tuple(sorted(v)) for k, v in found.items()}
