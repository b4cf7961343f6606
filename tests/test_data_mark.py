"""The database's mark proves, on SQLite, that nothing was written between two moments: by another
connection or program (data_version), or by the same connection (total_changes); PostgreSQL has none."""

from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy import text

from dialogue_planner.storage.data_mark import data_mark
from dialogue_planner.storage.engine import create_engine_for


@pytest.fixture
def engine(tmp_path):
    engine = create_engine_for(f"sqlite:///{tmp_path / 'marked.sqlite'}")
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE t (x INTEGER)"))
        conn.execute(text("INSERT INTO t VALUES (1)"))
    yield engine
    engine.dispose()


def _mark(engine):
    with engine.begin() as conn:
        conn.execute(text("SELECT count(*) FROM t")).scalar_one()
        return data_mark(conn)


def test_nothing_written_gives_the_same_mark(engine):
    first = _mark(engine)
    assert first is not None and _mark(engine) == first


def test_another_programs_commit_changes_the_mark(engine, tmp_path):
    first = _mark(engine)
    other = sqlite3.connect(tmp_path / "marked.sqlite", isolation_level=None)
    try:
        other.execute("UPDATE t SET x = 2")  # outside the application, as the sqlite3 shell would
    finally:
        other.close()
    assert _mark(engine) != first


def test_a_write_on_the_same_connection_changes_the_mark(engine):
    first = _mark(engine)
    with engine.begin() as conn:  # the pool hands out the same connection: data_version alone misses it
        assert data_mark(conn).connection is first.connection
        conn.execute(text("UPDATE t SET x = 3"))
    assert _mark(engine) != first


def test_a_write_rolled_back_still_changes_the_mark(engine):
    first = _mark(engine)
    with engine.connect() as conn:
        conn.execute(text("UPDATE t SET x = 4"))
        conn.rollback()
    assert _mark(engine) != first  # never a false "unchanged": at worst the caller reads again


def test_marks_of_two_connections_never_match(engine):
    with engine.connect() as one, engine.connect() as two:
        assert data_mark(one) != data_mark(two)


def test_a_replaced_connection_gets_a_new_token(engine):
    first = _mark(engine)
    engine.dispose()  # the pool's connections go; the next is a new one, whose counters start afresh
    assert _mark(engine) != first


def test_inside_a_transaction_the_mark_is_its_snapshot(engine, tmp_path):
    with engine.connect() as conn:
        before = data_mark(conn)  # begins the transaction's snapshot
        other = sqlite3.connect(tmp_path / "marked.sqlite", isolation_level=None)
        other.execute("UPDATE t SET x = 5")
        other.close()
        assert conn.execute(text("SELECT x FROM t")).scalar_one() == 1
        assert data_mark(conn) == before  # the transaction still reads what the mark describes
    assert _mark(engine) != before


def test_postgresql_has_no_mark(pg_migrated_url):
    engine = create_engine_for(pg_migrated_url)
    try:
        with engine.connect() as conn:
            assert data_mark(conn) is None
    finally:
        engine.dispose()
