"""Fault injection: a full disk (a real small file system, and an OSError(ENOSPC) injected at the write), a
read-only file, a read-only folder and a read-only file system, a database locked by a writer. Each
gets its own message (a full disk never says that the file may be damaged), reads go on where they can,
and nothing is lost.

The real file systems are made in a user namespace (``unshare -Urm``: a tmpfs, a read-only bind mount),
where the machine allows it; root (who may write any file) runs the read-only cases as ``nobody``."""

from __future__ import annotations

import errno
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import event

from dialogue_planner.domain.errors import DatabaseError
from dialogue_planner.storage import backup as backup_module
from dialogue_planner.storage import faults

from .helpers import (
    add_meeting,
    as_other_login,
    assert_one_line_error,
    can_drop_privileges,
    child_env,
    cities,
    digest,
    listing,
    namespace_works,
    run,
)

CHILD = Path(__file__).with_name("commands_child.py")
WASHINGTON = ["--date", "2016-12-07", "--host", "US", "--city", "Washington"]
NEVER_SAID = ("damaged", "restore a backup", "restore the latest backup", "Traceback", "internal error")
posix_only = pytest.mark.skipif(sys.platform == "win32", reason="file modes and namespaces are POSIX")


def run_steps(steps, env, prefix=()) -> list[dict]:
    done = subprocess.run(
        [*prefix, sys.executable, str(CHILD), json.dumps([[str(a) for a in s] for s in steps])],
        capture_output=True,
        text=True,
        env=env,
        timeout=600,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout)


def assert_refused_for(result: dict, *fragments: str) -> None:
    assert result["code"] == 1, result
    assert_one_line_error(result["err"], *fragments)
    for wrong in NEVER_SAID:
        assert wrong not in result["err"], result["err"]


def assert_ok(result: dict, *fragments: str) -> None:
    assert (result["code"], result["err"]) == (0, ""), result
    for fragment in fragments:
        assert fragment in result["out"], result


@pytest.fixture
def world():
    """A folder every login may enter (pytest's own temporary folders are private to their owner)."""
    folder = Path(tempfile.mkdtemp(prefix="dp-safety-"))
    folder.chmod(0o755)
    for name in ("home", "out"):
        (folder / name).mkdir()
        (folder / name).chmod(0o777)
    yield folder
    for root, dirs, _files in os.walk(folder):
        for d in dirs:
            os.chmod(os.path.join(root, d), 0o755)
    shutil.rmtree(folder)


def make_database(path: Path) -> None:
    from dialogue_planner.services.context import ServiceContext
    from dialogue_planner.services.setup import initialise
    from dialogue_planner.storage.database import open_database

    path.parent.mkdir(parents=True, exist_ok=True)
    db = open_database(path)
    try:
        ctx = ServiceContext.connect(db)
        initialise(ctx)
        add_meeting(ctx, "Beijing")
    finally:
        db.dispose()


# -- read-only file, folder, file system --------------------------------------------------------------
READ_ONLY = {
    "a read-only file": (
        0o777,
        0o444,
        "your login may not write the file dialogue.sqlite (permission denied)",
    ),
    "a read-only folder": (0o555, 0o666, "your login may not create files in"),
}


@posix_only
@pytest.mark.parametrize("case", sorted(READ_ONLY))
def test_a_read_only_database_is_read_and_refuses_changes_with_the_reason(world, case):
    if not can_drop_privileges():
        pytest.skip("running as root without setpriv: no login that may not write")
    folder_mode, file_mode, reason = READ_ONLY[case]
    path = world / "db" / "dialogue.sqlite"
    make_database(path)
    path.chmod(file_mode)
    path.parent.chmod(folder_mode)
    before = digest(path), listing(path.parent)
    copy = world / "out" / "copy.sqlite"

    listed, info, added, backed_up, restored = run_steps(
        [
            ["--db", path, "meetings", "list"],
            ["--db", path, "info"],
            ["--db", path, "meetings", "add", *WASHINGTON],
            ["--db", path, "db", "backup", copy],
            ["--db", path, "db", "restore", copy],
        ],
        child_env(world / "home"),
        prefix=as_other_login([]),
    )

    assert_ok(listed, "Beijing")
    assert_ok(info, "1 meetings")
    assert_refused_for(added, reason, "Nothing was changed; you can still read it")
    assert_ok(backed_up)
    assert cities(copy) == ["Beijing"]
    assert_refused_for(restored, reason)
    assert (digest(path), listing(path.parent)) == before  # nothing written, no -wal or -shm created


@posix_only
def test_a_read_only_file_system_is_read_and_refuses_changes_with_the_reason(world):
    if not namespace_works():
        pytest.skip("no user namespaces here: cannot mount a read-only file system without privileges")
    path = world / "db" / "dialogue.sqlite"
    make_database(path)
    before = digest(path), listing(path.parent)
    script = 'mount --bind "$1" "$1" && mount -o remount,bind,ro "$1" && shift && exec "$@"'
    mount_read_only = ["unshare", "-Urm", "sh", "-c", script, "sh", str(path.parent)]
    listed, added, backed_up = run_steps(
        [
            ["--db", path, "meetings", "list"],
            ["--db", path, "meetings", "add", *WASHINGTON],
            ["--db", path, "db", "backup", world / "out" / "copy.sqlite"],
        ],
        child_env(world / "home"),
        prefix=mount_read_only,
    )
    assert_ok(listed, "Beijing")
    assert_refused_for(added, f"the file system holding {path.parent} is mounted read-only")
    assert_ok(backed_up)
    assert (digest(path), listing(path.parent)) == before


# -- a full disk ----------------------------------------------------------------------------------------
@posix_only
def test_a_full_disk_says_so_reads_go_on_and_nothing_is_lost(world):
    """A real 4 MB file system: first nearly full (a big write fails as it runs out of space), then full
    (no write can start; reads still work, and a backup to another disk), then freed."""
    if not namespace_works():
        pytest.skip("no user namespaces here: cannot mount a small file system without privileges")
    disk = world / "disk"
    disk.mkdir()
    path = disk / "dialogue.sqlite"
    small_disk = [
        "unshare",
        "-Urm",
        "sh",
        "-c",
        'mount -t tmpfs -o size=4m tmpfs "$1" && shift && exec "$@"',
        "sh",
        str(disk),
    ]
    steps = [
        ["--db", path, "init"],
        ["--db", path, "meetings", "add", "--date", "2016-06-14", "--host", "CN", "--city", "Beijing"],
        ["@fill", disk, 1_500_000],
        ["@big-write", path],  # runs out of space half-way
        ["--db", path, "meetings", "list"],
        ["@fill", disk, 0],
        ["--db", path, "meetings", "list"],  # a read on a full disk
        ["--db", path, "info"],
        ["--db", path, "meetings", "add", *WASHINGTON],  # a write on a full disk
        ["--db", path, "db", "backup", world / "out" / "copy.sqlite"],  # to another disk: fine
        ["--db", path, "db", "backup", disk / "copy.sqlite"],  # to the full one: refused
        ["--db", path, "db", "restore", world / "out" / "copy.sqlite"],
        ["@free", disk],
        ["--db", path, "meetings", "add", *WASHINGTON],
        ["--db", path, "meetings", "list"],
    ]
    done = run_steps(steps, child_env(world / "home"), prefix=small_disk)
    (
        init,
        first,
        _,
        big,
        listed_nearly,
        _,
        listed_full,
        info,
        added_full,
        backup_elsewhere,
        backup_here,
        restore_full,
        _,
        added_after,
        listed_after,
    ) = done
    assert_ok(init)
    assert_ok(first)
    assert_refused_for(big, "is full", "Free some space, then try again; nothing was lost")
    assert_ok(listed_nearly, "Beijing")
    assert_ok(listed_full, "Beijing")
    assert_ok(info, "1 meetings")
    assert_refused_for(
        added_full, "the disk holding", "is full", "Nothing was changed; you can still read it"
    )
    assert_ok(backup_elsewhere)
    assert cities(world / "out" / "copy.sqlite") == ["Beijing"]
    assert_refused_for(
        backup_here, f"Cannot write the copy {disk / 'copy.sqlite'}: the disk holding {disk} is full"
    )
    assert_refused_for(restore_full, "the disk holding", "is full")
    assert_ok(added_after)
    assert_ok(listed_after, "Beijing", "Washington")
    assert "xxxxxxxx" not in listed_after["out"]


def test_a_full_disk_at_the_backup_write_is_a_known_error_and_leaves_no_file(
    ctx, tmp_path, capsys, monkeypatch
):
    """The same on any machine: OSError(ENOSPC) injected where the backup writes its copy."""
    add_meeting(ctx, "Beijing")
    real = backup_module._copy

    def half_then_full(src, destination):
        partial = backup_module.partial_of(destination)
        partial.write_bytes(b"SQLite format 3\x00" + b"\0" * 4000)  # half a copy ...
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))  # ... when the disk fills

    monkeypatch.setattr(backup_module, "_copy", half_then_full)
    target = tmp_path / "out" / "copy.sqlite"
    code, _, err = run(capsys, "--db", ctx.db.path, "db", "backup", target)
    assert code == 1
    assert_one_line_error(err, f"Cannot write the copy {target}: the disk is full. Nothing was changed.")
    monkeypatch.setattr(backup_module, "_copy", real)
    assert run(capsys, "--db", ctx.db.path, "db", "backup", target)[0] == 0  # the half copy does not stop it
    assert not list(target.parent.glob("*.partial*")) and cities(target) == ["Beijing"]


def test_a_full_disk_during_a_restore_changes_nothing(ctx, tmp_path, capsys, monkeypatch):
    add_meeting(ctx, "Beijing")
    good = tmp_path / "good.sqlite"
    assert run(capsys, "--db", ctx.db.path, "db", "backup", good)[0] == 0
    add_meeting(ctx, "Shanghai")

    def full(src, destination):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(backup_module, "_copy", full)
    code, _, err = run(capsys, "--db", ctx.db.path, "db", "restore", good)
    assert code == 1
    assert_one_line_error(err, "the disk is full")
    assert cities(ctx.db.path) == ["Beijing", "Shanghai"]
    assert listing(tmp_path / "backups") == []


def test_sqlite_reporting_a_full_database_is_told_as_such_and_the_write_is_undone(ctx):
    """SQLITE_FULL itself (a page limit stands in for the disk): the write is refused whole."""
    add_meeting(ctx, "Beijing")

    @event.listens_for(ctx.db.engine, "connect")
    def _small(dbapi_connection, _record):
        pages = dbapi_connection.execute("PRAGMA page_count").fetchone()[0]
        dbapi_connection.execute(f"PRAGMA max_page_count = {pages + 2}")

    ctx.db.engine.dispose()
    from sqlalchemy import text

    with pytest.raises(DatabaseError) as caught, ctx.write() as tx:
        tx.session.execute(text("UPDATE meeting SET notes = :n"), {"n": "x" * 200_000})
    message = caught.value.message
    assert "full" in message and "nothing was lost" in message
    assert not any(wrong in message for wrong in NEVER_SAID)
    event.remove(ctx.db.engine, "connect", _small)
    ctx.db.engine.dispose()
    assert cities(ctx.db.path) == ["Beijing"] and rows_notes(ctx.db.path) == [""]


def rows_notes(path):
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return [r[0] for r in con.execute("SELECT notes FROM meeting")]
    finally:
        con.close()


# -- the diagnosis, cause by cause ----------------------------------------------------------------------
def _sqlite_error(code: int, text: str) -> sqlite3.OperationalError:
    exc = sqlite3.OperationalError(text)
    exc.sqlite_errorcode = code
    return exc


IOERR_SHMSIZE, IOERR_WRITE, READONLY_DIRECTORY = 4874, 778, 1544


@pytest.mark.parametrize(
    ("code", "text", "disk", "expected"),
    [
        (IOERR_SHMSIZE, "disk I/O error", {"free": 0}, "the disk holding {folder} is full (0 bytes free)"),
        (
            IOERR_WRITE,
            "disk I/O error",
            {"read_only_fs": True},
            "the file system holding {folder} is mounted read-only",
        ),
        (
            READONLY_DIRECTORY,
            "attempt to write a readonly database",
            {"folder_writable": False},
            "your login may not create files in {folder} (permission denied)",
        ),
        (
            8,
            "attempt to write a readonly database",
            {"file_writable": False},
            "your login may not write the file x.sqlite (permission denied)",
        ),
        (13, "database or disk is full", {}, "its disk is full"),
        (IOERR_WRITE, "disk I/O error", {}, "The disk reported an error reading or writing"),
        (5, "database is locked", {}, "is busy: another program or workstation is writing to it"),
    ],
)
def test_each_cause_gets_its_own_message_never_the_advice_to_restore(
    tmp_path, monkeypatch, code, text, disk, expected
):
    path = tmp_path / "x.sqlite"
    path.write_bytes(b"")
    monkeypatch.setattr(faults, "free_bytes", lambda folder: disk.get("free", 10**10))
    monkeypatch.setattr(faults, "read_only_filesystem", lambda folder: disk.get("read_only_fs", False))
    real_access = os.access

    def access(p, mode):
        if mode == os.W_OK and Path(p) == path:
            return disk.get("file_writable", True)
        if mode == os.W_OK and Path(p) == tmp_path:
            return disk.get("folder_writable", True)
        return real_access(p, mode)

    monkeypatch.setattr(faults.os, "access", access)
    message = faults.explain(_sqlite_error(code, text), "DB", path=path).message
    assert expected.format(folder=tmp_path) in message
    assert "\n" not in message and not any(wrong in message for wrong in NEVER_SAID)


def test_damage_alone_gets_the_advice_to_restore():
    message = faults.explain(_sqlite_error(11, "database disk image is malformed"), "DB").message
    assert (
        "is damaged (database disk image is malformed)" in message and "restore the latest backup" in message
    )


def test_without_sqlites_error_code_the_message_text_tells_the_cause(tmp_path, monkeypatch):
    """Python before 3.11 reports no error code: SQLite's fixed texts stand in for it."""
    monkeypatch.setattr(faults, "free_bytes", lambda folder: 0)
    path = tmp_path / "x.sqlite"
    assert "is full" in faults.explain(sqlite3.OperationalError("disk I/O error"), "DB", path=path).message
    assert "is damaged" in faults.explain(sqlite3.DatabaseError("file is not a database"), "DB").message


def test_the_service_refuses_a_write_to_a_read_only_database_before_it_begins(tmp_path):
    """Identifying the caller only reads; the write is refused with the reason, before any BEGIN."""
    from dialogue_planner.services.context import ServiceContext
    from dialogue_planner.storage.database import open_database

    path = tmp_path / "ro.sqlite"
    make_database(path)
    db = open_database(path)
    db.read_only = True  # as open_database decides for a file it may not write
    try:
        ctx = ServiceContext.connect(db)
        with pytest.raises(
            DatabaseError, match="Cannot save in .*Nothing was changed; you can still read it"
        ):
            add_meeting(ctx, "Washington", date(2016, 12, 7))
    finally:
        db.dispose()
