"""Reordering an agenda (Ctrl+Up/Down on the Agenda page, drag and drop) on SQLite and PostgreSQL: each move
is its own operation on the audit trail, its entries name the items and their positions, and it is undone,
redone and refused on conflict like every change of the Edit menu."""

from __future__ import annotations

import pytest

from dialogue_planner.domain.errors import ConflictError, ValidationError
from dialogue_planner.services import agenda
from dialogue_planner.services.undo import UNDOABLE_ACTIONS, describe_operation, undo_operation

from .conftest import audit_of, database_rows, differences, someone_else

MEETING = 24  # the demo's next meeting: three open items


def order(ctx) -> list[int]:
    return [i.id for i in agenda.list_items(ctx, MEETING)]


def move(ctx, item_id: int, step: int) -> str:
    """What the Agenda page does for Ctrl+Up (step -1) and Ctrl+Down (+1): the whole order, two items swapped."""
    ids = order(ctx)
    at = ids.index(item_id)
    ids[at], ids[at + step] = ids[at + step], ids[at]
    agenda.reorder_items(ctx, MEETING, ids)
    return ctx.last_operation


def title(ctx, item_id: int) -> str:
    return agenda.get_item(ctx, item_id).title


def test_a_move_is_one_operation_whose_entries_name_the_items(demo_any):
    ctx = demo_any
    first, second, third = order(ctx)
    operation = move(ctx, third, -1)
    assert order(ctx) == [first, third, second]
    entries = audit_of(ctx, operation)
    assert [(e.action, e.entity, e.entity_id) for e in entries] == [
        ("agenda.reorder", "agenda_item", third),
        ("agenda.reorder", "agenda_item", second),
    ]
    assert (
        entries[0].summary == f"“{title(ctx, third)}” moved from position 3 to 2 on the agenda of meeting 24"
    )
    assert (
        entries[1].summary == f"“{title(ctx, second)}” moved from position 2 to 3 on the agenda of meeting 24"
    )
    assert (entries[0].before["position"], entries[0].after["position"]) == (3, 2)
    assert {e.actor for e in entries} == {ctx.user.login}
    record = describe_operation(ctx, operation)
    assert (record.kind, record.subject, record.undoable) == ("agenda.reorder", title(ctx, third), True)


def test_each_move_is_undone_and_redone_on_its_own(demo_any):
    ctx = demo_any
    first, second, third = order(ctx)
    start = database_rows(ctx)
    up = move(ctx, third, -1)
    after_up = database_rows(ctx)
    again = move(ctx, third, -1)
    assert order(ctx) == [third, first, second]
    assert "agenda.reorder" in UNDOABLE_ACTIONS and up != again
    undo_again = undo_operation(ctx, again)
    assert order(ctx) == [first, third, second] and differences(after_up, database_rows(ctx)) == {}
    undo_operation(ctx, up)
    assert order(ctx) == [first, second, third] and differences(start, database_rows(ctx)) == {}
    undone = audit_of(ctx, ctx.last_operation)
    assert [e.action for e in undone] == ["undo.revert", "undo.revert", "operation.undo"]
    # redo is the undo of the undo
    with pytest.raises(ConflictError):  # the second move's redo needs the first move back first
        undo_operation(ctx, undo_again)
    assert order(ctx) == [first, second, third]


def test_undoing_a_move_someone_else_moved_on_is_refused(demo_any):
    ctx = demo_any
    first, second, third = order(ctx)
    operation = move(ctx, third, -1)
    theirs = move(someone_else(ctx), third, -1)
    actor = audit_of(ctx, theirs)[0].actor  # bob; on PostgreSQL the database names its login
    with pytest.raises(ConflictError, match=f"“{title(ctx, third)}” was changed since by {actor}"):
        undo_operation(ctx, operation)
    assert order(ctx) == [third, first, second]


def test_an_order_left_as_it_was_writes_nothing(demo_any):
    ctx = demo_any
    move(ctx, order(ctx)[1], -1)
    last = ctx.last_operation
    agenda.reorder_items(ctx, MEETING, order(ctx))
    assert ctx.last_operation == last


def test_a_reorder_recorded_by_an_earlier_version_is_refused_with_the_reason(demo_any):
    """Before, a reorder was one entry holding only the order: it cannot be undone, and says so."""
    ctx = demo_any
    ids = order(ctx)
    with ctx.write("secretariat") as tx:
        tx.audit(
            "agenda.reorder",
            entity="meeting",
            entity_id=1,
            before={"order": ids},
            after={"order": ids[::-1]},
            summary="agenda of meeting 24 reordered",
        )
        old = tx.operation_id
    record = describe_operation(ctx, old)
    assert not record.undoable and "not recorded in full" in record.reason
    with pytest.raises(ValidationError, match="not recorded in full"):
        undo_operation(ctx, old)


def test_an_item_saved_with_the_texts_it_had_writes_nothing(demo_any):
    """Found by the undo sequences: a second save of the same note left an entry that undid nothing."""
    ctx = demo_any
    item_id = order(ctx)[0]
    agenda.edit_item(ctx, item_id, briefing_note="0")
    last, version = ctx.last_operation, agenda.get_item(ctx, item_id).version
    agenda.edit_item(ctx, item_id, briefing_note="0", title=title(ctx, item_id))
    assert ctx.last_operation == last and agenda.get_item(ctx, item_id).version == version
    assert describe_operation(ctx, last).undoable
