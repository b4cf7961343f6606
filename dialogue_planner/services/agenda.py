"""Agenda items of each meeting, their outcomes and action items, and carrying the unresolved ones over.

The rules are in ``domain/agenda.py``; this module loads rows, asks the rules for a plan and applies it in
one transaction with an audit entry per item, so every move can be traced.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import delete, func, insert, select
from sqlalchemy.orm import Session

from dialogue_planner.domain.agenda import (
    OPEN_MEETING_STATUSES,
    ActionItemRecord,
    AgendaItemRecord,
    Carry,
    CarryOverResult,
    ChainLink,
    ItemState,
    MeetingState,
    check_action,
    check_closable,
    check_move,
    check_source,
    check_status_change,
    check_title,
    next_open_meeting,
    plan_called_off,
    plan_close,
    standing_to_settle,
    stranded_by_cancelling,
)
from dialogue_planner.domain.errors import NotFoundError, ValidationError
from dialogue_planner.domain.limits import (
    check_key,
    check_line,
    check_optional_day,
    check_record_number,
    check_text,
)
from dialogue_planner.domain.meetings import check_transition, needs_closing
from dialogue_planner.domain.messages import msg
from dialogue_planner.domain.vocabulary import AgendaSource, AgendaStatus, MeetingStatus, Role
from dialogue_planner.storage.models import (
    Agency,
    AgendaItem,
    Commitment,
    Escalation,
    Meeting,
    Request,
    Side,
    StandingItem,
    agenda_item_escalation,
    agenda_item_request,
    utcnow,
)

from .context import ServiceContext, Transaction, snapshot
from .lookup import agency_on_side, meeting_by_number, request_by_reference, side_by_code


@dataclass(frozen=True)
class MeetingChoice:
    """A meeting as the agenda screens list it."""

    id: int
    number: int
    status: str
    planned_start: date
    window: str
    city: str
    closed: bool
    #: Its date has passed and it is still planned or confirmed (see ``domain.meetings.needs_closing``).
    needs_closing: bool = False

    @property
    def is_open(self) -> bool:
        return self.status in OPEN_MEETING_STATUSES


# -- loading ------------------------------------------------------------------------------------------
def _meetings(s: Session, dialogue_id: int) -> list[Meeting]:
    return list(
        s.scalars(
            select(Meeting)
            .where(Meeting.dialogue_id == dialogue_id)
            .order_by(Meeting.planned_start, Meeting.number)
        )
    )


def meeting_state(m: Meeting) -> MeetingState:
    return MeetingState(m.id, m.number, m.status, m.planned_start, closed=m.closed_at is not None)


def item_state(i: AgendaItem) -> ItemState:
    return ItemState(
        i.id,
        i.meeting_id,
        i.status,
        i.carried_from_id,
        i.first_raised_meeting_id,
        i.times_carried,
        i.title,
        standing=i.source == AgendaSource.STANDING.value,
    )


def _items_of(s: Session, meeting_id: int) -> list[AgendaItem]:
    return list(
        s.scalars(
            select(AgendaItem)
            .where(AgendaItem.meeting_id == meeting_id)
            .order_by(AgendaItem.position, AgendaItem.id)
        )
    )


def _item(tx: Transaction, item_id: int, expected_version: int | None = None) -> AgendaItem:
    check_record_number(item_id, "agenda item id")
    return tx.get(AgendaItem, item_id, expected_version=expected_version, what="agenda item")


def _last_day(m: Meeting) -> date:
    """As ``MeetingRecord.end``: the actual last day once known, else the planned one."""
    return (m.actual_end or m.actual_start) if m.actual_start else m.planned_end


def agenda_meetings(ctx: ServiceContext, *, today: date | None = None) -> list[MeetingChoice]:
    """Every meeting of the dialogue, in date order, each saying whether it waits to be closed."""
    dialogue_id = ctx.require_dialogue()
    today = today or date.today()
    with ctx.read() as s:
        return [
            MeetingChoice(
                m.id,
                m.number,
                m.status,
                m.planned_start,
                m.window,
                m.actual_city or m.planned_city,
                m.closed_at is not None,
                needs_closing(m.status, _last_day(m), today),
            )
            for m in _meetings(s, dialogue_id)
        ]


def _records(s: Session, dialogue_id: int, items: list[AgendaItem]) -> list[AgendaItemRecord]:
    """Records with links, actions and chain history, in a handful of queries whatever the item count."""
    if not items:
        return []
    ids = [i.id for i in items]
    number_of = dict(
        s.execute(select(Meeting.id, Meeting.number).where(Meeting.dialogue_id == dialogue_id)).all()
    )
    chain_rows = {
        row.id: row
        for row in s.execute(
            select(
                AgendaItem.id,
                AgendaItem.carried_from_id,
                AgendaItem.meeting_id,
                AgendaItem.status,
                AgendaItem.outcome,
            )
            .join(Meeting, Meeting.id == AgendaItem.meeting_id)
            .where(Meeting.dialogue_id == dialogue_id)
        )
    }
    side_code: dict[int | None, str] = dict(s.execute(select(Side.id, Side.code)).all())
    acronym: dict[int | None, str] = dict(s.execute(select(Agency.id, Agency.acronym)).all())
    requests: dict[int, list[str]] = {}
    for item_id, ref in s.execute(
        select(agenda_item_request.c.agenda_item_id, Request.reference)
        .join(Request, Request.id == agenda_item_request.c.request_id)
        .where(agenda_item_request.c.agenda_item_id.in_(ids))
        .order_by(Request.reference)
    ):
        requests.setdefault(item_id, []).append(ref)
    escalations: dict[int, list[str]] = {}
    for item_id, ref in s.execute(
        select(agenda_item_escalation.c.agenda_item_id, Escalation.reference)
        .join(Escalation, Escalation.id == agenda_item_escalation.c.escalation_id)
        .where(agenda_item_escalation.c.agenda_item_id.in_(ids))
        .order_by(Escalation.reference)
    ):
        escalations.setdefault(item_id, []).append(ref)
    actions: dict[int, list[ActionItemRecord]] = {}
    for a in s.scalars(select(Commitment).where(Commitment.agenda_item_id.in_(ids)).order_by(Commitment.id)):
        item_id = a.agenda_item_id
        if item_id is None:  # not selected (the query names items); narrows the type
            continue
        actions.setdefault(item_id, []).append(
            ActionItemRecord(
                id=a.id,
                agenda_item_id=item_id,
                description=a.text,
                owner_side=side_code.get(a.owner_side_id, ""),
                owner_agency=acronym.get(a.owner_agency_id, ""),
                owner_name=a.owner_name or "",
                due_on=a.due_on,
                status=a.status,
                completed_on=a.completed_on,
                version=a.version,
            )
        )
    records = []
    for i in items:
        chain = []
        link = chain_rows.get(i.carried_from_id)
        while link is not None:
            chain.append(
                ChainLink(link.id, number_of.get(link.meeting_id, 0), link.status, link.outcome or "")
            )
            link = chain_rows.get(link.carried_from_id)
        chain.reverse()
        records.append(
            AgendaItemRecord(
                id=i.id,
                meeting_id=i.meeting_id,
                meeting_number=number_of.get(i.meeting_id, 0),
                position=i.position,
                title=i.title,
                title_zh=i.title_zh or "",
                source=i.source,
                owner_side=side_code.get(i.owner_side_id, ""),
                owner_agency=acronym.get(i.owner_agency_id, ""),
                briefing_note=i.briefing_note or "",
                status=i.status,
                outcome=i.outcome or "",
                withdraw_reason=i.withdraw_reason or "",
                carried_from_id=i.carried_from_id,
                first_raised_meeting_number=number_of.get(i.first_raised_meeting_id or i.meeting_id, 0),
                times_carried=i.times_carried,
                version=i.version,
                requests=tuple(requests.get(i.id, ())),
                escalations=tuple(escalations.get(i.id, ())),
                actions=tuple(actions.get(i.id, ())),
                history=tuple(chain),
                briefing_note_zh=i.briefing_note_zh or "",
                outcome_zh=i.outcome_zh or "",
            )
        )
    return records


def list_items(ctx: ServiceContext, meeting: int) -> list[AgendaItemRecord]:
    """A meeting's agenda in order, each item with its links, action items and carry-over history."""
    dialogue_id = ctx.require_dialogue()
    with ctx.read() as s:
        m = meeting_by_number(s, dialogue_id, meeting)
        return _records(s, dialogue_id, _items_of(s, m.id))


def get_item(ctx: ServiceContext, item_id: int) -> AgendaItemRecord:
    check_record_number(item_id, "agenda item id")
    dialogue_id = ctx.require_dialogue()
    with ctx.read() as s:
        item = s.get(AgendaItem, item_id)
        if item is None:
            raise NotFoundError(msg("No agenda item with id {item_id}.", item_id=item_id))
        return _records(s, dialogue_id, [item])[0]


def _record_in_tx(tx: Transaction, item: AgendaItem) -> AgendaItemRecord:
    tx.session.flush()
    return _records(tx.session, tx.ctx.require_dialogue(), [item])[0]


# -- adding -------------------------------------------------------------------------------------------
def _next_position(s: Session, meeting_id: int) -> int:
    return (
        s.scalar(select(func.max(AgendaItem.position)).where(AgendaItem.meeting_id == meeting_id)) or 0
    ) + 1


def _link(tx: Transaction, item_id: int, request_ids=(), escalation_ids=()) -> None:
    """Link an item to requests and escalations, each link audited after the item (undo removes them first)."""
    for table, column, ids, action in (
        (agenda_item_request, "request_id", request_ids, "agenda_item.link_request"),
        (agenda_item_escalation, "escalation_id", escalation_ids, "agenda_item.link_escalation"),
    ):
        for linked in dict.fromkeys(ids):
            values = {"agenda_item_id": item_id, column: linked}
            tx.session.execute(insert(table).values(**values))
            tx.audit(action, entity=table.name, after=values)


def _links_of(s: Session, item_id: int) -> tuple[list[int], list[int]]:
    reqs = list(
        s.scalars(
            select(agenda_item_request.c.request_id).where(agenda_item_request.c.agenda_item_id == item_id)
        )
    )
    escs = list(
        s.scalars(
            select(agenda_item_escalation.c.escalation_id).where(
                agenda_item_escalation.c.agenda_item_id == item_id
            )
        )
    )
    return reqs, escs


def new_item(
    tx: Transaction,
    meeting: Meeting,
    *,
    title: str,
    source: str,
    owner_side: Side | None = None,
    owner_agency: Agency | None = None,
    briefing_note: str = "",
    title_zh: str = "",
    briefing_note_zh: str = "",
    request_ids=(),
    escalation_ids=(),
    standing_item_id: int | None = None,
) -> AgendaItem:
    """Put a new item at the end of an open meeting's agenda (used by the escalation service too), or of a
    held one not closed yet: backfilling the record of a meeting entered as already held (its items are
    then resolved with their outcomes, or withdrawn, or carried over by closing it)."""
    backfilling = meeting.status == MeetingStatus.HELD.value and meeting.closed_at is None
    if meeting.status not in OPEN_MEETING_STATUSES and not backfilling:
        closed = (
            " and closed (its items were carried over)" if meeting.status == MeetingStatus.HELD.value else ""
        )
        raise ValidationError(
            msg(
                "Meeting {number} is {status}{closed}; add items to an open meeting, or to a meeting entered as held that is not closed yet.",
                number=meeting.number,
                status=meeting.status,
                closed=closed,
            )
        )
    s = tx.session
    item = AgendaItem(
        meeting_id=meeting.id,
        position=_next_position(s, meeting.id),
        title=check_title(title),
        title_zh=check_line(title_zh, "Chinese title", 2000),
        source=check_source(source),
        standing_item_id=standing_item_id,
        owner_side_id=owner_side.id if owner_side else None,
        owner_agency_id=owner_agency.id if owner_agency else None,
        briefing_note=check_text(briefing_note, "briefing note"),
        briefing_note_zh=check_text(briefing_note_zh, "Chinese briefing note"),
        status=AgendaStatus.OPEN.value,
        outcome="",
        outcome_zh="",
        withdraw_reason="",
        first_raised_meeting_id=meeting.id,
        times_carried=0,
    )
    s.add(item)
    tx.audit("agenda_item.add", item, summary=f"added to meeting {meeting.number}: {item.title}")
    _link(tx, item.id, request_ids, escalation_ids)
    return item


def add_item(
    ctx: ServiceContext,
    *,
    meeting: int,
    title: str,
    source: str = AgendaSource.PROPOSAL.value,
    owner: str | None = None,
    owner_agency: str | None = None,
    briefing_note: str = "",
    title_zh: str = "",
    briefing_note_zh: str = "",
    requests=(),
    escalations=(),
) -> AgendaItemRecord:
    """Add an item (a side's proposal by default) to an open meeting's agenda."""
    dialogue_id = ctx.require_dialogue()
    with ctx.write(Role.SECRETARIAT) as tx:
        s = tx.session
        m = meeting_by_number(s, dialogue_id, meeting)
        side = side_by_code(s, owner) if owner else None
        agency = agency_on_side(s, side, owner_agency) if side else None
        if owner_agency and side is None:
            raise ValidationError(msg("Name the owner side together with the owner agency."), field="owner")
        request_ids = [request_by_reference(s, ref).id for ref in requests]
        escalation_ids = []
        for ref in escalations:
            esc = s.scalar(
                select(Escalation).where(
                    Escalation.reference == check_key(ref, "escalation reference").upper()
                )
            )
            if esc is None:
                raise NotFoundError(msg("No escalation {ref}.", ref=ref))
            escalation_ids.append(esc.id)
        standing_id = None
        if check_source(source) == AgendaSource.STANDING.value:
            standing = s.scalar(
                select(StandingItem).where(
                    StandingItem.dialogue_id == dialogue_id, StandingItem.title == check_title(title)
                )
            )
            standing_id = standing.id if standing else None
        item = new_item(
            tx,
            m,
            title=title,
            source=source,
            owner_side=side,
            owner_agency=agency,
            briefing_note=briefing_note,
            title_zh=title_zh,
            briefing_note_zh=briefing_note_zh,
            request_ids=request_ids,
            escalation_ids=escalation_ids,
            standing_item_id=standing_id,
        )
        return _record_in_tx(tx, item)


def _ensure_standing(tx: Transaction, dialogue_id: int, meeting: Meeting) -> int:
    s = tx.session
    present = set(
        s.scalars(
            select(AgendaItem.standing_item_id).where(
                AgendaItem.meeting_id == meeting.id, AgendaItem.standing_item_id.is_not(None)
            )
        )
    )
    added = 0
    for st in s.scalars(
        select(StandingItem)
        .where(StandingItem.dialogue_id == dialogue_id, StandingItem.active)
        .order_by(StandingItem.position, StandingItem.id)
    ):
        if st.id in present:
            continue
        new_item(
            tx,
            meeting,
            title=st.title,
            title_zh=st.title_zh,
            source=AgendaSource.STANDING.value,
            standing_item_id=st.id,
        )
        added += 1
    return added


def add_standing_items(ctx: ServiceContext, meeting: int) -> int:
    """Put the dialogue's active standing items on an open meeting's agenda if missing; how many were added."""
    dialogue_id = ctx.require_dialogue()
    with ctx.write(Role.SECRETARIAT) as tx:
        return _ensure_standing(tx, dialogue_id, meeting_by_number(tx.session, dialogue_id, meeting))


# -- editing ------------------------------------------------------------------------------------------
def edit_item(
    ctx: ServiceContext,
    item_id: int,
    *,
    title: str | None = None,
    title_zh: str | None = None,
    briefing_note: str | None = None,
    outcome: str | None = None,
    expected_version: int | None = None,
    briefing_note_zh: str | None = None,
    outcome_zh: str | None = None,
) -> AgendaItemRecord:
    """Change an item's texts in place (the outcome can be written before the item is resolved).
    Texts saved as they were write nothing: no audit entry, no change for the Edit menu to undo."""
    with ctx.write(Role.SECRETARIAT) as tx:
        item = _item(tx, item_id, expected_version)
        before = snapshot(item)
        if title is not None:
            item.title = check_title(title)
        if title_zh is not None:
            item.title_zh = check_line(title_zh, "Chinese title", 2000)
        if briefing_note is not None:
            item.briefing_note = check_text(briefing_note, "briefing note")
        if outcome is not None:
            outcome = check_text(outcome, "outcome")
            if item.status == AgendaStatus.RESOLVED.value and not outcome:
                raise ValidationError(
                    msg("A resolved item keeps its outcome; reopen it to clear the outcome.")
                )
            item.outcome = outcome
        if briefing_note_zh is not None:
            item.briefing_note_zh = check_text(briefing_note_zh, "Chinese briefing note")
        if outcome_zh is not None:
            item.outcome_zh = check_text(outcome_zh, "Chinese outcome")
        if snapshot(item) != before:
            tx.audit("agenda_item.edit", item, before)
        return _record_in_tx(tx, item)


def set_item_status(
    ctx: ServiceContext,
    item_id: int,
    status: str,
    *,
    outcome: str = "",
    reason: str = "",
    expected_version: int | None = None,
    outcome_zh: str = "",
) -> AgendaItemRecord:
    """Mark an item discussed, resolved (with its outcome), withdrawn (with a reason) or open again."""
    with ctx.write(Role.SECRETARIAT) as tx:
        item = _item(tx, item_id, expected_version)
        outcome = check_text(outcome, "outcome") or item.outcome
        reason = check_text(reason, "reason")
        word = check_status_change(item.status, status, outcome=outcome, reason=reason)
        before = snapshot(item)
        item.status = word
        if word == AgendaStatus.RESOLVED.value:
            item.outcome = outcome
            item.outcome_zh = check_text(outcome_zh, "Chinese outcome") or item.outcome_zh
        if word == AgendaStatus.WITHDRAWN.value:
            item.withdraw_reason = reason
        elif item.withdraw_reason and word == AgendaStatus.OPEN.value:
            item.withdraw_reason = ""
        tx.audit(f"agenda_item.{word}", item, before)
        return _record_in_tx(tx, item)


def resolve_item(ctx: ServiceContext, item_id: int, outcome: str, outcome_zh: str = "") -> AgendaItemRecord:
    return set_item_status(ctx, item_id, AgendaStatus.RESOLVED.value, outcome=outcome, outcome_zh=outcome_zh)


def withdraw_item(ctx: ServiceContext, item_id: int, reason: str) -> AgendaItemRecord:
    return set_item_status(ctx, item_id, AgendaStatus.WITHDRAWN.value, reason=reason)


def reorder_items(ctx: ServiceContext, meeting: int, ordered_ids: list[int]) -> list[AgendaItemRecord]:
    """Put a meeting's items in the given order (every item of the meeting, each once).

    Each call is one operation (the Agenda page's Ctrl+Up/Down makes one per move) with an entry per item
    whose position changed, holding the whole row before and after and naming the item and its positions,
    so that the Edit menu undoes it (``services.undo``). An order left as it was writes nothing.
    """
    dialogue_id = ctx.require_dialogue()
    with ctx.write(Role.SECRETARIAT) as tx:
        s = tx.session
        m = meeting_by_number(s, dialogue_id, meeting)
        items = _items_of(s, m.id)
        if sorted(ordered_ids) != sorted(i.id for i in items) or len(set(ordered_ids)) != len(ordered_ids):
            raise ValidationError(
                msg(
                    "The new order must name every item of the agenda exactly once; reload the agenda and try again."
                )
            )
        by_id = {i.id: i for i in items}
        moved = []  # (item, its values before), in the new order: the item moved up names the operation
        for position, item_id in enumerate(ordered_ids, start=1):
            item = by_id[item_id]
            if item.position != position:
                moved.append((item, snapshot(item)))
                item.position = position
        for item, before in moved:
            tx.audit(
                "agenda.reorder",
                item,
                before,
                summary=f"“{item.title}” moved from position {before['position']} to {item.position} on the "
                f"agenda of meeting {m.number}",
            )
        return _records(s, dialogue_id, [by_id[i] for i in ordered_ids])


def move_item(ctx: ServiceContext, item_id: int, meeting: int, *, copy: bool = False) -> AgendaItemRecord:
    """Move an unresolved item to a chosen open meeting, or copy any item there as a new item."""
    dialogue_id = ctx.require_dialogue()
    with ctx.write(Role.SECRETARIAT) as tx:
        s = tx.session
        item = _item(tx, item_id)
        target = meeting_by_number(s, dialogue_id, meeting)
        check_move(item_state(item), meeting_state(target), copy=copy)
        if copy:
            request_ids, escalation_ids = _links_of(s, item.id)
            new = new_item(
                tx,
                target,
                title=item.title,
                title_zh=item.title_zh,
                source=item.source,
                owner_side=s.get(Side, item.owner_side_id) if item.owner_side_id else None,
                owner_agency=s.get(Agency, item.owner_agency_id) if item.owner_agency_id else None,
                briefing_note=item.briefing_note,
                briefing_note_zh=item.briefing_note_zh,
                request_ids=request_ids,
                escalation_ids=escalation_ids,
                standing_item_id=item.standing_item_id,
            )
            return _record_in_tx(tx, new)
        before = snapshot(item)
        source_number = s.get_one(Meeting, item.meeting_id).number
        item.meeting_id = target.id
        item.position = _next_position(s, target.id)
        tx.audit(
            "agenda_item.move", item, before, summary=f"moved from meeting {source_number} to {target.number}"
        )
        return _record_in_tx(tx, item)


# -- action items (commitments of an agenda item; services/commitments.py has the whole story) ---------
def add_action(
    ctx: ServiceContext,
    item_id: int,
    *,
    description: str,
    owner: str | None = None,
    owner_agency: str | None = None,
    owner_name: str = "",
    due_on: date | None = None,
) -> AgendaItemRecord:
    with ctx.write(Role.SECRETARIAT) as tx:
        s = tx.session
        item = _item(tx, item_id)
        description, status = check_action(description, "open")
        side = side_by_code(s, owner) if owner else None
        agency = agency_on_side(s, side, owner_agency) if side else None
        action = Commitment(
            meeting_id=item.meeting_id,
            agenda_item_id=item.id,
            text=description,
            text_zh="",
            owner_side_id=side.id if side else None,
            owner_agency_id=agency.id if agency else None,
            owner_name=check_line(owner_name, "owner's name", 200),
            note="",
            evidence="",
            due_on=check_optional_day(due_on, "due date"),
            status=status,
        )
        s.add(action)
        tx.audit("action_item.add", action)
        return _record_in_tx(tx, item)


def edit_action(
    ctx: ServiceContext,
    action_id: int,
    *,
    description: str | None = None,
    status: str | None = None,
    due_on: date | None = None,
    clear_due: bool = False,
    owner_name: str | None = None,
    expected_version: int | None = None,
    today: date | None = None,
) -> AgendaItemRecord:
    check_record_number(action_id, "action item id")
    check_optional_day(due_on, "due date")
    with ctx.write(Role.SECRETARIAT) as tx:
        action = _action(tx, action_id, expected_version)
        before = snapshot(action)
        text, word = check_action(
            action.text if description is None else description, action.status if status is None else status
        )
        action.text = text
        if word != action.status:
            action.completed_on = (today or date.today()) if word == "done" else None
        action.status = word
        if due_on is not None or clear_due:
            action.due_on = due_on
        if owner_name is not None:
            action.owner_name = check_line(owner_name, "owner's name", 200)
        tx.audit("action_item.edit", action, before)
        return _record_in_tx(tx, tx.session.get_one(AgendaItem, action.agenda_item_id))


def _action(tx: Transaction, action_id: int, expected_version: int | None = None) -> Commitment:
    action = tx.get(Commitment, action_id, expected_version=expected_version, what="action item")
    if action.agenda_item_id is None:
        raise ValidationError(
            msg(
                "Commitment {action_id} belongs to no agenda item: change it with 'commitments update {action_id}'.",
                action_id=action_id,
            )
        )
    return action


def delete_action(ctx: ServiceContext, action_id: int) -> AgendaItemRecord:
    """Remove an action item entered by mistake (the audit keeps what it said)."""
    check_record_number(action_id, "action item id")
    with ctx.write(Role.SECRETARIAT) as tx:
        action = _action(tx, action_id)
        before = snapshot(action)
        item = tx.session.get_one(AgendaItem, action.agenda_item_id)
        tx.session.execute(delete(Commitment).where(Commitment.id == action_id))
        tx.audit("action_item.delete", entity="commitment", entity_id=action_id, before=before)
        return _record_in_tx(tx, item)


# -- carry-over ---------------------------------------------------------------------------------------
def _plan_context(
    s: Session, dialogue_id: int, meeting: Meeting
) -> tuple[list[MeetingState], list[ItemState]]:
    return [meeting_state(m) for m in _meetings(s, dialogue_id)], [
        item_state(i) for i in _items_of(s, meeting.id)
    ]


def _carry(tx: Transaction, plan: list[Carry], target: Meeting) -> list[int]:
    s = tx.session
    new_ids = []
    for carry in plan:
        old = s.get_one(AgendaItem, carry.item_id)
        before = snapshot(old)
        old.status = AgendaStatus.CARRIED.value
        tx.audit("agenda_item.carry", old, before, summary=f"carried over to meeting {target.number}")
        new = AgendaItem(
            meeting_id=target.id,
            position=_next_position(s, target.id),
            title=old.title,
            title_zh=old.title_zh,
            source=old.source,
            standing_item_id=old.standing_item_id,
            owner_side_id=old.owner_side_id,
            owner_agency_id=old.owner_agency_id,
            briefing_note=old.briefing_note,
            briefing_note_zh=old.briefing_note_zh,
            status=AgendaStatus.OPEN.value,
            outcome="",
            outcome_zh="",
            withdraw_reason="",
            carried_from_id=old.id,
            first_raised_meeting_id=carry.first_raised_meeting_id,
            times_carried=carry.times_carried,
        )
        s.add(new)
        tx.audit(
            "agenda_item.carried_in", new, summary=f"carried from item {old.id} ({carry.times_carried}x)"
        )
        _link(tx, new.id, *_links_of(s, old.id))
        new_ids.append(new.id)
    return new_ids


def _result(
    meeting: Meeting,
    plan: list[Carry],
    target: Meeting | None,
    *,
    marked_held: bool,
    already_closed: bool,
    new_ids=(),
) -> CarryOverResult:
    return CarryOverResult(
        meeting.number,
        marked_held,
        already_closed,
        target.number if target else None,
        tuple(plan),
        tuple(new_ids),
    )


def preview_close(ctx: ServiceContext, number: int, *, today: date | None = None) -> CarryOverResult:
    """What closing the meeting would carry, and where, without changing anything; refuses at once what
    closing would refuse (a cancelled meeting, one that has not started)."""
    dialogue_id = ctx.require_dialogue()
    with ctx.read() as s:
        m = meeting_by_number(s, dialogue_id, number)
        check_closable(meeting_state(m), m.actual_start or m.planned_start, today or date.today())
        meetings, items = _plan_context(s, dialogue_id, m)
        plan = plan_close(meeting_state(m), meetings, items)
        target = s.get(Meeting, plan[0].to_meeting_id) if plan else None
        if target is None and m.closed_at is None:
            nxt = next_open_meeting(meetings, meeting_state(m))
            target = s.get(Meeting, nxt.id) if nxt else None
        return _result(
            m,
            plan,
            target,
            marked_held=m.status != MeetingStatus.HELD.value,
            already_closed=m.closed_at is not None,
        )


def preview_called_off(ctx: ServiceContext, number: int, status: str) -> CarryOverResult:
    """What cancelling or postponing the meeting would do to agenda items, without changing anything:
    the items that move on to the next open meeting, and those that stay for lack of one."""
    dialogue_id = ctx.require_dialogue()
    with ctx.read() as s:
        m = meeting_by_number(s, dialogue_id, number)
        meetings, items = _plan_context(s, dialogue_id, m)
        state = MeetingState(m.id, m.number, status, m.planned_start, closed=m.closed_at is not None)
        plan = plan_called_off(state, meetings, items)
        nxt = next_open_meeting(meetings, state)
        stranded = (
            stranded_by_cancelling(state, meetings, items) if status == MeetingStatus.CANCELLED.value else []
        )
        return CarryOverResult(
            m.number,
            False,
            False,
            nxt.number if nxt else None,
            tuple(plan),
            stranded=tuple(i.title for i in stranded),
        )


def close_meeting(ctx: ServiceContext, number: int, *, today: date | None = None) -> CarryOverResult:
    """Mark the meeting held (if not yet) and carry each unresolved item to the next open meeting.

    Idempotent: a closed meeting is left as it is and nothing is carried twice. A meeting that has not
    started yet cannot be closed.
    """
    today = today or date.today()
    dialogue_id = ctx.require_dialogue()
    with ctx.write(Role.SECRETARIAT) as tx:
        m = meeting_by_number(tx.session, dialogue_id, number)
        return close_in_transaction(tx, m, today=today)


def close_in_transaction(tx: Transaction, m: Meeting, *, today: date) -> CarryOverResult:
    """The carry-over itself, inside the caller's transaction: closing from the Agenda page or the
    command line, and marking a meeting held in the meeting service, are the same act."""
    s = tx.session
    if m.closed_at is not None:
        return _result(m, [], None, marked_held=False, already_closed=True)
    check_closable(meeting_state(m), m.actual_start or m.planned_start, today)
    s.flush()
    meetings, items = _plan_context(s, m.dialogue_id, m)
    state = meeting_state(m)
    plan = plan_close(state, meetings, items)
    for item_id in standing_to_settle(state, items):
        item = s.get_one(AgendaItem, item_id)
        before = snapshot(item)
        item.status = AgendaStatus.DISCUSSED.value
        tx.audit("agenda_item.discussed", item, before, summary="standing item reviewed; it recurs")
    before = snapshot(m)
    marked_held = m.status != MeetingStatus.HELD.value
    if marked_held:
        # The same rules and defaults as marking a meeting held in the meeting service.
        check_transition(m.status, MeetingStatus.HELD.value)
        if m.actual_start is None:
            m.actual_start, m.actual_end = m.planned_start, m.planned_end
            m.actual_host_side_id = m.actual_host_side_id or m.planned_host_side_id
            m.actual_city = m.actual_city or m.planned_city
        m.status = MeetingStatus.HELD.value
        m.ical_sequence = (m.ical_sequence or 0) + 1
    m.closed_at = utcnow()
    nxt = next_open_meeting(meetings, state)
    target = s.get(Meeting, nxt.id) if nxt else None
    new_ids: list[int] = []
    if target is not None:
        _ensure_standing(tx, m.dialogue_id, target)
        new_ids = _carry(tx, plan, target)
    tx.audit(
        "meeting.close",
        m,
        before,
        summary=f"meeting {m.number} closed; {len(plan)} item(s) carried"
        + (f" to meeting {target.number}" if target and plan else ""),
    )
    return _result(m, plan, target, marked_held=marked_held, already_closed=False, new_ids=new_ids)


def on_meeting_cancelled_or_postponed(tx: Transaction, meeting: Meeting) -> list[Carry]:
    """Called inside the meeting service's transaction once ``meeting`` is cancelled or postponed: items
    carried to it (and, when cancelled, all its unresolved items) move on to the next open meeting."""
    s = tx.session
    s.flush()
    meetings, items = _plan_context(s, meeting.dialogue_id, meeting)
    plan = plan_called_off(meeting_state(meeting), meetings, items)
    for carry in plan:
        item = s.get_one(AgendaItem, carry.item_id)
        target = s.get_one(Meeting, carry.to_meeting_id)
        before = snapshot(item)
        item.meeting_id = target.id
        item.position = _next_position(s, target.id)
        tx.audit(
            "agenda_item.forward",
            item,
            before,
            summary=f"meeting {meeting.number} {meeting.status}: moved on to meeting {target.number}",
        )
    return plan
