"""The Escalations page and dialog, driven with qtbot."""

from datetime import datetime, timezone

from journeys.user_seat import click, focus
from PySide6.QtCore import QDateTime, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QPlainTextEdit

from dialogue_planner.gui.escalations.escalation_dialog import EscalationDialog
from dialogue_planner.gui.escalations.overview_card import OpenEscalationsCard
from dialogue_planner.gui.escalations.page import EscalationsPage
from dialogue_planner.gui.escalations.table_model import COL, SORT_ROLE, EscalationTableModel
from dialogue_planner.gui.kit.ops import wait_all
from dialogue_planner.services import agenda
from dialogue_planner.services import escalations as es
from dialogue_planner.services.escalations import get_escalation, list_escalations

from .conftest import show_page


def write_resolution(text):
    def fill(dialog):
        dialog.findChild(QPlainTextEdit, "reasonText").setPlainText(text)

    return fill


NOW = datetime(2016, 6, 1, 12, tzinfo=timezone.utc)


def test_model_passes_the_tester_and_sorts_and_filters_itself(qtmodeltester, gui_app):
    es.add_escalation(
        gui_app.ctx, side="CN", summary="Later, low", at="2016-04-01T09:00", severity="low", now=NOW
    )
    es.add_escalation(
        gui_app.ctx, side="US", summary="Earliest", at="2016-02-01T09:00", severity="critical", now=NOW
    )
    es.set_escalation_status(gui_app.ctx, "HL-2016-002", "resolved", resolution="Answered", now=NOW)
    model = EscalationTableModel()
    model.set_records(list_escalations(gui_app.ctx))
    qtmodeltester.check(model)
    refs = lambda: [model.index(r, COL["reference"]).data() for r in range(model.rowCount())]  # noqa: E731
    assert refs() == ["HL-2016-002", "HL-2016-001", "HL-2016-003"]  # newest first
    keep = QPersistentModelIndex(model.index(2, 0))
    model.sort(COL["severity"], Qt.SortOrder.DescendingOrder)
    assert refs() == ["HL-2016-003", "HL-2016-001", "HL-2016-002"]
    assert keep.row() == 0  # a selection follows its row
    model.set_open_only(True)
    assert refs() == ["HL-2016-003", "HL-2016-001"]
    qtmodeltester.check(model)
    row = model.row_of("HL-2016-001")
    assert model.index(row, COL["raised"]).data() == "2016-03-10 09:00 EST"
    assert model.index(row, COL["severity"]).data(SORT_ROLE) == 2


def test_page_acknowledges_resolves_and_puts_on_agenda(qtbot, gui_app, dialogs):
    page = show_page(qtbot, EscalationsPage(gui_app))
    assert page.summary.text() == "1 escalations · 1 open"
    assert page.select("HL-2016-001")
    assert "About: US-2016-0001" in page.detail.text()
    assert page.acknowledge_button.isEnabled()
    dialogs.expect("Acknowledge")  # now, by nobody named
    click(qtbot, page.acknowledge_button)
    assert get_escalation(gui_app.ctx, "HL-2016-001").status == "acknowledged"
    agenda.add_item(gui_app.ctx, meeting=2, title="Points of contact")
    click(qtbot, page.agenda_button)
    items = agenda.list_items(gui_app.ctx, 2)
    assert [i.escalations for i in items] == [(), ("HL-2016-001",)]
    assert page.message.text() == "HL-2016-001 is on the agenda of meeting 2 as item 2."
    assert (
        "On the agenda: <a href='agenda:2:" in page.detail.text()
        and "meeting 2, item 2</a> (open)" in page.detail.text()
    )
    assert not page.agenda_button.isEnabled()  # once is enough
    assert page.agenda_button.toolTip() == "Already on the agenda of meeting 2 as item 2"
    empty = dialogs.expect("Cancel", lambda d: d.findChild(QPlainTextEdit, "reasonText").setPlainText("  "))
    click(qtbot, page.resolve_button)  # clicked(bool) once filled the resolution and refused at once
    assert empty.title == "Resolve escalation" and "HL-2016-001 will be marked resolved" in empty.text
    # (the Resolve button waits for the resolution: the dialog was cancelled)
    assert get_escalation(gui_app.ctx, "HL-2016-001").status == "acknowledged"
    dialogs.expect("Resolve", write_resolution("Data delivered"))
    click(qtbot, page.resolve_button)
    assert get_escalation(gui_app.ctx, "HL-2016-001").status == "resolved"
    assert get_escalation(gui_app.ctx, "HL-2016-001").resolution == "Data delivered"
    assert page.message.text() == "HL-2016-001 resolved."
    assert gui_app.errors.shown == []
    click(qtbot, page.open_only)
    assert page.model.rowCount() == 0
    click(qtbot, page.open_only)
    assert page.model.rowCount() == 1


def test_a_second_workstation_putting_it_on_the_agenda_is_refused_with_where_it_is(qtbot, gui_app):
    page = show_page(qtbot, EscalationsPage(gui_app))
    page.select("HL-2016-001")
    es.escalation_to_agenda(gui_app.ctx, "HL-2016-001")  # another workstation, after this page showed it
    click(qtbot, page.agenda_button)
    assert gui_app.errors.shown == [
        (
            "known",
            "HL-2016-001 is already on the agenda of meeting 2 as item 1 (open); "
            "open that item instead of adding it again.",
        )
    ]
    assert len(agenda.list_items(gui_app.ctx, 2)) == 1
    assert not page.agenda_button.isEnabled() and "meeting 2, item 1</a>" in page.detail.text()


def test_the_agenda_link_opens_the_item_on_the_agenda_page(qtbot, gui_app):
    page = show_page(qtbot, EscalationsPage(gui_app))
    page.select("HL-2016-001")
    click(qtbot, page.agenda_button)
    opened = []
    gui_app.page_requested.connect(lambda page_id, target: opened.append((page_id, target)))
    item = agenda.list_items(gui_app.ctx, 2)[0]
    focus(qtbot, page.detail)
    qtbot.keyClick(page.detail, Qt.Key.Key_Tab)  # the keyboard's way to a link of the label
    qtbot.keyClick(page.detail, Qt.Key.Key_Return)
    assert opened == [("agenda", {"meeting": 2, "item": item.id})]


def test_dialog_takes_the_raising_sides_local_time(qtbot, gui_app):
    dialog = EscalationDialog(gui_app, [("US", "America/New_York"), ("CN", "Asia/Shanghai")], now=NOW)
    qtbot.addWidget(dialog)
    dialog.side.setCurrentIndex(1)
    assert dialog.at.dateTime() == QDateTime(2016, 6, 1, 20, 0, 0)
    assert "Asia/Shanghai" in dialog.zone_label.text()
    dialog.save()
    wait_all()
    assert dialog.error_label.text() == "An escalation needs a summary."
    qtbot.keyClicks(dialog.summary, "Slow answer")
    qtbot.keyClicks(dialog.about, "US-2016-0002, CN-2016-0001")
    dialog.at.setDateTime(QDateTime(2016, 5, 31, 14, 30, 0))
    dialog.to_agenda.setChecked(True)
    dialog.save()
    wait_all()
    saved = dialog.saved
    assert saved.raised_at == datetime(2016, 5, 31, 6, 30, tzinfo=timezone.utc)
    assert saved.requests == ("CN-2016-0001", "US-2016-0002") and saved.agenda_item_ids


def test_overview_card(qtbot, gui_app):
    card = OpenEscalationsCard(gui_app)
    qtbot.addWidget(card)
    card.refresh()
    wait_all()
    assert card.figure.text() == "1"
    assert "HL-2016-001" in card.lines.text() and "1 raised by US" in card.lines.text()


def test_a_slow_save_leaves_the_window_answering_and_busy(qtbot, gui_app, monkeypatch, dialogs):
    """Acknowledging waits on a slow server: the GUI thread goes on (a timer fires), the dialog says it is
    busy and its button cannot be pressed twice; when the server answers, the page shows the result."""
    import threading

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from dialogue_planner.gui.escalations.clock_dialogs import AcknowledgeDialog

    page = show_page(qtbot, EscalationsPage(gui_app))
    page.select("HL-2016-001")
    entered, release = threading.Event(), threading.Event()
    slow = es.acknowledge_escalation

    def waiting(*args, **kwargs):
        entered.set()
        assert release.wait(10)
        return slow(*args, **kwargs)

    monkeypatch.setattr("dialogue_planner.gui.escalations.clock_dialogs.acknowledge_escalation", waiting)
    seen = {}
    ticks = []

    def tick() -> None:
        ticks.append(1)
        if entered.is_set() and len(ticks) >= 3 and not release.is_set():
            dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, AcknowledgeDialog))
            seen.update(
                busy=gui_app.ops.busy,
                button=dialog.ok_button.isEnabled(),
                open=dialog.isVisible(),
                status=get_escalation(gui_app.ctx, "HL-2016-001").status,
            )
            release.set()

    timer = QTimer()
    timer.timeout.connect(tick)
    timer.start(5)
    dialogs.expect("Acknowledge")
    click(qtbot, page.acknowledge_button)
    qtbot.waitUntil(lambda: page.message.text() == "HL-2016-001 acknowledged.", timeout=10_000)
    qtbot.waitUntil(lambda: not gui_app.ops.busy)
    timer.stop()
    assert seen == {"busy": True, "button": False, "open": True, "status": "open"}
    assert get_escalation(gui_app.ctx, "HL-2016-001").status == "acknowledged"
    assert gui_app.errors.shown == []
