"""Revision 0004 carries every action item over as a commitment of its agenda item's meeting, on the
committed schema fixtures (SQLite) and on PostgreSQL, and the commands work on what it made."""

from __future__ import annotations

import json
import shutil
import sqlite3
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import MetaData, text

from dialogue_planner.cli import main
from dialogue_planner.storage.database import open_database
from dialogue_planner.storage.engine import create_engine_for
from dialogue_planner.storage.migrate import run_migrations

FIXTURES = Path(__file__).parents[1] / "fixtures" / "schemas"
ACTION_SQL = (
    "SELECT a.id, i.meeting_id, a.agenda_item_id, a.description, a.owner_side_id, a.owner_agency_id, "
    "a.owner_name, a.due_on, a.status, a.completed_on, a.version "
    "FROM action_item a JOIN agenda_item i ON i.id = a.agenda_item_id ORDER BY a.id"
)
COMMITMENT_SQL = (
    "SELECT id, meeting_id, agenda_item_id, text, owner_side_id, owner_agency_id, owner_name, due_on, "
    "status, completed_on, version FROM commitment ORDER BY id"
)


BEFORE_COMMITMENTS = [p for p in sorted(FIXTURES.glob("schema-*.sqlite")) if p.stem < "schema-0005"]


@pytest.mark.parametrize("fixture", BEFORE_COMMITMENTS, ids=lambda p: p.stem)
def test_the_demos_action_items_arrive_as_commitments(fixture, tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("DIALOGUE_PLANNER_USER", "fixture")  # the fixture's admin (make_schema_fixture.py)
    copy = tmp_path / fixture.name
    shutil.copy(fixture, copy)
    with sqlite3.connect(copy) as con:
        actions = con.execute(ACTION_SQL).fetchall()
    assert len(actions) > 20 and {a[8] for a in actions} >= {"open", "done"}
    open_database(copy).dispose()
    with sqlite3.connect(copy) as con:
        assert con.execute(COMMITMENT_SQL).fetchall() == actions
        assert con.execute("SELECT count(*) FROM sqlite_master WHERE name = 'action_item'").fetchone()[0] == 0
        assert set(con.execute("SELECT DISTINCT text_zh || note || evidence FROM commitment").fetchall()) == {
            ("",)
        }
        assert con.execute("SELECT DISTINCT commitment_due_soon_days FROM dialogue").fetchall() == [(14,)]
        assert con.execute("PRAGMA foreign_key_check").fetchall() == []

    url = f"sqlite:///{copy}"
    capsys.readouterr()
    assert main(["--db", url, "commitments", "list", "--json"]) == 0
    assert len(json.loads(capsys.readouterr().out)) == len(actions)
    # a new commitment takes the next id, and an old one can be taken to done
    open_id = next(a[0] for a in actions if a[8] == "open")
    assert (
        main(["--db", url, "commitments", "update", str(open_id), "--status", "done", "--evidence", "Sent"])
        == 0
    )
    item = next(a[2] for a in actions if a[0] == open_id)
    capsys.readouterr()
    assert main(["--db", url, "agenda", "action", str(item), "--description", "After the upgrade"]) == 0
    assert capsys.readouterr().out.split()[1] == str(max(a[0] for a in actions) + 1)


def _copy_rows(source: Path, engine, tables: list[str]) -> None:
    """The SQLite fixture's rows of ``tables`` into a PostgreSQL database at the same revision."""
    meta = MetaData()
    meta.reflect(engine, only=tables)
    with sqlite3.connect(source) as con, engine.begin() as conn:
        conn.execute(text("SET session_replication_role = replica"))  # foreign keys checked after the copy
        for name in tables:
            table = meta.tables[name]
            cursor = con.execute(f'SELECT * FROM "{name}"')
            columns = [d[0] for d in cursor.description]
            rows = []
            for row in cursor.fetchall():
                values = {}
                for column, value in zip(columns, row, strict=True):
                    kind = table.c[column].type.python_type if value is not None else None
                    values[column] = bool(value) if kind is bool else value
                rows.append(values)
            if rows:
                conn.execute(table.insert(), rows)
            if "id" in table.c:
                conn.execute(
                    text(
                        f"SELECT setval(pg_get_serial_sequence('{name}', 'id'), "
                        f'(SELECT coalesce(max(id), 0) + 1 FROM "{name}"), false)'
                    )
                )
        conn.execute(text("SET session_replication_role = origin"))


@pytest.mark.postgres
def test_the_migration_and_the_commands_on_postgres(pg_url, capsys):
    fixture = FIXTURES / "schema-0002.sqlite"
    engine = create_engine_for(pg_url)
    try:
        run_migrations(engine, "0002")
        _copy_rows(
            fixture,
            engine,
            [
                "side",
                "dialogue",
                "agency",
                "delegate",
                "standing_item",
                "meeting",
                "agenda_item",
                "action_item",
            ],
        )
        with sqlite3.connect(fixture) as con:
            actions = con.execute(ACTION_SQL).fetchall()
        with engine.connect() as conn:
            assert [tuple(r) for r in conn.execute(text(ACTION_SQL))] == [
                tuple(date.fromisoformat(v) if i in (7, 9) and v else v for i, v in enumerate(a))
                for a in actions
            ]
        run_migrations(engine, "head")
        with engine.connect() as conn:
            moved = [tuple(r) for r in conn.execute(text(COMMITMENT_SQL))]
            assert len(moved) == len(actions) and [r[:7] for r in moved] == [a[:7] for a in actions]
            assert conn.execute(text("SELECT to_regclass('action_item')")).scalar() is None
    finally:
        engine.dispose()

    capsys.readouterr()
    code = main(
        [
            "--db",
            pg_url,
            "commitments",
            "add",
            "--meeting",
            "23",
            "--text",
            "On PostgreSQL",
            "--owner",
            "CN",
            "--owner-agency",
            "MPS",
            "--due",
            "2027-03-01",
        ]
    )
    out, err = capsys.readouterr()
    assert code == 0, err
    assert out.split()[1] == str(max(a[0] for a in actions) + 1)
    assert (
        main(
            [
                "--db",
                pg_url,
                "activities",
                "add",
                "--kind",
                "hotline-test",
                "--start",
                "2027-01-05",
                "--commitment",
                out.split()[1],
            ]
        )
        == 0
    )
    capsys.readouterr()
    assert main(["--db", pg_url, "commitments", "list", "--overdue", "--as-of", "2027-03-02", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert any(r["text"] == "On PostgreSQL" and r["days_overdue"] == 1 for r in rows)
    assert main(["--db", pg_url, "activities", "list", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)[0]["commitments"] == [int(out.split()[1])]
