"""Proposing meeting dates: one per window, on working days of both sides, and explaining each choice.

A date works when every meeting day and the travel days before it are working days on both sides and
outside every blackout. Among the dates that work, the proposal keeps the minimum spacing from the
previous meeting where the window allows it and comes closest to the preferred position in the window;
alternates are the next best dates at least a week apart. Hosts alternate from the last actual host.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from dialogue_planner.domain.errors import ValidationError
from dialogue_planner.domain.messages import msg
from dialogue_planner.domain.windows import Window
from dialogue_planner.domain.working_days import holiday_names, is_estimated_year, year_calendar

POSITIONS = ("start", "middle", "end")
ALTERNATE_GAP_DAYS = 7
ONE_DAY = timedelta(days=1)


@dataclass(frozen=True)
class SideCalendar:
    """A side (its code, e.g. "US") and the country whose public holidays it keeps."""

    code: str
    country: str


@dataclass(frozen=True)
class BlackoutPeriod:
    """Days the secretariat rules out (inclusive); ``side`` empty when it concerns both sides."""

    start: date
    end: date
    reason: str
    side: str = ""

    def covers(self, day: date) -> bool:
        return self.start <= day <= self.end


@dataclass(frozen=True)
class PreviousMeeting:
    """The meeting the first proposal follows: for spacing and for alternating the host."""

    start: date
    host: str
    number: int | None = None


@dataclass(frozen=True)
class ProposalSettings:
    travel_days: int = 1
    min_spacing_days: int = 120
    preferred_position: str = "middle"
    meeting_length_days: int = 1
    alternates: int = 3

    def check(self) -> ProposalSettings:
        if not 0 <= self.travel_days <= 14:
            raise ValidationError(msg("Travel days must be between 0 and 14."))
        if not 0 <= self.min_spacing_days <= 365:
            raise ValidationError(msg("The minimum spacing must be between 0 and 365 days."))
        if self.preferred_position not in POSITIONS:
            raise ValidationError(
                msg(
                    "Unknown preferred position '{preferred_position}': use start, middle or end.",
                    preferred_position=self.preferred_position,
                )
            )
        if not 1 <= self.meeting_length_days <= 14:
            raise ValidationError(msg("A meeting lasts between 1 and 14 days."))
        if not 0 <= self.alternates <= 3:
            raise ValidationError(msg("Ask for between 0 and 3 alternates."))
        return self


@dataclass(frozen=True)
class Proposal:
    """The proposed meeting of one window; ``start`` is None when no date in the window works."""

    window: Window
    start: date | None
    end: date | None
    host: str
    alternates: tuple[date, ...] = ()
    reasons: tuple[str, ...] = ()
    estimated: bool = False
    travel_start: date | None = None

    @property
    def days(self) -> list[date]:
        """The meeting days and the travel days before them."""
        if self.start is None or self.end is None:
            return []
        first = self.travel_start or self.start
        return [first + timedelta(days=i) for i in range((self.end - first).days + 1)]


@dataclass
class _Planner:
    sides: tuple[SideCalendar, SideCalendar]
    blackouts: tuple[BlackoutPeriod, ...]
    settings: ProposalSettings
    clear_cache: dict[date, bool] = field(default_factory=dict)

    def clear(self, day: date) -> bool:
        """Working day on both sides and outside every blackout."""
        known = self.clear_cache.get(day)
        if known is None:
            known = all(
                year_calendar(s.country, day.year).is_working_day(day) for s in self.sides
            ) and not any(b.covers(day) for b in self.blackouts)
            self.clear_cache[day] = known
        return known

    def works(self, start: date) -> bool:
        first = start - timedelta(days=self.settings.travel_days)
        return all(
            self.clear(first + timedelta(days=i))
            for i in range(self.settings.travel_days + self.settings.meeting_length_days)
        )

    def candidates(self, window: Window, not_before: date, not_after: date) -> list[date]:
        last_start = min(window.end, not_after) - timedelta(days=self.settings.meeting_length_days - 1)
        day = max(window.start, not_before)
        out = []
        while day <= last_start:
            if self.works(day):
                out.append(day)
            day += ONE_DAY
        return out

    def target(self, window: Window) -> date:
        length = self.settings.meeting_length_days
        position = self.settings.preferred_position
        if position == "start":
            return window.start
        if position == "end":
            return window.end - timedelta(days=length - 1)
        return window.start + timedelta(days=(window.days - length) // 2)

    # -- explanations ------------------------------------------------------------------------------

    def obstacles(self, first: date, last: date) -> list[str]:
        """Holiday periods of each side and blackouts met between ``first`` and ``last``, in words."""
        found: list[tuple[date, date, str]] = []
        for side in self.sides:
            day = first
            while day <= last:
                if holiday_names(side.country, day):
                    start, end, names = _holiday_period(side.country, day)
                    found.append((start, end, f"{'; '.join(names)} ({side.code})"))
                    day = end + ONE_DAY
                else:
                    day += ONE_DAY
        for blackout in self.blackouts:
            if blackout.start <= last and blackout.end >= first:
                whose = f", {blackout.side}" if blackout.side else ""
                found.append((blackout.start, blackout.end, f"{blackout.reason} (blackout{whose})"))
        lines = []
        for start, end, what in sorted(found):
            span = start.isoformat() if start == end else f"{start.isoformat()} to {end.isoformat()}"
            line = f"{span} avoided: {what}"
            if line not in lines:
                lines.append(line)
        return lines


def _base_name(name: str) -> str | None:
    """A holiday's own name without "(observed)"; None for a bare substituted day off."""
    if name.lower().startswith("day off"):
        return None
    for suffix in (" (observed, estimated)", " (observed)", " (estimated)"):
        name = name.removesuffix(suffix)
    return name


def _holiday_period(country: str, day: date) -> tuple[date, date, list[str]]:
    """The run of holidays (bridged by weekends and days off) around ``day``, and its holiday names."""

    def cal_off(d: date) -> bool:
        return not year_calendar(country, d.year).is_working_day(d)

    start = day
    while cal_off(start - ONE_DAY):
        start -= ONE_DAY
    end = day
    while cal_off(end + ONE_DAY):
        end += ONE_DAY
    while not holiday_names(country, start):
        start += ONE_DAY
    while not holiday_names(country, end):
        end -= ONE_DAY
    names: list[str] = []
    current = start
    while current <= end:
        for name in holiday_names(country, current):
            base = _base_name(name)
            if base and base not in names:
                names.append(base)
        current += ONE_DAY
    return start, end, names or ["Day off"]


def _pick_alternates(pool: list[date], chosen: date, target: date, count: int) -> tuple[date, ...]:
    picked: list[date] = []
    for day in sorted(pool, key=lambda d: (abs((d - target).days), d)):
        if len(picked) >= count:
            break
        if all(abs((day - other).days) >= ALTERNATE_GAP_DAYS for other in [chosen, *picked]):
            picked.append(day)
    return tuple(sorted(picked))


def _other(sides: tuple[SideCalendar, SideCalendar], code: str) -> str:
    return sides[1].code if code == sides[0].code else sides[0].code


def propose(
    windows: list[Window],
    sides: tuple[SideCalendar, SideCalendar],
    *,
    blackouts: tuple[BlackoutPeriod, ...] | list[BlackoutPeriod] = (),
    settings: ProposalSettings = ProposalSettings(),
    previous: PreviousMeeting | None = None,
    existing: tuple[PreviousMeeting, ...] | list[PreviousMeeting] = (),
    not_before: date | None = None,
    first_deadline: date | None = None,
    not_after: date | None = None,
) -> list[Proposal]:
    """One proposal per window, in order; no proposed meeting lasts beyond ``not_after`` (the day a
    dialogue ends).

    ``existing`` are the meetings already in the calendar (``previous`` is one more): each proposal keeps
    its spacing from the meeting before it and the one after it, and takes the host after the one before.
    ``not_before`` is the first day a meeting may be held (the planning date); ``first_deadline`` binds a
    proposal that no meeting precedes.
    """
    settings.check()
    if len(sides) != 2 or sides[0].code == sides[1].code:
        raise ValidationError(msg("Proposals need the dialogue's two different sides."))
    for blackout in blackouts:
        if blackout.end < blackout.start:
            raise ValidationError(
                msg("The blackout '{reason}' ends before it starts.", reason=blackout.reason)
            )
    planner = _Planner((sides[0], sides[1]), tuple(blackouts), settings)
    known = sorted([*existing, *([previous] if previous else [])], key=lambda m: m.start)
    ordered = sorted(windows)
    proposals: list[Proposal] = []
    for index, window in enumerate(ordered):
        if index and ordered[index - 1] == window:
            raise ValidationError(msg("The window {label} is listed twice.", label=window.label))
        made = [PreviousMeeting(p.start, p.host) for p in proposals if p.start is not None]
        before = [m for m in [*known, *made] if m.start <= window.end]
        after = [m for m in known if m.start > window.end]
        latest = max(before, key=lambda m: m.start, default=None)
        following = min(after, key=lambda m: m.start, default=None)
        proposals.append(
            _propose_one(
                planner,
                window,
                latest,
                following,
                not_before,
                first_deadline if latest is None else None,
                not_after,
            )
        )
    return proposals


def _propose_one(
    planner: _Planner,
    window: Window,
    previous: PreviousMeeting | None,
    following: PreviousMeeting | None,
    not_before: date | None,
    deadline: date | None,
    not_after: date | None = None,
) -> Proposal:
    settings = planner.settings
    host, host_reason = _host(planner.sides, previous, following)
    choice = _choose(planner, window, previous, following, not_before, deadline, not_after)
    reasons = _explain(planner, window, choice, previous, following, deadline, host_reason)
    estimated = any(is_estimated_year(s.country, window.year) for s in planner.sides)
    chosen = choice.chosen
    if chosen is None:
        return Proposal(window, None, None, host, (), reasons, estimated)
    end = chosen + timedelta(days=settings.meeting_length_days - 1)
    travel_start = chosen - timedelta(days=settings.travel_days)
    return Proposal(window, chosen, end, host, choice.alternates, reasons, estimated, travel_start)


@dataclass(frozen=True)
class _Choice:
    """The date chosen in a window (None when no date works), its alternates, and the bounds that decided it.

    ``effective`` is the day aimed for: the preferred one moved inside the spacing bounds, or the chosen
    date itself when no date keeps the minimum spacing (``spaced`` False). ``deadline_met`` is None when
    no first-meeting deadline binds the window.
    """

    earliest: date
    deadline_met: bool | None
    chosen: date | None = None
    alternates: tuple[date, ...] = ()
    target: date | None = None
    effective: date | None = None
    floor: date | None = None
    lowest: date | None = None
    highest: date | None = None
    spaced: bool = True


def _choose(
    planner: _Planner,
    window: Window,
    previous: PreviousMeeting | None,
    following: PreviousMeeting | None,
    not_before: date | None,
    deadline: date | None,
    not_after: date | None = None,
) -> _Choice:
    """Choose the window's date: among the dates that work (before the deadline when one binds and can be
    met), the one nearest the preferred day within the minimum spacing of both neighbours; when no date
    keeps that spacing, the one farthest from them."""
    settings = planner.settings
    earliest = max(window.start, not_before or window.start)
    latest = window.end
    if not_after is not None:
        latest = min(latest, not_after - timedelta(days=settings.meeting_length_days - 1))
    pool = planner.candidates(window, earliest, latest)
    deadline_met = None
    if deadline is not None and window.start <= deadline:
        within = [d for d in pool if d + timedelta(days=settings.meeting_length_days - 1) <= deadline]
        deadline_met = bool(within)
        if within:
            pool = within
    if not pool:
        return _Choice(earliest, deadline_met)

    target = planner.target(window)
    spacing = timedelta(days=settings.min_spacing_days)
    lowest = previous.start + spacing if previous is not None and spacing else None
    highest = following.start - spacing if following is not None and spacing else None
    spaced = [d for d in pool if (lowest is None or d >= lowest) and (highest is None or d <= highest)]
    floor = max(earliest, lowest) if lowest else earliest
    if spaced:
        effective = max(target, floor) if highest is None else min(max(target, floor), highest)
        chosen = min(spaced, key=lambda d: (abs((d - effective).days), d))
        pool = spaced
    else:

        def gap(day: date) -> int:
            return min(
                (day - previous.start).days if previous else 10**6,
                (following.start - day).days if following else 10**6,
            )

        chosen = max(pool, key=lambda d: (gap(d), -abs((d - target).days)))
        effective = chosen
    alternates = _pick_alternates([d for d in pool if d != chosen], chosen, effective, settings.alternates)
    return _Choice(
        earliest, deadline_met, chosen, alternates, target, effective, floor, lowest, highest, bool(spaced)
    )


def _explain(
    planner: _Planner,
    window: Window,
    choice: _Choice,
    previous: PreviousMeeting | None,
    following: PreviousMeeting | None,
    deadline: date | None,
    host_reason: str,
) -> tuple[str, ...]:
    """Why the window's proposal is what ``_choose`` made it, in words, most important first."""
    settings = planner.settings
    sides = planner.sides
    reasons: list[str] = []
    for side in sides:
        if is_estimated_year(side.country, window.year):
            reasons.append(f"{side.code} public holidays for {window.year} are estimates: not announced yet.")
    if deadline is not None and choice.deadline_met:
        reasons.append(f"Meets the first-meeting deadline ({deadline.isoformat()}).")
    elif deadline is not None and choice.deadline_met is not None:
        reasons.append(
            f"No date on or before the first-meeting deadline ({deadline.isoformat()}) "
            "works: the deadline will be missed."
        )
    chosen = choice.chosen
    if chosen is None:
        why = (
            "it has already passed"
            if choice.earliest > window.end
            else "no day is a working day on both sides outside blackouts, with travel days before it"
        )
        return (f"No date in {window.label} works: {why}.", *reasons)

    target, floor, lowest, highest = choice.target, choice.floor, choice.lowest, choice.highest
    assert target is not None and floor is not None and choice.effective is not None  # set with a chosen date
    end = chosen + timedelta(days=settings.meeting_length_days - 1)
    travel_start = chosen - timedelta(days=settings.travel_days)
    travel = ""
    if settings.travel_days:
        travel = (
            f", travel day {travel_start.isoformat()}"
            if settings.travel_days == 1
            else f", travel days from {travel_start.isoformat()}"
        )
    span = chosen.isoformat() if end == chosen else f"{chosen.isoformat()} to {end.isoformat()}"
    codes = " and ".join(s.code for s in sides)
    lines = [
        f"{span}{travel}: working days in {codes}, outside blackouts.",
        f"Preferred: {settings.preferred_position} of {window.label} (around {target.isoformat()}).",
    ]
    after_said = before_said = False
    if not choice.spaced:
        lines.append(_relaxed_spacing(window, chosen, previous, following, settings.min_spacing_days))
    else:
        if floor > target:
            if lowest is not None and floor == lowest and previous is not None:
                lines.append(
                    f"Not before {floor.isoformat()}: at least {settings.min_spacing_days} days after "
                    f"the previous meeting ({previous.start.isoformat()})."
                )
                after_said = chosen == floor
            else:
                lines.append(f"Not before {floor.isoformat()}, the first day being planned.")
        if highest is not None and target > highest and following is not None:
            lines.append(
                f"Not after {highest.isoformat()}: at least {settings.min_spacing_days} days before "
                f"the next meeting ({following.start.isoformat()})."
            )
            before_said = chosen == highest
        if previous is not None and not after_said:
            lines.append(
                f"{(chosen - previous.start).days} days after the previous meeting "
                f"({previous.start.isoformat()})."
            )
        if following is not None and not before_said:
            lines.append(
                f"{(following.start - chosen).days} days before the next meeting "
                f"({following.start.isoformat()})."
            )
    low, high = sorted([choice.effective, chosen])
    lines.extend(
        planner.obstacles(
            low - timedelta(days=settings.travel_days),
            high + timedelta(days=settings.meeting_length_days - 1),
        )
    )
    lines.append(host_reason)
    return (*lines, *reasons)


def _host(
    sides: tuple[SideCalendar, SideCalendar],
    previous: PreviousMeeting | None,
    following: PreviousMeeting | None,
) -> tuple[str, str]:
    """The host and why: the other side from the meeting before (or after) the proposal."""
    neighbour, where = (previous, "previous") if previous is not None else (following, "next")
    if neighbour is None:
        host = sides[0].code
        return host, f"Host {host}: first meeting, hosted by the first side."
    host = _other(sides, neighbour.host)
    which = f"the {_ordinal(neighbour.number)} meeting" if neighbour.number else f"the {where} meeting"
    return host, f"Host {host}: alternates with {neighbour.host}, host of {which}."


def _relaxed_spacing(
    window: Window,
    chosen: date,
    previous: PreviousMeeting | None,
    following: PreviousMeeting | None,
    days: int,
) -> str:
    """Why the proposal is closer to its neighbours than the minimum spacing."""
    parts = []
    if previous is not None:
        parts.append(
            f"{(chosen - previous.start).days} days after the previous meeting ({previous.start.isoformat()})"
        )
    if following is not None:
        parts.append(
            f"{(following.start - chosen).days} days before the next meeting ({following.start.isoformat()})"
        )
    return f"Only {' and '.join(parts)}: no date in {window.label} allows {days}."


def _ordinal(number: int | None) -> str:
    from dialogue_planner.domain.meetings import ordinal

    return ordinal(number or 0)


@dataclass(frozen=True)
class BlackoutRecord:
    """A stored blackout period, as the upper layers see it."""

    id: int
    start: date
    end: date
    reason: str
    side: str
    version: int = 1

    @property
    def period(self) -> BlackoutPeriod:
        return BlackoutPeriod(self.start, self.end, self.reason, self.side)


@dataclass(frozen=True)
class DayConflict:
    """A day of a meeting that is not a working day for a side, or falls in a blackout."""

    day: date
    side: str  # side code, or "" for a blackout of both sides
    reason: str  # holiday names, "weekend", or the blackout's reason
    kind: str  # "holiday", "weekend" or "blackout"


def day_conflicts(
    first: date,
    last: date,
    sides: tuple[SideCalendar, ...],
    blackouts: tuple[BlackoutPeriod, ...] | list[BlackoutPeriod] = (),
) -> list[DayConflict]:
    """Why any day from ``first`` to ``last`` is unsuitable for a meeting, in day order."""
    found: list[DayConflict] = []
    day = first
    while day <= last:
        for side in sides:
            if not year_calendar(side.country, day.year).is_working_day(day):
                names = [n for n in (_base_name(n) for n in holiday_names(side.country, day)) if n]
                if holiday_names(side.country, day):
                    found.append(DayConflict(day, side.code, "; ".join(names) or "Day off", "holiday"))
                else:
                    found.append(DayConflict(day, side.code, "weekend", "weekend"))
        for blackout in blackouts:
            if blackout.covers(day):
                found.append(DayConflict(day, blackout.side, blackout.reason, "blackout"))
        day += ONE_DAY
    return found
