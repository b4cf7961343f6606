"""The dialogue's life from the user's seat (issue 16): the Dialogues dialog, reached from the File menu and
from the status bar's switcher, lists the dialogues, adds one, changes a cadence from a date (showing the
history), ends one naming its successor (the services' refusals in their words: an end before the last held
meeting, a circle of successors), lists what an ended one still has open and hands it over, and switches the
dialogue worked on. A viewer sees it all read-only."""

from __future__ import annotations

import os
from datetime import date

import pytest
from PySide6.QtWidgets import QLabel

from dialogue_planner.domain.records import UserRecord
from dialogue_planner.gui.kit.ops import wait_all
from dialogue_planner.gui.shell.dialogues_dialog import DialoguesDialog
from dialogue_planner.services.agenda import add_item, list_items
from dialogue_planner.services.context import ServiceContext
from dialogue_planner.services.dialogues import cadence_history, get_dialogue, list_dialogues
from dialogue_planner.services.meetings import add_meeting

from .conftest import open_main_window
from .user_seat import click, dialogs  # noqa: F401  (the fixture)

HELD = (
    (date(2015, 12, 1), "US", "Washington"),
    (date(2016, 6, 14), "CN", "Beijing"),
    (date(2016, 12, 7), "US", "Washington"),
)


@pytest.fixture
def record_window(qtbot, ctx, tmp_path):
    """The main window on the 2015 dialogue with its three real meetings (held) and one item still open."""
    for day, host, city in HELD:
        add_meeting(ctx, start=day, host=host, city=city, status="held", today=date(2017, 1, 10))
    add_item(ctx, meeting=3, title="Timeliness of responses to requests")
    win = open_main_window(qtbot, ctx, tmp_path / "s.ini")
    yield win
    win.app.tasks.wait()


def _open(qtbot, window, ctx=None) -> DialoguesDialog:
    app = window.app
    if ctx is not None:
        app.ctx = ctx
    dialog = DialoguesDialog(app, window.switch_dialogue, window)
    qtbot.addWidget(dialog)
    dialog.show()
    wait_all()
    return dialog


def _select(dialog, code: str) -> None:
    dialog.select(code)
    assert dialog.selected_code() == code


def _codes(dialog) -> list[str]:
    return [d.code for d in dialog.model.rows()]


def test_menu_and_status_bar_open_the_dialogues(qtbot, record_window, dialogs):  # noqa: F811
    window = record_window
    seen = dialogs.expect("Close")
    window.dialogues_action.trigger()
    assert seen.answered and seen.title == "Dialogues"
    seen = dialogs.expect("Close")
    click(qtbot, window.manage_dialogues_button)
    assert seen.answered and seen.title == "Dialogues"


def test_the_life_of_a_dialogue_through_the_dialog(qtbot, record_window, dialogs):  # noqa: F811
    window = record_window
    ctx = window.app.ctx
    dialog = _open(qtbot, window)
    assert _codes(dialog) == ["CYBERCRIME"] and dialog.selected_code() == "CYBERCRIME"
    assert dialog.use_button.isEnabled() is False  # already the one worked on

    # Add the successor (it becomes the dialogue worked on).
    def add(editor):
        qtbot.keyClicks(editor.name_en, "U.S.-China Law Enforcement and Cybersecurity Dialogue")
        editor.name_zh.insert("中美执法及网络安全对话")  # keyClicks types Latin only
        qtbot.keyClicks(editor.code, "lecd")
        qtbot.keyClicks(editor.established, "2017-04-07")
        editor.per_year.setValue(1)

    dialogs.expect("Save", add)
    click(qtbot, dialog.add_button)
    wait_all()
    assert _codes(dialog) == ["CYBERCRIME", "LECD"] and dialog.selected_code() == "LECD"
    lecd = get_dialogue(ctx, "LECD")
    assert (lecd.name_zh, lecd.meetings_per_year, lecd.current) == ("中美执法及网络安全对话", 1, True)
    qtbot.waitUntil(lambda: window.current_dialogue is not None and window.current_dialogue.code == "LECD")

    # A code taken already: refused in the service's words, the editor stays open.
    def taken(editor):
        qtbot.keyClicks(editor.name_en, "Another")
        qtbot.keyClicks(editor.code, "LECD")
        qtbot.keyClicks(editor.established, "2017-05-01")
        click(qtbot, editor.save_button)
        assert (
            editor.error_label.text() == "A dialogue with the code LECD exists already: choose another code."
        )

    dialogs.expect("Cancel", taken)
    click(qtbot, dialog.add_button)

    # The cadence of the first one changes from a date; the history shows both.
    _select(dialog, "CYBERCRIME")

    def cadence(editor):
        history = editor.findChild(QLabel, "cadenceHistory").text()
        assert "from 2015-09-25: 2 meetings a year" in history
        qtbot.keyClicks(editor.from_on, "2016-12-08")
        editor.per_year.setValue(1)

    dialogs.expect("Save", cadence)
    click(qtbot, dialog.cadence_button)
    wait_all()
    steps = cadence_history(ctx, "CYBERCRIME")
    assert [(s.from_on, s.per_year) for s in steps][1:] == [(date(2016, 12, 8), 1)]
    assert "from 2016-12-08: 1 meeting a year" in dialog.detail.text()
    assert f"from {steps[0].from_on.isoformat()}: 2 meetings a year" in dialog.detail.text()

    # Ending before the last held meeting is refused as the service words it.
    def too_early(editor):
        qtbot.keyClicks(editor.on, "2016-07-01")
        editor.successor.setCurrentIndex(editor.successor.findData("LECD"))
        click(qtbot, editor.save_button)
        assert editor.error_label.text() == (
            "CYBERCRIME held its meeting 3 on 2016-12-07: end it on or after that day, not 2016-07-01."
        )
        editor.on.clear()
        qtbot.keyClicks(editor.on, "2017-04-07")

    dialogs.expect("Save", too_early)
    click(qtbot, dialog.end_button)
    wait_all()
    ended = get_dialogue(ctx, "CYBERCRIME")
    assert (ended.ended_on, ended.successor) == (date(2017, 4, 7), "LECD")
    assert "ended 2017-04-07 · succeeded by LECD" in dialog.detail.text()

    # A circle of successors is refused.
    _select(dialog, "LECD")

    def circle(editor):
        qtbot.keyClicks(editor.on, "2018-01-01")
        editor.successor.setCurrentIndex(editor.successor.findData("CYBERCRIME"))
        click(qtbot, editor.save_button)
        assert editor.error_label.text() == (
            "That would make a circle of successors (LECD → CYBERCRIME → LECD): "
            "a dialogue cannot follow one that follows it."
        )

    dialogs.expect("Cancel", circle)
    click(qtbot, dialog.end_button)
    assert get_dialogue(ctx, "LECD").ended_on is None

    # Hand over: refused while the successor has no meeting to take the items, then listed and passed.
    _select(dialog, "CYBERCRIME")
    assert dialog.hand_over_button.isEnabled()
    seen = dialogs.expect("Hand over")
    click(qtbot, dialog.hand_over_button)
    wait_all()
    assert "Timeliness of responses to requests" in seen.text and "no planned meeting" in seen.text
    assert "LECD has no planned meeting to take them" in dialog.message.text()
    lecd_ctx = ServiceContext(ctx.db, ctx.user, lecd.id)
    add_meeting(lecd_ctx, start=date(2017, 10, 4), host="US", city="Washington", today=date(2017, 5, 1))
    seen = dialogs.expect("Hand over")
    click(qtbot, dialog.hand_over_button)
    wait_all()
    assert "1 open agenda item(s), to meeting 1:" in seen.text
    assert dialog.message.text() == "Handed over to LECD: 1 agenda item(s), 0 request(s), 0 escalation(s)."
    assert [i.title for i in list_items(lecd_ctx, 1)] == ["Timeliness of responses to requests"]
    click(qtbot, dialog.hand_over_button)  # nothing left: said, nothing asked
    wait_all()
    assert dialog.message.text().endswith("Nothing is open: there is nothing to hand over.")
    if os.environ.get("ACTIVITY_SHOTS"):
        dialog.layout().activate()
        dialog.grab().save("/tmp/actshots/dialogues.png")

    # Switch to the ended one: the window works on it.
    assert dialog.use_button.isEnabled()
    click(qtbot, dialog.use_button)
    wait_all()
    qtbot.waitUntil(lambda: window.current_dialogue.code == "CYBERCRIME")
    assert dialog.selected_code() == "CYBERCRIME" and not dialog.use_button.isEnabled()
    assert [d.code for d in list_dialogues(ctx) if d.current] == ["CYBERCRIME"]


def test_a_viewer_sees_the_dialogues_read_only(qtbot, record_window):
    window = record_window
    ctx = window.app.ctx
    viewer = ServiceContext(ctx.db, UserRecord(998, "vera", "Vera", "viewer", True), ctx.dialogue_id)
    dialog = _open(qtbot, window, viewer)
    assert _codes(dialog) == ["CYBERCRIME"]
    for button in (dialog.add_button, dialog.end_button, dialog.cadence_button, dialog.hand_over_button):
        assert not button.isEnabled(), button.objectName()
        assert "only read" in button.toolTip()
    assert "You may only read them." in dialog.findChild(type(dialog.detail), "muted").text()
    assert "Cadence history" in dialog.detail.text()
    window.app.ctx = ctx
