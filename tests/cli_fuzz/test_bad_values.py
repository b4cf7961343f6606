"""The bad values the adversarial test of the command line found, each refused with one line, exit 1 or 2,
and nothing changed; and the values stored by an earlier version that no longer break later commands."""

from __future__ import annotations

import json
import shutil
import sqlite3

import pytest

from dialogue_planner.cli import build_parser, main
from dialogue_planner.cli.framework import date_arg
from dialogue_planner.paths import log_file

from .argv import Vocabulary, leaf_commands, values_of


@pytest.fixture
def db(tmp_path, capsys, _migrated_template):
    path = tmp_path / "dialogue.sqlite"
    shutil.copyfile(_migrated_template, path)  # migrated once per process; init adds the dialogue
    assert main(["--db", str(path), "init"]) == 0
    assert (
        main(
            [
                "--db",
                str(path),
                "meetings",
                "add",
                "--date",
                "2016-06-14",
                "--host",
                "CN",
                "--city",
                "Beijing",
            ]
        )
        == 0
    )
    capsys.readouterr()
    return str(path)


def run(capsys, db, *args):
    code = main(["--db", db, *args])
    out, err = capsys.readouterr()
    assert "Traceback" not in err and "internal error" not in err, err
    assert not log_file().exists()
    return code, out, err


def one_line_error(err: str) -> str:
    assert err.count("\n") == 1, err
    return err.strip()


def audit_length(db: str) -> int:
    con = sqlite3.connect(db)
    try:
        return con.execute("SELECT count(*) FROM audit_entry").fetchone()[0]
    finally:
        con.close()


def execute(db: str, sql: str, *params) -> None:
    """What an earlier version, which did not check, could have stored."""
    con = sqlite3.connect(db)
    try:
        con.execute(sql, params)
        con.commit()
    finally:
        con.close()


# -- item 9: values that break later commands ------------------------------------------------------------
@pytest.mark.parametrize(
    "args, message",
    [
        (["requests", "standard", "information", "--respond", "1000000000"], "at most 3650"),
        (
            ["meetings", "add", "--date", "0001-01-01", "--host", "US", "--city", "X"],
            "date 0001-01-01 is out",
        ),
        (
            ["meetings", "add", "--date", "9999-12-31", "--host", "US", "--city", "X"],
            "date 9999-12-31 is out",
        ),
        (
            ["meetings", "add", "--date", "2016-06-14", "--end", "9999-12-31", "--host", "US", "--city", "X"],
            "end date 9999-12-31",
        ),
        (["meetings", "update", "1", "--date", "1899-01-01"], "meeting date 1899-01-01 is out"),
        (["meetings", "update", "1", "--date", "9999-12-31"], "meeting date 9999-12-31 is out"),
        (["schedule", "propose", "--from", "9999-12-31"], "date to plan from 9999-12-31"),
        (["schedule", "check", "--as-of", "0001-01-01"], "0001-01-01 is out of range"),
        (
            ["escalations", "add", "--side", "US", "--summary", "x", "--at", "0001-01-01T00:00+05:00"],
            "escalation time 0001-01-01",
        ),
        (
            ["escalations", "add", "--side", "US", "--summary", "x", "--at", "9999-12-31T23:59-12:00"],
            "escalation time 9999-12-31",
        ),
        (
            [
                "requests",
                "add",
                "--from",
                "US",
                "--to",
                "CN",
                "--kind",
                "information",
                "--subject",
                "x",
                "--received",
                "0001-01-01",
            ],
            "received date 0001-01-01",
        ),
        (["requests", "report", "--from", "0001-01-01"], "0001-01-01 is out of range"),
        (["requests", "list", "--overdue", "--as-of", "9999-12-31"], "9999-12-31 is out of range"),
        (
            ["blackouts", "add", "--start", "2016-01-01", "--end", "9999-12-31", "--reason", "x"],
            "end date 9999-12-31",
        ),
        (["meetings", "update", "1", "--window", "9999-H2"], "window 9999-H2 is out of range"),
        (
            ["delegation", "add", "--meeting", "1", "--delegate", "1", "--position", "2147483647"],
            "position must be between 0 and 10000",
        ),
    ],
)
def test_values_out_of_range_are_refused_and_nothing_changes(capsys, db, args, message):
    before = audit_length(db)
    code, _, err = run(capsys, db, *args)
    assert code == 1 and message in one_line_error(err)
    assert audit_length(db) == before


def test_a_standard_stored_out_of_range_stays_repairable_and_breaks_nothing(capsys, db):
    """An earlier version stored a billion days: logging a request says what to correct, and the standard
    can be corrected."""
    execute(
        db,
        "UPDATE timeliness_standard SET acknowledge_days = 7, response_days = 1000000000, "
        "day_basis = 'calendar' WHERE kind = 'information'",
    )
    add = [
        "requests",
        "add",
        "--from",
        "US",
        "--to",
        "CN",
        "--kind",
        "information",
        "--subject",
        "x",
        "--received",
        "2016-06-14",
    ]
    code, _, err = run(capsys, db, *add)
    assert code == 1 and "at most 3650" in one_line_error(err)
    assert run(capsys, db, "requests", "standard", "information", "--respond", "30")[0] == 0
    code, out, _ = run(capsys, db, *add)
    assert code == 0 and "response due 2016-07-14" in out


def test_a_meeting_stored_out_of_range_is_named_instead_of_breaking_the_calendar(capsys, db):
    execute(
        db, "UPDATE meeting SET planned_start = '0001-01-01', planned_end = '0001-01-01' WHERE number = 1"
    )
    code, _, err = run(capsys, db, "calendar", "export", "-")
    assert code == 1 and "Meeting 1 is dated 0001-01-01" in one_line_error(err)
    assert run(capsys, db, "meetings", "update", "1", "--date", "2016-06-14")[0] == 0
    code, out, _ = run(capsys, db, "calendar", "export", "-")
    assert code == 0 and "BEGIN:VEVENT" in out


def test_proposals_stop_at_the_end_of_the_dialogues_plausible_life(capsys, db):
    code, out, _ = run(capsys, db, "schedule", "propose", "--from", "2100-06-01", "--count", "100", "--json")
    assert code == 0
    windows = [p["window"] for p in json.loads(out)["proposals"]]
    assert windows and all(w.startswith("2100") for w in windows)


# -- item 11: numbers, undecodable text, long zones, unsupported databases -------------------------------
INTEGER_ARGUMENTS = [
    (command.name, action.option_strings[-1] if action.option_strings else None)
    for command in leaf_commands(build_parser())
    for action in command.arguments
    if getattr(action.type, "__qualname__", "").startswith("whole_number")
]


def test_every_integer_argument_is_bounded():
    assert len(INTEGER_ARGUMENTS) >= 28


@pytest.mark.parametrize("command, option", INTEGER_ARGUMENTS, ids=lambda x: str(x))
def test_numbers_beyond_the_database_are_usage_errors(capsys, db, command, option):
    by_name = {c.name: c for c in leaf_commands(build_parser())}
    filled = []
    for action in by_name[command].arguments:  # the other needed arguments, plainly
        mine = (action.option_strings[-1] if action.option_strings else None) == option
        if mine or not (action.required or not action.option_strings):
            continue
        plain = (
            "1"
            if getattr(action.type, "__qualname__", "").startswith("whole_number")
            else values_of(action, Vocabulary()).default
            if action.choices is not None or action.type is date_arg
            else "x"
        )
        filled += ([action.option_strings[-1]] if action.option_strings else []) + [plain]
    for value in ("9223372036854775808", "-9223372036854775809", "2147483648", "1" + "0" * 100, "9" * 5000):
        code, _, err = run(capsys, db, *command.split(), *filled, *([option, value] if option else [value]))
        line = one_line_error(err)
        assert code == 2 and ("too large" in line or "must be" in line or "not a whole number" in line), line


def test_a_time_zone_too_long_for_the_file_system_is_unknown(capsys, db):
    code, _, err = run(
        capsys,
        db,
        "meetings",
        "add",
        "--date",
        "2016-06-14",
        "--host",
        "US",
        "--city",
        "X",
        "--time-zone",
        "z" * 300,
    )
    assert code == 1 and "Unknown time zone" in one_line_error(err)


@pytest.mark.parametrize(
    "url",
    [
        "mysql://user@server/dialogue",
        "oracle://server/x",
        "postgresql+asyncpg://h/d",
        "sqlite+aiosqlite:///x.sqlite",
    ],
)
def test_an_unsupported_database_names_the_ones_that_work(capsys, url):
    code, _, err = run(capsys, url, "info")
    assert code == 1
    assert one_line_error(err) == "error: unsupported database: use a SQLite file path or a postgresql:// URL"


@pytest.mark.parametrize(
    "url",
    [
        "postgresql://server:port/dialogue",
        "://nothing",
        "x\n.sqlite",
        "postgresql://alice:secret\x00@server/d",
    ],
)
def test_an_address_that_is_no_database_url_is_refused_without_echoing_it(capsys, url):
    code, _, err = run(capsys, url, "info")
    assert code in (1, 2) and "secret" not in one_line_error(err)


# -- item 13: echoed input -------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "args",
    [
        [
            "requests",
            "add",
            "--from",
            "US",
            "--to",
            "CN",
            "--kind",
            "x\ny\nz",
            "--subject",
            "s",
            "--received",
            "2016-06-14",
        ],
        ["meetings", "add", "--date", "2016-06-14\nx", "--host", "US", "--city", "X"],
        ["meetings", "add", "--date", "2016-06-14", "--host", "U\nS", "--city", "X"],
        ["requests", "show", "US-2016\n-0001"],
        ["blackouts", "add", "--start", "2016-01-01", "--reason", "summit", "--side", "\x1b[2JUS"],
        ["delegation", "add", "--meeting", "1", "--delegate", "a\nb", "--role", "x\ny"],
    ],
)
def test_an_error_quoting_input_is_one_line_with_the_input_escaped(capsys, db, args):
    code, _, err = run(capsys, db, *args)
    line = one_line_error(err)
    assert code in (1, 2) and "\x1b" not in line and ("\\n" in line or "\\x1b" in line), line


def test_a_login_with_an_escape_sequence_is_refused(capsys, db):
    code, _, err = run(capsys, db, "users", "add", "\x1b[31mevil", "--role", "viewer")
    assert code == 1 and "is not a usable login: it contains control characters (U+001B)" in one_line_error(
        err
    )
    code, _, err = run(
        capsys, db, "users", "add", "plain", "--role", "viewer", "--display-name", "\x1b]0;x\x07"
    )
    assert code == 1 and "display name contains control characters" in one_line_error(err)


def test_tables_show_stored_control_characters_escaped(capsys, db):
    """A login stored by an earlier version is listed, not obeyed by the terminal."""
    execute(
        db,
        "INSERT INTO app_user (login, display_name, role, active, version, created_at, updated_at) "
        "VALUES (?, ?, 'viewer', 1, 1, '2016-01-01 00:00:00', '2016-01-01 00:00:00')",
        "\x1b[31mevil",
        "two\nlines",
    )
    code, out, _ = run(capsys, db, "users", "list")
    assert code == 0 and "\x1b" not in out and "\\x1b[31mevil" in out and "two lines" in out
    assert len(out.splitlines()) == 4  # header, rule and one line for each user


@pytest.mark.parametrize("name", ["p" * 256, "bad\nname.csv", "ok/" + "q" * 300 + "/x.csv"])
def test_file_names_no_file_system_holds_are_usage_errors(capsys, db, name, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    for args in (
        ["roster", "export", name],
        ["calendar", "export", name],
        ["db", "backup", name],
        ["brief", "--meeting", "1", "--out", name],
        ["screenshots", name],
    ):
        code, _, err = run(capsys, db, *args)
        assert code == 2 and "file name" in one_line_error(err), args


@pytest.mark.parametrize(
    "args, message",
    [
        (["screenshots", "shots", "--size", "99999x99999"], "at most 7680x4320"),
        (["screenshots", "shots", "--language", "../../elsewhere"], "invalid choice"),
    ],
)
def test_screenshots_stay_in_their_folder_and_in_memory(capsys, db, args, message, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    code, _, err = run(capsys, db, *args)
    assert code in (1, 2) and message in one_line_error(err)
    assert not (tmp_path / "shots").exists()
