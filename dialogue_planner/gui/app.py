"""Starting the application: display check, settings, fonts, language, the database, the main window."""

from __future__ import annotations

import os
import sys
import time

STARTED = time.perf_counter()
EXIT_AFTER_PAINT_ENV = "DIALOGUE_PLANNER_EXIT_AFTER_PAINT"
SETTINGS_DIR_ENV = "DIALOGUE_PLANNER_SETTINGS_DIR"
# How long a thread holding the interpreter lock keeps it while another waits (Python's default: 5 ms).
# The GUI thread paints by calling into Python for every cell, and waits for the lock each time a page's
# rows or a pack are being made on a background thread: painting a table took 46-51 ms instead of 20-28
# with 5 ms, 20-27 with 1 ms (benchmarks, issue 19). Each call into Python (a cell's data, an event filter)
# takes the lock again and waits up to the interval while another thread runs Python: a 400-cell paint
# beside a busy thread took 130 ms with 1 ms, 85 with 0.2 (35 alone); the scripted user's longest stall,
# 27 sessions each way, 70-74 ms against 80-115 (medians). Only contended hand-overs are affected.
SWITCH_INTERVAL_S = 0.0002
_TRANSLATORS: list = []  # the translators installed by _translate, removed when the language changes


def has_display() -> bool:
    """On Linux and the BSDs Qt aborts without a display: check first and say so in one line."""
    if not sys.platform.startswith(("linux", "freebsd", "openbsd", "netbsd")):
        return True
    if os.environ.get("QT_QPA_PLATFORM", "").split(":")[0] in (
        "offscreen",
        "minimal",
        "vnc",
        "eglfs",
        "linuxfb",
    ):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def make_settings():
    """QSettings in an INI file: per user normally, in a chosen folder for tests and portable use."""
    from PySide6.QtCore import QSettings

    folder = os.environ.get(SETTINGS_DIR_ENV)
    if folder:
        os.makedirs(folder, exist_ok=True)
        return QSettings(os.path.join(folder, "dialogue-planner.ini"), QSettings.Format.IniFormat)
    return QSettings(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, "DialoguePlanner", "dialogue-planner"
    )


def create_application(argv: list[str] | None = None, *, cjk_font: bool = True):
    """The QApplication with our names and icon; ``cjk_font=False`` leaves registering the Chinese font
    to the caller (start-up does it after the first paint when the interface is not in Chinese)."""
    from PySide6.QtWidgets import QApplication

    from dialogue_planner.gui.kit.icons import icon
    from dialogue_planner.gui.qt_compat import skip_feature_source_scan

    skip_feature_source_scan()
    sys.setswitchinterval(SWITCH_INTERVAL_S)
    app = QApplication.instance() or QApplication(argv or [sys.argv[0]])
    app.setApplicationName("Dialogue Planner")
    app.setOrganizationName("DialoguePlanner")
    app.setApplicationDisplayName("Dialogue Planner")
    app.setDesktopFileName("org.dialogueplanner.DialoguePlanner")
    app.setWindowIcon(icon("app"))
    if cjk_font:
        from .shell.fonts import register_cjk_font

        register_cjk_font(app)
    return app


def _translate(settings, language: str | None) -> str:
    """Install the translators of the chosen (or configured) language, in place of any installed before
    (a restart in another language); returns the language."""
    from PySide6.QtWidgets import QApplication

    from .i18n import install_translators, resolve_language

    app = QApplication.instance()
    while _TRANSLATORS:
        app.removeTranslator(_TRANSLATORS.pop())
    language = language or resolve_language(settings.value("language"))
    _TRANSLATORS.extend(install_translators(app, language))
    from .kit.words import reset_cache

    reset_cache()  # the vocabulary labels were cached in the language before
    return language


def attach_database(
    window, db_url: str | None, settings, *, interactive: bool = True, language: str = "en"
) -> None:
    """Open the database, identify the user and give the window its pages, all at once (tests and
    screenshots; the application's start opens it off the GUI thread, ``_Starter``); errors a user can act
    on propagate as DialogueError."""
    from dialogue_planner.services.session import open_session

    from .workstation.startup import startup_url

    attach_session(window, open_session(startup_url(db_url, settings)), settings, interactive, language)


def attach_session(
    window, ctx, settings, interactive: bool = True, language: str = "en", changes_at_open=None
) -> None:
    """Give the window its pages on an open session: the ``AppContext`` and its ``app.ops`` are made here,
    on the GUI thread they belong to."""
    from .shell.app_context import AppContext
    from .shell.errors import ErrorReporter

    errors = ErrorReporter(window, interactive=interactive)
    window.attach(AppContext(ctx, settings, errors, language=language, changes_at_open=changes_at_open))


def build_main_window(db_url: str | None, settings, *, interactive: bool = True, language: str | None = None):
    """The window attached to its database at once (tests and screenshots)."""
    from .shell.main_window import MainWindow

    language = _translate(settings, language)
    window = MainWindow(settings=settings)
    attach_database(window, db_url, settings, interactive=interactive, language=language)
    return window


def run_app(db_url: str | None = None) -> int:
    """Paint the window first, then open the database: the secretary sees the application at once. A
    language change can start the window again in the new language, in the same process."""
    if not has_display():
        print(
            "error: no display found (DISPLAY or WAYLAND_DISPLAY is not set); use a desktop session, "
            "or run a command such as 'dialogue-planner info' (see --help).",
            file=sys.stderr,
        )
        return 1
    app = create_application(cjk_font=False)
    settings = make_settings()
    while True:
        code, restart = _run_window(app, db_url, settings)
        if not restart:
            break
    _leave(code)
    return code


def start_window(app, db_url: str | None, settings):
    """The main window as a start makes it: the configured language's translators and font, painted at
    once, attached to the database after the first paint (``attached`` says when)."""
    from .shell.fonts import register_cjk_font
    from .shell.main_window import MainWindow

    language = _translate(settings, None)
    if language == "zh_CN":  # Chinese in the first paint: the font first
        register_cjk_font(app)
    window = MainWindow(settings=settings)
    exit_after = os.environ.get(EXIT_AFTER_PAINT_ENV, "")
    window.starter = _Starter(app, window, db_url, settings, exit_after, language)
    window.first_painted.connect(window.starter.on_first_paint)
    window.show()
    return window


def _run_window(app, db_url: str | None, settings) -> tuple[int, bool]:
    """One main window until it closes: (exit code, whether to start again)."""
    restart: list[str] = []
    window = start_window(app, db_url, settings)
    window.restart_requested.connect(restart.append)
    code = app.exec()
    if window.app is not None:
        window.app.tasks.wait()
        window.app.ops.wait_idle()
        window.app.ctx.db.dispose()
    # Delete the window now (a few milliseconds): its children close what they hold, such as the PostgreSQL
    # LISTEN connection of the change watcher.
    from PySide6.QtCore import QCoreApplication, QEvent

    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    return code, bool(restart) and code == 0


def _leave(code: int) -> None:
    """End the process now that everything is saved and closed. Python's own teardown of the window's
    hundreds of Qt objects took a second or more after Quit (the window was gone, the process was not);
    the operating system frees them at once."""
    import logging

    logging.shutdown()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)


def _window_report(window, *, laid_out: bool = True) -> str:
    """Where the window opened, for the start-up checks: its frame (``laid_out``: the posted layouts done
    first, the pages' minimum sizes applied) and the screen's available area."""
    if laid_out:
        from PySide6.QtCore import QCoreApplication

        QCoreApplication.sendPostedEvents()
    frame = window.frameGeometry()
    screen = window.screen().availableGeometry() if window.screen() is not None else frame
    return (
        f"window {frame.width()}x{frame.height()} at {frame.x()},{frame.y()} on a "
        f"{screen.width()}x{screen.height()} screen area"
    )


# What opening the database and the Overview's first refresh import, the database layer among them
# (with the Overview's alerts and cards, OVERVIEW_ALERTS and OVERVIEW_CARDS).
ATTACH_MODULES = (
    "dialogue_planner.services.session",
    "dialogue_planner.services.overview",
    "dialogue_planner.services.workstation",
    "dialogue_planner.gui.shell.app_context",
    "dialogue_planner.gui.shell.errors",
    "dialogue_planner.gui.workstation.startup",
    "dialogue_planner.gui.kit.collector",
)


def open_for_window(address: str | None):
    """The start's opening, on a thread of its own while the window answers (``_Starter``): the modules
    the window needs next imported, then the database opened (upgraded where it is older, a server
    reached however slowly), the user identified and the change counter read before any page loads (the
    change watcher's baseline: a save made elsewhere while the pages load is news): (session, counter), or
    the error."""
    import importlib

    from .kit.collector import collection_deferred
    from .shell.pages import OVERVIEW_ALERTS, OVERVIEW_CARDS

    # The imports make most of the process's objects: a full collection amid them held the interpreter
    # lock for 20-60 ms while the first look was on screen. They are frozen once made.
    with collection_deferred(keep=True):
        for name in (
            *ATTACH_MODULES,
            *(spec.partition(":")[0] for spec in (*OVERVIEW_ALERTS, *OVERVIEW_CARDS)),
        ):
            importlib.import_module(name)
        # Qt classes the pages use that the first paint did not: PySide6 makes a class with every enum of it
        # on first use (QStyle's 5-10 ms), here rather than in a page's first build on the GUI thread.
        from PySide6.QtGui import QGradient  # noqa: F401
        from PySide6.QtWidgets import QComboBox, QStyle  # noqa: F401
    from dialogue_planner.domain.errors import DialogueError
    from dialogue_planner.services.session import open_session
    from dialogue_planner.services.workstation import change_state

    ctx = open_session(address)
    try:
        return ctx, change_state(ctx)
    except DialogueError:  # the watcher reads it again, and says why where it cannot
        return ctx, None


class _Starter:
    """After the first paint: the Overview's first look where it can be read at once, then the database
    opened off the GUI thread and attached; a known error ends in a message box.

    ``DIALOGUE_PLANNER_EXIT_AFTER_PAINT`` ends the process at a point of the start and prints when it
    was reached: ``1`` the first paint, ``ready`` the Overview showing its data (the first look, or the
    attached page's loads where there is none), ``attached`` the database attached and the first page's
    loads returned."""

    def __init__(self, app, window, db_url, settings, exit_after: str, language: str) -> None:
        self.app, self.window, self.db_url, self.settings = app, window, db_url, settings
        self.exit_after, self.language = exit_after, language
        self.address: str | None = None
        self.opening = None  # the BackgroundCall that opens the database

    def on_first_paint(self) -> None:
        if self.exit_after == "1":
            self._exit_at("first paint")
            return
        from PySide6.QtCore import QTimer

        QTimer.singleShot(0, self.open_database)

    def _exit_at(self, point: str) -> None:
        """Say when ``point`` was reached and end the process there, as a measurement ends: without the
        closing a user's Quit does (saving the window's layout is not part of starting)."""
        # At the first paint the window holds no page yet: its frame is final, and what is posted is the
        # second paint, which the measurement of the first would include (5 ms).
        report = _window_report(self.window, laid_out=point != "first paint")
        print(f"{point} after {time.perf_counter() - STARTED:.3f} s; {report}", flush=True)
        _leave(0)

    def open_database(self) -> None:
        from .workstation.credentials import startup_url

        if self.language != "zh_CN":  # the data holds Chinese names: register the font before any page
            from .shell.fonts import register_cjk_font

            register_cjk_font(self.app)
        # --db, DIALOGUE_PLANNER_DB (None), or this workstation's connection: the keyring is asked once.
        self.address = startup_url(self.db_url, self.settings)
        self._show_first_look()
        self.open_in_background()

    def _show_first_look(self) -> None:
        """The Overview's first look, where it can be read at once (``services.first_look``)."""
        from dialogue_planner.services.first_look import first_look

        look = first_look(self.address)
        if look is None:
            return
        self.window.show_first_look(look, self.language)
        if self.exit_after == "ready":
            from PySide6.QtWidgets import QApplication

            QApplication.processEvents()  # painted
            self._exit_at("overview ready")

    def open_in_background(self) -> None:
        from .kit.background_call import BackgroundCall

        address = self.address
        self.opening = BackgroundCall(lambda: open_for_window(address), "open-database", self.window)
        self.opening.done.connect(self.attach)
        self.opening.failed.connect(self.refused)
        self.opening.start()

    def refused(self, exc: BaseException) -> None:
        """The database could not be opened: a message the user can act on (or a changed connection to
        try), and the application ends; anything else is a bug, shown as the error path shows one (written
        to the log), and the application ends too: it has no database to work on."""
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QMessageBox

        from dialogue_planner.domain.errors import DialogueError

        if not isinstance(exc, DialogueError):
            from .shell.errors import ErrorReporter

            ErrorReporter(self.window).report(exc)
            self.app.exit(1)
            return
        from .workstation.startup import offer_new_connection

        if offer_new_connection(self.window, self.settings, exc, self.db_url):
            QTimer.singleShot(0, self.open_database)  # the user changed the connection: try it
            return
        QMessageBox.critical(self.window, "Dialogue Planner", exc.message)
        self.app.exit(1)

    def attach(self, opened) -> None:
        ctx, changes_at_open = opened
        attach_session(
            self.window, ctx, self.settings, language=self.language, changes_at_open=changes_at_open
        )
        self.window.app.errors.install_excepthook()
        from .kit.collector import QuietCollector

        # Full collections walk only what changed since the window was last idle (issue 19).
        self.window.collector = QuietCollector(self.window.app.ops, self.window.app.tasks, self.window)
        self.window.warm_up()
        if self.exit_after in ("ready", "attached"):  # the loads attach started are done
            self.window.app.ops.wait_idle()
            self._exit_at("overview ready" if self.exit_after == "ready" else "attached")
