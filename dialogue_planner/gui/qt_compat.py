"""Work-arounds for defects of the Qt bindings we ship with, each with the reason and when to drop it."""

from __future__ import annotations

import sys


def keep_singletons_alive() -> None:
    """PySide6 6.12's abi3 wheels return None, True and False without taking a reference, which is
    correct only where those objects are immortal (Python 3.12 and later). On Python 3.10 and 3.11 each
    Qt call that returns one of them drops a reference, and after some thousands of calls the
    interpreter aborts with "Fatal Python error: none_dealloc" (a long session, or a long test run).
    Giving the three singletons references that are never released makes them as immortal as 3.12
    does. Drop this once the bindings are fixed or Python 3.12 is the minimum."""
    if sys.version_info >= (3, 12) or getattr(keep_singletons_alive, "done", False):
        return
    import ctypes

    for singleton in (None, True, False):
        ctypes.c_ssize_t.from_address(id(singleton)).value += 1 << 40
    keep_singletons_alive.done = True
