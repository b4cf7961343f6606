"""The workstation commands on SQLite: db changes, and db setup-roles explaining it needs PostgreSQL."""

from __future__ import annotations

import json
from datetime import date

from dialogue_planner.cli import main
from dialogue_planner.services.meetings import add_meeting
from dialogue_planner.services.workstation import check_connection


def test_db_changes_reports_the_counter(ctx, db_url, capsys):
    main(["--db", db_url, "db", "changes", "--json"])
    before = json.loads(capsys.readouterr().out)
    add_meeting(ctx, start=date(2016, 6, 14), host="CN", city="Beijing", today=date(2016, 1, 4))
    assert main(["--db", db_url, "db", "changes", "--json"]) == 0
    after = json.loads(capsys.readouterr().out)
    assert after["value"] == before["value"] + 1 and after["entities"] == ["meeting"] and after["changed_at"]
    assert main(["--db", db_url, "db", "changes"]) == 0
    assert f"{after['value']} changes; last at" in capsys.readouterr().out


def test_setup_roles_on_sqlite_says_why_not(ctx, db_url, capsys):
    assert main(["--db", db_url, "db", "setup-roles"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("error: Database roles exist only on PostgreSQL") and "Traceback" not in err


def test_users_add_on_sqlite_refuses_a_password(ctx, db_url, capsys, monkeypatch):
    import io

    monkeypatch.setattr("sys.stdin", io.StringIO("secret\n"))
    assert main(["--db", db_url, "users", "add", "wang", "--role", "viewer", "--password-stdin"]) == 1
    assert "only needed on PostgreSQL" in capsys.readouterr().err
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    assert main(["--db", db_url, "users", "add", "wang", "--role", "viewer", "--password-stdin"]) == 1
    assert "held no password" in capsys.readouterr().err
    assert main(["--db", db_url, "users", "add", "wang", "--role", "viewer"]) == 0
    assert capsys.readouterr().out.strip() == "Added wang as viewer."
    assert main(["--db", db_url, "users", "set-role", "wang", "--role", "secretariat"]) == 0
    assert capsys.readouterr().out.strip() == "wang is now secretariat."


def test_check_connection_names_the_user_and_role(ctx, db_url):
    assert check_connection(db_url).endswith(": tester (admin)")
