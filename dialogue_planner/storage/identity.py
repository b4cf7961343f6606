"""Is this SQLite file a Dialogue Planner database, and what does it hold?

Every SQLite database this program creates, migrates or restores carries ``PRAGMA application_id`` =
:data:`APPLICATION_ID` (the bytes "DPLN" at offset 68 of the file header, so ``file(1)`` and other
tools can tell our files apart too). Files written before the identity existed have id 0: they are
still ours when they hold the schema's version table and the core tables (:data:`IDENTITY_TABLES`),
because the backups people made with earlier versions are exactly what they will want to restore.
A file with another id, or with id 0 and other tables, belongs to another program.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

APPLICATION_ID = 0x44504C4E  # "DPLN"
SQLITE_HEADER = b"SQLite format 3\x00"
IDENTITY_TABLES = frozenset({"alembic_version", "dialogue", "side", "app_user", "audit_entry"})


@dataclass(frozen=True)
class SqliteContents:
    """What a SQLite file says about itself: its application id, its tables and its schema revision."""

    application_id: int
    tables: frozenset[str]
    revision: str | None

    @property
    def empty(self) -> bool:
        return not self.tables

    def foreign(self) -> str | None:
        """Why the file belongs to another program, or None when it is ours (or empty)."""
        if self.application_id == APPLICATION_ID:
            return None
        if self.application_id != 0:
            return f"it belongs to another program (application id 0x{self.application_id & 0xFFFFFFFF:08X})"
        if self.empty or self.tables >= IDENTITY_TABLES:
            return None
        return "it is an SQLite database of another program"


def read_contents(con: sqlite3.Connection) -> SqliteContents:
    """Raises ``sqlite3.DatabaseError`` when the file cannot be read (damaged, not a database)."""
    app_id = con.execute("PRAGMA application_id").fetchone()[0]
    tables = frozenset(r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'"))
    revision = None
    if "alembic_version" in tables:
        row = con.execute("SELECT version_num FROM alembic_version").fetchone()
        revision = row[0] if row else None
    return SqliteContents(app_id, tables, revision)


def stamp(con: sqlite3.Connection) -> None:
    """Mark the file as ours (a header write: inside the caller's transaction, if any)."""
    con.execute(f"PRAGMA application_id = {APPLICATION_ID}")


def has_sqlite_header(path) -> bool:
    """Whether the file starts as every SQLite database does.

    Only once SQLite has found that the file is not a database: reading it here closes a descriptor
    of the file, and on POSIX that drops every lock this process holds on it, SQLite's included (the
    process's other connections would then be unprotected). SQLite's own connections avoid this.
    """
    try:
        with open(path, "rb") as fh:
            return fh.read(len(SQLITE_HEADER)) == SQLITE_HEADER
    except OSError:
        return False
