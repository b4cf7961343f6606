"""Did the dialogue meet as agreed? Each window's status as of a date, and the first-meeting deadline.

A window is ``met`` when a meeting was held in it, ``missed`` when it ended without one, ``scheduled``
when a planned or confirmed meeting is in it, ``at-risk`` when it has not ended, nothing is planned and
fewer than 60 days are left, else ``upcoming``. Postponed and cancelled meetings fill no window.

A planned meeting does not make its window safe when it needs attention (a :class:`MeetingConcern`): its
date passed and nobody recorded it, or it falls on a day that is not a working day of a side (or in a
blackout). Such a window is ``at-risk`` with the reason, until every concern of its meeting is dealt with.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from dialogue_planner.domain.dialogue_life import (
    CadenceStep,
    assign_window,
    cadence_on,
    life_windows,
    window_end,
)
from dialogue_planner.domain.meetings import SCHEDULING_STATUSES, MeetingRecord
from dialogue_planner.domain.proposals import BlackoutPeriod, DayConflict, SideCalendar, day_conflicts
from dialogue_planner.domain.vocabulary import MeetingStatus
from dialogue_planner.domain.windows import Window

MET, MISSED, SCHEDULED, AT_RISK, UPCOMING = "met", "missed", "scheduled", "at-risk", "upcoming"
WINDOW_STATUSES = (MET, MISSED, SCHEDULED, AT_RISK, UPCOMING)
AT_RISK_DAYS = 60
#: Kinds of :class:`MeetingConcern`.
NOT_RECORDED, NON_WORKING_DAYS = "not-recorded", "non-working-days"


@dataclass(frozen=True)
class MeetingConcern:
    """A planned or confirmed meeting the secretariat should act on: ``not-recorded`` when its last day has
    passed (mark it held and carry over, or say what happened), ``non-working-days`` when a day of it is a
    weekend or public holiday of a side, or in a blackout (``conflicts`` say which)."""

    meeting: int
    kind: str
    status: str
    first_day: date
    last_day: date
    conflicts: tuple[DayConflict, ...] = ()

    @property
    def note(self) -> str:
        """The reason in English, for the command line (the GUI words it from the fields)."""
        from dialogue_planner.domain.meetings import ordinal

        if self.kind == NOT_RECORDED:
            return (
                f"The {ordinal(self.meeting)} meeting ({self.first_day.isoformat()}) is still {self.status} "
                "although its date has passed: mark it held if it took place, and carry its items over."
            )
        days = "; ".join(
            f"{c.day.isoformat()} {c.reason}" + (f" ({c.side})" if c.side else "") for c in self.conflicts
        )
        return f"The {ordinal(self.meeting)} meeting falls on days that are not working days: {days}."


@dataclass(frozen=True)
class WindowCompliance:
    window: Window
    status: str
    meeting: int | None  # number of the meeting that fulfils (or is to fulfil) the window
    days_left: int  # days from the as-of date to the window's end (negative once ended)
    note: str = ""


@dataclass(frozen=True)
class FirstDeadline:
    date: date | None
    met: bool | None  # None when the dialogue has no first-meeting deadline
    meeting: int | None


@dataclass(frozen=True)
class ComplianceReport:
    as_of: date
    first_deadline: FirstDeadline
    windows: tuple[WindowCompliance, ...]
    #: Meetings needing attention, unrecorded ones first (oldest first), then by date.
    concerns: tuple[MeetingConcern, ...] = ()

    def status_of(self, label: str) -> str | None:
        return next((w.status for w in self.windows if w.window.label == label), None)


def meeting_concerns(
    meetings: list[MeetingRecord],
    as_of: date,
    sides: tuple[SideCalendar, ...] = (),
    blackouts: tuple[BlackoutPeriod, ...] = (),
) -> list[MeetingConcern]:
    """What needs attention about the planned and confirmed meetings as of a date (see the module note)."""
    concerns = []
    for m in meetings:
        if m.status not in SCHEDULING_STATUSES:
            continue
        if m.needs_closing(as_of):
            concerns.append(MeetingConcern(m.number, NOT_RECORDED, m.status, m.start, m.end))
            continue
        conflicts = day_conflicts(m.start, m.end, sides, blackouts) if sides or blackouts else []
        if conflicts:
            concerns.append(
                MeetingConcern(m.number, NON_WORKING_DAYS, m.status, m.start, m.end, tuple(conflicts))
            )
    return sorted(concerns, key=lambda c: (c.kind != NOT_RECORDED, c.first_day, c.meeting))


def check_compliance(
    meetings: list[MeetingRecord],
    *,
    established_on: date,
    per_year: int,
    as_of: date,
    first_deadline: date | None = None,
    ended_on: date | None = None,
    at_risk_days: int = AT_RISK_DAYS,
    sides: tuple[SideCalendar, ...] = (),
    blackouts: tuple[BlackoutPeriod, ...] = (),
    cadence: Sequence[CadenceStep] = (),
) -> ComplianceReport:
    """Windows from the establishment to the as-of date (and any later window holding a meeting); with
    ``sides`` (and ``blackouts``), a meeting on a day off of either side puts its window at risk.

    ``per_year`` is the cadence from the establishment, ``cadence`` its later changes
    (``domain.dialogue_life``). A dialogue that ended has no window after its end, and the window it ended
    in counts only the days up to the end: its deadline (and days left) is the end date, and a
    meeting dated after the end fulfils nothing."""
    horizon = max(as_of, established_on, *(m.start for m in meetings))
    if ended_on is not None:
        horizon = max(min(horizon, ended_on), established_on)
    windows = life_windows(base=per_year, established_on=established_on, last_day=horizon, steps=cadence)
    by_window: dict[Window, list[MeetingRecord]] = {}
    for meeting in meetings:
        if ended_on is not None and meeting.start > ended_on:
            continue  # after the end: fulfils nothing
        at_date = cadence_on(meeting.start, base=per_year, established_on=established_on, steps=cadence)
        by_window.setdefault(assign_window(meeting.window, meeting.start, windows, at_date), []).append(
            meeting
        )
    live = [w for w, ms in by_window.items() if any(m.status != MeetingStatus.CANCELLED for m in ms)]
    last_day = max([as_of, *(w.start for w in live)])
    if ended_on is not None:
        last_day = min(last_day, ended_on)
    last_day = max(last_day, established_on)
    first_window = windows[0]
    concerns = meeting_concerns(meetings, as_of, sides, blackouts)
    concern_of = {c.meeting: c for c in concerns}
    rows = []
    for window in windows:
        if window.start > last_day:
            break
        deadline_end = window_end(window, ended_on)
        if window == first_window and first_deadline is not None and window.contains(first_deadline):
            deadline_end = min(deadline_end, first_deadline)
        rows.append(
            _window_status(window, by_window.get(window, []), as_of, deadline_end, at_risk_days, concern_of)
        )
    return ComplianceReport(as_of, _first_deadline(meetings, first_deadline), tuple(rows), tuple(concerns))


def _window_status(
    window: Window,
    meetings: list[MeetingRecord],
    as_of: date,
    end: date,
    at_risk_days: int,
    concern_of: dict[int, MeetingConcern],
) -> WindowCompliance:
    ordered = sorted(meetings, key=lambda m: (m.start, m.number))
    held = [m for m in ordered if m.status == MeetingStatus.HELD]
    planned = [m for m in ordered if m.status in SCHEDULING_STATUSES]
    days_left = (end - as_of).days
    if held:
        return WindowCompliance(window, MET, held[0].number, days_left)
    if days_left < 0:
        note = ""
        if planned:
            note = (
                f"The {planned[0].ordinal} meeting is still {planned[0].status}: mark it held if it "
                "took place."
            )
        return WindowCompliance(window, MISSED, planned[0].number if planned else None, days_left, note)
    if planned:
        if all(m.number in concern_of for m in planned):  # no planned meeting of the window is safe
            return WindowCompliance(
                window, AT_RISK, planned[0].number, days_left, concern_of[planned[0].number].note
            )
        return WindowCompliance(window, SCHEDULED, planned[0].number, days_left)
    postponed = [m for m in ordered if m.status == MeetingStatus.POSTPONED]
    note = f"The {postponed[0].ordinal} meeting is postponed: give it new dates." if postponed else ""
    status = AT_RISK if days_left < at_risk_days else UPCOMING
    return WindowCompliance(window, status, postponed[0].number if postponed else None, days_left, note)


def _first_deadline(meetings: list[MeetingRecord], deadline: date | None) -> FirstDeadline:
    held = sorted((m for m in meetings if m.status == MeetingStatus.HELD), key=lambda m: (m.start, m.number))
    if deadline is None:
        return FirstDeadline(None, None, held[0].number if held else None)
    in_time = [m for m in held if m.start <= deadline]
    return FirstDeadline(deadline, bool(in_time), in_time[0].number if in_time else None)
