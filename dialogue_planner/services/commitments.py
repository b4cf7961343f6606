"""Commitments: what a meeting left each side to do, tracked to done (issue 15).

The rules with dates are in ``domain/commitments.py``; this module checks owners against the dialogue's
sides, agencies and delegates, keeps due dates on or after the meeting that made the commitment, and writes
one audit entry per change. The action items of an agenda item (``services/agenda.py: add_action``) are
commitments too.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from dialogue_planner.domain import commitments as rules
from dialogue_planner.domain.commitments import CommitmentRecord, DueCommitment
from dialogue_planner.domain.errors import NotFoundError, ValidationError
from dialogue_planner.domain.limits import check_day, check_record_number, check_text
from dialogue_planner.domain.messages import msg
from dialogue_planner.domain.roster import latin_name
from dialogue_planner.domain.vocabulary import CommitmentStatus, Role
from dialogue_planner.storage.models import (
    Agency,
    AgendaItem,
    Commitment,
    Delegate,
    Dialogue,
    Meeting,
    Side,
)

from .context import ServiceContext, Transaction, snapshot
from .lookup import agency_on_side, find_delegate, meeting_by_number, side_by_code


@dataclass(frozen=True)
class CommitmentAlerts:
    """Overdue and due-soon commitments on a day, for the Overview (and later the pack)."""

    as_of: date
    due_soon_days: int
    overdue: tuple[DueCommitment, ...]
    due_soon: tuple[DueCommitment, ...]


# -- helpers --------------------------------------------------------------------------------------------
def meeting_first_day(m: Meeting) -> date:
    return m.actual_start or m.planned_start


def _dialogue_side(s: Session, dialogue_id: int, code: str) -> Side:
    side = side_by_code(s, code)
    dialogue = s.get_one(Dialogue, dialogue_id)
    if side.id not in (dialogue.side_a_id, dialogue.side_b_id):
        raise ValidationError(
            msg(
                "Side {code} is not a side of this dialogue: use {code2} or {code3}.",
                code=side.code,
                code2=dialogue.side_a.code,
                code3=dialogue.side_b.code,
            )
        )
    return side


def _person_on_side(s: Session, key: str, side: Side, agency: Agency | None) -> Delegate:
    person = find_delegate(s, key)
    if person.agency.side_id != side.id:
        raise ValidationError(
            msg(
                "Delegate '{key}' is on side {code}, not {code2}: name a delegate of the owner side.",
                key=key,
                code=person.agency.side.code,
                code2=side.code,
            )
        )
    if agency is not None and person.agency_id != agency.id:
        raise ValidationError(
            msg(
                "Delegate '{key}' is of {acronym}, not {acronym2}: name a delegate of the owner agency, or leave the owner agency out.",
                key=key,
                acronym=person.agency.acronym,
                acronym2=agency.acronym,
            ),
            field="owner_agency",
        )
    return person


def _records(s: Session, rows: list[Commitment]) -> list[CommitmentRecord]:
    if not rows:
        return []
    number_of = dict(
        s.execute(
            select(Meeting.id, Meeting.number).where(Meeting.id.in_({r.meeting_id for r in rows}))
        ).all()
    )
    # keyed by optional ids: a commitment may name no side, agency or delegate ("" then)
    side_code: dict[int | None, str] = dict(s.execute(select(Side.id, Side.code)).all())
    acronym: dict[int | None, str] = dict(s.execute(select(Agency.id, Agency.acronym)).all())
    people: dict[int | None, str] = {
        d.id: latin_name(d.family_name, d.given_name)
        for d in s.scalars(
            select(Delegate).where(
                Delegate.id.in_({r.owner_delegate_id for r in rows if r.owner_delegate_id})
            )
        )
    }
    return [
        CommitmentRecord(
            id=r.id,
            meeting_number=number_of.get(r.meeting_id, 0),
            agenda_item_id=r.agenda_item_id,
            text=r.text,
            text_zh=r.text_zh or "",
            owner_side=side_code.get(r.owner_side_id, ""),
            owner_agency=acronym.get(r.owner_agency_id, ""),
            owner_person=people.get(r.owner_delegate_id, ""),
            owner_person_id=r.owner_delegate_id,
            owner_name=r.owner_name or "",
            due_on=r.due_on,
            status=r.status,
            note=r.note or "",
            evidence=r.evidence or "",
            completed_on=r.completed_on,
            version=r.version,
        )
        for r in rows
    ]


def _record(s: Session, row: Commitment) -> CommitmentRecord:
    return _records(s, [row])[0]


def _of_dialogue(dialogue_id: int):
    return (
        select(Commitment)
        .join(Meeting, Meeting.id == Commitment.meeting_id)
        .where(Meeting.dialogue_id == dialogue_id)
    )


def _commitment(tx: Transaction, commitment_id: int, expected_version: int | None = None) -> Commitment:
    check_record_number(commitment_id, "commitment id")
    row = tx.session.get(Commitment, commitment_id)
    if row is None or tx.session.get_one(Meeting, row.meeting_id).dialogue_id != tx.ctx.require_dialogue():
        raise NotFoundError(
            msg(
                "No commitment with id {commitment_id} in this dialogue: choose one from the list of commitments.",
                commitment_id=commitment_id,
            )
        )
    row = tx.get(Commitment, commitment_id, expected_version=expected_version, what="commitment")
    return row


# -- use cases --------------------------------------------------------------------------------------------
def add_commitment(
    ctx: ServiceContext,
    meeting: int,
    *,
    text: str,
    owner: str,
    due_on: date,
    text_zh: str = "",
    owner_agency: str | None = None,
    owner_person: str | None = None,
    item_id: int | None = None,
) -> CommitmentRecord:
    """A commitment made at meeting ``meeting`` (its number), owned by a side (and optionally one of its
    agencies and delegates), due on a day not before the meeting."""
    dialogue_id = ctx.require_dialogue()
    text = rules.check_commitment_text(text)
    text_zh = check_text(text_zh, "Chinese text")
    check_day(due_on, "due date")
    if item_id is not None:
        check_record_number(item_id, "agenda item id")
    with ctx.write(Role.SECRETARIAT) as tx:
        s = tx.session
        m = meeting_by_number(s, dialogue_id, meeting)
        rules.check_due(due_on, meeting_first_day(m), m.number)
        side = _dialogue_side(s, dialogue_id, owner)
        agency = agency_on_side(s, side, owner_agency)
        person = (
            _person_on_side(s, owner_person, side, agency) if owner_person and owner_person.strip() else None
        )
        if item_id is not None:
            item = tx.get(AgendaItem, item_id, what="agenda item")
            if item.meeting_id != m.id:
                raise ValidationError(
                    msg(
                        "Agenda item {item_id} is not on meeting {number}'s agenda: name an item of that meeting, or leave the agenda item out.",
                        item_id=item_id,
                        number=m.number,
                    ),
                    field="item",
                )
        row = Commitment(
            meeting_id=m.id,
            agenda_item_id=item_id,
            text=text,
            text_zh=text_zh,
            owner_side_id=side.id,
            owner_agency_id=agency.id if agency else None,
            owner_delegate_id=person.id if person else None,
            owner_name="",
            due_on=due_on,
            status=CommitmentStatus.OPEN.value,
            note="",
            evidence="",
        )
        s.add(row)
        tx.audit("commitment.add", row)
        return _record(s, row)


def get_commitment(ctx: ServiceContext, commitment_id: int) -> CommitmentRecord:
    dialogue_id = ctx.require_dialogue()
    check_record_number(commitment_id, "commitment id")
    with ctx.read() as s:
        row = s.scalar(_of_dialogue(dialogue_id).where(Commitment.id == commitment_id))
        if row is None:
            raise NotFoundError(
                msg(
                    "No commitment with id {commitment_id} in this dialogue: choose one from the list of commitments.",
                    commitment_id=commitment_id,
                )
            )
        return _record(s, row)


def list_commitments(
    ctx: ServiceContext,
    *,
    open_only: bool = False,
    overdue_only: bool = False,
    as_of: date | None = None,
    side: str | None = None,
    meeting: int | None = None,
) -> list[CommitmentRecord]:
    """The dialogue's commitments by due date (undated last). ``open_only``: open or in progress;
    ``overdue_only``: overdue on ``as_of`` (today by default)."""
    dialogue_id = ctx.require_dialogue()
    as_of = check_day(as_of or date.today(), "as-of date")
    with ctx.read() as s:
        query = _of_dialogue(dialogue_id)
        if side:
            query = query.where(Commitment.owner_side_id == _dialogue_side(s, dialogue_id, side).id)
        if meeting is not None:
            query = query.where(Commitment.meeting_id == meeting_by_number(s, dialogue_id, meeting).id)
        if open_only or overdue_only:
            query = query.where(Commitment.status.in_(sorted(rules.UNSETTLED)))
        if overdue_only:
            query = query.where(Commitment.due_on < as_of)
        rows = list(s.scalars(query.order_by(Commitment.due_on.is_(None), Commitment.due_on, Commitment.id)))
        return _records(s, rows)


def update_commitment(
    ctx: ServiceContext,
    commitment_id: int,
    *,
    status: str | None = None,
    due_on: date | None = None,
    note: str | None = None,
    evidence: str | None = None,
    expected_version: int | None = None,
    today: date | None = None,
) -> CommitmentRecord:
    """Change a commitment's status or due date, add a dated progress note, record evidence.

    A note is added to the earlier ones with the day it was written. Done needs evidence or a note (given
    now or before); leaving done clears the completion date."""
    ctx.require_dialogue()
    check_record_number(commitment_id, "commitment id")
    today = check_day(today or date.today(), "today")
    word = rules.parse_status(status) if status is not None else None
    if due_on is not None:
        check_day(due_on, "due date")
    note = check_text(note, "note").strip() if note is not None else None
    evidence = check_text(evidence, "evidence").strip() if evidence is not None else None
    if word is None and due_on is None and not note and not evidence:
        raise ValidationError(
            msg("Nothing to change: give a new status, a new due date, a note or evidence.")
        )
    with ctx.write(Role.SECRETARIAT) as tx:
        s = tx.session
        row = _commitment(tx, commitment_id, expected_version)
        before = snapshot(row)
        if due_on is not None:
            m = s.get_one(Meeting, row.meeting_id)
            row.due_on = rules.check_due(due_on, meeting_first_day(m), m.number)
        if note:
            dated = f"{today.isoformat()}: {note}"
            row.note = f"{row.note}\n{dated}" if row.note else dated
            if len(row.note) > 20_000:
                raise ValidationError(
                    msg(
                        "Commitment {commitment_id}'s notes would exceed 20,000 characters: write a shorter note.",
                        commitment_id=commitment_id,
                    )
                )
        if evidence:
            row.evidence = evidence
        if word is not None and word != row.status:
            rules.check_done(word, row.evidence or "", row.note or "")
            row.completed_on = today if word == CommitmentStatus.DONE.value else None
            row.status = word
        tx.audit("commitment.update", row, before)
        return _record(s, row)


# -- overdue and due soon -------------------------------------------------------------------------------------
def due_soon_days(ctx: ServiceContext) -> int:
    dialogue_id = ctx.require_dialogue()
    with ctx.read() as s:
        return s.get_one(Dialogue, dialogue_id).commitment_due_soon_days


def set_due_soon_days(ctx: ServiceContext, days: int) -> int:
    """How many days ahead "due soon" looks (stored with the dialogue, 14 unless changed)."""
    dialogue_id = ctx.require_dialogue()
    days = rules.check_due_soon_days(days)
    with ctx.write(Role.SECRETARIAT) as tx:
        dialogue = tx.get(Dialogue, dialogue_id)
        before = snapshot(dialogue)
        dialogue.commitment_due_soon_days = days
        tx.audit("dialogue.commitment_settings", dialogue, before, summary=f"due soon within {days} days")
        return days


def _due(r: CommitmentRecord, as_of: date) -> DueCommitment:
    assert r.due_on is not None
    return DueCommitment(
        id=r.id,
        meeting_number=r.meeting_number,
        text=r.text,
        owner=r.owner,
        due_on=r.due_on,
        status=r.status,
        days_overdue=r.days_overdue(as_of),
        days_left=(r.due_on - as_of).days,
    )


def commitment_alerts(ctx: ServiceContext, *, as_of: date | None = None) -> CommitmentAlerts:
    """The overdue commitments (most overdue first, with days overdue and owner) and those due within the
    dialogue's due-soon window (soonest first)."""
    as_of = check_day(as_of or date.today(), "as-of date")
    window = due_soon_days(ctx)
    records = list_commitments(ctx, open_only=True, as_of=as_of)
    overdue = sorted(
        (_due(r, as_of) for r in records if r.days_overdue(as_of) > 0), key=lambda d: (-d.days_overdue, d.id)
    )
    soon = sorted(
        (_due(r, as_of) for r in records if rules.is_due_soon(r.status, r.due_on, as_of, window)),
        key=lambda d: (d.days_left, d.id),
    )
    return CommitmentAlerts(as_of, window, tuple(overdue), tuple(soon))
