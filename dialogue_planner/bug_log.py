"""The bug log (no layer: the command line and the application both write to it, through this one writer).

Every entry starts with a timestamp, what was being done and the program's version, then the traceback. Writing it never fails
because of the text: undecodable bytes from the command line and control characters are escaped, so
the log a message points to is always there to send.
"""

from __future__ import annotations

import re
import traceback
from datetime import datetime
from pathlib import Path

from dialogue_planner import __version__
from dialogue_planner.domain.text import one_line
from dialogue_planner.paths import log_file

#: The password of a database URL (``postgresql://alice:secret@server/db``) never reaches the log.
_URL_PASSWORD = re.compile(r"(://[^:/@\s]+):[^@\s]*@")


def bug_details(exc: BaseException) -> str:
    """The traceback of ``exc`` as text (what the application shows under "Details")."""
    return "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))


def write_bug(exc: BaseException, context: str = "") -> Path | None:
    """Append ``exc`` to the bug log with the time and ``context`` (e.g. the command that ran); returns the
    log's path, or None when the log could not be written (a full disk, a read-only folder)."""
    path = log_file()
    stamp = datetime.now().astimezone().isoformat(timespec="seconds")
    context = _URL_PASSWORD.sub(r"\1:***@", context)
    head = (
        f"{stamp} internal error"
        + (f" in {one_line(context, limit=4000)}" if context else "")
        + f" (Dialogue Planner {__version__})"
    )
    entry = f"{head}\n{bug_details(exc).rstrip()}\n\n"
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(path, "a", encoding="utf-8", errors="backslashreplace") as handle:
            handle.write(entry)
    except (OSError, ValueError):
        return None
    return path
