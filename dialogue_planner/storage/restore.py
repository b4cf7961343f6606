"""Restoring a SQLite database from a backup so that a restore can never make things worse.

1. The backup is copied (read without writing beside it) to a private staging file in ``backups/``.
2. The staging copy must pass ``PRAGMA integrity_check`` and ``foreign_key_check``, carry this
   program's identity (storage.identity), hold a schema revision this version knows and at least one
   dialogue, and every value in it must read back as this program reads it (damage inside a row leaves
   the file's structure sound: a text that is no longer UTF-8, a date that is no longer a date).
   Anything else refuses the restore with the reason, and nothing else has changed.
3. The live database is kept: a healthy one as a ``before-restore`` backup, a damaged one moved aside
   as it is (``damaged``, with its ``-wal``), so that the restore is also the way to repair a damaged
   file. The rotation of automatic backups never removes either.
4. The staging copy becomes the live database: through the online backup API into a healthy file
   (connections other programs hold see the change through SQLite's locks), by a rename over a
   damaged one (whose pages SQLite can no longer be trusted to read).

The caller holds the restore lock (storage.locks), so one restore at a time uses the staging file.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import exc as sqlalchemy_exc
from sqlalchemy.pool import StaticPool

from dialogue_planner.domain.errors import DatabaseError, SchemaTooNewError, ValidationError
from dialogue_planner.domain.messages import msg

from . import backup
from .backup import automatic_backup, automatic_destination, backups_folder, copy_failed
from .engine import BUSY_TIMEOUT_MS, reading_uri, untouched_uri
from .faults import explain, explain_os_error, first_line, is_damage
from .identity import has_sqlite_header, read_contents, stamp
from .schema import SCHEMA_HEAD


@dataclass(frozen=True)
class RestoredFile:
    """What a restore did: the revision the backup holds, and where the previous database was kept."""

    revision: str
    previous: Path | None  # None when there was no previous database (or an empty file)
    damaged: bool  # the previous file was damaged: ``previous`` is that file, moved aside as it was


def restore_sqlite(live: Path, source: Path) -> RestoredFile:
    """Replace the database ``live`` with the backup ``source`` (see the module's steps)."""
    refuse_unless_sqlite(source)
    staged = backups_folder(live) / f"{live.name}.restoring"
    _discard(staged)  # a leftover of a restore killed half-way (the caller holds the restore lock)
    try:
        _stage(source, staged)
        revision = check_restorable(staged, source)
        damaged = live_is_damaged(live)
        if not damaged:
            _match_page_size(staged, live)
        previous = _keep_previous(live, damaged)
        _install(staged, live, damaged)
    finally:
        _discard(staged)
    return RestoredFile(revision, previous, damaged)


def refuse_unless_sqlite(source: Path) -> None:
    try:
        empty = source.stat().st_size == 0
    except OSError as exc:
        raise ValidationError(
            msg("Cannot read the backup {source}: {value}.", source=source, value=exc.strerror or exc)
        ) from exc
    if empty:
        raise ValidationError(
            msg("{source} is not a SQLite backup (the file is empty). Nothing was changed.", source=source)
        )


def _not_a_database(source: Path, exc: sqlite3.Error) -> ValidationError:
    if has_sqlite_header(source):
        return _refused(source, f"it is damaged ({first_line(exc)})")
    return ValidationError(msg("{source} is not a SQLite backup. Nothing was changed.", source=source))


def _refused(source: Path, reason: str) -> ValidationError:
    return ValidationError(
        msg("{source} cannot be restored: {reason}. Nothing was changed.", source=source, reason=reason)
    )


def _stage(source: Path, staged: Path) -> None:
    """A private, consistent copy of ``source`` (which is read without writing anything beside it)."""
    try:
        staged.parent.mkdir(parents=True, exist_ok=True)
        src = sqlite3.connect(untouched_uri(source), uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
        try:
            backup._copy(src, staged)
        finally:
            src.close()
    except sqlite3.DatabaseError as exc:
        if is_damage(exc):
            raise _not_a_database(source, exc) from exc
        raise copy_failed(exc, source, staged) from exc
    except OSError as exc:
        raise copy_failed(exc, source, staged) from exc


def check_restorable(staged: Path, source: Path) -> str:
    """The schema revision of the copy ``staged`` of ``source``, if it may be restored; else the reason.

    A copy made before databases carried the application id is marked as ours here.
    """
    try:
        con = sqlite3.connect(untouched_uri(staged), uri=True)
        try:
            contents = read_contents(con)
            foreign = contents.foreign()
            if foreign:
                raise _refused(source, foreign)
            if contents.empty:
                raise _refused(source, "it is an empty database")
            refuse_unknown_revision(source, contents.revision)
            problems = _problems(con.execute("PRAGMA integrity_check(5)"))
            if problems != ["ok"]:
                more = f", and {len(problems) - 1} more problem(s)" if len(problems) > 1 else ""
                raise _refused(source, f"it is damaged ({problems[0]}{more})")
            orphans = con.execute("PRAGMA foreign_key_check").fetchall()
            if orphans:
                tables = sorted({row[0] for row in orphans})
                raise _refused(
                    source, f"{len(orphans)} row(s) in {', '.join(tables)} refer to rows that do not exist"
                )
            if (
                "dialogue" not in contents.tables
                or not con.execute("SELECT count(*) FROM dialogue").fetchone()[0]
            ):
                raise _refused(source, "it holds no dialogue")
            unreadable = unreadable_table(con)
            if unreadable:
                raise _refused(source, f"it is damaged (a value in its {unreadable} table cannot be read)")
            legacy = contents.application_id == 0
        finally:
            con.close()
        if legacy:
            _stamp(staged)
    except sqlite3.DatabaseError as exc:
        if is_damage(exc):
            raise _refused(source, f"it is damaged ({first_line(exc)})") from exc
        raise explain(exc, str(staged), path=staged) from exc
    except UnicodeDecodeError as exc:  # a damaged catalogue page can hold any bytes where a name belongs
        raise _refused(source, "it is damaged (its list of tables is not readable text)") from exc
    assert contents.revision is not None  # refuse_unknown_revision refused a file without one
    return contents.revision


def unreadable_table(con: sqlite3.Connection) -> str | None:
    """The first table holding a value this program cannot read back, through the same column types the
    program reads with (a text that is not UTF-8, an instant or a date that is not one); None when all
    read. Only the columns the file has are read, so an older revision's backup is checked too."""
    from sqlalchemy import create_engine, select

    from .models import Base

    # The check reads through the connection already open on the staged copy.
    engine = create_engine("sqlite://", creator=lambda: con, poolclass=StaticPool)
    try:
        with engine.connect() as conn:
            for table in Base.metadata.sorted_tables:
                try:
                    # The column names too: a damaged catalogue can hold bytes that are not text there.
                    present = {row[1] for row in con.execute(f'PRAGMA table_info("{table.name}")')}
                    columns = [column for column in table.columns if column.name in present]
                    if not columns:
                        continue
                    for _ in conn.execute(select(*columns)).yield_per(2000):
                        pass
                except (
                    sqlite3.Error,
                    sqlalchemy_exc.DBAPIError,
                    ValueError,
                    TypeError,
                    OverflowError,
                    UnicodeDecodeError,
                ):
                    return table.name
    finally:
        engine.dispose()
    return None


def _problems(rows) -> list[str]:
    """integrity_check's findings, one line each (a row may hold several, under a '*** in database' head)."""
    lines = [line.strip() for row in rows for line in str(row[0]).splitlines()]
    return [line for line in lines if line and not line.startswith("***")] or ["integrity_check said nothing"]


def refuse_unknown_revision(source: Path, revision: str | None) -> None:
    """A backup must hold a schema revision this version knows (an older one is upgraded after)."""
    from .migrate import known_revisions

    if revision is None:
        raise _refused(source, "it holds no schema revision of Dialogue Planner")
    if revision != SCHEMA_HEAD and revision not in known_revisions():
        raise SchemaTooNewError(
            msg(
                "{source} was written by a newer version of Dialogue Planner (schema {revision}; this version knows up to {schema_head}). Nothing was changed: restore it with the newer version.",
                source=source,
                revision=revision,
                schema_head=SCHEMA_HEAD,
            )
        )


def _stamp(path: Path) -> None:
    con = sqlite3.connect(path, isolation_level=None)
    try:
        con.execute("BEGIN IMMEDIATE")
        stamp(con)
        con.execute("COMMIT")
    finally:
        con.close()


def live_is_damaged(live: Path) -> bool:
    """Whether the live file is damaged (its header, or what ``PRAGMA quick_check`` finds).

    A file that is not an SQLite database at all is refused: it may be anything, so it is left alone.
    Other troubles (a full disk, a lock, no permission) are raised as what they are: not damage.
    """
    if not live.exists() or live.stat().st_size == 0:
        return False
    try:
        con = sqlite3.connect(reading_uri(live), uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
        try:
            return con.execute("PRAGMA quick_check(1)").fetchone()[0] != "ok"
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        if not is_damage(exc):
            raise explain(exc, str(live), path=live) from exc
        if not has_sqlite_header(live):
            raise DatabaseError(
                msg(
                    "{live} is not a SQLite database file, so it was left alone. Move it away, then restore the backup.",
                    live=live,
                )
            ) from exc
        return True


def _match_page_size(staged: Path, live: Path) -> None:
    """The backup API cannot write pages of another size into a WAL database: rebuild the copy at the
    live file's page size (only backups made by other tools differ)."""
    if not live.exists() or live.stat().st_size == 0:
        return
    con = sqlite3.connect(reading_uri(live), uri=True)
    try:
        wanted = con.execute("PRAGMA page_size").fetchone()[0]
    finally:
        con.close()
    con = sqlite3.connect(staged, isolation_level=None)
    try:
        if con.execute("PRAGMA page_size").fetchone()[0] == wanted:
            return
        con.execute("PRAGMA journal_mode = DELETE")
        con.execute(f"PRAGMA page_size = {int(wanted)}")
        con.execute("VACUUM")
    except sqlite3.Error as exc:
        raise copy_failed(exc, staged, staged) from exc
    finally:
        con.close()


def _keep_previous(live: Path, damaged: bool) -> Path | None:
    if not live.exists() or live.stat().st_size == 0:
        return None
    if not damaged:
        return automatic_backup(live, "before-restore", keep=None)
    return _move_aside(live)


def _move_aside(live: Path) -> Path:
    """The damaged file (with its ``-wal`` or ``-journal``, which may hold its latest changes) moved into
    ``backups/`` as it is; its ``-shm`` is only an index and is dropped. Undone if any move fails."""
    kept = automatic_destination(live, "damaged")
    moves = [(Path(f"{live}{s}"), Path(f"{kept}{s}")) for s in ("-wal", "-journal")]
    moves = [(a, b) for a, b in moves if a.exists()] + [(live, kept)]
    done = []
    try:
        kept.parent.mkdir(parents=True, exist_ok=True)
        for a, b in moves:
            os.replace(a, b)
            done.append((a, b))
        Path(f"{live}-shm").unlink(missing_ok=True)
    except OSError as exc:
        for a, b in reversed(done):
            os.replace(b, a)
        raise DatabaseError(
            msg(
                "Cannot move the damaged database {live} aside ({value}): close Dialogue Planner everywhere it is open, then try again. Nothing was changed.",
                live=live,
                value=exc.strerror or exc,
            )
        ) from exc
    return kept


def _install(staged: Path, live: Path, damaged: bool) -> None:
    if damaged or not live.exists():
        try:
            os.replace(staged, live)
        except OSError as exc:
            raise explain_os_error(exc, str(live)) from exc
        return
    src = sqlite3.connect(untouched_uri(staged), uri=True)
    try:
        dst = sqlite3.connect(live, timeout=BUSY_TIMEOUT_MS / 1000)
        try:
            src.backup(dst)
        finally:
            dst.close()
    except sqlite3.Error as exc:
        raise explain(exc, str(live), path=live) from exc
    finally:
        src.close()


def _discard(staged: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal", backup.PARTIAL):
        Path(f"{staged}{suffix}").unlink(missing_ok=True)
