"""Pages made ready before they are asked for: once the first page shows its data, the other areas are
imported on a thread of their own, then the pages are built one per turn of the event loop, so that a
page opened later only loads its data. A page asked for earlier is built then (``MainWindow._page``)."""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from .pages import PAGES, import_pages


class PageWarmUp(QObject):
    imported = Signal()  # emitted by the import thread; delivered on the GUI thread

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.imported.connect(self._build_next)

    def start(self) -> None:
        """After the calls in flight (the first page's loads): the user's first data comes first."""
        self.window.app.ops.after_calls(self._import)

    def _import(self) -> None:
        # Not on app.ops: the user's calls must not wait behind the imports. A page shown before its
        # module is in waits on the import lock, as it would have imported it itself.
        threading.Thread(target=self._import_all, name="import-pages", daemon=True).start()

    def _import_all(self) -> None:
        import_pages()
        self.imported.emit()

    @Slot()
    def _build_next(self) -> None:
        """One page per turn, so that the window answers between them."""
        if not self.window.isVisible():
            return
        waiting = [entry.page_id for entry in PAGES if not self.window.is_built(entry.page_id)]
        if waiting:
            self.window.build_page(waiting[0])
            QTimer.singleShot(0, self, self._build_next)
