"""Migrations: models and scripts agree, every earlier revision upgrades with its data, a newer
database is refused untouched, a SQLite file is backed up first, and orphans abort the upgrade."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory

from dialogue_planner.domain.errors import SchemaTooNewError
from dialogue_planner.storage.database import open_database
from dialogue_planner.storage.migrate import alembic_config, run_migrations
from dialogue_planner.storage.models import Base
from dialogue_planner.storage.schema import SCHEMA_HEAD

FIXTURES = Path(__file__).parent / "fixtures" / "schemas"


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_schema_head_constant_matches_the_scripts():
    assert ScriptDirectory.from_config(alembic_config()).get_current_head() == SCHEMA_HEAD


@pytest.mark.parametrize("backend", ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def test_models_and_migrations_agree(backend, tmp_path, request):
    url = f"sqlite:///{tmp_path / 'a.sqlite'}" if backend == "sqlite" else request.getfixturevalue("pg_url")
    db = open_database(url)
    try:
        with db.engine.connect() as conn:
            diff = compare_metadata(
                MigrationContext.configure(conn, opts={"compare_type": True}), Base.metadata
            )
        assert diff == [], f"autogenerate finds differences; add a migration: {diff}"
    finally:
        db.dispose()


def test_empty_database_upgrades_to_head(tmp_path):
    db = open_database(tmp_path / "new.sqlite")
    assert db.revision == SCHEMA_HEAD and db.backup_made is None
    with sqlite3.connect(tmp_path / "new.sqlite") as con:
        tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        assert con.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    db.dispose()
    assert {"dialogue", "meeting", "request", "agenda_item", "audit_entry"} <= tables


# Tables a later revision renamed: their rows live on under the new name (0004: action items are commitments).
RENAMED = {"action_item": "commitment"}


def fixture_files() -> list[Path]:
    return sorted(FIXTURES.glob("schema-*.sqlite"))


@pytest.mark.parametrize("fixture", fixture_files(), ids=lambda p: p.stem)
def test_each_earlier_revision_upgrades_with_its_data(fixture, tmp_path):
    """One fixture database per historical revision, with demo data; the upgrade loses no row."""
    copy = tmp_path / fixture.name
    shutil.copy(fixture, copy)
    with sqlite3.connect(copy) as con:
        tables = [
            r[0]
            for r in con.execute(
                "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' AND name != 'alembic_version'"
            )
        ]
        before = {t: con.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}
    assert sum(before.values()) > 500, "fixture should hold data"
    db = open_database(copy)
    db.dispose()
    with sqlite3.connect(copy) as con:
        after = {t: con.execute(f'SELECT count(*) FROM "{RENAMED.get(t, t)}"').fetchone()[0] for t in tables}
        assert con.execute("PRAGMA foreign_key_check").fetchall() == []
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert after == before


def test_a_newer_database_is_refused_and_left_untouched(tmp_path):
    path = tmp_path / "future.sqlite"
    open_database(path).dispose()
    con = sqlite3.connect(path)
    con.execute("UPDATE alembic_version SET version_num = '9999'")
    con.commit()
    con.execute("PRAGMA journal_mode = DELETE")
    con.close()
    digest, mtime = _digest(path), path.stat().st_mtime_ns
    with pytest.raises(SchemaTooNewError, match="newer version of Dialogue Planner"):
        open_database(path)
    assert _digest(path) == digest and path.stat().st_mtime_ns == mtime
    assert sorted(p.name for p in tmp_path.iterdir()) == ["future.sqlite"]  # no backup, no WAL, no journal


def test_cli_refuses_a_newer_database_with_one_line(tmp_path, capsys):
    from dialogue_planner.cli import main

    path = tmp_path / "future.sqlite"
    open_database(path).dispose()
    with sqlite3.connect(path) as con:
        con.execute("UPDATE alembic_version SET version_num = '9999'")
    assert main(["--db", str(path), "info"]) == 1
    err = capsys.readouterr().err.strip()
    assert err.startswith("error:") and "newer version" in err and "\n" not in err


def test_older_database_is_backed_up_before_upgrade(tmp_path, monkeypatch):
    """Pretend this program knows a newer revision: opening the file backs it up before migrating."""
    from dialogue_planner.storage import database as database_module
    from dialogue_planner.storage import migrate

    path = tmp_path / "old.sqlite"
    open_database(path).dispose()
    before = _contents(path)
    monkeypatch.setattr(database_module, "SCHEMA_HEAD", "9999-pretend")
    monkeypatch.setattr(migrate, "known_revisions", lambda: frozenset({SCHEMA_HEAD, "9999-pretend"}))
    again = open_database(path)
    again.dispose()
    assert again.backup_made is not None and f"before-upgrade-from-{SCHEMA_HEAD}" in again.backup_made.name
    assert again.backup_made.parent == tmp_path / "backups"
    with sqlite3.connect(again.backup_made) as con:
        assert con.execute("SELECT version_num FROM alembic_version").fetchone()[0] == SCHEMA_HEAD
    assert _contents(again.backup_made) == before  # the backup holds exactly what the file held


def _contents(path) -> list[str]:
    """A database's schema and rows as SQL, page layout aside (the online backup may lay pages out anew)."""
    con = sqlite3.connect(path)
    try:
        return list(con.iterdump())
    finally:
        con.close()


def test_orphans_abort_the_migration_and_change_nothing(tmp_path):
    """With foreign keys off during migrations, an orphan row must roll the upgrade back."""
    path = tmp_path / "orphan.sqlite"
    db = open_database(path)
    with db.engine.connect() as conn:
        conn.connection.driver_connection.execute("PRAGMA foreign_keys = OFF")
        conn.connection.driver_connection.execute(
            "INSERT INTO agency (side_id, acronym, name_en, name_zh, kind, dialogue_role, rank, active, version,"
            " created_at, updated_at) VALUES (999, 'X', 'x', '', 'ministry', '', '', 1, 1, '2020-01-01', '2020-01-01')"
        )
        conn.connection.driver_connection.execute("PRAGMA foreign_keys = ON")
    from dialogue_planner.domain.errors import DatabaseError

    with pytest.raises(DatabaseError, match="rolled back"):
        run_migrations(db.engine, "head")
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    db.dispose()


@pytest.mark.parametrize("backend", ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def test_revision_0016_drops_the_audit_time_index_and_keeps_entries_and_guards(backend, tmp_path, request):
    """The index on the audit trail's time goes (no query reads it); its entries and append-only guard stay."""
    from sqlalchemy import inspect, text

    from dialogue_planner.storage.engine import create_engine_for

    url = f"sqlite:///{tmp_path / 'a.sqlite'}" if backend == "sqlite" else request.getfixturevalue("pg_url")
    engine = create_engine_for(url)
    try:
        run_migrations(engine, "0015")
        with engine.begin() as conn:
            conn.execute(
                text(
                    "INSERT INTO audit_entry (at, actor, action, entity, summary) "
                    "VALUES ('2026-12-01 09:00:00', CURRENT_USER, 'meeting.add', 'meeting', 'added')"
                    if backend == "postgres"
                    else "INSERT INTO audit_entry (at, actor, action, entity, summary) "
                    "VALUES ('2026-12-01 09:00:00', 'admin', 'meeting.add', 'meeting', 'added')"
                )
            )
        indexes = {i["name"] for i in inspect(engine).get_indexes("audit_entry")}
        assert "ix_audit_entry_at" in indexes
        run_migrations(engine, "head")
        engine.dispose()
        indexes_after = {i["name"] for i in inspect(engine).get_indexes("audit_entry")}
        assert indexes_after == indexes - {"ix_audit_entry_at"}
        with engine.connect() as conn:
            assert conn.execute(text("SELECT action, summary FROM audit_entry")).all() == [
                ("meeting.add", "added")
            ]
            with pytest.raises(Exception, match="never changed|append-only|audit"):
                conn.execute(text("DELETE FROM audit_entry"))
    finally:
        engine.dispose()
