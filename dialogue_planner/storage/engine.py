"""Engines: where the database is, and the SQLite pragmas every connection gets."""

from __future__ import annotations

import os
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

from dialogue_planner.domain.errors import DatabaseError
from dialogue_planner.domain.text import control_characters
from dialogue_planner.paths import data_dir

ENV_VAR = "DIALOGUE_PLANNER_DB"
BUSY_TIMEOUT_MS = 10_000
#: (backend, driver) pairs this program ships the drivers for; "" is the backend's default driver.
SUPPORTED_DRIVERS = frozenset({("sqlite", ""), ("sqlite", "pysqlite"), ("postgresql", "psycopg")})
UNSUPPORTED = "unsupported database: use a SQLite file path or a postgresql:// URL"


def default_url() -> str:
    return f"sqlite:///{data_dir() / 'dialogue-planner.sqlite'}"


def resolve_url(explicit: "str | os.PathLike | None" = None) -> str:
    """``--db`` wins, then ``DIALOGUE_PLANNER_DB``, then the SQLite file in the data folder.

    A bare file path means SQLite; ``postgresql://`` means psycopg 3 (SQLAlchemy 2.1 needs it spelled out).
    """
    url = str(explicit or os.environ.get(ENV_VAR) or default_url())
    if control_characters(url):  # never echoed: the address may hold a password
        raise DatabaseError("The database address holds control characters or bytes that are not UTF-8 text: "
                            "give a SQLite file path or a postgresql:// URL.")
    if "://" not in url:
        url = f"sqlite:///{Path(url).expanduser().resolve()}"
    if url.startswith("postgresql://") or url.startswith("postgres://"):
        url = "postgresql+psycopg://" + url.split("://", 1)[1]
    _parsed(url)
    return url


def _parsed(url: str) -> URL:
    """The URL parsed, or a DatabaseError for an address that is not one (an unparsable port, say)."""
    try:
        return make_url(url)
    except (ArgumentError, ValueError):
        raise DatabaseError("The database address is not a database URL: give a SQLite file path or a "
                            "postgresql://HOST[:PORT]/DATABASE URL.") from None


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


def create_engine_for(url: str) -> Engine:
    check_supported(url)
    u = make_url(url)
    if u.get_backend_name() == "sqlite":
        path = sqlite_path(url)
        if path is not None:
            path.parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})
        _install_sqlite_listeners(engine, wal=path is not None)
        return engine
    return create_engine(url, pool_pre_ping=True)


def _install_sqlite_listeners(engine: Engine, *, wal: bool) -> None:
    """Pragmas on every connection; transactions begun by us so DDL is transactional too.

    Write transactions (engines with ``sqlite_write`` execution option) take the write lock up front
    (BEGIN IMMEDIATE), so two workstations' writers wait for each other instead of failing mid-way.
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
