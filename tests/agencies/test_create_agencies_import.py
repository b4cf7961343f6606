"""``roster import --create-agencies``: the unknown agencies a file names are listed in the preview and created,
with the names the file gives, in the import's own transaction; undoing the import removes them again."""

from __future__ import annotations

import json
import sqlite3

import pytest

from dialogue_planner.interchange.roster_agencies import proposed_acronym

HEADER = [
    "Side",
    "Agency",
    "Family name",
    "Given name",
    "Native name",
    "Title",
    "Email",
    "Phone",
    "External ID",
]


def csv_data(rows) -> bytes:
    return ("\r\n".join(",".join(r) for r in [HEADER, *rows]) + "\r\n").encode()


ROWS = [
    ["US", "DOS", "Kerry", "John", "", "Secretary", "jk@state.example", "", "US-DOS-1"],
    ["US", "United States Secret Service", "Clancy", "Joseph", "", "Director", "", "", "US-USSS-1"],
    ["CN", "外交部", "Wang", "Yi", "王毅", "Minister", "", "", "CN-MFA-1"],
    ["US", "FBI", "Comey", "James", "", "Director", "", "", "US-FBI-1"],
    ["US", "dos", "Blinken", "Tony", "", "Deputy", "", "", "US-DOS-2"],
]


def _table(db_url, sql):
    con = sqlite3.connect(db_url.removeprefix("sqlite:///"))
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


@pytest.fixture
def roster(tmp_path):
    path = tmp_path / "roster.csv"
    path.write_bytes(csv_data(ROWS))
    return path


def test_without_the_flag_the_rows_are_refused_and_the_agencies_named(run, roster, db_url):
    code, out, err = run("roster", "import", roster)
    assert code == 1 and "Unknown agency 'DOS' on side US" in out
    assert "3 unknown agencies (US:DOS, US:United States Secret Service, CN:外交部)" in err
    assert "--create-agencies" in err
    assert _table(db_url, "SELECT count(*) FROM agency")[0][0] == 8


def test_the_preview_lists_the_agencies_it_would_create(ctx, roster):
    from dialogue_planner.services.roster_import import ImportOptions, preview_import

    preview = preview_import(ctx, roster.read_bytes(), ImportOptions(file_name=str(roster)))
    assert not preview.ok
    assert [(a.side_code, a.acronym, a.name_en, a.name_zh, a.rows) for a in preview.new_agencies] == [
        ("US", "DOS", "DOS", "", (2, 6)),
        ("US", "USSS", "United States Secret Service", "", (3,)),
        ("CN", "外交部", "外交部", "外交部", (4,)),
    ]
    created = preview_import(
        ctx, roster.read_bytes(), ImportOptions(file_name=str(roster), create_agencies=True)
    )
    assert created.ok and created.counts["new"] == 5
    assert {r.agency for r in created.rows} == {"DOS", "USSS", "外交部", "FBI"}


def test_create_agencies_imports_and_undo_removes_them(run, roster, db_url):
    code, out, err = run("roster", "import", roster, "--create-agencies", "--dry-run")
    assert code == 0 and "Would create 3 agencies" in out, err
    assert _table(db_url, "SELECT count(*) FROM agency")[0][0] == 8
    code, out, err = run("roster", "import", roster, "--create-agencies")
    assert code == 0 and "Created 3 agencies" in out and "5 new" in out, err
    code, out, _ = run("agencies", "list", "--json")
    listed = {f"{a['side']}:{a['acronym']}": a for a in json.loads(out)}
    assert (
        listed["US:DOS"]["delegates"] == 2 and listed["US:USSS"]["name_en"] == "United States Secret Service"
    )
    assert listed["CN:外交部"]["name_zh"] == "外交部" and listed["CN:外交部"]["delegates"] == 1
    operations = _table(
        db_url,
        "SELECT DISTINCT operation_id FROM audit_entry WHERE action IN "
        "('agency.import.add', 'delegate.import.add', 'roster.import')",
    )
    assert len(operations) == 1  # one transaction, one operation
    code, out, err = run("roster", "undo")
    assert code == 0 and "The 3 agencies it created: 3 removed, 0 kept inactive" in out, err
    assert _table(db_url, "SELECT count(*) FROM agency")[0][0] == 8
    assert _table(db_url, "SELECT count(*) FROM delegate")[0][0] == 0


def test_undo_keeps_a_created_agency_something_else_refers_to(ctx, roster):
    from dialogue_planner.services.agencies import list_agencies
    from dialogue_planner.services.roster import add_delegate
    from dialogue_planner.services.roster_import import ImportOptions, apply_import, undo_last_import

    apply_import(ctx, roster.read_bytes(), ImportOptions(file_name=str(roster), create_agencies=True))
    dos = next(a for a in list_agencies(ctx) if a.acronym == "DOS")
    add_delegate(ctx, {"agency_id": dos.id, "family_name": "Nuland"})  # entered by hand after the import
    undo = undo_last_import(ctx)
    assert (undo.agencies_removed, undo.agencies_kept) == (2, 1)
    kept = next(a for a in list_agencies(ctx) if a.acronym == "DOS")
    assert kept.active is False


def test_a_derived_acronym_already_taken_gets_a_number(run, tmp_path, db_url):
    assert (
        run("agencies", "add", "--side", "US", "--acronym", "USSS", "--name-en", "Selective Service")[0] == 0
    )
    path = tmp_path / "r.csv"
    path.write_bytes(csv_data([ROWS[1]]))
    assert run("roster", "import", path, "--create-agencies")[0] == 0
    assert _table(db_url, "SELECT acronym, name_en FROM agency WHERE acronym LIKE 'USSS%' ORDER BY id") == [
        ("USSS", "Selective Service"),
        ("USSS-2", "United States Secret Service"),
    ]


def test_an_unknown_side_is_never_created(run, tmp_path, db_url):
    path = tmp_path / "r.csv"
    path.write_bytes(csv_data([["UK", "NCA", "Smith", "", "", "", "", "", ""]]))
    code, out, _ = run("roster", "import", path, "--create-agencies")
    assert code == 1 and "Unknown side 'UK'" in out
    assert _table(db_url, "SELECT count(*) FROM agency")[0][0] == 8


@pytest.mark.parametrize(
    ("text", "acronym"),
    [
        ("DOS", "DOS"),
        ("Department of State", "DOS"),
        ("United States Secret Service", "USSS"),
        ("The Treasury", "TheTreasury"),
        ("外交部", "外交部"),
        ("中华人民共和国 外交部", "中华人民共和国外交部"),
        ("a:b", "AB"),
        ("x" * 40, "x" * 32),
        ("Ministry of Foreign Affairs " * 20, "MOFA" * 20),
    ],
)
def test_proposed_acronyms(text, acronym):
    got = proposed_acronym(text)
    assert got == acronym[:32] and 0 < len(got) <= 32 and ":" not in got
