"""Backups and restores of the whole database (SQLite online backup API; pg_dump / pg_restore)."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

from sqlalchemy.engine import make_url

from dialogue_planner.domain.errors import DatabaseError, ValidationError
from dialogue_planner.storage.backup import automatic_backup, backup_sqlite
from dialogue_planner.storage.database import Database, upgrade_database
from dialogue_planner.storage.schema import SCHEMA_HEAD


def upgrade(db: Database) -> tuple[str | None, str, Path | None]:
    """Bring the schema to this program's: (revision found, revision now, backup made)."""
    found = db.revision
    if found == SCHEMA_HEAD:
        return found, SCHEMA_HEAD, None
    backup = upgrade_database(db, found)
    db.revision = SCHEMA_HEAD
    return found, SCHEMA_HEAD, backup


def backup_database(db: Database, destination: Path) -> Path:
    destination = destination.expanduser().resolve()
    if db.path is not None and destination == db.path.resolve():
        raise ValidationError("The backup file must not be the database itself.")
    if db.is_sqlite:
        if db.path is None:
            raise ValidationError("An in-memory database cannot be backed up.")
        try:
            return backup_sqlite(db.path, destination)
        except OSError as exc:
            raise DatabaseError(f"Cannot write the backup {destination}: {exc.strerror}.") from exc
    tool = _pg_tool("pg_dump")
    _run([tool, "--format=custom", "--no-owner", f"--file={destination}", *_pg_args(db.url)], "pg_dump", db.url)
    return destination


def restore_database(db: Database, source: Path) -> Path | None:
    """Replace the database's contents with ``source``; a SQLite file is backed up first."""
    source = source.expanduser().resolve()
    if not source.is_file():
        raise ValidationError(f"No backup file {source}.")
    if db.is_sqlite:
        import sqlite3

        with open(source, "rb") as fh:
            if fh.read(16) != b"SQLite format 3\x00":
                raise ValidationError(f"{source} is not a SQLite backup.")
        if db.path is None:
            raise ValidationError("An in-memory database cannot be restored.")
        safety = automatic_backup(db.path, "before-restore") if db.path.exists() else None
        db.dispose()
        src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
        dst = sqlite3.connect(db.path, timeout=10)
        try:
            src.backup(dst)
        except sqlite3.OperationalError as exc:
            raise DatabaseError(f"Cannot restore while another workstation writes ({exc}); try again.") from exc
        finally:
            src.close()
            dst.close()
        return safety
    tool = _pg_tool("pg_restore")
    _run([tool, "--clean", "--if-exists", "--no-owner", "--single-transaction", *_pg_args(db.url, dbname_flag=True),
          str(source)], "pg_restore", db.url)
    return None


def _pg_tool(name: str) -> str:
    path = shutil.which(name)
    if not path:
        raise DatabaseError(f"{name} is not installed on this workstation; install the PostgreSQL client tools "
                            f"(Debian: apt-get install postgresql-client) or ask the server administrator.")
    return path


def _pg_args(url: str, dbname_flag: bool = False) -> list[str]:
    u = make_url(url)
    args = []
    if u.host:
        args.append(f"--host={u.host}")
    if u.port:
        args.append(f"--port={u.port}")
    if u.username:
        args.append(f"--username={u.username}")
    args.append(f"--dbname={u.database}" if dbname_flag else u.database)
    return args


def _run(cmd: list[str], what: str, url: str) -> None:
    """Run a PostgreSQL client tool; the password goes through the environment, never the command line."""
    env = dict(os.environ)
    password = make_url(url).password
    if password:
        env["PGPASSWORD"] = password
    done = subprocess.run(cmd, capture_output=True, text=True, env=env)
    if done.returncode:
        lines = done.stderr.strip().splitlines()
        raise DatabaseError(f"{what} failed: {lines[-1] if lines else f'exit status {done.returncode}'}")
