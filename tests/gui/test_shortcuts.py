"""The keyboard, as a user presses it: Ctrl+1…9 and Ctrl+0 for the pages, Ctrl+N and Ctrl+F on the page shown,
Enter and Delete in a list (and not in a text field), Ctrl+Z in a text field undoing the typing, and Help ▸
Keyboard shortcuts made from the actions, in English and Chinese."""

from __future__ import annotations

import pytest
from journeys.user_seat import CTRL, AnswerEvery, click_row_showing, key, key_in
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QLabel, QTableWidget, QTextBrowser

from dialogue_planner.gui.kit.ops import wait_all
from dialogue_planner.services import agenda, meetings, roster

PAGES = [
    "overview",
    "schedule",
    "roster",
    "agenda",
    "outcomes",
    "commitments",
    "requests",
    "escalations",
    "briefing",
    "workstation",
    "exchange",
]
NEW_DIALOGS = {
    "schedule": "New meeting",
    "roster": "Add delegate",
    "agenda": "New agenda item for meeting",
    "commitments": "New commitment",
    "requests": "New request",
    "escalations": "New escalation",
}
NEW_IN_PLACE = {"outcomes"}  # Ctrl+N opens no dialog: the page's editor takes the new paragraph


def press_on(qtbot, window, page_number: int, *keys):
    key(qtbot, window, getattr(Qt.Key, f"Key_{page_number % 10}"), CTRL)
    for k, modifiers in keys:
        key(qtbot, window, k, modifiers)
    return window.stack.currentWidget()


def test_ctrl_and_a_digit_opens_each_page(qtbot, window):
    for number, page_id in reversed(list(enumerate(PAGES[:10], start=1))):
        key(qtbot, window, getattr(Qt.Key, f"Key_{number % 10}"), CTRL)  # the tenth page is Ctrl+0
        assert window.stack.currentWidget().page_id == page_id
        assert window.navigation.currentRow() == number - 1
    assert [p.page_id for p in window.pages] == PAGES
    assert [a.text() for a in window.go_menu.actions()] == [p.title() for p in window.pages]
    assert [a.shortcut().isEmpty() for a in window.go_menu.actions()][10:] == [True]  # past ten: the menu


@pytest.mark.parametrize(("number", "page_id"), list(enumerate(PAGES, start=1)))
def test_ctrl_n_opens_the_new_dialog_of_the_page_or_is_off(qtbot, window, number, page_id):
    answers = AnswerEvery(qtbot, accept=False)
    try:
        press_on(qtbot, window, number, (Qt.Key.Key_N, CTRL))
    finally:
        answers.stop()
    if page_id in NEW_DIALOGS:
        assert window.new_action.isEnabled()
        assert [d.title for d in answers.seen] and answers.seen[0].title.startswith(NEW_DIALOGS[page_id])
    elif page_id in NEW_IN_PLACE:
        assert window.new_action.isEnabled() and answers.seen == []
        page = window.stack.currentWidget()
        assert page.new_mode and page.editor_title.text().startswith("New paragraph")
        assert QApplication.focusWidget() is page.text_en
    else:
        assert not window.new_action.isEnabled() and answers.seen == []
    assert window.app.errors.shown == []


@pytest.mark.parametrize(
    ("number", "field"), [(3, "rosterSearch"), (6, "commitmentSearch"), (7, "requestSearch")]
)
def test_ctrl_f_puts_the_cursor_in_the_search_field(qtbot, window, number, field):
    page = press_on(qtbot, window, number, (Qt.Key.Key_F, CTRL))
    assert QApplication.focusWidget().objectName() == field
    qtbot.keyClicks(QApplication.focusWidget(), "Chen")
    assert page.findChild(type(QApplication.focusWidget()), field).text() == "Chen"


def test_ctrl_f_is_off_where_there_is_no_search(qtbot, window):
    press_on(qtbot, window, 4)
    assert not window.find_action.isEnabled()


def test_enter_in_the_meeting_list_opens_the_meeting(qtbot, window):
    page = press_on(qtbot, window, 2)
    click_row_showing(qtbot, page.table, "24")
    answers = AnswerEvery(qtbot, accept=False)
    try:
        key_in(qtbot, window, page.table, Qt.Key.Key_Return)
    finally:
        answers.stop()
    assert [d.name for d in answers.seen] == ["meetingDialog"]
    assert meetings.get_meeting(window.app.ctx, 24).status == "planned"


def test_delete_in_the_outcome_paragraphs_asks_before_removing_one(qtbot, window):
    from dialogue_planner.services import outcomes

    page = press_on(qtbot, window, 5)
    meeting = page.current_meeting()
    outcomes.add_paragraph(window.app.ctx, meeting, "First.", "第一。")
    outcomes.add_paragraph(window.app.ctx, meeting, "Second.", "第二。")
    page.refresh()
    wait_all()
    click_row_showing(qtbot, page.table, "2")
    answers = AnswerEvery(qtbot, accept=True)
    try:
        key_in(qtbot, window, page.table, Qt.Key.Key_Delete)
    finally:
        answers.stop()
    assert [d.title for d in answers.seen] == ["Remove paragraph"]
    assert [p.text_en for p in outcomes.show_outcomes(window.app.ctx, meeting).paragraphs] == ["First."]


def test_enter_in_the_request_list_opens_its_editor(qtbot, window):
    page = press_on(qtbot, window, 7)
    qtbot.keyClicks(page.search, "US-2026-0013")
    qtbot.waitUntil(lambda: page.proxy.rowCount() == 1)
    click_row_showing(qtbot, page.table, "US-2026-0013")
    answers = AnswerEvery(qtbot, accept=False)
    try:
        key_in(qtbot, window, page.table, Qt.Key.Key_Enter)
    finally:
        answers.stop()
    assert len(answers.seen) == 1 and "US-2026-0013" in answers.seen[0].title


def test_delete_in_the_agenda_list_withdraws_the_item_asking_why(qtbot, window):
    ctx = window.app.ctx
    page = press_on(qtbot, window, 4)
    number = page.current_meeting()
    item = agenda.list_items(ctx, number)[-1]
    click_row_showing(qtbot, page.table, item.title, column=1)
    declined = AnswerEvery(qtbot, accept=False)
    try:
        key_in(qtbot, window, page.table, Qt.Key.Key_Delete)
    finally:
        declined.stop()
    assert [d.title for d in declined.seen] == ["Withdraw item"]
    assert agenda.get_item(ctx, item.id).status == "open"
    given = AnswerEvery(qtbot, text="Settled between the agencies")
    try:
        key_in(qtbot, window, page.table, Qt.Key.Key_Delete)
    finally:
        given.stop()
    assert (agenda.get_item(ctx, item.id).status, agenda.get_item(ctx, item.id).withdraw_reason) == (
        "withdrawn",
        "Settled between the agencies",
    )


def test_delete_in_the_roster_deactivates_and_never_reactivates(qtbot, window, answers):
    ctx = window.app.ctx
    page = press_on(qtbot, window, 3)
    first = page.table.model().index(0, 0)
    qtbot.mouseClick(
        page.table.viewport(), Qt.MouseButton.LeftButton, pos=page.table.visualRect(first).center()
    )
    delegate = page.current_delegate()
    key_in(qtbot, window, page.table, Qt.Key.Key_Delete)
    assert roster.get_delegate(ctx, delegate.id).active is False
    row = page.table.currentIndex()
    qtbot.mouseClick(
        page.table.viewport(), Qt.MouseButton.LeftButton, pos=page.table.visualRect(row).center()
    )
    assert page.current_delegate().id == delegate.id
    key_in(qtbot, window, page.table, Qt.Key.Key_Delete)  # Delete on an inactive delegate: nothing to do
    assert roster.get_delegate(ctx, delegate.id).active is False
    assert "not available" in window.statusBar().currentMessage()


def test_delete_and_ctrl_z_in_a_text_field_edit_the_text(qtbot, window):
    ctx = window.app.ctx
    page = press_on(qtbot, window, 3, (Qt.Key.Key_F, CTRL))
    first = roster.list_delegates(ctx)[0]
    qtbot.keyClicks(page.search, "Chenx")
    qtbot.keyClick(page.search, Qt.Key.Key_Backspace)
    qtbot.keyClick(page.search, Qt.Key.Key_Home)
    qtbot.keyClick(page.search, Qt.Key.Key_Delete)
    assert page.search.text() == "hen"
    assert roster.get_delegate(ctx, first.id).active is True
    agenda.withdraw_item(ctx, agenda.list_items(ctx, 23)[-1].id, "Covered elsewhere")
    window.app.changed("agenda_item")
    wait_all()  # the undo list reads the change off the GUI thread
    assert window.undo_action.isEnabled()
    qtbot.keyClick(page.search, Qt.Key.Key_Z, CTRL)
    assert page.search.text() != "hen"  # the field took back its own typing
    assert agenda.list_items(ctx, 23)[-1].status == "withdrawn"  # and left the saved change alone


def _rows(dialog) -> list[tuple[str, str, str]]:
    table = dialog.findChild(QTableWidget, "shortcutTable")
    return [tuple(table.item(r, c).text() for c in range(3)) for r in range(table.rowCount())]


def _expected_keys(window) -> set[str]:
    found = set()
    for action in window.findChildren(QAction):
        for sequence in action.shortcuts():
            if not sequence.isEmpty() and sequence[0].key().value < Qt.Key.Key_Help.value:
                found.add(sequence.toString(QKeySequence.SequenceFormat.NativeText))
    return found


def test_the_shortcut_list_names_every_action_with_keys(qtbot, window):
    seen = []
    answers = AnswerEvery(qtbot, inspect=lambda d: seen.append(_rows(d)))
    try:
        key(qtbot, window, Qt.Key.Key_F1)
    finally:
        answers.stop()
    rows = seen[0]
    listed = {k for _where, _what, keys in rows for k in keys.split("; ")}
    assert listed == _expected_keys(window)
    assert any(r[:2] == ("Edit", "Undo") and r[2].startswith("Ctrl+Z") for r in rows)
    assert any(r[:2] == ("Edit", "Redo") and "Ctrl+Shift+Z" in r[2] for r in rows)
    assert ("Go", "Agenda", "Ctrl+4") in rows
    assert ("Agenda list", "Withdraw…", "Del") in rows or ("Agenda list", "Withdraw", "Del") in rows
    assert ("Schedule list", "Edit", "Return; Enter") in rows
    assert [r[0] for r in rows][:2] == ["File", "Edit"]  # menus first, in menu order


def test_the_shortcut_list_and_menus_speak_chinese(qtbot, qapp, demo_ctx, tmp_path):
    from dialogue_planner.gui.i18n import install_translators
    from dialogue_planner.gui.shell.app_context import AppContext
    from dialogue_planner.gui.shell.errors import ErrorReporter
    from dialogue_planner.gui.shell.main_window import MainWindow

    translators = install_translators(qapp, "zh_CN")
    try:
        settings = QSettings(str(tmp_path / "zh.ini"), QSettings.Format.IniFormat)
        win = MainWindow(AppContext(demo_ctx, settings, ErrorReporter(interactive=False), language="zh_CN"))
        qtbot.addWidget(win)
        win.show()
        qtbot.waitExposed(win)
        seen = []
        answers = AnswerEvery(qtbot, inspect=lambda d: seen.append((d.windowTitle(), _rows(d))))
        try:
            win.findChild(QAction, "shortcutsAction").trigger()
        finally:
            answers.stop()
        title, rows = seen[0]
        assert title == "键盘快捷键"
        assert any(r[:2] == ("编辑", "撤销") and r[2].startswith("Ctrl+Z") for r in rows)
        assert ("转到", "议程", "Ctrl+4") in rows
        english = {
            "Undo",
            "Redo",
            "New",
            "Find",
            "Keyboard shortcuts",
            "Refresh",
            "Edit",
            "Go",
            "Help",
            "File",
        }
        assert not english & {text for row in rows for text in row[:2]}
        assert [plain.text() for plain in win.menuBar().actions()] == [
            "文件(&F)",
            "编辑(&E)",
            "视图(&V)",
            "转到(&G)",
            "帮助(&H)",
        ]
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)


def test_about_names_the_version_database_role_and_licences(qtbot, window):
    from dialogue_planner import __version__

    seen = []
    answers = AnswerEvery(
        qtbot,
        inspect=lambda d: seen.append(
            (
                d.findChild(QLabel, "aboutFacts").text(),
                d.findChild(QTextBrowser, "aboutLicences").toPlainText(),
            )
        ),
    )
    try:
        window.findChild(QAction, "aboutAction").trigger()
    finally:
        answers.stop()
    facts, licences = seen[0]
    assert any(f"Dialogue Planner {__version__}" in text for d in answers.seen for text in d.texts)
    path = str(window.app.ctx.db.path)
    assert f"SQLite file {path}" in facts and "sqlite:" not in facts
    assert "tester · admin" in facts
    for expected in (
        "Apache License 2.0",
        "Qt for Python (PySide6)",
        "LGPL-3.0",
        "WenQuanYi Micro Hei",
        "ReportLab",
    ):
        assert expected in licences


def test_about_names_a_server_database_without_its_url(demo_ctx):
    from types import SimpleNamespace

    from dialogue_planner.services.context import ServiceContext
    from dialogue_planner.services.info import database_location

    assert database_location(demo_ctx).path == str(demo_ctx.db.path)
    server = SimpleNamespace(
        is_sqlite=False, path=None, url="postgresql+psycopg://alice:secret@db.example:5433/dialogue"
    )
    place = database_location(ServiceContext(server, demo_ctx.user, demo_ctx.dialogue_id))
    assert (place.path, place.server, place.database, place.user) == (
        "",
        "db.example:5433",
        "dialogue",
        "alice",
    )
    assert "secret" not in repr(place)
