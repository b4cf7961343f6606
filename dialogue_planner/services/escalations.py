"""Hotline escalations: log them (UTC), link the requests they are about, resolve them, put them on the agenda."""

from __future__ import annotations

from datetime import datetime, timezone
from sys import intern

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from dialogue_planner.domain.errors import ValidationError
from dialogue_planner.domain.escalations import (
    AgendaPlace,
    EscalationRecord,
    check_new_escalation,
    check_not_on_agenda,
    check_resolution_time,
    check_status_change,
    format_reference,
    parse_instant,
    parse_reference,
    shown_time,
)
from dialogue_planner.domain.hotline import check_acknowledgement_time
from dialogue_planner.domain.limits import check_instant, check_line, check_text
from dialogue_planner.domain.messages import msg
from dialogue_planner.domain.vocabulary import AgendaSource, EscalationStatus, Role
from dialogue_planner.storage.models import (
    Agency,
    AgendaItem,
    Escalation,
    Meeting,
    Request,
    Side,
    agenda_item_escalation,
    escalation_request,
    utcnow,
)

from .agenda import new_item
from .context import ServiceContext, Transaction, snapshot
from .lookup import (
    agency_on_side,
    escalation_by_reference,
    next_open_meeting_from,
    request_by_reference,
    side_by_code,
)
from .requests import dialogue_side_codes


def _sequence_of(reference: str) -> int:
    """The number of a stored reference; 0 for one written some other way (it then never blocks a number)."""
    try:
        return parse_reference(reference)[1]
    except ValidationError:
        return 0


_COLUMNS = (
    Escalation.id,
    Escalation.reference,
    Escalation.raised_at,
    Escalation.raised_by_side_id,
    Escalation.raised_by_agency_id,
    Escalation.severity,
    Escalation.summary,
    Escalation.details,
    Escalation.status,
    Escalation.resolution,
    Escalation.resolved_at,
    Escalation.version,
    Escalation.acknowledged_at,
    Escalation.acknowledged_by,
    Escalation.summary_zh,
    Escalation.details_zh,
    Escalation.resolution_zh,
)
_NEWEST_FIRST = (Escalation.raised_at.desc(), Escalation.id.desc())


def _load(s: Session, *where) -> list[EscalationRecord]:
    """Records of the escalations matching ``where``, newest first, with their requests and agenda items:
    three queries whatever the count (twenty years of hotline calls are 20,000 rows), no ORM objects. The
    escalations themselves are read last and made into records as they come, never held as rows too."""
    sides = {x.id: (x.code, x.time_zone) for x in s.scalars(select(Side))}
    acronym: dict[int | None, str] = dict(s.execute(select(Agency.id, Agency.acronym)).all())
    refs: dict[int, list[str]] = {}
    for esc_id, ref in s.execute(
        select(escalation_request.c.escalation_id, Request.reference)
        .join(Request, Request.id == escalation_request.c.request_id)
        .join(Escalation, Escalation.id == escalation_request.c.escalation_id)
        .where(*where)
        .order_by(Request.reference)
    ):
        refs.setdefault(esc_id, []).append(ref)
    items: dict[int, list[int]] = {}
    places: dict[int, list[AgendaPlace]] = {}
    for esc_id, item_id, number, position, item_status, meeting_status in s.execute(
        select(
            agenda_item_escalation.c.escalation_id,
            agenda_item_escalation.c.agenda_item_id,
            Meeting.number,
            AgendaItem.position,
            AgendaItem.status,
            Meeting.status,
        )
        .join(Escalation, Escalation.id == agenda_item_escalation.c.escalation_id)
        .join(AgendaItem, AgendaItem.id == agenda_item_escalation.c.agenda_item_id)
        .join(Meeting, Meeting.id == AgendaItem.meeting_id)
        .where(*where)
        .order_by(agenda_item_escalation.c.agenda_item_id)
    ):
        items.setdefault(esc_id, []).append(item_id)
        places.setdefault(esc_id, []).append(
            AgendaPlace(item_id, number, position, item_status, meeting_status)
        )
    no_agency = ""

    # One string per distinct text among the fields that repeat from call to call (a severity, a status,
    # a standard resolution or detail line), interned: twenty years of calls held 20,000 copies of each
    # (issue 19).
    def one(text: str | None) -> str:
        return intern(text) if text else ""

    rows = s.execute(
        select(*_COLUMNS).where(*where).order_by(*_NEWEST_FIRST),
        execution_options={"yield_per": 2_000},
    )
    return [
        EscalationRecord(
            id=ident,
            reference=reference,
            raised_at=raised_at,
            raised_by_side=sides[side_id][0],
            raised_by_agency=acronym.get(agency_id, no_agency),
            time_zone=sides[side_id][1],
            severity=one(severity),
            summary=summary,
            details=one(details),
            status=one(status),
            resolution=one(resolution),
            resolved_at=resolved_at,
            requests=tuple(refs.get(ident, ())),
            agenda_item_ids=tuple(items.get(ident, ())),
            version=version,
            agenda_places=tuple(
                sorted(places.get(ident, ()), key=lambda p: (p.meeting, p.position, p.item_id))
            ),
            acknowledged_at=acknowledged_at,
            acknowledged_by=one(acknowledged_by),
            summary_zh=one(summary_zh),
            details_zh=one(details_zh),
            resolution_zh=one(resolution_zh),
        )
        for (
            ident,
            reference,
            raised_at,
            side_id,
            agency_id,
            severity,
            summary,
            details,
            status,
            resolution,
            resolved_at,
            version,
            acknowledged_at,
            acknowledged_by,
            summary_zh,
            details_zh,
            resolution_zh,
        ) in rows
    ]


def _record(s: Session, esc: Escalation) -> EscalationRecord:
    s.flush()
    return _load(s, Escalation.id == esc.id)[0]


def _put_on_agenda(tx: Transaction, esc: Escalation, request_ids: list[int]) -> int:
    s = tx.session
    meeting = next_open_meeting_from(s, esc.dialogue_id, esc.raised_at.date())
    if meeting is None:
        raise ValidationError(
            msg("There is no open meeting to put the escalation on: plan the next meeting first.")
        )
    side = s.get(Side, esc.raised_by_side_id)
    agency = s.get(Agency, esc.raised_by_agency_id) if esc.raised_by_agency_id else None
    item = new_item(
        tx,
        meeting,
        title=f"Hotline escalation {esc.reference}: {esc.summary}",
        source=AgendaSource.ESCALATION.value,
        owner_side=side,
        owner_agency=agency,
        briefing_note=esc.details,
        request_ids=request_ids,
        escalation_ids=[esc.id],
    )
    return item.id


def add_escalation(
    ctx: ServiceContext,
    *,
    side: str,
    summary: str,
    at: str | datetime,
    about=(),
    severity: str = "medium",
    agency: str | None = None,
    details: str = "",
    to_agenda: bool = False,
    now: datetime | None = None,
    summary_zh: str = "",
    details_zh: str = "",
) -> EscalationRecord:
    """Log a hotline escalation. ``at`` without an offset is the raising side's local time; stored in UTC."""
    dialogue_id = ctx.require_dialogue()
    now = now or utcnow()
    with ctx.write(Role.SECRETARIAT) as tx:
        s = tx.session
        raising = side_by_code(s, side)
        if raising.code not in dialogue_side_codes(s, dialogue_id):
            raise ValidationError(msg("Side {code} is not a side of this dialogue.", code=raising.code))
        raised_at = (
            parse_instant(at, raising.time_zone)
            if isinstance(at, str)
            else check_instant(at, "escalation time")
        )
        if raised_at.tzinfo is None:
            raise ValidationError(msg("Give the escalation time with its time zone."))
        summary, severity_word = check_new_escalation(
            summary=summary, severity=severity, raised_at=raised_at, now=now
        )
        raising_agency = agency_on_side(s, raising, agency)
        requests = [request_by_reference(s, ref) for ref in dict.fromkeys(about)]
        year = raised_at.year
        taken = s.scalars(select(Escalation.reference).where(Escalation.reference.like(f"HL-{year:04d}-%")))
        sequence = max((_sequence_of(ref) for ref in taken), default=0) + 1
        esc = Escalation(
            dialogue_id=dialogue_id,
            reference=format_reference(year, sequence),
            raised_at=raised_at,
            raised_by_side_id=raising.id,
            raised_by_agency_id=raising_agency.id if raising_agency else None,
            severity=severity_word,
            summary=summary,
            details=check_text(details, "details"),
            summary_zh=check_line(summary_zh, "Chinese summary", 500),
            details_zh=check_text(details_zh, "Chinese details"),
            status=EscalationStatus.OPEN.value,
            resolution="",
        )
        s.add(esc)
        tx.audit(
            "escalation.add",
            esc,
            summary=f"{esc.reference} raised by {raising.code}"
            + (f" about {', '.join(r.reference for r in requests)}" if requests else ""),
        )
        for req in requests:  # each link audited after the escalation, so undoing removes the links first
            link = {"escalation_id": esc.id, "request_id": req.id}
            s.execute(insert(escalation_request).values(**link))
            tx.audit("escalation.link_request", entity=escalation_request.name, after=link)
        if to_agenda:
            _put_on_agenda(tx, esc, [r.id for r in requests])
        return _record(s, esc)


def list_escalations(
    ctx: ServiceContext,
    *,
    open_only: bool = False,
    raised_from: datetime | None = None,
    raised_before: datetime | None = None,
    newest: int | None = None,
) -> list[EscalationRecord]:
    """Escalations of the dialogue, newest first; ``raised_from``/``raised_before`` bound the instant raised
    (a briefing pack reads one review period, not twenty years of hotline calls); ``newest``: only that many,
    the most recently raised (the page's first screenful while the whole log loads)."""
    dialogue_id = ctx.require_dialogue()
    where = [Escalation.dialogue_id == dialogue_id]
    if raised_from is not None:
        where.append(Escalation.raised_at >= raised_from)
    if raised_before is not None:
        where.append(Escalation.raised_at < raised_before)
    if open_only:
        where.append(
            Escalation.status.in_([EscalationStatus.OPEN.value, EscalationStatus.ACKNOWLEDGED.value])
        )
    if newest is not None:
        # One bound for the three queries of _load: the escalations, their requests, their agenda places.
        where = [
            Escalation.id.in_(
                select(Escalation.id).where(*where).order_by(*_NEWEST_FIRST).limit(max(newest, 0))
            )
        ]
    with ctx.read() as s:
        return _load(s, *where)


def get_escalation(ctx: ServiceContext, reference: str) -> EscalationRecord:
    with ctx.read() as s:
        return _record(s, escalation_by_reference(s, reference))


def set_escalation_status(
    ctx: ServiceContext,
    reference: str,
    status: str,
    *,
    resolution: str = "",
    resolution_zh: str | None = None,
    at: str | datetime | None = None,
    by: str = "",
    expected_version: int | None = None,
    now: datetime | None = None,
) -> EscalationRecord:
    """Acknowledge, resolve or close an escalation (resolving and closing need the resolution).

    ``at`` is when it was resolved (default ``now``); without an offset it is the raising side's local
    time. It is never before the escalation was raised (or acknowledged), nor in the future. Closing an
    escalation resolved earlier keeps its resolution time. Acknowledging takes ``at`` and ``by`` as
    :func:`acknowledge_escalation` does; reopening keeps a recorded acknowledgement (the escalation is then
    open as "acknowledged")."""
    now = now or utcnow()
    with ctx.write(Role.SECRETARIAT) as tx:
        s = tx.session
        esc = escalation_by_reference(s, reference)
        if expected_version is not None:
            tx.get(Escalation, esc.id, expected_version=expected_version, what="escalation")
        resolution = check_text(resolution, "resolution")
        word = check_status_change(esc.status, status, resolution or esc.resolution)
        before = snapshot(esc)
        if word == EscalationStatus.ACKNOWLEDGED.value:
            if esc.status in (EscalationStatus.RESOLVED.value, EscalationStatus.CLOSED.value):
                esc.resolved_at = None  # reopened: open again, as acknowledged
            if esc.acknowledged_at is None:
                _acknowledge(s, esc, at, by, now)
            esc.status = word
            tx.audit(f"escalation.{word}", esc, before)
            return _record(s, esc)
        esc.status = word
        if resolution:
            esc.resolution = resolution
        if resolution_zh is not None:
            esc.resolution_zh = check_text(resolution_zh, "Chinese resolution")
        if word in (EscalationStatus.RESOLVED.value, EscalationStatus.CLOSED.value):
            if esc.resolved_at is None or at is not None:
                esc.resolved_at = _resolution_time(s, esc, at, now)
        else:
            esc.resolved_at = None
            if esc.acknowledged_at is not None:
                esc.status = EscalationStatus.ACKNOWLEDGED.value
        tx.audit(f"escalation.{word}", esc, before)
        return _record(s, esc)


def _zone_of(s: Session, esc: Escalation) -> str:
    side = s.get(Side, esc.raised_by_side_id)
    return side.time_zone if side is not None else "UTC"


def _instant(s: Session, esc: Escalation, at: str | datetime, what: str) -> datetime:
    """A time typed for ``esc`` (the raising side's local time without an offset), in UTC."""
    if isinstance(at, str):
        return parse_instant(at, _zone_of(s, esc))
    check_instant(at, what)
    if at.tzinfo is None:
        raise ValidationError(msg("Give the {what} with its time zone.", what=what))
    return at.astimezone(timezone.utc)


def _resolution_time(s: Session, esc: Escalation, at: str | datetime | None, now: datetime) -> datetime:
    value = now if at is None else _instant(s, esc, at, "resolution time")
    return check_resolution_time(
        esc.reference,
        value,
        raised_at=esc.raised_at,
        now=now,
        zone_name=_zone_of(s, esc),
        acknowledged_at=esc.acknowledged_at,
    )


def _acknowledge(s: Session, esc: Escalation, at: str | datetime | None, by: str, now: datetime) -> None:
    """Record when (and by whom) ``esc`` was acknowledged; an acknowledgement is recorded once."""
    zone_name = _zone_of(s, esc)
    if esc.acknowledged_at is not None:
        raise ValidationError(
            msg(
                "{reference} was acknowledged already, at {shown_time}.",
                reference=esc.reference,
                shown_time=shown_time(esc.acknowledged_at, zone_name),
            )
        )
    value = now if at is None else _instant(s, esc, at, "acknowledgement time")
    esc.acknowledged_at = check_acknowledgement_time(
        esc.reference,
        value,
        raised_at=esc.raised_at,
        resolved_at=esc.resolved_at,
        now=now,
        shown=lambda instant: shown_time(instant, zone_name),
    )
    esc.acknowledged_by = check_line(by, "name of who acknowledged", 200)


def acknowledge_escalation(
    ctx: ServiceContext,
    reference: str,
    *,
    at: str | datetime | None = None,
    by: str = "",
    expected_version: int | None = None,
    now: datetime | None = None,
) -> EscalationRecord:
    """Record that the responding side acknowledged an escalation, at ``at`` (default now; the raising
    side's local time without an offset), never before it was raised, never after it was resolved, never
    in the future. An open escalation becomes "acknowledged"; a resolved or closed one keeps its status
    (recording, late, when an older escalation was acknowledged)."""
    now = now or utcnow()
    with ctx.write(Role.SECRETARIAT) as tx:
        s = tx.session
        esc = escalation_by_reference(s, reference)
        if expected_version is not None:
            tx.get(Escalation, esc.id, expected_version=expected_version, what="escalation")
        before = snapshot(esc)
        _acknowledge(s, esc, at, by, now)
        if esc.status == EscalationStatus.OPEN.value:
            esc.status = EscalationStatus.ACKNOWLEDGED.value
        tx.audit("escalation.acknowledged", esc, before)
        return _record(s, esc)


#: The texts of an escalation that can be corrected or translated after it was logged.
TEXT_FIELDS = ("summary", "summary_zh", "details", "details_zh", "resolution", "resolution_zh")


def update_escalation_texts(
    ctx: ServiceContext,
    reference: str,
    *,
    expected_version: int | None = None,
    **texts: str | None,
) -> EscalationRecord:
    """Correct or translate an escalation's texts (``summary``, ``details``, ``resolution`` and their
    ``_zh``); a text given as None is left as it is."""
    unknown = sorted(set(texts) - set(TEXT_FIELDS))
    if unknown:
        raise ValidationError(msg("An escalation has no text called {unknown}.", unknown=", ".join(unknown)))
    with ctx.write(Role.SECRETARIAT) as tx:
        s = tx.session
        esc = escalation_by_reference(s, reference)
        if expected_version is not None:
            tx.get(Escalation, esc.id, expected_version=expected_version, what="escalation")
        before = snapshot(esc)
        for field, value in texts.items():
            if value is None:
                continue
            what = f"Chinese {field[:-3]}" if field.endswith("_zh") else field
            if field.startswith("summary"):
                cleaned = check_line(value, what, 500)
                if field == "summary" and not cleaned:
                    raise ValidationError(msg("An escalation needs a summary."))
            else:
                cleaned = check_text(value, what)
                if field == "resolution" and not cleaned.strip() and esc.resolved_at is not None:
                    raise ValidationError(
                        msg(
                            "{reference} is {status}: its resolution cannot be empty.",
                            reference=esc.reference,
                            status=esc.status,
                        )
                    )
            setattr(esc, field, cleaned)
        tx.audit("escalation.edit", esc, before)
        return _record(s, esc)


def escalation_to_agenda(ctx: ServiceContext, reference: str) -> EscalationRecord:
    """Put an escalation (and the requests it is about) on the next open meeting's agenda, once: refused
    while it is on an open meeting's agenda already (a withdrawn item does not count)."""
    with ctx.write(Role.SECRETARIAT) as tx:
        s = tx.session
        esc = escalation_by_reference(s, reference)
        # One workstation at a time per escalation, so two clicks at once cannot both pass the check.
        s.execute(select(Escalation.id).where(Escalation.id == esc.id).with_for_update())
        check_not_on_agenda(esc.reference, _record(s, esc).agenda_places)
        request_ids = list(
            s.scalars(
                select(escalation_request.c.request_id).where(escalation_request.c.escalation_id == esc.id)
            )
        )
        _put_on_agenda(tx, esc, request_ids)
        return _record(s, esc)


def open_escalation_count(ctx: ServiceContext) -> dict[str, int]:
    """Open escalations per raising side, for the Overview."""
    dialogue_id = ctx.require_dialogue()
    with ctx.read() as s:
        counts = {code: 0 for code in dialogue_side_codes(s, dialogue_id)}
        for code, n in s.execute(
            select(Side.code, func.count())
            .join(Escalation, Escalation.raised_by_side_id == Side.id)
            .where(
                Escalation.dialogue_id == dialogue_id,
                Escalation.status.in_([EscalationStatus.OPEN.value, EscalationStatus.ACKNOWLEDGED.value]),
            )
            .group_by(Side.code)
        ):
            counts[code] = n
        return counts
