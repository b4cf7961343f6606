"""Pages made ready before they are asked for: once the first page shows its data, the other areas are
imported on a thread of their own, then the pages are built one at a time while the window is idle, so that a
page opened later only loads its data. A page asked for earlier is built then (``MainWindow._page``).

The imports stand aside while the user works: before each page's import the thread waits until no service
call is out and ``QUIET_MS`` have passed since the last one returned (its results shown). An import beside
the GUI thread shares the interpreter lock with it: the Overview opened while the last pages were imported
took 106-200 ms to show its cards, against 30-50 alone (benchmarks, issue 19)."""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, QTimer, Slot

from dialogue_planner.domain.errors import DialogueError
from dialogue_planner.gui.kit.background_call import BackgroundCall

from .pages import PAGES, import_pages

PAUSE_MS = 40  # between two builds: the ten pages are ready within half a second of the first page's data
QUIET_MS = 60  # after the user's calls return, before the next import: their results laid out and painted
LONGEST_WAIT_S = 1.0  # an import waits no longer: a user who never pauses still has every page imported


class PageWarmUp(QObject):
    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        # Not on app.ops: the user's calls must not wait behind the imports.
        self.imports = BackgroundCall(lambda: import_pages(self._quiet_turn), "import-pages", self)
        self.quiet = threading.Event()  # set while no service call is out (and QUIET_MS after the last)
        self.quiet.set()
        window.app.ops.busy_changed.connect(self._calls_changed)
        # A module that failed to import fails again where a page is built, with the error path's message.
        self.imports.done.connect(lambda _result: self._build_next())
        self.imports.failed.connect(lambda _exc: self._build_next())

    def start(self) -> None:
        """After the calls in flight (the first page's loads): the user's first data comes first."""
        self.window.app.ops.after_calls(self._home_then_imports)

    def _home_then_imports(self) -> None:
        """The home page (the Overview) built first, when the window opened on another: its modules were
        imported with the database's opening, and built beside the other imports it took two to five times
        as long (70-160 ms against 30, the interpreter lock shared with the importing thread)."""
        home = PAGES[0].page_id
        if self.window.isVisible() and not self.window.is_built(home):
            self.window.build_page(home)
        # The first calendar of a country imports its modules (30-60 ms of Python), which a page's first
        # load would otherwise do beside the user's click; the imports wait for it (``_quiet_turn``).
        # (The service was imported with the database's opening; the first paint imports no service.)
        from dialogue_planner.services.schedule import read_calendars

        self.window.app.ops.run(read_calendars, self.window.app.ctx, on_error=_no_dialogue_yet)
        self.imports.start()

    def _quiet_turn(self) -> None:
        """On the importing thread, before each page's import."""
        self.quiet.wait(LONGEST_WAIT_S)

    @Slot(bool)
    def _calls_changed(self, busy: bool) -> None:
        if busy:
            self.quiet.clear()
        else:
            QTimer.singleShot(QUIET_MS, self, self._quiet_again)

    @Slot()
    def _quiet_again(self) -> None:
        if not self.window.app.ops.busy:
            self.quiet.set()

    @Slot()
    def _build_next(self) -> None:
        """One page at a time, ``PAUSE_MS`` apart and while no service call is out: a build that ran in the
        same turn as a call's result and the page's paint kept the GUI thread away from the event loop
        for all three together."""
        if not self.window.isVisible():
            return
        waiting = [entry.page_id for entry in PAGES if not self.window.is_built(entry.page_id)]
        if not waiting:
            return
        if not self.window.app.ops.busy:
            self.window.build_page(waiting[0])
        QTimer.singleShot(PAUSE_MS, self, self._build_next)


def _no_dialogue_yet(exc: BaseException) -> bool:
    """A database without a dialogue has no calendars to read: the pages say so themselves."""
    return isinstance(exc, DialogueError)
