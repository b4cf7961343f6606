"""The timeliness standards dialog on the Requests page: edit, save all or none, and read-only for viewers."""

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from dialogue_planner.gui.kit.ops import wait_all
from dialogue_planner.gui.requests.standards_dialog import StandardsDialog
from dialogue_planner.services.context import ServiceContext
from dialogue_planner.services.requests import list_standards

from .conftest import TODAY


def standards(ctx):
    return {
        s.kind: (s.acknowledge_days, s.response_days, s.day_basis, s.configured) for s in list_standards(ctx)
    }


def save_button(dialog):
    return dialog.footer.buttons.button(QDialogButtonBox.StandardButton.Save)


def test_the_timeliness_report_opens_the_standards(qtbot, gui_app, monkeypatch):
    from dialogue_planner.gui.requests.report_dialog import TimelinessDialog

    report = TimelinessDialog(gui_app, today=TODAY)
    qtbot.addWidget(report)
    opened = []
    monkeypatch.setattr(StandardsDialog, "exec", lambda self: opened.append(self) or 0)
    qtbot.mouseClick(report.standards_button, Qt.MouseButton.LeftButton)
    assert len(opened) == 1 and opened[0].rows.keys() == standards(gui_app.ctx).keys()


def test_edits_are_saved_for_the_kinds_changed_only(qtbot, gui_app):
    before = standards(gui_app.ctx)
    dialog = StandardsDialog(gui_app)
    qtbot.addWidget(dialog)
    wait_all()
    acknowledge, respond, basis = dialog.rows["assistance"]
    acknowledge.setValue(5)
    respond.setValue(20)
    basis.setCurrentIndex(basis.findData("working"))
    assert set(dialog.changes()) == {"assistance"}
    qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)
    assert dialog.result() == dialog.DialogCode.Accepted
    after = standards(gui_app.ctx)
    assert after["assistance"] == (5, 20, "working", True)
    assert {k: v for k, v in after.items() if k != "assistance"} == {
        k: v for k, v in before.items() if k != "assistance"
    }


def test_an_impossible_standard_is_explained_and_nothing_is_saved(qtbot, gui_app):
    before = standards(gui_app.ctx)
    dialog = StandardsDialog(gui_app)
    qtbot.addWidget(dialog)
    wait_all()
    dialog.rows["information"][1].setValue(45)  # a valid change ...
    dialog.rows["evidence"][0].setValue(40)  # ... and acknowledging after the response is due
    dialog.rows["evidence"][1].setValue(10)
    qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)
    assert dialog.result() != dialog.DialogCode.Accepted
    assert not dialog.footer.error_label.isHidden()
    assert dialog.footer.error_label.text() == (
        "Requests for evidence: The days to acknowledge cannot exceed the days to respond."
    )
    assert standards(gui_app.ctx) == before  # all or none
    assert dialog.rows["information"][1].value() == 45  # what was typed stays to be corrected


def test_a_viewer_sees_the_standards_but_cannot_change_them(qtbot, gui_app):
    ctx = gui_app.ctx
    gui_app.ctx = ServiceContext(ctx.db, replace(ctx.user, role="viewer"), ctx.dialogue_id)
    try:
        dialog = StandardsDialog(gui_app)
        qtbot.addWidget(dialog)
        wait_all()
        assert not save_button(dialog).isEnabled()
        assert all(not widget.isEnabled() for row in dialog.rows.values() for widget in row)
    finally:
        gui_app.ctx = ctx
