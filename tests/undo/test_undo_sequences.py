"""Random sequences of the secretariat's changes, then every one undone newest first: the database is
back where it started (but for the audit trail, versions and timestamps). Then all redone, then undone again."""

from __future__ import annotations

import shutil
from datetime import date, datetime, timezone

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dialogue_planner.domain.errors import DialogueError
from dialogue_planner.services import agenda, escalations, meetings, requests, roster
from dialogue_planner.services.context import ServiceContext
from dialogue_planner.services.undo import describe_operation, undo_operation
from dialogue_planner.storage.database import open_database

from .conftest import TODAY, database_rows, differences

NOW = datetime(2026, 12, 4, 12, tzinfo=timezone.utc)


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory):
    """The demo, made once; each example works on a copy."""
    from dialogue_planner.services.demo import load_demo
    from dialogue_planner.services.setup import initialise

    path = tmp_path_factory.mktemp("template") / "demo.sqlite"
    db = open_database(f"sqlite:///{path}")
    ctx = ServiceContext.connect(db, login="tester")
    initialise(ctx)
    load_demo(ctx)
    db.dispose()
    return path


def _items(ctx, data):
    items = agenda.list_items(ctx, 23) + agenda.list_items(ctx, 24)
    return data.draw(st.sampled_from(items), label="item")


def op_item_status(ctx, data):
    status = data.draw(st.sampled_from(["discussed", "resolved", "withdrawn", "open"]), label="status")
    agenda.set_item_status(ctx, _items(ctx, data).id, status, outcome="Agreed", reason="Covered elsewhere")


def op_edit_item(ctx, data):
    note = data.draw(st.text(min_size=1, max_size=30), label="note")
    agenda.edit_item(ctx, _items(ctx, data).id, briefing_note=note)


def op_add_item(ctx, data):
    meeting = data.draw(st.sampled_from([23, 24]), label="meeting")
    agenda.add_item(
        ctx,
        meeting=meeting,
        title=data.draw(st.text(min_size=1, max_size=40), label="title"),
        requests=data.draw(st.sampled_from([(), ("US-2026-0013",)]), label="requests"),
    )


def op_move_item(ctx, data):
    agenda.move_item(
        ctx,
        _items(ctx, data).id,
        data.draw(st.sampled_from([23, 24]), label="to"),
        copy=data.draw(st.booleans(), label="copy"),
    )


def op_action(ctx, data):
    item = _items(ctx, data)
    if item.actions and data.draw(st.booleans(), label="change existing"):
        action = item.actions[0]
        if data.draw(st.booleans(), label="delete"):
            agenda.delete_action(ctx, action.id)
        else:
            agenda.edit_action(ctx, action.id, status="done", today=TODAY)
    else:
        agenda.add_action(ctx, item.id, description="Send the list", owner="CN", due_on=date(2027, 1, 15))


def op_close(ctx, data):
    if data.draw(st.booleans(), label="from the agenda"):
        agenda.close_meeting(ctx, 23, today=TODAY)
    else:
        meetings.set_status(ctx, 23, "held", today=TODAY)


def op_meeting_status(ctx, data):
    meetings.set_status(
        ctx,
        data.draw(st.sampled_from([23, 24]), label="meeting"),
        data.draw(st.sampled_from(["postponed", "cancelled", "confirmed", "planned"]), label="to"),
        today=TODAY,
    )


def op_request(ctx, data):
    reference = data.draw(st.sampled_from(["CN-2026-0016", "US-2026-0013", "US-2026-0014"]), label="request")
    if data.draw(st.booleans(), label="respond"):
        requests.respond(ctx, reference, on=date(2026, 12, 3), quality="partial", today=TODAY)
    else:
        requests.update_status(
            ctx,
            reference,
            status=data.draw(st.sampled_from(["closed", "withdrawn", "reopened"])),
            note="By letter",
            on=date(2026, 12, 3),
            today=TODAY,
        )


def op_delegate(ctx, data):
    delegate = data.draw(st.sampled_from(roster.list_delegates(ctx)[:6]), label="delegate")
    roster.set_delegate_active(ctx, delegate.id, not delegate.active)


def op_escalation(ctx, data):
    if data.draw(st.booleans(), label="new"):
        escalations.add_escalation(
            ctx,
            side="US",
            summary="Provider silent",
            at="2026-12-03T09:00",
            about=["US-2026-0014"],
            to_agenda=data.draw(st.booleans(), label="to agenda"),
            now=NOW,
        )
    else:
        esc = data.draw(st.sampled_from(escalations.list_escalations(ctx)[:3]), label="escalation")
        if data.draw(st.booleans(), label="to agenda"):
            escalations.escalation_to_agenda(ctx, esc.reference)
        else:
            escalations.set_escalation_status(ctx, esc.reference, "resolved", resolution="Answered", now=NOW)


OPERATIONS = [
    op_item_status,
    op_edit_item,
    op_add_item,
    op_move_item,
    op_action,
    op_close,
    op_meeting_status,
    op_request,
    op_delegate,
    op_escalation,
]


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=st.data())
def test_any_sequence_undone_newest_first_restores_the_database(demo_file, tmp_path_factory, data):
    path = tmp_path_factory.mktemp("example") / "work.sqlite"
    shutil.copy(demo_file, path)
    db = open_database(f"sqlite:///{path}")
    try:
        ctx = ServiceContext.connect(db, login="tester")
        start = database_rows(ctx)
        done: list[str] = []
        for _ in range(data.draw(st.integers(1, 8), label="steps")):
            operation, previous = (
                data.draw(st.sampled_from(OPERATIONS), label="operation"),
                ctx.last_operation,
            )
            try:
                operation(ctx, data)
            except DialogueError:
                continue  # refused by a rule: nothing was written
            if ctx.last_operation == previous:
                continue  # nothing to change (closing a closed meeting)
            done.append(ctx.last_operation)
            assert describe_operation(ctx, ctx.last_operation).undoable
        end = database_rows(ctx)
        undos = [undo_operation(ctx, operation) for operation in reversed(done)]
        assert differences(start, database_rows(ctx)) == {}
        redos = [undo_operation(ctx, undo) for undo in reversed(undos)]
        assert differences(end, database_rows(ctx)) == {}
        for redo in reversed(redos):
            undo_operation(ctx, redo)
        assert differences(start, database_rows(ctx)) == {}
    finally:
        db.dispose()
