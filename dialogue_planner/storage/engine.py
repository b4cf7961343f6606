"""Engines: where the database is, and the SQLite pragmas every connection gets."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

from dialogue_planner.domain.errors import DatabaseError
from dialogue_planner.domain.messages import msg
from dialogue_planner.domain.text import control_characters

from .addresses import file_path, given_address, sqlite_uri, untouched_uri

BUSY_TIMEOUT_MS = 10_000
#: (backend, driver) pairs this program ships the drivers for; "" is the backend's default driver.
SUPPORTED_DRIVERS = frozenset({("sqlite", ""), ("sqlite", "pysqlite"), ("postgresql", "psycopg")})
UNSUPPORTED = "unsupported database: use a SQLite file path or a postgresql:// URL"


def resolve_url(explicit: str | os.PathLike | None = None) -> str:
    """``--db`` wins, then ``DIALOGUE_PLANNER_DB``, then the SQLite file in the data folder.

    A bare file path means SQLite; ``postgresql://`` means psycopg 3 (SQLAlchemy 2.1 needs it spelled out).
    """
    url = given_address(explicit)
    if control_characters(url):  # never echoed: the address may hold a password
        raise DatabaseError(
            msg(
                "The database address holds control characters or bytes that are not UTF-8 text: give a SQLite file path or a postgresql:// URL."
            )
        )
    if "://" not in url:
        url = f"sqlite:///{file_path(url)}"
    if url.startswith("postgresql://") or url.startswith("postgres://"):
        url = "postgresql+psycopg://" + url.split("://", 1)[1]
    _parsed(url)
    return url


def _parsed(url: str) -> URL:
    """The URL parsed, or a DatabaseError for an address that is not one (an unparsable port, say)."""
    try:
        return make_url(url)
    except (ArgumentError, ValueError):
        raise DatabaseError(
            msg(
                "The database address is not a database URL: give a SQLite file path or a postgresql://HOST[:PORT]/DATABASE URL."
            )
        ) from None


def check_supported(url: str) -> None:
    """Refuse, with the databases that work, a URL for a database this program has no driver for."""
    backend, _, driver = _parsed(url).drivername.partition("+")
    if (backend, driver) not in SUPPORTED_DRIVERS:
        raise DatabaseError(UNSUPPORTED)


def display_url(url: str) -> str:
    """The URL as users may see it: never the password."""
    return make_url(url).render_as_string(hide_password=True)


def sqlite_path(url: str) -> Path | None:
    """The file behind a SQLite URL, or None for in-memory databases and other dialects."""
    u = make_url(url)
    if u.get_backend_name() != "sqlite" or not u.database or u.database == ":memory:":
        return None
    return Path(u.database)


def reading_uri(path: Path) -> str:
    """Open ``path`` only to read it.

    Where this login may write, ``mode=ro``: SQLite's locks keep the read consistent while others write
    (the ``-wal``/``-shm`` it may leave are tidied by the next writer). Where it may not (a read-only
    file, folder or file system, a full disk), nothing could be created or tidied there: :func:`untouched_uri`.
    """
    from .faults import why_not_writable

    return untouched_uri(path) if why_not_writable(path) else sqlite_uri(path, mode="ro")


def create_engine_for(url: str, *, read_only: bool = False) -> Engine:
    """An engine for ``url``; ``read_only`` opens a SQLite file through :func:`untouched_uri`, so that a
    file this login cannot write (a read-only file, folder or file system, a full disk) can still be read."""
    check_supported(url)
    u = make_url(url)
    if u.get_backend_name() == "sqlite":
        path = sqlite_path(url)
        timeout = BUSY_TIMEOUT_MS / 1000
        if read_only and path is not None:
            uri = untouched_uri(path)
            engine = create_engine(
                url, creator=lambda: sqlite3.connect(uri, uri=True, timeout=timeout, check_same_thread=False)
            )
        else:
            if path is not None:
                path.parent.mkdir(parents=True, exist_ok=True)
            engine = create_engine(url, connect_args={"timeout": timeout})
        _install_sqlite_listeners(engine, wal=path is not None and not read_only)
        return engine
    return create_engine(url, pool_pre_ping=True)


def _install_sqlite_listeners(engine: Engine, *, wal: bool) -> None:
    """Pragmas on every connection; transactions begun by us so DDL is transactional too.

    Only write transactions (engines with the ``sqlite_write`` execution option) take the write lock
    up front (BEGIN IMMEDIATE), so two workstations' writers wait for each other instead of failing
    mid-way. Reads begin deferred: in WAL mode they never wait for a writer, however long it writes.
    """

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record):
        dbapi_connection.isolation_level = None
        cur = dbapi_connection.cursor()
        cur.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cur.execute("PRAGMA foreign_keys = ON")
        if wal:
            cur.execute("PRAGMA journal_mode = WAL")
            cur.execute("PRAGMA synchronous = NORMAL")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn):
        immediate = conn.get_execution_options().get("sqlite_write", False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")
