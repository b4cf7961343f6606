"""The hotline itself: response targets per severity, the report per responding side, and each side's
contact points (who answers, when, how to reach them)."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from dialogue_planner.domain.errors import NotFoundError, ValidationError
from dialogue_planner.domain.hotline import (
    DEFAULT_TARGETS,
    ClockedEscalation,
    ContactPoint,
    HotlineReport,
    ResponseTarget,
    check_contact_dates,
    check_target,
    default_target,
    hotline_report,
)
from dialogue_planner.domain.limits import check_day, check_line, check_name, check_record_number
from dialogue_planner.domain.messages import msg
from dialogue_planner.domain.vocabulary import Role, Severity
from dialogue_planner.storage.models import (
    Delegate,
    Escalation,
    EscalationTarget,
    HotlineContact,
    Side,
    utcnow,
)

from .context import ServiceContext, snapshot
from .lookup import find_delegate, side_by_code
from .requests import dialogue_side_codes


# -- targets -------------------------------------------------------------------------------------------
def _targets(s: Session, dialogue_id: int) -> tuple[ResponseTarget, ...]:
    stored = {
        t.severity: ResponseTarget(t.severity, t.acknowledge_hours, t.resolve_hours)
        for t in s.scalars(select(EscalationTarget).where(EscalationTarget.dialogue_id == dialogue_id))
    }
    # Most severe first, as the targets are read.
    return tuple(stored.get(word) or default_target(word) for word in reversed(Severity.values()))


def list_targets(ctx: ServiceContext) -> list[ResponseTarget]:
    """The response target of each severity (most severe first); ``is_default`` when none was set."""
    dialogue_id = ctx.require_dialogue()
    with ctx.read() as s:
        return list(_targets(s, dialogue_id))


def set_target(
    ctx: ServiceContext,
    severity: str,
    *,
    acknowledge_hours: int | None = None,
    resolve_hours: int | None = None,
) -> ResponseTarget:
    """Set the hours to acknowledge and/or to resolve an escalation of ``severity`` (the other keeps its
    current value)."""
    if acknowledge_hours is None and resolve_hours is None:
        raise ValidationError(msg("Give the hours to acknowledge, the hours to resolve, or both."))
    dialogue_id = ctx.require_dialogue()
    word = Severity.parse(severity, "severity").value
    with ctx.write(Role.SECRETARIAT) as tx:
        s = tx.session
        row = s.scalar(
            select(EscalationTarget).where(
                EscalationTarget.dialogue_id == dialogue_id, EscalationTarget.severity == word
            )
        )
        current = (row.acknowledge_hours, row.resolve_hours) if row is not None else DEFAULT_TARGETS[word]
        target = check_target(
            word,
            current[0] if acknowledge_hours is None else acknowledge_hours,
            current[1] if resolve_hours is None else resolve_hours,
        )
        before = snapshot(row) if row is not None else None
        if row is None:
            row = EscalationTarget(dialogue_id=dialogue_id, severity=word)
            s.add(row)
        row.acknowledge_hours = target.acknowledge_hours
        row.resolve_hours = target.resolve_hours
        tx.audit(
            "escalation_target.set",
            row,
            before,
            summary=f"{word}: acknowledge within {target.acknowledge_hours} h, "
            f"resolve within {target.resolve_hours} h",
        )
        return target


# -- report --------------------------------------------------------------------------------------------
def escalation_report(
    ctx: ServiceContext,
    *,
    start: date | None = None,
    end: date | None = None,
    now: datetime | None = None,
) -> HotlineReport:
    """The hotline's figures per responding side for the escalations raised from ``start`` to ``end``
    (the raising side's local dates, both included; default: from the first to today), as of ``now``."""
    now = (now or utcnow()).astimezone(timezone.utc)
    if start is not None:
        check_day(start, "start date")
    end = check_day(end, "end date") if end is not None else now.date()
    if start is not None and end < start:
        raise ValidationError(
            msg(
                "The report period ends on {end}, before it starts on {start}.",
                end=end.isoformat(),
                start=start.isoformat(),
            )
        )
    dialogue_id = ctx.require_dialogue()
    with ctx.read() as s:
        sides = {
            ident: (code, zone) for ident, code, zone in s.execute(select(Side.id, Side.code, Side.time_zone))
        }
        where = [Escalation.dialogue_id == dialogue_id]
        # Local dates differ from UTC ones by less than a day: read a day more each side, then keep exactly.
        if start is not None:
            where.append(
                Escalation.raised_at >= datetime.combine(start - timedelta(days=1), time(), timezone.utc)
            )
        where.append(Escalation.raised_at < datetime.combine(end + timedelta(days=2), time(), timezone.utc))
        rows = s.execute(
            select(
                Escalation.reference,
                Escalation.raised_by_side_id,
                Escalation.severity,
                Escalation.status,
                Escalation.raised_at,
                Escalation.acknowledged_at,
                Escalation.resolved_at,
            ).where(*where)
        ).all()
        clocked = []
        for reference, side_id, severity, status, raised_at, acknowledged_at, resolved_at in rows:
            code, zone_name = sides[side_id]
            local_day = raised_at.astimezone(ZoneInfo(zone_name)).date()
            if (start is None or start <= local_day) and local_day <= end:
                clocked.append(
                    ClockedEscalation(
                        reference, code, severity, status, raised_at, acknowledged_at, resolved_at
                    )
                )
        return hotline_report(
            dialogue_side_codes(s, dialogue_id),
            clocked,
            _targets(s, dialogue_id),
            start=start,
            end=end,
            as_of=now,
        )


# -- contact points ------------------------------------------------------------------------------------
def _latin_name(d: Delegate) -> str:
    return " ".join(p for p in (d.family_name.upper(), d.given_name) if p)


def _contact(c: HotlineContact, side: str, delegate: Delegate | None) -> ContactPoint:
    name, name_zh, phone, email, agency = c.name, c.name_zh, c.phone, c.email, ""
    if delegate is not None:
        name = _latin_name(delegate) or delegate.native_name
        name_zh = name_zh or delegate.native_name
        phone = phone or delegate.phone
        email = email or delegate.email
        agency = delegate.agency.acronym if delegate.agency is not None else ""
    return ContactPoint(
        id=c.id,
        side=side,
        name=name,
        name_zh=name_zh,
        role=c.role,
        role_zh=c.role_zh,
        phone=phone,
        email=email,
        hours=c.hours,
        hours_zh=c.hours_zh,
        from_on=c.from_on,
        to_on=c.to_on,
        delegate_id=c.delegate_id,
        agency=agency,
        version=c.version,
    )


def list_contact_points(
    ctx: ServiceContext, side: str | None = None, *, on: date | None = None
) -> list[ContactPoint]:
    """The hotline's contact points of the dialogue, plain records ordered by side, then start date and
    name; ``side`` keeps one side's (a side code), ``on`` those on duty that day. A delegate's phone and
    e-mail are shown when the contact point gives none of its own."""
    dialogue_id = ctx.require_dialogue()
    with ctx.read() as s:
        where = [HotlineContact.dialogue_id == dialogue_id]
        if side is not None and side.strip():
            where.append(HotlineContact.side_id == side_by_code(s, side).id)
        codes = dict(s.execute(select(Side.id, Side.code)).all())
        points = []
        for c in s.scalars(select(HotlineContact).where(*where)):
            delegate = s.get(Delegate, c.delegate_id) if c.delegate_id is not None else None
            points.append(_contact(c, codes[c.side_id], delegate))
        if on is not None:
            points = [p for p in points if p.on_duty(on)]
        return sorted(points, key=lambda p: (p.side, p.from_on or date.min, p.name.casefold(), p.id))


def add_contact_point(
    ctx: ServiceContext,
    *,
    side: str,
    delegate: str | None = None,
    name: str | None = None,
    name_zh: str = "",
    role: str = "",
    role_zh: str = "",
    phone: str = "",
    email: str = "",
    hours: str = "",
    hours_zh: str = "",
    from_on: date | None = None,
    to_on: date | None = None,
) -> ContactPoint:
    """Add who answers the hotline for ``side``: a delegate (by external id, e-mail or id) or a name."""
    if from_on is not None:
        check_day(from_on, "start date")
    if to_on is not None:
        check_day(to_on, "end date")
    check_contact_dates(from_on, to_on)
    typed = check_name(name, "name", 200) if name is not None else ""
    has_delegate = delegate is not None and bool(str(delegate).strip())
    if has_delegate == bool(typed):
        raise ValidationError(msg("Name the contact point: a delegate or a name, one of the two."))
    dialogue_id = ctx.require_dialogue()
    with ctx.write(Role.SECRETARIAT) as tx:
        s = tx.session
        answering = side_by_code(s, side)
        if answering.code not in dialogue_side_codes(s, dialogue_id):
            raise ValidationError(msg("Side {code} is not a side of this dialogue.", code=answering.code))
        person = find_delegate(s, str(delegate)) if has_delegate else None
        if person is not None and person.agency.side_id != answering.id:
            raise ValidationError(
                msg(
                    "{value} is a delegate of another side, not of {code}.",
                    value=_latin_name(person) or person.native_name,
                    code=answering.code,
                )
            )
        contact = HotlineContact(
            dialogue_id=dialogue_id,
            side_id=answering.id,
            delegate_id=person.id if person is not None else None,
            name=typed,
            name_zh=check_name(name_zh, "Chinese name", 200),
            role=check_line(role, "role", 200),
            role_zh=check_line(role_zh, "Chinese role", 200),
            phone=check_line(phone, "phone number", 60),
            email=check_line(email, "e-mail address", 254),
            hours=check_line(hours, "hours of duty", 200),
            hours_zh=check_line(hours_zh, "Chinese hours of duty", 200),
            from_on=from_on,
            to_on=to_on,
        )
        s.add(contact)
        point = _contact(contact, answering.code, person)
        tx.audit("hotline_contact.add", contact, summary=f"{answering.code}: {point.name}")
        s.flush()
        return _contact(contact, answering.code, person)


def remove_contact_point(
    ctx: ServiceContext, contact_id: int, *, expected_version: int | None = None
) -> ContactPoint:
    """Remove a contact point of the dialogue's hotline; returns what it was."""
    check_record_number(contact_id, "contact point id")
    dialogue_id = ctx.require_dialogue()
    with ctx.write(Role.SECRETARIAT) as tx:
        s = tx.session
        contact = s.get(HotlineContact, contact_id)
        if contact is None or contact.dialogue_id != dialogue_id:
            raise NotFoundError(msg("No hotline contact point with id {contact_id}.", contact_id=contact_id))
        if expected_version is not None:
            tx.get(HotlineContact, contact_id, expected_version=expected_version, what="contact point")
        side = s.get_one(Side, contact.side_id)
        delegate = s.get(Delegate, contact.delegate_id) if contact.delegate_id is not None else None
        point = _contact(contact, side.code, delegate)
        before = snapshot(contact)
        s.delete(contact)
        s.flush()
        tx.audit(
            "hotline_contact.remove",
            before=before,
            entity="hotline_contact",
            entity_id=contact_id,
            summary=f"{point.side}: {point.name}",
        )
        return point
