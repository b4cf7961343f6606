"""Starting the application: display check, settings, fonts, language, the database, the main window."""

from __future__ import annotations

import os
import sys
import time

STARTED = time.perf_counter()
EXIT_AFTER_PAINT_ENV = "DIALOGUE_PLANNER_EXIT_AFTER_PAINT"
SETTINGS_DIR_ENV = "DIALOGUE_PLANNER_SETTINGS_DIR"


def has_display() -> bool:
    """On Linux and the BSDs Qt aborts without a display: check first and say so in one line."""
    if not sys.platform.startswith(("linux", "freebsd", "openbsd", "netbsd")):
        return True
    if os.environ.get("QT_QPA_PLATFORM", "").split(":")[0] in ("offscreen", "minimal", "vnc", "eglfs", "linuxfb"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def make_settings():
    """QSettings in an INI file: per user normally, in a chosen folder for tests and portable use."""
    from PySide6.QtCore import QSettings

    folder = os.environ.get(SETTINGS_DIR_ENV)
    if folder:
        os.makedirs(folder, exist_ok=True)
        return QSettings(os.path.join(folder, "dialogue-planner.ini"), QSettings.Format.IniFormat)
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "DialoguePlanner", "dialogue-planner")


def create_application(argv: list[str] | None = None):
    from PySide6.QtWidgets import QApplication

    from .shell.fonts import register_cjk_font
    from .shell.icons import icon

    app = QApplication.instance() or QApplication(argv or [sys.argv[0]])
    app.setApplicationName("Dialogue Planner")
    app.setOrganizationName("DialoguePlanner")
    app.setApplicationDisplayName("Dialogue Planner")
    app.setDesktopFileName("org.dialogueplanner.DialoguePlanner")
    app.setWindowIcon(icon("app"))
    register_cjk_font(app)
    return app


def build_main_window(db_url: str | None, settings, *, interactive: bool = True, language: str | None = None):
    """Open the database, identify the user and build the window; errors a user can act on propagate."""
    from dialogue_planner.services.session import open_session

    from .i18n import install_translators, resolve_language
    from .shell.app_context import AppContext
    from .shell.errors import ErrorReporter
    from .shell.main_window import MainWindow

    from PySide6.QtWidgets import QApplication

    install_translators(QApplication.instance(), language or resolve_language(settings.value("language")))
    ctx = open_session(db_url)
    errors = ErrorReporter(interactive=interactive)
    window = MainWindow(AppContext(ctx, settings, errors))
    errors.parent = window
    return window


def run_app(db_url: str | None = None) -> int:
    if not has_display():
        print("error: no display found (DISPLAY or WAYLAND_DISPLAY is not set); use a desktop session, "
              "or run a command such as 'dialogue-planner info' (see --help).", file=sys.stderr)
        return 1
    app = create_application()
    from PySide6.QtWidgets import QMessageBox

    from dialogue_planner.domain.errors import DialogueError

    settings = make_settings()
    try:
        window = build_main_window(db_url, settings)
    except DialogueError as exc:
        QMessageBox.critical(None, "Dialogue Planner", exc.message)
        return 1
    window.app.errors.install_excepthook()
    if os.environ.get(EXIT_AFTER_PAINT_ENV):
        window.first_painted.connect(lambda: _report_start_and_quit(app))
    window.show()
    code = app.exec()
    window.app.ctx.db.dispose()
    return code


def _report_start_and_quit(app) -> None:
    print(f"first paint after {time.perf_counter() - STARTED:.3f} s", flush=True)
    app.quit()
