"""Meetings (rounds) as the upper layers see them, and the rules of their status and numbering.

Planned and actual values are kept apart: the derived ``start``/``end``/``host``/``city`` are the actual
values once known, else the planned ones.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time

from dialogue_planner.domain.errors import ValidationError
from dialogue_planner.domain.limits import check_day, check_line
from dialogue_planner.domain.messages import msg
from dialogue_planner.domain.vocabulary import MeetingStatus

#: Statuses of a meeting that is still going to happen.
OPEN_STATUSES = frozenset({MeetingStatus.PLANNED, MeetingStatus.CONFIRMED, MeetingStatus.POSTPONED})
#: Statuses of a meeting that fills its window (held, or firmly in the calendar).
SCHEDULING_STATUSES = frozenset({MeetingStatus.PLANNED, MeetingStatus.CONFIRMED})

#: Allowed moves between statuses. Held is final (correct its actual values instead); a cancelled
#: meeting may be reinstated as planned; every meeting keeps its number whatever happens.
TRANSITIONS: dict[MeetingStatus, frozenset[MeetingStatus]] = {
    MeetingStatus.PLANNED: frozenset(
        {MeetingStatus.CONFIRMED, MeetingStatus.HELD, MeetingStatus.POSTPONED, MeetingStatus.CANCELLED}
    ),
    MeetingStatus.CONFIRMED: frozenset(
        {MeetingStatus.PLANNED, MeetingStatus.HELD, MeetingStatus.POSTPONED, MeetingStatus.CANCELLED}
    ),
    MeetingStatus.POSTPONED: frozenset(
        {MeetingStatus.PLANNED, MeetingStatus.CONFIRMED, MeetingStatus.HELD, MeetingStatus.CANCELLED}
    ),
    MeetingStatus.CANCELLED: frozenset({MeetingStatus.PLANNED}),
    MeetingStatus.HELD: frozenset(),
}


@dataclass(frozen=True)
class MeetingRecord:
    """One meeting, read-only. Dates are local to ``time_zone`` (the host city's IANA zone)."""

    id: int
    number: int
    window: str
    status: str
    planned_host: str
    actual_host: str | None
    planned_city: str
    actual_city: str
    venue: str
    time_zone: str
    planned_start: date
    planned_end: date
    actual_start: date | None
    actual_end: date | None
    start_time: time | None
    end_time: time | None
    uid: str
    sequence: int
    version: int
    window_explicit: bool = False
    notes: str = ""
    logistics: str = ""
    closed_at: datetime | None = None
    dialogue_id: int | None = None
    venue_zh: str = ""
    address: str = ""
    address_zh: str = ""
    notes_zh: str = ""
    logistics_zh: str = ""
    planned_city_zh: str = ""
    actual_city_zh: str = ""

    @property
    def start(self) -> date:
        return self.actual_start or self.planned_start

    @property
    def end(self) -> date:
        if self.actual_start is not None:
            return self.actual_end or self.actual_start
        return self.planned_end

    @property
    def host(self) -> str:
        return self.actual_host or self.planned_host

    @property
    def city(self) -> str:
        return self.actual_city or self.planned_city

    @property
    def city_zh(self) -> str:
        """The Chinese of :attr:`city` (empty when it is not written)."""
        return self.actual_city_zh if self.actual_city else self.planned_city_zh

    @property
    def is_open(self) -> bool:
        return self.status in OPEN_STATUSES

    @property
    def ordinal(self) -> str:
        return ordinal(self.number)

    def needs_closing(self, today: date) -> bool:
        """See :func:`needs_closing`."""
        return needs_closing(self.status, self.end, today)


def needs_closing(status: str, last_day: date, today: date) -> bool:
    """A meeting still planned or confirmed after its last day: it took place (or did not) and nobody
    recorded it, so its open agenda items wait unseen. The secretariat's most urgent job is to mark it held
    and carry the items over, or to say what happened instead. A postponed meeting waits for new dates."""
    return status in SCHEDULING_STATUSES and last_day < today


def ordinal(number: int) -> str:
    """1st, 2nd, 3rd, 4th ... 11th, 12th, 13th, 21st."""
    suffix = "th" if 10 <= number % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    return f"{number}{suffix}"


def next_number(existing: list[int]) -> int:
    """The next free number: numbers are never reused, cancelled meetings keep theirs."""
    return max(existing, default=0) + 1


def check_transition(current: str, wanted: str) -> MeetingStatus:
    """The wanted status, if a meeting in ``current`` may move to it."""
    target = MeetingStatus.parse(wanted, "meeting status")
    source = MeetingStatus.parse(current, "meeting status")
    if target == source:
        return target
    if target not in TRANSITIONS[source]:
        if source == MeetingStatus.HELD:
            raise ValidationError(
                msg(
                    "This meeting was held: its status cannot change. Correct its actual dates, host or city instead."
                )
            )
        raise ValidationError(
            msg(
                "A {value} meeting cannot become {value2}: reinstate it as planned first.",
                value=source.value,
                value2=target.value,
            )
        )
    return target


def check_dates(start: date, end: date | None) -> date:
    """The end date (the start when none is given); refuses a date outside the dialogue's plausible life,
    an end before the start or a long span."""
    check_day(start, "meeting date")
    end = check_day(end, "end date") if end else start
    if end < start:
        raise ValidationError(
            msg(
                "The meeting ends on {end}, before it starts on {start}.",
                end=end.isoformat(),
                start=start.isoformat(),
            )
        )
    if (end - start).days > 30:
        raise ValidationError(msg("A meeting cannot last more than 31 days: check the end date."))
    return end


def check_held(start: date, today: date) -> None:
    """A meeting can be marked held only once it has started."""
    if start > today:
        raise ValidationError(
            msg(
                "The meeting starts on {start}: it cannot be marked held before then.",
                start=start.isoformat(),
            )
        )


def check_city(city: str) -> str:
    cleaned = check_line(city, "city name", 120)
    if not cleaned:
        raise ValidationError(msg("Give the city where the meeting is held."))
    return cleaned
