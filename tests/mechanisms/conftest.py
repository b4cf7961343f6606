"""Fixtures of the mechanism GUI tests: the main window and an application context on a fresh database."""

from __future__ import annotations

import pytest
from journeys.user_seat import dialogs  # noqa: F401  (the fixture, for the tests here)
from PySide6.QtCore import QSettings


def make_app(ctx, tmp_path, language: str = "en"):
    from dialogue_planner.gui.shell.app_context import AppContext
    from dialogue_planner.gui.shell.errors import ErrorReporter

    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    return AppContext(ctx, settings, ErrorReporter(interactive=False), language=language)


@pytest.fixture
def app_context(qtbot, ctx, tmp_path):
    context = make_app(ctx, tmp_path)
    yield context
    context.ops.wait_idle()
    context.tasks.wait()


def open_main_window(qtbot, ctx, tmp_path, language: str = "en"):
    from dialogue_planner.gui.kit.ops import wait_all
    from dialogue_planner.gui.shell.main_window import MainWindow

    win = MainWindow(make_app(ctx, tmp_path, language))
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    qtbot.waitExposed(win)
    wait_all()
    return win
