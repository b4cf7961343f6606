"""Fixtures of the undo tests: the demo on SQLite and PostgreSQL, a second user, and the database as rows."""

from __future__ import annotations

from datetime import date

import pytest

TODAY = date(2026, 12, 4)  # the demo's meeting 23 (1 December) is past and still confirmed
# Undo writes new versions and timestamps by design (a stale copy must not save over it); rows compare without them.
NOT_COMPARED = {"version", "created_at", "updated_at"}
BOOKKEEPING = {"audit_entry", "change_counter", "alembic_version"}


@pytest.fixture
def demo_any(any_ctx):
    from dialogue_planner.services.demo import load_demo

    load_demo(any_ctx)
    return any_ctx


def someone_else(ctx, login: str = "bob"):
    """Another secretary on the same database."""
    from dialogue_planner.domain.records import UserRecord
    from dialogue_planner.services.context import ServiceContext

    return ServiceContext(ctx.db, UserRecord(id=999, login=login, display_name=login, role="secretariat",
                                             active=True), ctx.dialogue_id)


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
    return {name: (before[name] - after[name], after[name] - before[name])
            for name in before if before[name] != after[name]}


def audit_of(ctx, operation_id: str):
    from dialogue_planner.services.audit import list_audit

    return list(reversed(list_audit(ctx, operation_id=operation_id)))
