"""PostgreSQL backups and restores under attack: the archive must be a backup of this program's database
(its tables), at a schema revision this version knows, holding a dialogue; anything else is refused
before pg_restore runs, and nothing changes. Only an admin restores, a viewer may not back up, and when
the server itself refuses pg_dump the message is one line saying so (not the query pg_dump ran)."""

from __future__ import annotations

import uuid
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from dialogue_planner.cli import main
from dialogue_planner.domain.errors import DatabaseError, PermissionDenied
from dialogue_planner.services import workstation
from dialogue_planner.services.audit import list_audit
from dialogue_planner.services.maintenance import backup_database, restore_database
from dialogue_planner.services.meetings import add_meeting, list_meetings
from dialogue_planner.storage import pg_dump

pytestmark = pytest.mark.postgres


def _meeting(ctx, city):
    return add_meeting(ctx, start=date(2016, 6, 14), host="CN", city=city, today=date(2016, 1, 4))


def _cities(ctx):
    return [m.planned_city for m in list_meetings(ctx)]


def _one_line(err: str, *fragments: str) -> None:
    text_ = err.strip()
    assert text_.startswith("error: ") and "\n" not in text_ and "Traceback" not in err, err
    for fragment in fragments:
        assert fragment in text_, text_


def _execute(url: str, *statements: str) -> None:
    engine = create_engine(url, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as conn:
            for statement in statements:
                conn.execute(text(statement))
    finally:
        engine.dispose()


@pytest.fixture
def other_programs_dump(pg_server, tmp_path) -> Path:
    """A pg_dump of another program's database (one table of its own)."""
    name = f"dp_other_{uuid.uuid4().hex[:10]}"
    _execute(pg_server, f'CREATE DATABASE "{name}"')
    url = make_url(pg_server).set(database=name).render_as_string(hide_password=False)
    try:
        _execute(
            url,
            "CREATE TABLE notes (id serial PRIMARY KEY, body text)",
            "INSERT INTO notes (body) VALUES ('x')",
        )
        yield pg_dump.dump(url, tmp_path / "other.dump")
    finally:
        _execute(pg_server, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def test_a_backup_of_another_programs_database_is_refused(pg_admin_ctx, other_programs_dump, capsys):
    _meeting(pg_admin_ctx, "Beijing")
    assert main(["--db", pg_admin_ctx.db.url, "db", "restore", str(other_programs_dump)]) == 1
    _one_line(capsys.readouterr().err, "it is a backup of another program's database", "Nothing was changed")
    assert _cities(pg_admin_ctx) == ["Beijing"]


def test_a_backup_of_a_newer_schema_is_refused(pg_admin_ctx, tmp_path, capsys):
    _meeting(pg_admin_ctx, "Beijing")
    url = pg_admin_ctx.db.url
    _execute(url, "UPDATE alembic_version SET version_num = '9999'")
    newer = pg_dump.dump(url, tmp_path / "newer.dump")
    _execute(url, "UPDATE alembic_version SET version_num = '0001'")
    _meeting(pg_admin_ctx, "Shanghai")
    assert main(["--db", url, "db", "restore", str(newer)]) == 1
    _one_line(
        capsys.readouterr().err, "newer version of Dialogue Planner (schema 9999", "Nothing was changed"
    )
    assert _cities(pg_admin_ctx) == ["Beijing", "Shanghai"]


def test_a_backup_without_a_dialogue_is_refused(pg_admin_ctx, pg_migrated_url, tmp_path, capsys):
    _meeting(pg_admin_ctx, "Beijing")
    empty = pg_dump.dump(pg_migrated_url, tmp_path / "empty.dump")  # migrated, never initialised
    assert main(["--db", pg_admin_ctx.db.url, "db", "restore", str(empty)]) == 1
    _one_line(capsys.readouterr().err, "it holds no dialogue")
    assert _cities(pg_admin_ctx) == ["Beijing"]


def test_a_good_backup_is_restored_and_the_restore_audited(pg_admin_ctx, tmp_path, capsys):
    _meeting(pg_admin_ctx, "Beijing")
    url = pg_admin_ctx.db.url
    dump = tmp_path / "good.dump"
    assert main(["--db", url, "db", "backup", str(dump)]) == 0
    assert not list(tmp_path.glob("*.partial"))
    _meeting(pg_admin_ctx, "Shanghai")
    assert main(["--db", url, "db", "restore", str(dump)]) == 0
    assert f"from {dump}" in capsys.readouterr().out
    assert _cities(pg_admin_ctx) == ["Beijing"]
    restores = [a for a in list_audit(pg_admin_ctx) if a.action == "database.restore"]
    assert len(restores) == 1 and str(dump) in restores[0].summary


def test_only_an_admin_restores_and_a_viewer_does_not_back_up(pg_admin_ctx, pg_roles, tmp_path, capsys):
    workstation.setup_database_roles(pg_admin_ctx)
    for role in ("viewer", "secretariat"):
        workstation.add_user(pg_admin_ctx, pg_roles.login(role), role)
    _meeting(pg_admin_ctx, "Beijing")
    dump = pg_dump.dump(pg_admin_ctx.db.url, tmp_path / "good.dump")
    _meeting(pg_admin_ctx, "Shanghai")
    viewer, secretariat = (
        pg_roles.ctx_as(pg_roles.login("viewer")),
        pg_roles.ctx_as(pg_roles.login("secretariat")),
    )
    for who in (viewer, secretariat):
        with pytest.raises(PermissionDenied, match="needs the admin role"):
            restore_database(who, dump)
    with pytest.raises(PermissionDenied, match="needs the secretariat role"):
        backup_database(viewer, tmp_path / "viewer.dump")
    assert backup_database(secretariat, tmp_path / "secretariat.dump").stat().st_size > 0
    assert (
        main(["--db", pg_roles.url_as(pg_roles.login("viewer")), "db", "backup", str(tmp_path / "v.dump")])
        == 1
    )
    _one_line(capsys.readouterr().err, "Your role (viewer) may not do this; it needs the secretariat role")
    assert not (tmp_path / "viewer.dump").exists() and not (tmp_path / "v.dump").exists()
    assert _cities(pg_admin_ctx) == ["Beijing", "Shanghai"]


def test_when_the_server_refuses_pg_dump_the_message_is_one_line_and_no_file_is_left(
    pg_admin_ctx, pg_roles, tmp_path
):
    """pg_dump itself, run as a viewer's login: the server says 'permission denied'; pg_dump's query, its
    'detail:' lines and a half-written file stay out of it."""
    workstation.setup_database_roles(pg_admin_ctx)
    workstation.add_user(pg_admin_ctx, pg_roles.login("viewer"), "viewer")
    target = tmp_path / "viewer.dump"
    with pytest.raises(DatabaseError) as caught:
        pg_dump.dump(pg_roles.url_as(pg_roles.login("viewer")), target)
    message = caught.value.message
    assert message.startswith("pg_dump was refused by the server: permission denied for ")
    assert "\n" not in message and "Query was" not in message and "LOCK TABLE" not in message
    assert list(tmp_path.iterdir()) == []


def test_a_backup_is_restored_into_an_empty_database(pg_admin_ctx, pg_server, tmp_path, capsys):
    """DEPLOYMENT.md's check of a backup: restore it into a scratch database made with createdb."""
    _meeting(pg_admin_ctx, "Beijing")
    dump = pg_dump.dump(pg_admin_ctx.db.url, tmp_path / "good.dump")
    name = f"dp_check_{uuid.uuid4().hex[:10]}"
    _execute(pg_server, f'CREATE DATABASE "{name}"')
    url = make_url(pg_server).set(database=name).render_as_string(hide_password=False)
    try:
        assert main(["--db", url, "db", "restore", str(dump)]) == 0, capsys.readouterr().err
        assert main(["--db", url, "meetings", "list"]) == 0
        assert "Beijing" in capsys.readouterr().out
    finally:
        _execute(pg_server, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
