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


def skip_feature_source_scan() -> None:
    """Once PySide6 is imported, its import hook (for the opt-in ``from __feature__ import snake_case``)
    reads the whole source of every module imported after it (``inspect.getsource``) to see whether it
    mentions PySide6, and keeps those lines in ``linecache`` for the life of the process: about 300 modules
    at start-up (SQLAlchemy's among them), 5-10% of their import time and 8 MB of memory. This application
    never uses ``__feature__``, so the answer is always "no features" and the reading is skipped. Drop this
    when the bindings stop scanning sources; where their internals differ, nothing is changed."""
    import PySide6.QtCore  # noqa: F401 - installs the hook this adjusts

    feature = sys.modules.get("shibokensupport.feature")
    if feature is not None and callable(getattr(feature, "_mod_uses_pyside", None)):
        feature._mod_uses_pyside = _uses_no_feature


def _uses_no_feature(_module) -> bool:
    return False
