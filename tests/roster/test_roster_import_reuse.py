"""Applying a previewed file reuses the preview's plan only while the stored rows are those it was matched
against; the plan lives as long as its preview; the import's backup, copied while the import works, still
holds the database as it was and still stops the import when it fails."""

from __future__ import annotations

import gc
import sqlite3
import threading

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select, text

from dialogue_planner.domain.errors import DialogueError
from dialogue_planner.services import roster_import as ri
from dialogue_planner.services.agencies import list_agencies
from dialogue_planner.services.roster import (
    add_delegate,
    list_delegates,
    set_delegate_active,
    update_delegate,
)
from dialogue_planner.services.roster_import import plan as ri_plan
from dialogue_planner.storage import backup as backup_module
from dialogue_planner.storage.models import AuditEntry, Delegate, RosterImport

from .helpers import FILE, SEED, backup_threads_end, csv_data, opts


def by_name(ctx):
    return {d.family_name: d for d in list_delegates(ctx)}


def counts(ctx):
    with ctx.read() as s:
        return tuple(
            s.scalar(select(func.count()).select_from(m)) for m in (Delegate, AuditEntry, RosterImport)
        )


def _seeded(ctx):
    assert ri.apply_import(ctx, csv_data(SEED), opts(file_name="seed.csv")).created == 2
    return ri.preview_import(ctx, csv_data(FILE), opts())


def test_applying_what_was_previewed_reuses_the_preview_plan(any_ctx, monkeypatch):
    preview = _seeded(any_ctx)
    assert (preview.counts["new"], preview.counts["changed"], preview.counts["unchanged"]) == (2, 1, 1)

    def matched_again(*_args, **_kwargs):
        raise AssertionError("the file was read or matched again")

    monkeypatch.setattr(ri_plan, "read_roster", matched_again)
    monkeypatch.setattr(ri_plan, "plan_roster", matched_again)
    result = ri.apply_import(any_ctx, csv_data(FILE), opts())
    assert (result.ok, result.created, result.updated, result.unchanged) == (True, 2, 1, 1)
    assert by_name(any_ctx)["Zhang"].title == "Vice Minister"
    with pytest.raises(AssertionError, match="matched again"):  # other options: another plan
        ri.apply_import(any_ctx, csv_data(FILE), opts(mode="replace", agency="MPS"))


def _edit_title(ctx):
    zhang = by_name(ctx)["Zhang"]
    update_delegate(ctx, zhang.id, {"title": "Vice Minister"}, expected_version=zhang.version)


def _deactivate(ctx):
    li = by_name(ctx)["Li"]
    set_delegate_active(ctx, li.id, False, expected_version=li.version)


def _add_same_person(ctx):
    dhs = next(a for a in list_agencies(ctx) if a.acronym == "DHS")
    add_delegate(
        ctx, {"agency_id": dhs.id, "family_name": "Smith", "given_name": "Anna", "external_id": "US-1"}
    )


def _raw_sql(statement):
    def edit(ctx):  # a change that no service made (another program, a restored backup): no change counter
        with ctx.db.engine.begin() as conn:
            conn.execute(text(statement))

    return edit


EDITS = {
    # what changed between preview and apply -> (created, updated, unchanged) of the apply, or the errors
    "delegate edited": (_edit_title, (2, 0, 2)),
    "delegate deactivated": (_deactivate, (2, 2, 0)),
    "same person added": (_add_same_person, (1, 2, 1)),
    "delegate edited outside the services": (
        _raw_sql("UPDATE delegate SET title = 'Retired' WHERE family_name = 'Li'"),
        (2, 2, 0),
    ),
    "delegate removed outside the services": (
        _raw_sql("DELETE FROM delegate WHERE family_name = 'Li'"),
        (3, 1, 0),
    ),
    "agency renamed outside the services": (
        _raw_sql("UPDATE agency SET name_en = 'Bureau' WHERE name_en = 'Federal Bureau of Investigation'"),
        [(5, "Agency")],
    ),
}


@pytest.mark.parametrize("edit", list(EDITS))
def test_a_change_between_preview_and_apply_is_matched_afresh(any_ctx, edit):
    change, expected = EDITS[edit]
    preview = _seeded(any_ctx)
    change(any_ctx)
    result = ri.apply_import(any_ctx, csv_data(FILE), opts())
    if isinstance(expected, list):
        assert not result.ok and [(e.row, e.column) for e in result.errors] == expected
    else:
        assert result.ok and (result.created, result.updated, result.unchanged) == expected
        stored = by_name(any_ctx)
        assert stored["Zhang"].title == "Vice Minister" and stored["Li"].active
        assert sum(d.external_id == "US-1" for d in list_delegates(any_ctx)) == 1
    assert preview.counts["new"] == 2  # the preview itself is what it was


def test_the_delegates_matched_are_read_in_full_a_chunk_of_ids_at_a_time(any_ctx, monkeypatch):
    """One id a query: the same plan, and a change between preview and apply is still seen."""
    monkeypatch.setattr(ri_plan, "_IDS_AT_ONCE", 1)
    preview = _seeded(any_ctx)
    assert (preview.counts["new"], preview.counts["changed"], preview.counts["unchanged"]) == (2, 1, 1)
    EDITS["delegate edited outside the services"][0](any_ctx)
    result = ri.apply_import(any_ctx, csv_data(FILE), opts())
    assert (result.ok, result.created, result.updated, result.unchanged) == (True, 2, 2, 0)


def test_the_plan_goes_with_its_preview(ctx):
    data = csv_data(FILE)
    key = ri_plan._memo_key(data, opts())
    preview = ri.preview_import(ctx, data, opts())
    assert ri_plan._PLANS.get(key) is not None
    del preview
    gc.collect()
    assert ri_plan._PLANS.get(key) is None


def test_the_collector_is_held_off_only_while_importing(ctx, monkeypatch):
    seen = []
    real = ri_plan.plan_roster

    def plan(*args, **kwargs):
        seen.append(gc.isenabled())
        return real(*args, **kwargs)

    monkeypatch.setattr(ri_plan, "plan_roster", plan)
    gc.unfreeze()
    ri.preview_import(ctx, csv_data(FILE), opts())
    kept = gc.get_freeze_count()  # the preview is kept (until applied): the collector need not walk it
    ri.apply_import(ctx, csv_data(FILE[:1]), opts())
    assert 0 < gc.get_freeze_count() <= kept  # the apply freezes nothing (what it let go is freed)
    gc.unfreeze()
    assert seen == [False, False] and gc.isenabled()
    with pytest.raises(Exception, match="Missing required column"):
        ri.apply_import(ctx, b"Side,Agency\nCN,MPS\n", opts())
    assert gc.isenabled()


def _delegates_in(path) -> int:
    con = sqlite3.connect(path)
    try:
        return con.execute("SELECT count(*) FROM delegate").fetchone()[0]
    finally:
        con.close()


def test_the_backup_holds_the_database_as_it_was_when_it_began(ctx, monkeypatch):
    """The copy runs beside the caller's work; what is committed meanwhile is not in it."""
    began, go_on = threading.Event(), threading.Event()
    real = backup_module._copy

    def held_back(src, destination, source=None):
        began.set()
        assert go_on.wait(10)
        real(src, destination, source)

    monkeypatch.setattr(backup_module, "_copy", held_back)
    before = counts(ctx)[0]
    pending = backup_module.BackgroundBackup(ctx.db.path, "test")
    assert began.wait(10)
    _add_same_person(ctx)  # committed while the copy waits
    go_on.set()
    made = pending.wait()
    assert _delegates_in(made) == before and counts(ctx)[0] == before + 1


def test_the_import_waits_for_its_backup_and_the_backup_precedes_it(ctx, monkeypatch):
    real = backup_module._copy
    copied = []

    def slow(src, destination, source=None):
        copied.append(destination)
        real(src, destination, source)

    monkeypatch.setattr(backup_module, "_copy", slow)
    before = counts(ctx)[0]
    assert ri.apply_import(ctx, csv_data(FILE), opts()).created == 4
    assert len(copied) == 1 and copied[0].exists()
    assert not list(copied[0].parent.glob("*.partial"))
    assert _delegates_in(copied[0]) == before
    backup_threads_end()  # its snapshot, held until the import committed, is let go


def test_an_import_whose_backup_fails_changes_nothing(ctx, monkeypatch):
    def disk_full(src, destination, source=None):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(backup_module, "_copy", disk_full)
    before = counts(ctx)
    with pytest.raises(DialogueError, match="the disk is full"):  # a known error, not a bug
        ri.apply_import(ctx, csv_data(FILE), opts())
    assert counts(ctx) == before
    backup_threads_end()
    monkeypatch.undo()
    assert ri.apply_import(ctx, csv_data(FILE), opts(), wait_seconds=0).created == 4  # the lock was let go


_CELLS = st.tuples(
    st.sampled_from([("CN", "MPS"), ("CN", "MSS"), ("US", "DHS"), ("XX", "MPS")]),
    st.sampled_from(["Zhang", "Li", "ZHANG"]),
    st.sampled_from(["", "Wei"]),
    st.sampled_from(["", "Director", "Minister"]),
    st.sampled_from(["", "a@x.example", "b@x.example"]),
    st.sampled_from(["", "E-1", "E-2"]),
)
_CHANGES = ["nothing", "apply the file", "retitle", "deactivate", "delete", "add", "rename an agency"]


def _change_stored_rows(ctx, change: str, pick: int, data: bytes) -> None:
    delegates = list_delegates(ctx)
    victim = delegates[pick % len(delegates)] if delegates else None
    if change == "apply the file":
        ri.apply_import(ctx, data, opts(file_name="other.csv"), skip_invalid=True)
    elif change == "add":
        _raw_sql(
            "INSERT INTO delegate (agency_id, family_name, given_name, native_name, title, email, phone, "
            "notes, active, version, created_at, updated_at) SELECT id, 'Li', '', '', '', 'b@x.example', '', "
            "'', 1, 1, '2026-01-01 00:00:00', '2026-01-01 00:00:00' FROM agency WHERE acronym = 'MPS'"
        )(ctx)
    elif change == "rename an agency":
        _raw_sql("UPDATE agency SET acronym = 'MSZ' WHERE acronym = 'MSS'")(ctx)
    elif victim is not None and change == "retitle":
        _raw_sql(f"UPDATE delegate SET title = 'Minister', version = version + 1 WHERE id = {victim.id}")(ctx)
    elif victim is not None and change == "deactivate":
        _raw_sql(f"UPDATE delegate SET active = {0 if victim.active else 1} WHERE id = {victim.id}")(ctx)
    elif victim is not None and change == "delete":
        _raw_sql(f"DELETE FROM delegate WHERE id = {victim.id}")(ctx)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    rows=st.lists(_CELLS, min_size=1, max_size=6),
    stored=st.lists(_CELLS, max_size=4),
    change=st.sampled_from(_CHANGES),
    pick=st.integers(0, 50),
    mode=st.sampled_from(["update", "replace"]),
)
def test_the_plan_reused_is_the_plan_made_afresh(ctx, rows, stored, change, pick, mode):
    """Whatever changed in between (or nothing), applying gets the plan a fresh matching would make."""
    _raw_sql("DELETE FROM delegate")(ctx)  # every example starts from its own stored rows
    _raw_sql("UPDATE agency SET acronym = 'MSS' WHERE acronym = 'MSZ'")(ctx)
    if stored:
        ri.apply_import(
            ctx,
            csv_data([[side, agency, *rest] for (side, agency), *rest in stored]),
            opts(file_name="stored.csv"),
            skip_invalid=True,
        )
    data = csv_data([[side, agency, *rest] for (side, agency), *rest in rows])
    options = opts(mode=mode, agency="MPS" if mode == "replace" else None)
    try:
        preview = ri.preview_import(ctx, data, options)
    except DialogueError:
        return  # the file or the options are refused before any plan is made
    _change_stored_rows(ctx, change, pick, data)
    with ctx.read() as session:
        try:
            fresh = ri_plan._build(session, data, options)
        except DialogueError:
            return  # e.g. the agency to replace was renamed away: applying raises the same
        reused = ri_plan._build(session, data, options, ri_plan._memo_key(data, options))
    assert (reused.plan, reused.issues, reused.scope_agency) == (fresh.plan, fresh.issues, fresh.scope_agency)
    assert (reused is preview._plan) == (
        fresh.stored == preview._plan.stored
    )  # reused exactly when unchanged
    assert reused is preview._plan or change != "nothing"
