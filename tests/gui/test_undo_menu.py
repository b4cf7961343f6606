"""Edit ▸ Undo and Redo after each of the secretariat's changes, driven as a user drives them: clicks on
buttons and rows found by their text, keys, and answers to the dialogs that open."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest
from journeys.user_seat import CTRL, SHIFT, button, click, click_row_showing, key
from PySide6.QtCore import Qt

from dialogue_planner.gui.kit.ops import wait_all
from dialogue_planner.services import agenda, escalations, meetings, requests, roster

TITLE_178 = "Preservation of electronic evidence held by providers"


def go(qtbot, window, page_number: int):
    key(qtbot, window, getattr(Qt.Key, f"Key_{page_number}"), CTRL)
    return window.stack.currentWidget()


def undo_by_key(qtbot, window) -> None:
    key(qtbot, window, Qt.Key.Key_Z, CTRL)


def redo_by_key(qtbot, window) -> None:
    key(qtbot, window, Qt.Key.Key_Z, CTRL | SHIFT)


def choose_meeting(qtbot, page, number: int) -> None:
    """Tab to the meeting list and walk it with the arrow keys (meetings are in date order, 24 the last)."""
    combo = page.findChild(type(page.meeting), "agendaMeeting")
    combo.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(combo, Qt.Key.Key_End)
    for _ in range(24 - number):
        qtbot.keyClick(combo, Qt.Key.Key_Up)
    assert combo.currentText().startswith(f"Meeting {number} ·")


def menu_text(window, name: str) -> str:
    action = window.undo_action if name == "undo" else window.redo_action
    return action.text().replace("&", "") if action.isEnabled() else ""


def open_agenda_item(qtbot, window, meeting: int, title: str):
    page = go(qtbot, window, 4)
    choose_meeting(qtbot, page, meeting)
    click_row_showing(qtbot, page.findChild(type(page.table), "agendaTable"), title, column=1)
    return page


# -- the journey --------------------------------------------------------------------------------------
def test_close_the_past_meeting_with_its_preview_and_undo_it(qtbot, window, answers):
    """Meeting 23 (1 December) was held and never closed: close it from the Agenda page, read the preview,
    confirm, then take it back with Ctrl+Z and put it back with Ctrl+Shift+Z."""
    ctx = window.app.ctx
    on_24 = {i.id for i in agenda.list_items(ctx, 24)}
    page = go(qtbot, window, 4)
    assert page.page_id == "agenda"
    choose_meeting(qtbot, page, 23)
    assert page.meeting.currentText().startswith("Meeting 23 · 2026-12-01")
    click(qtbot, button(page, "Close meeting and carry over…"))

    preview = [d for d in answers.seen if d.name == "carryOverDialog"]  # the preview every page shows
    assert len(preview) == 1 and preview[0].title == "Close meeting 23"
    said = "\n".join(preview[0].texts)
    assert "Meeting 23 will be marked held and closed." in said
    assert "7 unresolved item(s) will be carried over to meeting 24" in said
    assert meetings.get_meeting(ctx, 23).status == "held"
    carried = [i for i in agenda.list_items(ctx, 24) if i.id not in on_24]
    assert len(carried) == 7
    assert page.meeting.currentText().startswith("Meeting 24 ·") and page.model.rowCount() == len(on_24) + 7
    assert menu_text(window, "undo") == "Undo Close meeting 23 and carry over"

    undo_by_key(qtbot, window)
    m = meetings.get_meeting(ctx, 23)
    assert (m.status, m.closed_at) == ("confirmed", None)
    assert {i.id for i in agenda.list_items(ctx, 24)} == on_24
    assert all(i.status == "open" for i in agenda.list_items(ctx, 23))
    assert page.meeting.currentText().startswith("Meeting 24 ·")
    assert page.model.rowCount() == len(on_24)  # the carried copies left the screen too
    assert window.statusBar().currentMessage() == "Undone: Close meeting 23 and carry over"
    assert (menu_text(window, "undo"), menu_text(window, "redo")) == (
        "",
        "Redo Close meeting 23 and carry over",
    )

    redo_by_key(qtbot, window)
    assert meetings.get_meeting(ctx, 23).status == "held"
    assert len(agenda.list_items(ctx, 24)) == len(on_24) + 7
    assert menu_text(window, "undo") == "Undo Close meeting 23 and carry over"
    assert window.app.errors.shown == []


# -- Ctrl+Z after each change ----------------------------------------------------------------------------
def test_mark_held_on_the_schedule_is_undone(qtbot, window, answers):
    page = go(qtbot, window, 2)
    click_row_showing(qtbot, page.table, "23")
    click(qtbot, button(page, "Mark held"))
    assert meetings.get_meeting(window.app.ctx, 23).status == "held"
    assert menu_text(window, "undo") == "Undo Mark meeting 23 held"
    undo_by_key(qtbot, window)
    assert meetings.get_meeting(window.app.ctx, 23).status == "confirmed"
    assert window.app.errors.shown == []


@pytest.mark.parametrize(
    ("label", "status", "text"),
    [("Postpone", "postponed", "Postpone meeting 24"), ("Cancel meeting", "cancelled", "Cancel meeting 24")],
)
def test_postponing_or_cancelling_is_undone_from_the_edit_menu(qtbot, window, answers, label, status, text):
    page = go(qtbot, window, 2)
    click_row_showing(qtbot, page.table, "24")
    click(qtbot, button(page, label))
    assert meetings.get_meeting(window.app.ctx, 24).status == status
    assert menu_text(window, "undo") == f"Undo {text}"
    window.undo_action.trigger()
    wait_all()  # the undo runs off the GUI thread
    assert meetings.get_meeting(window.app.ctx, 24).status == "planned"
    assert page.model.record(page.model.row_of(24)).status == "planned"  # the page redrew


def test_withdrawing_resolving_and_reopening_an_item_are_undone(qtbot, window, answers):
    ctx = window.app.ctx
    page = open_agenda_item(qtbot, window, 23, TITLE_178)
    click(qtbot, button(page, "Withdraw…"))
    assert agenda.get_item(ctx, 178).status == "withdrawn"
    assert menu_text(window, "undo") == "Undo Withdraw “Preservation of electronic evidence…”"
    click(qtbot, button(page, "Reopen"))
    assert agenda.get_item(ctx, 178).status == "open"
    assert menu_text(window, "undo") == "Undo Reopen “Preservation of electronic evidence…”"
    undo_by_key(qtbot, window)
    assert agenda.get_item(ctx, 178).status == "withdrawn"
    undo_by_key(qtbot, window)
    assert (agenda.get_item(ctx, 178).status, agenda.get_item(ctx, 178).withdraw_reason) == ("open", "")

    editor = page.findChild(type(page.editor), "agendaItemEditor")
    qtbot.keyClicks(editor.outcome, "Template agreed")
    click(qtbot, button(page, "Resolve"))
    assert agenda.get_item(ctx, 178).status == "resolved"
    undo_by_key(qtbot, window)
    assert (agenda.get_item(ctx, 178).status, agenda.get_item(ctx, 178).outcome) == ("open", "")
    assert page.model.record(page.model.row_of(178)).status == "open"
    assert window.app.errors.shown == []


def test_recording_a_response_is_undone(qtbot, window, answers):
    ctx = window.app.ctx
    page = go(qtbot, window, 7)
    qtbot.keyClicks(page.search, "US-2026-0013")
    qtbot.waitUntil(lambda: page.proxy.rowCount() == 1)
    click_row_showing(qtbot, page.table, "US-2026-0013")
    detail = page.detail
    qtbot.keyClicks(detail.response_note, "Booking logs sent")
    click(qtbot, button(detail, "Record response"))
    assert requests.get_request(ctx, "US-2026-0013").request.status == "responded"
    assert menu_text(window, "undo") == "Undo Record a response to US-2026-0013"
    undo_by_key(qtbot, window)
    detail_now = requests.get_request(ctx, "US-2026-0013")
    assert (detail_now.request.status, detail_now.request.first_response_on) == ("acknowledged", None)
    assert "Booking logs sent" not in [h.note for h in detail_now.history]


def test_deactivating_a_delegate_is_undone(qtbot, window, answers):
    ctx = window.app.ctx
    page = go(qtbot, window, 3)
    page.table.setFocus()
    key(qtbot, window, Qt.Key.Key_Down)  # the first delegate of the list
    delegate = page.current_delegate()
    click(qtbot, button(page, "Deactivate"))
    assert roster.get_delegate(ctx, delegate.id).active is False
    assert menu_text(window, "undo") == f"Undo Deactivate {delegate.family_name} {delegate.given_name}"
    undo_by_key(qtbot, window)
    assert roster.get_delegate(ctx, delegate.id).active is True


def test_putting_an_escalation_on_the_agenda_is_undone(qtbot, window, answers):
    ctx = window.app.ctx
    esc = escalations.add_escalation(
        ctx,
        side="CN",
        summary="No reply on the wallet intrusion",
        at="2026-12-02T10:00",
        now=datetime(2026, 12, 4, tzinfo=timezone.utc),
    )
    page = go(qtbot, window, 8)
    click_row_showing(qtbot, page.table, esc.reference)
    click(qtbot, button(page, "Put on agenda"))
    assert escalations.get_escalation(ctx, esc.reference).agenda_item_ids
    assert menu_text(window, "undo") == f"Undo Put {esc.reference} on the agenda"
    undo_by_key(qtbot, window)
    assert escalations.get_escalation(ctx, esc.reference).agenda_item_ids == ()


# -- refusals and the list itself ------------------------------------------------------------------------
def test_undo_refused_when_someone_else_changed_the_item(qtbot, window, answers):
    from dialogue_planner.domain.records import UserRecord
    from dialogue_planner.services.context import ServiceContext

    ctx = window.app.ctx
    page = open_agenda_item(qtbot, window, 23, TITLE_178)
    click(qtbot, button(page, "Withdraw…"))
    bob = ServiceContext(ctx.db, UserRecord(999, "bob", "Bob", "secretariat", True), ctx.dialogue_id)
    agenda.edit_item(bob, 178, briefing_note="Bob's note")
    undo_by_key(qtbot, window)
    assert agenda.get_item(ctx, 178).status == "withdrawn"
    kind, message = window.app.errors.shown[-1]
    assert kind == "known" and "changed since by bob" in message and TITLE_178 in message
    assert menu_text(window, "undo") == "" and menu_text(window, "redo") == ""  # it left the list


def test_a_new_change_ends_what_could_be_redone_and_changes_elsewhere_are_not_listed(qtbot, window, answers):
    page = open_agenda_item(qtbot, window, 23, TITLE_178)
    click(qtbot, button(page, "Withdraw…"))
    undo_by_key(qtbot, window)
    assert menu_text(window, "redo").startswith("Redo Withdraw")
    click(qtbot, button(page, "Discussed"))
    assert menu_text(window, "redo") == "" and menu_text(window, "undo").startswith("Undo Mark “Preservation")
    before = menu_text(window, "undo")
    window.app.changed("agenda_item")  # what the change watcher does for another workstation's save
    wait_all()
    assert menu_text(window, "undo") == before


def test_changes_that_cannot_be_undone_are_not_offered(qtbot, window, answers):
    ctx = window.app.ctx
    requests.set_standard(
        ctx, "information", response_days=45
    )  # a reorder is undoable now: a standard is not
    window.app.changed("timeliness_standard")
    wait_all()
    assert menu_text(window, "undo") == "" and not window.undo_action.isEnabled()
