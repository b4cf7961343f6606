"""Requests for information and assistance: references, due dates, overdue, and the life-cycle rules.

Pure: the services load rows, call these functions, and store what they return. Overdue is always
computed from the due date and the first response, never stored, so it can never go stale.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any, NamedTuple

from dialogue_planner.domain.errors import ValidationError
from dialogue_planner.domain.limits import MAX_STANDARD_DAYS, check_day, check_line, check_text
from dialogue_planner.domain.messages import msg
from dialogue_planner.domain.vocabulary import DayBasis, RequestKind, RequestStatus, ResponseQuality

REFERENCE_PATTERN = re.compile(r"^([A-Z]{2,8})-(\d{4})-(\d{4,})$")

#: Statuses in which a request still waits for the responding side.
PENDING_STATUSES = frozenset({RequestStatus.OPEN.value, RequestStatus.ACKNOWLEDGED.value})
#: Statuses that end a request; each needs a reason.
FINAL_STATUSES = frozenset({RequestStatus.CLOSED.value, RequestStatus.WITHDRAWN.value})

#: The word ``requests update --status progress`` takes for a report on the investigation.
PROGRESS = "progress"

#: Kinds of entries in a request's history (``RequestUpdate.kind``).
UPDATE_KINDS = (
    "acknowledgement",
    "response",
    "status",
    "note",
    "closed",
    "withdrawn",
    "reopened",
    "paused",
    "resumed",
    "extended",
    "result",
)
#: The entries that work a request's clock (``run_clock`` replays them).
CLOCK_KINDS = frozenset({"paused", "resumed", "extended"})


def format_reference(side_code: str, year: int, sequence: int) -> str:
    """``US-2016-0042``: requesting side, year received, sequence within that side and year."""
    return f"{side_code.upper()}-{year:04d}-{sequence:04d}"


def parse_reference(text: str) -> tuple[str, int, int]:
    """The side, year and sequence of a reference; a clear error for anything else."""
    cleaned = (text or "").strip().upper()
    match = REFERENCE_PATTERN.match(cleaned)
    if not match:
        raise ValidationError(
            msg(
                "'{text}' is not a request reference: write it like US-2016-0042 (side, year, number).",
                text=text,
            )
        )
    side, year, sequence = match.group(1), int(match.group(2)), int(match.group(3))
    if sequence < 1:
        raise ValidationError(
            msg("'{text}' is not a request reference: the number starts at 0001 (US-2016-0042).", text=text)
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
            raise ValidationError(msg("Days allowed to acknowledge or respond cannot be negative."))
        if max(self.acknowledge_days, self.response_days) > MAX_STANDARD_DAYS:
            raise ValidationError(
                msg(
                    "Days allowed to acknowledge or respond are at most {max_standard_days} (ten years).",
                    max_standard_days=MAX_STANDARD_DAYS,
                )
            )
        if self.acknowledge_days > self.response_days:
            raise ValidationError(msg("The days to acknowledge cannot exceed the days to respond."))
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


def clock_day(as_of: date, paused_since: date | None) -> date:
    """The day a request's clock reads on ``as_of``: a pause that began by then stopped it on its first day."""
    return paused_since if paused_since is not None and paused_since <= as_of else as_of


def is_overdue(
    *,
    status: str,
    response_due_on: date,
    first_response_on: date | None,
    as_of: date,
    paused_since: date | None = None,
) -> bool:
    """Still waiting for a first response after the day it was due (responding on the due day is on time).

    Paused days do not count: a request paused on or before its due date is not overdue while the pause
    lasts; one paused when already late stays exactly as late as it was."""
    return (
        status in PENDING_STATUSES
        and first_response_on is None
        and clock_day(as_of, paused_since) > response_due_on
    )


def days_overdue(
    *,
    status: str,
    response_due_on: date,
    first_response_on: date | None,
    as_of: date,
    paused_since: date | None = None,
) -> int:
    """How many days past its due date an overdue request is (paused days not counted); 0 when not overdue."""
    if not is_overdue(
        status=status,
        response_due_on=response_due_on,
        first_response_on=first_response_on,
        as_of=as_of,
        paused_since=paused_since,
    ):
        return 0
    return (clock_day(as_of, paused_since) - response_due_on).days


# -- the clock: pauses and agreed extensions ------------------------------------------------------------
@dataclass(frozen=True)
class ClockEvent:
    """An entry of a request's history that works its clock: ``paused``, ``resumed`` or ``extended``
    (with the agreed ``new_due_on``)."""

    kind: str
    on: date
    new_due_on: date | None = None


@dataclass(frozen=True)
class Clock:
    """Where a request's clock stands after its events."""

    response_due_on: date  # the due date in force
    paused_days: int  # days of the pauses that ended
    paused_since: date | None  # the first day of a pause still running
    extended_until: date | None  # the latest agreed extension


def run_clock(original_due: date, events: Iterable[ClockEvent]) -> Clock:
    """Replay ``events`` (oldest first) from the due date fixed on arrival.

    A pause from P resumed on R does not count its R − P days: the due date moves by as many calendar
    days. An agreed extension sets the due date to the date agreed (the pauses before it are part of what
    was agreed); pauses after it move that date in turn.
    """
    due, paused_days, since, extended = original_due, 0, None, None
    for event in events:
        if event.kind == "paused" and since is None:
            since = event.on
        elif event.kind == "resumed" and since is not None:
            days = max(0, (event.on - since).days)
            paused_days += days
            due += timedelta(days=days)
            since = None
        elif event.kind == "extended" and event.new_due_on is not None:
            due = extended = event.new_due_on
    return Clock(due, paused_days, since, extended)


@dataclass(frozen=True)
class PausePeriod:
    """One pause of a request's clock: from ``start`` to ``end`` (None: still paused), and why."""

    start: date
    end: date | None
    reason: str
    days: int | None  # None while it runs


@dataclass(frozen=True)
class Extension:
    """An agreed extension: agreed on ``on``, moving the due date from ``from_due`` to ``until``."""

    on: date
    from_due: date
    until: date
    reason: str


def clock_history(
    original_due: date, entries: Iterable[tuple[str, date, date | None, str]]
) -> tuple[tuple[PausePeriod, ...], tuple[Extension, ...]]:
    """The pauses and extensions of a request from its history entries (kind, date, new due date, note),
    oldest first, with the due date each extension replaced."""
    pauses: list[PausePeriod] = []
    extensions: list[Extension] = []
    due, open_pause = original_due, None
    for kind, on, new_due_on, note in entries:
        if kind == "paused" and open_pause is None:
            open_pause = (on, note)
        elif kind == "resumed" and open_pause is not None:
            days = max(0, (on - open_pause[0]).days)
            pauses.append(PausePeriod(open_pause[0], on, open_pause[1], days))
            due += timedelta(days=days)
            open_pause = None
        elif kind == "extended" and new_due_on is not None:
            extensions.append(Extension(on, due, new_due_on, note))
            due = new_due_on
    if open_pause is not None:
        pauses.append(PausePeriod(open_pause[0], None, open_pause[1], None))
    return tuple(pauses), tuple(extensions)


def _clock_running(state: RequestState, what: str) -> None:
    """Refuse a change of the clock of a request that is ended or answered."""
    if state.status in FINAL_STATUSES:
        raise ValidationError(
            msg(
                "{reference} is {status}; its clock cannot {what}.",
                reference=state.reference,
                status=state.status,
                what=what,
            )
        )
    if state.first_response_on is not None:
        raise ValidationError(
            msg(
                "{reference} was answered on {first_response_on}; its clock stopped then and cannot {what}.",
                reference=state.reference,
                first_response_on=state.first_response_on.isoformat(),
                what=what,
            )
        )


def _after_last_clock_event(state: RequestState, what: str, on: date) -> None:
    if state.last_clock_on is not None and on < state.last_clock_on:
        raise ValidationError(
            msg(
                "The {what} date {on} is before the last change of the clock of {reference} ({last_clock_on}).",
                what=what,
                on=on.isoformat(),
                reference=state.reference,
                last_clock_on=state.last_clock_on.isoformat(),
            )
        )


def check_pause(state: RequestState, *, on: date, reason: str, today: date) -> tuple[ClockEvent, str]:
    """A pause of the clock from ``on`` (the requesting side asked for clarification ...); needs a reason."""
    _clock_running(state, "be paused")
    if state.paused_since is not None:
        raise ValidationError(
            msg(
                "{reference} is already paused since {paused_since}; resume it first.",
                reference=state.reference,
                paused_since=state.paused_since.isoformat(),
            )
        )
    _check_event_date("pause", on, state.received_on, today)
    _after_last_clock_event(state, "pause", on)
    reason = check_text(reason, "reason")
    if not reason:
        raise NoteMissing(
            msg("Say why the clock of {reference} is paused: give the reason.", reference=state.reference)
        )
    return ClockEvent("paused", on), reason


def check_resume(state: RequestState, *, on: date, note: str, today: date) -> tuple[ClockEvent, str]:
    """The end of the running pause on ``on``: the days from the pause's first day to ``on`` do not count."""
    if state.paused_since is None:
        raise ValidationError(
            msg("{reference} is not paused; there is nothing to resume.", reference=state.reference)
        )
    _check_event_date("resume", on, state.received_on, today)
    if on < state.paused_since:
        raise ValidationError(
            msg(
                "The resume date {on} is before the pause began ({paused_since}).",
                on=on.isoformat(),
                paused_since=state.paused_since.isoformat(),
            )
        )
    return ClockEvent("resumed", on), check_text(note, "note")


def check_extension(
    state: RequestState, *, until: date, reason: str, on: date, today: date
) -> tuple[ClockEvent, str]:
    """An extension agreed on ``on`` that moves the response due date to ``until``; needs a reason."""
    _clock_running(state, "be extended")
    if state.paused_since is not None:
        raise ValidationError(
            msg(
                "{reference} is paused since {paused_since}; resume it before extending it.",
                reference=state.reference,
                paused_since=state.paused_since.isoformat(),
            )
        )
    check_day(until, "extended due date")
    _check_event_date("extension", on, state.received_on, today)
    _after_last_clock_event(state, "extension", on)
    if state.response_due_on is not None and until <= state.response_due_on:
        raise ValidationError(
            msg(
                "An extension moves the due date later: {until} is not after the due date {response_due_on}.",
                until=until.isoformat(),
                response_due_on=state.response_due_on.isoformat(),
            )
        )
    reason = check_text(reason, "reason")
    if not reason:
        raise NoteMissing(
            msg(
                "Say why the due date of {reference} is extended: give the reason.", reference=state.reference
            )
        )
    return ClockEvent("extended", on, until), reason


def check_result(text: str) -> str:
    """The result of an investigation as stored: any text, within the limit (empty clears it)."""
    return check_text(text, "result")


class NoteMissing(ValidationError):
    """A change that needs its text (the reason for closing, a progress report) came without it. The
    message says what is missing in the words of any screen; the command line adds the option to use."""


def clean_subject(subject: str) -> str:
    """The subject without surrounding spaces; refused when empty or longer than the 500 stored."""
    subject = check_line(subject, "subject", 500)
    if not subject:
        raise ValidationError(msg("A request needs a subject."))
    return subject


def check_new_request(
    *, from_side: str, to_side: str, kind: str, subject: str, received_on: date, today: date
) -> tuple[str, str]:
    """Validate a new request; returns the cleaned kind and subject."""
    if from_side == to_side:
        raise ValidationError(
            msg("A request goes from one side to the other: both sides are {from_side}.", from_side=from_side)
        )
    kind_word = RequestKind.parse(kind, "request kind").value
    subject = clean_subject(subject)
    check_day(received_on, "received date")
    if received_on > today:
        raise ValidationError(
            msg("The received date {received_on} is in the future.", received_on=received_on.isoformat())
        )
    return kind_word, subject


def _check_event_date(what: str, on: date, received_on: date, today: date) -> None:
    check_day(on, f"{what} date")
    if on < received_on:
        raise ValidationError(
            msg(
                "The {what} date {on} is before the request was received ({received_on}).",
                what=what,
                on=on.isoformat(),
                received_on=received_on.isoformat(),
            )
        )
    if on > today:
        raise ValidationError(msg("The {what} date {on} is in the future.", what=what, on=on.isoformat()))


@dataclass(frozen=True)
class RequestState:
    """What the life-cycle rules need to know of a request."""

    reference: str
    status: str
    received_on: date
    acknowledged_on: date | None = None
    first_response_on: date | None = None
    latest_quality: str | None = None
    response_due_on: date | None = None
    paused_since: date | None = None
    last_clock_on: date | None = None  # the latest pause, resume or extension


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
        raise ValidationError(
            msg(
                "{reference} is {status}; reopen it before recording a response.",
                reference=state.reference,
                status=state.status,
            )
        )
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
            raise NoteMissing(msg("A progress report needs its text."))
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
            msg(
                "Unknown status '{status}': use one of {allowed} (a response is recorded as a response, with its quality).",
                status=status,
                allowed=", ".join(allowed),
            )
        )
    if word == RequestStatus.ACKNOWLEDGED.value:
        if state.status in FINAL_STATUSES:
            raise ValidationError(
                msg(
                    "{reference} is {status}; reopen it first.",
                    reference=state.reference,
                    status=state.status,
                )
            )
        if state.acknowledged_on is not None:
            raise ValidationError(
                msg(
                    "{reference} was already acknowledged on {acknowledged_on}.",
                    reference=state.reference,
                    acknowledged_on=state.acknowledged_on.isoformat(),
                )
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
            raise ValidationError(
                msg("{reference} is already {status}.", reference=state.reference, status=state.status)
            )
        if not note:
            raise NoteMissing(
                msg("Say why {reference} is {word}: give the reason.", reference=state.reference, word=word)
            )
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
            msg(
                "{reference} is {status}, not closed or withdrawn; nothing to reopen.",
                reference=state.reference,
                status=state.status,
            )
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
    subject_zh: str = ""
    description_zh: str = ""
    original_response_due_on: date | None = None  # fixed on arrival; ``response_due_on`` is in force
    paused_days: int = 0
    paused_since: date | None = None
    extended_until: date | None = None
    result: str = ""
    result_shareable: bool = False
    result_zh: str = ""

    def overdue(self, as_of: date) -> bool:
        return is_overdue(
            status=self.status,
            response_due_on=self.response_due_on,
            first_response_on=self.first_response_on,
            as_of=as_of,
            paused_since=self.paused_since,
        )

    def days_paused(self, as_of: date) -> int:
        """Days paused as of ``as_of``: the ended pauses and the one running, if any."""
        running = (as_of - self.paused_since).days if self.paused_since and self.paused_since <= as_of else 0
        return self.paused_days + running

    def state(self) -> RequestState:
        """What the life-cycle rules need, so a screen can check a change before it asks to confirm it."""
        return RequestState(
            reference=self.reference,
            status=self.status,
            received_on=self.received_on,
            acknowledged_on=self.acknowledged_on,
            first_response_on=self.first_response_on,
            latest_quality=self.latest_quality,
            response_due_on=self.response_due_on,
            paused_since=self.paused_since,
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
    paused_since: date | None = None
    subject_zh: str = ""

    def overdue(self, as_of: date) -> bool:
        return is_overdue(
            status=self.status,
            response_due_on=self.response_due_on,
            first_response_on=self.first_response_on,
            as_of=as_of,
            paused_since=self.paused_since,
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
    new_due_on: date | None = None  # "extended": the agreed due date
    rated_by: str = ""  # "response": who rated its quality
    quality_reason: str = ""  # and why
    note_zh: str = ""  # the note's Chinese (a progress report's, a result's)


@dataclass(frozen=True)
class RatedQuality:
    """The quality of a request's latest response, who rated it and why."""

    quality: str
    on: date
    rated_by: str
    reason: str


@dataclass(frozen=True)
class RequestDetail:
    """A request with its whole history, oldest first, and the escalations about it."""

    request: RequestRecord
    history: tuple[RequestUpdateRecord, ...] = ()
    escalations: tuple[str, ...] = field(default_factory=tuple)
    pauses: tuple[PausePeriod, ...] = ()
    extensions: tuple[Extension, ...] = ()

    @property
    def rating(self) -> RatedQuality | None:
        """The rating of the response that gave the latest quality (the latest-dated response)."""
        responses = [h for h in self.history if h.kind == "response" and h.quality]
        if not responses:
            return None
        latest = max(responses, key=lambda h: (h.on, h.id))
        return RatedQuality(latest.quality or "", latest.on, latest.rated_by, latest.quality_reason)


@dataclass(frozen=True)
class InvestigationReport:
    """What a period reported of a request's investigation: its progress reports (date, text), oldest
    first, and its result as it stands, with whether the responding side shares it with the other side."""

    reference: str
    from_side: str
    to_side: str
    subject: str
    subject_zh: str
    progress: tuple[tuple[date, str], ...]
    result: str
    result_shareable: bool
    progress_zh: tuple[str, ...] = ()  # each progress report's Chinese ("" when not translated)
    result_zh: str = ""
