"""The meeting editor's city in English and Chinese with its completeness mark; a held meeting keeps its
Chinese city as the actual one (issue 17)."""

from __future__ import annotations

from datetime import date

import pytest
from journeys.user_seat import click, find
from PySide6.QtWidgets import QLineEdit

from dialogue_planner.gui.kit.ops import wait_all
from dialogue_planner.services import meetings as msvc

from .conftest import make_app

TODAY = date(2017, 1, 10)


@pytest.fixture
def app(qtbot, ctx, tmp_path):
    msvc.add_meeting(ctx, start=date(2015, 12, 1), host="US", city="Washington", status="held", today=TODAY)
    msvc.add_meeting(ctx, start=date(2017, 6, 14), host="CN", city="Beijing", today=TODAY)
    context = make_app(ctx, tmp_path)
    yield context
    context.ops.wait_idle()


def open_editor(qtbot, app, number):
    from dialogue_planner.gui.schedule.meeting_dialog import MeetingDialog

    dialog = MeetingDialog(app, number)
    dialog.today = TODAY
    qtbot.addWidget(dialog)
    dialog.show()
    wait_all()
    return dialog


@pytest.mark.parametrize(("number", "stored_as"), [(2, "planned_city_zh"), (1, "actual_city_zh")])
def test_the_chinese_city_is_marked_typed_and_saved(qtbot, app, number, stored_as):
    dialog = open_editor(qtbot, app, number)
    english, chinese = find(dialog, QLineEdit, "meeting-city"), find(dialog, QLineEdit, "meeting-city_zh")
    assert english.geometry().top() == chinese.geometry().top() and english.x() < chinese.x()
    assert dialog.city_texts.marks["city"].text() == "●"
    chinese.setFocus()
    chinese.insert("北京" if number == 2 else "华盛顿")  # Chinese arrives from an input method, committed
    assert dialog.city_texts.marks["city"].text() == "✓"
    assert dialog.stored_edits(dialog.values()) == {stored_as: chinese.text()}
    click(qtbot, dialog.save_button)
    wait_all()
    assert dialog.result() == dialog.DialogCode.Accepted
    stored = msvc.get_meeting(app.ctx, number)
    assert (getattr(stored, stored_as), stored.city_zh) == (chinese.text(), chinese.text())
    assert open_editor(qtbot, app, number).city_zh_edit.text() == chinese.text()
