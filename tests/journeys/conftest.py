"""The whole application on the demo database, driven as a user drives it: the window at 1024×700, pages
reached from the sidebar, buttons clicked with the mouse, text typed, dialogs answered."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QSettings, Qt

from .user_seat import click, dialogs  # noqa: F401  (the fixture)

#: The day the demo was found in: three days after meeting 23 (2026-12-01), which is still "confirmed".
TODAY = date(2026, 12, 4)


def open_main_window(qtbot, ctx, settings_file):
    """The main window on ``ctx`` at 1024×700. Pages that read the date read TODAY (set before anything is
    shown again: the File menu's Refresh reloads the page on screen, as F5 does for a user)."""
    from dialogue_planner.gui.shell.app_context import AppContext
    from dialogue_planner.gui.shell.errors import ErrorReporter
    from dialogue_planner.gui.shell.main_window import MainWindow

    settings = QSettings(str(settings_file), QSettings.Format.IniFormat)
    win = MainWindow(AppContext(ctx, settings, ErrorReporter(interactive=False)))
    qtbot.addWidget(win)
    for page in win.pages:
        if hasattr(page, "today"):
            page.today = TODAY
    win.resize(1024, 700)
    win.show()
    qtbot.waitExposed(win)
    win.refresh_current()
    from dialogue_planner.gui.kit.ops import wait_all

    wait_all()  # pages load off the GUI thread (gui/kit/ops.py): look once they have shown it
    return win


@pytest.fixture
def window(qtbot, demo_ctx, tmp_path):
    """The main window on the demo."""
    win = open_main_window(qtbot, demo_ctx, tmp_path / "s.ini")
    yield win
    win.app.ops.wait_idle()  # no call of this window may finish after it is closed (in the next test)
    win.app.tasks.wait()


def go_to(qtbot, window, title: str):
    """Click the page's name in the sidebar; returns the page now shown."""
    navigation = window.navigation
    item = next(
        navigation.item(row) for row in range(navigation.count()) if navigation.item(row).text() == title
    )
    qtbot.mouseClick(
        navigation.viewport(), Qt.MouseButton.LeftButton, pos=navigation.visualItemRect(item).center()
    )
    page = window.stack.currentWidget()
    assert page.title() == title
    return page


def click_row(qtbot, table, row: int, column: int = 1) -> None:
    """Click a cell of a table view (a proxy's row as shown)."""
    rect = table.visualRect(table.model().index(row, column))
    assert rect.isValid(), f"row {row} of {table.objectName()} is not on screen"
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def shown_row(table, column: int, text: str) -> int:
    """The row of the table whose cell in ``column`` reads ``text``."""
    model = table.model()
    rows = [r for r in range(model.rowCount()) if model.index(r, column).data() == text]
    assert rows, f"no row of {table.objectName()} reads {text!r} in column {column}"
    return rows[0]


__all__ = ["TODAY", "click", "click_row", "go_to", "shown_row"]
