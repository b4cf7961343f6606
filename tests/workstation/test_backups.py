"""Backups and restores from the command line: SQLite while another workstation has it open, and
PostgreSQL with pg_dump / pg_restore (roles and the append-only audit survive), a clear message when
the tools are missing, automatic backups kept to the last N."""

from __future__ import annotations

import sqlite3
from datetime import date

import pytest
from sqlalchemy import create_engine, text

from dialogue_planner.cli import main
from dialogue_planner.services.context import ServiceContext
from dialogue_planner.services.meetings import add_meeting, list_meetings
from dialogue_planner.storage.backup import automatic_backup
from dialogue_planner.storage.database import open_database


def _meeting(ctx, city="Beijing"):
    return add_meeting(ctx, start=date(2016, 6, 14), host="CN", city=city, today=date(2016, 1, 4))


def test_sqlite_backup_while_another_workstation_writes_and_restore(ctx, db_url, tmp_path, capsys):
    _meeting(ctx)
    writer = sqlite3.connect(ctx.db.path, isolation_level=None)  # another program in the middle of a write
    writer.execute("BEGIN IMMEDIATE")
    writer.execute("UPDATE meeting SET venue = 'uncommitted'")
    try:
        assert main(["--db", db_url, "db", "backup", str(tmp_path / "copy.sqlite")]) == 0
    finally:
        writer.execute("ROLLBACK")
        writer.close()
    _meeting(ctx, "Shanghai")
    assert main(["--db", db_url, "db", "restore", str(tmp_path / "copy.sqlite")]) == 0
    out = capsys.readouterr().out
    assert "previous state is in" in out
    again = ServiceContext.connect(open_database(db_url))
    try:
        meetings = list_meetings(again)
        assert [m.planned_city for m in meetings] == ["Beijing"] and meetings[0].venue == ""
    finally:
        again.db.dispose()


def test_restoring_something_that_is_not_a_backup_changes_nothing(ctx, db_url, tmp_path, capsys):
    _meeting(ctx)
    junk = tmp_path / "notes.txt"
    junk.write_text("not a database")
    assert main(["--db", db_url, "db", "restore", str(junk)]) == 1
    assert main(["--db", db_url, "db", "restore", str(tmp_path / "missing.sqlite")]) == 1
    err = capsys.readouterr().err
    assert "is not a SQLite backup" in err and "No backup file" in err and "Traceback" not in err
    assert len(list_meetings(ctx)) == 1


def test_automatic_backups_keep_the_last_n(ctx):
    made = [automatic_backup(ctx.db.path, f"before-import-{i}", keep=3) for i in range(5)]
    kept = sorted(made[0].parent.glob(f"{ctx.db.path.stem}-*.sqlite"))
    assert kept == made[-3:]


def test_a_rotation_leaves_the_backups_of_a_database_named_alike_alone(tmp_path):
    """roster.sqlite and roster-2027.sqlite share one backups/ folder; rotating roster's copies used to
    count (and remove) roster-2027's too, since both match roster-*.sqlite."""
    import sqlite3

    from dialogue_planner.storage.backup import prune_backups

    made = {}
    for stem in ("roster-2027", "roster"):
        database = tmp_path / f"{stem}.sqlite"
        sqlite3.connect(database).execute("CREATE TABLE t (x)").connection.close()
        made[stem] = [automatic_backup(database, "before-import", keep=3) for _ in range(4)]
    folder = made["roster"][0].parent
    prune_backups(folder, "roster", 1)
    assert sorted(folder.glob("roster-2027-*.sqlite")) == made["roster-2027"][-3:]
    assert [p for p in sorted(folder.glob("*.sqlite")) if p not in made["roster-2027"]] == made["roster"][-1:]


def test_a_rotation_counts_only_its_own_copy_and_older_ones(ctx):
    """A copy made meanwhile (by a refused import, which then removes it) is not counted, so the older
    copies are not rotated out for it."""
    from dialogue_planner.storage.backup import prune_backups

    made = [automatic_backup(ctx.db.path, "before-import", keep=None) for _ in range(4)]
    prune_backups(made[0].parent, ctx.db.path.stem, 2, upto=made[2])
    assert sorted(made[0].parent.glob(f"{ctx.db.path.stem}-*.sqlite")) == made[1:]


@pytest.mark.postgres
def test_postgres_backup_and_restore_keep_roles_and_audit_protection(
    pg_admin_ctx, pg_roles, tmp_path, capsys
):
    from dialogue_planner.services import workstation

    workstation.setup_database_roles(pg_admin_ctx)
    workstation.add_user(pg_admin_ctx, pg_roles.login("viewer"), "viewer")
    _meeting(pg_admin_ctx)
    url = pg_admin_ctx.db.url
    dump = tmp_path / "dialogue.dump"
    assert main(["--db", url, "db", "backup", str(dump)]) == 0 and dump.stat().st_size > 0
    _meeting(pg_admin_ctx, "Shanghai")
    assert main(["--db", url, "db", "restore", str(dump)]) == 0
    capsys.readouterr()
    assert [m.planned_city for m in list_meetings(pg_admin_ctx)] == ["Beijing"]
    assert pg_roles.ctx_as(pg_roles.login("viewer")).user.role == "viewer"  # grants came back
    engine = create_engine(url)
    try:
        with engine.connect() as conn, pytest.raises(Exception, match="never changed or deleted"):
            conn.execute(text("DELETE FROM audit_entry"))
    finally:
        engine.dispose()


@pytest.mark.postgres
def test_missing_postgres_tools_are_named(pg_admin_ctx, tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("PATH", str(tmp_path))
    assert main(["--db", pg_admin_ctx.db.url, "db", "backup", str(tmp_path / "x.dump")]) == 1
    err = capsys.readouterr().err
    assert "pg_dump is not installed" in err and "postgresql-client" in err


@pytest.mark.postgres
def test_a_postgres_restore_of_a_bad_file_fails_whole(pg_admin_ctx, tmp_path, capsys):
    _meeting(pg_admin_ctx)
    bad = tmp_path / "bad.dump"
    bad.write_bytes(b"PGDMP but not really")
    assert main(["--db", pg_admin_ctx.db.url, "db", "restore", str(bad)]) == 1
    assert "pg_restore failed" in capsys.readouterr().err
    assert len(list_meetings(pg_admin_ctx)) == 1
