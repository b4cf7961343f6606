"""Fixtures of the undo tests: the demo on SQLite and PostgreSQL, a second user, and the database as rows."""

from __future__ import annotations

import uuid
from datetime import date

import pytest

TODAY = date(2026, 12, 4)  # the demo's meeting 23 (1 December) is past and still confirmed
# Undo writes new versions and timestamps by design (a stale copy must not save over it); rows compare without them.
NOT_COMPARED = {"version", "created_at", "updated_at"}
BOOKKEEPING = {"audit_entry", "change_counter", "alembic_version"}


def _demo_context(url: str, *, load: bool):
    from dialogue_planner.services.context import ServiceContext
    from dialogue_planner.services.demo import load_demo
    from dialogue_planner.services.setup import initialise
    from dialogue_planner.storage.database import open_database

    database = open_database(url)
    ctx = ServiceContext.connect(database)
    if load:
        initialise(ctx)
        load_demo(ctx)
    return ctx


def _pg_admin(pg_server):
    from sqlalchemy import create_engine

    return create_engine(pg_server, isolation_level="AUTOCOMMIT")


def _pg_url(pg_server, name: str) -> str:
    from sqlalchemy.engine import make_url

    return make_url(pg_server).set(database=name).render_as_string(hide_password=False)


@pytest.fixture(scope="session")
def pg_demo_template(pg_server, pg_template):
    """The demo loaded once per session into a PostgreSQL database that each test copies (loading it takes
    seconds; a copy a fraction of that)."""
    from sqlalchemy import text

    name = f"dp_undo_demo_{uuid.uuid4().hex[:12]}"
    admin = _pg_admin(pg_server)
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}" TEMPLATE "{pg_template}"'))
    _demo_context(_pg_url(pg_server, name), load=True).db.dispose()
    yield name
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


@pytest.fixture
def pg_demo_url(pg_server, pg_demo_template):
    from sqlalchemy import text

    name = f"dp_test_{uuid.uuid4().hex[:12]}"
    admin = _pg_admin(pg_server)
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}" TEMPLATE "{pg_demo_template}"'))
    yield _pg_url(pg_server, name)
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def demo_any(request, tmp_path):
    """An admin context on the demo, on SQLite and on PostgreSQL."""
    if request.param == "sqlite":
        ctx = _demo_context(f"sqlite:///{tmp_path / 'demo.sqlite'}", load=True)
    else:
        ctx = _demo_context(request.getfixturevalue("pg_demo_url"), load=False)
    yield ctx
    ctx.db.dispose()


def someone_else(ctx, login: str = "bob"):
    """Another secretary on the same database."""
    from dialogue_planner.domain.records import UserRecord
    from dialogue_planner.services.context import ServiceContext

    return ServiceContext(
        ctx.db,
        UserRecord(id=999, login=login, display_name=login, role="secretariat", active=True),
        ctx.dialogue_id,
    )


def database_rows(ctx) -> dict[str, set[tuple]]:
    """Every table but the audit trail and the change counter, as sets of rows (versions and timestamps left out)."""
    from sqlalchemy import select

    from dialogue_planner.storage.models import Base

    rows = {}
    with ctx.db.engine.connect() as conn:
        for table in Base.metadata.sorted_tables:
            if table.name in BOOKKEEPING:
                continue
            columns = [c for c in table.columns if c.name not in NOT_COMPARED]
            rows[table.name] = {tuple(r) for r in conn.execute(select(*columns))}
    return rows


def differences(before: dict, after: dict) -> dict:
    return {
        name: (before[name] - after[name], after[name] - before[name])
        for name in before
        if before[name] != after[name]
    }


def audit_of(ctx, operation_id: str):
    from dialogue_planner.services.audit import list_audit

    return list(reversed(list_audit(ctx, operation_id=operation_id)))
