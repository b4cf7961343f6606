"""The Requests page's clock, result, rater and Chinese texts (issue 16, 17), clicked as a user does."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from dialogue_planner.gui.kit.ops import wait_all
from dialogue_planner.gui.requests.page import RequestsPage
from dialogue_planner.gui.requests.request_dialog import RequestDialog
from dialogue_planner.services.requests import get_request

from .conftest import show_page

REF = "US-2016-0001"  # received 2016-01-04, response due 2016-02-03, unanswered; today is 2016-06-01


def _open(qtbot, gui_app, reference=REF):
    page = show_page(qtbot, RequestsPage(gui_app))
    assert page.select_request(get_request(gui_app.ctx, reference).request.id)
    wait_all()
    return page, page.detail


def _fill_clock(day: str, reason: str = "", until: str = ""):
    def fill(dialog) -> None:
        edit = dialog.findChild(type(dialog.day), "clockDate")
        edit.clear()
        edit.insert(day)
        if until:
            dialog.until.clear()
            dialog.until.insert(until)
        if reason:
            dialog.reason.setText(reason)

    return fill


def test_pause_and_resume_from_the_clock_tab(qtbot, gui_app, dialogs):
    page, pane = _open(qtbot, gui_app)
    pane.actions.setCurrentIndex(2)
    assert pane.pause_button.isEnabled() and not pane.resume_button.isEnabled()
    assert pane.clock_state.text() == "Running: the response is due 2016-02-03."
    dialogs.expect("Save", _fill_clock("2016-01-10", "Asked for the server logs"))
    qtbot.mouseClick(pane.pause_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: get_request(gui_app.ctx, REF).request.paused_since is not None)
    wait_all()
    assert pane.clock_state.text() == "Paused since 2016-01-10."
    assert not pane.pause_button.isEnabled() and pane.resume_button.isEnabled()
    assert (
        "Paused" in pane.facts.text() and "since 2016-01-10: Asked for the server logs" in pane.facts.text()
    )
    assert "Overdue" not in pane.facts.text()  # paused before it was due: the clock stands still
    assert page.summary.text().startswith("3 requests · 0 overdue")
    dialogs.expect("Save", _fill_clock("2016-01-20"))
    qtbot.mouseClick(pane.resume_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: get_request(gui_app.ctx, REF).request.paused_since is None)
    wait_all()
    r = get_request(gui_app.ctx, REF).request
    assert (r.response_due_on, r.paused_days) == (date(2016, 2, 13), 10)
    facts = pane.facts.text()
    assert "2016-02-13 · first set 2016-02-03 · 10 days paused" in facts
    assert "2016-01-10 to 2016-01-20 (10 days): Asked for the server logs" in facts
    assert pane.history.item(0).text() == "2016-01-10  clock paused: Asked for the server logs"
    assert gui_app.errors.shown == []


def test_a_refused_extension_stays_in_its_dialog_then_is_saved(qtbot, gui_app, dialogs):
    _page, pane = _open(qtbot, gui_app)
    seen = {}

    def refuse_then_fix(dialog) -> None:
        _fill_clock("2016-01-30", "Agreed at the hotline", "2016-01-31")(dialog)
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()
        qtbot.waitUntil(lambda: dialog.error_label.isVisible())
        seen["error"] = dialog.error_label.text()
        dialog.until.clear()
        dialog.until.insert("2016-03-31")

    dialogs.expect("Save", refuse_then_fix)
    pane.actions.setCurrentIndex(2)
    qtbot.mouseClick(pane.extend_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: get_request(gui_app.ctx, REF).request.extended_until is not None)
    wait_all()
    assert seen["error"] == (
        "An extension moves the due date later: 2016-01-31 is not after the due date 2016-02-03."
    )
    assert "from 2016-02-03 to 2016-03-31, agreed 2016-01-30: Agreed at the hotline" in pane.facts.text()
    assert "Overdue" in pane.facts.text() and "62 days" in pane.facts.text()


def test_pausing_without_a_reason_is_refused_in_the_dialog(qtbot, gui_app, dialogs):
    _page, pane = _open(qtbot, gui_app)
    seen = {}

    def no_reason(dialog) -> None:
        _fill_clock("2016-01-10")(dialog)
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()
        qtbot.waitUntil(lambda: dialog.error_label.isVisible())
        seen["error"] = dialog.error_label.text()

    dialogs.expect("Cancel", no_reason)
    qtbot.mouseClick(pane.pause_button, Qt.MouseButton.LeftButton)
    wait_all()
    assert seen["error"] == f"Say why the clock of {REF} is paused: give the reason."
    assert get_request(gui_app.ctx, REF).history == ()


def test_result_and_shareable_flag_are_saved_from_the_result_tab(qtbot, gui_app):
    _page, pane = _open(qtbot, gui_app)
    pane.actions.setCurrentIndex(3)
    qtbot.keyClicks(pane.result_text, "Two arrests; servers seized")
    pane.result_shareable.click()
    pane.result_date.clear()
    qtbot.keyClicks(pane.result_date, "2016-05-02")
    qtbot.mouseClick(pane.result_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: get_request(gui_app.ctx, REF).request.result != "")
    wait_all()
    r = get_request(gui_app.ctx, REF).request
    assert (r.result, r.result_shareable) == ("Two arrests; servers seized", True)
    assert "Two arrests; servers seized · shareable" in pane.facts.text()
    assert pane.result_shareable.isChecked()


def test_the_rater_and_why_are_recorded_and_shown(qtbot, gui_app):
    _page, pane = _open(qtbot, gui_app)
    pane.response_date.clear()
    qtbot.keyClicks(pane.response_date, "2016-05-30")
    pane.quality.setCurrentIndex(pane.quality.findData("partial"))
    qtbot.keyClicks(pane.rated_by, "Desk officer")
    qtbot.keyClicks(pane.quality_reason, "Logs without hashes")
    qtbot.mouseClick(pane.respond_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: get_request(gui_app.ctx, REF).request.first_response_on is not None)
    wait_all()
    assert "Desk officer · Logs without hashes" in pane.facts.text()
    assert pane.history.item(0).text() == (
        "2016-05-30  response (partial) · rated by Desk officer: Logs without hashes"
    )
    assert pane.quality_reason.text() == ""


def test_the_request_dialog_edits_english_and_chinese_side_by_side(qtbot, gui_app, dialogs):
    _page, pane = _open(qtbot, gui_app)
    assert pane.subject_zh.text() == "—" and pane.subject_mark.text() == "●"

    def chinese(dialog: RequestDialog) -> None:
        assert dialog.texts.marks["subject"].text() == "●"
        # Chinese arrives through the input method, not key by key (QTest types ASCII only)
        dialog.texts.edits["subject_zh"].insert("僵尸网络指挥服务器")
        dialog.texts.edits["description_zh"].insertPlainText("请提供服务器日志。")
        assert dialog.texts.marks["subject"].text() == "✓"

    dialogs.expect("Save", chinese)
    qtbot.mouseClick(pane.edit_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: get_request(gui_app.ctx, REF).request.subject_zh != "")
    wait_all()
    r = get_request(gui_app.ctx, REF).request
    assert (r.subject_zh, r.description_zh) == ("僵尸网络指挥服务器", "请提供服务器日志。")
    assert pane.subject_zh.text() == "僵尸网络指挥服务器" and pane.subject_mark.text() == "✓"
    assert pane.description_zh.text() == "请提供服务器日志。"


def test_the_timeliness_dialog_shows_the_clock_rows(qtbot, gui_app):
    from dialogue_planner.gui.requests.report_dialog import TimelinessDialog
    from dialogue_planner.services import requests as rs

    from .conftest import TODAY

    rs.pause_clock(gui_app.ctx, REF, reason="Clarification", on=date(2016, 1, 10), today=TODAY)
    rs.resume_clock(gui_app.ctx, REF, on=date(2016, 1, 17), today=TODAY)
    rs.extend_due(
        gui_app.ctx, REF, until=date(2016, 6, 30), reason="Agreed", on=date(2016, 1, 20), today=TODAY
    )
    rs.respond(gui_app.ctx, REF, on=date(2016, 5, 30), quality="complete", today=TODAY)
    dialog = TimelinessDialog(gui_app, today=TODAY)
    qtbot.addWidget(dialog)
    wait_all()
    assert dialog.cell("Responded on time", "CN") == "1"
    assert dialog.cell("of which only under an extension", "CN") == "1"
    assert (dialog.cell("Requests extended", "CN"), dialog.cell("Requests paused", "CN")) == ("1", "1")
    assert dialog.cell("Days paused", "CN") == "7" and dialog.cell("Days paused", "US") == "0"
