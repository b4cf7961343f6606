"""Reads do not lock: while another process (or thread) holds SQLite's write lock for as long as it likes,
every read goes on and sees what was committed; a write waits, then fails as a known error naming who
holds the database (the import lock's holder when there is one) and how long it waited."""

from __future__ import annotations

import re
import subprocess
import sys
import threading
from contextlib import contextmanager
from pathlib import Path

import pytest

from dialogue_planner.domain.errors import DatabaseError
from dialogue_planner.storage import engine as engine_module

from .helpers import add_meeting, assert_one_line_error, run

pytestmark = pytest.mark.skipif(
    sys.platform == "win32", reason="the child's lock and stdin handling are POSIX"
)
WRITER = Path(__file__).with_name("long_writer.py")
WASHINGTON = ["--date", "2016-12-07", "--host", "US", "--city", "Washington"]


@contextmanager
def long_writer(path: Path, *, import_lock: bool):
    args = [sys.executable, str(WRITER), str(path)] + (["--import-lock"] if import_lock else [])
    child = subprocess.Popen(
        args, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    try:
        line = child.stdout.readline()
        assert line.strip() == "READY", child.stderr.read()
        yield child
    finally:
        child.stdin.close()
        assert child.wait(60) == 0, child.stderr.read()
        child.stdout.close()
        child.stderr.close()


@pytest.fixture
def short_wait(monkeypatch):
    """Writers give up after 0.3 s instead of 10 s (the length does not change what is tested)."""
    monkeypatch.setattr(engine_module, "BUSY_TIMEOUT_MS", 300)


@pytest.mark.parametrize("import_lock", [False, True], ids=["another program", "a roster import"])
def test_reads_go_on_beside_a_long_writer_and_a_write_says_who_holds_the_database(
    ctx, capsys, short_wait, import_lock
):
    add_meeting(ctx, "Beijing")
    path = ctx.db.path
    with long_writer(path, import_lock=import_lock) as child:
        for command in (["meetings", "list"], ["info"], ["agencies", "list"], ["users", "list"]):
            code, out, err = run(capsys, "--db", path, *command)
            assert (code, err) == (0, ""), command
        code, out, _ = run(capsys, "--db", path, "meetings", "list")
        assert "Beijing" in out and "Uncommitted" not in out  # what is committed, not the writer's change

        code, out, err = run(capsys, "--db", path, "meetings", "add", *WASHINGTON)
        assert code == 1 and out == ""
        who = (
            f"someone is importing a roster (started by {_os_login()} at "
            if import_lock
            else "another program or workstation is writing to it"
        )
        assert_one_line_error(err, "is busy: " + who, "Nothing was saved")
        assert re.search(r"waited \d+(\.\d)? s; try again when it has finished", err), err
        if import_lock:
            assert f"process {child.pid})" in err
    code, out, err = run(
        capsys, "--db", path, "meetings", "add", *WASHINGTON
    )  # the writer has gone: it works
    assert code == 0, err
    assert [m.planned_city for m in _meetings(ctx)] == ["Beijing", "Washington"]


def _os_login() -> str:
    import getpass

    return getpass.getuser()


def _meetings(ctx):
    from dialogue_planner.services.meetings import list_meetings

    return list_meetings(ctx)


def test_a_service_read_does_not_wait_for_a_service_write_in_another_thread(ctx, short_wait):
    """The application's own case: a long write on a background task, and the screen reading meanwhile."""
    from dialogue_planner.services.context import ServiceContext
    from dialogue_planner.storage.database import open_database

    add_meeting(ctx, "Beijing")
    writing, done = threading.Event(), threading.Event()
    failures = []

    def long_write():
        try:
            with ctx.write() as tx:
                add_meeting_in = tx.session.get  # noqa: F841 - the write below is what holds the lock
                from dialogue_planner.storage.models import Meeting

                tx.session.get(Meeting, 1).venue = "being written"
                tx.session.flush()  # the write lock is taken and held from here
                writing.set()
                assert done.wait(30)
        except BaseException as exc:  # noqa: BLE001 - handed to the test's thread
            failures.append(exc)

    thread = threading.Thread(target=long_write)
    thread.start()
    other_db = open_database(str(ctx.db.path))
    try:
        assert writing.wait(30)
        other = ServiceContext.connect(other_db)  # identifying the caller reads only
        assert [(m.planned_city, m.venue) for m in _meetings(other)] == [("Beijing", "")]
        with pytest.raises(DatabaseError, match="busy: another program or workstation is writing to it"):
            add_meeting(
                other,
                "Washington",
            )
    finally:
        done.set()
        thread.join(30)
        other_db.dispose()
    assert failures == []
    assert [(m.planned_city, m.venue) for m in _meetings(ctx)] == [("Beijing", "being written")]


def test_a_read_begins_deferred_and_a_write_immediate(ctx):
    """The statements SQLite receives: reads never ask for the write lock."""
    from sqlalchemy import event

    seen = []

    def remember(conn, cursor, statement, *_):
        if statement.startswith("BEGIN"):
            seen.append(statement)

    event.listen(ctx.db.engine, "before_cursor_execute", remember)
    try:
        _meetings(ctx)
        add_meeting(ctx, "Beijing")
    finally:
        event.remove(ctx.db.engine, "before_cursor_execute", remember)
    assert seen == ["BEGIN", "BEGIN IMMEDIATE"]
