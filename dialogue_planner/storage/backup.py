"""Copies of a SQLite database made with the online backup API (safe while others use it).

A copy is written to ``NAME.partial`` and renamed to ``NAME`` only once it is complete and on the disk,
so a copy killed half-way never looks finished. The partial file is written without a journal (it is
nobody's database until renamed), so a kill leaves one file, not two; the next copy into the same
place, or any automatic backup in ``backups/``, removes such leftovers once SQLite's lock shows that no
copy is still writing them.
"""

from __future__ import annotations

import contextlib
import glob
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import threading
from datetime import datetime, timezone
from pathlib import Path

from dialogue_planner.domain.errors import DatabaseError
from dialogue_planner.domain.messages import msg

from .engine import BUSY_TIMEOUT_MS, reading_uri, sqlite_uri
from .faults import explain, explain_os_error, first_line, is_damage, why_not_writable
from .identity import has_sqlite_header

KEEP_AUTOMATIC = 10
PARTIAL = ".partial"
BACKUPS_FOLDER = "backups"
# Copies the rotation never removes: the state before a restore, and a damaged file set aside by one.
KEPT_REASONS = ("before-restore", "damaged")
BACKUP_THREAD = "sqlite-backup"  # the name of a background backup's thread


def backups_folder(database: Path) -> Path:
    return database.parent / BACKUPS_FOLDER


def backup_sqlite(source: Path, destination: Path) -> Path:
    """Copy a live SQLite database to ``destination`` consistently, page by page.

    Raises DatabaseError naming the cause (a full disk, a read-only folder, a damaged source).
    """
    try:
        destination.parent.mkdir(parents=True, exist_ok=True)
        src = sqlite3.connect(reading_uri(source), uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
        try:
            _copy(src, destination)
        finally:
            src.close()
    except (OSError, sqlite3.Error) as exc:
        raise copy_failed(exc, source, destination) from exc
    return destination


def copy_failed(exc: BaseException, source: Path, destination: Path) -> DatabaseError:
    """Why copying ``source`` to ``destination`` failed, as one line naming the file at fault."""
    if isinstance(exc, OSError):
        return explain_os_error(exc, f"the copy {destination}")
    if is_damage(exc):
        return explain(exc, str(source), path=source)
    reason = why_not_writable(destination) or first_line(exc)
    return DatabaseError(
        msg(
            "Cannot write the copy {destination}: {reason}. Nothing was changed.",
            destination=destination,
            reason=reason,
        )
    )


def _copy(src: sqlite3.Connection, destination: Path, source: Path | None = None) -> None:
    """Everything ``src`` reads, into ``destination``, through ``destination.partial``: never half a copy.

    Given the ``source`` file that ``src`` reads in an open transaction, the file itself is copied when
    it is proven to hold exactly what that transaction reads (:func:`_file_is_snapshot`): a file copy
    takes a fraction of the backup API's time, which reads and writes it page by page.
    """
    tmp = partial_of(destination)
    remove_stale_partial(tmp)
    try:
        if not (source is not None and _file_is_snapshot(src, source) and _copied_whole(source, tmp)):
            _copy_pages(src, tmp)
        _flush(tmp)
        tmp.replace(destination)
        _flush_folder(destination.parent)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def _copy_pages(src: sqlite3.Connection, tmp: Path) -> None:
    dst = sqlite3.connect(tmp, isolation_level=None)
    try:
        dst.execute("PRAGMA journal_mode = OFF")  # nobody's database until renamed: no -journal to leave
        dst.execute("PRAGMA synchronous = OFF")  # flushed once, by the caller, before the rename
        src.backup(dst)
    finally:
        dst.close()


def _copied_whole(source: Path, tmp: Path) -> bool:
    """``source`` copied to ``tmp`` as a file; False (and no ``tmp``) when it could not be, so that the
    backup API copies it and reports what stands in the way (a full disk, a read-only folder) in words.

    On POSIX a child process copies it (:data:`FILE_COPIES`, the first that works): closing any
    descriptor this process opened on the database would drop every lock SQLite holds on it here
    (HACKING.md, Storage), the backup's own snapshot included.
    """
    if os.name == "posix":
        return any(_run_copy(command, source, tmp) for command in FILE_COPIES)
    try:  # Windows' locks belong to handles: a handle of our own drops none of SQLite's
        shutil.copyfile(source, tmp)
        return True
    except OSError:
        tmp.unlink(missing_ok=True)
        return False


_PLAIN_COPY = ("cp", "--", "{source}", "{copy}")
# On Linux, first a clone (instant, on a file system that shares blocks between files: Btrfs, XFS), then
# GNU dd writing past the page cache (O_DIRECT): the copy goes to the disk as it is written, so the flush
# that follows has little left to do, and no fresh cache pages are taken for a file nobody reads back
# soon. With cp, on a virtual machine that hands freed memory back to its host, the kernel's copy into
# new cache pages took 0.28-0.33 s of a core for 121 MiB instead of 0.03 s; dd took 0.08-0.09 s with its
# flush, every time. A file system that refuses O_DIRECT, or a dd without it, leaves the copy to cp.
FILE_COPIES: tuple[tuple[str, ...], ...] = (
    (
        ("cp", "--reflink=always", "--", "{source}", "{copy}"),
        ("dd", "if={source}", "of={copy}", "bs=8M", "oflag=direct", "status=none"),
        _PLAIN_COPY,
    )
    if sys.platform.startswith("linux")
    else (_PLAIN_COPY,)
)


def _run_copy(command: tuple[str, ...], source: Path, tmp: Path) -> bool:
    """``command`` (its ``{source}`` and ``{copy}`` filled in) run in a child process; False, with no
    ``tmp`` left, when it fails."""
    try:
        subprocess.run(
            [part.format(source=source, copy=tmp) for part in command], check=True, capture_output=True
        )
        return True
    except (OSError, subprocess.CalledProcessError):
        tmp.unlink(missing_ok=True)
        return False


def _file_is_snapshot(src: sqlite3.Connection, source: Path) -> bool:
    """Whether the file ``source`` holds exactly what ``src``'s open read transaction reads, and goes on
    holding it until that transaction ends, so that copying the file copies the transaction's snapshot.

    In WAL mode commits go to the ``-wal`` file, and only a checkpoint writes them into the database file.
    A checkpoint never copies a frame newer than what an open reader reads: a reader of frames up to N
    holds it at N, and a reader that needs no frame at all (the log wholly copied when it began) holds
    every checkpoint off. So once a checkpoint, asked for after ``src``'s transaction began, reports the
    whole log copied (frames in the log = frames copied), the file is that snapshot, and it stays so while
    the transaction is open. (Without WAL, the reader's shared lock keeps every writer out of the file.)
    Anything else (a log a reader holds back, a folder where the checkpoint cannot write its index) is
    answered False, and the caller copies page by page through the backup API.
    """
    if not src.in_transaction:
        return False
    try:
        checkpointer = sqlite3.connect(sqlite_uri(source), uri=True, isolation_level=None, timeout=0)
    except sqlite3.Error:
        return False
    try:
        _busy, in_log, copied = checkpointer.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
    except sqlite3.Error:
        return False
    finally:
        checkpointer.close()
    return in_log == copied


def partial_of(destination: Path) -> Path:
    return destination.with_name(destination.name + PARTIAL)


def remove_stale_partial(partial: Path) -> bool:
    """Remove ``partial`` (and a ``-journal`` an earlier version left beside it) when no copy is writing it.

    Only files that are ours are touched: a SQLite file (or an empty one) named ``*.partial``. A copy in
    progress holds SQLite's write lock on its partial file until it ends, so the lock tells a leftover of
    a killed copy from a live one. Raises DatabaseError when another copy is writing it.
    """
    if not partial.name.endswith(PARTIAL) or not partial.is_file():
        return False
    if _locked(partial):  # asked first: reading the file below would drop a live copy's lock (identity.py)
        raise DatabaseError(
            msg(
                "Another copy is being written to {value} right now; try again when it has finished.",
                value=partial.name[: -len(PARTIAL)],
            )
        )
    if partial.stat().st_size and not has_sqlite_header(partial):
        return False
    partial.unlink(missing_ok=True)
    Path(f"{partial}-journal").unlink(missing_ok=True)
    return True


def remove_stale_partials(folder: Path) -> list[Path]:
    """The leftovers of killed copies in ``folder`` (our ``backups/``), removed; copies still running are left."""
    removed = []
    for partial in sorted(folder.glob(f"*{PARTIAL}")):
        try:
            if remove_stale_partial(partial):
                removed.append(partial)
        except DatabaseError:
            continue  # a copy in progress: its own
    for journal in folder.glob(f"*{PARTIAL}-journal"):  # an orphan journal whose partial is gone
        if not Path(str(journal)[: -len("-journal")]).exists():
            journal.unlink(missing_ok=True)
    return removed


def _locked(path: Path) -> bool:
    """Whether a SQLite connection holds a lock on ``path`` (a copy writing it)."""
    try:
        con = sqlite3.connect(sqlite_uri(path), uri=True, timeout=0, isolation_level=None)
    except sqlite3.Error:
        return False
    try:
        con.execute("BEGIN IMMEDIATE")
        con.execute("ROLLBACK")
        return False
    except sqlite3.OperationalError as exc:
        return "locked" in str(exc) or "busy" in str(exc)
    except sqlite3.DatabaseError:  # half a page 1: not a database any more, so nobody's
        return False
    finally:
        con.close()


def _flush(path: Path) -> None:
    fd = os.open(path, os.O_RDWR | getattr(os, "O_BINARY", 0))  # Windows flushes writable handles only
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _flush_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX; Windows has no directory handles to flush)."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    except OSError:
        pass  # some file systems cannot flush a folder; the copy itself is flushed
    finally:
        os.close(fd)


# -- automatic backups --------------------------------------------------------------------------------
def automatic_destination(source: Path, reason: str) -> Path:
    stamp = datetime.now(timezone.utc).strftime("%Y%m%d-%H%M%S-%f")
    return backups_folder(source) / f"{source.stem}-{stamp}-{reason}.sqlite"


def automatic_backup(source: Path, reason: str, keep: int | None = KEEP_AUTOMATIC) -> Path:
    """A timestamped backup in ``backups/`` beside the database, keeping the newest ``keep`` of them.

    ``keep=None`` (and the reasons in :data:`KEPT_REASONS`) are never rotated away.
    """
    folder = backups_folder(source)
    if folder.is_dir():
        remove_stale_partials(folder)
    dest = backup_sqlite(source, automatic_destination(source, reason))
    if keep is not None:
        prune_backups(dest.parent, source.stem, keep)
    return dest


class BackgroundBackup:
    """:func:`automatic_backup` of the database as it is when this is made, copied in a thread meanwhile.

    The constructor opens a read transaction, which fixes what the copy holds: changes committed
    afterwards are not in it (in WAL mode writers go on beside a reader). The copy (of the file itself
    where the file is that snapshot, else through the backup API with the GIL released) then overlaps the
    caller's own work. Call :meth:`wait` before committing the changes the backup is to precede: it
    returns the backup, or raises what went wrong, so a failed backup still stops them.

    ``hold``: the snapshot is held past the copy until :meth:`release` (call it once the changes are
    committed, or abandoned). A commit's automatic checkpoint then finds nothing it may copy into the file
    (no frame past a reader's snapshot is copied), so it neither copies nor flushes; the thread copies
    the log into the file once released (a passive checkpoint, as the commit's own would have been),
    while the caller goes on. A roster import's 8 MB commit waited 15-25 ms for that checkpoint. The
    oldest copies are removed after that too: removing a copy of the 121 MiB archive while the import
    wrote and committed made it wait about 15 ms more (the apply's wall time beyond its CPU time, 9
    samples: 26 ms, 11 ms once the removal came after).
    """

    def __init__(self, source: Path, reason: str, keep: int = KEEP_AUTOMATIC, *, hold: bool = False) -> None:
        self.destination = automatic_destination(source, reason)
        self._source, self._stem, self._keep, self._hold = source, source.stem, keep, hold
        self._error: BaseException | None = None
        try:
            self.destination.parent.mkdir(parents=True, exist_ok=True)
            remove_stale_partials(self.destination.parent)
            self._src = sqlite3.connect(
                reading_uri(source),
                uri=True,
                isolation_level=None,
                check_same_thread=False,
                timeout=BUSY_TIMEOUT_MS / 1000,
            )
        except (OSError, sqlite3.Error) as exc:
            raise copy_failed(exc, source, self.destination) from exc
        try:
            self._src.execute("BEGIN")
            self._src.execute("SELECT count(*) FROM sqlite_master").fetchone()  # the snapshot starts here
        except BaseException as exc:
            self._src.close()
            if isinstance(exc, sqlite3.Error):
                raise copy_failed(exc, source, self.destination) from exc
            raise
        self._copied, self._released = threading.Event(), threading.Event()
        self._kept = True
        self._thread = threading.Thread(target=self._run, name=BACKUP_THREAD, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        try:
            _copy(self._src, self.destination, self._source)  # what the open transaction reads
        except BaseException as exc:  # noqa: BLE001 - handed to wait(), in the caller's thread
            self._error = exc
        finally:
            if not self._hold:
                self._src.close()  # the snapshot is no longer needed: checkpoints may go on
            self._copied.set()
        if self._hold:  # the caller is still at work (and then commits): what follows waits for it
            self._released.wait()
            self._src.close()
            _checkpoint(self._source)
        if self._error is not None:
            return
        with contextlib.suppress(OSError):  # a copy that cannot be removed now goes at a later rotation
            if self._kept:  # the oldest copies go once the new one is in place
                prune_backups(self.destination.parent, self._stem, self._keep, upto=self.destination)
            else:  # the caller changed nothing: the older copies stay, and this one is not needed
                self.destination.unlink(missing_ok=True)

    def wait(self) -> Path:
        """The backup, once it is complete and on the disk; raises what went wrong in making it."""
        self._copied.wait()
        if isinstance(self._error, (OSError, sqlite3.Error)):
            raise copy_failed(self._error, self._source, self.destination) from self._error
        if self._error is not None:
            raise self._error
        return self.destination

    def release(self, *, kept: bool = True) -> None:
        """The held snapshot is no longer needed: the changes it preceded are committed, or abandoned.

        ``kept=False`` (a ``hold`` backup): the caller changed nothing, so the copy is removed once made
        rather than rotating an older copy out (refused imports would otherwise push good backups out of
        the ``keep`` kept).
        """
        self._kept = kept
        self._released.set()

    def join(self, *, kept: bool = True) -> None:
        """Let the snapshot go, and wait for the copy, and what follows it, to end whatever their outcome."""
        self.release(kept=kept)
        self._thread.join()


def _checkpoint(source: Path) -> None:
    """Copy what the log holds into the database file, as a commit's automatic checkpoint does (passive:
    it waits for nobody). One that cannot run now is left to the next commit's."""
    with contextlib.suppress(sqlite3.Error):
        checkpointer = sqlite3.connect(sqlite_uri(source), uri=True, isolation_level=None, timeout=0)
        try:
            checkpointer.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
        finally:
            checkpointer.close()


def prune_backups(folder: Path, stem: str, keep: int, *, upto: Path | None = None) -> None:
    """Keep the newest ``keep`` automatic backups of ``stem``; copies kept by reason are never counted.

    Only names :func:`automatic_destination` gives are counted: the backups of ``roster-2027.sqlite``
    beside ``roster.sqlite`` are not ``roster``'s. ``upto``: only that copy and older ones are counted
    (a later copy may still be removed by its maker).
    """
    named = re.compile(re.escape(stem) + r"-\d{8}-\d{6}-\d{6}-(.+)\.sqlite")
    olds = sorted(
        p
        for p in folder.glob(f"{glob.escape(stem)}-*.sqlite")
        if (match := named.fullmatch(p.name)) is not None
        and match.group(1) not in KEPT_REASONS
        and (upto is None or p.name <= upto.name)
    )
    for old in olds[:-keep] if keep > 0 else olds:
        old.unlink(missing_ok=True)
