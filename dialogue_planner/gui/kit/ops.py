"""The one path from the GUI into the services: ``app.ops.run(fn, *args, on_done=...)``.

A service call can wait on a remote PostgreSQL server or on another workstation's lock, so it never runs on
the GUI thread: ``run`` calls ``fn(*args, **kwargs)`` on the operations thread and hands the result to
``on_done`` on the GUI thread. Errors take the one error path (``ErrorReporter``): ``on_error(exc)`` sees
them first and returns True when it dealt with one (a conflict the editor resolves, a message shown
inline), anything else is reported. A bug in ``on_done`` is reported as coming after the work finished
(what the call saved is saved).

Calls run one at a time in the order they were made (one thread), so a save and the reload after it can
never overtake each other. While any call runs, ``busy`` is True: the widget named by ``busy_widget`` is
disabled (a second click cannot start the same save twice) and the window shows a busy cursor.
``background=False`` runs the call on the GUI thread, for the few callers that must have the answer
before they return (a close event asking whether to discard changes); it still takes the error path.

Tests wait for the calls a click started with ``wait_idle`` (``journeys.user_seat.click`` does this).
"""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget
from shiboken6 import isValid

from .messages import localize

_live_lock = threading.Lock()
_running: set[Ops] = set()


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)


class _Call(QRunnable):
    def __init__(self, fn: Callable, args: tuple, kwargs: dict, signals: _Signals) -> None:
        super().__init__()
        self.fn, self.args, self.kwargs, self.signals = fn, args, kwargs, signals
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            result = self.fn(*self.args, **self.kwargs)
        except BaseException as exc:  # noqa: BLE001 - every error goes back to the GUI thread's error path
            outcome, value = self.signals.failed, exc
        else:
            outcome, value = self.signals.done, result
        # The window may have closed while the call ran (its Ops deleted): nobody is left to show the result.
        with contextlib.suppress(RuntimeError):
            outcome.emit(value)


def _nothing() -> None:
    """A call that only waits its turn."""


class Ops(QObject):
    """Runs service calls off the GUI thread, one at a time; results and errors return on the GUI thread."""

    busy_changed = Signal(bool)

    def __init__(self, report_error: Callable[..., None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.report_error = report_error
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self.pending = 0
        self._calls: set[_Signals] = set()

    @property
    def busy(self) -> bool:
        return self.pending > 0

    def run(
        self,
        fn: Callable,
        *args: Any,
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], bool] | None = None,
        background: bool = True,
        busy_widget: QWidget | None = None,
        **kwargs: Any,
    ) -> None:
        """Call ``fn(*args, **kwargs)``; ``on_done(result)`` and ``on_error(exc)`` run on the GUI thread."""
        if not background:
            try:
                result = fn(*args, **kwargs)
            except Exception as exc:  # noqa: BLE001 - the one error path
                self._fail(exc, on_error)
            else:
                self._finish(result, on_done)
            return
        signals = _Signals()
        self._calls.add(signals)
        self._begin(busy_widget)

        def done(result: Any) -> None:
            self._end(signals, busy_widget)
            self._finish(result, on_done)

        def failed(exc: BaseException) -> None:
            self._end(signals, busy_widget)
            self._fail(exc, on_error)

        signals.done.connect(done, Qt.ConnectionType.QueuedConnection)
        signals.failed.connect(failed, Qt.ConnectionType.QueuedConnection)
        self.pool.start(_Call(fn, args, kwargs, signals))

    def after_calls(self, fn: Callable[[], None]) -> None:
        """Run ``fn`` on the GUI thread once every call started so far has returned and delivered (calls
        run and deliver in order)."""
        self.run(_nothing, on_done=lambda _none: fn())

    def when_idle(self, fn: Callable[[], None]) -> None:
        """Run ``fn`` on the GUI thread once no call is left: those started so far and those their results
        start (a dialog's first load whose result starts its next one), e.g. to delete what they deliver
        to. Waits again behind every call that started meanwhile."""

        def check(_none: None) -> None:
            if self.pending:  # this marker is no longer counted: these started after it
                self.run(_nothing, on_done=check)
            else:
                fn()

        self.run(_nothing, on_done=check)

    def wait_idle(self, msecs: int = 30_000) -> bool:
        """Block until every call has run and its ``on_done`` or ``on_error`` has run too (tests, closing)."""
        deadline = time.monotonic() + msecs / 1000
        while self.pending and time.monotonic() < deadline:
            if not (isValid(self) and isValid(self.pool)):  # its window was closed under a call
                return True
            self.pool.waitForDone(10)
            QCoreApplication.processEvents()  # delivers the results, whose on_done may start further calls
        return not self.pending

    # -- the busy state --------------------------------------------------------------------------------
    def _begin(self, widget: QWidget | None) -> None:
        self.pending += 1
        with _live_lock:
            _running.add(self)
        if widget is not None:
            widget.setEnabled(False)
        if self.pending == 1:
            if isinstance(QCoreApplication.instance(), QGuiApplication):
                QGuiApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
            self.busy_changed.emit(True)

    def _end(self, signals: _Signals, widget: QWidget | None) -> None:
        self._calls.discard(signals)
        self.pending -= 1
        if widget is not None:
            with contextlib.suppress(RuntimeError):  # the widget was closed while the call ran
                widget.setEnabled(True)
        if not self.pending:
            with _live_lock:
                _running.discard(self)
            if isinstance(QCoreApplication.instance(), QGuiApplication):
                QGuiApplication.restoreOverrideCursor()
            self.busy_changed.emit(False)

    # -- results -----------------------------------------------------------------------------------------
    def _finish(self, result: Any, on_done: Callable[[Any], None] | None) -> None:
        if on_done is None:
            return
        try:
            on_done(result)
        except Exception as exc:  # noqa: BLE001 - the work is done: say so, not "nothing was saved"
            self.report_error(exc, after_work=True)

    def _fail(self, exc: BaseException, on_error: Callable[[BaseException], bool] | None) -> None:
        localize(exc)
        if on_error is not None:
            try:
                if on_error(exc):
                    return
            except Exception as bug:  # noqa: BLE001 - a bug in the handler is what to report
                self.report_error(bug)
                return
        self.report_error(exc)


def wait_all(msecs: int = 30_000) -> bool:
    """Wait for every ``Ops`` that has a call in flight (tests: after a click, before looking)."""
    with _live_lock:
        gone = {ops for ops in _running if not (isValid(ops) and isValid(ops.pool))}
        _running.difference_update(gone)  # closed with a call in flight: nothing left to wait for
        live = list(_running)
    return all(ops.wait_idle(msecs) for ops in live)
