"""The hotline's clock: response targets per severity, the report per responding side, and the records of
the hotline's contact points. Pure rules, no I/O.

**Who the figures are about.** An escalation is raised by one side over the hotline and must be
acknowledged and resolved by the *other* side (the responding side). The report groups escalations by the
responding side, and every figure of a side is about how that side answered the hotline.

**Targets** (hours from the instant the escalation was raised; per dialogue, settable). The defaults follow
common incident-response practice, a tier per severity, each tier a few times slower than the one above:

=========  ===============  ===========
severity   acknowledge (h)  resolve (h)
=========  ===============  ===========
critical   1                24 (1 day)
high       4                72 (3 days)
medium     24 (1 day)       168 (1 week)
low        72 (3 days)      336 (2 weeks)
=========  ===============  ===========

**Counting.** "Acknowledged within target" counts, over the escalations whose acknowledgement is known or
overdue: those acknowledged by their target (met), those acknowledged later, and those still not
acknowledged after their target has passed. Escalations not yet due are *awaiting*; those acknowledged or
resolved without a recorded acknowledgement time (before the clock was kept) are *time not recorded*; both
stay out of the denominator and are counted apart. Resolution is counted the same way. A share is given
only with its denominator and never when the denominator is 0. Medians are of the recorded times only,
with how many they are of; hours below 10 keep one decimal, longer ones are whole hours.
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone

from dialogue_planner.domain.errors import ValidationError
from dialogue_planner.domain.messages import msg
from dialogue_planner.domain.vocabulary import EscalationStatus, Severity

#: Hours to acknowledge and to resolve, per severity, until a dialogue sets its own.
DEFAULT_TARGETS: dict[str, tuple[int, int]] = {
    Severity.CRITICAL.value: (1, 24),
    Severity.HIGH.value: (4, 72),
    Severity.MEDIUM.value: (24, 168),
    Severity.LOW.value: (72, 336),
}

#: A target is at most a year of hours.
MAX_TARGET_HOURS = 8760

_RESOLVED = frozenset({EscalationStatus.RESOLVED.value, EscalationStatus.CLOSED.value})


@dataclass(frozen=True)
class ResponseTarget:
    """Hours the responding side has to acknowledge and to resolve an escalation of ``severity``."""

    severity: str
    acknowledge_hours: int
    resolve_hours: int
    is_default: bool = False


def default_target(severity: str) -> ResponseTarget:
    ack, resolve = DEFAULT_TARGETS[severity]
    return ResponseTarget(severity, ack, resolve, is_default=True)


def check_target(severity: str, acknowledge_hours: int, resolve_hours: int) -> ResponseTarget:
    """A target a user sets: whole hours from 1 to a year, acknowledging no later than resolving."""
    word = Severity.parse(severity, "severity").value
    for value, what in ((acknowledge_hours, "hours to acknowledge"), (resolve_hours, "hours to resolve")):
        if isinstance(value, bool) or not isinstance(value, int):
            raise ValidationError(msg("The {what} must be a whole number.", what=what))
        if not 1 <= value <= MAX_TARGET_HOURS:
            raise ValidationError(
                msg(
                    "The {what} must be between 1 and {max_target_hours}; {value} is not.",
                    what=what,
                    max_target_hours=MAX_TARGET_HOURS,
                    value=value,
                )
            )
    if acknowledge_hours > resolve_hours:
        raise ValidationError(
            msg(
                "A {word} escalation cannot have longer to be acknowledged ({acknowledge_hours} h) than to be resolved ({resolve_hours} h).",
                word=word,
                acknowledge_hours=acknowledge_hours,
                resolve_hours=resolve_hours,
            )
        )
    return ResponseTarget(word, acknowledge_hours, resolve_hours)


def round_hours(hours: float) -> float:
    """Hours as the report shows them: one decimal below 10 hours, whole hours above (no false precision)."""
    return round(hours, 1) if hours < 10 else float(round(hours))


def format_hours(hours: float | None) -> str:
    if hours is None:
        return "–"
    value = round_hours(hours)
    return f"{value:.1f} h" if value < 10 else f"{value:.0f} h"


@dataclass(frozen=True)
class WithinTarget:
    """``met`` of ``of`` escalations were answered by their target; ``share`` only with a denominator."""

    met: int
    of: int

    @property
    def share(self) -> float | None:
        return self.met / self.of if self.of else None

    def text(self, not_recorded: int = 0) -> str:
        """Like "3 of 8 (38 %)"; with nothing counted, why: none due, or the times were not recorded."""
        if not self.of:
            return "– (times not recorded)" if not_recorded else "– (none due)"
        return f"{self.met} of {self.of} ({round(100 * self.met / self.of)} %)"


@dataclass(frozen=True)
class MedianHours:
    """The median of ``of`` recorded durations, in hours (already rounded); None when there is none."""

    hours: float | None
    of: int

    def text(self) -> str:
        if self.hours is None:
            return "– (none recorded)"
        return f"{format_hours(self.hours)} (of {self.of})"


@dataclass(frozen=True)
class ClockedEscalation:
    """What the report needs of an escalation (times in UTC)."""

    reference: str
    raised_by_side: str
    severity: str
    status: str
    raised_at: datetime
    acknowledged_at: datetime | None
    resolved_at: datetime | None


@dataclass(frozen=True)
class SideHotlineFigures:
    """How ``responding_side`` answered the escalations ``raised_by`` raised in the period."""

    responding_side: str
    raised_by: str
    count: int
    acknowledged_within_target: WithinTarget
    awaiting_acknowledgement: int
    acknowledgement_time_not_recorded: int
    resolved_within_target: WithinTarget
    awaiting_resolution: int
    resolution_time_not_recorded: int
    median_hours_to_acknowledge: MedianHours
    median_hours_to_resolve: MedianHours


@dataclass(frozen=True)
class HotlineReport:
    """Escalations raised from ``start`` to ``end`` (the raising side's local dates; ``start`` None: from
    the first), as of ``as_of``, grouped by the side that must respond."""

    start: date | None
    end: date
    as_of: datetime
    targets: tuple[ResponseTarget, ...]
    by_responding_side: dict[str, SideHotlineFigures]


def _hours(delta: timedelta) -> float:
    return delta.total_seconds() / 3600


def _median(values: list[float]) -> MedianHours:
    if not values:
        return MedianHours(None, 0)
    return MedianHours(round_hours(statistics.median(values)), len(values))


def side_figures(
    responding_side: str,
    raised_by: str,
    escalations: list[ClockedEscalation],
    targets: dict[str, ResponseTarget],
    as_of: datetime,
) -> SideHotlineFigures:
    as_of = as_of.astimezone(timezone.utc)
    ack_met = ack_of = ack_waiting = ack_unknown = 0
    res_met = res_of = res_waiting = res_unknown = 0
    to_ack: list[float] = []
    to_resolve: list[float] = []
    for e in escalations:
        target = targets.get(e.severity) or default_target(Severity.MEDIUM.value)
        ack_due = e.raised_at + timedelta(hours=target.acknowledge_hours)
        resolve_due = e.raised_at + timedelta(hours=target.resolve_hours)
        resolved = e.status in _RESOLVED
        if e.acknowledged_at is not None:
            ack_of += 1
            ack_met += e.acknowledged_at <= ack_due
            to_ack.append(_hours(e.acknowledged_at - e.raised_at))
        elif resolved or e.status == EscalationStatus.ACKNOWLEDGED.value:
            ack_unknown += 1
        elif as_of > ack_due:
            ack_of += 1
        else:
            ack_waiting += 1
        if e.resolved_at is not None and resolved:
            res_of += 1
            res_met += e.resolved_at <= resolve_due
            to_resolve.append(_hours(e.resolved_at - e.raised_at))
        elif resolved:
            res_unknown += 1
        elif as_of > resolve_due:
            res_of += 1
        else:
            res_waiting += 1
    return SideHotlineFigures(
        responding_side=responding_side,
        raised_by=raised_by,
        count=len(escalations),
        acknowledged_within_target=WithinTarget(ack_met, ack_of),
        awaiting_acknowledgement=ack_waiting,
        acknowledgement_time_not_recorded=ack_unknown,
        resolved_within_target=WithinTarget(res_met, res_of),
        awaiting_resolution=res_waiting,
        resolution_time_not_recorded=res_unknown,
        median_hours_to_acknowledge=_median(to_ack),
        median_hours_to_resolve=_median(to_resolve),
    )


def hotline_report(
    sides: list[str],
    escalations: list[ClockedEscalation],
    targets: tuple[ResponseTarget, ...],
    *,
    start: date | None,
    end: date,
    as_of: datetime,
) -> HotlineReport:
    """The figures per responding side of a bilateral dialogue (``sides``: its two side codes): an
    escalation raised by one side is answered by the other."""
    by_severity = {t.severity: t for t in targets}
    figures = {}
    for responding in sides:
        others = [code for code in sides if code != responding]
        figures[responding] = side_figures(
            responding,
            ", ".join(others),
            [e for e in escalations if e.raised_by_side in others],
            by_severity,
            as_of,
        )
    return HotlineReport(start, end, as_of, targets, figures)


def check_acknowledgement_time(
    reference: str,
    at: datetime,
    *,
    raised_at: datetime,
    resolved_at: datetime | None,
    now: datetime,
    shown,
) -> datetime:
    """When an escalation was acknowledged: never before it was raised, never after it was resolved, never
    in the future. ``shown(instant)`` writes an instant as the message says it."""
    at = at.astimezone(timezone.utc)
    if at < raised_at:
        raise ValidationError(
            msg(
                "{reference} cannot be acknowledged at {shown}: it was raised at {shown2}.",
                reference=reference,
                shown=shown(at),
                shown2=shown(raised_at),
            )
        )
    if resolved_at is not None and at > resolved_at:
        raise ValidationError(
            msg(
                "{reference} cannot be acknowledged at {shown}: it was resolved at {shown2}.",
                reference=reference,
                shown=shown(at),
                shown2=shown(resolved_at),
            )
        )
    if at > now:
        raise ValidationError(
            msg(
                "The acknowledgement time {shown} of {reference} is in the future.",
                shown=shown(at),
                reference=reference,
            )
        )
    return at


# -- contact points ------------------------------------------------------------------------------------
@dataclass(frozen=True)
class ContactPoint:
    """Who answers the hotline for ``side``: a delegate (``delegate_id``, ``name`` is theirs) or a name
    typed in; ``agency`` is the delegate's agency acronym ("" for a typed name). Dates are inclusive and
    optional (None: no limit)."""

    id: int
    side: str
    name: str
    name_zh: str
    role: str
    role_zh: str
    phone: str
    email: str
    hours: str
    hours_zh: str
    from_on: date | None
    to_on: date | None
    delegate_id: int | None = None
    agency: str = ""
    version: int = 1

    def on_duty(self, day: date) -> bool:
        """True when ``day`` lies within the contact point's dates."""
        return (self.from_on is None or self.from_on <= day) and (self.to_on is None or day <= self.to_on)


def check_contact_dates(from_on: date | None, to_on: date | None) -> None:
    if from_on is not None and to_on is not None and to_on < from_on:
        raise ValidationError(
            msg(
                "A contact point cannot end ({to_on}) before it starts ({from_on}).",
                to_on=to_on.isoformat(),
                from_on=from_on.isoformat(),
            )
        )
