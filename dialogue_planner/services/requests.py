"""Requests for information and assistance: log them, record responses and status, list, report timeliness."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from dialogue_planner.domain.errors import ValidationError
from dialogue_planner.domain.limits import (
    check_line,
    check_optional_day,
    check_record_number,
    check_text,
)
from dialogue_planner.domain.messages import msg
from dialogue_planner.domain.requests import (
    CLOCK_KINDS,
    DEFAULT_RULE,
    FINAL_STATUSES,
    PENDING_STATUSES,
    Change,
    ClockEvent,
    InvestigationReport,
    RequestDetail,
    RequestRecord,
    RequestRow,
    RequestState,
    RequestUpdateRecord,
    TimelinessRule,
    check_extension,
    check_new_request,
    check_pause,
    check_result,
    check_resume,
    clean_subject,
    clock_history,
    due_dates,
    format_reference,
    record_response,
    record_status,
    run_clock,
)
from dialogue_planner.domain.timeliness import RequestFacts, SideTimeliness
from dialogue_planner.domain.vocabulary import (
    MeetingStatus,
    RequestKind,
    RequestStatus,
    ResponseQuality,
    Role,
)
from dialogue_planner.storage.functions import likely
from dialogue_planner.storage.models import (
    Agency,
    Dialogue,
    Escalation,
    Meeting,
    Request,
    RequestUpdate,
    Side,
    TimelinessStandard,
    escalation_request,
)

from .context import ServiceContext, snapshot
from .lookup import agency_on_side, meeting_by_number, request_by_reference, side_by_code
from .timeliness_query import count_timeliness


def dialogue_side_codes(session: Session, dialogue_id: int) -> list[str]:
    d = session.get_one(Dialogue, dialogue_id)
    return [d.side_a.code, d.side_b.code]


def _acronym(session: Session, agency_id: int | None) -> str:
    if agency_id is None:
        return ""
    return session.get_one(Agency, agency_id).acronym


def request_record(session: Session, r: Request) -> RequestRecord:
    return RequestRecord(
        id=r.id,
        reference=r.reference,
        from_side=session.get_one(Side, r.from_side_id).code,
        to_side=session.get_one(Side, r.to_side_id).code,
        requesting_agency=_acronym(session, r.requesting_agency_id),
        responding_agency=_acronym(session, r.responding_agency_id),
        kind=r.kind,
        subject=r.subject,
        description=r.description or "",
        received_on=r.received_on,
        acknowledge_due_on=r.acknowledge_due_on,
        response_due_on=r.response_due_on,
        acknowledged_on=r.acknowledged_on,
        first_response_on=r.first_response_on,
        latest_quality=r.latest_quality,
        status=r.status,
        closed_on=r.closed_on,
        close_reason=r.close_reason or "",
        version=r.version,
        requesting_agency_id=r.requesting_agency_id,
        responding_agency_id=r.responding_agency_id,
        subject_zh=r.subject_zh or "",
        description_zh=r.description_zh or "",
        original_response_due_on=r.original_response_due_on or r.response_due_on,
        paused_days=r.paused_days or 0,
        paused_since=r.paused_since,
        extended_until=r.extended_until,
        result=r.result or "",
        result_shareable=bool(r.result_shareable),
        result_zh=r.result_zh or "",
    )


def request_row(record: RequestRecord) -> RequestRow:
    return RequestRow(
        record.id,
        record.reference,
        record.from_side,
        record.to_side,
        record.kind,
        record.subject,
        record.received_on,
        record.response_due_on,
        record.first_response_on,
        record.latest_quality,
        record.status,
        record.requesting_agency,
        record.responding_agency,
        record.paused_since,
        record.subject_zh,
    )


def timeliness_rule(session: Session, dialogue_id: int, kind: str) -> TimelinessRule:
    std = session.scalar(
        select(TimelinessStandard).where(
            TimelinessStandard.dialogue_id == dialogue_id, TimelinessStandard.kind == kind
        )
    )
    if std is None:
        return DEFAULT_RULE
    return TimelinessRule(std.acknowledge_days, std.response_days, std.day_basis)


# -- changes -----------------------------------------------------------------------------------------
def add_request(
    ctx: ServiceContext,
    *,
    from_side: str,
    to_side: str,
    kind: str,
    subject: str,
    received_on: date,
    requesting_agency: str | None = None,
    responding_agency: str | None = None,
    description: str = "",
    subject_zh: str = "",
    description_zh: str = "",
    today: date | None = None,
) -> RequestRecord:
    """Log a request; its reference and due dates (from the dialogue's standard for the kind) are fixed now."""
    today = today or date.today()
    dialogue_id = ctx.require_dialogue()
    with ctx.write(Role.SECRETARIAT) as tx:
        s = tx.session
        frm, to = side_by_code(s, from_side), side_by_code(s, to_side)
        sides = dialogue_side_codes(s, dialogue_id)
        for side in (frm, to):
            if side.code not in sides:
                raise ValidationError(
                    msg(
                        "Side {code} is not a side of this dialogue ({sides}).",
                        code=side.code,
                        sides=", ".join(sides),
                    )
                )
        kind_word, subject = check_new_request(
            from_side=frm.code,
            to_side=to.code,
            kind=kind,
            subject=subject,
            received_on=received_on,
            today=today,
        )
        req_agency = agency_on_side(s, frm, requesting_agency)
        resp_agency = agency_on_side(s, to, responding_agency)
        rule = timeliness_rule(s, dialogue_id, kind_word)
        ack_due, response_due = due_dates(received_on, rule, to.holiday_country or to.code)
        sequence = (
            s.scalar(
                select(func.max(Request.sequence)).where(
                    Request.from_side_id == frm.id, Request.year == received_on.year
                )
            )
            or 0
        ) + 1
        req = Request(
            dialogue_id=dialogue_id,
            reference=format_reference(frm.code, received_on.year, sequence),
            year=received_on.year,
            sequence=sequence,
            from_side_id=frm.id,
            to_side_id=to.id,
            requesting_agency_id=req_agency.id if req_agency else None,
            responding_agency_id=resp_agency.id if resp_agency else None,
            kind=kind_word,
            subject=subject,
            description=check_text(description, "description"),
            subject_zh=check_line(subject_zh, "Chinese subject", 500),
            description_zh=check_text(description_zh, "Chinese description"),
            received_on=received_on,
            acknowledge_due_on=ack_due,
            response_due_on=response_due,
            original_response_due_on=response_due,
            paused_days=0,
            result="",
            result_shareable=False,
            status=RequestStatus.OPEN.value,
            close_reason="",
        )
        s.add(req)
        tx.audit(
            "request.add", req, summary=f"{req.reference} logged, response due {response_due.isoformat()}"
        )
        return request_record(s, req)


#: What an edit may change, in the stored column names (the conflict dialog compares those).
EDITABLE_FIELDS = (
    "kind",
    "subject",
    "description",
    "requesting_agency_id",
    "responding_agency_id",
    "subject_zh",
    "description_zh",
)
#: Fixed once logged, and why (the edit refuses them with this).
FIXED_FIELDS = {
    "reference": ("reference", "it is quoted in both sides' correspondence"),
    "received_on": ("received date", "the due dates are counted from it"),
    "from_side_id": ("requesting side", "the reference is numbered by it"),
    "to_side_id": ("responding side", "the due dates follow its working days"),
}


def _agency_for(session: Session, side: Side, agency_id, what: str) -> int | None:
    """The id of an agency of ``side``, None for none; refused when it is of another side or unknown."""
    if agency_id in (None, ""):
        return None
    agency = session.get(Agency, int(agency_id))
    if agency is None:
        raise ValidationError(msg("The {what} agency no longer exists: choose another one.", what=what))
    if agency.side_id != side.id:
        raise ValidationError(
            msg(
                "{acronym} is not an agency of side {code}: the {what} agency must be.",
                acronym=agency.acronym,
                code=side.code,
                what=what,
            )
        )
    return agency.id


def agency_id_on_side(ctx: ServiceContext, side: str, acronym: str | None) -> int | None:
    """The id of side ``side``'s agency named as a new request names it (acronym or SIDE:ACRONYM, any case);
    None for an empty name. For an edit that names agencies rather than picks them (``edit_request``)."""
    with ctx.read() as s:
        agency = agency_on_side(s, side_by_code(s, side), acronym)
        return agency.id if agency is not None else None


def edit_request(
    ctx: ServiceContext, reference: str, changes: Mapping[str, object], *, expected_version: int | None = None
) -> RequestRecord:
    """Correct what was logged: kind, subject, description, requesting and responding agency.

    ``changes`` holds only the fields to change (the names of EDITABLE_FIELDS). The reference, the sides
    and the received date stay as logged (FIXED_FIELDS says why). A new kind sets the due dates again from
    the received date, by the dialogue's standard for that kind. Nothing changed: nothing is written.
    """
    fixed = [name for name in changes if name in FIXED_FIELDS]
    if fixed:
        what, why = FIXED_FIELDS[fixed[0]]
        raise ValidationError(msg("The {what} of a request cannot be changed: {why}.", what=what, why=why))
    unknown = sorted(set(changes) - set(EDITABLE_FIELDS))
    if unknown:
        raise ValidationError(
            msg("A request has no field {unknown} that can be edited.", unknown=", ".join(unknown))
        )
    dialogue_id = ctx.require_dialogue()
    with ctx.write(Role.SECRETARIAT) as tx:
        s = tx.session
        r = request_by_reference(s, reference)
        if expected_version is not None:
            tx.get(Request, r.id, expected_version=expected_version, what="request")
        new = {}  # every value checked before any is set: one flush, one version
        if "kind" in changes:
            new["kind"] = RequestKind.parse(str(changes["kind"] or ""), "request kind").value
        if "subject" in changes:
            new["subject"] = clean_subject(str(changes["subject"] or ""))
        if "description" in changes:
            new["description"] = check_text(str(changes["description"] or ""), "description")
        if "subject_zh" in changes:
            new["subject_zh"] = check_line(str(changes["subject_zh"] or ""), "Chinese subject", 500)
        if "description_zh" in changes:
            new["description_zh"] = check_text(str(changes["description_zh"] or ""), "Chinese description")
        if "requesting_agency_id" in changes:
            new["requesting_agency_id"] = _agency_for(
                s, s.get_one(Side, r.from_side_id), changes["requesting_agency_id"], "requesting"
            )
        if "responding_agency_id" in changes:
            new["responding_agency_id"] = _agency_for(
                s, s.get_one(Side, r.to_side_id), changes["responding_agency_id"], "responding"
            )
        new = {name: value for name, value in new.items() if getattr(r, name) != value}
        if not new:
            return request_record(s, r)
        if "kind" in new:
            to = s.get_one(Side, r.to_side_id)
            new["acknowledge_due_on"], original = due_dates(
                r.received_on, timeliness_rule(s, dialogue_id, new["kind"]), to.holiday_country or to.code
            )
            new["original_response_due_on"] = original
            new["response_due_on"] = run_clock(original, _clock_events(s, r.id)).response_due_on
        before = snapshot(r)
        for name, value in new.items():
            setattr(r, name, value)
        summary = (
            f"{r.reference}: {', '.join(n for n in EDITABLE_FIELDS if n in new).replace('_id', '')} corrected"
        )
        if r.response_due_on.isoformat() != before["response_due_on"]:
            summary += f"; response now due {r.response_due_on.isoformat()}"
        tx.audit("request.edit", r, before, summary=summary)
        return request_record(s, r)


def _clock_updates(session: Session, request_id: int) -> list[RequestUpdate]:
    return list(
        session.scalars(
            select(RequestUpdate)
            .where(RequestUpdate.request_id == request_id, RequestUpdate.kind.in_(sorted(CLOCK_KINDS)))
            .order_by(RequestUpdate.on, RequestUpdate.id)
        )
    )


def _clock_events(session: Session, request_id: int) -> list[ClockEvent]:
    return [ClockEvent(u.kind, u.on, u.new_due_on) for u in _clock_updates(session, request_id)]


def _state(r: Request, session: Session | None = None) -> RequestState:
    last_clock_on = None
    if session is not None:
        events = _clock_events(session, r.id)
        last_clock_on = events[-1].on if events else None
    return RequestState(
        reference=r.reference,
        status=r.status,
        received_on=r.received_on,
        acknowledged_on=r.acknowledged_on,
        first_response_on=r.first_response_on,
        latest_quality=r.latest_quality,
        response_due_on=r.response_due_on,
        paused_since=r.paused_since,
        last_clock_on=last_clock_on,
    )


def _set_clock(session: Session, r: Request) -> None:
    """The request's clock columns from its history (the entries just added included)."""
    session.flush()
    clock = run_clock(r.original_response_due_on or r.response_due_on, _clock_events(session, r.id))
    r.response_due_on = clock.response_due_on
    r.paused_days = clock.paused_days
    r.paused_since = clock.paused_since
    r.extended_until = clock.extended_until


def _add_clock_entry(tx, r: Request, event: ClockEvent, note: str, action: str, summary: str) -> None:
    before = snapshot(r)
    update = RequestUpdate(
        request_id=r.id,
        kind=event.kind,
        on=event.on,
        new_due_on=event.new_due_on,
        note=note,
        author=tx.ctx.user.login,
    )
    tx.session.add(update)
    _set_clock(tx.session, r)
    tx.audit(action, r, before, summary=summary)
    tx.audit("request_update.add", update, summary=summary)


def _end_pause_for(tx, r: Request, on: date, what: str) -> None:
    """A response, a close or a withdrawal ends a running pause on its date (the clock stops anyway)."""
    if r.paused_since is None:
        return
    if on < r.paused_since:
        raise ValidationError(
            msg(
                "The {what} date {on} is before the pause of {reference} began ({paused_since}); resume it first.",
                what=what,
                on=on.isoformat(),
                reference=r.reference,
                paused_since=r.paused_since.isoformat(),
            )
        )
    _add_clock_entry(
        tx,
        r,
        ClockEvent("resumed", on),
        f"The clock resumed with the {what}.",
        "request.resume",
        f"{r.reference}: clock resumed on {on.isoformat()} ({what})",
    )


def _chinese_beside(english: str, chinese: str, what: str) -> str:
    """A text's Chinese as stored (checked like any text); refused without its English."""
    chinese = check_text(chinese, what)
    if chinese and not (english or "").strip():
        raise ValidationError(msg("The {what} needs its English beside it.", what=what))
    return chinese


def _apply(
    tx,
    r: Request,
    change: Change,
    *,
    on: date,
    quality: str | None,
    action: str,
    rated_by: str = "",
    quality_reason: str = "",
    note_zh: str = "",
) -> None:
    before = snapshot(r)
    r.status = change.status
    r.acknowledged_on = change.acknowledged_on
    r.first_response_on = change.first_response_on
    r.latest_quality = change.latest_quality
    if change.update_kind in ("closed", "withdrawn"):
        r.closed_on, r.close_reason = change.closed_on, change.close_reason
    elif change.update_kind == "reopened":
        r.closed_on, r.close_reason = None, ""
    update = RequestUpdate(
        request_id=r.id,
        kind=change.update_kind,
        on=on,
        quality=quality,
        status=change.update_status,
        note=change.note,
        note_zh=note_zh,
        author=tx.ctx.user.login,
        rated_by=rated_by,
        quality_reason=quality_reason,
    )
    tx.session.add(update)
    tx.audit(action, r, before, summary=f"{r.reference}: {change.update_kind} on {on.isoformat()}")
    tx.audit("request_update.add", update, summary=f"{r.reference}: {change.update_kind} on {on.isoformat()}")


def respond(
    ctx: ServiceContext,
    reference: str,
    *,
    on: date,
    quality: str,
    note: str = "",
    rated_by: str | None = None,
    quality_reason: str = "",
    expected_version: int | None = None,
    today: date | None = None,
) -> RequestRecord:
    """Record a response and its quality (the first response dates the request's timeliness), with who
    rated the quality (default: the acting user) and why. A response ends a running pause on its date."""
    today = today or date.today()
    rater = check_line(rated_by if rated_by is not None else ctx.user.login, "name of who rated it", 120)
    if not rater:
        raise ValidationError(msg("Say who rated the response's quality."))
    reason = check_text(quality_reason, "reason for the quality")
    with ctx.write(Role.SECRETARIAT) as tx:
        r = request_by_reference(tx.session, reference)
        if expected_version is not None:
            tx.get(Request, r.id, expected_version=expected_version, what="request")
        change = record_response(_state(r), on=on, quality=quality, note=note, today=today)
        if r.first_response_on is None:
            _end_pause_for(tx, r, on, "response")
        _apply(
            tx,
            r,
            change,
            on=on,
            quality=ResponseQuality.parse(quality, "response quality").value,
            action="request.respond",
            rated_by=rater,
            quality_reason=reason,
        )
        return request_record(tx.session, r)


def update_status(
    ctx: ServiceContext,
    reference: str,
    *,
    status: str,
    on: date | None = None,
    note: str = "",
    expected_version: int | None = None,
    today: date | None = None,
    note_zh: str = "",
) -> RequestRecord:
    """Acknowledge, close or withdraw (with a reason), reopen, or report progress on the investigation;
    ``note_zh`` is the note's Chinese (the Chinese pack prints a progress report's)."""
    today = today or date.today()
    on = on or today
    note_zh = _chinese_beside(note, note_zh, "Chinese note")
    with ctx.write(Role.SECRETARIAT) as tx:
        r = request_by_reference(tx.session, reference)
        if expected_version is not None:
            tx.get(Request, r.id, expected_version=expected_version, what="request")
        change = record_status(_state(r), status=status, on=on, note=note, today=today)
        if change.update_kind in FINAL_STATUSES:
            _end_pause_for(tx, r, on, "closing" if change.update_kind == "closed" else "withdrawal")
        _apply(tx, r, change, on=on, quality=None, action="request.status", note_zh=note_zh)
        return request_record(tx.session, r)


def pause_clock(
    ctx: ServiceContext,
    reference: str,
    *,
    reason: str,
    on: date | None = None,
    expected_version: int | None = None,
    today: date | None = None,
) -> RequestRecord:
    """Pause the request's clock from ``on`` (default today), e.g. while the requesting side is asked for
    clarification: the paused days do not count toward its due date or lateness."""
    today = today or date.today()
    on = on or today
    return _clock_change(
        ctx,
        reference,
        expected_version,
        "request.pause",
        lambda state: check_pause(state, on=on, reason=reason, today=today),
        lambda r: msg("{reference}: clock paused on {on}", reference=r.reference, on=on.isoformat()),
    )


def resume_clock(
    ctx: ServiceContext,
    reference: str,
    *,
    on: date | None = None,
    note: str = "",
    expected_version: int | None = None,
    today: date | None = None,
) -> RequestRecord:
    """End the running pause on ``on`` (default today): the due date moves by the days paused."""
    today = today or date.today()
    on = on or today
    return _clock_change(
        ctx,
        reference,
        expected_version,
        "request.resume",
        lambda state: check_resume(state, on=on, note=note, today=today),
        lambda r: msg("{reference}: clock resumed on {on}", reference=r.reference, on=on.isoformat()),
    )


def extend_due(
    ctx: ServiceContext,
    reference: str,
    *,
    until: date,
    reason: str,
    on: date | None = None,
    expected_version: int | None = None,
    today: date | None = None,
) -> RequestRecord:
    """An extension agreed on ``on`` (default today): the response is due on ``until``; the due date fixed
    on arrival is kept, and the report counts answers on time only under the extension apart."""
    today = today or date.today()
    on = on or today
    return _clock_change(
        ctx,
        reference,
        expected_version,
        "request.extend",
        lambda state: check_extension(state, until=until, reason=reason, on=on, today=today),
        lambda r: msg(
            "{reference}: due date extended from {old} to {until}",
            reference=r.reference,
            old=r.response_due_on.isoformat(),
            until=until.isoformat(),
        ),
    )


def _clock_change(
    ctx: ServiceContext,
    reference: str,
    expected_version: int | None,
    action: str,
    check: Callable,
    summary: Callable[[Request], str],
) -> RequestRecord:
    """One change of a request's clock (pause, resume, extension): ``check`` turns the request's state into
    the history entry and its note, or refuses; the entry and its audit line (``summary``, read before the
    entry moves the due date) are written in one transaction."""
    with ctx.write(Role.SECRETARIAT) as tx:
        r = request_by_reference(tx.session, reference)
        if expected_version is not None:
            tx.get(Request, r.id, expected_version=expected_version, what="request")
        event, note = check(_state(r, tx.session))
        _add_clock_entry(tx, r, event, note, action, summary(r))
        return request_record(tx.session, r)


def set_result(
    ctx: ServiceContext,
    reference: str,
    *,
    text: str | None = None,
    shareable: bool | None = None,
    on: date | None = None,
    expected_version: int | None = None,
    today: date | None = None,
    text_zh: str | None = None,
) -> RequestRecord:
    """Record the result of the investigation (outcome, arrests, evidence delivered, mitigation done), its
    Chinese, and whether the other side may see it; None keeps a value (a result cleared clears its Chinese
    unless that is given). Each change is an entry of the history."""
    today = today or date.today()
    on = on or today
    if text is None and shareable is None and text_zh is None:
        raise ValidationError(msg("Give the result, or say whether it may be shared with the other side."))
    new_text = None if text is None else check_result(text)
    new_zh = None if text_zh is None else check_text(text_zh, "Chinese result")
    with ctx.write(Role.SECRETARIAT) as tx:
        r = request_by_reference(tx.session, reference)
        if expected_version is not None:
            tx.get(Request, r.id, expected_version=expected_version, what="request")
        check_optional_day(on, "result date")
        if on < r.received_on:
            raise ValidationError(
                msg(
                    "The result date {on} is before the request was received ({received_on}).",
                    on=on.isoformat(),
                    received_on=r.received_on.isoformat(),
                )
            )
        if on > today:
            raise ValidationError(msg("The result date {on} is in the future.", on=on.isoformat()))
        text_now = r.result if new_text is None else new_text
        zh_now = new_zh if new_zh is not None else ("" if new_text == "" else (r.result_zh or ""))
        zh_now = _chinese_beside(text_now, zh_now, "Chinese result")
        shareable_now = bool(r.result_shareable) if shareable is None else bool(shareable)
        if (text_now, zh_now, shareable_now) == (r.result or "", r.result_zh or "", bool(r.result_shareable)):
            return request_record(tx.session, r)
        if shareable_now and not text_now:
            raise ValidationError(msg("{reference} has no result to share yet.", reference=r.reference))
        before = snapshot(r)
        r.result, r.result_zh, r.result_shareable = text_now, zh_now, shareable_now
        update = RequestUpdate(
            request_id=r.id,
            kind="result",
            on=on,
            status="shareable" if shareable_now else "not shareable",
            note=text_now,
            note_zh=zh_now,
            author=tx.ctx.user.login,
        )
        tx.session.add(update)
        summary = f"{r.reference}: result recorded ({'shareable' if shareable_now else 'not shareable'})"
        tx.audit("request.result", r, before, summary=summary)
        tx.audit("request_update.add", update, summary=summary)
        return request_record(tx.session, r)


# -- reading -----------------------------------------------------------------------------------------
def get_request(ctx: ServiceContext, reference: str) -> RequestDetail:
    """A request with its history, oldest first, and the escalations about it."""
    with ctx.read() as s:
        r = request_by_reference(s, reference)
        history = tuple(
            RequestUpdateRecord(
                id=u.id,
                kind=u.kind,
                on=u.on,
                quality=u.quality,
                status=u.status,
                note=u.note or "",
                author=u.author or "",
                created_at=u.created_at,
                new_due_on=u.new_due_on,
                rated_by=u.rated_by or "",
                quality_reason=u.quality_reason or "",
                note_zh=u.note_zh or "",
            )
            for u in s.scalars(
                select(RequestUpdate)
                .where(RequestUpdate.request_id == r.id)
                .order_by(RequestUpdate.on, RequestUpdate.id)
            )
        )
        escalations = tuple(
            s.scalars(
                select(Escalation.reference)
                .join(escalation_request, escalation_request.c.escalation_id == Escalation.id)
                .where(escalation_request.c.request_id == r.id)
                .order_by(Escalation.raised_at)
            )
        )
        record = request_record(s, r)
        pauses, extensions = clock_history(
            record.original_response_due_on or record.response_due_on,
            ((h.kind, h.on, h.new_due_on, h.note) for h in history if h.kind in CLOCK_KINDS),
        )
        return RequestDetail(record, history, escalations, pauses, extensions)


def investigation_reports(ctx: ServiceContext, *, start: date, end: date) -> list[InvestigationReport]:
    """The requests whose investigation was reported on from ``start`` to ``end``: a progress report, or
    a result recorded (and not cleared since), by reference."""
    check_optional_day(start, "first day of the period")
    check_optional_day(end, "last day of the period")
    dialogue_id = ctx.require_dialogue()
    with ctx.read() as s:
        entries = s.execute(
            select(
                RequestUpdate.request_id,
                RequestUpdate.kind,
                RequestUpdate.on,
                RequestUpdate.note,
                RequestUpdate.note_zh,
            )
            .join(Request, Request.id == RequestUpdate.request_id)
            .where(
                Request.dialogue_id == dialogue_id,
                RequestUpdate.on >= start,
                RequestUpdate.on <= end,
                RequestUpdate.kind.in_(("status", "result")),  # "status": a progress report
            )
            .order_by(RequestUpdate.on, RequestUpdate.id)
        ).all()
        progress: dict[int, list[tuple[date, str, str]]] = {}
        with_result: set[int] = set()
        for request_id, kind, on, note, note_zh in entries:
            progress.setdefault(request_id, [])
            if kind == "result":
                with_result.add(request_id)
            elif note:
                progress[request_id].append((on, note, note_zh or ""))
        codes = dict(s.execute(select(Side.id, Side.code)).all())
        out = []
        for r in s.scalars(select(Request).where(Request.id.in_(sorted(progress)))):
            result = (r.result or "") if r.id in with_result else ""
            reports = progress[r.id]
            if not progress[r.id] and not result:
                continue
            out.append(
                InvestigationReport(
                    r.reference,
                    codes[r.from_side_id],
                    codes[r.to_side_id],
                    r.subject,
                    r.subject_zh or "",
                    tuple((on, note) for on, note, _zh in reports),
                    result,
                    bool(r.result_shareable) and bool(result),
                    tuple(zh for _on, _note, zh in reports),
                    (r.result_zh or "") if result else "",
                )
            )
        return sorted(out, key=lambda i: i.reference)


FETCH_CHUNK = 2_000


def _fetch_chunks(session: Session, query) -> Iterator[Sequence[Any]]:
    """Run a select straight on the DB-API cursor: 100,000 rows without SQLAlchemy's per-value processing
    (dates then arrive as ISO text on SQLite, as dates on PostgreSQL). Parameters are rendered into the SQL,
    so only our own integers, dates and vocabulary words may be used in ``query``, never a user's text.

    In chunks: psycopg converts the rows of one fetch in one C call that keeps the interpreter lock
    (100,000 rows: 50-150 ms with the GUI thread waiting); between chunks other threads run, and a caller
    that converts each chunk as it comes never holds every raw row at once (issue 19: peak memory)."""
    connection = session.connection()
    sql = str(query.compile(dialect=connection.dialect, compile_kwargs={"literal_binds": True}))
    cursor = connection.connection.cursor()
    try:
        cursor.execute(sql)
        while chunk := cursor.fetchmany(FETCH_CHUNK):
            yield chunk
    finally:
        cursor.close()


def _fetch_raw(session: Session, query) -> list[tuple]:
    return [row for chunk in _fetch_chunks(session, query) for row in chunk]


class _Days:
    """Dates as the driver gave them (ISO text on SQLite, dates on PostgreSQL) made into one shared ``date``
    per distinct day: twenty years hold about 7,000 days, and 100,000 rows of four dates each would
    otherwise keep 400,000 date objects. Words of the vocabulary (kind, status, quality) are shared the
    same way (``word``)."""

    def __init__(self) -> None:
        self._days: dict = {}
        self._words: dict = {}

    def __call__(self, value):
        if value is None:
            return None
        day = self._days.get(value)
        if day is None:
            day = self._days[value] = date.fromisoformat(value) if isinstance(value, str) else value
        return day

    def word(self, value):
        return self._words.setdefault(value, value)


def list_request_rows(
    ctx: ServiceContext,
    *,
    side: str | None = None,
    overdue_as_of: date | None = None,
    pending_only: bool = False,
    newest: int | None = None,
) -> list[RequestRow]:
    """The request list as compact rows, oldest first: one query, no ORM objects (fast for 100,000).

    ``pending_only`` keeps the requests still waiting (open or acknowledged); only those can be overdue,
    so both filters are applied in SQL (the overview and the briefing pack then read a few hundred rows,
    not every request of twenty years). ``newest``: only that many, the most recently received (the
    screenful the Requests page shows while the rest load)."""
    check_optional_day(overdue_as_of, "date to measure overdue on")
    dialogue_id = ctx.require_dialogue()
    query = (
        select(
            Request.id,
            Request.reference,
            Request.from_side_id,
            Request.to_side_id,
            Request.kind,
            Request.subject,
            Request.received_on,
            Request.response_due_on,
            Request.first_response_on,
            Request.latest_quality,
            Request.status,
            Request.requesting_agency_id,
            Request.responding_agency_id,
            Request.paused_since,
            Request.subject_zh,
        )
        .where(Request.dialogue_id == int(dialogue_id))
        .order_by(Request.received_on, Request.id)
    )
    if newest is not None:
        query = query.order_by(None).order_by(Request.received_on.desc(), Request.id.desc()).limit(newest)
    if pending_only or overdue_as_of is not None:
        query = query.where(Request.status.in_(sorted(PENDING_STATUSES)))
    if overdue_as_of is not None:
        # Of the requests still waiting, nearly all have no response yet: said so, SQLite reaches the few
        # hundred waiting through the status index instead of the 20,000 unanswered of twenty years
        # through the response's (the Overview's overdue card on the archive, 55 -> 1 ms).
        query = query.where(likely(Request.first_response_on.is_(None)))
    with ctx.read() as s:
        if side:
            query = query.where(Request.to_side_id == int(side_by_code(s, side).id))
        codes = dict(s.execute(select(Side.id, Side.code)).all())
        acronyms = dict(s.execute(select(Agency.id, Agency.acronym)).all())
        day = _Days()
        word = day.word
        no_agency = ""
        rows = [
            RequestRow(
                rid,
                ref,
                codes[frm],
                codes[to],
                word(kind),
                subject,
                day(received),
                day(due),
                day(responded),
                word(quality),
                word(status),
                acronyms.get(req_agency, no_agency),
                acronyms.get(resp_agency, no_agency),
                day(paused),
                subject_zh or "",
            )
            for chunk in _fetch_chunks(s, query)
            for (
                rid,
                ref,
                frm,
                to,
                kind,
                subject,
                received,
                due,
                responded,
                quality,
                status,
                req_agency,
                resp_agency,
                paused,
                subject_zh,
            ) in chunk
        ]
    if newest is not None:
        rows.reverse()
    if overdue_as_of is not None:
        rows = [r for r in rows if r.overdue(overdue_as_of)]
    return rows


def request_facts(ctx: ServiceContext) -> list[RequestFacts]:
    """What the timeliness figures need of every request of the dialogue, in one query."""
    return [RequestFacts(*f) for f in _fact_rows(ctx)]


def _fact_rows(ctx: ServiceContext) -> list[tuple]:
    """Plain tuples in the field order of RequestFacts, with dates."""
    dialogue_id = ctx.require_dialogue()
    query = select(
        Request.to_side_id,
        Request.received_on,
        Request.acknowledge_due_on,
        Request.acknowledged_on,
        Request.response_due_on,
        Request.first_response_on,
        Request.latest_quality,
        Request.status,
        Request.closed_on,
        Request.paused_since,
        Request.original_response_due_on,
        Request.extended_until,
        Request.paused_days,
    ).where(Request.dialogue_id == int(dialogue_id))
    with ctx.read() as s:
        codes = dict(s.execute(select(Side.id, Side.code)).all())
        raw = _fetch_raw(s, query)
    day = _Days()
    return [
        (
            codes[to],
            day(received),
            day(ack_due),
            day(acked) if acked is not None else None,
            day(due),
            day(responded) if responded is not None else None,
            quality,
            status,
            day(closed) if closed is not None else None,
            day(paused) if paused is not None else None,
            day(original) if original is not None else None,
            day(extended) if extended is not None else None,
            paused_days or 0,
        )
        for (
            to,
            received,
            ack_due,
            acked,
            due,
            responded,
            quality,
            status,
            closed,
            paused,
            original,
            extended,
            paused_days,
        ) in raw
    ]


@dataclass(frozen=True)
class TimelinessReport:
    """The figures per responding side over a period, as of a date; ``meeting`` when measured for one."""

    start: date
    end: date
    as_of: date
    by_side: dict[str, SideTimeliness]
    meeting: int | None = None


def _meeting_day(m: Meeting) -> date:
    return m.actual_start or m.planned_start


def report_period(
    ctx: ServiceContext,
    *,
    start: date | None = None,
    end: date | None = None,
    as_of: date | None = None,
    meeting: int | None = None,
    today: date | None = None,
) -> tuple[date, date, date]:
    """The period and date a report measures; explicit dates win over these defaults.

    For a meeting: from the previous held meeting's day to the day before the meeting, as of that day (or
    today, if earlier), so a past meeting's figures read as its briefing did. Otherwise: from the last held
    meeting up to today (or ``as_of``), as of today.
    """
    today = today or date.today()
    check_optional_day(start, "first day of the period")
    check_optional_day(end, "last day of the period")
    check_optional_day(as_of, "date to measure on")
    if meeting is not None:
        check_record_number(meeting, "meeting number")
    dialogue_id = ctx.require_dialogue()
    with ctx.read() as s:
        held_days = [
            _meeting_day(h)
            for h in s.scalars(
                select(Meeting).where(
                    Meeting.dialogue_id == dialogue_id, Meeting.status == MeetingStatus.HELD.value
                )
            )
        ]
        established = s.get_one(Dialogue, dialogue_id).established_on
        if meeting is not None:
            day = _meeting_day(meeting_by_number(s, dialogue_id, meeting))
            default_start = max([d for d in held_days if d < day], default=established)
            default_end = day - timedelta(days=1)
        else:
            anchor = as_of or today
            default_start = max([d for d in held_days if d <= anchor], default=established)
            default_end = anchor
    start = start or default_start
    end = end or default_end
    if as_of is None:
        as_of = min(today, end) if meeting is not None else today
    if start > end:
        raise ValidationError(
            msg(
                "The period starts ({start}) after it ends ({end}).",
                start=start.isoformat(),
                end=end.isoformat(),
            )
        )
    return start, end, as_of


def timeliness_report(
    ctx: ServiceContext,
    *,
    start: date | None = None,
    end: date | None = None,
    as_of: date | None = None,
    meeting: int | None = None,
    today: date | None = None,
) -> TimelinessReport:
    start, end, as_of = report_period(ctx, start=start, end=end, as_of=as_of, meeting=meeting, today=today)
    with ctx.read() as s:
        sides = dialogue_side_codes(s, ctx.require_dialogue())
        figures = count_timeliness(s, ctx.require_dialogue(), start=start, end=end, as_of=as_of, sides=sides)
    return TimelinessReport(start, end, as_of, figures, meeting)


@dataclass(frozen=True)
class OverdueSummary:
    """For the Overview card: overdue requests per responding side and the most overdue ones."""

    as_of: date
    by_side: dict[str, int]
    oldest: tuple[RequestRow, ...]


def overdue_summary(ctx: ServiceContext, *, as_of: date | None = None, limit: int = 5) -> OverdueSummary:
    as_of = as_of or date.today()
    rows = list_request_rows(ctx, overdue_as_of=as_of)
    with ctx.read() as s:
        by_side = {code: 0 for code in dialogue_side_codes(s, ctx.require_dialogue())}
    for row in rows:
        by_side[row.to_side] = by_side.get(row.to_side, 0) + 1
    oldest = sorted(rows, key=lambda r: (r.response_due_on, r.id))[:limit]
    return OverdueSummary(as_of, by_side, tuple(oldest))


# -- timeliness standards ------------------------------------------------------------------------------
@dataclass(frozen=True)
class StandardRecord:
    kind: str
    acknowledge_days: int
    response_days: int
    day_basis: str
    configured: bool
    version: int = 0


def list_standards(ctx: ServiceContext) -> list[StandardRecord]:
    """The standard of every request kind; kinds the dialogue has not configured use the default."""
    from dialogue_planner.domain.vocabulary import RequestKind

    dialogue_id = ctx.require_dialogue()
    with ctx.read() as s:
        stored = {
            t.kind: t
            for t in s.scalars(
                select(TimelinessStandard).where(TimelinessStandard.dialogue_id == dialogue_id)
            )
        }
        out = []
        for kind in RequestKind.values():
            t = stored.get(kind)
            out.append(
                StandardRecord(kind, t.acknowledge_days, t.response_days, t.day_basis, True, t.version)
                if t
                else StandardRecord(
                    kind,
                    DEFAULT_RULE.acknowledge_days,
                    DEFAULT_RULE.response_days,
                    DEFAULT_RULE.day_basis,
                    False,
                )
            )
        return out


def set_standard(
    ctx: ServiceContext,
    kind: str,
    *,
    acknowledge_days: int | None = None,
    response_days: int | None = None,
    day_basis: str | None = None,
) -> StandardRecord:
    """Change the days allowed for one kind. Requests already logged keep the due dates they were given."""
    return set_standards(
        ctx, {kind: dict(acknowledge_days=acknowledge_days, response_days=response_days, day_basis=day_basis)}
    )[0]


def set_standards(ctx: ServiceContext, changes: dict[str, dict]) -> list[StandardRecord]:
    """Change the standards of several kinds at once, all or none: ``changes`` maps a kind to the values
    to change (``acknowledge_days``, ``response_days``, ``day_basis``; None or absent keeps a value)."""
    from dialogue_planner.domain.vocabulary import DayBasis, RequestKind

    dialogue_id = ctx.require_dialogue()
    kinds = {kind: RequestKind.parse(kind, "request kind").value for kind in changes}
    saved = []
    with ctx.write(Role.SECRETARIAT) as tx:
        s = tx.session
        for kind, values in changes.items():
            kind_word = kinds[kind]
            t = s.scalar(
                select(TimelinessStandard).where(
                    TimelinessStandard.dialogue_id == dialogue_id, TimelinessStandard.kind == kind_word
                )
            )
            # The stored values as they are, unchecked: a standard stored out of range must stay repairable.
            current = (
                (t.acknowledge_days, t.response_days, t.day_basis)
                if t
                else (DEFAULT_RULE.acknowledge_days, DEFAULT_RULE.response_days, DEFAULT_RULE.day_basis)
            )
            acknowledge_days, response_days, day_basis = (
                values.get(name) for name in ("acknowledge_days", "response_days", "day_basis")
            )
            try:
                rule = TimelinessRule(
                    current[0] if acknowledge_days is None else acknowledge_days,
                    current[1] if response_days is None else response_days,
                    current[2] if day_basis is None else DayBasis.parse(day_basis, "day basis").value,
                )
            except ValidationError as exc:
                raise ValidationError(
                    msg("Requests for {kind_word}: {exc}", kind_word=kind_word, exc=exc)
                ) from None
            before = snapshot(t) if t else None
            if t is None:
                t = TimelinessStandard(dialogue_id=dialogue_id, kind=kind_word)
                s.add(t)
            t.acknowledge_days, t.response_days, t.day_basis = (
                rule.acknowledge_days,
                rule.response_days,
                rule.day_basis,
            )
            tx.audit("timeliness_standard.set", t, before)
            saved.append(t)
        s.flush()
        return [
            StandardRecord(t.kind, t.acknowledge_days, t.response_days, t.day_basis, True, t.version)
            for t in saved
        ]
