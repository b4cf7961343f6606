"""The Escalations page and dialog, driven with qtbot."""

from datetime import datetime, timezone

from PySide6.QtCore import QDateTime, QPersistentModelIndex, Qt

from dialogue_planner.gui.escalations.escalation_dialog import EscalationDialog
from dialogue_planner.gui.escalations.overview_card import OpenEscalationsCard
from dialogue_planner.gui.escalations.page import EscalationsPage
from dialogue_planner.gui.escalations.table_model import COL, SORT_ROLE, EscalationTableModel
from dialogue_planner.services import agenda
from dialogue_planner.services import escalations as es
from dialogue_planner.services.escalations import get_escalation, list_escalations

from .conftest import show_page

NOW = datetime(2016, 6, 1, 12, tzinfo=timezone.utc)


def test_model_passes_the_tester_and_sorts_and_filters_itself(qtmodeltester, gui_app):
    es.add_escalation(gui_app.ctx, side="CN", summary="Later, low", at="2016-04-01T09:00", severity="low", now=NOW)
    es.add_escalation(gui_app.ctx, side="US", summary="Earliest", at="2016-02-01T09:00", severity="critical",
                      now=NOW)
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


def test_page_acknowledges_resolves_and_puts_on_agenda(qtbot, gui_app):
    page = show_page(qtbot, EscalationsPage(gui_app))
    assert page.summary.text() == "1 escalations · 1 open"
    assert page.select("HL-2016-001")
    assert "About: US-2016-0001" in page.detail.text()
    assert page.acknowledge_button.isEnabled()
    page.acknowledge_button.click()
    assert get_escalation(gui_app.ctx, "HL-2016-001").status == "acknowledged"
    page.put_on_agenda()
    items = agenda.list_items(gui_app.ctx, 2)
    assert [i.escalations for i in items] == [("HL-2016-001",)]
    page.resolve_selected("")
    assert gui_app.errors.shown == [("known", "Say how the escalation was resolved: give the resolution.")]
    page.resolve_selected("Data delivered")
    assert get_escalation(gui_app.ctx, "HL-2016-001").status == "resolved"
    assert page.message.text() == "HL-2016-001 resolved."
    page.open_only.setChecked(True)
    assert page.model.rowCount() == 0
    page.open_only.setChecked(False)
    assert page.model.rowCount() == 1


def test_dialog_takes_the_raising_sides_local_time(qtbot, gui_app):
    dialog = EscalationDialog(gui_app, [("US", "America/New_York"), ("CN", "Asia/Shanghai")], now=NOW)
    qtbot.addWidget(dialog)
    dialog.side.setCurrentIndex(1)
    assert dialog.at.dateTime() == QDateTime(2016, 6, 1, 20, 0, 0)
    assert "Asia/Shanghai" in dialog.zone_label.text()
    dialog.save()
    assert dialog.error_label.text() == "An escalation needs a summary."
    qtbot.keyClicks(dialog.summary, "Slow answer")
    qtbot.keyClicks(dialog.about, "US-2016-0002, CN-2016-0001")
    dialog.at.setDateTime(QDateTime(2016, 5, 31, 14, 30, 0))
    dialog.to_agenda.setChecked(True)
    dialog.save()
    saved = dialog.saved
    assert saved.raised_at == datetime(2016, 5, 31, 6, 30, tzinfo=timezone.utc)
    assert saved.requests == ("CN-2016-0001", "US-2016-0002") and saved.agenda_item_ids


def test_overview_card(qtbot, gui_app):
    card = OpenEscalationsCard(gui_app)
    qtbot.addWidget(card)
    card.refresh()
    assert card.figure.text() == "1"
    assert "HL-2016-001" in card.lines.text() and "1 raised by US" in card.lines.text()
