"""Undo and redo of the secretariat's changes through one mechanism (services.undo), on SQLite and
PostgreSQL: each operation undone exactly, redone as the undo of the undo, refused when someone changed a
record since, and every step on the audit trail."""

from __future__ import annotations

from datetime import date, datetime, timezone

import pytest
from sqlalchemy import select

from dialogue_planner.domain.errors import ConflictError, NotFoundError, ValidationError
from dialogue_planner.services import agenda, escalations, meetings, requests, roster
from dialogue_planner.services.undo import describe_operation, undo_operation
from dialogue_planner.storage.models import AgendaItem, Meeting, RequestUpdate, agenda_item_escalation

from .conftest import TODAY, audit_of, database_rows, differences, someone_else

pytestmark = pytest.mark.usefixtures("demo_any")


def latest_actor(ctx, entity: str, entity_id: int) -> str:
    from dialogue_planner.services.audit import list_audit

    return list_audit(ctx, entity=entity, entity_id=entity_id, limit=1)[0].actor


def undo_and_redo(ctx, operation_id: str, start: dict) -> str:
    """Undo (the database is back at ``start``), redo (back at what the operation left), and return the redo's
    operation id: the operation as it now stands."""
    done = database_rows(ctx)
    undo_id = undo_operation(ctx, operation_id)
    assert differences(start, database_rows(ctx)) == {}
    redo_id = undo_operation(ctx, undo_id)
    assert differences(done, database_rows(ctx)) == {}
    return redo_id


def item(ctx, item_id: int):
    return agenda.get_item(ctx, item_id)


# -- each operation of the Edit menu ---------------------------------------------------------------------
def test_mark_held_is_undone_with_its_carry_over(demo_any):
    ctx = demo_any
    start = database_rows(ctx)
    before_items = {i.id: i.status for i in agenda.list_items(ctx, 23)}
    on_24_before = {i.id for i in agenda.list_items(ctx, 24)}
    meetings.set_status(ctx, 23, "held", today=TODAY)
    operation = ctx.last_operation
    carried = [i for i in agenda.list_items(ctx, 24) if i.id not in on_24_before]
    assert len(carried) == 7 and all(i.carried_from_id for i in carried)
    assert meetings.get_meeting(ctx, 23).status == "held"

    record = describe_operation(ctx, operation)
    assert (record.kind, record.subject, record.undoable, record.actor) == (
        "meeting.held",
        "23",
        True,
        ctx.user.login,
    )
    undo_id = undo_operation(ctx, operation)
    m = meetings.get_meeting(ctx, 23)
    assert (m.status, m.closed_at, m.actual_start, m.actual_city) == ("confirmed", None, None, "")
    assert {i.id: i.status for i in agenda.list_items(ctx, 23)} == before_items
    assert {i.id for i in agenda.list_items(ctx, 24)} == on_24_before  # the carried copies are gone
    with ctx.read() as s:
        assert s.scalars(select(AgendaItem).where(AgendaItem.id.in_([i.id for i in carried]))).all() == []
        assert (
            s.execute(
                select(agenda_item_escalation).where(
                    agenda_item_escalation.c.agenda_item_id.in_([i.id for i in carried])
                )
            ).all()
            == []
        )
    assert differences(start, database_rows(ctx)) == {}

    redo_id = undo_operation(ctx, undo_id)
    assert meetings.get_meeting(ctx, 23).status == "held"
    assert [
        (i.id, i.status, i.carried_from_id) for i in agenda.list_items(ctx, 24) if i.id not in on_24_before
    ] == [(i.id, i.status, i.carried_from_id) for i in carried]
    undo_operation(ctx, redo_id)
    assert differences(start, database_rows(ctx)) == {}


def test_close_meeting_from_the_agenda_is_undone(demo_any):
    ctx = demo_any
    start = database_rows(ctx)
    result = agenda.close_meeting(ctx, 23, today=TODAY)
    assert result.marked_held and len(result.new_item_ids) == 7
    assert describe_operation(ctx, ctx.last_operation).kind == "meeting.close"
    undo_and_redo(ctx, ctx.last_operation, start)


@pytest.mark.parametrize("status", ["cancelled", "postponed"])
def test_cancelling_or_postponing_is_undone_with_the_items_moved_on(demo_any, status):
    ctx = demo_any
    meetings.add_meeting(ctx, start=date(2027, 11, 9), host="CN", city="Beijing", today=TODAY)
    agenda.close_meeting(ctx, 23, today=TODAY)  # meeting 24 now holds seven carried items
    start = database_rows(ctx)
    meetings.set_status(ctx, 24, status, today=TODAY)
    operation = ctx.last_operation
    assert describe_operation(ctx, operation).kind == f"meeting.{status}"
    if status == "cancelled":
        assert any(i.times_carried for i in agenda.list_items(ctx, 25))
    undo_and_redo(ctx, operation, start)
    assert meetings.get_meeting(ctx, 24).status == status


@pytest.mark.parametrize("change", ["withdrawn", "resolved", "discussed"])
def test_an_item_status_change_is_undone(demo_any, change):
    ctx = demo_any
    start = database_rows(ctx)
    agenda.set_item_status(ctx, 178, change, outcome="Agreed on a template", reason="Covered by another item")
    record = describe_operation(ctx, ctx.last_operation)
    assert (record.kind, record.subject) == (f"agenda_item.{change}", item(ctx, 178).title)
    undo_and_redo(ctx, ctx.last_operation, start)
    assert item(ctx, 178).status == change


def test_reopening_an_item_is_undone(demo_any):
    ctx = demo_any
    agenda.withdraw_item(ctx, 178, "Covered elsewhere")
    start = database_rows(ctx)
    agenda.set_item_status(ctx, 178, "open")
    assert (item(ctx, 178).status, item(ctx, 178).withdraw_reason) == ("open", "")
    assert describe_operation(ctx, ctx.last_operation).kind == "agenda_item.open"
    undo_operation(ctx, ctx.last_operation)
    assert (item(ctx, 178).status, item(ctx, 178).withdraw_reason) == ("withdrawn", "Covered elsewhere")
    assert differences(start, database_rows(ctx)) == {}


def test_recording_a_response_is_undone_with_its_history_line(demo_any):
    ctx = demo_any
    start = database_rows(ctx)
    before = requests.get_request(ctx, "US-2026-0013")
    requests.respond(
        ctx, "US-2026-0013", on=date(2026, 12, 2), quality="complete", note="Logs sent", today=TODAY
    )
    record = describe_operation(ctx, ctx.last_operation)
    assert (record.kind, record.subject) == ("request.respond", "US-2026-0013")
    undo_id = undo_operation(ctx, ctx.last_operation)
    after = requests.get_request(ctx, "US-2026-0013")
    assert (after.request.status, after.request.first_response_on, after.request.latest_quality) == (
        before.request.status,
        None,
        None,
    )
    assert len(after.history) == len(before.history)
    assert differences(start, database_rows(ctx)) == {}
    undo_operation(ctx, undo_id)
    with ctx.read() as s:
        assert s.scalar(select(RequestUpdate.note).where(RequestUpdate.note == "Logs sent")) == "Logs sent"


def test_editing_a_request_is_undone_with_its_due_dates(demo_any):
    ctx = demo_any
    start = database_rows(ctx)
    before = requests.get_request(ctx, "US-2026-0013").request
    requests.edit_request(
        ctx, "US-2026-0013", {"kind": "information", "subject": "Booking system ransomware"}
    )
    edited = requests.get_request(ctx, "US-2026-0013").request
    assert (edited.kind, edited.subject) == ("information", "Booking system ransomware")
    record = describe_operation(ctx, ctx.last_operation)
    assert (record.kind, record.subject) == ("request.edit", "US-2026-0013")
    undo_and_redo(ctx, ctx.last_operation, start)
    undo_operation(ctx, ctx.last_operation)
    after = requests.get_request(ctx, "US-2026-0013").request
    assert (after.kind, after.subject, after.response_due_on) == (
        before.kind,
        before.subject,
        before.response_due_on,
    )


def test_deactivating_a_delegate_is_undone(demo_any):
    ctx = demo_any
    delegate = roster.list_delegates(ctx, include_inactive=False)[0]
    start = database_rows(ctx)
    roster.set_delegate_active(ctx, delegate.id, False)
    record = describe_operation(ctx, ctx.last_operation)
    assert (record.kind, record.subject) == (
        "delegate.deactivate",
        f"{delegate.family_name} {delegate.given_name}",
    )
    undo_and_redo(ctx, ctx.last_operation, start)
    assert roster.get_delegate(ctx, delegate.id).active is False


def test_putting_an_escalation_on_the_agenda_is_undone(demo_any):
    ctx = demo_any
    esc = escalations.add_escalation(
        ctx,
        side="CN",
        summary="No reply on the wallet intrusion",
        at="2026-12-02T10:00",
        about=["US-2026-0014"],
        now=datetime(2026, 12, 4, tzinfo=timezone.utc),
    )
    start = database_rows(ctx)
    escalations.escalation_to_agenda(ctx, esc.reference)
    record = describe_operation(ctx, ctx.last_operation)
    assert (record.kind, record.subject) == ("escalation.to_agenda", esc.reference)
    assert escalations.get_escalation(ctx, esc.reference).agenda_item_ids
    undo_and_redo(ctx, ctx.last_operation, start)


def test_logging_an_escalation_with_its_requests_is_undone(demo_any):
    ctx = demo_any
    start = database_rows(ctx)
    esc = escalations.add_escalation(
        ctx,
        side="US",
        summary="Provider silent",
        at="2026-12-03T09:00",
        about=["CN-2026-0016"],
        to_agenda=True,
        now=datetime(2026, 12, 4, tzinfo=timezone.utc),
    )
    assert describe_operation(ctx, ctx.last_operation).kind == "escalation.add"
    undo_and_redo(ctx, ctx.last_operation, start)
    assert escalations.get_escalation(ctx, esc.reference).requests == ("CN-2026-0016",)


# -- the audit of an undo -------------------------------------------------------------------------------
def test_an_undo_is_an_audited_operation_of_its_own(demo_any):
    ctx = demo_any
    agenda.withdraw_item(ctx, 178, "Covered elsewhere")
    operation = ctx.last_operation
    undo_id = undo_operation(ctx, operation)
    assert ctx.last_operation == undo_id != operation
    entries = audit_of(ctx, undo_id)
    assert [(e.action, e.entity, e.entity_id) for e in entries] == [
        ("undo.revert", "agenda_item", 178),
        ("operation.undo", "operation", None),
    ]
    revert, header = entries
    assert (revert.before["status"], revert.after["status"]) == ("withdrawn", "open")
    assert revert.after["version"] == revert.before["version"] + 1
    assert header.before == {"operation_id": operation}
    assert all(e.actor == ctx.user.login for e in entries)
    record = describe_operation(ctx, undo_id)
    assert (record.kind, record.undoes, record.undoable) == ("operation.undo", operation, True)


def test_reads_leave_the_last_operation_alone(demo_any):
    ctx = demo_any
    agenda.withdraw_item(ctx, 178, "Covered elsewhere")
    operation = ctx.last_operation
    agenda.list_items(ctx, 23)
    describe_operation(ctx, operation)
    assert ctx.last_operation == operation


# -- refusals --------------------------------------------------------------------------------------------
def test_undo_is_refused_when_someone_else_changed_the_record(demo_any):
    ctx = demo_any
    agenda.withdraw_item(ctx, 178, "Covered elsewhere")
    operation = ctx.last_operation
    agenda.edit_item(someone_else(ctx), 178, briefing_note="Bob's note")
    before = database_rows(ctx)
    with pytest.raises(ConflictError) as refused:
        undo_operation(ctx, operation)
    message = refused.value.message
    who = latest_actor(ctx, "agenda_item", 178)  # bob; on PostgreSQL the database login (the audit trigger's)
    assert (
        "Preservation of electronic evidence held by providers" in message
        and f"changed since by {who}" in message
    )
    assert differences(before, database_rows(ctx)) == {}
    assert item(ctx, 178).status == "withdrawn"


def test_undo_of_a_carry_over_is_refused_once_a_carried_item_is_used(demo_any):
    ctx = demo_any
    result = agenda.close_meeting(ctx, 23, today=TODAY)
    operation = ctx.last_operation
    agenda.add_action(someone_else(ctx), result.new_item_ids[0], description="Chase the provider")
    before = database_rows(ctx)
    with pytest.raises(ConflictError, match="has been used since \\(a commitment refers to it\\)"):
        undo_operation(ctx, operation)
    assert differences(before, database_rows(ctx)) == {}


def test_undo_is_refused_when_a_carried_item_was_changed_on_the_next_agenda(demo_any):
    ctx = demo_any
    result = agenda.close_meeting(ctx, 23, today=TODAY)
    operation = ctx.last_operation
    agenda.resolve_item(someone_else(ctx, "carol"), result.new_item_ids[-1], "Answered at last")
    who = latest_actor(ctx, "agenda_item", result.new_item_ids[-1])
    with pytest.raises(ConflictError, match=f"changed since by {who}"):
        undo_operation(ctx, operation)
    assert meetings.get_meeting(ctx, 23).status == "held"


def test_undo_that_would_strand_an_item_on_a_closed_meeting_is_refused(demo_any):
    ctx = demo_any
    agenda.withdraw_item(ctx, 178, "Covered elsewhere")
    operation = ctx.last_operation
    agenda.close_meeting(someone_else(ctx), 23, today=TODAY)  # a withdrawn item is not carried
    with pytest.raises(ConflictError, match="meeting 23 has been closed since"):
        undo_operation(ctx, operation)
    assert item(ctx, 178).status == "withdrawn"


def test_an_undone_change_is_not_undone_twice(demo_any):
    ctx = demo_any
    agenda.withdraw_item(ctx, 178, "Covered elsewhere")
    operation = ctx.last_operation
    undo_operation(ctx, operation)
    with pytest.raises(ConflictError, match="already undone by"):
        undo_operation(ctx, operation)


def test_redo_is_refused_when_the_record_changed_after_the_undo(demo_any):
    ctx = demo_any
    agenda.withdraw_item(ctx, 178, "Covered elsewhere")
    undo_id = undo_operation(ctx, ctx.last_operation)
    agenda.resolve_item(someone_else(ctx), 178, "Settled by letter")
    with pytest.raises(ConflictError, match=f"changed since by {latest_actor(ctx, 'agenda_item', 178)}"):
        undo_operation(ctx, undo_id)
    assert item(ctx, 178).status == "resolved"


def test_operations_outside_the_allow_list_are_refused_with_the_reason(demo_any):
    ctx = demo_any
    requests.set_standard(ctx, "information", response_days=45)
    record = describe_operation(ctx, ctx.last_operation)
    assert not record.undoable and "timeliness_standard.set" in record.reason
    with pytest.raises(ValidationError, match="cannot be undone"):
        undo_operation(ctx, ctx.last_operation)


def test_an_unknown_operation_is_not_found(demo_any):
    with pytest.raises(NotFoundError):
        undo_operation(demo_any, "00000000-0000-0000-0000-000000000000")
    with pytest.raises(NotFoundError):
        describe_operation(demo_any, "")


def test_a_viewer_may_not_undo(demo_any):
    from dialogue_planner.domain.errors import PermissionDenied
    from dialogue_planner.domain.records import UserRecord
    from dialogue_planner.services.context import ServiceContext

    agenda.withdraw_item(demo_any, 178, "Covered elsewhere")
    viewer = ServiceContext(
        demo_any.db, UserRecord(998, "vera", "Vera", "viewer", True), demo_any.dialogue_id
    )
    with pytest.raises(PermissionDenied):
        undo_operation(viewer, demo_any.last_operation)
    assert item(demo_any, 178).status == "withdrawn"


def test_a_meeting_row_deleted_behind_the_undo_is_reported(demo_any):
    ctx = demo_any
    meetings.add_meeting(ctx, start=date(2027, 11, 9), host="CN", city="Beijing", today=TODAY)
    operation = ctx.last_operation
    with ctx.write() as tx:  # removed outside the services (a restore of an older backup, say)
        tx.session.delete(tx.session.scalar(select(Meeting).where(Meeting.number == 25)))
    with pytest.raises(ConflictError, match="meeting 25 was removed since"):
        undo_operation(ctx, operation)


def test_a_roster_import_keeps_its_own_undo(demo_any):
    from dialogue_planner.services import roster_import
    from dialogue_planner.services.roster_import import ImportOptions

    ctx = demo_any
    data = (
        "Side,Agency,Family name,Given name,Native name,Title,Email,Phone,External ID\r\n"
        "CN,MPS,Gao,Yan,高燕,Counsellor,gao.yan@mps.example,,\r\n"
    ).encode()
    assert roster_import.apply_import(ctx, data, ImportOptions(file_name="mps.csv")).ok
    operation = ctx.last_operation
    record = describe_operation(ctx, operation)
    assert not record.undoable and "roster's own Undo import" in record.reason
    with pytest.raises(ValidationError, match="roster's own Undo import"):
        undo_operation(ctx, operation)
    undone = roster_import.undo_last_import(ctx)  # which keeps working, audited as its own operation
    assert (undone.file_name, undone.removed) == ("mps.csv", 1)
    assert not describe_operation(ctx, ctx.last_operation).undoable
