"""Requests for information and assistance: references, due dates, overdue, and the life-cycle rules.

Pure: the services load rows, call these functions, and store what they return. Overdue is always
computed from the due date and the first response, never stored, so it can never go stale.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any, NamedTuple

from dialogue_planner.domain.errors import ValidationError
from dialogue_planner.domain.limits import MAX_STANDARD_DAYS, check_day, check_line, check_text
from dialogue_planner.domain.vocabulary import DayBasis, RequestKind, RequestStatus, ResponseQuality

REFERENCE_PATTERN = re.compile(r"^([A-Z]{2,8})-(\d{4})-(\d{4,})$")

#: Statuses in which a request still waits for the responding side.
PENDING_STATUSES = frozenset({RequestStatus.OPEN.value, RequestStatus.ACKNOWLEDGED.value})
#: Statuses that end a request; each needs a reason.
FINAL_STATUSES = frozenset({RequestStatus.CLOSED.value, RequestStatus.WITHDRAWN.value})

#: The word ``requests update --status progress`` takes for a report on the investigation.
PROGRESS = "progress"

#: Kinds of entries in a request's history (``RequestUpdate.kind``).
UPDATE_KINDS = ("acknowledgement", "response", "status", "note", "closed", "withdrawn", "reopened")


def format_reference(side_code: str, year: int, sequence: int) -> str:
    """``US-2016-0042``: requesting side, year received, sequence within that side and year."""
    return f"{side_code.upper()}-{year:04d}-{sequence:04d}"


def parse_reference(text: str) -> tuple[str, int, int]:
    """The side, year and sequence of a reference; a clear error for anything else."""
    cleaned = (text or "").strip().upper()
    match = REFERENCE_PATTERN.match(cleaned)
    if not match:
        raise ValidationError(
            f"'{text}' is not a request reference: write it like US-2016-0042 (side, year, number)."
        )
    side, year, sequence = match.group(1), int(match.group(2)), int(match.group(3))
    if sequence < 1:
        raise ValidationError(
            f"'{text}' is not a request reference: the number starts at 0001 (US-2016-0042)."
        )
    return side, year, sequence


def normalise_reference(text: str) -> str:
    """The canonical spelling of a reference typed by a user (``us-2016-42`` is not accepted)."""
    side, year, sequence = parse_reference(text)
    return format_reference(side, year, sequence)


@dataclass(frozen=True)
class TimelinessRule:
    """Days allowed to acknowledge and to respond to one kind of request."""

    acknowledge_days: int = 7
    response_days: int = 30
    day_basis: str = DayBasis.CALENDAR.value

    def __post_init__(self) -> None:
        if self.acknowledge_days < 0 or self.response_days < 0:
            raise ValidationError("Days allowed to acknowledge or respond cannot be negative.")
        if max(self.acknowledge_days, self.response_days) > MAX_STANDARD_DAYS:
            raise ValidationError(
                f"Days allowed to acknowledge or respond are at most {MAX_STANDARD_DAYS} (ten years)."
            )
        if self.acknowledge_days > self.response_days:
            raise ValidationError("The days to acknowledge cannot exceed the days to respond.")
        DayBasis.parse(self.day_basis, "day basis")


#: What a dialogue uses for a kind it has not configured.
DEFAULT_RULE = TimelinessRule()

AddWorkingDays = Callable[[str, date, int], date]


def _default_add_working_days(country: str, start: date, n: int) -> date:
    from dialogue_planner.domain.working_days import add_working_days

    return add_working_days(country, start, n)


def add_days(
    start: date, n: int, *, basis: str, country: str, add_working_days: AddWorkingDays | None = None
) -> date:
    """``n`` calendar days after ``start``, or ``n`` working days of ``country`` after it.

    In working days, a request received on a holiday or a weekend starts counting on the next working
    day: day 1 is the first working day after the day received.
    """
    if basis == DayBasis.WORKING.value:
        return (add_working_days or _default_add_working_days)(country, start, n)
    return start + timedelta(days=n)


def due_dates(
    received_on: date,
    rule: TimelinessRule,
    responding_country: str,
    *,
    add_working_days: AddWorkingDays | None = None,
) -> tuple[date, date]:
    """The acknowledgement and response due dates of a request received on ``received_on``."""
    ack = add_days(
        received_on,
        rule.acknowledge_days,
        basis=rule.day_basis,
        country=responding_country,
        add_working_days=add_working_days,
    )
    response = add_days(
        received_on,
        rule.response_days,
        basis=rule.day_basis,
        country=responding_country,
        add_working_days=add_working_days,
    )
    return ack, response


def is_overdue(*, status: str, response_due_on: date, first_response_on: date | None, as_of: date) -> bool:
    """Still waiting for a first response after the day it was due (responding on the due day is on time)."""
    return status in PENDING_STATUSES and first_response_on is None and as_of > response_due_on


def days_overdue(*, status: str, response_due_on: date, first_response_on: date | None, as_of: date) -> int:
    """How many days past its due date an overdue request is; 0 when it is not overdue."""
    if not is_overdue(
        status=status, response_due_on=response_due_on, first_response_on=first_response_on, as_of=as_of
    ):
        return 0
    return (as_of - response_due_on).days


class NoteMissing(ValidationError):
    """A change that needs its text (the reason for closing, a progress report) came without it. The
    message says what is missing in the words of any screen; the command line adds the option to use."""


def clean_subject(subject: str) -> str:
    """The subject without surrounding spaces; refused when empty or longer than the 500 stored."""
    subject = check_line(subject, "subject", 500)
    if not subject:
        raise ValidationError("A request needs a subject.")
    return subject


def check_new_request(
    *, from_side: str, to_side: str, kind: str, subject: str, received_on: date, today: date
) -> tuple[str, str]:
    """Validate a new request; returns the cleaned kind and subject."""
    if from_side == to_side:
        raise ValidationError(f"A request goes from one side to the other: both sides are {from_side}.")
    kind_word = RequestKind.parse(kind, "request kind").value
    subject = clean_subject(subject)
    check_day(received_on, "received date")
    if received_on > today:
        raise ValidationError(f"The received date {received_on.isoformat()} is in the future.")
    return kind_word, subject


def _check_event_date(what: str, on: date, received_on: date, today: date) -> None:
    check_day(on, f"{what} date")
    if on < received_on:
        raise ValidationError(
            f"The {what} date {on.isoformat()} is before the request was received ({received_on.isoformat()})."
        )
    if on > today:
        raise ValidationError(f"The {what} date {on.isoformat()} is in the future.")


@dataclass(frozen=True)
class RequestState:
    """What the life-cycle rules need to know of a request."""

    reference: str
    status: str
    received_on: date
    acknowledged_on: date | None = None
    first_response_on: date | None = None
    latest_quality: str | None = None


@dataclass(frozen=True)
class Change:
    """The new values of a request after an event, and the history entry to record."""

    status: str
    acknowledged_on: date | None
    first_response_on: date | None
    latest_quality: str | None
    update_kind: str
    closed_on: date | None = None
    close_reason: str = ""
    update_status: str | None = None
    note: str = ""


def record_response(state: RequestState, *, on: date, quality: str, note: str, today: date) -> Change:
    """A response with its quality. The first response's date is the one timeliness is measured by;
    a later response (a supplement) only updates the latest quality."""
    if state.status in FINAL_STATUSES:
        raise ValidationError(f"{state.reference} is {state.status}; reopen it before recording a response.")
    quality_word = ResponseQuality.parse(quality, "response quality").value
    _check_event_date("response", on, state.received_on, today)
    note = check_text(note, "note")
    first = state.first_response_on if state.first_response_on and state.first_response_on <= on else on
    latest = (
        quality_word
        if state.first_response_on is None or on >= state.first_response_on
        else (state.latest_quality or quality_word)
    )
    acknowledged = state.acknowledged_on if state.acknowledged_on and state.acknowledged_on <= on else on
    return Change(
        status=RequestStatus.RESPONDED.value,
        acknowledged_on=acknowledged,
        first_response_on=first,
        latest_quality=latest,
        update_kind="response",
        note=note,
    )


def record_status(state: RequestState, *, status: str, on: date, note: str, today: date) -> Change:
    """A change of status (acknowledged, closed, withdrawn, reopened) or a progress report.

    Closing and withdrawing need a reason (the note); a progress report needs its text. Nothing a user
    wrote is lost: every event becomes an entry in the request's history.
    """
    word = (status or "").strip().lower()
    note = check_text(note, "note")
    _check_event_date("update", on, state.received_on, today)
    keep: dict[str, Any] = dict(
        acknowledged_on=state.acknowledged_on,
        first_response_on=state.first_response_on,
        latest_quality=state.latest_quality,
    )
    if word == PROGRESS:
        if not note:
            raise NoteMissing("A progress report needs its text.")
        return Change(status=state.status, update_kind="status", update_status=PROGRESS, note=note, **keep)
    allowed = [
        RequestStatus.ACKNOWLEDGED.value,
        RequestStatus.CLOSED.value,
        RequestStatus.WITHDRAWN.value,
        RequestStatus.OPEN.value,
        PROGRESS,
    ]
    if word not in allowed:
        raise ValidationError(
            f"Unknown status '{status}': use one of {', '.join(allowed)} "
            "(a response is recorded as a response, with its quality)."
        )
    if word == RequestStatus.ACKNOWLEDGED.value:
        if state.status in FINAL_STATUSES:
            raise ValidationError(f"{state.reference} is {state.status}; reopen it first.")
        if state.acknowledged_on is not None:
            raise ValidationError(
                f"{state.reference} was already acknowledged on {state.acknowledged_on.isoformat()}."
            )
        new_status = state.status if state.status == RequestStatus.RESPONDED.value else word
        return Change(
            status=new_status,
            acknowledged_on=on,
            first_response_on=state.first_response_on,
            latest_quality=state.latest_quality,
            update_kind="acknowledgement",
            update_status=word,
            note=note,
        )
    if word in FINAL_STATUSES:
        if state.status in FINAL_STATUSES:
            raise ValidationError(f"{state.reference} is already {state.status}.")
        if not note:
            raise NoteMissing(f"Say why {state.reference} is {word}: give the reason.")
        return Change(
            status=word,
            update_kind=word,
            update_status=word,
            closed_on=on,
            close_reason=note,
            note=note,
            **keep,
        )
    # Reopen.
    if state.status not in FINAL_STATUSES:
        raise ValidationError(
            f"{state.reference} is {state.status}, not closed or withdrawn; nothing to reopen."
        )
    if state.first_response_on is not None:
        reopened = RequestStatus.RESPONDED.value
    elif state.acknowledged_on is not None:
        reopened = RequestStatus.ACKNOWLEDGED.value
    else:
        reopened = RequestStatus.OPEN.value
    return Change(status=reopened, update_kind="reopened", update_status=reopened, note=note, **keep)


@dataclass(frozen=True)
class RequestRecord:
    """A request as the upper layers see it, with names resolved for display."""

    id: int
    reference: str
    from_side: str
    to_side: str
    requesting_agency: str
    responding_agency: str
    kind: str
    subject: str
    description: str
    received_on: date
    acknowledge_due_on: date
    response_due_on: date
    acknowledged_on: date | None
    first_response_on: date | None
    latest_quality: str | None
    status: str
    closed_on: date | None
    close_reason: str
    version: int
    requesting_agency_id: int | None = None
    responding_agency_id: int | None = None

    def overdue(self, as_of: date) -> bool:
        return is_overdue(
            status=self.status,
            response_due_on=self.response_due_on,
            first_response_on=self.first_response_on,
            as_of=as_of,
        )

    def state(self) -> RequestState:
        """What the life-cycle rules need, so a screen can check a change before it asks to confirm it."""
        return RequestState(
            reference=self.reference,
            status=self.status,
            received_on=self.received_on,
            acknowledged_on=self.acknowledged_on,
            first_response_on=self.first_response_on,
            latest_quality=self.latest_quality,
        )


class RequestRow(NamedTuple):
    """One line of the request list: a plain tuple, so 100,000 of them stay cheap to load and filter."""

    id: int
    reference: str
    from_side: str
    to_side: str
    kind: str
    subject: str
    received_on: date
    response_due_on: date
    first_response_on: date | None
    latest_quality: str | None
    status: str
    requesting_agency: str
    responding_agency: str

    def overdue(self, as_of: date) -> bool:
        return is_overdue(
            status=self.status,
            response_due_on=self.response_due_on,
            first_response_on=self.first_response_on,
            as_of=as_of,
        )


@dataclass(frozen=True)
class RequestUpdateRecord:
    """One entry of a request's history."""

    id: int
    kind: str
    on: date
    quality: str | None
    status: str | None
    note: str
    author: str
    created_at: datetime | None = None


@dataclass(frozen=True)
class RequestDetail:
    """A request with its whole history, oldest first, and the escalations about it."""

    request: RequestRecord
    history: tuple[RequestUpdateRecord, ...] = ()
    escalations: tuple[str, ...] = field(default_factory=tuple)
