"""Opening a database: refuse a newer schema untouched, back up and migrate an older one.

A SQLite file this login cannot write (a read-only file, folder or file system, a full disk) is opened
read-only, without creating anything beside it: it can be read, and every change is refused with the
reason.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine, inspect, text
from sqlalchemy.exc import DBAPIError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from dialogue_planner.domain.errors import DatabaseError, SchemaTooNewError
from dialogue_planner.domain.messages import msg

from . import faults
from .engine import create_engine_for, display_url, resolve_url, sqlite_path, untouched_uri
from .identity import APPLICATION_ID, SqliteContents, has_sqlite_header, read_contents, stamp
from .schema import SCHEMA_HEAD

MIGRATIONS_DIR = Path(__file__).with_name("migrations")


@dataclass
class Database:
    """An open database: its engine and session factories. Sessions never leave the services."""

    url: str
    engine: Engine
    revision: str | None = SCHEMA_HEAD
    backup_made: Path | None = None
    read_only: bool = False  # a SQLite file this login may not write: opened read-only
    _read: sessionmaker = field(init=False, repr=False)
    _write: sessionmaker = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self._read = sessionmaker(self.engine, expire_on_commit=False)
        writer = self.engine.execution_options(sqlite_write=True) if self.is_sqlite else self.engine
        self._write = sessionmaker(writer, expire_on_commit=False)

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    @property
    def is_sqlite(self) -> bool:
        return self.dialect == "sqlite"

    @property
    def display_url(self) -> str:
        return display_url(self.url)

    @property
    def path(self) -> Path | None:
        return sqlite_path(self.url)

    def session(self, *, write: bool = False) -> Session:
        return (self._write if write else self._read)()

    def refuse_if_read_only(self) -> None:
        """DatabaseError with the reason when this database cannot be changed from here."""
        if self.read_only:
            reason = faults.why_not_writable(self.path) if self.path is not None else None
            raise DatabaseError(
                msg(
                    "Cannot save in {display_url}: {value}. Nothing was changed; you can still read it.",
                    display_url=self.display_url,
                    value=reason or "it is open read-only",
                )
            )

    def dispose(self) -> None:
        self.engine.dispose()


def open_database(url: str | None = None, *, upgrade: bool = True) -> Database:
    """Open (creating if needed) the database at ``url`` and bring its schema to this program's.

    A database whose schema is newer than the program, or that belongs to another program, is refused
    before anything writes to it (or beside it).
    """
    url = resolve_url(url)
    where = display_url(url)
    path = sqlite_path(url)
    read_only = False
    found = None
    if path is not None:
        _check_sqlite_file(path)
        if path.exists() and path.stat().st_size:
            found = sqlite_contents(path, where).revision
        _refuse_if_newer(found, where)
        reason = faults.why_not_writable(path)
        read_only = reason is not None
        if read_only and (found != SCHEMA_HEAD and upgrade or not path.exists()):
            verb = "create" if found is None else f"upgrade (schema {found} to {SCHEMA_HEAD})"
            raise DatabaseError(
                msg("Cannot {verb} the database {where}: {reason}.", verb=verb, where=where, reason=reason)
            )
    try:
        engine = create_engine_for(url, read_only=read_only)
    except OSError as exc:
        raise faults.explain_os_error(exc, f"the database folder {path.parent if path else where}") from exc
    try:
        db = Database(url, engine, read_only=read_only)
        found = stored_revision(engine) if path is None else found
        if path is None:
            _refuse_if_newer(found, where)
        db.revision = found
        if found != SCHEMA_HEAD and upgrade:
            db.backup_made = upgrade_database(db, found)
            db.revision = SCHEMA_HEAD
        return db
    except DBAPIError as exc:
        engine.dispose()
        raise translate_operational_error(exc, where, path=path) from exc
    except BaseException:
        engine.dispose()
        raise


def open_unread(url: str | None = None) -> Database:
    """The database at ``url`` without reading it (its revision unknown): for restoring a backup over a
    SQLite file too damaged to be opened (services.maintenance.connect_for_restore)."""
    url = resolve_url(url)
    path = sqlite_path(url)
    read_only = path is not None and faults.why_not_writable(path) is not None
    return Database(url, create_engine_for(url, read_only=read_only), revision=None, read_only=read_only)


def upgrade_database(db: Database, found: str | None) -> Path | None:
    """Back up a SQLite file that holds data, then run the migrations with foreign keys handled."""
    from .backup import automatic_backup
    from .migrate import run_migrations

    backup = None
    if db.is_sqlite and found is not None and db.path is not None and db.path.exists():
        backup = automatic_backup(db.path, f"before-upgrade-from-{found}")
    run_migrations(db.engine, "head")
    stamp_identity(db)
    return backup


def stamp_identity(db: Database) -> None:
    """Give a SQLite database this program's ``application_id`` (see storage.identity)."""
    if not db.is_sqlite or db.path is None:
        return
    with db.engine.connect() as conn:
        raw = conn.connection.driver_connection
        assert raw is not None  # an open connection holds its driver's
        try:
            if raw.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
                raw.execute("BEGIN IMMEDIATE")
                stamp(raw)
                raw.execute("COMMIT")
        except sqlite3.Error as exc:
            if raw.in_transaction:
                raw.execute("ROLLBACK")
            raise faults.explain(exc, db.display_url, path=db.path) from exc


def stored_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def _check_sqlite_file(path: Path) -> None:
    """A folder is refused here; what the file holds is SQLite's to say (see identity.has_sqlite_header)."""
    if path.exists() and path.is_dir():
        raise DatabaseError(msg("{path} is a folder, not a database file.", path=path))


def sqlite_contents(path: Path, where: str) -> SqliteContents:
    """What the file holds, read without writing anything in it or beside it (no -wal, no -shm).

    Refuses another program's database; a damaged or unreadable file gets the message for its cause.
    """
    try:
        con = sqlite3.connect(untouched_uri(path), uri=True)
        try:
            contents = read_contents(con)
        finally:
            con.close()
    except sqlite3.Error as exc:
        if faults.sqlite_code(exc) == faults.SQLITE_NOTADB and not has_sqlite_header(path):
            raise DatabaseError(
                msg("{path} is not a Dialogue Planner database (not an SQLite file).", path=path)
            ) from exc
        raise faults.explain(exc, where, path=path) from exc
    foreign = contents.foreign()
    if foreign:
        raise DatabaseError(
            msg(
                "{where} is not a Dialogue Planner database: {foreign}. Choose another file.",
                where=where,
                foreign=foreign,
            )
        )
    return contents


def _refuse_if_newer(found: str | None, where: str) -> None:
    if found is None or found == SCHEMA_HEAD:
        return
    from .migrate import known_revisions

    if found not in known_revisions():
        raise SchemaTooNewError(
            msg(
                "The database {where} was written by a newer version of Dialogue Planner (schema {found}; this version knows up to {schema_head}). It was left untouched: install the newer version.",
                where=where,
                found=found,
                schema_head=SCHEMA_HEAD,
            )
        )


def translate_operational_error(
    exc: SQLAlchemyError, where: str, *, path: Path | None = None, waited: float | None = None
) -> DatabaseError:
    """Known database troubles as messages a secretary can act on (see storage.faults)."""
    return faults.explain(exc, where, path=path, waited=waited)
