"""The acting user on SQLite (``DIALOGUE_PLANNER_USER``, else the OS login) is a login like any other
(issue 14 item 13): no control characters, not blank, one word, at most 120 characters. A bad one is refused
with one line that shows it escaped, before anything is read or written."""

from __future__ import annotations

import pytest

from dialogue_planner.cli import main
from dialogue_planner.domain.errors import ValidationError
from dialogue_planner.domain.limits import MAX_LOGIN, check_login


@pytest.fixture
def initialised(db_url, capsys):
    assert main(["--db", db_url, "init"]) == 0
    capsys.readouterr()
    return db_url


@pytest.mark.parametrize(
    ("login", "shown"),
    [
        ("wang\nadmin", "wang\\nadmin"),
        ("\x1b[31mroot", "\\x1b[31mroot"),
        ("wang\u202eadmin", "wang\\u202eadmin"),
        ("two words", "two words"),
        ("x" * (MAX_LOGIN + 1), "x" * 20),
    ],
)
def test_a_bad_acting_login_is_refused_on_one_line(initialised, capsys, monkeypatch, login, shown):
    monkeypatch.setenv("DIALOGUE_PLANNER_USER", login)
    code = main(["--db", initialised, "meetings", "list"])
    out, err = capsys.readouterr()
    assert code == 1 and out == ""
    assert err.startswith("error: DIALOGUE_PLANNER_USER") and err.count("\n") == 1 and "\x1b" not in err
    assert shown in err


def test_a_bad_acting_login_changes_nothing(db_url, capsys, monkeypatch):
    """Even the first run, which would make the caller the new database's admin, makes no user of it."""
    monkeypatch.setenv("DIALOGUE_PLANNER_USER", "evil\x07")
    assert main(["--db", db_url, "init"]) == 1
    assert "U+0007" in capsys.readouterr().err
    monkeypatch.setenv("DIALOGUE_PLANNER_USER", "tester")
    assert main(["--db", db_url, "init"]) == 0
    capsys.readouterr()
    assert main(["--db", db_url, "users", "list", "--json"]) == 0
    assert "evil" not in capsys.readouterr().out


def test_a_good_acting_login_is_taken_stripped(initialised, capsys, monkeypatch):
    monkeypatch.setenv("DIALOGUE_PLANNER_USER", "  tester  ")
    assert main(["--db", initialised, "users", "add", "li", "--role", "viewer"]) == 0


def test_check_login_is_the_rule_users_add_applies_too(ctx):
    from dialogue_planner.services.workstation import add_user

    assert check_login(" wei ", "login") == "wei"
    for bad in ("", "a b", "a\tb", "x" * (MAX_LOGIN + 1)):
        with pytest.raises(ValidationError):
            check_login(bad, "login")
        with pytest.raises(ValidationError):
            add_user(ctx, bad, "viewer")
