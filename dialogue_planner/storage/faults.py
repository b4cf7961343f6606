"""What went wrong with a database, said so that a secretary can act on it.

SQLite reports a full disk, a read-only file system and a refused permission alike as "disk I/O
error" (or "attempt to write a readonly database"), and a damaged file as "malformed". The advice
differs: free some space, ask for write access, wait for the writer, or restore a backup, and giving the
last for the others would throw away current data. So the error code comes first, and for the vague
ones the file system is asked what the matter is before anything is advised.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from dialogue_planner.domain.errors import DatabaseError, Remedy
from dialogue_planner.domain.messages import msg

from .locks import sqlite_lock_holders

# SQLite's primary result codes (the low byte of the extended code Python reports)
SQLITE_BUSY, SQLITE_LOCKED, SQLITE_READONLY, SQLITE_IOERR, SQLITE_CORRUPT = 5, 6, 8, 10, 11
SQLITE_FULL, SQLITE_CANTOPEN, SQLITE_NOTADB = 13, 14, 26
LOW_SPACE_BYTES = 1 << 20  # below this SQLite cannot count on growing its -wal and -shm
RESTORE_ADVICE = (
    "restore the latest backup on the Workstation page, which keeps the damaged file beside the backups"
)


_CODES_BY_TEXT = (
    ("database is locked", SQLITE_BUSY),
    ("database table is locked", SQLITE_LOCKED),
    ("disk i/o error", SQLITE_IOERR),
    ("readonly database", SQLITE_READONLY),
    ("malformed", SQLITE_CORRUPT),
    ("file is not a database", SQLITE_NOTADB),
    ("database or disk is full", SQLITE_FULL),
    ("unable to open", SQLITE_CANTOPEN),
)


def sqlite_code(exc: BaseException) -> int | None:
    """SQLite's primary result code behind ``exc`` (SQLAlchemy-wrapped or not), or None.

    Python 3.11 reports the code; before it, SQLite's fixed message texts give it.
    """
    error = getattr(exc, "orig", None) or exc
    code = getattr(error, "sqlite_errorcode", None)
    if code is not None:
        return code & 0xFF
    if type(error).__module__ != "sqlite3":
        return None
    low = str(error).lower()
    return next((c for text, c in _CODES_BY_TEXT if text in low), None)


def first_line(exc: BaseException) -> str:
    """The driver's own message, first line only (SQLAlchemy appends the statement and a link)."""
    text = str(getattr(exc, "orig", None) or exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


def is_damage(exc: BaseException) -> bool:
    return sqlite_code(exc) in (SQLITE_CORRUPT, SQLITE_NOTADB)


def size_text(n: float) -> str:
    for unit in ("bytes", "KB", "MB", "GB"):
        if n < 1024 or unit == "GB":
            return f"{n} {unit}" if unit == "bytes" else f"{n:.1f} {unit}".replace(".0 ", " ")
        n /= 1024
    return f"{n} GB"  # pragma: no cover - the loop returns


def free_bytes(folder: Path) -> int | None:
    try:
        return shutil.disk_usage(folder).free
    except OSError:
        return None


def read_only_filesystem(folder: Path) -> bool:
    statvfs = getattr(os, "statvfs", None)
    if statvfs is None:  # Windows: os.access below tells a read-only medium apart well enough
        return False
    try:
        return bool(statvfs(folder).f_flag & os.ST_RDONLY)
    except OSError:
        return False


def why_not_writable(path: Path) -> str | None:
    """Why this login cannot write the database ``path`` (and its ``-wal`` beside it), or None.

    One clause, e.g. "the disk holding /data is full (12 KB free)"; the causes are told apart in the
    order in which they hide each other: a read-only file system refuses even an empty disk's writes.
    """
    folder = path.parent
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent
    if read_only_filesystem(folder):
        return f"the file system holding {folder} is mounted read-only"
    free = free_bytes(folder)
    if free is not None and free < LOW_SPACE_BYTES:
        return f"the disk holding {folder} is full ({size_text(free)} free)"
    if path.exists() and not os.access(path, os.W_OK):
        return f"your login may not write the file {path.name} (permission denied)"
    if not os.access(folder, os.W_OK):
        return f"your login may not create files in {folder} (permission denied)"
    return None


def explain(
    exc: BaseException,
    where: str,
    *,
    path: Path | None = None,
    waited: float | None = None,
    holder: str | None = None,
) -> DatabaseError:
    """``exc`` from the database as one line a secretary can act on.

    ``path`` is the SQLite file (lets the file system explain vague errors); ``waited`` how long a
    writer waited for the lock; ``holder`` who holds it, when known (see :func:`busy`).
    """
    code = sqlite_code(exc)
    detail = first_line(exc)
    if code is not None:
        return _explain_sqlite(code, detail, where, path, waited, holder)
    return _explain_by_text(detail, where, waited, holder)


def busy(where: str, waited: float | None, holder: str | None) -> DatabaseError:
    """``holder`` says who writes, e.g. "someone is importing a roster (started by ...)"."""
    doing = holder or "another program or workstation is writing to it"
    wait = (
        "" if waited is None else f"waited {waited:.0f} s; " if waited >= 10 else f"waited {waited:.1f} s; "
    )
    return DatabaseError(
        msg(
            "The database {where} is busy: {doing}. Nothing was saved ({wait}try again when it has finished).",
            where=where,
            doing=doing,
            wait=wait,
        )
    )


def _explain_sqlite(
    code: int, detail: str, where: str, path: Path | None, waited: float | None, holder: str | None
) -> DatabaseError:
    if code in (SQLITE_BUSY, SQLITE_LOCKED):
        if holder is None and path is not None:
            holder = "; ".join(sqlite_lock_holders(path)) or None
        return busy(where, waited, holder)
    if code in (SQLITE_CORRUPT, SQLITE_NOTADB):
        return DatabaseError(
            msg(
                "The database file {where} is damaged ({detail}): {restore_advice}.",
                where=where,
                detail=detail,
                restore_advice=RESTORE_ADVICE,
            ),
            remedy=(Remedy.RESTORE,),
        )
    reason = why_not_writable(path) if path is not None else None
    if code == SQLITE_FULL or (reason or "").startswith("the disk holding"):
        space = reason if (reason or "").startswith("the disk holding") else "its disk is full"
        return DatabaseError(
            msg(
                "Cannot use the database {where}: {space}. Free some space, then try again; nothing was lost.",
                where=where,
                space=space,
            )
        )
    if reason is not None and code in (SQLITE_READONLY, SQLITE_IOERR, SQLITE_CANTOPEN):
        return DatabaseError(
            msg(
                "Cannot write the database {where}: {reason}. Nothing was lost; you can still read it. Ask whoever looks after this computer to make it writable.",
                where=where,
                reason=reason,
            )
        )
    if code == SQLITE_READONLY:
        return DatabaseError(
            msg(
                "The database {where} is read-only ({detail}): check the file's permissions.",
                where=where,
                detail=detail,
            )
        )
    if code == SQLITE_CANTOPEN:
        return DatabaseError(
            msg(
                "Cannot open the database file {where}: check that its folder exists and that your login may use it.",
                where=where,
            )
        )
    if code == SQLITE_IOERR:
        return DatabaseError(
            msg(
                "The disk reported an error reading or writing {where} ({detail}): check that the disk or network drive is connected and working, then try again; this alone does not mean that anything was lost.",
                where=where,
                detail=detail,
            )
        )
    return DatabaseError(msg("The database {where} reported a problem: {detail}", where=where, detail=detail))


def _explain_by_text(detail: str, where: str, waited: float | None, holder: str | None) -> DatabaseError:
    """Errors without a SQLite code: PostgreSQL's, mostly, told apart by their words."""
    low = detail.lower()
    if "locked" in low or "busy" in low:
        return busy(where, waited, holder)
    if "readonly" in low or "read-only" in low:
        return DatabaseError(
            msg("The database {where} is read-only: check the file's permissions.", where=where)
        )
    if "disk" in low and "full" in low or "no space" in low:
        return DatabaseError(
            msg("The disk holding {where} is full: free some space and try again.", where=where)
        )
    if "unable to open" in low:
        return DatabaseError(
            msg(
                "Cannot open the database file {where}: check the folder exists and is writable.", where=where
            )
        )
    if "connection" in low or "could not connect" in low or "refused" in low or "timeout" in low:
        return DatabaseError(
            msg("Cannot connect to the database server {where}: {detail}", where=where, detail=detail)
        )
    if "does not exist" in low and "database" in low:
        return DatabaseError(
            msg(
                "The database {where} does not exist on the server: ask the administrator to create it.",
                where=where,
            )
        )
    if "permission denied" in low:
        return DatabaseError(
            msg(
                "The database refused this change for your login ({detail}). Ask an administrator for the right role.",
                detail=detail,
            )
        )
    return DatabaseError(msg("The database {where} reported a problem: {detail}", where=where, detail=detail))


def explain_os_error(exc: OSError, what: str) -> DatabaseError:
    """An OSError while writing ``what`` (a backup, a copy), with the cause named."""
    import errno

    reason = {
        errno.ENOSPC: "the disk is full",
        errno.EROFS: "the file system is read-only",
        errno.EACCES: "permission denied",
        errno.EPERM: "permission denied",
        getattr(errno, "EDQUOT", -1): "the disk quota is used up",
    }.get(exc.errno, exc.strerror or str(exc))
    return DatabaseError(msg("Cannot write {what}: {reason}. Nothing was changed.", what=what, reason=reason))
