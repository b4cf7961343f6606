"""The audit trail is guarded by the schema itself (migration 0002): append-only on SQLite and PostgreSQL,
its actor set by PostgreSQL; a fresh database and one upgraded from 0001 carry the same guards."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from dialogue_planner.services.meetings import add_meeting, list_meetings, update_meeting
from dialogue_planner.storage.database import open_database
from dialogue_planner.storage.engine import create_engine_for
from dialogue_planner.storage.migrate import run_migrations
from dialogue_planner.storage.models import AuditEntry

FIXTURES = sorted((Path(__file__).parents[1] / "fixtures" / "schemas").glob("schema-*.sqlite"))
SQLITE_TRIGGERS = ["audit_entry_no_delete", "audit_entry_no_update"]
POSTGRES_TRIGGERS = [
    ("audit_entry_actor", "dialogue_audit_actor"),
    ("audit_entry_append_only", "dialogue_audit_append_only"),
    ("audit_entry_no_truncate", "dialogue_audit_append_only"),
]


def _sqlite_triggers(path: Path) -> list[tuple[str, str]]:
    with sqlite3.connect(path) as con:
        return con.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name"
        ).fetchall()


@pytest.mark.parametrize("fixture", FIXTURES, ids=lambda p: p.stem)
def test_a_fresh_and_an_upgraded_sqlite_database_carry_the_same_audit_triggers(tmp_path, fixture):
    fresh = tmp_path / "fresh.sqlite"
    open_database(fresh).dispose()
    upgraded = tmp_path / "upgraded.sqlite"
    shutil.copy(fixture, upgraded)
    open_database(upgraded).dispose()
    assert [name for name, _ in _sqlite_triggers(fresh)] == SQLITE_TRIGGERS
    assert _sqlite_triggers(upgraded) == _sqlite_triggers(fresh)


@pytest.mark.parametrize(
    "statement",
    [
        "UPDATE audit_entry SET summary = 'rewritten'",
        "DELETE FROM audit_entry",
        "UPDATE audit_entry SET actor = 'someone else' WHERE id = 1",
    ],
)
def test_sqlite_refuses_to_change_or_delete_audit_entries(ctx, statement):
    meeting_number = add_meeting(
        ctx, start=date(2016, 6, 14), host="CN", city="Beijing", today=date(2016, 1, 4)
    ).number
    path = ctx.db.path
    with sqlite3.connect(path) as con:
        before = con.execute("SELECT * FROM audit_entry ORDER BY id").fetchall()
        with pytest.raises(sqlite3.IntegrityError, match="audit entries are never changed or deleted"):
            con.execute(statement)
    with sqlite3.connect(path) as con:
        assert con.execute("SELECT * FROM audit_entry ORDER BY id").fetchall() == before and before
    update_meeting(ctx, meeting_number, venue="Great Hall")  # the application still adds entries
    with sqlite3.connect(path) as con:
        assert con.execute("SELECT count(*) FROM audit_entry").fetchone()[0] == len(before) + 1


def _postgres_guards(url: str) -> tuple:
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            triggers = conn.execute(
                text(
                    "SELECT t.tgname, p.proname, t.tgtype, t.tgenabled FROM pg_trigger t JOIN pg_proc p ON p.oid = t.tgfoid "
                    "WHERE t.tgrelid = 'audit_entry'::regclass AND NOT t.tgisinternal ORDER BY 1"
                )
            ).all()
            functions = conn.execute(
                text(
                    "SELECT proname, prosrc, proconfig FROM pg_proc "
                    "WHERE proname LIKE 'dialogue_audit%' ORDER BY 1"
                )
            ).all()
            grants = conn.execute(
                text(
                    "SELECT c.relname, count(a.*) FROM pg_class c LEFT JOIN LATERAL aclexplode(c.relacl) a "
                    "ON a.grantee <> c.relowner WHERE c.relname IN ('database_login', 'operation_lock') GROUP BY 1 ORDER BY 1"
                )
            ).all()
    finally:
        engine.dispose()
    return tuple(triggers), tuple(functions), tuple(grants)


@pytest.mark.postgres
def test_a_fresh_and_an_upgraded_postgres_database_carry_the_same_guards(pg_migrated_url, pg_url, pg_roles):
    """Upgraded from 0001 after an earlier 'db setup-roles': the triggers are the fresh database's, and the
    default privileges that setup left grant nothing on the new tables."""
    engine = create_engine_for(pg_url)
    run_migrations(engine, "0001")
    with engine.begin() as conn:
        conn.execute(text(f'CREATE ROLE "{pg_roles.prefix}_secretariat" NOLOGIN'))
        conn.execute(
            text(
                f"ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT INSERT, UPDATE, DELETE ON TABLES "
                f'TO "{pg_roles.prefix}_secretariat"'
            )
        )
        conn.execute(text("ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO PUBLIC"))
    engine.dispose()
    open_database(pg_url).dispose()
    fresh, upgraded = _postgres_guards(pg_migrated_url), _postgres_guards(pg_url)
    assert [(t.tgname, t.proname) for t in fresh[0]] == POSTGRES_TRIGGERS
    assert all(t.tgenabled == "O" for t in fresh[0])
    assert upgraded == fresh
    assert [tuple(g) for g in upgraded[2]] == [("database_login", 0), ("operation_lock", 0)]


@pytest.mark.postgres
def test_postgres_sets_the_actor_of_every_entry(pg_migrated_url):
    """Whatever actor the client writes, the row says who connected (here the test's superuser)."""
    from sqlalchemy.engine import make_url

    from dialogue_planner.services.context import ServiceContext
    from dialogue_planner.services.setup import initialise

    db = open_database(pg_migrated_url)
    try:
        ctx = ServiceContext.connect(db)
        initialise(ctx)
        with ctx.write() as tx:
            tx.session.add(AuditEntry(actor="the minister", action="x", entity="x", summary="claims"))
        with db.engine.connect() as conn:
            actors = set(conn.execute(text("SELECT actor FROM audit_entry")).scalars())
        assert actors == {make_url(pg_migrated_url).username}
        assert list_meetings(ctx) == []
    finally:
        db.dispose()
