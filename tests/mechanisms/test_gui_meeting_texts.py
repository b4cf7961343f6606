"""The meeting editor's venue, address, logistics and notes in English and Chinese, side by side, saved
through the conflict-aware save (issue 16)."""

from __future__ import annotations

from datetime import date

import pytest
from journeys.user_seat import click, find
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit

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
    tab = next(i for i in range(dialog.tabs.count()) if dialog.tabs.tabText(i) == "Venue and logistics")
    dialog.tabs.setCurrentIndex(tab)
    return dialog


def type_into(qtbot, dialog, key: str, text: str) -> None:
    kind = QLineEdit if key.startswith("venue") else QPlainTextEdit
    field = find(dialog, kind, f"meeting-{key}")
    field.setFocus()
    field.clear()
    if text.isascii():
        qtbot.keyClicks(field, text)
    else:  # Chinese arrives from an input method as committed text, not as key presses
        field.insert(text) if isinstance(field, QLineEdit) else field.insertPlainText(text)


TEXTS = {
    "venue": "Diaoyutai State Guesthouse",
    "venue_zh": "钓鱼台国宾馆",
    "address": "2 Fuchenglu, Haidian",
    "address_zh": "海淀区阜成路2号",
    "logistics": "Cars at 08:30 from the hotel",
    "logistics_zh": "08:30 酒店发车",
    "notes": "Interpreters from both sides",
    "notes_zh": "双方各自安排翻译",
}


def test_the_texts_are_typed_side_by_side_and_saved(qtbot, app, tmp_path):
    dialog = open_editor(qtbot, app, 2)
    english, chinese = (
        find(dialog, QPlainTextEdit, "meeting-logistics"),
        find(dialog, QPlainTextEdit, "meeting-logistics_zh"),
    )
    assert english.geometry().top() == chinese.geometry().top() and english.x() < chinese.x()  # side by side
    for key, text in TEXTS.items():
        type_into(qtbot, dialog, key, text)
    dialog.grab().save(str(tmp_path.parent / "meeting_texts.png"))
    click(qtbot, dialog.save_button)
    wait_all()
    assert dialog.result() == dialog.DialogCode.Accepted
    stored = msvc.get_meeting(app.ctx, 2)
    assert {key: getattr(stored, key) for key in TEXTS} == TEXTS
    again = open_editor(qtbot, app, 2)  # and they come back in the editor
    assert again.text_values() == TEXTS


def test_only_the_texts_changed_travel_on_a_conflict(qtbot, app):
    dialog = open_editor(qtbot, app, 2)
    type_into(qtbot, dialog, "logistics_zh", "08:30 酒店发车")
    assert dialog.stored_edits(dialog.values()) == {"logistics_zh": "08:30 酒店发车"}


def test_a_new_meeting_keeps_its_texts(qtbot, app):
    dialog = open_editor(qtbot, app, None)
    dialog.start_edit.setDate(QDate(2017, 12, 6))
    dialog.city_edit.setText("Washington")
    for key in ("venue", "venue_zh", "address_zh", "logistics"):
        type_into(qtbot, dialog, key, TEXTS[key])
    click(qtbot, dialog.save_button)
    wait_all()
    assert dialog.result() == dialog.DialogCode.Accepted
    stored = msvc.get_meeting(app.ctx, dialog.saved.number)
    assert (stored.venue, stored.venue_zh, stored.address_zh, stored.logistics, stored.notes_zh) == (
        TEXTS["venue"],
        TEXTS["venue_zh"],
        TEXTS["address_zh"],
        TEXTS["logistics"],
        "",
    )


def test_a_text_too_long_is_refused_in_the_editor_and_nothing_changes(qtbot, app):
    dialog = open_editor(qtbot, app, 2)
    find(dialog, QLineEdit, "meeting-venue_zh").setText("宾" * 5000)
    type_into(qtbot, dialog, "notes", "kept")
    click(qtbot, dialog.save_button)
    wait_all()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert dialog.error_label.text().startswith("The Chinese venue")
    stored = msvc.get_meeting(app.ctx, 2)
    assert (stored.venue_zh, stored.notes) == ("", "")


def test_a_secretary_changes_the_texts_of_a_held_meeting(qtbot, app):
    dialog = open_editor(qtbot, app, 1)
    type_into(qtbot, dialog, "notes_zh", "已举行")
    click(qtbot, dialog.save_button)
    wait_all()
    assert msvc.get_meeting(app.ctx, 1).notes_zh == "已举行"
