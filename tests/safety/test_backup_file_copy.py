"""The import's backup copies the database file itself when the file is proven to be the backup's snapshot,
and page by page otherwise; either way the copy holds the database as it was when the backup began, even
while others commit, and checkpoint, during the copy."""

from __future__ import annotations

import os
import sqlite3
import tempfile
from contextlib import contextmanager
from pathlib import Path
from unittest import mock

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dialogue_planner.storage import backup as backup_module

ROW = b"x" * 1000  # a thousand rows fill about 250 pages: enough to make the log checkpoint by itself


def _database(folder: Path) -> Path:
    path = folder / "live.sqlite"
    con = sqlite3.connect(path, isolation_level=None)
    con.execute("PRAGMA journal_mode = WAL")
    con.execute("CREATE TABLE item (payload BLOB)")
    con.close()
    return path


def _commit(path: Path, rows: int) -> None:
    con = sqlite3.connect(path, isolation_level=None)
    try:
        con.execute("PRAGMA wal_autocheckpoint = 100")  # writers checkpoint often, as a busy workstation's do
        con.execute("BEGIN IMMEDIATE")
        con.executemany("INSERT INTO item VALUES (?)", [(ROW,)] * rows)
        con.execute("COMMIT")
    finally:
        con.close()


def _rows(path: Path) -> int:
    con = sqlite3.connect(path)
    try:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        return con.execute("SELECT count(*) FROM item").fetchone()[0]
    finally:
        con.close()


@contextmanager
def _copies_counted():
    """Which way each copy went, with the real copies still made."""
    ways: list[str] = []
    real_file, real_pages = backup_module._copied_whole, backup_module._copy_pages

    def as_file(source, target):
        ways.append("file")
        return real_file(source, target)

    def by_pages(src, tmp):
        ways.append("pages")
        return real_pages(src, tmp)

    with (
        mock.patch.object(backup_module, "_copied_whole", as_file),
        mock.patch.object(backup_module, "_copy_pages", by_pages),
    ):
        yield ways


def test_a_database_whose_log_is_all_checkpointed_is_copied_as_a_file(tmp_path):
    live = _database(tmp_path)
    _commit(live, 300)
    with _copies_counted() as ways:
        made = backup_module.BackgroundBackup(live, "test").wait()
    assert ways == ["file"]
    assert _rows(made) == 300
    assert not list(made.parent.glob("*.partial"))


def test_a_commit_and_a_checkpoint_during_the_file_copy_are_not_in_it(tmp_path):
    """The copy's open read transaction keeps every checkpoint out of the file while the file is copied."""
    live = _database(tmp_path)
    _commit(live, 200)
    real = backup_module._copied_whole

    def others_first(source, target):
        _commit(live, 1500)  # over the autocheckpoint's pages: this writer checkpoints as it commits
        con = sqlite3.connect(live, isolation_level=None)
        con.execute("PRAGMA wal_checkpoint(PASSIVE)")
        con.close()
        return real(source, target)

    with _copies_counted() as ways, mock.patch.object(backup_module, "_copied_whole", others_first):
        made = backup_module.BackgroundBackup(live, "test").wait()
    assert _rows(made) == 200 and _rows(live) == 1700
    assert ways == []  # (the counting wrapper was replaced by others_first: the file copy was taken)


def test_a_log_a_reader_holds_back_is_copied_page_by_page(tmp_path):
    """An older reader keeps the checkpoint from copying the newest commits into the file: the file is not
    the backup's snapshot, so the backup API copies what the snapshot reads."""
    live = _database(tmp_path)
    _commit(live, 100)
    reader = sqlite3.connect(live, isolation_level=None)
    reader.execute("BEGIN")
    reader.execute("SELECT count(*) FROM item").fetchone()
    _commit(live, 50)  # after the reader began: held in the log
    try:
        with _copies_counted() as ways:
            made = backup_module.BackgroundBackup(live, "test").wait()
    finally:
        reader.close()
    assert ways == ["pages"]
    assert _rows(made) == 150


STEPS = st.lists(
    st.one_of(
        st.tuples(st.just("commit"), st.integers(1, 400)),
        st.tuples(st.just("reader"), st.just(0)),
        st.tuples(st.just("end reader"), st.just(0)),
        st.tuples(st.just("checkpoint"), st.sampled_from(["PASSIVE", "TRUNCATE"])),
    ),
    max_size=8,
)


@settings(max_examples=25, deadline=None)
@given(before=STEPS, during=st.lists(st.integers(1, 1500), max_size=2))
def test_whichever_way_it_copies_the_backup_is_the_database_as_it_began(before, during):
    """Any history of commits, readers and checkpoints before the backup, and commits while it copies."""
    with tempfile.TemporaryDirectory() as folder:
        live = _database(Path(folder))
        readers: list[sqlite3.Connection] = []
        committed = 0
        try:
            for step, value in before:
                if step == "commit":
                    _commit(live, value)
                    committed += value
                elif step == "reader":
                    reader = sqlite3.connect(live, isolation_level=None)
                    reader.execute("BEGIN")
                    reader.execute("SELECT count(*) FROM item").fetchone()
                    readers.append(reader)
                elif step == "end reader" and readers:
                    readers.pop(0).close()
                elif step == "checkpoint":
                    con = sqlite3.connect(live, isolation_level=None, timeout=0)
                    con.execute(f"PRAGMA wal_checkpoint({value})").fetchone()
                    con.close()
            real_file, real_pages = backup_module._copied_whole, backup_module._copy_pages

            def meanwhile() -> None:
                for rows in during:
                    _commit(live, rows)

            def as_file(source, target):
                meanwhile()
                return real_file(source, target)

            def by_pages(src, tmp):
                meanwhile()
                return real_pages(src, tmp)

            with (
                mock.patch.object(backup_module, "_copied_whole", as_file),
                mock.patch.object(backup_module, "_copy_pages", by_pages),
            ):
                made = backup_module.BackgroundBackup(live, "test").wait()
        finally:
            for reader in readers:
                reader.close()
        assert _rows(made) == committed
        assert _rows(live) == committed + sum(during)


def _locks_held(path: Path) -> list[str]:
    """This process's POSIX locks on ``path`` (Linux's /proc/locks)."""
    inode = f":{path.stat().st_ino} "
    pid = f" {os.getpid()} "
    return [line for line in Path("/proc/locks").read_text().splitlines() if pid in line and inode in line]


@pytest.mark.skipif(not Path("/proc/locks").exists(), reason="Linux lists the locks it holds in /proc/locks")
def test_copying_the_file_keeps_every_lock_sqlite_holds_on_it(tmp_path):
    """The file is copied by a child process: a descriptor of our own, closed, would drop them all."""
    live = _database(tmp_path)
    _commit(live, 10)
    reader = sqlite3.connect(live, isolation_level=None)
    try:
        reader.execute("SELECT count(*) FROM item").fetchone()  # a WAL connection locks the file while open
        held = _locks_held(live)
        assert held
        with _copies_counted() as ways:
            backup_module.BackgroundBackup(live, "test").wait()
        assert ways == ["file"]
        assert _locks_held(live) == held
    finally:
        reader.close()


def test_a_file_copy_that_fails_is_made_page_by_page_instead(tmp_path, monkeypatch):
    live = _database(tmp_path)
    _commit(live, 20)

    def broken(*_args, **_kwargs):
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(backup_module.subprocess, "run", broken)
    monkeypatch.setattr(backup_module.shutil, "copyfile", broken)
    with _copies_counted() as ways:
        made = backup_module.BackgroundBackup(live, "test").wait()
    assert ways == ["file", "pages"]
    assert _rows(made) == 20


def _checkpointed(path: Path) -> tuple[int, int]:
    """Frames in the log, and how many of them are in the database file (a passive checkpoint's answer:
    it copies what no reader holds back first)."""
    con = sqlite3.connect(path, isolation_level=None)
    try:
        _busy, in_log, copied = con.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
        return in_log, copied
    finally:
        con.close()


def _rows_in_the_file_alone(path: Path, folder: Path) -> int:
    """The rows of the database file without its log (no connection of this process is open)."""
    alone = folder / "alone.sqlite"
    alone.write_bytes(path.read_bytes())
    return _rows(alone)


def test_a_held_snapshot_leaves_the_commits_checkpoint_to_the_backups_thread(tmp_path):
    """Held (as an import holds it until its commit), the backup's snapshot keeps the commit's automatic
    checkpoint from copying anything into the file; released, the backup's thread copies the log in."""
    live = _database(tmp_path)
    _commit(live, 10)
    pending = backup_module.BackgroundBackup(live, "test", hold=True)
    made = pending.wait()
    _commit(live, 1000)  # over the autocheckpoint's pages: unheld, this writer would checkpoint at its commit
    in_log, copied = _checkpointed(live)
    assert in_log > 100 and copied == 0
    pending.join()  # released: the thread ends the snapshot and checkpoints
    (folder := tmp_path / "alone").mkdir()
    assert _rows_in_the_file_alone(live, folder) == 1010
    assert _rows(made) == 10 and _rows(live) == 1010


def test_an_unheld_snapshot_ends_with_the_copy(tmp_path):
    live = _database(tmp_path)
    _commit(live, 10)
    backup_module.BackgroundBackup(live, "test").wait()
    _commit(live, 1000)
    in_log, copied = _checkpointed(live)
    assert copied == in_log


@pytest.mark.parametrize("command", backup_module.FILE_COPIES, ids=lambda command: " ".join(command[:2]))
def test_each_way_of_copying_the_file_copies_it_to_the_byte(tmp_path, command):
    """Each child that may copy the file (a clone, dd past the page cache, cp) copies it whole: here a file
    of several of dd's 8 MiB blocks and a part of one."""
    live = _database(tmp_path)
    _commit(live, 9_000)
    assert live.stat().st_size % (8 * 2**20)
    copy = tmp_path / "copy.sqlite"
    if not backup_module._run_copy(command, live, copy):
        assert not copy.exists()
        pytest.skip(f"{command[0]} cannot copy this way on this file system")  # a clone on ext4, say
    assert copy.read_bytes() == live.read_bytes()


def test_a_way_of_copying_that_fails_half_way_leaves_nothing_for_the_next(tmp_path, monkeypatch):
    """Every way but the last fails after writing part of the copy: each is tried in turn on a clean
    slate, and the last one's copy is the file."""
    live = _database(tmp_path)
    _commit(live, 300)
    tmp = backup_module.partial_of(tmp_path / "copy.sqlite")
    real_run = backup_module.subprocess.run
    tried: list[tuple[str, ...]] = []

    def run(args, **kwargs):
        tried.append(tuple(args))
        assert not tmp.exists(), "an earlier attempt's part was left behind"
        if len(tried) < len(backup_module.FILE_COPIES):
            tmp.write_bytes(b"half a copy")
            raise backup_module.subprocess.CalledProcessError(1, args)
        return real_run(args, **kwargs)

    monkeypatch.setattr(backup_module.subprocess, "run", run)
    assert backup_module._copied_whole(live, tmp)
    assert [args[0] for args in tried] == [command[0] for command in backup_module.FILE_COPIES]
    assert tmp.read_bytes() == live.read_bytes()
