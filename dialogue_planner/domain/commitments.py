"""Commitments and activities between meetings: their records and the rules with dates (no I/O).

A commitment is overdue on a day when it is still open or in progress and its due date lies before that
day; it is due soon when it is still open or in progress and falls due from that day to ``window`` days
after it. Done and dropped commitments are never overdue nor due soon, and one without a due date (an
action item carried over from before commitments) is neither.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from dialogue_planner.domain.messages import msg

from .errors import ValidationError
from .limits import check_text, check_whole
from .vocabulary import ActivityKind, CommitmentStatus

UNSETTLED = frozenset({CommitmentStatus.OPEN.value, CommitmentStatus.IN_PROGRESS.value})
DEFAULT_DUE_SOON_DAYS = 14
MAX_DUE_SOON_DAYS = 366


def parse_status(text: str) -> str:
    """A status as a user types it ("in progress", "in_progress", "IN-PROGRESS" all name the same one)."""
    return CommitmentStatus.parse((text or "").replace(" ", "-"), "commitment status").value


def parse_kind(text: str) -> str:
    return ActivityKind.parse((text or "").replace(" ", "-"), "activity kind").value


def days_overdue(status: str, due_on: date | None, as_of: date) -> int:
    """Whole days past the due date on ``as_of`` (0 when not overdue)."""
    if status not in UNSETTLED or due_on is None or due_on >= as_of:
        return 0
    return (as_of - due_on).days


def is_due_soon(status: str, due_on: date | None, as_of: date, window: int) -> bool:
    """Still to do and due from ``as_of`` to ``window`` days after it, both ends included."""
    if status not in UNSETTLED or due_on is None:
        return False
    return 0 <= (due_on - as_of).days <= window


def check_due_soon_days(value: int) -> int:
    return check_whole(value, "number of days a commitment counts as due soon", 0, MAX_DUE_SOON_DAYS)


def check_commitment_text(text: str | None) -> str:
    cleaned = check_text(text, "commitment text")
    if not cleaned.strip():
        raise ValidationError(msg("A commitment needs a text: say what is to be done."))
    return cleaned


def check_due(due_on: date, meeting_start: date, meeting_number: int) -> date:
    """A due date may not lie before the meeting that made the commitment."""
    if due_on < meeting_start:
        raise ValidationError(
            msg(
                "The due date {due_on} is before meeting {meeting_number} ({meeting_start}), which made the commitment: give a later date.",
                due_on=due_on.isoformat(),
                meeting_number=meeting_number,
                meeting_start=meeting_start.isoformat(),
            )
        )
    return due_on


def check_done(status: str, evidence: str, note: str) -> None:
    if status == CommitmentStatus.DONE.value and not (evidence.strip() or note.strip()):
        raise ValidationError(
            msg(
                "Marking a commitment done needs evidence or a note: give the evidence of completion or a progress note."
            ),
            field="evidence",
        )


def check_activity_dates(start: date, end: date | None) -> None:
    if end is not None and end < start:
        raise ValidationError(
            msg(
                "The activity ends ({end}) before it starts ({start}): give an end on or after the start.",
                end=end.isoformat(),
                start=start.isoformat(),
            )
        )


@dataclass(frozen=True)
class CommitmentRecord:
    id: int
    meeting_number: int
    agenda_item_id: int | None
    text: str
    text_zh: str
    owner_side: str
    owner_agency: str
    owner_person: str  # the delegate's name, "" when none
    owner_person_id: int | None
    owner_name: str  # the free-text name an action item carried over
    due_on: date | None
    status: str
    note: str
    evidence: str
    completed_on: date | None
    version: int

    def days_overdue(self, as_of: date) -> int:
        return days_overdue(self.status, self.due_on, as_of)

    @property
    def owner(self) -> str:
        """Side, agency and person as one line ("US FBI (Tom Lee)")."""
        who = " ".join(p for p in (self.owner_side, self.owner_agency) if p)
        person = self.owner_person or self.owner_name
        return f"{who} ({person})" if who and person else who or person


@dataclass(frozen=True)
class DueCommitment:
    """One line of the Overview's (and later the pack's) overdue or due-soon list."""

    id: int
    meeting_number: int
    text: str
    owner: str
    due_on: date
    status: str
    days_overdue: int  # 0 for a due-soon one
    days_left: int  # 0 or less for an overdue one


@dataclass(frozen=True)
class ActivityRecord:
    id: int
    kind: str
    start_on: date
    end_on: date | None
    place: str
    participants: tuple[str, ...]  # delegates' names
    participant_ids: tuple[int, ...]
    summary_en: str
    summary_zh: str
    commitment_ids: tuple[int, ...]
    version: int
