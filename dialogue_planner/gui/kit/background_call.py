"""One call on a thread of its own while the window answers, for work before ``app.ops`` exists (opening
the database at the start) or beside it (importing the pages' modules): its result, or the exception it
raised, is delivered on the GUI thread. A module the GUI thread asks for while the thread imports it waits
on Python's import lock, as it would have imported it itself."""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal


class BackgroundCall(QObject):
    done = Signal(object)  # the result; emitted by the thread, delivered on the GUI thread
    failed = Signal(object)  # the exception

    def __init__(self, call: Callable[[], object], name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.call, self.name = call, name

    def start(self) -> None:
        threading.Thread(target=self._run, name=self.name, daemon=True).start()

    def _run(self) -> None:
        try:
            result = self.call()
        except BaseException as exc:  # noqa: BLE001 - the GUI thread decides what the user sees
            self._deliver(self.failed, exc)
        else:
            self._deliver(self.done, result)

    @staticmethod
    def _deliver(signal, value) -> None:
        with contextlib.suppress(RuntimeError):  # deleted with its window meanwhile: nobody waits
            signal.emit(value)
