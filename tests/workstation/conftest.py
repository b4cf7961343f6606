"""Fixtures of the workstation tests: PostgreSQL group roles and logins with a unique prefix per test,
dropped afterwards; contexts connected as those logins; a planned meeting to edit from two places."""

from __future__ import annotations

import uuid
from datetime import date

import pytest
from journeys.user_seat import dialogs  # noqa: F401  (the fixture, for the tests here)


@pytest.fixture
def pg_admin_ctx(pg_url):
    """An admin (the server's superuser) on a fresh PostgreSQL database with the 2015 dialogue."""
    from dialogue_planner.services.context import ServiceContext
    from dialogue_planner.services.setup import initialise
    from dialogue_planner.storage.database import open_database

    db = open_database(pg_url)
    ctx = ServiceContext.connect(db)
    initialise(ctx)
    yield ctx
    db.dispose()


class PgRoles:
    """Role names for one test: group roles under a unique prefix, logins named after it."""

    def __init__(self, url: str, prefix: str) -> None:
        self.url = url
        self.prefix = prefix
        self._opened: list = []

    def login(self, name: str) -> str:
        return f"{self.prefix}_u_{name}"

    def url_as(self, login: str) -> str:
        from sqlalchemy.engine import make_url

        return make_url(self.url).set(username=login, password=None).render_as_string(hide_password=False)

    def ctx_as(self, login: str):
        from dialogue_planner.services.context import ServiceContext
        from dialogue_planner.storage.database import open_database

        db = open_database(self.url_as(login), upgrade=False)
        self._opened.append(db)
        return ServiceContext.connect(db)

    def close(self) -> None:
        for db in self._opened:
            db.dispose()


@pytest.fixture
def pg_roles(pg_url, monkeypatch):
    """Group roles named ``dpt<hex>_admin`` etc. for this test only; every role made under the prefix is
    dropped at the end (DROP OWNED BY first, in the test's database)."""
    from sqlalchemy import create_engine, text

    prefix = f"dpt{uuid.uuid4().hex[:10]}"
    monkeypatch.setenv("DIALOGUE_PLANNER_ROLE_PREFIX", prefix)
    roles = PgRoles(pg_url, prefix)
    yield roles
    roles.close()
    engine = create_engine(pg_url, isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        names = (
            conn.execute(
                text("SELECT rolname FROM pg_roles WHERE rolname LIKE :p ORDER BY rolcanlogin DESC"),
                {"p": f"{prefix}\\_%"},
            )
            .scalars()
            .all()
        )
        for name in names:
            conn.execute(text(f'DROP OWNED BY "{name}"'))
        for name in names:
            conn.execute(text(f'DROP ROLE IF EXISTS "{name}"'))
    engine.dispose()


@pytest.fixture
def meeting_number(any_ctx):
    """A planned meeting (number) on SQLite and on PostgreSQL, for editing from two workstations."""
    from dialogue_planner.services.meetings import add_meeting

    record = add_meeting(any_ctx, start=date(2016, 6, 14), host="CN", city="Beijing", today=date(2016, 1, 4))
    return record.number
