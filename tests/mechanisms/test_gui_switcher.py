"""The window's dialogue switcher: the dialogue worked on is in the title and the status bar, and choosing
another one in the switcher makes every page show that one (issue 16)."""

from __future__ import annotations

from datetime import date

import pytest
from journeys.user_seat import click, open_page
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from dialogue_planner.gui.kit.ops import wait_all
from dialogue_planner.services.dialogues import add_dialogue, end_dialogue, list_dialogues

from .conftest import open_main_window

pytestmark = pytest.mark.qt_log_ignore(
    "This plugin does not support grabbing the keyboard", "This plugin does not support raise"
)


def choose_in_combo(qtbot, combo, text_start: str) -> None:
    """Open the combo's list with a click and click the entry that starts with ``text_start``."""
    click(qtbot, combo)
    view = combo.view()
    qtbot.waitUntil(view.isVisible)
    model = combo.model()
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data().startswith(text_start))
    index = model.index(row, 0)
    view.scrollTo(index)
    # The list ignores a release too soon after it popped up (it takes it for the press that opened it).
    qtbot.wait(QApplication.doubleClickInterval() + 50)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center())
    wait_all()


def meeting_numbers(page) -> list[int]:
    model = page.model
    return (
        sorted(m.number for m in model.meetings)
        if hasattr(model, "meetings")
        else [model.index(r, 0).data() for r in range(model.rowCount())]
    )


@pytest.fixture
def two_dialogues(demo_ctx):
    """The demo dialogue (with its meetings) and a successor without meetings, the demo one current."""
    demo = next(d for d in list_dialogues(demo_ctx) if d.current)
    add_dialogue(
        demo_ctx,
        name_en="Law Enforcement and Cybersecurity Dialogue",
        name_zh="执法及网络安全对话",
        code="LECD",
        established_on=date(2017, 10, 4),
    )
    from dialogue_planner.services.dialogues import choose_dialogue

    choose_dialogue(demo_ctx, demo.code)
    return demo_ctx, demo


def test_switching_changes_the_title_and_the_schedule(qtbot, two_dialogues, tmp_path):
    ctx, demo = two_dialogues
    win = open_main_window(qtbot, ctx, tmp_path)
    switcher = win.dialogue_switcher
    assert switcher.isVisible() and switcher.isEnabled()
    assert switcher.count() == 2
    assert switcher.currentText().startswith(demo.code)
    assert demo.code in win.windowTitle()
    schedule = open_page(qtbot, win, "Schedule")
    wait_all()
    before = schedule.model.rowCount()
    assert before > 0, "the demo dialogue has meetings"
    assert demo.code in win.windowTitle() and win.windowTitle().startswith("Schedule")

    choose_in_combo(qtbot, switcher, "LECD")
    assert "LECD" in win.windowTitle() and demo.code not in win.windowTitle()
    assert switcher.currentText().startswith("LECD — Law Enforcement")
    assert schedule.model.rowCount() == 0, "the new dialogue has no meetings yet"
    assert ctx.dialogue_id == next(d.id for d in list_dialogues(ctx) if d.code == "LECD")
    win.grab().save(str(tmp_path.parent / "switcher_lecd.png"))

    choose_in_combo(qtbot, switcher, demo.code)
    assert demo.code in win.windowTitle()
    assert schedule.model.rowCount() == before


def test_the_choice_is_the_next_sessions_default(qtbot, two_dialogues, tmp_path):
    from dialogue_planner.services.context import ServiceContext

    ctx, _demo = two_dialogues
    win = open_main_window(qtbot, ctx, tmp_path)
    choose_in_combo(qtbot, win.dialogue_switcher, "LECD")
    again = ServiceContext.connect(ctx.db)
    assert next(d for d in list_dialogues(again) if d.current).code == "LECD"


def test_an_ended_dialogue_says_so_and_one_dialogue_needs_no_switching(qtbot, ctx, tmp_path):
    win = open_main_window(qtbot, ctx, tmp_path)
    assert win.dialogue_switcher.count() == 1 and not win.dialogue_switcher.isEnabled()
    only = list_dialogues(ctx)[0]
    assert only.code in win.windowTitle()
    end_dialogue(ctx, only.code, on=date(2017, 10, 3))
    win.app.changed("dialogue")
    wait_all()
    assert "(ended 2017-10-03)" in win.dialogue_switcher.currentText()


def test_the_chinese_interface_names_the_dialogues_in_chinese(qtbot, two_dialogues, tmp_path):
    ctx, _demo = two_dialogues
    win = open_main_window(qtbot, ctx, tmp_path, language="zh_CN")
    texts = [win.dialogue_switcher.itemText(i) for i in range(win.dialogue_switcher.count())]
    assert "LECD — 执法及网络安全对话" in texts


def test_a_viewer_switches_for_the_session_only(qtbot, two_dialogues, tmp_path):
    from dialogue_planner.services.context import ServiceContext
    from dialogue_planner.services.workstation import add_user

    ctx, demo = two_dialogues
    add_user(ctx, "reader", "viewer")
    viewer = ServiceContext.connect(ctx.db, login="reader")
    win = open_main_window(qtbot, viewer, tmp_path)
    assert win.dialogue_switcher.isEnabled()
    choose_in_combo(qtbot, win.dialogue_switcher, "LECD")
    assert "LECD" in win.windowTitle() and not win.app.errors.shown
    assert next(d for d in list_dialogues(ctx) if d.current).code == demo.code  # the admin's choice stands
