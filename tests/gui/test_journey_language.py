"""Journey: a secretary switches the interface to Chinese, written only as she acts: the window is started
as the program starts it, and everything after is mouse clicks on what the screen shows (menus, the
question that follows), then the start the program makes again when asked to."""

from __future__ import annotations

import sys

import pytest
from journeys.user_seat import POPUP_MENUS_OFFSCREEN, answer_next_box
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

from dialogue_planner.gui.app import start_window
from dialogue_planner.gui.kit.ops import wait_all

# Menus open as popups; the offscreen platform says it cannot grab the keyboard for them or raise them.
pytestmark = POPUP_MENUS_OFFSCREEN


@pytest.fixture
def start(qtbot, qapp, demo_db_url, monkeypatch, tmp_path):
    """``start()``: the main window as ``dialogue-planner`` opens it on the demo database, attached."""
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # the application installs its own
    settings = QSettings(str(tmp_path / "journey.ini"), QSettings.Format.IniFormat)
    settings.setValue("language", "en")
    windows = []

    def run():
        window = start_window(qapp, demo_db_url, settings)
        qtbot.addWidget(window)
        qtbot.waitUntil(lambda: window.app is not None, timeout=20_000)
        windows.append(window)
        return window

    yield run, settings
    for window in windows:
        if window.app is not None:
            window.app.tasks.wait()
            window.close()
            window.app.ctx.db.dispose()
    from dialogue_planner.gui.app import _translate

    _translate(settings, "en")  # the next test starts in English


def shown_text(action) -> str:
    return action.text().replace("&", "")


def click_menu(qtbot, window, *path: str) -> None:
    """Click through the menu bar: ``click_menu(qtbot, window, "View", "Language", "中文（简体）")``."""
    bar = window.menuBar()
    action = next(a for a in bar.actions() if shown_text(a) == path[0])
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.actionGeometry(action).center())
    menu = action.menu()
    qtbot.waitUntil(menu.isVisible, timeout=3000)
    for name in path[1:]:
        item = next(a for a in menu.actions() if shown_text(a) == name)
        qtbot.mouseMove(menu, menu.actionGeometry(item).center())
        qtbot.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(item).center())
        if item.menu() is not None:
            menu = item.menu()
            qtbot.waitUntil(menu.isVisible, timeout=3000)


def sidebar_titles(window) -> list[str]:
    return [window.navigation.item(row).text() for row in range(window.navigation.count())]


def test_switching_to_chinese_and_starting_again_shows_chinese(start, qtbot, tmp_path):
    run, settings = start
    window = run()
    assert sidebar_titles(window)[0] == "Overview"
    restarts = []
    window.restart_requested.connect(restarts.append)
    asked = answer_next_box(qtbot, "Start again now")
    click_menu(qtbot, window, "View", "Language", "中文（简体）")
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=5000)
    assert asked and "starts again" in asked[0]
    assert restarts == ["zh_CN"] and settings.value("language") == "zh_CN"

    again = run()  # what the program does when the window asks to start again
    wait_all()  # the Overview's data arrives from the operations thread
    assert sidebar_titles(again)[:3] == ["概览", "日程", "名册"]
    assert [shown_text(a) for a in again.menuBar().actions()][:3] == ["文件(F)", "编辑(E)", "视图(V)"]
    heading = next(label for label in again.findChildren(QLabel, "pageTitle") if label.isVisible())
    assert heading.text() == "中美打击网络犯罪及相关事项高级别联合对话"  # the Overview leads in Chinese
    assert again.database_label.full_text().startswith("数据库")
    QApplication.processEvents()
    again.grab().save(str(tmp_path / "after-switching-to-chinese.png"))


def test_choosing_later_keeps_english_until_the_next_start(start, qtbot):
    run, settings = start
    window = run()
    asked = answer_next_box(qtbot, "Later")
    click_menu(qtbot, window, "View", "Language", "中文（简体）")
    qtbot.waitUntil(lambda: bool(asked), timeout=5000)
    QApplication.processEvents()
    assert window.isVisible() and sidebar_titles(window)[0] == "Overview"
    assert settings.value("language") == "zh_CN"
    window.close()
    assert sidebar_titles(run())[0] == "概览"


def test_choosing_the_language_on_screen_asks_nothing(start, qtbot):
    run, settings = start
    window = run()
    click_menu(qtbot, window, "View", "Language", "English")
    QApplication.processEvents()
    assert window.isVisible() and not [
        w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()
    ]
    assert settings.value("language") == "en"


def test_the_pack_is_in_the_interface_language_at_first(open_window):
    """AppContext.language is the one way a page knows the interface language (not a translated word)."""
    for language, pack in (("en", "en"), ("zh_CN", "zh")):
        window = open_window(language)
        assert window.app.language == language
        assert window.page("briefing").language_combo.currentData() == pack
