"""The main window on the demo (today is after meeting 23 on 1 December 2026), shown offscreen, with errors
collected in ``window.app.errors.shown`` and every dialog answered by ``answers``."""

from __future__ import annotations

import pytest

from .ui import DialogAnswerer


@pytest.fixture
def window(qtbot, demo_ctx, tmp_path):
    from PySide6.QtCore import QSettings

    from dialogue_planner.gui.shell.app_context import AppContext
    from dialogue_planner.gui.shell.errors import ErrorReporter
    from dialogue_planner.gui.shell.main_window import MainWindow

    settings = QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)
    win = MainWindow(AppContext(demo_ctx, settings, ErrorReporter(interactive=False)))
    qtbot.addWidget(win)
    win.resize(1280, 820)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.app.tasks.wait()


@pytest.fixture
def answers(qtbot):
    answerer = DialogAnswerer(qtbot)
    yield answerer
    answerer.stop()
