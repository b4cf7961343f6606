"""Storage: SQLite pragmas on every connection, UTC timestamps, optimistic concurrency, locked files."""

from __future__ import annotations

import contextlib
import sqlite3
from datetime import datetime, timedelta, timezone

import pytest
from sqlalchemy import Integer, literal, select

from dialogue_planner.domain.errors import ConflictError, DatabaseError
from dialogue_planner.storage.bulk import pages_held_until_commit
from dialogue_planner.storage.engine import resolve_url
from dialogue_planner.storage.functions import likely
from dialogue_planner.storage.models import Side, User


def test_pragmas_on_every_connection(db):
    for _ in range(3):
        with db.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 5000


def test_urls_resolve(tmp_path, monkeypatch):
    assert resolve_url(str(tmp_path / "a.sqlite")) == f"sqlite:///{tmp_path / 'a.sqlite'}"
    assert resolve_url("postgresql://u@h/db") == "postgresql+psycopg://u@h/db"
    monkeypatch.setenv("DIALOGUE_PLANNER_DB", "postgresql://env@h/db")
    assert resolve_url(None) == "postgresql+psycopg://env@h/db"
    assert resolve_url("sqlite:///x.sqlite") == "sqlite:///x.sqlite"


def test_timestamps_are_stored_in_utc(any_ctx):
    with any_ctx.read() as s:
        user = s.scalar(select(User))
        assert user.created_at.tzinfo is not None
        assert user.created_at.utcoffset() == timedelta(0)
        assert abs(datetime.now(timezone.utc) - user.created_at) < timedelta(minutes=5)


def test_stale_edit_is_refused_not_overwritten(any_ctx):
    with any_ctx.read() as s:
        side = s.scalar(select(Side).where(Side.code == "US"))
        side_id, seen_version = side.id, side.version
    with any_ctx.write() as tx:
        tx.get(Side, side_id, expected_version=seen_version).name_en = "United States"
    with pytest.raises(ConflictError) as caught, any_ctx.write() as tx:
        tx.get(Side, side_id, expected_version=seen_version).name_en = "USA"
    assert caught.value.theirs["name_en"] == "United States"
    with any_ctx.read() as s:
        assert s.get(Side, side_id).name_en == "United States"


def test_concurrent_flush_of_a_stale_row_is_a_conflict(any_ctx):
    """Two workstations load the same row; the second save fails instead of overwriting the first."""
    from sqlalchemy.orm.exc import StaleDataError

    def load():
        with any_ctx.db.session() as s:  # closing detaches the row with its values, as an editor holds it
            return s.scalar(select(Side).where(Side.code == "CN"))

    mine, theirs = load(), load()
    with any_ctx.db.session(write=True) as w:
        row = w.merge(theirs, load=False)
        row.name_en = "China (theirs)"
        w.commit()
    with any_ctx.db.session(write=True) as w:
        row = w.merge(mine, load=False)
        row.name_en = "China (mine)"
        with pytest.raises(StaleDataError):
            w.commit()
    with any_ctx.read() as s:
        assert s.scalar(select(Side.name_en).where(Side.code == "CN")) == "China (theirs)"


def test_locked_database_gives_an_actionable_message(ctx, monkeypatch):
    from dialogue_planner.storage import engine as engine_module
    from dialogue_planner.storage.database import open_database

    path = ctx.db.path
    blocker = sqlite3.connect(path, isolation_level=None)
    blocker.execute("BEGIN IMMEDIATE")
    try:
        monkeypatch.setattr(engine_module, "BUSY_TIMEOUT_MS", 200)
        db = open_database(str(path))
        other = type(ctx)(db, ctx.user, ctx.dialogue_id)
        with (
            pytest.raises(DatabaseError, match="busy: another program or workstation is writing to it"),
            other.write() as tx,
        ):
            tx.session.get(Side, 1).name_zh = "x"
        db.dispose()
    finally:
        blocker.execute("ROLLBACK")
        blocker.close()


def test_utc_timestamps_convert_alike_when_the_same_instant_repeats():
    """UTCDateTime remembers its last conversion; repeats, other instants and bad values behave as without."""
    from datetime import datetime, timedelta, timezone

    import pytest
    from sqlalchemy.dialects import postgresql, sqlite

    from dialogue_planner.storage.models.base import UTCDateTime

    beijing = timezone(timedelta(hours=8))
    a = datetime(2026, 11, 23, 12, 0, tzinfo=beijing)
    b = datetime(2026, 11, 23, 4, 0, 1, tzinfo=timezone.utc)
    for dialect in (sqlite.dialect(), postgresql.psycopg.dialect()):
        process = UTCDateTime().bind_processor(dialect)
        fresh = UTCDateTime().process_bind_param
        values = (a, a, b, a, None, b)
        assert [process(v) for v in values] == [fresh(v, dialect) for v in values]
        assert process(a) == a.astimezone(timezone.utc).replace(
            tzinfo=None if dialect.name == "sqlite" else timezone.utc
        )
        with pytest.raises(ValueError, match="naive datetime"):
            process(datetime(2026, 11, 23, 12, 0))


def test_pg_dump_needs_the_database_named():
    """pg_dump and pg_restore are handed the database by name; an address without one is refused in a line
    (it was handed on as None, a crash)."""
    from dialogue_planner.domain.errors import ValidationError
    from dialogue_planner.storage import pg_dump

    assert pg_dump._connection_args("postgresql+psycopg://root@db.example:5433/dialogue") == [
        "--host=db.example",
        "--port=5433",
        "--username=root",
        "dialogue",
    ]
    assert pg_dump._connection_args("postgresql+psycopg://root@db.example/dialogue", dbname_flag=True)[
        -1
    ] == ("--dbname=dialogue")
    with pytest.raises(ValidationError, match="names no database") as refused:
        pg_dump._connection_args("postgresql+psycopg://root:secret@db.example:5433")
    assert "secret" not in str(refused.value) and "\n" not in str(refused.value)


def test_likely_is_only_a_hint(any_ctx):
    """The same truth on both engines; NULL stays NULL."""
    with any_ctx.read() as s:
        for value in (1, 3, None):
            number = literal(value, Integer)
            assert s.scalar(select(likely(number < 2))) == s.scalar(select(number < 2))


def test_pages_held_until_commit_reach_the_log_only_at_the_commit(db):
    """A bulk write's changed pages stay in memory until its commit (a roster import's backup copies the
    file meanwhile), and the connection's own spill threshold comes back afterwards."""
    wal = db.path.with_name(db.path.name + "-wal")
    rows = [(i, "x" * 400) for i in range(12_000)]  # about 5 MB: more than the default 2 MB cache
    sizes = {}
    for held in (False, True):
        with db.engine.connect() as conn:
            raw = conn.connection.dbapi_connection
            raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            (threshold,) = raw.execute("PRAGMA cache_spill").fetchone()
            with conn.begin():
                conn.exec_driver_sql(f"CREATE TABLE bulk_{int(held)} (id INTEGER PRIMARY KEY, t TEXT)")
                with pages_held_until_commit(conn) if held else contextlib.nullcontext():
                    conn.exec_driver_sql(f"INSERT INTO bulk_{int(held)} VALUES (?, ?)", rows)
                    sizes[held] = wal.stat().st_size if wal.exists() else 0
            assert raw.execute("PRAGMA cache_spill").fetchone() == (threshold,)
            assert raw.execute(f"SELECT count(*) FROM bulk_{int(held)}").fetchone() == (12_000,)
    assert sizes[False] > 1_000_000 and sizes[True] < 100_000
