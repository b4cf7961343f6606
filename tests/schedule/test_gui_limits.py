"""The domain's ranges reach the application's editors as the same one line the command line prints:
a date the widgets allow but the dialogue's life does not is refused on Save, and nothing is stored."""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialogButtonBox

from dialogue_planner.gui.kit.ops import wait_all
from dialogue_planner.gui.schedule.blackouts_dialog import BlackoutsDialog
from dialogue_planner.gui.schedule.meeting_dialog import MeetingDialog
from dialogue_planner.services import blackouts as bsvc
from dialogue_planner.services import meetings as msvc


def test_the_meeting_editor_refuses_a_date_outside_the_dialogues_life(schedule_app, qtbot):
    dialog = MeetingDialog(schedule_app, None)
    qtbot.addWidget(dialog)
    wait_all()
    dialog.start_edit.setDate(QDate(1899, 12, 31))
    qtbot.keyClicks(dialog.city_edit, "Geneva")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    wait_all()
    assert dialog.error_label.text() == (
        "The meeting date 1899-12-31 is out of range: give a date between 1990-01-01 and 2100-12-31."
    )
    assert dialog.result() != dialog.DialogCode.Accepted
    assert len(msvc.list_meetings(schedule_app.ctx)) == 3


def test_the_meeting_editor_refuses_control_characters_in_the_city(schedule_app, qtbot):
    dialog = MeetingDialog(schedule_app, None)
    qtbot.addWidget(dialog)
    wait_all()
    dialog.start_edit.setDate(QDate(2017, 3, 14))
    dialog.city_edit.setText("\x1b[31mGeneva")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    wait_all()
    assert dialog.error_label.text() == "The city name contains control characters (U+001B)."
    assert len(msvc.list_meetings(schedule_app.ctx)) == 3


def test_the_blackouts_dialog_refuses_a_period_beyond_2100(schedule_app, qtbot):
    dialog = BlackoutsDialog(schedule_app)
    qtbot.addWidget(dialog)
    wait_all()
    dialog.start_edit.setDate(QDate(2101, 1, 1))
    dialog.end_edit.setDate(QDate(2101, 1, 2))
    qtbot.keyClicks(dialog.reason_edit, "Summit")
    dialog.add_button.click()
    wait_all()
    assert dialog.message.text().startswith("The start date 2101-01-01 is out of range")
    assert bsvc.list_blackouts(schedule_app.ctx) == []
