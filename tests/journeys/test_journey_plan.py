"""Journeys of the planning pages (Overview, Schedule, Agenda, Escalations), written only as a user acts:
widgets found by object name or visible text, mouse clicks and typed keys, dialogs answered; what counts is
what the screen and the database then show."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QPushButton

from dialogue_planner.services import agenda, escalations, meetings

from .conftest import TODAY, click_row, go_to, shown_row
from .user_seat import button, click, focus


def unresolved(ctx, number: int) -> list[str]:
    return [
        i.title
        for i in agenda.list_items(ctx, number)
        if i.status in ("open", "discussed") and i.source != "standing"
    ]


# -- the past meeting nobody recorded ------------------------------------------------------------------
def close_meeting_23_from_the_overview_prompt(qtbot, window, dialogs) -> dict:
    """The journey's steps, shared with the undo journey: the Overview names meeting 23 first, its button
    opens the Agenda page on it, "Close meeting and carry over…" shows the preview, the user closes it.
    Returns what was carried (titles) and the preview as shown."""
    ctx = window.app.ctx
    to_carry = unresolved(ctx, 23)
    overview = go_to(qtbot, window, "Overview")
    banner = overview.findChild(QPushButton, "attention-23").parentWidget()
    assert banner.isVisible() and banner.geometry().bottom() < overview.heading.geometry().top()  # first
    assert banner.texts()[0] == (
        "Meeting 23 (2026-12-01) has passed but is still confirmed: record what happened "
        "and carry over its open items."
    )
    click(qtbot, overview.findChild(QPushButton, "attention-23"))

    page = window.stack.currentWidget()
    assert page.title() == "Agenda" and page.meeting.currentData() == 23
    assert page.attention.isVisible()
    preview = dialogs.expect("Close and carry over")
    click(qtbot, page.findChild(QPushButton, "closeMeeting"))
    return {"carried": to_carry, "preview": preview, "page": page}


def test_close_the_past_meeting_from_the_overview_prompt_through_its_preview(qtbot, window, dialogs):
    ctx = window.app.ctx
    before_24 = {i.title for i in agenda.list_items(ctx, 24)}
    done = close_meeting_23_from_the_overview_prompt(qtbot, window, dialogs)

    preview = done["preview"]
    assert preview.title == "Close meeting 23"
    assert "Meeting 23 will be marked held and closed." in preview.text
    assert f"{len(done['carried'])} unresolved item(s) will be carried over to meeting 24:" in preview.text
    assert all(title in preview.text for title in done["carried"])

    held = meetings.get_meeting(ctx, 23)
    assert (held.status, held.actual_start.isoformat(), held.closed_at is not None) == (
        "held",
        "2026-12-01",
        True,
    )
    arrived = [i for i in agenda.list_items(ctx, 24) if i.title not in before_24 or i.carried_from_id]
    assert {i.title for i in arrived if i.carried_from_id} >= set(done["carried"])
    assert unresolved(ctx, 23) == []
    page = done["page"]
    assert page.meeting.currentData() == 24 and not page.attention.isVisible()
    assert page.summary.text().startswith(
        f"Meeting 23 closed: {len(done['carried'])} item(s) carried over to this meeting."
    )
    assert window.app.errors.shown == []

    overview = go_to(qtbot, window, "Overview")
    assert not overview.alerts[0].isVisible()
    schedule = go_to(qtbot, window, "Schedule")
    assert not schedule.attention.isVisible()
    row = shown_row(schedule.table, 0, 23)
    assert schedule.table.model().index(row, 5).data() == "held"


def test_a_future_meeting_cannot_be_closed_and_says_when_it_can(qtbot, window):
    page = go_to(qtbot, window, "Agenda")
    focus(qtbot, page.meeting)
    qtbot.keyClick(page.meeting, Qt.Key.Key_Down)  # the meeting after 23 in the list
    assert page.meeting.currentData() == 24
    close = page.findChild(QPushButton, "closeMeeting")
    assert not close.isEnabled()
    assert close.toolTip() == "Meeting 24 can be closed once it has taken place (2027-06-22)."


# -- escalations ---------------------------------------------------------------------------------------
def test_log_an_escalation_put_it_on_the_agenda_once_and_resolve_it(qtbot, window, dialogs):
    ctx = window.app.ctx
    page = go_to(qtbot, window, "Escalations")

    def log_it(dialog):
        qtbot.keyClicks(dialog.summary, "Subscriber records still missing")
        qtbot.keyClicks(dialog.about, "US-2026-0011")

    dialogs.expect("Save", log_it)
    click(qtbot, page.findChild(QPushButton, "newEscalation"))
    logged = escalations.list_escalations(ctx)[0]
    assert (logged.summary, logged.requests, logged.status) == (
        "Subscriber records still missing",
        ("US-2026-0011",),
        "open",
    )
    assert page.message.text() == f"{logged.reference} logged."
    assert page.selected_reference() == logged.reference

    put = page.findChild(QPushButton, "escalationToAgenda")
    click(qtbot, put)
    items = [i for i in agenda.list_items(ctx, 24) if logged.reference in i.escalations]
    assert len(items) == 1
    position = items[0].position
    assert page.message.text() == f"{logged.reference} is on the agenda of meeting 24 as item {position}."
    assert f"meeting 24, item {position}</a> (open)" in page.detail.text()
    assert not put.isEnabled()  # the second click is refused: it is on the agenda already
    assert put.toolTip() == f"Already on the agenda of meeting 24 as item {position}"
    qtbot.mouseClick(put, Qt.MouseButton.LeftButton)
    assert len([i for i in agenda.list_items(ctx, 24) if logged.reference in i.escalations]) == 1

    focus(qtbot, page.detail)
    qtbot.keyClick(page.detail, Qt.Key.Key_Tab)  # to the link "meeting 24, item N"
    qtbot.keyClick(page.detail, Qt.Key.Key_Return)
    agenda_page = window.stack.currentWidget()
    assert agenda_page.title() == "Agenda" and agenda_page.meeting.currentData() == 24
    assert agenda_page.selected_item_id() == items[0].id
    assert (
        agenda_page.editor.heading.text()
        == f"Hotline escalation {logged.reference}: Subscriber records still missing"
    )

    page = go_to(qtbot, window, "Escalations")
    assert page.selected_reference() == logged.reference

    def resolution(dialog):
        field = dialog.findChild(QPlainTextEdit, "reasonText")
        qtbot.keyClicks(field, "Records delivered on 3 December")

    asked = dialogs.expect("Resolve", resolution)
    click(qtbot, page.findChild(QPushButton, "resolveEscalation"))
    assert asked.title == "Resolve escalation" and f"{logged.reference} will be marked resolved" in asked.text
    assert "How was it resolved?" in asked.text
    stored = escalations.get_escalation(ctx, logged.reference)
    assert (stored.status, stored.resolution) == ("resolved", "Records delivered on 3 December")
    assert page.message.text() == f"{logged.reference} resolved."
    assert not page.findChild(QPushButton, "resolveEscalation").isEnabled()
    assert window.app.errors.shown == []


# -- agenda --------------------------------------------------------------------------------------------
def test_withdraw_an_agenda_item(qtbot, window, dialogs):
    ctx = window.app.ctx
    page = go_to(qtbot, window, "Agenda")
    assert page.meeting.currentData() == 23  # opens on the meeting to record
    title = unresolved(ctx, 23)[-1]
    row = shown_row(page.table, 1, next(i for i in page.model.items() if i.title == title).title)
    click_row(qtbot, page.table, row)
    assert page.editor.heading.text() == title

    def reason(dialog):
        qtbot.keyClicks(dialog.findChild(QLineEdit, "reasonText"), "Answered in writing before the meeting")

    asked = dialogs.expect("Withdraw", reason)
    click(qtbot, button(page.editor, "Withdraw…"))
    assert asked.title == "Withdraw item" and f"“{title}” will leave the agenda of meeting 23" in asked.text
    item = next(i for i in agenda.list_items(ctx, 23) if i.title == title)
    assert (item.status, item.withdraw_reason) == ("withdrawn", "Answered in writing before the meeting")
    assert "withdrawn: Answered in writing before the meeting" in page.editor.meta.text()
    assert page.model.index(row, 4).data() == "withdrawn"
    assert button(page.editor, "Reopen").isEnabled() and not button(page.editor, "Withdraw…").isEnabled()
    assert window.app.errors.shown == []


def test_reorder_agenda_items_with_the_keyboard(qtbot, window):
    ctx = window.app.ctx
    page = go_to(qtbot, window, "Agenda")
    before = [i.title for i in agenda.list_items(ctx, 23)]
    click_row(qtbot, page.table, 4)
    focus(qtbot, page.table)
    qtbot.keyClick(page.table, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    after = [i.title for i in agenda.list_items(ctx, 23)]
    assert after == before[:3] + [before[4], before[3]] + before[5:]
    assert page.model.index(3, 1).data() == page.model.items()[3].title == before[4]
    assert page.selected_item_id() == agenda.list_items(ctx, 23)[3].id


# -- schedule ------------------------------------------------------------------------------------------
def test_propose_dates_and_create_a_meeting(qtbot, window, dialogs):
    ctx = window.app.ctx
    page = go_to(qtbot, window, "Schedule")
    seen = {}

    def create(dialog):
        proposal = dialog.selected()
        seen["window"], seen["host"] = proposal.window.label, proposal.host
        seen["day"] = dialog.date_combo.currentData()
        seen["city"] = dialog.city_edit.text()
        click(qtbot, button(dialog, "Create meeting"))
        seen["message"] = dialog.message.text()

    dialogs.expect("Close", create)
    click(qtbot, page.findChild(QPushButton, "proposeDates"))
    assert (seen["window"], seen["host"], seen["city"]) == ("2027-H2", "US", "Washington")
    created = meetings.get_meeting(ctx, 25)
    assert (created.start, created.host, created.city, created.window, created.status) == (
        seen["day"],
        "US",
        "Washington",
        "2027-H2",
        "planned",
    )
    assert seen["message"] == f"Created the 25th meeting: {seen['day'].isoformat()} in Washington (US)."
    row = shown_row(page.table, 0, 25)
    assert page.table.model().index(row, 1).data() == seen["day"].isoformat()
    assert page.timeline.window_status("2027-H2") == "scheduled"


def test_mark_held_from_the_schedule_shows_the_same_preview_and_asks(qtbot, window, dialogs):
    ctx = window.app.ctx
    page = go_to(qtbot, window, "Schedule")
    assert page.attention.isVisible()
    click_row(qtbot, page.table, shown_row(page.table, 0, 23))
    declined = dialogs.expect("Cancel")
    click(qtbot, page.findChild(QPushButton, "markHeld"))
    assert declined.title == "Mark meeting 23 held" and "will be carried over to meeting 24" in declined.text
    assert meetings.get_meeting(ctx, 23).status == "confirmed"
    row = shown_row(page.table, 0, 23)
    assert page.table.model().index(row, 5).data() == "confirmed · to be recorded"
    kept = dialogs.expect("Keep the meeting")
    click(qtbot, page.findChild(QPushButton, "cancelMeeting"))
    assert kept.title == "Cancel meeting 23"
    assert "will move to the agenda of meeting 24" in kept.text
    assert meetings.get_meeting(ctx, 23).status == "confirmed" and window.app.errors.shown == []


# -- the Overview's cards open what they count ---------------------------------------------------------
def test_overview_cards_and_figures_open_their_pages(qtbot, window):
    overview = go_to(qtbot, window, "Overview")
    card = next(c for c in overview.extra_cards if c.heading.text() == "Open escalations")
    click(qtbot, card)
    page = window.stack.currentWidget()
    assert page.title() == "Escalations" and page.open_only.isChecked()
    assert page.model.rowCount() == page.model.count_open()

    overview = go_to(qtbot, window, "Overview")
    card = next(c for c in overview.extra_cards if c.heading.text() == "Next meeting")
    click(qtbot, card.countdown)  # anywhere on the card, its labels too
    page = window.stack.currentWidget()
    assert page.title() == "Schedule" and page.selected_number() == 24

    overview = go_to(qtbot, window, "Overview")
    focus(qtbot, overview.tiles["agenda_items"])
    qtbot.keyClick(overview.tiles["agenda_items"], Qt.Key.Key_Return)
    assert window.stack.currentWidget().title() == "Agenda"
    assert window.app.errors.shown == []


def test_the_demo_date_is_the_one_the_issue_was_found_on(window):
    """The journeys read the demo as it was found: meeting 23 three days past and unrecorded."""
    assert TODAY.isoformat() == "2026-12-04"
    assert [m.number for m in meetings.meetings_to_close(window.app.ctx, TODAY)] == [23]
