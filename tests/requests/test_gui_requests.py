"""The Requests page, its detail pane and dialog, driven with qtbot on real widgets."""

from datetime import date

import pytest
from journeys.user_seat import answer_next_box, when_modal
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QPushButton

from dialogue_planner.gui.kit.ops import wait_all
from dialogue_planner.gui.requests.page import RequestsPage
from dialogue_planner.gui.requests.request_dialog import RequestDialog
from dialogue_planner.gui.requests.table_model import COL
from dialogue_planner.services.requests import get_request

from .conftest import TODAY, show_page


def visible_refs(page):
    return [page.proxy.index(r, COL["reference"]).data() for r in range(page.proxy.rowCount())]


def test_page_lists_and_filters_as_you_type(qtbot, gui_app):
    page = show_page(qtbot, RequestsPage(gui_app))
    assert sorted(visible_refs(page)) == ["CN-2016-0001", "US-2016-0001", "US-2016-0002"]
    assert page.summary.text() == "3 requests · 1 overdue today · showing 3"
    qtbot.keyClicks(page.search, "botn")
    assert visible_refs(page) == ["US-2016-0001"]
    assert page.summary.text().endswith("showing 1")
    page.search.clear()
    page.side.setCurrentIndex(page.side.findData("US"))
    assert visible_refs(page) == ["CN-2016-0001"]
    page.side.setCurrentIndex(0)
    page.overdue.setChecked(True)
    assert visible_refs(page) == ["US-2016-0001"]
    page.overdue.setChecked(False)
    page.kind.setCurrentIndex(page.kind.findData("assistance"))
    assert visible_refs(page) == ["US-2016-0002"]
    page.kind.setCurrentIndex(0)
    page.status.setCurrentIndex(page.status.findData("responded"))
    assert visible_refs(page) == ["CN-2016-0001"]


def test_detail_shows_history_and_records_a_response(qtbot, gui_app):
    page = show_page(qtbot, RequestsPage(gui_app))
    rid = get_request(gui_app.ctx, "US-2016-0001").request.id
    assert page.select_request(rid)
    wait_all()
    pane = page.detail
    assert pane.heading.text() == "US-2016-0001 · Botnet command servers"
    assert "2016-02-03" in pane.facts.text() and "Overdue" in pane.facts.text()
    assert pane.history.item(0).text() == "Nothing recorded yet."
    pane.response_date.clear()
    qtbot.keyClicks(pane.response_date, "2016-05-30")
    pane.quality.setCurrentIndex(pane.quality.findData("complete"))
    qtbot.keyClicks(pane.response_note, "Server logs")
    qtbot.mouseClick(pane.respond_button, Qt.MouseButton.LeftButton)
    assert gui_app.errors.shown == []
    record = get_request(gui_app.ctx, "US-2016-0001")
    assert (record.request.first_response_on, record.request.latest_quality) == (
        date(2016, 5, 30),
        "complete",
    )
    # The row shows it at once, the selection stays, and the history grows.
    assert page.selected_id() == rid
    row = page.proxy.proxy_row(page.model.row_for_id(rid))
    assert page.proxy.index(row, COL["responded"]).data() == "2016-05-30"
    assert pane.history.item(0).text() == "2016-05-30  response (complete): Server logs"
    assert page.summary.text().startswith("3 requests · 0 overdue")


def test_refused_status_change_goes_to_the_error_path_and_keeps_the_note(qtbot, gui_app):
    page = show_page(qtbot, RequestsPage(gui_app))
    page.select_request(get_request(gui_app.ctx, "US-2016-0002").request.id)
    wait_all()
    pane = page.detail
    pane.status.setCurrentIndex(pane.status.findData("withdrawn"))
    pane.status_button.click()  # refused before anything is asked
    wait_all()
    assert gui_app.errors.shown == [("known", "Say why US-2016-0002 is withdrawn: give the reason.")]
    qtbot.keyClicks(pane.status_note, "Solved at home")
    answer_next_box(qtbot, "Cancel")
    pane.status_button.click()
    wait_all()
    assert get_request(gui_app.ctx, "US-2016-0002").request.status == "open"
    assert pane.status_note.text() == "Solved at home"
    answer_next_box(
        qtbot, "Withdraw", expect="Withdraw US-2016-0002 (Ransomware payments)? It is no longer awaited"
    )
    pane.status_button.click()
    wait_all()
    assert get_request(gui_app.ctx, "US-2016-0002").request.status == "withdrawn"
    assert pane.status_note.text() == ""


# Typing into an agency field opens its completion popup, which the offscreen platform cannot raise or grab.
@pytest.mark.qt_log_ignore("This plugin does not support raise", "This plugin does not support grabbing")
def test_new_request_dialog_saves_or_explains(qtbot, gui_app):
    dialog = RequestDialog(gui_app, ["US", "CN"], today=TODAY)
    qtbot.addWidget(dialog)
    wait_all()
    assert (dialog.from_side.currentData(), dialog.to_side.currentData()) == ("US", "CN")
    dialog.from_side.setCurrentIndex(1)
    wait_all()
    assert dialog.to_side.currentData() == "US"
    dialog.save()
    wait_all()
    assert dialog.error_label.text() == "A request needs a subject." and dialog.saved is None
    qtbot.keyClicks(dialog.subject, "Card fraud market")
    qtbot.keyClicks(dialog.requesting_agency, "NOPE")
    dialog.save()
    wait_all()
    assert dialog.error_label.text() == (
        "“NOPE” is not an agency of CN: pick one from the list, or leave the field empty."
    )
    assert dialog.subject.text() == "Card fraud market"
    dialog.requesting_agency.setCurrentIndex(0)
    dialog.received.setDate(date(2016, 5, 2))
    dialog.kind.setCurrentIndex(dialog.kind.findData("evidence"))
    dialog.save()
    wait_all()
    assert dialog.saved.reference == "CN-2016-0002"
    assert (dialog.saved.to_side, dialog.saved.kind, dialog.saved.response_due_on) == (
        "US",
        "evidence",
        date(2016, 7, 1),
    )


def test_screenshot(qtbot, gui_app, tmp_path):
    page = show_page(qtbot, RequestsPage(gui_app))
    page.select_request(1)
    assert not page.grab().isNull()


def test_own_change_does_not_reload_the_whole_list(qtbot, gui_app):
    page = show_page(qtbot, RequestsPage(gui_app))
    gui_app.data_changed.connect(lambda _areas: page.refresh())  # what the main window does
    rid = get_request(gui_app.ctx, "US-2016-0002").request.id
    page.select_request(rid)
    wait_all()
    page.detail.status.setCurrentIndex(page.detail.status.findData("acknowledged"))
    page.detail.status_button.click()
    wait_all()
    assert not page.loading and page.selected_id() == rid
    assert "acknowledged" in page.detail.facts.text()
    page.refresh()  # a change made elsewhere does reload
    qtbot.waitUntil(lambda: not page.loading, timeout=10_000)
    assert page.selected_id() == rid


def test_answer_filter_finds_late_and_poor_answers(qtbot, gui_app):
    page = show_page(qtbot, RequestsPage(gui_app))
    page.answer.setCurrentIndex(page.answer.findData("poor"))
    assert visible_refs(page) == ["CN-2016-0001"]
    page.answer.setCurrentIndex(page.answer.findData("late"))
    assert visible_refs(page) == []


def test_timeliness_dialog_per_meeting_and_custom_period(qtbot, gui_app):
    from dialogue_planner.gui.requests.report_dialog import TimelinessDialog

    dialog = TimelinessDialog(gui_app, today=TODAY)
    qtbot.addWidget(dialog)
    wait_all()
    # Nothing held yet: since the dialogue was established, as of today.
    assert dialog.cell("Requests", "CN") == "2" and dialog.cell("Overdue now", "CN") == "1"
    assert dialog.cell("Quality: partial", "US") == "1" and dialog.cell("On-time share", "US") == "100%"
    dialog.period.setCurrentIndex(dialog.period.findData(2))  # before meeting 2 (2016-06-14)
    wait_all()
    assert "2015-09-25 to 2016-06-13" in dialog.caption.text()
    dialog.period.setCurrentIndex(dialog.period.count() - 1)
    wait_all()
    dialog.start.setDate(date(2016, 5, 1))
    wait_all()
    dialog.end.setDate(date(2016, 5, 31))
    wait_all()
    assert dialog.cell("Requests", "CN") == "1" and dialog.cell("Median days to response", "CN") == "–"
    dialog.end.setDate(date(2016, 4, 1))
    wait_all()
    assert gui_app.errors.shown[-1][1].startswith("The period starts (2016-05-01) after it ends")


@pytest.mark.qt_log_ignore("This plugin does not support raise", "This plugin does not support grabbing")
def test_agency_picker_takes_a_known_agency_or_nothing(qtbot, gui_app):
    dialog = RequestDialog(gui_app, ["US", "CN"], today=TODAY)
    qtbot.addWidget(dialog)
    wait_all()
    dialog.show()
    picker = dialog.responding_agency  # side CN
    labels = [picker.itemText(i) for i in range(1, picker.count())]
    assert "MPS — Ministry of Public Security" in labels and not any(t.startswith("FBI") for t in labels)
    qtbot.keyClicks(picker.lineEdit(), "security")  # type-ahead on any part of the name
    assert picker.completer().completionCount() >= 2
    picker.lineEdit().clear()
    qtbot.keyClicks(picker.lineEdit(), "mps")
    picker.lineEdit().editingFinished.emit()  # leaving the field
    assert picker.currentText() == "MPS — Ministry of Public Security" and picker.acronym() == "MPS"
    picker.lineEdit().clear()
    qtbot.keyClicks(picker.lineEdit(), "FBI")  # an agency, but of the other side
    picker.lineEdit().editingFinished.emit()
    assert (
        "b42318" in picker.styleSheet() and picker.toolTip() == "Not an agency of CN: pick one from the list."
    )
    picker.lineEdit().clear()
    picker.lineEdit().editingFinished.emit()
    assert picker.agency_id() is None and picker.styleSheet() == ""


def test_edit_dialog_merges_with_a_change_saved_meanwhile(qtbot, gui_app):
    from dialogue_planner.services.requests import edit_request

    page = show_page(qtbot, RequestsPage(gui_app))
    record = get_request(gui_app.ctx, "US-2016-0001").request
    page.select_request(record.id)
    wait_all()
    edit_request(
        gui_app.ctx,
        "US-2016-0001",
        {"description": "From the other workstation"},
        expected_version=record.version,
    )  # saved elsewhere while this screen shows the older one

    def correct(dialog) -> None:
        dialog.subject.selectAll()
        qtbot.keyClicks(dialog.subject, "Botnet relay servers")
        dialog.kind.setCurrentIndex(dialog.kind.findData("evidence"))
        when_modal(lambda conflict: conflict.findChild(QPushButton, "mergeButton").click())
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()

    when_modal(correct)
    page.detail.edit_button.click()
    wait_all()
    stored = get_request(gui_app.ctx, "US-2016-0001").request
    assert (stored.subject, stored.description, stored.kind) == (
        "Botnet relay servers",
        "From the other workstation",
        "evidence",
    )
    assert stored.response_due_on == date(2016, 3, 4)  # evidence: 60 days from 2016-01-04
    assert page.detail.heading.text() == "US-2016-0001 · Botnet relay servers"
    assert page.detail.description.text() == "From the other workstation"
    assert "2016-03-04" in page.detail.facts.text() and gui_app.errors.shown == []


def test_a_slow_server_leaves_the_window_answering_while_a_response_is_recorded(qtbot, gui_app, monkeypatch):
    """Recording waits on a slow server: the GUI thread goes on (a timer fires), the window is busy and the
    button cannot be pressed twice; when the server answers, the row and the history show the response."""
    import threading

    from PySide6.QtCore import QTimer

    from dialogue_planner.services import requests as service

    page = show_page(qtbot, RequestsPage(gui_app))
    rid = get_request(gui_app.ctx, "US-2016-0001").request.id
    page.select_request(rid)
    wait_all()
    release = threading.Event()

    def waiting(*args, **kwargs):
        assert release.wait(10)
        return service.respond(*args, **kwargs)

    monkeypatch.setattr("dialogue_planner.gui.requests.detail_pane.respond", waiting)
    pane = page.detail
    pane.response_date.setText("2016-05-30")
    ticks = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(5)
    pane.respond_button.click()  # not qtbot's click, which waits for the call
    qtbot.waitUntil(lambda: len(ticks) >= 3, timeout=5000)
    assert gui_app.ops.busy and not pane.respond_button.isEnabled()
    assert get_request(gui_app.ctx, "US-2016-0001").request.first_response_on is None
    release.set()
    qtbot.waitUntil(lambda: pane.history.item(0).text().startswith("2016-05-30  response"), timeout=10_000)
    qtbot.waitUntil(lambda: not gui_app.ops.busy)
    timer.stop()
    row = page.proxy.proxy_row(page.model.row_for_id(rid))
    assert page.proxy.index(row, COL["responded"]).data() == "2016-05-30"
    assert gui_app.errors.shown == []


def test_the_newest_requests_show_while_the_rest_load(qtbot, gui_app, monkeypatch):
    """A long list shows its newest screenful first (read with a LIMIT, off the GUI thread), says the rest
    is loading, and keeps a request chosen among them when the whole list arrives."""
    import threading

    import dialogue_planner.gui.requests.page as page_module
    from dialogue_planner.services.requests import list_request_rows

    release = threading.Event()

    def rows(ctx, **kwargs):
        if kwargs.get("newest") is None:  # the whole list waits until the test lets it through
            assert release.wait(20)
        return list_request_rows(ctx, **kwargs)

    monkeypatch.setattr(page_module, "list_request_rows", rows)
    monkeypatch.setattr(page_module, "FIRST_SCREENFUL", 2)
    everything = list_request_rows(gui_app.ctx)
    page = RequestsPage(gui_app)
    page.today = TODAY
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    try:
        page.refresh()
        qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=10_000)
        assert page.loading and sorted(visible_refs(page)) == sorted(r.reference for r in everything[-2:])
        assert page.summary.text() == "Loading requests… the newest 2 are shown"
        assert page.side.findData("US") > 0 and page.side.findData("CN") > 0  # filters ready with them
        chosen = everything[-2]
        assert page.select_request(chosen.id)
    finally:
        release.set()
    qtbot.waitUntil(lambda: not page.loading, timeout=10_000)
    assert page.model.rowCount() == len(everything) == 3
    assert page.selected_id() == chosen.id
    assert page.summary.text() == "3 requests · 1 overdue today · showing 3"


def test_a_list_that_could_not_load_shows_none_of_its_first_rows(qtbot, gui_app, monkeypatch):
    import threading

    import dialogue_planner.gui.requests.page as page_module
    from dialogue_planner.domain.errors import DatabaseError
    from dialogue_planner.services.requests import list_request_rows

    release = threading.Event()

    def rows(ctx, **kwargs):
        if kwargs.get("newest") is None:
            assert release.wait(20)
            raise DatabaseError("The database server stopped answering.")
        return list_request_rows(ctx, **kwargs)

    monkeypatch.setattr(page_module, "list_request_rows", rows)
    monkeypatch.setattr(page_module, "FIRST_SCREENFUL", 2)
    page = RequestsPage(gui_app)
    qtbot.addWidget(page)
    page.show()
    try:
        page.refresh()
        qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=10_000)
    finally:
        release.set()
    qtbot.waitUntil(lambda: not page.loading, timeout=10_000)
    assert page.model.rowCount() == 0 and page.summary.text() == "The requests could not be loaded."
    assert gui_app.errors.shown == [("known", "The database server stopped answering.")]
