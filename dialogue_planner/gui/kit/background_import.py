"""Modules imported on a thread of their own while the window answers: the GUI thread then finds them
in ``sys.modules``. A module the GUI thread asks for meanwhile waits on Python's import lock, as it would
have imported it itself."""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal


class BackgroundImport(QObject):
    done = Signal()  # emitted by the import thread; delivered on the GUI thread

    def __init__(self, load: Callable[[], None], name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.load, self.name = load, name

    def start(self) -> None:
        threading.Thread(target=self._run, name=self.name, daemon=True).start()

    def _run(self) -> None:
        try:
            self.load()
        finally:  # an import that fails fails again, with its message, where the GUI thread needs it
            with contextlib.suppress(RuntimeError):  # deleted with its window meanwhile: nobody waits
                self.done.emit()
