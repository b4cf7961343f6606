"""Undo and redo: one mechanism for every audited operation, not one inverse per service.

Every write records audit entries with each row's values before and after, grouped by the transaction's
operation id (``Transaction.audit``). Undoing an operation walks the rows it touched back, newest first:
rows it created are removed, rows it changed get their earlier values back, rows it deleted are put back.
Each row must still hold the values the operation left; when someone changed one since, nothing is undone
and the message says which record and who changed it. The undo is a new operation
with its own audit entries, so redo is the undo of the undo.

Only operations whose audit entries hold whole rows are undoable (``UNDOABLE_ACTIONS``); a roster import
keeps its own undo (``roster_import.undo_last_import``), which knows about delegates kept for history.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time
from decimal import Decimal

from sqlalchemy import Date, DateTime, Float, Numeric, Table, Time, delete, insert, select, update
from sqlalchemy.orm import Session

from dialogue_planner.domain.agenda import UNSETTLED_STATUSES
from dialogue_planner.domain.errors import ConflictError, NotFoundError, ValidationError
from dialogue_planner.domain.messages import msg
from dialogue_planner.domain.operations import OperationRecord
from dialogue_planner.domain.vocabulary import AgendaSource, Role
from dialogue_planner.storage.models import AgendaItem, AuditEntry, Base, Delegate, Escalation, Meeting

from .context import ServiceContext, Transaction, jsonable

UNDO_HEADER = "operation.undo"  # the last entry of an undo: which operation it reversed
REVERT, REMOVE, RECREATE = "undo.revert", "undo.remove", "undo.recreate"  # its entries, one per row
ANNOTATIONS = frozenset({"conflict.overwrite"})  # notes beside a row's entry, not changes of their own
_NOT_COMPARED = frozenset({"created_at", "updated_at"})  # not in the audit snapshots either

# The secretariat's everyday changes: each records every row it touches, whole, before and after.
UNDOABLE_ACTIONS = frozenset(
    {
        "meeting.add",
        "meeting.update",
        "meeting.planned",
        "meeting.confirmed",
        "meeting.held",
        "meeting.postponed",
        "meeting.cancelled",
        "meeting.close",
        "agenda_item.add",
        "agenda_item.edit",
        "agenda_item.open",
        "agenda_item.discussed",
        "agenda_item.resolved",
        "agenda_item.withdrawn",
        "agenda_item.carry",
        "agenda_item.carried_in",
        "agenda_item.forward",
        "agenda_item.move",
        "agenda_item.link_request",
        "agenda_item.link_escalation",
        "agenda.reorder",
        "action_item.add",
        "action_item.edit",
        "action_item.delete",
        "commitment.add",
        "commitment.update",
        "activity.add",
        "activity.update",
        "activity.link_participant",
        "activity.unlink_participant",
        "activity.link_commitment",
        "activity.unlink_commitment",
        "request.add",
        "request.edit",
        "request.respond",
        "request.status",
        "request.pause",
        "request.resume",
        "request.extend",
        "request.result",
        "request_update.add",
        "escalation.add",
        "escalation.link_request",
        "escalation.open",
        "escalation.acknowledged",
        "escalation.resolved",
        "escalation.closed",
        "escalation.edit",
        "escalation_target.set",
        "hotline_contact.add",
        "hotline_contact.remove",
        "delegate.add",
        "delegate.update",
        "delegate.deactivate",
        "delegate.reactivate",
        "delegation.add",
        "delegation.update",
        "delegation.remove",
        "blackout.add",
        "blackout.remove",
        "agency.add",
        "agency.update",
        "agency.deactivate",
        "agency.reactivate",
        "agency.merge",
        "agency.merge.move",
        "designated_official.add",
        "designated_official.update",
        REVERT,
        REMOVE,
        RECREATE,
    }
)
_REFUSALS = {  # why some operations are not undone here, where a user can act on it
    "roster.import": "A roster import is undone with the roster's own Undo import, which keeps the delegates "
    "a delegation already refers to.",
    "roster.import_undo": "An undone roster import is not redone: import the file again.",
    "briefing.archive": "A pack that went out (exported or issued) stays in the pack archive as it was sent.",
    "briefing.issue_copy": "Numbered copies were printed and handed out; the distribution log keeps them.",
    "document.attach": "An attached document is taken off with Remove in its list of documents.",
    "document.remove": "A removed document is put back by attaching its file again.",
}
# The entry that names an operation: the meeting's status change before the carry-over it caused, and so on.
_HEADLINES = (
    UNDO_HEADER,
    "meeting.held",
    "meeting.close",
    "meeting.cancelled",
    "meeting.postponed",
    "meeting.confirmed",
    "meeting.planned",
    "meeting.update",
    "meeting.add",
    "escalation.add",
    "request.add",
    "request.edit",
    "request.respond",
    "request.status",
    "request.pause",
    "request.resume",
    "request.extend",
    "request.result",
)
_SUBJECT_FIELD = {
    "meeting": "number",
    "agenda_item": "title",
    "commitment": "text",
    "activity": "kind",
    "request": "reference",
    "escalation": "reference",
    "blackout": "reason",
}


@dataclass
class _RowChange:
    """The net effect of one operation on one row: its values before the operation and after it."""

    table: Table
    key: tuple
    entity_id: int | None
    before: dict | None
    after: dict | None
    action: str


# -- reading an operation -----------------------------------------------------------------------------
def _entries(s: Session, operation_id: str) -> list[AuditEntry]:
    return list(
        s.scalars(select(AuditEntry).where(AuditEntry.operation_id == operation_id).order_by(AuditEntry.id))
    )


def _table(entity: str) -> Table | None:
    return Base.metadata.tables.get(entity)


def _columns(table: Table) -> list:
    return [c for c in table.columns if c.name not in _NOT_COMPARED]


def _action_refusal(actions: set[str]) -> str:
    """Why operations with these actions cannot be undone, or "" when their kinds can."""
    refused = sorted(actions & set(_REFUSALS))
    if refused:
        return _REFUSALS[refused[0]]
    unknown = sorted(actions - UNDOABLE_ACTIONS - ANNOTATIONS - {UNDO_HEADER})
    if unknown:
        return f"This kind of change ({unknown[0]}) cannot be undone; change the record by hand instead."
    return ""


def _refusal(entries: list[AuditEntry]) -> str:
    """Why the operation cannot be undone, or "" when it can."""
    reason = _action_refusal({e.action for e in entries})
    if reason:
        return reason
    for entry in entries:
        if entry.action == UNDO_HEADER or entry.action in ANNOTATIONS:
            continue
        table = _table(entry.entity)
        wanted = {c.name for c in _columns(table)} if table is not None else None
        if wanted is None or any(
            values is not None and not wanted <= set(values) for values in (entry.before, entry.after)
        ):
            return f"This change ({entry.action}) was not recorded in full, so it cannot be undone."
    return ""


def _key(table: Table, entry: AuditEntry) -> tuple:
    keys = list(table.primary_key.columns)
    if len(keys) == 1 and entry.entity_id is not None:
        return (entry.entity_id,)
    values = entry.after or entry.before or {}
    return tuple(values.get(c.name) for c in keys)


def _net_changes(entries: list[AuditEntry]) -> list[_RowChange]:
    """One change per row (the first entry's before, the last entry's after; rows left as they were are
    left out), newest first: rows are undone in the reverse of the order they first appeared, so a row
    another row refers to is removed after it and put back before it."""
    rows: dict[tuple, _RowChange] = {}
    for entry in entries:
        if entry.action == UNDO_HEADER or entry.action in ANNOTATIONS:
            continue
        table = _table(entry.entity)
        if table is None:
            raise ValidationError(
                msg(
                    "The change records a kind of row this version does not keep ('{entity}'); it cannot be undone here.",
                    entity=entry.entity,
                )
            )
        key = (entry.entity, _key(table, entry))
        if key in rows:
            rows[key].after, rows[key].action = entry.after, entry.action
        else:
            rows[key] = _RowChange(table, key[1], entry.entity_id, entry.before, entry.after, entry.action)
    return [r for r in reversed(rows.values()) if not _same(r.before, r.after)]


def _same(before: dict | None, after: dict | None) -> bool:
    """No net change: a row created and removed again, or saved with the values it had."""
    if before is None or after is None:
        return before is after
    return {k: v for k, v in before.items() if k != "version"} == {
        k: v for k, v in after.items() if k != "version"
    }


def _headline(entries: list[AuditEntry]) -> AuditEntry:
    ranked = [e for e in entries if e.action in _HEADLINES]
    if ranked:
        return min(ranked, key=lambda e: _HEADLINES.index(e.action))
    return next((e for e in entries if e.action not in ANNOTATIONS), entries[0])


def _name(values: dict) -> str:
    return " ".join(part for part in (values.get("family_name"), values.get("given_name")) if part)


def _kind_and_subject(s: Session, entries: list[AuditEntry]) -> tuple[str, str]:
    head = _headline(entries)
    values = head.after or head.before or {}
    if head.action == UNDO_HEADER:
        return head.action, (head.before or {}).get("operation_id", "")
    if head.action == "agenda_item.add" and values.get("source") == "escalation":
        link = next((e.after for e in entries if e.action == "agenda_item.link_escalation" and e.after), None)
        reference = link and s.scalar(
            select(Escalation.reference).where(Escalation.id == link["escalation_id"])
        )
        if reference:
            return "escalation.to_agenda", reference
    if head.entity == "delegate":
        return head.action, _name(values)
    if head.entity == "delegation_member":
        delegate = s.get(Delegate, values.get("delegate_id"))
        return head.action, _name(
            {"family_name": delegate.family_name, "given_name": delegate.given_name}
        ) if delegate else ""
    field = _SUBJECT_FIELD.get(head.entity)
    return head.action, str(values.get(field, "")) if field else ""


def describe_operation(ctx: ServiceContext, operation_id: str) -> OperationRecord:
    """What an operation was, to whom, and whether it can be undone (the Edit menu names it with this)."""
    with ctx.read() as s:
        where = AuditEntry.operation_id == operation_id
        kinds = s.execute(select(AuditEntry.action, AuditEntry.entity).where(where).distinct()).all()
        if not kinds:
            raise NotFoundError(
                msg("No change was recorded under {operation_id}.", operation_id=operation_id)
            )
        actions = {action for action, _entity in kinds}
        entities = tuple(sorted({entity for _action, entity in kinds if _table(entity) is not None}))
        refused = _action_refusal(actions)
        if refused:  # without loading its entries: a roster import writes one per delegate
            first = s.scalar(select(AuditEntry).where(where).order_by(AuditEntry.id).limit(1))
            assert first is not None  # the operation has entries (kinds above)
            kind = min(actions & set(_REFUSALS), default=first.action)
            return OperationRecord(
                operation_id=operation_id,
                kind=kind,
                subject="",
                actor=first.actor,
                at=first.at,
                undoable=False,
                reason=refused,
                entities=entities,
            )
        entries = _entries(s, operation_id)
        kind, subject = _kind_and_subject(s, entries)
        reason = _refusal(entries) or ("" if _net_changes(entries) else "This change left nothing to undo.")
        undoes = subject if kind == UNDO_HEADER else None
        return OperationRecord(
            operation_id=operation_id,
            kind=kind,
            subject=subject,
            actor=entries[0].actor,
            at=entries[0].at,
            undoable=not reason,
            reason=reason,
            undoes=undoes,
            entities=entities,
        )


# -- values as stored and as audited --------------------------------------------------------------------
def _stored_value(column, value):
    """An audited (JSON) value as the column holds it: dates and instants come back from their ISO text."""
    if not isinstance(value, str):
        return value
    kind = getattr(column.type, "impl_instance", column.type)
    if isinstance(kind, DateTime):
        return datetime.fromisoformat(value)
    if isinstance(kind, Date):
        return date.fromisoformat(value)
    if isinstance(kind, Time):
        return time.fromisoformat(value)
    if isinstance(kind, Numeric) and not isinstance(kind, Float):
        return Decimal(value)
    return value


def _where(table: Table, key: tuple) -> list:
    return [column == value for column, value in zip(table.primary_key.columns, key, strict=True)]


def _load(s: Session, table: Table, key: tuple):
    """The row as stored now, locked until the undo commits (PostgreSQL; SQLite writes one at a time)."""
    return s.execute(select(table).where(*_where(table, key)).with_for_update()).mappings().first()


def _snapshot(table: Table, row) -> dict:
    return {c.name: jsonable(row[c.name]) for c in _columns(table)}


def _differs(table: Table, row, values: dict) -> bool:
    """Whether the row no longer holds these values. The version is not compared: undoing a later change of
    the same row raised it without changing what the earlier operation wrote."""
    return any(
        _stored_value(c, values.get(c.name)) != row[c.name] for c in _columns(table) if c.name != "version"
    )


# -- messages -------------------------------------------------------------------------------------------
_LABELS = {
    "meeting": lambda v: f"meeting {v.get('number')}",
    "agenda_item": lambda v: f"agenda item “{v.get('title')}”",
    "commitment": lambda v: f"commitment “{v.get('text')}”",
    "activity": lambda v: f"the {str(v.get('kind') or 'activity').replace('-', ' ')} of {v.get('start_on')}",
    "request": lambda v: f"request {v.get('reference')}",
    "request_update": lambda v: "an update of a request",
    "escalation": lambda v: f"escalation {v.get('reference')}",
    "escalation_target": lambda v: f"the {v.get('severity')} escalations' response target",
    "hotline_contact": lambda v: "a hotline contact point",
    "delegate": lambda v: f"delegate {_name(v)}",
    "delegation_member": lambda v: "a delegation member",
    "blackout": lambda v: f"the blackout “{v.get('reason')}”",
}


_USERS = {  # what may come to refer to a row an operation created
    "commitment": "a commitment",
    "agenda_item": "another agenda item",
    "activity_participant": "an activity",
    "activity_commitment": "an activity",
    "agenda_item_request": "a request link",
    "agenda_item_escalation": "an escalation link",
    "escalation_request": "an escalation",
    "delegation_member": "a delegation",
    "distribution_copy": "an issued briefing copy",
    "request_update": "a line of a request's history",
}


def _label(table: Table, values: dict | None) -> str:
    label = _LABELS.get(table.name)
    return label(values or {}) if label else table.name.replace("_", " ")


def _since(s: Session, change: _RowChange, after_entry: int) -> str:
    """ " by alice on 2026-12-04 10:31 UTC" for the newest change of the row after the operation, if audited."""
    if change.entity_id is None:
        return ""
    entry = s.scalar(
        select(AuditEntry)
        .where(
            AuditEntry.entity == change.table.name,
            AuditEntry.entity_id == change.entity_id,
            AuditEntry.id > after_entry,
        )
        .order_by(AuditEntry.id.desc())
        .limit(1)
    )
    return f" by {entry.actor} on {entry.at:%Y-%m-%d %H:%M} UTC" if entry is not None else ""


def _undone_already(s: Session, operation_id: str) -> AuditEntry | None:
    """The undo that reversed this operation and was not redone since, if any (looked up only to explain a
    refusal)."""
    headers = list(s.scalars(select(AuditEntry).where(AuditEntry.action == UNDO_HEADER)))
    undone_by = {(h.before or {}).get("operation_id"): h for h in headers}
    header = undone_by.get(operation_id)
    return header if header is not None and header.operation_id not in undone_by else None


def _refuse(s: Session, operation_id: str, change: _RowChange, what: str, after_entry: int) -> ConflictError:
    earlier = _undone_already(s, operation_id)
    if earlier is not None:
        return ConflictError(
            msg(
                "This change was already undone by {actor} on {at:%Y-%m-%d %H:%M} UTC; nothing was changed.",
                actor=earlier.actor,
                at=earlier.at,
            )
        )
    label = _label(change.table, change.after or change.before)
    return ConflictError(
        msg(
            "This cannot be undone: {label} {what}{since}. Nothing was changed; edit it by hand instead.",
            label=label,
            what=what,
            since=_since(s, change, after_entry),
        ),
        entity=change.table.name,
        entity_id=change.entity_id,
    )


# -- undoing ------------------------------------------------------------------------------------------
def _referenced_by(s: Session, table: Table, key: tuple) -> str:
    """The first table whose rows still refer to the row (so removing it would lose or break them)."""
    for other in Base.metadata.sorted_tables:
        for fk in other.foreign_keys:
            if (
                fk.column.table is table
                and fk.column.primary_key
                and len(key) == 1
                and s.execute(select(fk.parent).where(fk.parent == key[0]).limit(1)).first() is not None
            ):
                return other.name
    return ""


def _values(table: Table, values: dict, *, keys: bool) -> dict:
    return {
        c.name: _stored_value(c, values[c.name])
        for c in _columns(table)
        if c.name != "version" and (keys or not c.primary_key)
    }


def _reverse(tx: Transaction, operation_id: str, change: _RowChange, after_entry: int) -> None:
    s, table = tx.session, change.table
    row = _load(s, table, change.key)
    versioned = "version" in table.c
    summary = f"undo of {change.action}: {_label(table, change.after or change.before)}"
    if change.after is None:  # the operation deleted the row: put it back as it was
        if row is not None:
            raise _refuse(s, operation_id, change, "exists again", after_entry)
        assert change.before is not None  # a deletion's entry holds what it deleted
        values = _values(table, change.before, keys=True)
        if versioned:
            values["version"] = (change.before.get("version") or 0) + 1
        s.execute(insert(table).values(**values))
        tx.audit(
            RECREATE,
            entity=table.name,
            entity_id=change.entity_id,
            before=None,
            after=_snapshot(table, _load(s, table, change.key)),
            summary=summary,
        )
        return
    if row is None:
        raise _refuse(s, operation_id, change, "was removed since", after_entry)
    if _differs(table, row, change.after):
        raise _refuse(s, operation_id, change, "was changed since", after_entry)
    guard = [table.c.version == row["version"]] if versioned else []
    if change.before is None:  # the operation created the row: remove it, unless something refers to it now
        used_by = _referenced_by(s, table, change.key)
        if used_by:
            user = _USERS.get(used_by, f"a {used_by.replace('_', ' ')} record")
            raise _refuse(s, operation_id, change, f"has been used since ({user} refers to it)", after_entry)
        s.execute(delete(table).where(*_where(table, change.key), *guard))
        tx.audit(
            REMOVE,
            entity=table.name,
            entity_id=change.entity_id,
            before=_snapshot(table, row),
            after=None,
            summary=summary,
        )
        return
    values = _values(table, change.before, keys=False)
    if versioned:
        values["version"] = row["version"] + 1
    s.execute(update(table).where(*_where(table, change.key), *guard).values(**values))
    tx.audit(
        REVERT,
        entity=table.name,
        entity_id=change.entity_id,
        before=_snapshot(table, row),
        after=_snapshot(table, _load(s, table, change.key)),
        summary=summary,
    )


def _check_unresolved_items(s: Session, changes: list[_RowChange]) -> None:
    """An item the undo leaves unsettled on a meeting that has been closed since would never be carried
    over (closing is done once): refuse rather than strand it. Standing items recur and are not carried."""
    item_ids = [
        c.key[0] for c in changes if c.table.name == AgendaItem.__tablename__ and c.before is not None
    ]
    if not item_ids:
        return
    stranded = s.execute(
        select(AgendaItem.title, Meeting.number)
        .join(Meeting, Meeting.id == AgendaItem.meeting_id)
        .where(
            AgendaItem.id.in_(item_ids),
            AgendaItem.status.in_(sorted(UNSETTLED_STATUSES)),
            AgendaItem.source != AgendaSource.STANDING.value,
            Meeting.closed_at.is_not(None),
        )
    ).first()
    if stranded is not None:
        raise ConflictError(
            msg(
                "This cannot be undone: meeting {number} has been closed since, and “{title}” would be left unresolved on it. Nothing was changed.",
                number=stranded.number,
                title=stranded.title,
            )
        )


def undo_operation(ctx: ServiceContext, operation_id: str) -> str:
    """Reverse an operation in one transaction and return the undo's own operation id (undo it to redo).

    Refused with ConflictError, changing nothing, when a row it touched was changed since; with
    ValidationError when the operation is not one that can be undone here.
    """
    with ctx.write(Role.SECRETARIAT) as tx:
        s = tx.session
        entries = _entries(s, operation_id)
        if not entries:
            raise NotFoundError(
                msg("No change was recorded under {operation_id}.", operation_id=operation_id)
            )
        reason = _refusal(entries)
        if reason:
            raise ValidationError(reason)
        changes = _net_changes(entries)
        if not changes:
            raise ValidationError(msg("This change left nothing to undo."))
        for change in changes:
            _reverse(tx, operation_id, change, entries[-1].id)
        s.flush()
        _check_unresolved_items(s, changes)
        kind, subject = _kind_and_subject(s, entries)
        tx.audit(
            UNDO_HEADER,
            entity="operation",
            before={"operation_id": operation_id},
            summary=f"undo of {kind}" + (f": {subject}" if subject else ""),
        )
        return tx.operation_id
