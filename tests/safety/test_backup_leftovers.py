"""Leftovers: a backup killed with SIGKILL half-way leaves no file that looks finished, and what it does
leave (``*.partial``, and the ``*.partial-journal`` earlier versions left) is cleared by the next copy,
but only when it is ours and no copy is still writing it. Refusing a newer schema leaves no ``-wal`` or
``-shm`` beside the file."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import threading
from contextlib import contextmanager
from pathlib import Path

import pytest

from dialogue_planner.domain.errors import SchemaTooNewError
from dialogue_planner.storage.backup import automatic_backup
from dialogue_planner.storage.database import open_database

from .helpers import add_meeting, assert_one_line_error, cities, listing, run

STALL = Path(__file__).with_name("stall_child.py")
posix_only = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")


@contextmanager
def stalled_copy(*args: str):
    """A child process in the middle of a backup (it has copied two pages and waits)."""
    child = subprocess.Popen(
        [sys.executable, str(STALL), *map(str, args)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    line: list[str] = []
    reader = threading.Thread(target=lambda: line.append(child.stdout.readline()))
    reader.start()
    reader.join(120)
    try:
        if not line or line[0].strip() != "COPYING":
            child.kill()
            pytest.fail(f"the copy did not start: {child.stderr.read()[-2000:]}")
        yield child
    finally:
        if child.poll() is None:
            child.kill()
        child.wait(30)
        child.stdout.close()
        child.stderr.close()


def kill(child) -> None:
    os.kill(child.pid, signal.SIGKILL)
    assert child.wait(30) == -signal.SIGKILL


@pytest.fixture
def database(ctx):
    add_meeting(ctx, "Beijing")
    return ctx.db.path


@posix_only
def test_a_backup_killed_half_way_leaves_nothing_that_looks_finished_and_the_next_one_clears_it(
    database, tmp_path, capsys
):
    target = tmp_path / "out" / "copy.sqlite"
    with stalled_copy("explicit", database, target) as child:
        kill(child)
    assert not target.exists()  # no half file under the finished name
    assert listing(target.parent) == ["copy.sqlite.partial"]  # one leftover, and no -journal beside it
    code, _, err = run(capsys, "--db", database, "db", "backup", target)
    assert code == 0, err
    assert listing(target.parent) == ["copy.sqlite"] and cities(target) == ["Beijing"]


@posix_only
def test_the_leftover_of_a_killed_automatic_backup_is_removed_by_the_next_one(database):
    with stalled_copy("automatic", database) as child:
        kill(child)
    backups = database.parent / "backups"
    leftovers = list(backups.glob("*.partial"))
    assert len(leftovers) == 1 and not list(backups.glob("*.sqlite"))
    made = automatic_backup(database, "before-import")
    assert listing(backups) == [made.name] and cities(made) == ["Beijing"]


@posix_only
def test_a_copy_still_being_written_is_left_alone(database):
    backups = database.parent / "backups"
    with stalled_copy("automatic", database) as child:
        in_progress = next(backups.glob("*.partial"))
        made = automatic_backup(database, "before-import")  # meanwhile, another backup
        assert in_progress.exists() and made.exists()
        kill(child)
    automatic_backup(database, "before-import")
    assert not in_progress.exists()


def test_leftovers_of_earlier_versions_go_and_files_that_are_not_ours_stay(database, tmp_path, capsys):
    backups = database.parent / "backups"
    backups.mkdir()
    old = backups / "test-20261101-101010-000001-before-import.sqlite.partial"
    con = sqlite3.connect(old)
    con.execute("CREATE TABLE half (x)")
    con.commit()
    con.close()
    Path(f"{old}-journal").write_bytes(
        b"\xd9\xd5\x05\xf9\x20\xa1\x63\xd7" + b"\0" * 504
    )  # a rollback journal
    orphan = backups / "test-20261101-101011-000001-before-import.sqlite.partial-journal"
    orphan.write_bytes(b"\0" * 512)
    not_ours = backups / "notes.partial"
    not_ours.write_text("a download in progress, not a database")
    made = automatic_backup(database, "before-import")
    assert listing(backups) == sorted([made.name, "notes.partial"])
    assert not_ours.read_text() == "a download in progress, not a database"

    elsewhere = tmp_path / "mine"
    elsewhere.mkdir()
    (elsewhere / "other.sqlite.partial").write_bytes(b"")
    assert run(capsys, "--db", database, "db", "backup", elsewhere / "copy.sqlite")[0] == 0
    assert listing(elsewhere) == ["copy.sqlite", "other.sqlite.partial"]  # only the destination's own


def test_refusing_a_newer_schema_leaves_no_wal_or_shm(tmp_path, capsys):
    path = tmp_path / "future.sqlite"
    open_database(path).dispose()  # a WAL database, as every database this program writes
    con = sqlite3.connect(path)
    con.execute("UPDATE alembic_version SET version_num = '9999'")
    con.commit()
    con.close()
    assert listing(tmp_path) == ["future.sqlite"]
    assert path.read_bytes()[18:20] == b"\x02\x02"  # the header says WAL: a reader would make -wal and -shm
    with pytest.raises(SchemaTooNewError):
        open_database(path)
    assert listing(tmp_path) == ["future.sqlite"]
    code, _, err = run(capsys, "--db", path, "info")
    assert code == 1
    assert_one_line_error(err, "newer version of Dialogue Planner")
    assert listing(tmp_path) == ["future.sqlite"]
