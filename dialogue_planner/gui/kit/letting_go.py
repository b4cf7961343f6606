"""Large lists let go of off the GUI thread.

A page that drops 100,000 rows when it is left would free them, and every string they hold, in one go:
25-35 ms with the interpreter lock held, a stall of the page being opened. Here the lists are emptied a
slice at a time on a thread of their own, so the lock changes hands between the slices (issue 19: peak
memory, without a stall)."""

from __future__ import annotations

import threading

PIECE = 2_000  # items freed between two chances for the GUI thread to take the lock (well under 1 ms)


def let_go(*lists: list | None) -> None:
    """Empty each list on a thread of its own. Nothing else may use the lists any more."""
    held = [items for items in lists if items]
    if held:
        threading.Thread(target=_empty, args=held, name="let-go", daemon=True).start()


def _empty(*lists: list) -> None:
    for items in lists:
        while items:
            del items[-PIECE:]
