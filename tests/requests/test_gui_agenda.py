"""The Agenda page: order by drag and drop, editing in place, moving, action items, and closing with a
preview; the models through qtmodeltester; the overview cards."""

from datetime import date

from journeys.user_seat import click, focus
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QLineEdit

from dialogue_planner.gui.agenda.action_model import COL as ACOL
from dialogue_planner.gui.agenda.action_model import ActionItemModel
from dialogue_planner.gui.agenda.item_model import AgendaItemModel, reordered
from dialogue_planner.gui.agenda.page import AgendaPage
from dialogue_planner.gui.kit.ops import wait_all
from dialogue_planner.gui.requests.overview_cards import OverdueRequestsCard, TimelinessCard
from dialogue_planner.services import agenda

from .conftest import show_page


def type_reason(text):
    """Fill a reason dialog as a user: type into its text field."""

    def fill(dialog):
        field = dialog.findChild(QLineEdit, "reasonText")
        field.setFocus()
        for ch in text:
            field.insert(ch)

    return fill


def seed(ctx):
    a = agenda.add_item(ctx, meeting=1, title="Botnet takedown", owner="CN", owner_agency="MPS")
    b = agenda.add_item(ctx, meeting=1, title="Points of contact")
    c = agenda.add_item(ctx, meeting=1, title="Training")
    return a, b, c


def test_reordered():
    assert reordered([1, 2, 3, 4], [3], 0) == [3, 1, 2, 4]
    assert reordered([1, 2, 3, 4], [1], -1) == [2, 3, 4, 1]
    assert reordered([1, 2, 3, 4], [1], 3) == [2, 3, 1, 4]
    assert reordered([1, 2, 3, 4], [2, 3], 2) == [1, 2, 3, 4]
    assert reordered([1, 2, 3, 4], [2, 3], 3) == [1, 2, 3, 4]
    assert reordered([1, 2, 3, 4], [2], 4) == [1, 3, 4, 2]


def test_models_pass_the_tester(qtmodeltester, gui_app):
    a, _b, _c = seed(gui_app.ctx)
    agenda.add_action(gui_app.ctx, a.id, description="Send list", owner="CN", due_on=date(2016, 1, 5))
    items = agenda.list_items(gui_app.ctx, 1)
    model = AgendaItemModel()
    model.set_items(items)
    qtmodeltester.check(model)
    actions = ActionItemModel()
    actions.set_rows(items[0].actions)
    qtmodeltester.check(actions)
    assert actions.index(0, ACOL["due"]).data() == "2016-01-05"
    assert actions.index(0, ACOL["owner"]).data() == "CN"


def test_drag_and_drop_saves_the_new_order(qtbot, gui_app):
    a, b, c = seed(gui_app.ctx)
    page = show_page(qtbot, AgendaPage(gui_app), today=date(2015, 11, 1))
    assert page.current_meeting() == 1
    assert [i.title for i in page.model.items()] == ["Botnet takedown", "Points of contact", "Training"]
    data = page.model.mimeData([page.model.index(2, 0)])
    assert page.model.canDropMimeData(data, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    page.model.dropMimeData(data, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    wait_all()
    assert [i.title for i in agenda.list_items(gui_app.ctx, 1)] == [
        "Training",
        "Botnet takedown",
        "Points of contact",
    ]
    assert [i.position for i in page.model.items()] == [1, 2, 3]
    assert page.model.items()[0].title == "Training"
    assert not page.model.dropMimeData(data, Qt.DropAction.CopyAction, 0, 0, QModelIndex())


def test_editing_in_place_resolve_withdraw_move_and_actions(qtbot, gui_app, dialogs):
    a, b, c = seed(gui_app.ctx)
    page = show_page(qtbot, AgendaPage(gui_app), today=date(2015, 11, 1))
    page.select_item(a.id)
    editor = page.editor
    assert editor.heading.text() == "Botnet takedown"
    assert "First raised at meeting 1; not carried over." in editor.history.text()
    click(qtbot, editor.resolve_button)
    assert gui_app.errors.shown == [("known", "Record the outcome that resolved the item.")]
    qtbot.keyClicks(editor.outcome, "Servers taken down")
    click(qtbot, editor.resolve_button)
    assert agenda.get_item(gui_app.ctx, a.id).status == "resolved"
    assert page.selected_item_id() == a.id and editor.reopen_button.isEnabled()
    page.select_item(b.id)
    declined = dialogs.expect("Cancel", type_reason("Not sure"))
    click(qtbot, editor.withdraw_button)  # clicked(bool) once filled the reason with False and crashed
    assert declined.title == "Withdraw item"
    assert "“Points of contact” will leave the agenda of meeting 1" in declined.text
    assert agenda.get_item(gui_app.ctx, b.id).status == "open"
    dialogs.expect("Withdraw", type_reason("Covered by item 1"))
    click(qtbot, editor.withdraw_button)
    assert agenda.get_item(gui_app.ctx, b.id).withdraw_reason == "Covered by item 1"
    assert "withdrawn: Covered by item 1" in editor.meta.text()
    page.select_item(c.id)
    assert editor.target.currentData() == 2  # the next open meeting, not this one
    click(qtbot, editor.move_button)
    assert agenda.get_item(gui_app.ctx, c.id).meeting_number == 2
    page.select_item(a.id)
    qtbot.keyClicks(editor.new_action, "Report results")
    click(qtbot, editor.add_action_button)
    action_index = editor.actions.index(0, ACOL["status"])
    assert editor.actions.setData(action_index, "done")
    wait_all()
    assert agenda.get_item(gui_app.ctx, a.id).actions[0].status == "done"
    assert not editor.actions.setData(editor.actions.index(0, ACOL["due"]), "next week")
    wait_all()
    assert gui_app.errors.shown[-1] == ("known", "'next week' is not a date: write it as YYYY-MM-DD.")
    assert editor.actions.setData(editor.actions.index(0, ACOL["due"]), "2016-01-31")
    wait_all()
    assert agenda.get_item(gui_app.ctx, a.id).actions[0].due_on == date(2016, 1, 31)


def test_the_withdraw_dialog_waits_for_a_reason(qtbot, gui_app, dialogs):
    _a, b, _c = seed(gui_app.ctx)
    page = show_page(qtbot, AgendaPage(gui_app), today=date(2015, 11, 1))
    page.select_item(b.id)
    seen = []
    dialogs.expect("Cancel", lambda d: seen.append(d.ok_button.isEnabled()))
    click(qtbot, page.editor.withdraw_button)
    assert seen == [False] and agenda.get_item(gui_app.ctx, b.id).status == "open"


def test_keyboard_reorders_with_ctrl_arrows_and_delete_withdraws(qtbot, gui_app, dialogs):
    a, b, c = seed(gui_app.ctx)
    page = show_page(qtbot, AgendaPage(gui_app), today=date(2015, 11, 1))
    page.select_item(c.id)
    focus(qtbot, page.table)
    qtbot.keyClick(page.table, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert [i.title for i in agenda.list_items(gui_app.ctx, 1)] == [
        "Botnet takedown",
        "Training",
        "Points of contact",
    ]
    qtbot.keyClick(page.table, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(page.table, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)  # already first: nothing
    assert [i.title for i in agenda.list_items(gui_app.ctx, 1)] == [
        "Training",
        "Botnet takedown",
        "Points of contact",
    ]
    assert page.selected_item_id() == c.id
    qtbot.keyClick(page.table, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert [i.title for i in agenda.list_items(gui_app.ctx, 1)] == [
        "Botnet takedown",
        "Training",
        "Points of contact",
    ]
    asked = dialogs.expect("Withdraw", type_reason("Merged into item 1"))
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert asked.title == "Withdraw item" and "“Training”" in asked.text
    assert agenda.get_item(gui_app.ctx, c.id).status == "withdrawn"
    focus(qtbot, page.table)
    assert page.selected_item_id() == c.id
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)  # withdrawn already: Delete means nothing, no dialog
    assert gui_app.errors.shown == []


def test_close_meeting_with_preview_carries_and_shows_the_next_meeting(qtbot, gui_app, dialogs):
    a, b, _c = seed(gui_app.ctx)
    agenda.resolve_item(gui_app.ctx, b.id, "Exchanged")
    page = show_page(qtbot, AgendaPage(gui_app), today=date(2015, 12, 2))
    assert page.current_meeting() == 1  # passed and still confirmed: the page opens on it
    assert page.attention.isVisible()
    assert "Meeting 1 (2015-12-01) has passed but is still confirmed" in page.attention_text.text()
    declined = dialogs.expect("Cancel")
    click(qtbot, page.close_button)
    assert declined.title == "Close meeting 1"
    assert "Meeting 1 will be marked held and closed." in declined.text
    assert "2 unresolved item(s) will be carried over to meeting 2" in declined.text
    assert agenda.list_items(gui_app.ctx, 1)[0].status == "open"  # declined: nothing changed
    accepted = dialogs.expect("Close and carry over")
    click(qtbot, page.close_button)
    assert accepted.answered and page.current_meeting() == 2
    carried = [i for i in page.model.items() if i.times_carried]
    assert [(i.title, i.first_raised_meeting_number) for i in carried] == [
        ("Botnet takedown", 1),
        ("Training", 1),
    ]
    assert page.summary.text().startswith("Meeting 1 closed: 2 item(s) carried over to this meeting.")
    page.select_item(carried[0].id)
    assert "meeting 1: carried over → meeting 2: now" in page.editor.history.text()
    page.show_meeting(1)
    wait_all()
    assert not page.close_button.isEnabled() and not page.new_button.isEnabled()
    assert not page.attention.isVisible()


def test_a_meeting_that_has_not_started_cannot_be_closed(qtbot, gui_app):
    seed(gui_app.ctx)
    page = show_page(qtbot, AgendaPage(gui_app), today=date(2015, 11, 1))
    assert page.current_meeting() == 1 and not page.attention.isVisible()
    assert not page.close_button.isEnabled()
    assert page.close_button.toolTip() == "Meeting 1 can be closed once it has taken place (2015-12-01)."


def test_overview_cards(qtbot, gui_app):
    overdue = OverdueRequestsCard(gui_app)
    overdue.today = date(2016, 6, 1)
    timeliness = TimelinessCard(gui_app)
    timeliness.today = date(2016, 6, 1)
    for card in (overdue, timeliness):
        qtbot.addWidget(card)
        card.refresh()
    wait_all()
    assert overdue.figure.text() == "1"
    assert "US-2016-0001" in overdue.lines.text() and "1 owed by CN" in overdue.lines.text()
    assert "Requests received 2015-09-25 to 2016-06-01" in timeliness.period.text()
    assert "overdue now" in timeliness.table.text()


def test_refresh_after_a_change_keeps_the_selected_item(qtbot, gui_app):
    a, _b, _c = seed(gui_app.ctx)
    page = show_page(qtbot, AgendaPage(gui_app), today=date(2015, 11, 1))
    gui_app.data_changed.connect(lambda _areas: page.refresh())  # what the main window does
    page.select_item(a.id)
    page.editor.note.setPlainText("Brief the delegation")
    page.editor.save_texts()
    wait_all()
    assert page.selected_item_id() == a.id
    assert page.editor.note.toPlainText() == "Brief the delegation"


def test_items_left_on_a_cancelled_meeting_are_pointed_out(qtbot, gui_app):
    from .conftest import set_meeting_status

    agenda.add_item(gui_app.ctx, meeting=3, title="Last topic")
    set_meeting_status(gui_app.ctx, 3, "cancelled")  # no open meeting after it: the item waits there
    page = show_page(qtbot, AgendaPage(gui_app), today=date(2016, 1, 1))
    page.show_meeting(3)
    wait_all()
    assert "move its unresolved items to an open meeting" in page.summary.text()
    page.select_item(page.model.items()[0].id)
    assert page.editor.move_button.isEnabled()
    page.editor.target.setCurrentIndex(page.editor.target.findData(2))
    page.editor.move()
    wait_all()
    assert [i.title for i in agenda.list_items(gui_app.ctx, 2)] == ["Last topic"]


def test_chinese_interface_shows_chinese_titles(qtbot, gui_app, qapp):
    from dialogue_planner.gui.i18n import install_translators

    agenda.add_standing_items(gui_app.ctx, 2)
    translators = install_translators(qapp, "zh_CN")
    try:
        model = AgendaItemModel()
        model.set_items(agenda.list_items(gui_app.ctx, 2))
        assert model.index(0, 1).data() == "审议对信息和协助请求答复的及时性和质量"
        assert "Review of timeliness" in model.index(0, 1).data(Qt.ItemDataRole.ToolTipRole)
    finally:
        for t in translators:
            qapp.removeTranslator(t)
    model.set_items(agenda.list_items(gui_app.ctx, 2))
    assert model.index(0, 1).data() == "Review of timeliness and quality of responses to requests"


def test_a_slow_server_leaves_the_window_answering_while_standing_items_are_added(
    qtbot, gui_app, monkeypatch
):
    """The service waits (a remote server): the GUI thread goes on, the window is busy and the button cannot be
    pressed twice; when the server answers, the page shows the new items."""
    import threading

    from PySide6.QtCore import QTimer

    page = show_page(qtbot, AgendaPage(gui_app), today=date(2015, 11, 1))
    assert page.current_meeting() == 1 and page.model.rowCount() == 0
    release = threading.Event()
    real = agenda.add_standing_items

    def waiting(*args, **kwargs):
        assert release.wait(10)
        return real(*args, **kwargs)

    monkeypatch.setattr(agenda, "add_standing_items", waiting)
    ticks = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(5)
    page.standing_button.click()  # not qtbot's click, which waits for the call
    qtbot.waitUntil(lambda: len(ticks) >= 3, timeout=5000)
    assert gui_app.ops.busy and not page.standing_button.isEnabled()
    assert page.model.rowCount() == 0
    release.set()
    qtbot.waitUntil(lambda: page.model.rowCount() > 0 and not gui_app.ops.busy, timeout=10_000)
    timer.stop()
    assert page.standing_button.isEnabled() and gui_app.errors.shown == []
