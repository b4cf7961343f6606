"""Large lists let go of off the GUI thread.

A page that drops 100,000 rows when it is left would free them, and every string they hold, in one go:
25-35 ms with the interpreter lock held, a stall of the page being opened. Here the lists are emptied a
slice at a time on a thread of their own, so the lock changes hands between the slices (issue 19: peak
memory, without a stall)."""

from __future__ import annotations

import threading
import time

PIECE = 2_000  # items freed between two chances for the GUI thread to take the lock (well under 1 ms)
REST_S = 0.001  # away from the lock between two pieces


def let_go(*lists: list | None) -> None:
    """Empty each list on a thread of its own. Nothing else may use the lists any more."""
    held = [items for items in lists if items]
    if held:
        threading.Thread(target=_empty, args=held, name="let-go", daemon=True).start()


def _empty(*lists: list) -> None:
    """A piece at a time, resting between pieces: a thread that never sleeps takes the lock back each time
    the GUI thread lets go of it between two calls into Python (a table's cells, a page's paint), and the
    GUI thread then waits up to the switch interval for each (the Escalations page opened while the
    Requests rows were let go: 35-50 ms)."""
    for items in lists:
        while items:
            del items[-PIECE:]
            time.sleep(REST_S)
