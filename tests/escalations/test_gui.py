"""The hotline's clock on the Escalations page, driven by clicks: acknowledging and resolving at a time,
the escalation dialog in both languages, the Report tab and the Hotline tab."""

from __future__ import annotations

from datetime import date, datetime, timezone

import pytest
from journeys.user_seat import click
from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import QComboBox, QDateTimeEdit, QLineEdit, QPlainTextEdit

from dialogue_planner.gui.escalations.escalation_dialog import EscalationDialog
from dialogue_planner.gui.kit.ops import wait_all
from dialogue_planner.services import escalations as es
from dialogue_planner.services import hotline

from .conftest import open_escalations_page

NOW = datetime(2016, 6, 1, 12, tzinfo=timezone.utc)


@pytest.fixture
def page(qtbot, gui_app):
    page = open_escalations_page(qtbot, gui_app)
    wait_all()
    assert page.select("HL-2016-001")
    return page


def set_time(text: str):
    """Fill a clock dialog's time (the raising side's local time)."""

    def fill(dialog):
        dialog.findChild(QDateTimeEdit).setDateTime(QDateTime.fromString(text, "yyyy-MM-dd HH:mm"))

    return fill


def test_acknowledge_at_a_time_and_by_whom_then_resolve_in_both_languages(qtbot, page, gui_app, dialogs):
    def acknowledge(dialog):
        set_time("2016-03-10 08:00")(dialog)  # before it was raised: refused in the dialog

    refused = dialogs.expect("Cancel", lambda d: (acknowledge(d), d.save(), wait_all()))
    click(qtbot, page.acknowledge_button)
    assert refused.title == "Acknowledge escalation"
    assert es.get_escalation(gui_app.ctx, "HL-2016-001").acknowledged_at is None

    def good(dialog):
        set_time("2016-03-10 10:30")(dialog)
        dialog.findChild(QLineEdit, "acknowledgedBy").setText("Duty officer Smith")

    dialogs.expect("Acknowledge", good)
    click(qtbot, page.acknowledge_button)
    e = es.get_escalation(gui_app.ctx, "HL-2016-001")
    assert (e.status, e.acknowledged_at, e.acknowledged_by) == (
        "acknowledged",
        datetime(2016, 3, 10, 15, 30, tzinfo=timezone.utc),
        "Duty officer Smith",
    )
    assert (
        "Acknowledged on 2016-03-10 10:30 EST (2016-03-10 15:30 UTC) by Duty officer Smith"
        in page.detail.text()
    )
    assert not page.acknowledge_button.isEnabled()  # recorded once

    def resolve(dialog):
        set_time("2016-03-12 09:00")(dialog)
        dialog.findChild(QPlainTextEdit, "reasonText").setPlainText("Data delivered")
        dialog.findChild(QPlainTextEdit, "text-resolution_zh").setPlainText("数据已提供")

    dialogs.expect("Resolve", resolve)
    click(qtbot, page.resolve_button)
    e = es.get_escalation(gui_app.ctx, "HL-2016-001")
    assert (e.status, e.resolved_at, e.resolution, e.resolution_zh) == (
        "resolved",
        datetime(2016, 3, 12, 14, tzinfo=timezone.utc),
        "Data delivered",
        "数据已提供",
    )
    assert "Resolution (Chinese): 数据已提供" in page.detail.text()
    assert page.message.text() == "HL-2016-001 resolved."
    assert gui_app.errors.shown == []


def test_a_resolution_before_the_raising_is_refused_in_the_dialog(qtbot, page, gui_app, dialogs):
    seen = {}

    def too_early(dialog):
        set_time("2016-03-09 09:00")(dialog)
        dialog.findChild(QPlainTextEdit, "reasonText").setPlainText("Done")
        dialog.save()
        wait_all()
        seen["error"] = dialog.error_label.text()

    dialogs.expect("Cancel", too_early)
    click(qtbot, page.resolve_button)
    assert seen["error"] == (
        "HL-2016-001 cannot be resolved at 2016-03-09 09:00 EST: it was raised at 2016-03-10 09:00 EST."
    )
    assert es.get_escalation(gui_app.ctx, "HL-2016-001").status == "open"


def test_the_new_escalation_dialog_takes_both_languages(qtbot, gui_app):
    dialog = EscalationDialog(gui_app, [("US", "America/New_York"), ("CN", "Asia/Shanghai")], now=NOW)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.summary, "Slow answer")
    assert dialog.texts.marks["summary"].text() == "●"  # the Chinese is missing
    # An input method commits Chinese whole (QTest cannot type non-ASCII keys).
    dialog.findChild(QLineEdit, "text-summary_zh").insert("答复缓慢")
    assert dialog.texts.marks["summary"].text() == "✓"
    dialog.findChild(QPlainTextEdit, "text-details_zh").setPlainText("详情")
    click(qtbot, dialog.save_button)
    saved = dialog.saved
    assert saved is not None and (saved.summary, saved.summary_zh, saved.details_zh) == (
        "Slow answer",
        "答复缓慢",
        "详情",
    )


def test_report_tab_shows_each_side_with_denominators(qtbot, page, gui_app, dialogs):
    es.acknowledge_escalation(gui_app.ctx, "HL-2016-001", at="2016-03-10T10:00", now=NOW)
    page.tabs.setCurrentWidget(page.report)
    wait_all()
    report = page.report
    rows = {
        report.model.index(r, 0).data(): [
            report.model.index(r, c).data() for c in range(report.model.columnCount())
        ]
        for r in range(report.model.rowCount())
    }
    # Raised by US, so CN must respond: acknowledged in 1 h against 4 h.
    assert rows["CN"][1:6] == ["US", 1, "1 of 1 (100 %)", "0 of 1 (0 %)", "1.0 h (of 1)"]
    assert rows["US"][2:5] == [0, "– (none due)", "– (none due)"]
    report.start.setText("2016-04-01")
    click(qtbot, report.show_button)
    assert report.model.index(0, 2).data() == 0
    report.start.setText("2016-13-01")
    click(qtbot, report.show_button)
    assert report.period_problem.isVisible() and "no month 13" in report.period_problem.text()

    def set_high(dialog):
        dialog.findChild(QComboBox).setCurrentIndex(1)  # high
        dialog.acknowledge.setValue(2)
        dialog.resolve.setValue(10000)  # the box stops at a year

    dialogs.expect("Save", set_high)
    report.start.setText("")
    click(qtbot, report.target_button)
    high = next(t for t in hotline.list_targets(gui_app.ctx) if t.severity == "high")
    assert (high.acknowledge_hours, high.resolve_hours, high.is_default) == (2, 8760, False)
    wait_all()
    assert report.targets_model.index(1, 3).data() == "set for this dialogue"


def test_hotline_tab_adds_and_removes_contact_points(qtbot, page, gui_app, dialogs):
    page.tabs.setCurrentWidget(page.contacts)
    wait_all()
    panel = page.contacts
    assert panel.model.rowCount() == 0 and not panel.remove_button.isEnabled()

    def nobody(dialog):
        dialog.save()
        wait_all()
        assert dialog.error_label.text() == "Name the contact point: a delegate or a name, one of the two."

    dialogs.expect("Cancel", nobody)
    click(qtbot, panel.add_button)

    def desk(dialog):
        dialog.side.setCurrentIndex(dialog.side.findData("CN"))
        dialog.findChild(QLineEdit, "text-name").setText("MPS duty desk")
        dialog.findChild(QLineEdit, "text-name_zh").setText("公安部值班室")
        dialog.findChild(QLineEdit, "text-hours").setText("24/7")
        dialog.phone.setText("+86 10 0000")
        dialog.from_on.setText("2016-01-01")

    dialogs.expect("Save", desk)
    click(qtbot, panel.add_button)
    points = hotline.list_contact_points(gui_app.ctx)
    assert [(p.side, p.name, p.name_zh, p.hours, p.from_on) for p in points] == [
        ("CN", "MPS duty desk", "公安部值班室", "24/7", date(2016, 1, 1))
    ]
    assert panel.model.rowCount() == 1
    assert panel.model.index(0, 1).data() == "MPS duty desk (公安部值班室)"
    panel.table.selectRow(0)
    dialogs.expect("Remove")
    click(qtbot, panel.remove_button)
    assert hotline.list_contact_points(gui_app.ctx) == []
    assert panel.model.rowCount() == 0
    assert gui_app.errors.shown == []


def test_texts_dialog_translates_a_logged_escalation(qtbot, page, gui_app, dialogs):
    def translate(dialog):
        assert dialog.windowTitle() == "Texts of HL-2016-001"
        assert dialog.findChild(QLineEdit, "text-summary").text() == "No answer"
        assert dialog.texts.marks["summary"].text() == "●"
        dialog.findChild(QLineEdit, "text-summary_zh").insert("未答复")

    dialogs.expect("Save", translate)
    click(qtbot, page.edit_button)
    assert es.get_escalation(gui_app.ctx, "HL-2016-001").summary_zh == "未答复"
    assert "No answer · 未答复" in page.detail.text()
    assert page.message.text() == "HL-2016-001 updated."
