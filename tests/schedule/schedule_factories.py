"""Meeting records for the schedule tests, importable from hypothesis tests (fixtures are not)."""

from __future__ import annotations

from datetime import date

from dialogue_planner.domain.meetings import MeetingRecord
from dialogue_planner.domain.windows import window_of


def build_meeting(
    number: int,
    start: date,
    *,
    status: str = "planned",
    host: str = "US",
    end: date | None = None,
    city: str = "Washington",
    window: str | None = None,
    actual_start: date | None = None,
    time_zone: str = "America/New_York",
    start_time=None,
    end_time=None,
    sequence: int = 0,
    venue: str = "",
) -> MeetingRecord:
    return MeetingRecord(
        id=number,
        number=number,
        window=window or window_of(actual_start or start).label,
        status=status,
        planned_host=host,
        actual_host=None,
        planned_city=city,
        actual_city="",
        venue=venue,
        time_zone=time_zone,
        planned_start=start,
        planned_end=end or start,
        actual_start=actual_start,
        actual_end=actual_start,
        start_time=start_time,
        end_time=end_time,
        uid=f"meeting-{number}@test",
        sequence=sequence,
        version=1,
    )
