"""One at a time: a lock around long operations such as a roster import, across workstations.

PostgreSQL: the operation's row in ``operation_lock``, locked ``FOR UPDATE`` by a transaction on a
connection of its own. Not an advisory lock: any login may take any advisory key (they cannot be
revoked), so a viewer could hold every import up; locking a row needs UPDATE on its table, which only
admins hold (``storage/roles.py``). SQLite: an OS file lock (``flock`` / ``msvcrt.locking``) on a small
file beside the database. Both are released by the server or the operating system when the holder dies,
so a crash never leaves a stale lock. A second caller waits up to ``wait_seconds``, then gets a message
naming who holds the lock.
"""

from __future__ import annotations

import getpass
import glob
import os
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from dialogue_planner.domain.errors import DatabaseError, PermissionDenied, Remedy
from dialogue_planner.domain.messages import msg

if TYPE_CHECKING:  # storage.database names lock holders through this module
    from .database import Database

_POLL_SECONDS = 0.2


@contextmanager
def operation_lock(db: Database, name: str, *, what: str, wait_seconds: float = 0.0) -> Iterator[None]:
    """Hold the lock ``name`` for the ``with`` block; ``what`` describes the operation in the message."""
    if db.is_sqlite:
        path = db.path
        if path is None:  # in memory: one process only, nothing to share
            yield
            return
        with _file_lock(_lock_file(path, name), what, wait_seconds):
            yield
        return
    with _row_lock(db, name, what, wait_seconds):
        yield


def _lock_file(database: Path, name: str) -> Path:
    return database.with_name(f"{database.name}.{name}.lock")


def sqlite_lock_holders(database: Path) -> list[str]:
    """Who holds an operation lock on the SQLite file ``database`` right now, one phrase each
    ("someone is importing a roster (started by li at 14:02, process 4242)").

    A writer that waits for SQLite's lock names these holders: the likeliest reason for the wait.
    """
    holders = []
    for lock in sorted(database.parent.glob(glob.escape(database.name) + ".*.lock")):
        try:
            fd = os.open(lock, os.O_RDONLY)
        except OSError:
            continue
        try:
            if _try_lock(fd):  # free: nobody holds it
                _unlock(fd)
                continue
        finally:
            os.close(fd)
        lines = _file_text(lock).splitlines()
        what = lines[1] if len(lines) > 1 else f"running {lock.name[len(database.name) + 1 : -len('.lock')]}"
        holders.append(f"someone is {what}" + (f" ({lines[0]})" if lines else ""))
    return holders


def _refused(what: str, holder: str) -> DatabaseError:
    who = f" ({holder})" if holder else ""
    return DatabaseError(
        msg(
            "Another workstation is {what}{who}. Nothing was changed here; try again when it has finished.",
            what=what,
            who=who,
        )
    )


@contextmanager
def _row_lock(db: Database, name: str, what: str, wait_seconds: float) -> Iterator[None]:
    conn = db.engine.connect()
    try:
        try:
            conn.execute(
                text("INSERT INTO operation_lock (name) VALUES (:n) ON CONFLICT (name) DO NOTHING"),
                {"n": name},
            )
            conn.commit()
            deadline = time.monotonic() + wait_seconds
            while not _try_row_lock(conn, name):
                conn.rollback()
                if time.monotonic() >= deadline:
                    raise _refused(what, _row_holder(conn, name))
                time.sleep(_POLL_SECONDS)
        except DBAPIError as exc:
            if getattr(exc.orig, "sqlstate", None) == "42501":
                raise PermissionDenied(
                    msg(
                        "Your database login may not take the lock for {what}: only an administrator may. If you are one, the database owner sets up the database roles again.",
                        what=what,
                    ),
                    remedy=(Remedy.SETUP_ROLES,),
                ) from exc
            from .database import translate_operational_error  # database imports this module

            raise translate_operational_error(exc, db.display_url) from exc
        try:
            yield
        finally:
            conn.rollback()
    finally:
        conn.close()


def _try_row_lock(conn, name: str) -> bool:
    # The transaction stays open, idle, while the operation works on other connections: no timeout for it.
    conn.execute(text("SET LOCAL idle_in_transaction_session_timeout = 0"))
    return (
        conn.execute(
            text("SELECT name FROM operation_lock WHERE name = :n FOR UPDATE SKIP LOCKED"), {"n": name}
        ).first()
        is not None
    )


def _row_holder(conn, name: str) -> str:
    """Who holds the row: the transaction in its ``xmax`` (a row lock), its session in ``pg_stat_activity``."""
    row = conn.execute(
        text(
            "SELECT a.usename, a.client_addr::text AS addr FROM operation_lock o "
            "JOIN pg_locks l ON l.locktype = 'transactionid' AND l.mode = 'ExclusiveLock' AND l.granted "
            "AND l.transactionid = o.xmax JOIN pg_stat_activity a ON a.pid = l.pid WHERE o.name = :n LIMIT 1"
        ),
        {"n": name},
    ).first()
    conn.rollback()
    if row is None:
        return ""
    where = f" from {row.addr}" if row.addr else ""
    return f"started by {row.usename}{where}"


@contextmanager
def _file_lock(path: Path, what: str, wait_seconds: float) -> Iterator[None]:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        deadline = time.monotonic() + wait_seconds
        while not _try_lock(fd):
            if time.monotonic() >= deadline:
                raise _refused(what, _file_holder(path))
            time.sleep(_POLL_SECONDS)
        try:
            stamp = datetime.now(timezone.utc).astimezone().strftime("%H:%M")
            os.ftruncate(fd, 0)
            os.lseek(fd, 0, os.SEEK_SET)
            # first line: who (shown to the next caller); second: what, for sqlite_lock_holders
            os.write(fd, f"started by {getpass.getuser()} at {stamp}, process {os.getpid()}\n{what}".encode())
            yield
        finally:
            _unlock(fd)
    finally:
        os.close(fd)


def _file_holder(path: Path) -> str:
    lines = _file_text(path).splitlines()
    return lines[0] if lines else ""


def _file_text(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8", errors="replace").strip()[:400]
    except OSError:
        return ""


if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _try_lock(fd: int) -> bool:
        try:
            os.lseek(fd, 0, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
            return True
        except OSError:
            return False

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return True
        except BlockingIOError:
            return False

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)
