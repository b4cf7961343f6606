"""``agencies`` end to end: add, update, deactivate, reactivate, merge, list, and each side's designated
official; every refusal is one line, exit 1, and changes nothing."""

from __future__ import annotations

import json

import pytest

from dialogue_planner.cli import main


def _agencies(run, *flags) -> dict[str, dict]:
    code, out, err = run("agencies", "list", "--json", *flags)
    assert code == 0, err
    return {f"{a['side']}:{a['acronym']}": a for a in json.loads(out)}


def _audit(db_url) -> list[tuple[str, str]]:
    import sqlite3

    con = sqlite3.connect(db_url.removeprefix("sqlite:///"))
    try:
        return con.execute("SELECT action, summary FROM audit_entry ORDER BY id").fetchall()
    finally:
        con.close()


def _refused(run, db_url, *argv, says: str) -> None:
    """The command exits 1 with one line naming the problem, and writes nothing."""
    before = _audit(db_url)
    code, out, err = run(*argv)
    assert code == 1, (argv, out, err)
    assert err.startswith("error:") and err.count("\n") == 1 and says in err, err
    assert _audit(db_url) == before


def test_add_then_list_with_every_field(run, db_url):
    code, out, err = run(
        "agencies",
        "add",
        "--side",
        "US",
        "--acronym",
        "DOS",
        "--name-en",
        "Department of State",
        "--name-zh",
        "美国国务院",
        "--role",
        "participant",
    )
    assert code == 0 and "US:DOS" in out, err
    code, _, err = run(
        "agencies",
        "add",
        "--side",
        "us",
        "--acronym",
        "USSS",
        "--name-en",
        "U.S. Secret Service",
        "--parent",
        "DHS",
        "--role",
        "observer",
        "--kind",
        "bureau",
    )
    assert code == 0, err
    listed = _agencies(run)
    assert listed["US:DOS"] | {"id": 0} == {
        "id": 0,
        "side": "US",
        "acronym": "DOS",
        "name_en": "Department of State",
        "name_zh": "美国国务院",
        "kind": "agency",
        "parent": None,
        "dialogue_role": "participant",
        "active": True,
        "delegates": 0,
        "merged_into": None,
        "designated_official": None,
    }
    assert listed["US:USSS"]["parent"] == "DHS" and listed["US:USSS"]["dialogue_role"] == "observer"
    assert listed["US:USSS"]["kind"] == "bureau"
    code, out, _ = run("agencies", "list")
    usss = next(line for line in out.splitlines() if "USSS" in line)
    assert usss.startswith("US      USSS ") and "美国国务院" in out  # under its parent, one level down
    assert ("agency.add", "US:DOS added") in _audit(db_url)


def test_update_renames_moves_and_changes_the_role(run, db_url):
    assert (
        run(
            "agencies",
            "update",
            "CN:SIIO",
            "--acronym",
            "CAC",
            "--name-en",
            "Cyberspace Administration of China",
            "--name-zh",
            "国家互联网信息办公室",
            "--parent",
            "MPS",
            "--role",
            "co-chair",
        )[0]
        == 0
    )
    cac = _agencies(run)["CN:CAC"]
    assert (cac["name_en"], cac["parent"], cac["dialogue_role"]) == (
        "Cyberspace Administration of China",
        "MPS",
        "co-chair",
    )
    assert "CN:SIIO" not in _agencies(run)
    assert run("agencies", "update", "CAC", "--parent", "none", "--role", "none")[0] == 0
    cac = _agencies(run)["CN:CAC"]
    assert cac["parent"] is None and cac["dialogue_role"] == ""
    entries = [a for a in _audit(db_url) if a[0] == "agency.update"]
    assert len(entries) == 2 and "acronym" in entries[0][1] and "parent_id" in entries[1][1]
    # the same values again write nothing
    before = _audit(db_url)
    assert run("agencies", "update", "CAC", "--name-en", "Cyberspace Administration of China")[0] == 0
    assert _audit(db_url) == before


@pytest.mark.parametrize(
    ("argv", "says"),
    [
        (
            ("agencies", "add", "--side", "US", "--acronym", "fbi", "--name-en", "Again"),
            "already has an agency 'FBI'",
        ),
        (("agencies", "add", "--side", "XX", "--acronym", "A", "--name-en", "A"), "Unknown side 'XX'"),
        (("agencies", "add", "--side", "US", "--acronym", "", "--name-en", "A"), "acronym"),
        (("agencies", "add", "--side", "US", "--acronym", "A:B", "--name-en", "A"), "may not hold ':'"),
        (
            ("agencies", "add", "--side", "US", "--acronym", "A" * 33, "--name-en", "A"),
            "32 is the most allowed",
        ),
        (("agencies", "add", "--side", "US", "--acronym", "A", "--name-en", " "), "English name"),
        (("agencies", "add", "--side", "US", "--acronym", "A", "--name-en", "x" * 301), "300 is the most"),
        (
            ("agencies", "add", "--side", "US", "--acronym", "A\x1b[2J", "--name-en", "A"),
            "control characters",
        ),
        (
            ("agencies", "add", "--side", "US", "--acronym", "A", "--name-en", "A", "--role", "boss"),
            "Unknown role in the dialogue 'boss'",
        ),
        (
            ("agencies", "add", "--side", "US", "--acronym", "A", "--name-en", "A", "--parent", "MPS"),
            "Unknown agency 'MPS' on side US",
        ),
        (
            ("agencies", "add", "--side", "US", "--acronym", "A", "--name-en", "A", "--kind", "cabal"),
            "kind of agency",
        ),
        (("agencies", "update", "NOPE", "--name-en", "x"), "Unknown agency 'NOPE'"),
        (("agencies", "update", "DOJ", "--parent", "FBI"), "parent cycle"),
        (("agencies", "update", "DOJ", "--parent", "DOJ"), "parent cycle"),
        (("agencies", "update", "FBI", "--acronym", "dhs"), "already has an agency 'DHS'"),
        (("agencies", "update", "FBI"), "Nothing to change"),
        (("agencies", "deactivate", "NOPE"), "Unknown agency 'NOPE'"),
        (("agencies", "deactivate", "DOJ"), "active sub-agencies (FBI)"),
        (("agencies", "merge", "FBI", "--into", "FBI"), "into itself"),
        (("agencies", "merge", "FBI", "--into", "MPS"), "within one side"),
        (("agencies", "merge", "FBI", "--into", "NOPE"), "Unknown agency 'NOPE'"),
        (("agencies", "merge", "", "--into", "DOJ"), "Name an agency"),
        (("agencies", "reactivate", "FBI"), "already active"),
    ],
)
def test_every_refusal_is_one_line_and_changes_nothing(run, db_url, argv, says):
    _refused(run, db_url, *argv, says=says)


def test_the_parent_cycle_is_found_at_any_depth(run, db_url):
    assert (
        run(
            "agencies",
            "add",
            "--side",
            "US",
            "--acronym",
            "CYD",
            "--name-en",
            "Cyber Division",
            "--parent",
            "FBI",
        )[0]
        == 0
    )
    _refused(run, db_url, "agencies", "update", "DOJ", "--parent", "CYD", says="one of its sub-agencies")


def test_deactivate_keeps_the_agency_and_its_history(run, db_url):
    assert (
        run("delegates", "add", "--agency", "IC", "--family-name", "Doe", "--external-id", "US-IC-1")[0] == 0
    )
    _refused(
        run,
        db_url,
        "agencies",
        "deactivate",
        "IC",
        says="1 active delegate(s): merge it into another agency, or deactivate its delegates with it. "
        "(--with-delegates)",
    )
    code, out, _ = run("agencies", "deactivate", "IC", "--with-delegates")
    assert code == 0 and "inactive" in out
    assert "US:IC" not in _agencies(run)
    kept = _agencies(run, "--include-inactive")["US:IC"]
    assert kept["active"] is False and kept["delegates"] == 0
    [doe] = json.loads(run("delegates", "list", "--json")[1])
    assert doe["active"] is False and doe["agency"] == "IC"
    _refused(run, db_url, "agencies", "deactivate", "IC", says="already inactive")
    _refused(
        run, db_url, "agencies", "merge", "IC", "--into", "DHS", says="only an active agency can be merged"
    )
    _refused(run, db_url, "agencies", "merge", "DHS", "--into", "IC", says="IC is inactive")
    _refused(
        run,
        db_url,
        "agencies",
        "add",
        "--side",
        "US",
        "--acronym",
        "IC",
        "--name-en",
        "x",
        says="reactivate it instead",
    )
    _refused(
        run,
        db_url,
        "agencies",
        "add",
        "--side",
        "US",
        "--acronym",
        "X",
        "--name-en",
        "x",
        "--parent",
        "IC",
        says="parent agency IC is inactive",
    )
    assert run("agencies", "reactivate", "IC")[0] == 0
    assert _agencies(run)["US:IC"]["active"] is True
    actions = [a for a, _ in _audit(db_url)]
    assert actions[-4:] == ["delegate.add", "delegate.deactivate", "agency.deactivate", "agency.reactivate"]


def test_merge_moves_delegates_and_every_reference(demo_ctx, db_url, capsys):
    """On the demo data: SIIO holds delegates, requests of both directions and agenda items (a sub-agency, an
    escalation, an action item and a roster import are added); merging it into MPS leaves nothing pointing at
    it, and it stays (inactive) with a note of where it went."""
    import sqlite3

    path = db_url.removeprefix("sqlite:///")
    columns = [
        ("delegate", "agency_id"),
        ("request", "requesting_agency_id"),
        ("request", "responding_agency_id"),
        ("escalation", "raised_by_agency_id"),
        ("agenda_item", "owner_agency_id"),
        ("commitment", "owner_agency_id"),
        ("agency", "parent_id"),
        ("roster_import", "agency_id"),
    ]
    con = sqlite3.connect(path)
    mss, mps = (
        con.execute("SELECT id FROM agency WHERE acronym = ?", (a,)).fetchone()[0] for a in ("SIIO", "MPS")
    )
    # the references the demo does not make, so that every kind is there to move
    con.execute(
        "INSERT INTO agency (side_id, parent_id, acronym, name_en, name_zh, kind, dialogue_role, rank, "
        "active, version, created_at, updated_at) SELECT side_id, id, 'SIIO-9', 'Ninth Bureau', '', "
        "'bureau', '', '', 1, 1, created_at, updated_at FROM agency WHERE id = ?",
        (mss,),
    )
    con.execute(
        "UPDATE escalation SET raised_by_agency_id = ? WHERE id = (SELECT min(id) FROM escalation "
        "WHERE raised_by_agency_id = ?)",
        (mss, mps),
    )
    con.execute(
        "UPDATE commitment SET owner_agency_id = ? WHERE id = (SELECT min(id) FROM commitment)", (mss,)
    )
    con.execute(
        "INSERT INTO roster_import (operation_id, file_name, sha256, actor, at, mode, agency_id, created, "
        "updated, unchanged, deactivated, skipped, undone_by) VALUES ('op', 'siio.csv', 'x', 'a', "
        "'2016-01-01 00:00:00', 'update', ?, 0, 0, 0, 0, 0, '')",
        (mss,),
    )
    con.commit()
    counts = {
        (t, c): con.execute(f"SELECT count(*) FROM {t} WHERE {c} = ?", (mss,)).fetchone()[0]
        for t, c in columns
    }
    totals = {
        (t, c): con.execute(f"SELECT count(*) FROM {t} WHERE {c} = ?", (mps,)).fetchone()[0]
        for t, c in columns
    }
    con.close()
    assert all(counts.values()), counts
    assert main(["--db", db_url, "agencies", "merge", "CN:SIIO", "--into", "MPS"]) == 0
    out = capsys.readouterr().out
    assert f"{counts['delegate', 'agency_id']} delegate(s) moved" in out and "SIIO is now inactive" in out
    con = sqlite3.connect(path)
    try:
        for table, column in columns:
            assert (
                con.execute(f"SELECT count(*) FROM {table} WHERE {column} = ?", (mss,)).fetchone()[0] == 0
            ), column
            assert (
                con.execute(f"SELECT count(*) FROM {table} WHERE {column} = ?", (mps,)).fetchone()[0]
                == totals[table, column] + counts[table, column]
            ), column
        assert con.execute("SELECT active, merged_into_id FROM agency WHERE id = ?", (mss,)).fetchone() == (
            0,
            mps,
        )
        moved = con.execute("SELECT count(*) FROM audit_entry WHERE action = 'agency.merge.move'").fetchone()[
            0
        ]
        assert moved == sum(counts.values())
        assert con.execute("PRAGMA foreign_key_check").fetchall() == []
    finally:
        con.close()
    assert main(["--db", db_url, "agencies", "list", "--include-inactive", "--json"]) == 0
    listed = {a["acronym"]: a for a in json.loads(capsys.readouterr().out)}
    assert listed["SIIO"]["merged_into"] == "MPS" and listed["SIIO"]["active"] is False
    assert listed["SIIO-9"]["parent"] == "MPS"
    assert main(["--db", db_url, "agencies", "list", "--include-inactive"]) == 0
    assert "merged into MPS" in capsys.readouterr().out


def test_merging_a_parent_into_its_own_sub_agency(run, db_url):
    assert run("agencies", "merge", "DOJ", "--into", "FBI")[0] == 0
    listed = _agencies(run, "--include-inactive")
    assert listed["US:FBI"]["parent"] is None and listed["US:DOJ"]["merged_into"] == "FBI"


def test_a_merge_is_undone_as_one_operation(ctx):
    from dialogue_planner.services.agencies import add_agency, list_agencies, merge_agencies
    from dialogue_planner.services.roster import add_delegate, list_delegates
    from dialogue_planner.services.undo import undo_operation

    dos = add_agency(ctx, side="US", acronym="DOS", name_en="Department of State")
    add_delegate(ctx, {"agency_id": dos.id, "family_name": "Kerry"})
    merge_agencies(ctx, "DOS", "DHS")
    assert [d.agency_acronym for d in list_delegates(ctx)] == ["DHS"]
    undo_operation(ctx, ctx.last_operation)
    assert [d.agency_acronym for d in list_delegates(ctx)] == ["DOS"]
    again = next(a for a in list_agencies(ctx) if a.acronym == "DOS")
    assert again.active and again.merged_into_id is None


def test_only_admins_manage_agencies(run, db_url, monkeypatch):
    assert run("users", "add", "clerk", "--role", "secretariat")[0] == 0
    monkeypatch.setenv("DIALOGUE_PLANNER_USER", "clerk")
    for argv in (
        ("agencies", "add", "--side", "US", "--acronym", "DOS", "--name-en", "State"),
        ("agencies", "update", "FBI", "--name-en", "x"),
        ("agencies", "deactivate", "IC"),
        ("agencies", "merge", "IC", "--into", "DHS"),
        ("agencies", "reactivate", "IC"),
        ("agencies", "lead", "--side", "CN", "--delegate", "1", "--from", "2015-09-25"),
    ):
        _refused(run, db_url, *argv, says="needs the admin role")
    assert run("agencies", "list")[0] == 0


def test_the_designated_official_per_period(run, db_url):
    for key, family in (("CN-1", "Guo"), ("CN-2", "Meng"), ("CN-3", "Zhao")):
        assert (
            run("delegates", "add", "--agency", "MPS", "--family-name", family, "--external-id", key)[0] == 0
        )
    assert (
        run("delegates", "add", "--agency", "DHS", "--family-name", "Johnson", "--external-id", "US-1")[0]
        == 0
    )
    code, out, err = run("agencies", "lead", "--side", "CN", "--delegate", "CN-1", "--from", "2015-09-25")
    assert code == 0 and "GUO" in out and "until another is recorded" in out, err
    # a later period closes the open one the day before
    assert run("agencies", "lead", "--side", "cn", "--delegate", "CN-2", "--from", "2016-06-01")[0] == 0
    code, out, _ = run("agencies", "leads", "--json")
    assert json.loads(out) == [
        {
            "side": "CN",
            "delegate": "CN-1",
            "delegate_id": 1,
            "name": "GUO",
            "agency": "MPS",
            "from": "2015-09-25",
            "to": "2016-05-31",
        },
        {
            "side": "CN",
            "delegate": "CN-2",
            "delegate_id": 2,
            "name": "MENG",
            "agency": "MPS",
            "from": "2016-06-01",
            "to": None,
        },
    ]
    official = _agencies(run)["CN:MPS"]["designated_official"]
    assert official["delegate"] == "CN-2" and official["to"] is None
    assert all(a["designated_official"] is None for k, a in _agencies(run).items() if k != "CN:MPS")
    _refused(
        run,
        db_url,
        "agencies",
        "lead",
        "--side",
        "CN",
        "--delegate",
        "CN-3",
        "--from",
        "2016-01-01",
        "--to",
        "2016-02-01",
        says="overlaps",
    )
    _refused(
        run,
        db_url,
        "agencies",
        "lead",
        "--side",
        "CN",
        "--delegate",
        "US-1",
        "--from",
        "2017-01-01",
        says="a delegate of side US, not CN",
    )
    _refused(
        run,
        db_url,
        "agencies",
        "lead",
        "--side",
        "CN",
        "--delegate",
        "nobody",
        "--from",
        "2017-01-01",
        says="No delegate",
    )
    _refused(
        run,
        db_url,
        "agencies",
        "lead",
        "--side",
        "XX",
        "--delegate",
        "CN-3",
        "--from",
        "2017-01-01",
        says="Unknown side 'XX'",
    )
    _refused(
        run,
        db_url,
        "agencies",
        "lead",
        "--side",
        "CN",
        "--delegate",
        "CN-3",
        "--from",
        "2017-01-01",
        "--to",
        "2016-12-31",
        says="before it starts",
    )
    _refused(
        run,
        db_url,
        "agencies",
        "lead",
        "--side",
        "CN",
        "--delegate",
        "CN-3",
        "--from",
        "1900-01-01",
        says="from date",
    )
    code, _, err = run("agencies", "lead", "--side", "CN", "--delegate", "CN-3", "--from", "yesterday")
    assert code == 2 and "not a valid date" in err
    code, out, _ = run("agencies", "list")
    assert "lead (MENG)" in out
