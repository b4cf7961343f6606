"""Alembic, driven from code: migrations ship inside the package.

SQLite batch migrations rebuild tables; with foreign keys on, rebuilding a parent deletes its
children through ON DELETE CASCADE. So foreign keys are switched off outside any transaction,
the migrations run in one transaction, ``PRAGMA foreign_key_check`` aborts it on any orphan,
and foreign keys are switched back on.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine

MIGRATIONS_DIR = Path(__file__).with_name("migrations")


def alembic_config(connection=None) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.attributes["connection"] = connection
    return cfg


@lru_cache(maxsize=1)
def known_revisions() -> frozenset[str]:
    script = ScriptDirectory.from_config(alembic_config())
    return frozenset(rev.revision for rev in script.walk_revisions())


def script_head() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None, "the migration scripts have no head"
    return head


def _driver(conn: Connection) -> Any:
    """The driver's own connection under ``conn`` (an open connection always has one)."""
    raw = conn.connection.driver_connection
    assert raw is not None
    return raw


def run_migrations(engine: Engine, target: str = "head") -> None:
    with engine.connect() as conn:
        sqlite = engine.dialect.name == "sqlite"
        if sqlite:
            # Outside any transaction, or SQLite ignores it.
            _driver(conn).execute("PRAGMA foreign_keys = OFF")
        try:
            command.upgrade(alembic_config(conn), target)
            conn.commit()
        finally:
            if conn.in_transaction():
                conn.rollback()
            if sqlite:  # again outside any transaction, or SQLite ignores it
                _driver(conn).execute("PRAGMA foreign_keys = ON")
