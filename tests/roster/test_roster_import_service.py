"""Import on a real database (SQLite and PostgreSQL): preview, apply all-or-nothing, replace, undo."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from dialogue_planner.cli.json_shapes import import_result_json
from dialogue_planner.domain.errors import (
    ConflictError,
    ImportFileError,
    NotFoundError,
    PermissionDenied,
    ValidationError,
)
from dialogue_planner.services import roster_import as ri
from dialogue_planner.services.audit import list_audit
from dialogue_planner.services.roster import add_delegate, list_delegates, update_delegate
from dialogue_planner.storage.models import AuditEntry, Delegate, RosterImport

from .helpers import backup_threads_end, csv_data, opts, xlsx_data

ROWS = [
    [
        "CN",
        "MPS",
        "Zhang",
        "Wei",
        "张伟",
        "Director General",
        "zhang.wei@mps.example",
        "+86 10 6620 0001",
        "CN-1",
    ],
    ["CN", "公安部", "Li", "Na", "李娜", "Deputy Director", "li.na@mps.example", "", "CN-2"],
    ["US", "DHS", "Smith", "Anna", "", "Deputy Secretary", "anna.smith@dhs.example", "202-555-0100", "US-1"],
    ["US", "Federal Bureau of Investigation", "Lee", "Tom", "", "Special Agent", "", "", ""],
]


def counts(ctx):
    with ctx.read() as s:
        return (
            s.scalar(select(func.count()).select_from(Delegate)),
            s.scalar(select(func.count()).select_from(AuditEntry)),
            s.scalar(select(func.count()).select_from(RosterImport)),
        )


def by_name(ctx):
    return {d.family_name: d for d in list_delegates(ctx)}


def test_preview_changes_nothing_and_says_what_each_row_does(any_ctx):
    before = counts(any_ctx)
    preview = ri.preview_import(any_ctx, csv_data(ROWS), opts())
    assert counts(any_ctx) == before
    assert preview.ok and preview.counts["new"] == 4
    assert [(r.row, r.kind, r.side, r.agency) for r in preview.rows] == [
        (2, "new", "CN", "MPS"),
        (3, "new", "CN", "MPS"),
        (4, "new", "US", "DHS"),
        (5, "new", "US", "FBI"),
    ]
    assert preview.rows[0].name == "Zhang Wei (张伟)"
    assert (
        preview.header_row == 1
        and preview.encoding == "utf-8"
        and preview.columns["family_name"] == "Family name"
    )


def test_apply_then_reapply_changes_nothing(any_ctx):
    result = ri.apply_import(any_ctx, csv_data(ROWS), opts())
    assert import_result_json(result) == {
        "ok": True,
        "created": 4,
        "updated": 0,
        "unchanged": 0,
        "deactivated": 0,
        "skipped": 0,
        "dry_run": False,
        "import_id": result.import_id,
        "errors": [],
    }
    stored = by_name(any_ctx)
    assert stored["Zhang"].native_name == "张伟" and stored["Zhang"].agency_acronym == "MPS"
    assert stored["Lee"].agency_acronym == "FBI" and stored["Lee"].external_id is None
    after_first = counts(any_ctx)
    again = ri.apply_import(any_ctx, csv_data(ROWS), opts())
    assert (again.ok, again.created, again.updated, again.unchanged, again.import_id) == (True, 0, 0, 4, None)
    assert counts(any_ctx) == after_first
    same_as_xlsx = ri.apply_import(
        any_ctx, xlsx_data(ROWS, title_rows=[["Roster"]]), opts(file_name="r.xlsx")
    )
    assert same_as_xlsx.unchanged == 4 and counts(any_ctx) == after_first


def test_changed_rows_show_field_differences_and_are_audited_under_one_operation(any_ctx):
    ri.apply_import(any_ctx, csv_data(ROWS), opts())
    changed = [r[:] for r in ROWS]
    changed[0][5] = "Vice Minister"
    changed[2][7] = "202-555-0199"
    preview = ri.preview_import(any_ctx, csv_data(changed), opts())
    diff = {
        r.row: [(d.field, d.before, d.after) for d in r.differences]
        for r in preview.rows
        if r.kind == "changed"
    }
    assert diff == {
        2: [("title", "Director General", "Vice Minister")],
        4: [("phone", "202-555-0100", "202-555-0199")],
    }
    result = ri.apply_import(any_ctx, csv_data(changed), opts())
    assert (result.updated, result.unchanged) == (2, 2)
    record = ri.last_import(any_ctx)
    entries = list_audit(any_ctx, operation_id=record.operation_id)
    actions = sorted(e.action for e in entries)
    assert actions == ["delegate.import.update", "delegate.import.update", "roster.import"]
    update = next(e for e in entries if e.before and e.before.get("title") == "Director General")
    assert update.after["title"] == "Vice Minister"


def test_any_invalid_row_means_nothing_changes_and_every_error_is_listed(any_ctx):
    rows = ROWS + [
        ["CN", "Ministry of Pubic Security", "Wu", "", "", "", "", "", ""],
        ["XX", "MPS", "Ma", "", "", "", "", "", ""],
        ["CN", "MPS", "Qian", "", "", "", "not-an-email", "", ""],
        ["CN", "MPS", "Zhang", "", "", "", "", "", "CN-1"],
    ]
    before = counts(any_ctx)
    result = ri.apply_import(any_ctx, csv_data(rows), opts())
    assert not result.ok and result.created == 0
    assert [(e.row, e.column) for e in result.errors] == [
        (6, "Agency"),
        (7, "Side"),
        (8, "Email"),
        (9, "External ID"),
    ]
    assert "did you mean MPS (Ministry of Public Security)?" in result.errors[0].message
    assert result.errors[3].message == "Duplicate of row 2: same external id 'cn-1'."
    assert counts(any_ctx) == before


def test_skip_invalid_applies_valid_rows_and_reports_the_rest(any_ctx):
    rows = ROWS + [["CN", "Nowhere", "Wu", "", "", "", "", "", ""]]
    result = ri.apply_import(any_ctx, csv_data(rows), opts(), skip_invalid=True)
    assert (result.ok, result.created, result.skipped) == (True, 4, 1)
    assert [(e.row, e.column) for e in result.errors] == [(6, "Agency")]
    assert "Wu" not in by_name(any_ctx)


def test_dry_run_counts_without_writing(any_ctx):
    before = counts(any_ctx)
    result = ri.apply_import(any_ctx, csv_data(ROWS), opts(), dry_run=True)
    assert (result.ok, result.dry_run, result.created) == (True, True, 4)
    assert counts(any_ctx) == before


def test_failure_in_the_middle_leaves_the_database_as_it_was(any_ctx):
    ri.apply_import(any_ctx, csv_data(ROWS[:2]), opts())
    before = counts(any_ctx)
    rows = [r[:] for r in ROWS]
    rows[0][5] = "Changed title"
    many = rows + [["CN", "MSS", f"Person{i}", "", "", "", "", "", f"X-{i}"] for i in range(450)]

    def explode(done, total):
        if done >= 200:
            raise RuntimeError("disk on fire")

    with pytest.raises(RuntimeError):
        ri.apply_import(any_ctx, csv_data(many), opts(), progress=explode)
    assert counts(any_ctx) == before
    assert by_name(any_ctx)["Zhang"].title == "Director General"


def test_replace_mode_deactivates_missing_delegates_of_that_agency_only(any_ctx):
    ri.apply_import(any_ctx, csv_data(ROWS), opts())
    result = ri.apply_import(any_ctx, csv_data([ROWS[0]]), opts(mode="replace", agency="MPS"))
    assert (result.unchanged, result.deactivated) == (1, 1)
    stored = by_name(any_ctx)
    assert stored["Li"].active is False and stored["Zhang"].active and stored["Smith"].active
    # the file's only agency is taken when none is named; naming rows of another agency is an error
    again = ri.apply_import(any_ctx, csv_data([ROWS[0], ROWS[1]]), opts(mode="replace"))
    assert (again.updated, by_name(any_ctx)["Li"].active) == (1, True)
    with pytest.raises(ValidationError, match="name the agency: the file names DHS, MPS") as refused:
        ri.apply_import(any_ctx, csv_data([ROWS[0], ROWS[2]]), opts(mode="replace"))
    assert refused.value.field == "agency"
    outside = ri.apply_import(any_ctx, csv_data([ROWS[0], ROWS[2]]), opts(mode="replace", agency="CN:MPS"))
    assert not outside.ok and outside.errors[0].row == 3
    for dry_run in (True, False):
        with pytest.raises(ValidationError, match="cannot skip invalid rows"):
            ri.apply_import(
                any_ctx,
                csv_data([ROWS[0], ROWS[2]]),
                opts(mode="replace", agency="MPS"),
                skip_invalid=True,
                dry_run=dry_run,
            )


def test_sub_agency_rows_belong_to_the_parents_replace(any_ctx):
    result = ri.apply_import(any_ctx, csv_data([ROWS[3]]), opts(mode="replace", agency="DOJ"))
    assert result.created == 1


def test_unknown_replace_agency_and_mode(any_ctx):
    with pytest.raises(NotFoundError, match="No agency with acronym 'NSA'"):
        ri.preview_import(any_ctx, csv_data(ROWS), opts(mode="replace", agency="NSA"))
    with pytest.raises(ValidationError, match="Unknown import mode 'merge'"):
        ri.preview_import(any_ctx, csv_data(ROWS), opts(mode="merge"))


def test_file_errors_raise_before_anything_is_written(any_ctx):
    before = counts(any_ctx)
    with pytest.raises(ImportFileError, match="Missing required column: family_name"):
        ri.apply_import(any_ctx, b"Side,Agency\nCN,MPS\n", opts())
    assert counts(any_ctx) == before


def test_import_is_recorded(any_ctx):
    data = csv_data(ROWS)
    result = ri.apply_import(any_ctx, data, opts(file_name="/tmp/in/MPS roster.csv"))
    record = ri.list_imports(any_ctx)[0]
    assert record.id == result.import_id
    assert (record.file_name, record.actor, record.mode, record.created) == (
        "MPS roster.csv",
        any_ctx.user.login,
        "update",
        4,
    )
    assert record.sha256 == ri.file_digest(data) and record.at.tzinfo is not None


def test_undo_last_import_restores_everything(any_ctx):
    ri.apply_import(any_ctx, csv_data(ROWS[:2]), opts())
    changed = [r[:] for r in ROWS]
    changed[0][5] = "Vice Minister"
    ri.apply_import(any_ctx, csv_data(changed), opts())
    ri.apply_import(any_ctx, csv_data([changed[0]]), opts(mode="replace", agency="MPS"))
    assert by_name(any_ctx)["Li"].active is False

    undo = ri.undo_last_import(any_ctx)
    assert (undo.restored, undo.removed) == (1, 0)
    assert by_name(any_ctx)["Li"].active is True
    undo = ri.undo_last_import(any_ctx)
    assert (undo.restored, undo.removed) == (1, 2)
    stored = by_name(any_ctx)
    assert set(stored) == {"Zhang", "Li"} and stored["Zhang"].title == "Director General"
    assert [r.undone_by for r in ri.list_imports(any_ctx)] == [any_ctx.user.login, any_ctx.user.login, ""]
    assert ri.last_import(any_ctx).file_name == "roster.csv"


def test_undo_refuses_when_a_delegate_was_edited_since(any_ctx):
    ri.apply_import(any_ctx, csv_data(ROWS), opts())
    zhang = by_name(any_ctx)["Zhang"]
    update_delegate(any_ctx, zhang.id, {"title": "Minister"}, expected_version=zhang.version)
    before = counts(any_ctx)
    with pytest.raises(
        ConflictError, match="1 of its delegates were changed since \\(Zhang Wei \\(张伟\\)\\)"
    ):
        ri.undo_last_import(any_ctx)
    assert counts(any_ctx) == before


def test_undo_without_imports(ctx):
    with pytest.raises(NotFoundError, match="no roster import to undo"):
        ri.undo_last_import(ctx)


def test_only_admins_import_and_undo(ctx, viewer_ctx, secretariat_ctx):
    with pytest.raises(PermissionDenied):
        ri.apply_import(viewer_ctx, csv_data(ROWS), opts())
    with pytest.raises(PermissionDenied):
        ri.apply_import(secretariat_ctx, csv_data(ROWS), opts())
    assert ri.preview_import(viewer_ctx, csv_data(ROWS), opts()).ok  # reading is open to all


def test_existing_delegate_matched_by_email_gets_its_external_id(ctx):
    agency = next(
        a
        for a in __import__("dialogue_planner.services.agencies", fromlist=["x"]).list_agencies(ctx)
        if a.acronym == "MPS"
    )
    add_delegate(
        ctx,
        {
            "agency_id": agency.id,
            "family_name": "Zhang",
            "given_name": "Wei",
            "email": "Zhang.Wei@mps.example",
        },
    )
    result = ri.apply_import(ctx, csv_data([ROWS[0]]), opts())
    assert (result.created, result.updated) == (0, 1)
    assert by_name(ctx)["Zhang"].external_id == "CN-1"


def test_saved_mappings_round_trip(ctx, viewer_ctx):
    saved = ri.save_mapping(
        ctx, "  MPS  export ", {"family_name": "姓", "email": "邮箱", "title": ""}, header_row=3, sheet="名单"
    )
    assert (saved.name, dict(saved.columns), saved.header_row, saved.sheet) == (
        "MPS export",
        {"family_name": "姓", "email": "邮箱"},
        3,
        "名单",
    )
    again = ri.save_mapping(ctx, "MPS export", {"family_name": "Surname"})
    assert again.id == saved.id and dict(again.columns) == {"family_name": "Surname"}
    assert [m.name for m in ri.list_mappings(ctx)] == ["MPS export"]
    with pytest.raises(ValidationError, match="unknown fields: nick"):
        ri.save_mapping(ctx, "x", {"nick": "N"})
    with pytest.raises(ValidationError, match="name of 1 to 120"):
        ri.save_mapping(ctx, "  ", {})
    with pytest.raises(PermissionDenied):
        ri.save_mapping(viewer_ctx, "y", {})
    ri.delete_mapping(ctx, saved.id)
    assert ri.list_mappings(ctx) == []


def test_a_row_shows_all_its_problems_at_once(ctx):
    rows = [
        ["CN", "Ministry of Pubic Security", "Bad", "", "", "", "bad@", "", ""],
        ["", "MPS", "", "", "", "", "", "", ""],
    ]
    preview = ri.preview_import(ctx, csv_data(rows), opts())
    assert [(i.row, i.column) for i in preview.issues] == [
        (2, "Agency"),
        (2, "Email"),
        (3, "Family name"),
        (3, "Side"),
    ]
    assert preview.counts["error"] == 2
    assert [r.kind for r in preview.rows] == ["error", "error"]
    assert len(preview.rows[0].messages) == 2


def test_undo_keeps_an_imported_delegate_a_delegation_refers_to(demo_ctx):
    from dialogue_planner.services.delegation import add_member

    result = ri.apply_import(demo_ctx, csv_data(ROWS[:2]), opts())
    assert result.created == 2
    add_member(demo_ctx, meeting=1, delegate="CN-1")
    with demo_ctx.read() as s:
        zhang_version = s.scalar(select(Delegate.version).where(Delegate.external_id == "CN-1"))
    assert zhang_version == 1  # joining a delegation does not edit the delegate, so undo is allowed
    undo = ri.undo_last_import(demo_ctx)
    assert (undo.removed, undo.kept_inactive) == (1, 1)
    with demo_ctx.read() as s:
        zhang = s.scalar(select(Delegate).where(Delegate.external_id == "CN-1"))
        assert zhang is not None and zhang.active is False
        assert s.scalar(select(Delegate).where(Delegate.external_id == "CN-2")) is None


def test_applying_an_import_backs_up_the_sqlite_file_first(ctx, tmp_path):
    """Every import runs under the import lock, which first backs up a SQLite database."""
    from dialogue_planner.services.roster_import import ImportOptions, apply_import

    data = b"Side,Agency,Family name,Given name,External ID\r\nCN,MPS,Backup,Test,BK-1\r\n"
    backups = ctx.db.path.parent / "backups"
    assert not list(backups.glob("*before-import*"))
    assert apply_import(ctx, data, ImportOptions(file_name="one.csv")).ok
    assert len(list(backups.glob("*before-import*.sqlite"))) == 1


def _backups(ctx) -> list[str]:
    backup_threads_end()
    return sorted(p.name for p in (ctx.db.path.parent / "backups").glob("*.sqlite*"))


def test_imports_that_change_nothing_leave_the_kept_backups_as_they_were(ctx):
    """A refused import (invalid rows, replace with skip-invalid, a file already imported) and a refused
    undo take a backup while they work, but remove it again: ten refused attempts used to rotate the ten
    good backups out, leaving only copies of the database as it already is."""
    from dialogue_planner.storage.backup import KEEP_AUTOMATIC, automatic_backup

    for _ in range(KEEP_AUTOMATIC):
        automatic_backup(ctx.db.path, "before-import")
    kept = _backups(ctx)
    assert len(kept) == KEEP_AUTOMATIC
    with pytest.raises(NotFoundError):
        ri.undo_last_import(ctx)  # nothing imported yet
    invalid = csv_data([["CN", "MPS", "", "", "", "", "not an email", "", "X-1"]] * 2)
    for _ in range(3):
        result = ri.apply_import(ctx, invalid, opts())
        assert not result.ok and result.errors
    with pytest.raises(ValidationError, match="Replace mode cannot skip"):
        ri.apply_import(ctx, invalid, opts(mode="replace", agency="MPS"), skip_invalid=True)
    assert _backups(ctx) == kept

    # A change: its backup is kept, and the oldest goes.
    assert ri.apply_import(ctx, csv_data(ROWS[:1]), opts()).ok
    after_import = _backups(ctx)
    assert len(after_import) == KEEP_AUTOMATIC and after_import[:-1] == kept[1:]
    nothing = ri.apply_import(ctx, csv_data(ROWS[:1]), opts())
    assert nothing.ok and "Nothing to change" in nothing.message
    assert _backups(ctx) == after_import

    update_delegate(ctx, _zhang_id(ctx), {"title": "Edited since"})
    with pytest.raises(ConflictError):
        ri.undo_last_import(ctx)
    assert _backups(ctx) == after_import


def _zhang_id(ctx) -> int:
    with ctx.read() as s:
        return s.scalar(select(Delegate.id).where(Delegate.external_id == "CN-1"))


def test_an_import_that_fails_while_writing_leaves_no_backup_of_its_own(ctx, monkeypatch):
    """An error inside the transaction rolls the import back; its copy goes with it, the older stay."""
    from dialogue_planner.services.roster_import import apply as apply_module
    from dialogue_planner.storage.backup import automatic_backup

    automatic_backup(ctx.db.path, "before-import")
    kept = _backups(ctx)

    def broken(*_args, **_kwargs):
        raise OSError("the disk went away")

    monkeypatch.setattr(apply_module, "_write_changes", broken)
    with pytest.raises(OSError, match="went away"):
        ri.apply_import(ctx, csv_data(ROWS[:1]), opts())
    assert _backups(ctx) == kept
    with ctx.read() as s:
        assert s.scalar(select(func.count()).select_from(RosterImport)) == 0
