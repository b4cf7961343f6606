"""Live refresh: notice saves made on other workstations and let the pages redraw.

Polls the change counter (one tiny SELECT) on a timer; on PostgreSQL it also listens for NOTIFY on a
socket notifier, so changes show within a moment and the timer is only a safety net. A change is
passed on as ``AppContext.changed(...)`` (the main window refreshes the open page, which keeps its
selection) but held back while the user is in the middle of an edit: a dialog is open, a table cell
is being edited, or the user is typing in a field. The refresh happens as soon as the edit ends.

The counter grows by one per committed write, and the service context counts the writes it committed
(``ctx.commits``): when the counter grew by no more than this workstation wrote, the change is its own
(a roster import saved while its wizard is still open) and is not news from elsewhere.

The GUI thread never waits on the database server: the counter is read on app.ops, and the LISTEN connection
is opened, read and closed on a thread of its own (``listening.py``). The rule that keeps a change from
being lost or reported twice: watching begins when app.ops reads the baseline, which ``start`` queues, so
every call queued after ``start`` (each page's load) sees at least what the baseline counts, and the
counter alone decides what is news. At the application's start the baseline is the counter read as the
session opened, before the first page loaded (``AppContext.take_changes_at_open``): the watcher starts
later, with the Workstation page, and a save made elsewhere in between is news, not part of the baseline. A notification only makes the watcher read the counter again, and
every read runs on app.ops after the baseline's, so it is compared with the baseline whichever arrives first
on the GUI thread. LISTEN may take effect after the baseline was read: once it is in place the watcher
reads the counter once more, so a change saved in between is not left to the safety poll.
"""

from __future__ import annotations

import functools
import weakref
from collections.abc import Callable
from datetime import datetime, timezone

from PySide6.QtCore import QObject, QTimer, Signal, Slot
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLineEdit, QPlainTextEdit, QTextEdit
from shiboken6 import isValid

from dialogue_planner.domain.errors import DialogueError
from dialogue_planner.services.workstation import change_state

from .listening import ListeningThread

POLL_MS = 2000  # SQLite, or PostgreSQL without a listener
SAFETY_POLL_MS = 10_000  # PostgreSQL with LISTEN: the timer only guards against a lost connection


def _while_alive(method: Callable) -> Callable:
    """A callback of app.ops that does nothing once the watcher is deleted (its window closed while the
    read ran): there is nothing left to tell, and an error would only be about the deletion."""

    @functools.wraps(method)
    def call(self, *args):
        return method(self, *args) if isValid(self) else True

    return call


class ChangeWatcher(QObject):
    """``status_changed(text)`` describes the watching for the Workstation page."""

    status_changed = Signal(str)
    delivered = Signal(object)  # the set of entity names passed on to the pages

    def __init__(self, app, parent: QObject | None = None, *, poll_ms: int | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.baseline: int | None = None
        self.own_seen = 0  # ctx.commits when the baseline was taken
        self.pending: set[str] = set()
        self.last_delivered: datetime | None = None
        self.error: str = ""
        self.listener = None  # the LISTEN connection once it is in place (used on its own thread only)
        self._listening: ListeningThread | None = None
        self._delivering = False
        self._poll_ms = poll_ms
        self._polling = False  # a poll is on app.ops: the timer does not pile up more behind it
        self._again = False  # woken while a poll was on its way: its read may predate the news, read again
        self.polls = 0  # polls answered (tests wait for a few instead of a fixed time)
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.poll)
        app.data_changed.connect(self._local_change)

    @property
    def listening(self) -> bool:
        return self.listener is not None

    @property
    def watching(self) -> bool:
        """The baseline has arrived (or could not be read, which the status says): the timer runs."""
        return self.timer.isActive()

    def start(self) -> None:
        """Take the counter read as the session opened as the baseline, or queue the baseline's read on
        app.ops, and on PostgreSQL open the LISTEN connection on its own thread; the GUI thread waits for
        neither (see the module's rule)."""
        at_open = self.app.take_changes_at_open()
        if at_open is not None:  # news since the opening, the pages' loads included, is compared with it
            self._opened((at_open, 0))  # read before any write went through this session
            self.poll()
        else:
            self.app.ops.run(_reading, self.app.ctx, on_done=self._opened, on_error=self._open_failed)
        if self.app.ctx.db.is_sqlite:
            return
        self._listening = ListeningThread(self.app.ctx, self)
        self._listening.ready.connect(self._listener_ready)
        self._listening.notified.connect(self._notified)
        self._listening.failed.connect(self._listener_failed)
        self._listening.broken.connect(self._listener_broken)
        # The connection closes with the watcher at the latest, whichever way it goes (Qt deletes it, or Python
        # does); its thread closes it, never this one.
        stop = self._listening.stopper()
        self.destroyed.connect(stop)
        weakref.finalize(self, stop)
        self._listening.start()

    @_while_alive
    def _opened(self, reading) -> None:
        state, own = reading
        self.baseline, self.own_seen = state.value, own
        self._start_timer()
        self._announce()

    @_while_alive
    def _open_failed(self, exc: BaseException) -> bool:
        """The baseline could not be read: say so and keep polling (the first answer becomes the baseline)."""
        if not isinstance(exc, DialogueError):
            return False
        self.error = exc.message
        self._start_timer()
        self._announce()
        return True

    def _start_timer(self) -> None:
        self.timer.start(self._poll_ms or (SAFETY_POLL_MS if self.listening else POLL_MS))

    def _retime(self) -> None:
        if self.timer.isActive():
            self._start_timer()

    def stop(self) -> None:
        self.timer.stop()
        self._again = False
        if self._listening is not None:
            self._listening.stop()  # its thread closes the connection
            self._listening = None
        self.listener = None

    @Slot(object)
    def _listener_ready(self, listener) -> None:
        if self._listening is None:  # stopped meanwhile: the thread closes it
            return
        self.listener = listener
        self._retime()
        self._announce()
        self._wake()  # a change saved between the baseline's read and LISTEN taking effect

    @Slot(object)
    def _notified(self, _payloads) -> None:
        if self._listening is not None:
            self._wake()

    @Slot(str)
    def _listener_failed(self, message: str) -> None:
        """No LISTEN connection, or it dropped: poll on the timer instead."""
        if self._listening is None:
            return
        self._listening = None
        self.listener = None
        self.error = message
        self._retime()
        self._announce()
        self._wake()

    @Slot(object)
    def _listener_broken(self, exc: BaseException) -> None:
        """A bug while opening the connection: reported like any other; watching goes on by polling."""
        if self._listening is None:
            return
        self._listening = None
        self._retime()
        self.app.report_error(exc)

    def _wake(self) -> None:
        """Read the counter now; if a read is already on its way it may have been made before the news,
        so another follows it."""
        if self._polling:
            self._again = True
        else:
            self.poll()

    @Slot()
    def poll(self) -> None:
        """Read the change counter on app.ops (a remote server may take its time) and pass news on."""
        if self._polling:
            return
        self._polling = True
        self.app.ops.run(_reading, self.app.ctx, on_done=self._polled, on_error=self._poll_failed)

    @_while_alive
    def _poll_failed(self, exc: BaseException) -> bool:
        self._polling = False
        self.polls += 1
        self._follow_up()
        if not isinstance(exc, DialogueError):
            return False
        if exc.message != self.error:
            self.error = exc.message
            self._announce()
        return True

    @_while_alive
    def _polled(self, reading) -> None:
        self._polling = False
        self.polls += 1
        state, own = reading
        if self.error:
            self.error = ""
            self._announce()
        if self.baseline is None:
            self.baseline = state.value
        elif state.value != self.baseline:
            grown, mine = state.value - self.baseline, own - self.own_seen
            if grown < 0 or grown > mine:  # someone else wrote too (or the database was replaced)
                self.pending |= set(state.entities) or {"*"}
            self.baseline = state.value
        self.own_seen = own
        self.deliver()
        self._follow_up()

    def _follow_up(self) -> None:
        if self._again:
            self._again = False
            self.poll()

    def deliver(self) -> None:
        if not self.pending:
            return
        if user_is_editing():
            self._announce()
            return
        areas, self.pending = self.pending, set()
        self._delivering = True
        try:
            self.app.changed(*sorted(areas))
        finally:
            self._delivering = False
        self.last_delivered = datetime.now(timezone.utc)
        self.delivered.emit(areas)
        self._announce()

    @Slot(object)
    def _local_change(self, _areas) -> None:
        """This workstation saved and its pages redrew: that save is not news from elsewhere."""
        if not self._delivering:
            # On app.ops, after the save that announced itself: the counter then includes it.
            self.app.ops.run(_reading, self.app.ctx, on_done=self._rebased, on_error=_database_gone)

    @_while_alive
    def _rebased(self, reading) -> None:
        state, own = reading
        self.baseline, self.own_seen = state.value, own

    def _announce(self) -> None:
        self.status_changed.emit(self.describe())

    def describe(self) -> str:
        if self.error:
            return self.tr("Not watching for changes: {0}").format(self.error)
        if self.pending:
            return self.tr("Changes from other workstations are waiting until you finish editing.")
        if self.listening:
            return self.tr("Live: other workstations' changes appear at once.")
        seconds = (self._poll_ms or POLL_MS) / 1000
        return self.tr("Live: checking for other workstations' changes every {0} s.").format(f"{seconds:g}")


def _commits(ctx) -> int:
    return getattr(ctx, "commits", 0)


def _reading(ctx):
    """The change counter and this workstation's commits, read together (a commit of this workstation on
    another thread between the two reads would make its own save look like news: read again)."""
    while True:
        before = _commits(ctx)
        state = change_state(ctx)
        if _commits(ctx) == before:
            return state, before


def _database_gone(exc: BaseException) -> bool:
    """The counter could not be read after a local save: the next poll says so (a known error only)."""
    return isinstance(exc, DialogueError)


def user_is_editing() -> bool:
    """A dialog is open, a table cell is being edited, or the focused field holds typing not yet
    saved: redrawing now could lose the edit.

    Written without QApplication.activeModalWidget(), focusWidget() or parentWidget(): PySide6 6.12
    drops a reference to None each time such a call returns no widget, and a watcher asking every two
    seconds all day would bring None's count to zero and crash the interpreter.
    """
    for top in QApplication.topLevelWidgets():
        if not top.isVisible():
            continue
        if top.isModal():
            return True
        for view in top.findChildren(QAbstractItemView):
            if view.state() == QAbstractItemView.State.EditingState:
                return True
        for field in top.findChildren(QLineEdit):
            if field.hasFocus() and field.isModified() and not field.isReadOnly():
                return True
        for text in (*top.findChildren(QTextEdit), *top.findChildren(QPlainTextEdit)):
            if text.hasFocus() and text.document().isModified() and not text.isReadOnly():
                return True
    return False
