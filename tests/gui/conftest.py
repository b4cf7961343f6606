"""Fixtures of the tests that use the whole application as a user does: the demo database (made once per
session, copied for each test), the main window in English or Chinese as the application starts it, and a
folder with files for the dialogs to save into and open; and ``window``/``answers``, the main window on the
demo shown offscreen with errors collected and every dialog answered."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from journeys.user_seat import answers  # noqa: F401  (the fixture)
from PySide6.QtCore import QSettings

LANGUAGES = ["en", "zh_CN"]


@pytest.fixture
def demo_db_url(demo_database_file, tmp_path) -> str:
    target = tmp_path / "demo.sqlite"
    shutil.copyfile(demo_database_file, target)
    return f"sqlite:///{target}"


@pytest.fixture
def answer_folder(tmp_path, demo_database_file) -> Path:
    """Where dialogs save, and what they can open: a backup of the demo database and a roster file."""
    from dialogue_planner.resources_path import resource

    folder = tmp_path / "answers"
    folder.mkdir()
    shutil.copyfile(demo_database_file, folder / "backup.sqlite")
    templates = sorted(Path(str(resource("templates"))).glob("*.csv"))
    if templates:
        shutil.copyfile(templates[0], folder / "roster.csv")
    return folder


@pytest.fixture
def open_window(qtbot, qapp, demo_db_url, tmp_path):
    """``open_window(language)``: the main window on the demo database, started as the application starts
    it (translators, the CJK font, the error path), shown at 1024×700. Opening it again on the same
    database is a restart."""
    from dialogue_planner.gui.app import attach_database
    from dialogue_planner.gui.i18n import install_translators
    from dialogue_planner.gui.shell.fonts import register_cjk_font
    from dialogue_planner.gui.shell.main_window import MainWindow

    register_cjk_font(qapp)
    windows = []
    translators = {}

    def make(language: str = "en", *, interactive: bool = True, size=(1024, 700)):
        for other, installed in list(translators.items()):
            if other != language:
                for translator in installed:
                    qapp.removeTranslator(translator)
                del translators[other]
        if language not in translators:
            translators[language] = install_translators(qapp, language)
        settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
        settings.setValue("language", language)
        window = MainWindow(settings=settings)
        qtbot.addWidget(window)
        attach_database(window, demo_db_url, settings, interactive=interactive, language=language)
        with qtbot.waitSignal(window.first_painted):  # it opens fitted to the (800×800) offscreen screen
            window.show()
        window.resize(*size)
        windows.append(window)
        return window

    yield make
    for window in windows:
        try:
            window.app.ops.wait_idle()  # no call may finish after its window is closed (in the next test)
            window.app.tasks.wait()
            window.close()
            window.app.ctx.db.dispose()
        except RuntimeError:  # already deleted with its window
            pass
    for installed in translators.values():
        for translator in installed:
            qapp.removeTranslator(translator)


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
    win.app.ops.wait_idle()  # no call of this window may finish after it is closed (in the next test)
    win.app.tasks.wait()
