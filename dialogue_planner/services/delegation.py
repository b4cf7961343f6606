"""Who attends a meeting: add, list, update and remove delegation members.

A delegate is named by a key: the external id, else the email, else the numeric id (the command line
and the briefing page both accept any of them).
"""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from dialogue_planner.domain.briefing import DelegationMemberRecord
from dialogue_planner.domain.errors import ValidationError
from dialogue_planner.domain.limits import (
    check_position,
    check_record_number,
    check_text,
)
from dialogue_planner.domain.messages import msg
from dialogue_planner.domain.roster import latin_name
from dialogue_planner.domain.vocabulary import DelegationRole, Role
from dialogue_planner.storage.models import Delegate, DelegationMember, Dialogue, Meeting, Side

from .context import ServiceContext, Transaction, snapshot
from .lookup import find_delegate, meeting_by_number

NOTES_MAX = 2000


def delegate_key(d: Delegate) -> str:
    return d.external_id or d.email or str(d.id)


def _dialogue_side_ids(session: Session, dialogue_id: int) -> tuple[int, int]:
    d = session.get_one(Dialogue, dialogue_id)
    return d.side_a_id, d.side_b_id


def _check_side(session: Session, dialogue_id: int, delegate: Delegate) -> None:
    if delegate.agency.side_id not in _dialogue_side_ids(session, dialogue_id):
        raise ValidationError(
            msg(
                "{latin_name} belongs to a side that does not take part in this dialogue.",
                latin_name=latin_name(delegate.family_name, delegate.given_name),
            )
        )


def _records(session: Session, rows: list[DelegationMember], number: int) -> list[DelegationMemberRecord]:
    ids = {m.delegate_id for m in rows} | {m.represented_by_id for m in rows if m.represented_by_id}
    people = {d.id: d for d in session.scalars(select(Delegate).where(Delegate.id.in_(ids)))} if ids else {}
    out = []
    for m in rows:
        d = people[m.delegate_id]
        stand_in = people.get(m.represented_by_id) if m.represented_by_id else None
        out.append(
            DelegationMemberRecord(
                id=m.id,
                meeting_number=number,
                delegate_id=d.id,
                delegate_key=delegate_key(d),
                name=latin_name(d.family_name, d.given_name),
                native_name=d.native_name,
                title=d.title,
                side_code=d.agency.side.code,
                agency_acronym=d.agency.acronym,
                role=m.role,
                position=m.position,
                attended=m.attended,
                represented_by_id=m.represented_by_id,
                represented_by=latin_name(stand_in.family_name, stand_in.given_name) if stand_in else "",
                notes=m.notes,
                version=m.version,
            )
        )
    return out


def _sort_key(record: DelegationMemberRecord, side_order: dict[str, int]):
    role_rank = {r.value: i for i, r in enumerate(DelegationRole)}
    return (side_order.get(record.side_code, 9), record.position, role_rank.get(record.role, 99), record.id)


def list_members(ctx: ServiceContext, meeting: int) -> list[DelegationMemberRecord]:
    """Both delegations of a meeting, side by side in the dialogue's order, then by position."""
    dialogue_id = ctx.require_dialogue()
    with ctx.read() as s:
        m = meeting_by_number(s, dialogue_id, meeting)
        rows = list(s.scalars(select(DelegationMember).where(DelegationMember.meeting_id == m.id)))
        records = _records(s, rows, meeting)
        a, b = _dialogue_side_ids(s, dialogue_id)
        codes = dict(s.execute(select(Side.id, Side.code)).all())
    order = {codes[a]: 0, codes[b]: 1}
    return sorted(records, key=lambda r: _sort_key(r, order))


def _stand_in(tx: Transaction, delegate: Delegate, key: str | None) -> int | None:
    if not key:
        return None
    stand_in = find_delegate(tx.session, key)
    if stand_in.id == delegate.id:
        raise ValidationError(msg("A delegate cannot represent themselves."))
    if stand_in.agency.side_id != delegate.agency.side_id:
        raise ValidationError(msg("Only a delegate of the same side can represent an absent member."))
    return stand_in.id


def add_member(
    ctx: ServiceContext,
    *,
    meeting: int,
    delegate: str,
    role: str = DelegationRole.MEMBER.value,
    position: int | None = None,
    notes: str = "",
) -> DelegationMemberRecord:
    """Put a delegate on a meeting's delegation; once only, and only active delegates of the dialogue."""
    role = DelegationRole.parse(role, "delegation role").value
    if position is not None:
        check_position(position)
    dialogue_id = ctx.require_dialogue()
    with ctx.write(Role.SECRETARIAT) as tx:
        m = meeting_by_number(tx.session, dialogue_id, meeting)
        d = find_delegate(tx.session, delegate)
        name = latin_name(d.family_name, d.given_name)
        if not d.active:
            raise ValidationError(
                msg("{name} is deactivated; reactivate them in the roster before adding them.", name=name)
            )
        _check_side(tx.session, dialogue_id, d)
        exists = tx.session.scalar(
            select(DelegationMember.id).where(
                DelegationMember.meeting_id == m.id, DelegationMember.delegate_id == d.id
            )
        )
        if exists is not None:
            raise ValidationError(
                msg("{name} is already on the delegation of meeting {meeting}.", name=name, meeting=meeting)
            )
        if position is None:
            position = (
                tx.session.scalar(
                    select(func.max(DelegationMember.position)).where(DelegationMember.meeting_id == m.id)
                )
                or 0
            ) + 1
        member = DelegationMember(
            meeting_id=m.id, delegate_id=d.id, role=role, position=position, notes=_notes(notes)
        )
        tx.session.add(member)
        tx.audit("delegation.add", member, summary=f"{name} as {role} at meeting {meeting}")
        return _records(tx.session, [member], meeting)[0]


def _notes(notes: str | None) -> str:
    return check_text(notes, "notes", NOTES_MAX)


_UNSET = object()


def update_member(
    ctx: ServiceContext,
    member_id: int,
    *,
    expected_version: int | None = None,
    role: str | None = None,
    position: int | None = None,
    attended=_UNSET,
    represented_by=_UNSET,
    notes: str | None = None,
) -> DelegationMemberRecord:
    """Change a member's role, place, attendance or stand-in. A stand-in implies absence."""
    check_record_number(member_id, "delegation member id")
    with ctx.write(Role.SECRETARIAT) as tx:
        member = tx.get(
            DelegationMember, member_id, expected_version=expected_version, what="delegation member"
        )
        before = snapshot(member)
        d = tx.session.get_one(Delegate, member.delegate_id)
        if role is not None:
            member.role = DelegationRole.parse(role, "delegation role").value
        if position is not None:
            member.position = check_position(position)
        if attended is not _UNSET:
            member.attended = attended
        if represented_by is not _UNSET:
            member.represented_by_id = _stand_in(tx, d, represented_by)
        if member.represented_by_id is not None:
            if member.attended is True:
                raise ValidationError(
                    msg(
                        "A member who attended is not represented by anyone; clear the stand-in or mark them absent."
                    )
                )
            member.attended = False
        if notes is not None:
            member.notes = _notes(notes)
        number = tx.session.get_one(Meeting, member.meeting_id).number
        tx.audit(
            "delegation.update",
            member,
            before,
            summary=f"{latin_name(d.family_name, d.given_name)} at meeting {number}",
        )
        return _records(tx.session, [member], number)[0]


def remove_member(ctx: ServiceContext, member_id: int, *, expected_version: int | None = None) -> None:
    """Take a delegate off a meeting's delegation (the audit keeps what was there)."""
    check_record_number(member_id, "delegation member id")
    with ctx.write(Role.SECRETARIAT) as tx:
        member = tx.get(
            DelegationMember, member_id, expected_version=expected_version, what="delegation member"
        )
        represented = tx.session.scalar(
            select(func.count())
            .select_from(DelegationMember)
            .where(
                DelegationMember.meeting_id == member.meeting_id,
                DelegationMember.represented_by_id == member.delegate_id,
            )
        )
        d = tx.session.get_one(Delegate, member.delegate_id)
        name = latin_name(d.family_name, d.given_name)
        if represented:
            raise ValidationError(
                msg("{name} stands in for an absent member of this meeting; change that first.", name=name)
            )
        before = snapshot(member)
        number = tx.session.get_one(Meeting, member.meeting_id).number
        tx.session.delete(member)
        tx.audit(
            "delegation.remove",
            entity="delegation_member",
            entity_id=member_id,
            before=before,
            summary=f"{name} from meeting {number}",
        )
