"""Short pauses of Python's cyclic garbage collector in the GUI process.

A full collection walks every object the collector tracks and holds the interpreter lock while it does,
whichever thread it runs on: with the archive's rows on the pages (100,000 request rows, 20,000
escalations, the modules and the widgets), one took 150-700 ms, and the GUI thread stood still for all of
it, most often while a page's rows or a briefing pack were being made on a background thread (the
``gui_stall_ms`` benchmark, issue 19).

``QuietCollector`` moves what has survived into the collector's permanent generation (``gc.freeze``) once
the window is idle after a service call or a task has shown its result: those objects (the modules, the
widgets, the rows on show) are no longer walked, so a full collection walks only what was made since.
Frozen objects are still freed by reference counting when a page lets go of its rows; only a reference
cycle that was alive at a freeze and dies later waits: every ``UNFREEZE_AFTER`` the permanent generation
goes back to the collector (``gc.unfreeze``), so its next full collection sees everything once and frees
such cycles.
"""

from __future__ import annotations

import gc
import time
from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QObject, QTimer

IDLE_MS = 300  # quiet this long after the last result before freezing
UNFREEZE_AFTER = 600.0  # seconds


class QuietCollector(QObject):
    """Freezes the surviving objects when ``ops`` and ``tasks`` have been idle for ``IDLE_MS``."""

    def __init__(self, ops, tasks, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ops, self.tasks = ops, tasks
        self.since = time.monotonic()
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(IDLE_MS)
        self.timer.timeout.connect(self.freeze)
        ops.busy_changed.connect(self._busy_changed)
        tasks.ended.connect(lambda _task: self.timer.start())
        gc.freeze()  # what the start made (the modules, the window and its pages) at once
        self.timer.start()

    def _busy_changed(self, busy: bool) -> None:
        if not busy:
            self.timer.start()

    def freeze(self) -> None:
        if self.ops.busy or self.tasks.active():
            return  # the end of that call starts the timer again
        if time.monotonic() - self.since > UNFREEZE_AFTER:
            gc.unfreeze()
            self.since = time.monotonic()
            return
        gc.freeze()


@contextmanager
def collection_deferred(*, keep: bool = False) -> Iterator[None]:
    """Python's cyclic collector held off while a background call builds a large structure (a briefing
    pack's flowables, a page's 100,000 rows): a full collection in the middle of it walks every one of
    them while the GUI thread waits for the interpreter lock. Nested uses and a collector already held off
    are left as they are; it runs as usual again when the block ends.

    ``keep``: what the block made is meant to live (a page's rows): it is frozen when the block ends, so
    the collector's next young collection does not walk it all at once (50 ms for 100,000 rows)."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        if keep:
            gc.freeze()
        gc.enable()
