"""A meeting's start and end, kept as local dates and times in the host's IANA zone, shown in any zone.

Converting through UTC with ``zoneinfo`` keeps times right across daylight-saving changes in either
zone; a local time that does not exist (clocks jump forward) is refused rather than silently moved.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timezone
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from dialogue_planner.domain.errors import ValidationError
from dialogue_planner.domain.limits import MAX_ZONE_NAME
from dialogue_planner.domain.messages import msg
from dialogue_planner.domain.text import control_characters


def zone(name: str) -> ZoneInfo:
    """The IANA zone called ``name``, or a ValidationError a secretary can act on (a name too long for
    the file system or holding control characters is no zone either, never an OSError)."""
    try:
        if not name or name != name.strip() or len(name) > MAX_ZONE_NAME or control_characters(name):
            raise ZoneInfoNotFoundError(name)
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        raise ValidationError(
            msg(
                "Unknown time zone '{name}': use an IANA name such as America/New_York or Asia/Shanghai.",
                name=name,
            )
        ) from None


@lru_cache(maxsize=1)
def known_zones() -> tuple[str, ...]:
    """Every IANA zone name, sorted; read once (``available_timezones`` walks the zone files each call,
    which every meeting editor paid on the GUI thread)."""
    return tuple(sorted(available_timezones()))


def local_instant(day: date, at: time, zone_name: str) -> datetime:
    """The aware instant of wall-clock ``at`` on ``day`` in the zone; refuses non-existent times.

    An ambiguous time (clocks go back) means its first occurrence, as calendars do.
    """
    tz = zone(zone_name)
    naive = datetime.combine(day, at.replace(tzinfo=None, fold=0))
    aware = naive.replace(tzinfo=tz)
    back = aware.astimezone(timezone.utc).astimezone(tz)
    if back.replace(tzinfo=None) != naive:
        raise ValidationError(
            msg(
                "{at:%H:%M} does not exist on {day} in {zone_name}: the clocks go forward then. Choose another time.",
                at=at,
                day=day.isoformat(),
                zone_name=zone_name,
            )
        )
    return aware


@dataclass(frozen=True)
class ZonedSpan:
    """A meeting's span seen from one time zone."""

    zone_name: str
    start: datetime
    end: datetime

    @property
    def abbreviation(self) -> str:
        return self.start.tzname() or self.zone_name

    def describe(self) -> str:
        """E.g. "2015-12-01 09:00 - 17:00 EST" or "2015-12-01 22:00 - 2015-12-02 06:00 CST"."""
        end_part = (
            f"{self.end:%H:%M}" if self.end.date() == self.start.date() else f"{self.end:%Y-%m-%d %H:%M}"
        )
        end_zone = self.end.tzname()
        suffix = self.abbreviation if end_zone == self.abbreviation else f"{self.abbreviation}/{end_zone}"
        return f"{self.start:%Y-%m-%d %H:%M} - {end_part} {suffix}"


def meeting_span(
    start_day: date, end_day: date, start_time: time, end_time: time, zone_name: str
) -> tuple[datetime, datetime]:
    """The aware start and end of a meeting held in ``zone_name``; the end must follow the start."""
    start = local_instant(start_day, start_time, zone_name)
    end = local_instant(end_day, end_time, zone_name)
    if end <= start:
        raise ValidationError(
            msg(
                "The meeting ends ({end_day} {end_time:%H:%M}) before it starts ({start_day} {start_time:%H:%M}).",
                end_day=end_day.isoformat(),
                end_time=end_time,
                start_day=start_day.isoformat(),
                start_time=start_time,
            )
        )
    return start, end


def span_in_zone(start: datetime, end: datetime, zone_name: str) -> ZonedSpan:
    """The same instants on the wall clocks of ``zone_name``."""
    tz = zone(zone_name)
    return ZonedSpan(zone_name, start.astimezone(tz), end.astimezone(tz))


def spans_for_sides(
    start_day: date, end_day: date, start_time: time, end_time: time, host_zone: str, side_zones: list[str]
) -> list[ZonedSpan]:
    """The meeting in the host's zone, then in each other zone listed (duplicates left out)."""
    start, end = meeting_span(start_day, end_day, start_time, end_time, host_zone)
    seen: list[str] = []
    for name in [host_zone, *side_zones]:
        if name not in seen:
            seen.append(name)
    return [span_in_zone(start, end, name) for name in seen]
