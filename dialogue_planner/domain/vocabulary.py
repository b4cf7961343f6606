"""The fixed words of the product, as stored in the database and typed on the command line.

Stored as plain strings (no CHECK constraints), so that adding a word never needs a table rebuild;
the services validate against these sets.
"""

from __future__ import annotations

from enum import Enum

from dialogue_planner.domain.messages import msg


class Word(str, Enum):
    """A vocabulary value that compares and serialises as its string."""

    def __str__(self) -> str:
        return self.value

    @classmethod
    def values(cls) -> list[str]:
        return [m.value for m in cls]

    @classmethod
    def parse(cls, text: str, what: str):
        from dialogue_planner.domain.errors import ValidationError

        wanted = (text or "").strip().lower().replace("_", "-")
        for m in cls:
            if m.value == wanted:
                return m
        raise ValidationError(
            msg(
                "Unknown {what} '{text}': use one of {values}.",
                what=what,
                text=text,
                values=", ".join(cls.values()),
            )
        )


class Role(Word):
    ADMIN = "admin"
    SECRETARIAT = "secretariat"
    VIEWER = "viewer"


class AgencyRole(Word):
    """An agency's part in the dialogue as the agreement names it (stored empty when it has none)."""

    LEAD = "lead"
    CO_CHAIR = "co-chair"
    PARTICIPANT = "participant"
    OBSERVER = "observer"


class MeetingStatus(Word):
    PLANNED = "planned"
    CONFIRMED = "confirmed"
    HELD = "held"
    POSTPONED = "postponed"
    CANCELLED = "cancelled"


class DelegationRole(Word):
    CO_CHAIR = "co-chair"
    HEAD = "head"
    MEMBER = "member"
    EXPERT = "expert"
    INTERPRETER = "interpreter"
    NOTE_TAKER = "note-taker"


class RequestKind(Word):
    INFORMATION = "information"
    ASSISTANCE = "assistance"
    EVIDENCE = "evidence"
    INVESTIGATION = "investigation"
    MITIGATION = "mitigation"


class ResponseQuality(Word):
    COMPLETE = "complete"
    PARTIAL = "partial"
    INSUFFICIENT = "insufficient"
    NONE = "none"


class RequestStatus(Word):
    OPEN = "open"
    ACKNOWLEDGED = "acknowledged"
    RESPONDED = "responded"
    CLOSED = "closed"
    WITHDRAWN = "withdrawn"


class Severity(Word):
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"
    CRITICAL = "critical"


class EscalationStatus(Word):
    OPEN = "open"
    ACKNOWLEDGED = "acknowledged"
    RESOLVED = "resolved"
    CLOSED = "closed"


class AgendaSource(Word):
    STANDING = "standing"
    ESCALATION = "escalation"
    REQUEST = "request"
    PROPOSAL = "proposal"


class AgendaStatus(Word):
    OPEN = "open"
    DISCUSSED = "discussed"
    RESOLVED = "resolved"
    WITHDRAWN = "withdrawn"
    CARRIED = "carried"


class ActionStatus(Word):
    OPEN = "open"
    DONE = "done"
    DROPPED = "dropped"


class CommitmentStatus(Word):
    """A commitment's state; the action items' three plus "in progress"."""

    OPEN = "open"
    IN_PROGRESS = "in-progress"
    DONE = "done"
    DROPPED = "dropped"


class ActivityKind(Word):
    """What an activity between meetings is."""

    TABLETOP_EXERCISE = "tabletop-exercise"
    EXPERT_SEMINAR = "expert-seminar"
    HOTLINE_TEST = "hotline-test"
    WORKING_LEVEL_CALL = "working-level-call"
    VISIT = "visit"


class DayBasis(Word):
    CALENDAR = "calendar"
    WORKING = "working"


class PaperSize(Word):
    LETTER = "letter"
    A4 = "a4"
