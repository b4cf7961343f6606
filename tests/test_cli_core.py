"""The foundation's command line: exit statuses, one-line errors, JSON for scripts, idempotent init."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dialogue_planner import __version__
from dialogue_planner.cli import main
from dialogue_planner.storage.schema import SCHEMA_HEAD


def run(capsys, *args):
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_version(capsys):
    code, out, _ = run(capsys, "--version")
    assert code == 0 and out.strip() == f"dialogue-planner {__version__}"


def test_usage_errors_exit_2(capsys, db_url):
    code, _, err = run(capsys, "--db", db_url, "no-such-command")
    assert code == 2 and "invalid choice" in err
    code, _, err = run(capsys, "--db", db_url, "users", "add", "x", "--role", "emperor")
    assert code == 2 and "invalid choice" in err


@pytest.mark.parametrize("backend", ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def test_init_demo_twice_gives_the_same_counts(capsys, backend, db_url, request):
    url = db_url if backend == "sqlite" else request.getfixturevalue("pg_url")
    assert run(capsys, "--db", url, "init", "--demo")[0] == 0
    code, out, _ = run(capsys, "--db", url, "info", "--json")
    first = json.loads(out)
    code, out, _ = run(capsys, "--db", url, "init", "--demo")
    assert code == 0 and "nothing changed" in out
    second = json.loads(run(capsys, "--db", url, "info", "--json")[1])
    assert first == second
    assert set(first) >= {"database", "schema_revision", "dialogues", "counts"}
    (dialogue,) = first["dialogues"]
    assert set(dialogue) >= {"name", "sides", "meetings_per_year", "first_meeting_deadline"}
    assert dialogue["sides"] == [
        {"code": "US", "name": "United States of America"},
        {"code": "CN", "name": "People's Republic of China"},
    ]
    assert dialogue["first_meeting_deadline"] == "2015-12-31"
    assert set(first["counts"]) == {
        "agencies",
        "delegates",
        "meetings",
        "requests",
        "escalations",
        "agenda_items",
    }
    assert first["counts"]["agencies"] == 8 and first["counts"]["requests"] > 100


def test_info_never_shows_a_password(capsys, db_url):
    from dialogue_planner.storage.engine import display_url

    assert "secret" not in display_url("postgresql+psycopg://alice:secret@db/dialogue")


def test_user_errors_exit_1_with_one_line(capsys, db_url, monkeypatch):
    run(capsys, "--db", db_url, "init")
    assert run(capsys, "--db", db_url, "users", "add", "bob", "--role", "viewer")[0] == 0
    monkeypatch.setenv("DIALOGUE_PLANNER_USER", "bob")
    code, out, err = run(capsys, "--db", db_url, "users", "add", "eve", "--role", "admin")
    assert code == 1 and err.startswith("error:") and err.count("\n") == 1 and "Traceback" not in err
    monkeypatch.setenv("DIALOGUE_PLANNER_USER", "tester")
    code, out, _ = run(capsys, "--db", db_url, "users", "list", "--json")
    assert [u["login"] for u in json.loads(out)] == ["bob", "tester"]


def test_a_file_that_is_not_a_database_is_refused(capsys, tmp_path):
    junk = tmp_path / "roster.sqlite"
    junk.write_text("family_name,given_name\n")
    before = junk.read_bytes()
    code, _, err = run(capsys, "--db", str(junk), "info")
    assert code == 1 and "not a Dialogue Planner database" in err
    assert junk.read_bytes() == before


def test_backup_and_restore_sqlite(capsys, db_url, tmp_path):
    run(capsys, "--db", db_url, "init", "--demo")
    backup = tmp_path / "copy.sqlite"
    assert run(capsys, "--db", db_url, "db", "backup", str(backup))[0] == 0
    assert run(capsys, "--db", db_url, "users", "add", "later", "--role", "viewer")[0] == 0
    code, out, _ = run(capsys, "--db", db_url, "db", "restore", str(backup))
    assert code == 0 and "previous state" in out
    users = json.loads(run(capsys, "--db", db_url, "users", "list", "--json")[1])
    assert "later" not in [u["login"] for u in users]
    assert (
        run(capsys, "--db", db_url, "db", "upgrade")[1]
        .strip()
        .endswith(f"is up to date (schema {SCHEMA_HEAD}).")
    )


def test_without_a_display_the_application_says_so_and_exits_1(tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    done = subprocess.run(
        [sys.executable, "-m", "dialogue_planner", "--db", str(tmp_path / "x.sqlite")],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 1
    assert done.stderr.strip().startswith("error: no display found") and done.stderr.count("\n") == 1


GLOBAL_WORDS = [
    "--db",
    "--db=a.sqlite",
    "--db=",
    "b.sqlite",
    "--debug",
    "--de",
    "--d",
    "-",
    "info",
    "--help",
    "-h",
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(GLOBAL_WORDS), max_size=5))
def test_the_quick_reading_of_no_command_agrees_with_the_full_parser(argv):
    """The application opens on the options read without argparse (``_application_options``, before the
    first paint); whatever that reading does not take, the full parser judges, and it agrees."""
    from dialogue_planner.cli import _application_options, build_parser

    quick = _application_options(argv)
    if quick is None:
        return
    full = build_parser().parse_args(argv)
    assert full.command is None
    assert (quick.db, quick.debug) == (full.db, full.debug)


def test_no_command_opens_the_application_on_the_database_named(db_url):
    opened = []
    for argv in (["--db", db_url], [f"--db={db_url}"], ["--debug", "--db", db_url], []):
        assert main(argv, open_application=lambda db: opened.append(db) or 0) == 0
    assert opened == [db_url, db_url, db_url, None]


def test_an_address_under_an_unknown_users_home_is_a_path_as_written(capsys, tmp_path, monkeypatch):
    """``~nosuchuser/…`` names no home folder: a folder of that name here, as a shell leaves it, not a
    program error."""
    monkeypatch.chdir(tmp_path)
    code, out, err = run(capsys, "--db", "~nosuchuser-dp/x.sqlite", "info")
    assert code == 0, err
    assert str(tmp_path / "~nosuchuser-dp" / "x.sqlite") in out
