"""Revision 0007 on the committed schema fixture of revision 0006 (the demo at head) and on PostgreSQL:
every request keeps its rows and gets its first due date; every response its rater (who recorded it)."""

from __future__ import annotations

import json
import shutil
import sqlite3
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import text

from dialogue_planner.cli import main
from dialogue_planner.storage.database import open_database
from dialogue_planner.storage.engine import create_engine_for
from dialogue_planner.storage.migrate import run_migrations

FIXTURE = Path(__file__).parents[1] / "fixtures" / "schemas" / "schema-0006.sqlite"
REQUEST_SQL = "SELECT id, reference, response_due_on, status, version FROM request ORDER BY id"
UPDATE_SQL = "SELECT id, request_id, kind, author FROM request_update ORDER BY id"


def test_the_demos_requests_arrive_with_their_clock(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("DIALOGUE_PLANNER_USER", "fixture")  # the fixture's admin (make_schema_fixture.py)
    copy = tmp_path / FIXTURE.name
    shutil.copy(FIXTURE, copy)
    with sqlite3.connect(copy) as con:
        requests = con.execute(REQUEST_SQL).fetchall()
        updates = con.execute(UPDATE_SQL).fetchall()
    assert len(requests) > 20 and any(u[2] == "response" for u in updates)
    open_database(copy).dispose()
    with sqlite3.connect(copy) as con:
        assert con.execute(REQUEST_SQL).fetchall() == requests
        assert con.execute(UPDATE_SQL).fetchall() == updates
        clock = con.execute(
            "SELECT original_response_due_on, response_due_on, paused_days, paused_since, extended_until, "
            "result, result_shareable, subject_zh, description_zh FROM request ORDER BY id"
        ).fetchall()
        assert all(c[0] == c[1] and c[2:] == (0, None, None, "", 0, "", "") for c in clock)
        rated = con.execute(
            "SELECT kind, author, rated_by, quality_reason, new_due_on FROM request_update"
        ).fetchall()
        assert all(r[2] == (r[1] if r[0] == "response" else "") and r[3:] == ("", None) for r in rated)
        assert con.execute("PRAGMA foreign_key_check").fetchall() == []

    url = f"sqlite:///{copy}"
    pending = next(r[1] for r in requests if r[3] in ("open", "acknowledged"))
    capsys.readouterr()
    assert main(["--db", url, "requests", "pause", pending, "--reason", "After the upgrade", "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["paused_since"] == date.today().isoformat() and shown["original_due"] == shown["due"]


@pytest.mark.postgres
def test_the_migration_on_postgres(pg_url):
    from commitments.test_migration import _copy_rows

    engine = create_engine_for(pg_url)
    try:
        run_migrations(engine, "0006")
        _copy_rows(FIXTURE, engine, ["side", "dialogue", "agency", "request", "request_update"])
        run_migrations(engine, "head")
        with engine.connect() as conn:
            moved = conn.execute(
                text("SELECT count(*) FROM request WHERE original_response_due_on = response_due_on")
            ).scalar()
            responses = conn.execute(
                text("SELECT count(*) FROM request_update WHERE kind = 'response' AND rated_by = author")
            ).scalar()
            assert conn.execute(text("SELECT count(*) FROM request WHERE result_shareable")).scalar() == 0
    finally:
        engine.dispose()
    with sqlite3.connect(FIXTURE) as con:
        assert moved == con.execute("SELECT count(*) FROM request").fetchone()[0]
        assert (
            responses
            == con.execute("SELECT count(*) FROM request_update WHERE kind = 'response'").fetchone()[0]
        )
