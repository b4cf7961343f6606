"""Copies of a SQLite database made with the online backup API (safe while others use it)."""

from __future__ import annotations

import sqlite3
import threading
from datetime import datetime, timezone
from pathlib import Path

KEEP_AUTOMATIC = 10


def backup_sqlite(source: Path, destination: Path) -> Path:
    """Copy a live SQLite database to ``destination`` consistently, page by page."""
    destination.parent.mkdir(parents=True, exist_ok=True)
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    try:
        _copy(src, destination)
    finally:
        src.close()
    return destination


def _copy(src: sqlite3.Connection, destination: Path) -> None:
    """Everything ``src`` reads, into ``destination`` (through a ``.partial`` file, so never half a copy)."""
    tmp = destination.with_name(destination.name + ".partial")
    dst = sqlite3.connect(tmp)
    try:
        src.backup(dst)
    finally:
        dst.close()
    tmp.replace(destination)


def _automatic_destination(source: Path, reason: str) -> Path:
    stamp = datetime.now(timezone.utc).strftime("%Y%m%d-%H%M%S-%f")
    return source.parent / "backups" / f"{source.stem}-{stamp}-{reason}.sqlite"


def automatic_backup(source: Path, reason: str, keep: int = KEEP_AUTOMATIC) -> Path:
    """A timestamped backup in ``backups/`` beside the database, keeping the newest ``keep`` of them."""
    dest = backup_sqlite(source, _automatic_destination(source, reason))
    prune_backups(dest.parent, source.stem, keep)
    return dest


class BackgroundBackup:
    """:func:`automatic_backup` of the database as it is when this is made, copied in a thread meanwhile.

    The constructor opens a read transaction, which fixes what the copy holds: changes committed
    afterwards are not in it (in WAL mode writers go on beside a reader). The copy (about 0.2 s for a
    120 MB file, spent in SQLite with the GIL released) then overlaps the caller's own work. Call
    :meth:`wait` before committing the changes the backup is to precede: it returns the backup, or raises
    what went wrong, so a failed backup still stops them.
    """

    def __init__(self, source: Path, reason: str, keep: int = KEEP_AUTOMATIC) -> None:
        self.destination = _automatic_destination(source, reason)
        self.destination.parent.mkdir(parents=True, exist_ok=True)
        self._stem, self._keep = source.stem, keep
        self._error: BaseException | None = None
        self._src = sqlite3.connect(f"file:{source}?mode=ro", uri=True, isolation_level=None,
                                    check_same_thread=False)
        try:
            self._src.execute("BEGIN")
            self._src.execute("SELECT count(*) FROM sqlite_master").fetchone()  # the snapshot starts here
        except BaseException:
            self._src.close()
            raise
        self._thread = threading.Thread(target=self._run, name="sqlite-backup", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        try:
            _copy(self._src, self.destination)  # the backup API reads within the open transaction
            prune_backups(self.destination.parent, self._stem, self._keep)
        except BaseException as exc:  # handed to wait(), in the caller's thread
            self._error = exc
        finally:
            self._src.close()

    def wait(self) -> Path:
        self._thread.join()
        if self._error is not None:
            raise self._error
        return self.destination

    def join(self) -> None:
        """Wait for the copy to end, whatever its outcome (when the caller is failing anyway)."""
        self._thread.join()


def prune_backups(folder: Path, stem: str, keep: int) -> None:
    olds = sorted(folder.glob(f"{stem}-*.sqlite"))
    for old in olds[:-keep] if keep > 0 else olds:
        old.unlink(missing_ok=True)
