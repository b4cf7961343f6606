"""The change counter (SQLite and PostgreSQL), NOTIFY on PostgreSQL, and one import at a time."""

from __future__ import annotations

import multiprocessing
import threading
import time

import pytest

from dialogue_planner.domain.errors import DatabaseError, DialogueError, PermissionDenied
from dialogue_planner.services.context import ServiceContext
from dialogue_planner.services.meetings import update_meeting
from dialogue_planner.services.workstation import change_state, exclusive_import
from dialogue_planner.storage.database import open_database
from dialogue_planner.storage.locks import operation_lock
from dialogue_planner.storage.notify import ChangeListener


def test_every_committed_write_bumps_the_counter_once(any_ctx, meeting_number):
    before = change_state(any_ctx)
    update_meeting(any_ctx, meeting_number, venue="Diaoyutai")
    after = change_state(any_ctx)
    assert after.value == before.value + 1 and after.entities == {"meeting"}
    assert after.changed_at >= before.changed_at


def test_a_refused_or_empty_write_does_not_bump(any_ctx, meeting_number):
    before = change_state(any_ctx)
    with pytest.raises(DialogueError):
        update_meeting(any_ctx, meeting_number, host="XX")
    with any_ctx.write() as tx:  # a transaction that only reads
        tx.session.connection()
    assert change_state(any_ctx).value == before.value


def test_a_second_process_sees_the_change_on_sqlite(ctx, db_url):
    """Another program on the same file reads the counter, with its own engine."""
    other = open_database(db_url)
    try:
        watcher = ServiceContext.connect(other)
        seen = change_state(watcher).value
        from datetime import date

        from dialogue_planner.services.meetings import add_meeting

        add_meeting(ctx, start=date(2016, 6, 14), host="CN", city="Beijing", today=date(2016, 1, 4))
        assert change_state(watcher).value == seen + 1
    finally:
        other.dispose()


@pytest.mark.postgres
def test_postgres_notifies_listeners_at_commit_only(pg_admin_ctx):
    from datetime import date

    from dialogue_planner.services.meetings import add_meeting

    listener = ChangeListener(pg_admin_ctx.db.url)
    try:
        assert listener.drain() == []
        with pytest.raises(DialogueError):  # rolled back: nobody hears of it
            add_meeting(
                pg_admin_ctx, start=date(2016, 6, 14), host="XX", city="Nowhere", today=date(2016, 1, 4)
            )
        assert listener.wait(0.3) == []
        add_meeting(pg_admin_ctx, start=date(2016, 6, 14), host="CN", city="Beijing", today=date(2016, 1, 4))
        assert listener.wait(5) == ["meeting"]
        assert listener.fileno() > 0 and not listener.closed
    finally:
        listener.close()
    assert listener.closed


def test_listener_needs_postgres(db_url):
    with pytest.raises(ValueError):
        ChangeListener(db_url)


# -- one import at a time ---------------------------------------------------------------------------
def _hold_lock(url: str, ready, release) -> None:
    db = open_database(url)
    with operation_lock(db, "roster-import", what="importing a roster"):
        ready.set()
        release.wait(30)
    db.dispose()


def _second_importer(any_ctx):
    """A second admin's import while another process holds the lock: a clear refusal, then success."""
    mp = multiprocessing.get_context("spawn")
    ready, release = mp.Event(), mp.Event()
    holder = mp.Process(target=_hold_lock, args=(any_ctx.db.url, ready, release))
    holder.start()
    try:
        assert ready.wait(60)
        started = time.monotonic()
        with (
            pytest.raises(DatabaseError, match="Another workstation is importing a roster") as refused,
            exclusive_import(any_ctx, wait_seconds=0.5),
        ):
            pytest.fail("the lock was not exclusive")
        assert time.monotonic() - started >= 0.4
        release.set()
        holder.join(30)
        with exclusive_import(any_ctx, wait_seconds=5):
            pass
        return str(refused.value)
    finally:
        release.set()
        holder.join(30)
        if holder.is_alive():
            holder.kill()


def test_a_second_import_is_refused_while_the_first_runs(any_ctx):
    message = _second_importer(any_ctx)
    assert "started by" in message and "Nothing was changed" in message


def test_a_waiting_importer_goes_ahead_when_the_first_finishes(ctx):
    entered, finished = [], []
    holding = threading.Event()

    def first():
        with operation_lock(ctx.db, "roster-import", what="importing a roster"):
            holding.set()
            time.sleep(0.6)  # the first import's work, while the second waits for the lock
            finished.append(time.monotonic())

    t = threading.Thread(target=first)
    t.start()
    assert holding.wait(30)  # the first import holds the lock before the second asks for it
    with operation_lock(ctx.db, "roster-import", what="importing a roster", wait_seconds=10):
        entered.append(time.monotonic())
    t.join()
    assert finished and entered and entered[0] >= finished[0]  # it went ahead only once the first was done


def _die_holding_the_lock(url: str, ready) -> None:
    import os
    import signal

    db = open_database(url)
    with operation_lock(db, "roster-import", what="importing a roster"):
        ready.set()
        os.kill(os.getpid(), signal.SIGKILL)


def test_a_crashed_importer_leaves_no_lock_behind(any_ctx):
    mp = multiprocessing.get_context("spawn")
    ready = mp.Event()
    victim = mp.Process(target=_die_holding_the_lock, args=(any_ctx.db.url, ready))
    victim.start()
    victim.join(60)
    assert ready.is_set() and victim.exitcode == -9
    with exclusive_import(any_ctx, wait_seconds=10):  # the server / the OS released it
        pass


def test_imports_back_up_a_sqlite_file_first_and_need_an_admin(ctx, tmp_path):
    with exclusive_import(ctx) as committing:
        backup = committing()
        assert backup is not None and backup.exists() and "before-import" in backup.name
    assert backup.exists()
    with exclusive_import(ctx):  # never about to commit: changed nothing, so its copy goes
        pass
    assert [p.name for p in backup.parent.glob("*.sqlite*")] == [backup.name]
    viewer = ServiceContext(ctx.db, ctx.user.__class__(0, "v", "v", "viewer", True), ctx.dialogue_id)
    with pytest.raises(PermissionDenied), exclusive_import(viewer):
        pass
