"""Crash safety: a child process really killed with SIGKILL in the middle of a roster import, a
carry-over and a migration (and just after each commit) leaves a database that opens, passes its
integrity check and holds all of the change or none of it."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import threading
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from dialogue_planner.storage.database import open_database
from dialogue_planner.storage.engine import sqlite_path
from dialogue_planner.storage.schema import SCHEMA_HEAD

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
CHILD = Path(__file__).with_name("crash_child.py")
IMPORTED = 120


def kill_when_paused(*args: str) -> None:
    """Start the child, wait for PAUSED, SIGKILL it; fail with its stderr if it never paused."""
    child = subprocess.Popen(
        [sys.executable, str(CHILD), *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    line: list[str] = []
    reader = threading.Thread(target=lambda: line.append(child.stdout.readline()))
    reader.start()
    reader.join(120)
    if not line or line[0].strip() != "PAUSED":
        child.kill()
        pytest.fail(f"the child did not pause: {child.stderr.read()[-2000:]}")
    os.kill(child.pid, signal.SIGKILL)
    assert child.wait(30) == -signal.SIGKILL
    child.stdout.close()
    child.stderr.close()


def check_sound(url: str) -> None:
    """The database opens with the program and, for SQLite, passes integrity and foreign-key checks."""
    path = sqlite_path(url)
    if path is not None:
        with sqlite3.connect(path) as con:
            assert con.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
            assert con.execute("PRAGMA foreign_key_check").fetchall() == []
    db = open_database(url)
    assert db.revision == SCHEMA_HEAD
    db.dispose()


def scalar(url: str, sql: str):
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            return conn.execute(text(sql)).scalar()
    finally:
        engine.dispose()


def prepared(url: str):
    from dialogue_planner.services.context import ServiceContext
    from dialogue_planner.services.setup import initialise

    db = open_database(url)
    ctx = ServiceContext.connect(db)
    initialise(ctx)
    return db, ctx


# -- roster import -----------------------------------------------------------------------------------
def roster_file(tmp_path: Path) -> Path:
    lines = ["Side,Agency,Family name,Given name,Email,External ID"]
    lines += [f"CN,MPS,Crash{i:03d},Test,crash{i}@mps.example,CRASH-{i}" for i in range(IMPORTED)]
    path = tmp_path / "roster.csv"
    path.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8")
    return path


@pytest.mark.parametrize("point, expect_all", [("middle", False), ("committed", True)])
def test_import_killed_holds_all_or_none(any_db_url, tmp_path, point, expect_all):
    db, _ = prepared(any_db_url)
    db.dispose()
    before = scalar(any_db_url, "SELECT count(*) FROM delegate")
    kill_when_paused("import", any_db_url, point, str(roster_file(tmp_path)))
    check_sound(any_db_url)
    added = scalar(any_db_url, "SELECT count(*) FROM delegate") - before
    imports = scalar(any_db_url, "SELECT count(*) FROM roster_import")
    audited = scalar(any_db_url, "SELECT count(*) FROM audit_entry WHERE entity = 'delegate'")
    assert (added, imports, audited > 0) == ((IMPORTED, 1, True) if expect_all else (0, 0, False))


# -- carry-over --------------------------------------------------------------------------------------
@pytest.mark.parametrize("point, expect_all", [("middle", False), ("committed", True)])
def test_carry_over_killed_holds_all_or_none(any_db_url, point, expect_all):
    from dialogue_planner.services import agenda
    from dialogue_planner.services.meetings import add_meeting

    db, ctx = prepared(any_db_url)
    add_meeting(ctx, start=date(2015, 12, 1), host="US", city="Washington", today=date(2015, 11, 1))
    add_meeting(ctx, start=date(2016, 6, 14), host="CN", city="Beijing", today=date(2015, 11, 1))
    for i in range(5):
        agenda.add_item(ctx, meeting=1, title=f"Open question {i}")
    db.dispose()
    items_before = scalar(any_db_url, "SELECT count(*) FROM agenda_item")
    kill_when_paused("carry-over", any_db_url, point)
    check_sound(any_db_url)
    closed = scalar(any_db_url, "SELECT closed_at IS NOT NULL FROM meeting WHERE number = 1")
    on_second = scalar(
        any_db_url,
        "SELECT count(*) FROM agenda_item a JOIN meeting m ON m.id = a.meeting_id "
        "WHERE m.number = 2 AND a.title LIKE 'Open question%'",
    )
    if expect_all:
        assert bool(closed) and on_second == 5
    else:
        assert not closed and on_second == 0
        assert scalar(any_db_url, "SELECT count(*) FROM agenda_item") == items_before


# -- migration ---------------------------------------------------------------------------------------
def _tables(path: Path) -> set[str]:
    with sqlite3.connect(path) as con:
        return {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


def test_migration_killed_midway_leaves_no_half_schema(tmp_path):
    path = tmp_path / "new.sqlite"
    kill_when_paused("migration", f"sqlite:///{path}", "middle")
    assert path.exists() and _tables(path) == set()  # none of it: not even alembic_version
    with sqlite3.connect(path) as con:
        assert con.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    check_sound(f"sqlite:///{path}")  # and the next start migrates it properly
    assert {"meeting", "delegate", "change_counter", "alembic_version"} <= _tables(path)


def test_migration_killed_after_commit_is_complete(tmp_path):
    path = tmp_path / "new.sqlite"
    kill_when_paused("migration", f"sqlite:///{path}", "committed")
    with sqlite3.connect(path) as con:
        assert con.execute("SELECT version_num FROM alembic_version").fetchone() == (SCHEMA_HEAD,)
    check_sound(f"sqlite:///{path}")


@pytest.mark.postgres
def test_migration_killed_midway_on_postgres_leaves_no_half_schema(pg_url):
    kill_when_paused("migration", pg_url, "middle")
    assert scalar(pg_url, "SELECT count(*) FROM pg_tables WHERE schemaname = current_schema()") == 0
    check_sound(pg_url)
