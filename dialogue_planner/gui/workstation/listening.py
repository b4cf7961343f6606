"""PostgreSQL's LISTEN connection on a thread of its own: opened, read and closed there.

Connecting to a remote server takes several round trips, and reading a notification touches its socket:
neither may keep the GUI thread from its event loop. The thread opens the connection and says ``ready``,
then waits on its socket (and on a wake-up socket, so ``stop`` takes effect at once) and passes on each
batch of notifications as ``notified``; a connection that cannot be opened, or drops, is ``failed`` with
its message, and anything else raised while opening it (a bug) is ``broken`` with the exception. Only
this thread uses the connection: libpq's connections are not to be closed under a thread that reads them.
"""

from __future__ import annotations

import contextlib
import functools
import select
import socket
import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from dialogue_planner.domain.errors import DialogueError
from dialogue_planner.services.workstation import open_listener


class ListeningThread(QObject):
    """``ready(listener)``, ``notified(payloads)``, ``failed(message)``, ``broken(exception)``: delivered on the
    GUI thread."""

    ready = Signal(object)
    notified = Signal(object)
    failed = Signal(str)
    broken = Signal(object)

    def __init__(self, ctx, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._stopping = threading.Event()
        self._wake_read, self._wake_write = socket.socketpair()
        self.thread: threading.Thread | None = None

    def start(self) -> None:
        self.thread = threading.Thread(
            target=_listen,
            args=(self._ctx, self, self._stopping, self._wake_read),
            name="change-listener",
            daemon=True,
        )
        self.thread.start()

    def stop(self) -> None:
        """Ask the thread to close its connection and end; never waits for it."""
        _request_stop(self._stopping, self._wake_write)

    def stopper(self) -> Callable[..., None]:
        """``stop`` as a function that holds no Qt object: for ``destroyed`` and ``weakref.finalize``."""
        return functools.partial(_request_stop, self._stopping, self._wake_write)


def _request_stop(stopping: threading.Event, wake: socket.socket, *_signal_args) -> None:
    stopping.set()
    with contextlib.suppress(OSError):
        wake.send(b"x")
        wake.close()


def _listen(ctx, signals: ListeningThread, stopping: threading.Event, wake: socket.socket) -> None:
    """The thread's whole life. Holds no reference to the watcher; the signals object may be deleted under
    it (the window closed), which ends the thread."""
    try:
        try:
            listener = open_listener(ctx)
        except DialogueError as exc:
            _emit(signals, "failed", exc.message)
            return
        except Exception as exc:  # noqa: BLE001 - a bug: the GUI thread reports it
            _emit(signals, "broken", exc)
            return
        if listener is None:  # SQLite: nothing to listen to
            return
        try:
            if stopping.is_set() or not _emit(signals, "ready", listener):
                return
            while not stopping.is_set():
                # First what already arrived (notifications can come in with LISTEN's own answer).
                got = listener.drain()
                if got and not _emit(signals, "notified", got):
                    return
                select.select([listener.fileno(), wake], [], [])
        except Exception as exc:  # noqa: BLE001 - a dropped connection: the watcher polls instead
            if not stopping.is_set():
                _emit(signals, "failed", _first_line(exc))
        finally:
            listener.close()
    finally:
        wake.close()


def _emit(signals: ListeningThread, name: str, value) -> bool:
    """False when the signals' object is gone (its window closed)."""
    try:
        getattr(signals, name).emit(value)
    except RuntimeError:
        return False
    return True


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__
