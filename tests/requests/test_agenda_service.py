"""Agenda services: items, status, order, action items, and carry-over through held, cancelled and
postponed meetings, on SQLite and PostgreSQL."""

from datetime import date

import pytest
from sqlalchemy import func, select

from dialogue_planner.domain.errors import ConflictError, NotFoundError, ValidationError
from dialogue_planner.services import agenda
from dialogue_planner.storage.models import AgendaItem, AuditEntry

from .conftest import set_meeting_status


def titles(ctx, meeting):
    return [(i.title, i.status) for i in agenda.list_items(ctx, meeting)]


def test_close_carries_unresolved_items_and_is_idempotent(any_meetings_ctx):
    ctx = any_meetings_ctx
    assert agenda.add_standing_items(ctx, 1) == 3
    a = agenda.add_item(
        ctx, meeting=1, title="Botnet takedown", owner="CN", owner_agency="MPS", briefing_note="CN to report"
    )
    b = agenda.add_item(ctx, meeting=1, title="Points of contact")
    c = agenda.add_item(ctx, meeting=1, title="Dropped topic")
    agenda.resolve_item(ctx, b.id, "Lists exchanged")
    agenda.withdraw_item(ctx, c.id, "Covered elsewhere")
    agenda.set_item_status(ctx, a.id, "discussed")
    agenda.add_action(ctx, a.id, description="Send server list", owner="CN", due_on=date(2016, 1, 15))

    preview = agenda.preview_close(ctx, 1)
    assert (preview.marked_held, preview.already_closed, preview.target_meeting_number) == (True, False, 2)
    assert [m.title for m in preview.moved] == ["Botnet takedown"]
    assert titles(ctx, 1)[3][1] == "discussed"  # the preview changed nothing

    result = agenda.close_meeting(ctx, 1)
    assert (result.marked_held, result.target_meeting_number, len(result.new_item_ids)) == (True, 2, 1)
    first = agenda.list_items(ctx, 1)
    assert [(i.title, i.status) for i in first] == [
        ("Review of timeliness and quality of responses to requests", "discussed"),
        ("Status and results of investigations", "discussed"),
        ("Hotline escalations since the previous meeting", "discussed"),
        ("Botnet takedown", "carried"),
        ("Points of contact", "resolved"),
        ("Dropped topic", "withdrawn"),
    ]
    second = agenda.list_items(ctx, 2)
    # The next meeting gets its standing items, then the carried item.
    assert [i.source for i in second] == ["standing", "standing", "standing", "proposal"]
    carried = second[3]
    assert (
        carried.title,
        carried.status,
        carried.carried_from_id,
        carried.first_raised_meeting_number,
        carried.times_carried,
        carried.owner_side,
        carried.owner_agency,
        carried.briefing_note,
    ) == ("Botnet takedown", "open", a.id, 1, 1, "CN", "MPS", "CN to report")
    assert [(h.meeting_number, h.status) for h in carried.history] == [(1, "carried")]
    again = agenda.close_meeting(ctx, 1)
    assert (again.already_closed, again.moved) == (True, ())
    with ctx.read() as s:
        assert s.scalar(select(func.count()).select_from(AgendaItem)) == 10
        assert s.scalar(select(AuditEntry).where(AuditEntry.action == "meeting.close")) is not None

    # Carried again: the chain keeps its origin and counts.
    agenda.close_meeting(ctx, 2)
    third = [i for i in agenda.list_items(ctx, 3) if i.source != "standing"]
    assert [(i.title, i.first_raised_meeting_number, i.times_carried) for i in third] == [
        ("Botnet takedown", 1, 2)
    ]
    assert [h.meeting_number for h in third[0].history] == [1, 2]


def test_closing_without_a_next_meeting_is_refused_and_changes_nothing(meetings_ctx):
    ctx = meetings_ctx
    agenda.add_item(ctx, meeting=3, title="Open question")
    with pytest.raises(ValidationError, match="plan the next meeting first"):
        agenda.close_meeting(ctx, 3)
    assert titles(ctx, 3) == [("Open question", "open")]
    assert next(m for m in agenda.agenda_meetings(ctx) if m.number == 3).status == "planned"


def test_cancelled_meeting_sends_all_unsettled_items_on(any_meetings_ctx):
    ctx = any_meetings_ctx
    a = agenda.add_item(ctx, meeting=1, title="Carried topic")
    agenda.close_meeting(ctx, 1)
    agenda.add_item(ctx, meeting=2, title="New topic")
    done = agenda.add_item(ctx, meeting=2, title="Settled")
    agenda.resolve_item(ctx, done.id, "Agreed")
    set_meeting_status(ctx, 2, "cancelled")
    assert [
        t
        for t in titles(ctx, 2)
        if t[0] != "Settled" and not t[0].startswith(("Review", "Status", "Hotline"))
    ] == []
    with ctx.read() as s:
        forwarded = s.scalars(
            select(AuditEntry.summary).where(AuditEntry.action == "agenda_item.forward")
        ).all()
    assert forwarded == ["meeting 2 cancelled: moved on to meeting 3"] * 2
    three = {i.title: i for i in agenda.list_items(ctx, 3)}
    assert (
        three["Carried topic"].carried_from_id == a.id
        and three["Carried topic"].first_raised_meeting_number == 1
    )
    assert three["New topic"].first_raised_meeting_number == 2
    with pytest.raises(ValidationError, match="cancelled"):
        agenda.close_meeting(ctx, 2)


def test_postponed_meeting_sends_only_carried_items_on(any_meetings_ctx):
    ctx = any_meetings_ctx
    agenda.add_item(ctx, meeting=1, title="Carried topic")
    agenda.close_meeting(ctx, 1)
    agenda.add_item(ctx, meeting=2, title="New topic")
    set_meeting_status(ctx, 2, "postponed", planned_start=date(2016, 9, 1))
    assert "New topic" in [t for t, _ in titles(ctx, 2)]
    assert "Carried topic" in [t for t, _ in titles(ctx, 3)]


def test_postponing_the_last_meeting_keeps_items_where_they_are(meetings_ctx):
    ctx = meetings_ctx
    agenda.add_item(ctx, meeting=2, title="Topic")
    agenda.close_meeting(ctx, 2)  # carried to 3
    set_meeting_status(ctx, 3, "postponed")
    assert ("Topic", "open") in titles(ctx, 3)


def test_move_copy_and_reorder(any_meetings_ctx):
    ctx = any_meetings_ctx
    a = agenda.add_item(ctx, meeting=2, title="A")
    b = agenda.add_item(ctx, meeting=2, title="B")
    c = agenda.add_item(ctx, meeting=2, title="C")
    reordered = agenda.reorder_items(ctx, 2, [c.id, a.id, b.id])
    assert [(i.title, i.position) for i in reordered] == [("C", 1), ("A", 2), ("B", 3)]
    assert [t for t, _ in titles(ctx, 2)] == ["C", "A", "B"]
    with pytest.raises(ValidationError, match="every item"):
        agenda.reorder_items(ctx, 2, [c.id, a.id])
    moved = agenda.move_item(ctx, a.id, 3)
    assert (moved.meeting_number, moved.first_raised_meeting_number, moved.times_carried) == (3, 2, 0)
    agenda.resolve_item(ctx, b.id, "Done")
    copy = agenda.move_item(ctx, b.id, 3, copy=True)
    assert (copy.title, copy.status, copy.meeting_number) == ("B", "open", 3)
    with pytest.raises(ValidationError, match="only open or discussed"):
        agenda.move_item(ctx, b.id, 3)
    agenda.close_meeting(ctx, 1)
    with pytest.raises(ValidationError, match="held"):
        agenda.move_item(ctx, c.id, 1)
    with pytest.raises(NotFoundError, match="no meeting number 7"):
        agenda.move_item(ctx, c.id, 7)


def test_edit_in_place_and_conflicts(meetings_ctx):
    ctx = meetings_ctx
    item = agenda.add_item(ctx, meeting=2, title="Topic")
    edited = agenda.edit_item(
        ctx, item.id, outcome="Draft outcome", briefing_note="Note", expected_version=item.version
    )
    assert (edited.outcome, edited.briefing_note) == ("Draft outcome", "Note")
    with pytest.raises(ConflictError):
        agenda.edit_item(ctx, item.id, outcome="Stale", expected_version=item.version)
    resolved = agenda.set_item_status(ctx, item.id, "resolved")  # the outcome written before counts
    assert (resolved.status, resolved.outcome) == ("resolved", "Draft outcome")
    with pytest.raises(ValidationError, match="keeps its outcome"):
        agenda.edit_item(ctx, item.id, outcome=" ")
    with pytest.raises(ValidationError, match="needs a title"):
        agenda.add_item(ctx, meeting=2, title="  ")
    with pytest.raises(ValidationError, match="Unknown agenda item source"):
        agenda.add_item(ctx, meeting=2, title="x", source="rumour")
    agenda.close_meeting(ctx, 1)
    with pytest.raises(ValidationError, match="add items to an open meeting"):
        agenda.add_item(ctx, meeting=1, title="Late")


def test_action_items(meetings_ctx):
    ctx = meetings_ctx
    item = agenda.add_item(ctx, meeting=2, title="Topic")
    rec = agenda.add_action(
        ctx, item.id, description="Send list", owner="US", owner_agency="FBI", due_on=date(2016, 7, 1)
    )
    action = rec.actions[0]
    assert (action.description, action.owner_side, action.owner_agency, action.status) == (
        "Send list",
        "US",
        "FBI",
        "open",
    )
    rec = agenda.edit_action(ctx, action.id, status="done", today=date(2016, 6, 30))
    assert (rec.actions[0].status, rec.actions[0].completed_on) == ("done", date(2016, 6, 30))
    with pytest.raises(ValidationError, match="Unknown action status"):
        agenda.edit_action(ctx, action.id, status="later")
    with pytest.raises(ValidationError, match="needs a description"):
        agenda.add_action(ctx, item.id, description=" ")
    assert agenda.delete_action(ctx, action.id).actions == ()


def test_closing_a_meeting_that_has_not_started_is_refused_before_any_preview(meetings_ctx):
    ctx = meetings_ctx
    agenda.add_item(ctx, meeting=2, title="Open question")
    with pytest.raises(ValidationError, match="Meeting 2 starts on 2016-06-14: it can be closed"):
        agenda.preview_close(ctx, 2, today=date(2016, 6, 13))
    with pytest.raises(ValidationError, match="Meeting 2 starts on 2016-06-14: it can be closed"):
        agenda.close_meeting(ctx, 2, today=date(2016, 6, 13))
    assert titles(ctx, 2) == [("Open question", "open")]
    assert agenda.preview_close(ctx, 2, today=date(2016, 6, 14)).target_meeting_number == 3  # on the day: yes
    set_meeting_status(ctx, 3, "cancelled")
    with pytest.raises(ValidationError, match="cancelled meeting cannot be closed"):
        agenda.preview_close(ctx, 3, today=date(2017, 1, 1))


def test_preview_of_cancelling_lists_moves_and_what_stays(meetings_ctx):
    ctx = meetings_ctx
    agenda.add_item(ctx, meeting=2, title="Moves on")
    agenda.add_item(ctx, meeting=3, title="Stays")
    moving = agenda.preview_called_off(ctx, 2, "cancelled")
    assert ([c.title for c in moving.moved], moving.target_meeting_number, moving.stranded) == (
        ["Moves on"],
        3,
        (),
    )
    assert agenda.preview_called_off(ctx, 2, "postponed").moved == ()  # its own items stay with it
    staying = agenda.preview_called_off(ctx, 3, "cancelled")
    assert (staying.moved, staying.target_meeting_number, staying.stranded) == ((), None, ("Stays",))
    assert titles(ctx, 2) == [("Moves on", "open")] and titles(ctx, 3) == [("Stays", "open")]
