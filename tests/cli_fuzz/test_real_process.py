"""What only a real process shows: argument bytes that are not UTF-8 (they reach ``sys.argv`` as lone
surrogates), and the bug log, which the command line and the application write through one writer."""

from __future__ import annotations

import os
import re
import subprocess
import sys

import pytest

from dialogue_planner.cli import main
from dialogue_planner.paths import log_file

STAMP = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d internal error", re.MULTILINE)


def dialogue_planner(*args, env_extra=None, code=None):
    """Run the installed program; ``args`` may hold bytes, as a shell passes them."""
    env = {**os.environ, "PYTHONIOENCODING": "", "LC_ALL": "C.UTF-8", **(env_extra or {})}
    command = [sys.executable, "-c", code] if code else [sys.executable, "-m", "dialogue_planner"]
    return subprocess.run([*command, *args], capture_output=True, env=env, timeout=120)


@pytest.fixture
def db(tmp_path, capsys):
    path = tmp_path / "dialogue.sqlite"
    assert main(["--db", str(path), "init"]) == 0
    capsys.readouterr()
    return str(path)


@pytest.mark.parametrize(
    "args",
    [
        [b"delegates", b"add", b"--agency", b"FBI", b"--family-name", b"M\xfcller"],
        [b"requests", b"show", b"US-2016-\xff\xfe"],
        [b"meetings", b"add", b"--date", b"2016-06-14", b"--host", b"US", b"--city", b"K\xf6ln"],
        [b"roster", b"import", b"caf\xe9.csv"],
        [b"meetings", b"show", b"\xc3\x28"],
    ],
)
def test_bytes_that_are_not_utf8_are_a_usage_error_in_one_line(db, args):
    result = dialogue_planner(b"--db", db.encode(), *args)
    err = result.stderr.decode("utf-8", "replace")
    assert result.returncode == 2, err
    assert err.count("\n") == 1 and "not UTF-8" in err and "Logging error" not in err
    assert "\\x" in err  # the undecodable bytes are shown, escaped
    assert not log_file().exists()


def test_a_database_path_that_is_not_utf8_is_refused_in_one_line(tmp_path):
    result = dialogue_planner(b"--db", str(tmp_path).encode() + b"/caf\xe9.sqlite", b"info")
    err = result.stderr.decode("utf-8", "replace")
    assert result.returncode == 2 and err.count("\n") == 1 and "not UTF-8" in err


BOOM = """
import sys
import dialogue_planner.cli.schedule as schedule
def boom(args, ctx):
    raise RuntimeError("broken \\udcff text\\nand a second line")
schedule.cmd_meetings_list = boom
from dialogue_planner.cli import main
sys.exit(main(sys.argv[1:]))
"""


def test_a_bug_is_one_line_on_the_terminal_and_a_timestamped_entry_in_the_log(db):
    result = dialogue_planner("--db", db, "meetings", "list", code=BOOM)
    err = result.stderr.decode("utf-8", "replace")
    assert result.returncode == 3 and err.count("\n") == 1, err
    assert err.startswith("internal error: RuntimeError: broken \\xff text\\nand a second line (details in ")
    assert "Logging error" not in err
    log = log_file().read_text(encoding="utf-8")
    assert STAMP.search(log) and "internal error in dialogue-planner --db" in log and "meetings list" in log
    assert "Traceback (most recent call last)" in log and "broken \\udcff text" in log


def test_a_bug_when_the_log_cannot_be_written_still_says_so_in_one_line(db, tmp_path):
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the data folder should be")
    result = dialogue_planner(
        "--db",
        db,
        "meetings",
        "list",
        code=BOOM,
        env_extra={"DIALOGUE_PLANNER_DATA_DIR": str(blocked / "data")},
    )
    err = result.stderr.decode("utf-8", "replace")
    assert result.returncode == 3 and err.count("\n") == 1
    assert "the log could not be written" in err and "Logging error" not in err


def test_the_application_writes_its_bugs_through_the_same_writer():
    from dialogue_planner.gui.shell.errors import write_bug_to_log

    try:
        raise ZeroDivisionError("text \x1b[31m with \udce9 in it")
    except ZeroDivisionError as exc:
        details, written = write_bug_to_log(exc)
    assert written and "ZeroDivisionError" in details
    log = log_file().read_text(encoding="utf-8")
    assert STAMP.search(log) and "internal error in the application" in log and "ZeroDivisionError" in log


def test_bug_entries_accumulate_each_with_its_time(db, capsys, monkeypatch):
    import dialogue_planner.cli.schedule as schedule

    def boom(args, ctx):
        raise KeyError("x")

    monkeypatch.setattr(schedule, "cmd_meetings_list", boom)
    for _ in range(2):
        assert main(["--db", db, "meetings", "list"]) == 3
    err = capsys.readouterr().err
    assert err.count("\n") == 2 and err.count("internal error: KeyError") == 2
    assert len(STAMP.findall(log_file().read_text(encoding="utf-8"))) == 2


def test_the_log_never_holds_the_password_of_a_database_url():
    from dialogue_planner.bug_log import write_bug

    assert (
        write_bug(RuntimeError("x"), "dialogue-planner --db postgresql://alice:s3cret@server/d info")
        == log_file()
    )
    log = log_file().read_text(encoding="utf-8")
    assert "s3cret" not in log and "postgresql://alice:***@server/d info" in log
