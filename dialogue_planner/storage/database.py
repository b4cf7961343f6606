"""Opening a database: refuse a newer schema untouched, back up and migrate an older one."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine, inspect, text
from sqlalchemy.exc import OperationalError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from dialogue_planner.domain.errors import DatabaseError, SchemaTooNewError

from .engine import create_engine_for, display_url, resolve_url, sqlite_path
from .schema import SCHEMA_HEAD

MIGRATIONS_DIR = Path(__file__).with_name("migrations")


@dataclass
class Database:
    """An open database: its engine and session factories. Sessions never leave the services."""

    url: str
    engine: Engine
    revision: str | None = SCHEMA_HEAD
    backup_made: Path | None = None
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

    def dispose(self) -> None:
        self.engine.dispose()


def open_database(url: str | None = None, *, upgrade: bool = True) -> Database:
    """Open (creating if needed) the database at ``url`` and bring its schema to this program's.

    A database whose schema is newer than the program is refused before anything writes to it.
    """
    url = resolve_url(url)
    path = sqlite_path(url)
    if path is not None:
        _check_sqlite_file(path)
        found = _sqlite_revision_readonly(path) if path.exists() else None
        _refuse_if_newer(found, display_url(url))
    engine = create_engine_for(url)
    try:
        db = Database(url, engine)
        found = stored_revision(engine) if path is None else found
        if path is None:
            _refuse_if_newer(found, display_url(url))
        db.revision = found
        if found != SCHEMA_HEAD and upgrade:
            db.backup_made = upgrade_database(db, found)
            db.revision = SCHEMA_HEAD
        return db
    except OperationalError as exc:
        engine.dispose()
        raise translate_operational_error(exc, display_url(url)) from exc
    except BaseException:
        engine.dispose()
        raise


def upgrade_database(db: Database, found: str | None) -> Path | None:
    """Back up a SQLite file that holds data, then run the migrations with foreign keys handled."""
    from .backup import automatic_backup
    from .migrate import run_migrations

    backup = None
    if db.is_sqlite and found is not None and db.path is not None and db.path.exists():
        backup = automatic_backup(db.path, f"before-upgrade-from-{found}")
    run_migrations(db.engine, "head")
    return backup


def stored_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def _check_sqlite_file(path: Path) -> None:
    if path.exists() and path.is_dir():
        raise DatabaseError(f"{path} is a folder, not a database file.")
    if path.exists() and path.stat().st_size:
        with open(path, "rb") as fh:
            if fh.read(16) != b"SQLite format 3\x00":
                raise DatabaseError(f"{path} is not a Dialogue Planner database (not an SQLite file).")


def _sqlite_revision_readonly(path: Path) -> str | None:
    """Read the schema revision without writing anything (no WAL switch, no journal)."""
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise DatabaseError(f"Cannot open {path}: {exc}.") from exc
    try:
        has = con.execute("SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'").fetchone()
        if not has:
            tables = con.execute("SELECT count(*) FROM sqlite_master WHERE type='table'").fetchone()[0]
            if tables:
                raise DatabaseError(f"{path} is an SQLite database of another program; choose another file.")
            return None
        row = con.execute("SELECT version_num FROM alembic_version").fetchone()
        return row[0] if row else None
    except sqlite3.DatabaseError as exc:
        raise DatabaseError(f"Cannot read {path}: {exc}. The file may be damaged; restore a backup.") from exc
    finally:
        con.close()


def _refuse_if_newer(found: str | None, where: str) -> None:
    if found is None or found == SCHEMA_HEAD:
        return
    from .migrate import known_revisions

    if found not in known_revisions():
        raise SchemaTooNewError(
            f"The database {where} was written by a newer version of Dialogue Planner (schema {found}; "
            f"this version knows up to {SCHEMA_HEAD}). It was left untouched: install the newer version.")


def translate_operational_error(exc: SQLAlchemyError, where: str) -> DatabaseError:
    """Known database troubles as messages a secretary can act on."""
    msg = str(getattr(exc, "orig", exc)).strip().splitlines()[0] if str(getattr(exc, "orig", exc)).strip() else ""
    low = msg.lower()
    if "locked" in low or "busy" in low:
        return DatabaseError(f"The database {where} is busy: another workstation is writing to it. "
                             "Try again in a moment.")
    if "readonly" in low or "read-only" in low:
        return DatabaseError(f"The database {where} is read-only: check the file's permissions.")
    if "disk" in low and "full" in low or "no space" in low:
        return DatabaseError(f"The disk holding {where} is full: free some space and try again.")
    if "unable to open" in low:
        return DatabaseError(f"Cannot open the database file {where}: check the folder exists and is writable.")
    if "connection" in low or "could not connect" in low or "refused" in low or "timeout" in low:
        return DatabaseError(f"Cannot connect to the database server {where}: {msg}")
    if "does not exist" in low and "database" in low:
        return DatabaseError(f"The database {where} does not exist on the server: ask the administrator to create it.")
    if "permission denied" in low:
        return DatabaseError(f"The database refused this change for your login ({msg}). "
                             "Ask an administrator for the right role.")
    return DatabaseError(f"The database {where} reported a problem: {msg}")
