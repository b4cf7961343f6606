"""Hotline escalations: references, the instant they were raised (UTC stored, local shown), their rules."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timezone

from dialogue_planner.domain.agenda import OPEN_MEETING_STATUSES
from dialogue_planner.domain.errors import ValidationError
from dialogue_planner.domain.limits import check_instant, check_line
from dialogue_planner.domain.meeting_times import zone
from dialogue_planner.domain.messages import msg
from dialogue_planner.domain.vocabulary import AgendaStatus, EscalationStatus, Severity

REFERENCE_PATTERN = re.compile(r"^HL-(\d{4})-(\d{3,})$")

#: Escalations still waiting for an answer.
OPEN_STATUSES = frozenset({EscalationStatus.OPEN.value, EscalationStatus.ACKNOWLEDGED.value})


def format_reference(year: int, sequence: int) -> str:
    """``HL-2016-003``: hotline, year raised (UTC), sequence within the year (one hotline, both sides)."""
    return f"HL-{year:04d}-{sequence:03d}"


def parse_reference(text: str) -> tuple[int, int]:
    match = REFERENCE_PATTERN.match((text or "").strip().upper())
    if not match:
        raise ValidationError(
            msg("'{text}' is not an escalation reference: write it like HL-2016-003.", text=text)
        )
    return int(match.group(1)), int(match.group(2))


def parse_instant(text: str, default_zone: str) -> datetime:
    """An instant typed by a user, in UTC. Without an offset it is local time in ``default_zone``
    (the raising side's zone), so "2016-03-01 14:30" typed by the Beijing desk means Beijing time."""
    cleaned = (text or "").strip().replace(" ", "T", 1)
    if cleaned.endswith(("Z", "z")):
        cleaned = cleaned[:-1] + "+00:00"
    try:
        value = datetime.fromisoformat(cleaned)
    except ValueError as exc:
        raise ValidationError(
            msg(
                "'{text}' is not a date and time: write it like 2016-03-01T14:30 or 2016-03-01T14:30+08:00.",
                text=text,
            )
        ) from exc
    check_instant(value, "escalation time")
    if value.tzinfo is None:
        value = value.replace(tzinfo=zone(default_zone))
    return value.astimezone(timezone.utc)


def local_time(instant: datetime, zone_name: str) -> datetime:
    """The stored UTC instant as wall-clock time in ``zone_name``."""
    return instant.astimezone(zone(zone_name))


def check_new_escalation(
    *, summary: str, severity: str, raised_at: datetime, now: datetime
) -> tuple[str, str]:
    """Validate a new escalation; returns the cleaned summary and severity word."""
    summary = check_line(summary, "summary", 500)
    if not summary:
        raise ValidationError(msg("An escalation needs a summary."))
    severity_word = Severity.parse(severity, "severity").value
    if raised_at > now:
        raise ValidationError(
            msg("The escalation time {raised_at} is in the future.", raised_at=raised_at.isoformat())
        )
    return summary, severity_word


def shown_time(instant: datetime, zone_name: str) -> str:
    """An instant as a message says it: the raising side's wall-clock time with its zone's abbreviation."""
    return local_time(instant, zone_name).strftime("%Y-%m-%d %H:%M %Z")


def check_resolution_time(
    reference: str,
    at: datetime,
    *,
    raised_at: datetime,
    now: datetime,
    zone_name: str,
    acknowledged_at: datetime | None = None,
) -> datetime:
    """When an escalation was resolved (or closed): never before it was raised or acknowledged, never in
    the future. Returns ``at`` in UTC."""
    at = at.astimezone(timezone.utc)
    if at < raised_at:
        raise ValidationError(
            msg(
                "{reference} cannot be resolved at {shown_time}: it was raised at {shown_time2}.",
                reference=reference,
                shown_time=shown_time(at, zone_name),
                shown_time2=shown_time(raised_at, zone_name),
            )
        )
    if acknowledged_at is not None and at < acknowledged_at:
        raise ValidationError(
            msg(
                "{reference} cannot be resolved at {shown_time}: it was acknowledged at {shown_time2}.",
                reference=reference,
                shown_time=shown_time(at, zone_name),
                shown_time2=shown_time(acknowledged_at, zone_name),
            )
        )
    if at > now:
        raise ValidationError(
            msg(
                "The resolution time {shown_time} of {reference} is in the future.",
                shown_time=shown_time(at, zone_name),
                reference=reference,
            )
        )
    return at


def check_status_change(current: str, new: str, resolution: str) -> str:
    """Resolving or closing an escalation needs its resolution; returns the new status word."""
    word = EscalationStatus.parse(new, "escalation status").value
    if word == current:
        raise ValidationError(msg("The escalation is already {current}.", current=current))
    if (
        word in (EscalationStatus.RESOLVED.value, EscalationStatus.CLOSED.value)
        and not (resolution or "").strip()
    ):
        raise ValidationError(msg("Say how the escalation was {word}: give the resolution.", word=word))
    return word


@dataclass(frozen=True)
class AgendaPlace:
    """Where an escalation is on an agenda, as people say it: meeting 24, item 3."""

    item_id: int
    meeting: int
    position: int
    status: str  # the agenda item's status
    meeting_status: str

    @property
    def is_live(self) -> bool:
        """On an open meeting's agenda and not withdrawn: putting the escalation there again would repeat it."""
        return self.meeting_status in OPEN_MEETING_STATUSES and self.status != AgendaStatus.WITHDRAWN.value


def check_not_on_agenda(reference: str, places: tuple[AgendaPlace, ...] | list[AgendaPlace]) -> None:
    """An escalation goes on an open meeting's agenda once; a withdrawn item does not count."""
    live = [p for p in places if p.is_live]
    if live:
        p = min(live, key=lambda p: (p.meeting, p.position))
        raise ValidationError(
            msg(
                "{reference} is already on the agenda of meeting {meeting} as item {position} ({status}); open that item instead of adding it again.",
                reference=reference,
                meeting=p.meeting,
                position=p.position,
                status=p.status,
            )
        )


@dataclass(frozen=True, slots=True)
class EscalationRecord:
    """An escalation as the upper layers see it; ``raised_at`` is UTC, ``time_zone`` the raising side's.
    Slotted: a page holds twenty years of them (no dict per record)."""

    id: int
    reference: str
    raised_at: datetime
    raised_by_side: str
    raised_by_agency: str
    time_zone: str
    severity: str
    summary: str
    details: str
    status: str
    resolution: str
    resolved_at: datetime | None
    requests: tuple[str, ...]
    agenda_item_ids: tuple[int, ...]
    version: int
    #: The agenda items it is linked to, by meeting and position (oldest meeting first).
    agenda_places: tuple[AgendaPlace, ...] = ()
    #: When the responding side acknowledged it (UTC), and who; None when not recorded.
    acknowledged_at: datetime | None = None
    acknowledged_by: str = ""
    summary_zh: str = ""
    details_zh: str = ""
    resolution_zh: str = ""

    @property
    def is_open(self) -> bool:
        return self.status in OPEN_STATUSES
