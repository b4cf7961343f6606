"""Long work off the GUI thread, with progress and cancel, and one way of reporting its errors.

A task is a plain function ``fn(progress)`` where ``progress(done, total, text)`` reports and returns
False once the user has cancelled; the function then stops early (raising ``Cancelled`` or returning).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from .messages import localize


class Cancelled(Exception):
    """Raised inside a task when the user pressed Cancel."""


class _Signals(QObject):
    progress = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(object)


@dataclass
class Task:
    title: str
    cancel_event: threading.Event = field(default_factory=threading.Event)

    def cancel(self) -> None:
        self.cancel_event.set()

    @property
    def cancelled(self) -> bool:
        return self.cancel_event.is_set()


class _Runnable(QRunnable):
    def __init__(self, fn: Callable, task: Task, signals: _Signals) -> None:
        super().__init__()
        self.fn, self.task, self.signals = fn, task, signals
        self.setAutoDelete(True)

    def run(self) -> None:
        def progress(done: int = 0, total: int = 0, text: str = "") -> bool:
            self.signals.progress.emit(int(done), int(total), str(text))
            return not self.task.cancelled

        try:
            result = self.fn(progress)
        except Cancelled:
            self.signals.finished.emit(Cancelled())
        except BaseException as exc:  # noqa: BLE001 - handed to the GUI thread's error path
            self.signals.failed.emit(exc)
        else:
            self.signals.finished.emit(result)


class TaskRunner(QObject):
    """Runs tasks on a thread pool; progress and results come back on the GUI thread."""

    started = Signal(object)  # Task
    progressed = Signal(object, int, int, str)
    ended = Signal(object)  # Task

    def __init__(self, report_error: Callable[..., None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(2)
        self.report_error = report_error
        self._live: dict[int, tuple[Task, _Signals, Callable | None, Callable | None]] = {}

    def run(
        self, title: str, fn: Callable, *, on_done: Callable | None = None, on_error: Callable | None = None
    ) -> Task:
        """Start ``fn(progress)``; ``on_done(result)`` runs on the GUI thread (not after a cancel)."""
        task = Task(title)
        signals = _Signals()
        key = id(task)
        self._live[key] = (task, signals, on_done, on_error)
        signals.progress.connect(self._make_progress(task))
        signals.finished.connect(self._make_finish(key))
        signals.failed.connect(self._make_fail(key))
        self.started.emit(task)
        self.pool.start(_Runnable(fn, task, signals))
        return task

    def active(self) -> list[Task]:
        return [entry[0] for entry in self._live.values()]

    def wait(self, msecs: int = 30_000) -> bool:
        """Block until every task ended (tests, and closing the window)."""
        return self.pool.waitForDone(msecs)

    def _make_progress(self, task: Task):
        @Slot(int, int, str)
        def relay(done: int, total: int, text: str) -> None:
            self.progressed.emit(task, done, total, text)

        return relay

    def _make_finish(self, key: int):
        @Slot(object)
        def finish(result) -> None:
            task, _signals, on_done, _on_error = self._live.pop(key)
            self.ended.emit(task)
            if on_done is not None and not isinstance(result, Cancelled):
                try:
                    on_done(result)
                except Exception as exc:  # noqa: BLE001 - the work is done: say so, not "nothing was saved"
                    self.report_error(exc, after_work=True)

        return finish

    def _make_fail(self, key: int):
        @Slot(object)
        def fail(exc) -> None:
            task, _signals, _on_done, on_error = self._live.pop(key)
            self.ended.emit(task)
            (on_error or self.report_error)(localize(exc))

        return fail
