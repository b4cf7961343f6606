"""An admin's corrections on the Schedule page (issue 16), from the user's seat: a meeting added by mistake
is deleted (after asking; refused in the service's words while anything refers to it), a meeting recorded
as held by mistake gets its status corrected with a reason; a viewer has neither. And a meeting entered as
already held takes agenda items on the Agenda page until it is closed (backfilling its record)."""

from __future__ import annotations

from datetime import date

from journeys.user_seat import click, dialogs  # noqa: F401  (the fixture)

from dialogue_planner.domain.records import UserRecord
from dialogue_planner.gui.kit.ops import wait_all
from dialogue_planner.services.agenda import add_item, list_items
from dialogue_planner.services.audit import list_audit
from dialogue_planner.services.context import ServiceContext
from dialogue_planner.services.meetings import add_meeting, get_meeting, list_meetings


def test_a_meeting_added_by_mistake_is_deleted_after_asking(qtbot, schedule_page, dialogs):  # noqa: F811
    page = schedule_page
    ctx = page.app.ctx
    add_meeting(ctx, start=date(2017, 6, 20), host="CN", city="Beijing", today=date(2017, 1, 10))
    page.refresh(select=4)
    wait_all()
    assert page.delete_action.isEnabled()
    seen = dialogs.expect("Cancel")  # asked first: Cancel keeps it
    page.delete_action.trigger()
    assert "Delete the 4th meeting (2017-06-20, Beijing)?" in seen.text
    assert [m.number for m in list_meetings(ctx)] == [1, 2, 3, 4]
    dialogs.expect("Delete")
    page.delete_action.trigger()
    wait_all()
    assert [m.number for m in list_meetings(ctx)] == [1, 2, 3]
    assert page.message.text() == "The 4th meeting was deleted."
    assert page.model.row_of(4) < 0


def test_a_meeting_something_refers_to_is_not_deleted(qtbot, schedule_page, dialogs):  # noqa: F811
    page = schedule_page
    ctx = page.app.ctx
    add_item(ctx, meeting=2, title="Guidelines for requests")  # entered as held: it takes items
    page.select_meeting(2)
    dialogs.expect("Delete")
    page.delete_action.trigger()
    wait_all()
    assert page.message.text() == (
        "Meeting 2 cannot be deleted: 1 agenda items refer to it. Move or remove them first, or cancel the "
        "meeting instead."
    )
    assert [m.number for m in list_meetings(ctx)] == [1, 2, 3]


def test_a_held_status_is_corrected_with_a_reason(qtbot, schedule_page, dialogs):  # noqa: F811
    page = schedule_page
    ctx = page.app.ctx
    page.select_meeting(3)
    assert page.correct_action.isEnabled()

    def fill(dialog):
        assert not dialog.ok_button.isEnabled()  # no reason, no correction
        combo = next(w for w in dialog.children() if w.objectName() == "correctedStatus")
        combo.setCurrentIndex(combo.findData("postponed"))
        qtbot.keyClicks(dialog.editor, "Entered as held by mistake: it was postponed")

    dialogs.expect("Correct", fill)
    page.correct_action.trigger()
    wait_all()
    m = get_meeting(ctx, 3)
    assert (m.status, m.actual_start) == ("postponed", None)
    assert page.message.text() == "The 3rd meeting is now postponed."
    assert not page.correct_action.isEnabled()  # no longer held
    [entry] = [e for e in list_audit(ctx) if e.action == "meeting.status_correction"]
    assert "Entered as held by mistake" in entry.summary


def test_a_viewer_may_neither_delete_nor_correct(qtbot, schedule_page):
    page = schedule_page
    ctx = page.app.ctx
    page.app.ctx = ServiceContext(ctx.db, UserRecord(998, "vera", "Vera", "viewer", True), ctx.dialogue_id)
    page.select_meeting(3)
    assert not page.delete_action.isEnabled() and not page.correct_action.isEnabled()
    page.app.ctx = ctx


def test_a_meeting_entered_as_held_takes_agenda_items_until_closed(qtbot, schedule_app, dialogs):  # noqa: F811
    from dialogue_planner.gui.agenda.page import AgendaPage

    page = AgendaPage(schedule_app)
    page.today = date(2017, 1, 10)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    page.refresh()
    wait_all()
    page.meeting.setCurrentIndex(page.meeting.findData(1))
    wait_all()
    assert page.current_meeting() == 1 and page.new_button.isEnabled()

    def fill(dialog):
        qtbot.keyClicks(dialog.title_edit, "Guidelines for requesting assistance")

    dialogs.expect("Save", fill)
    click(qtbot, page.new_button)
    wait_all()
    assert [i.title for i in list_items(schedule_app.ctx, 1)] == ["Guidelines for requesting assistance"]
