"""The command line adds the flag or the command to a service's message that names neither (issue 13 item 6):
the same refusals the application shows in words end with what to type at a terminal."""

from __future__ import annotations

from dialogue_planner.cli import main


def run(capsys, *args):
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def test_an_owner_agency_without_its_side_names_the_owner_flag(capsys, db_url):
    assert run(capsys, "--db", db_url, "init")[0] == 0
    assert (
        run(
            capsys,
            "--db",
            db_url,
            "meetings",
            "add",
            "--date",
            "2016-06-14",
            "--host",
            "CN",
            "--city",
            "Beijing",
        )[0]
        == 0
    )
    code, _, err = run(
        capsys,
        "--db",
        db_url,
        "agenda",
        "add",
        "--meeting",
        "1",
        "--title",
        "Hotline",
        "--owner-agency",
        "MPS",
    )
    assert code == 1
    assert err == "error: Name the owner side together with the owner agency. (--owner)\n"


def test_replace_mode_with_several_agencies_names_the_agency_flag(capsys, db_url, tmp_path):
    assert run(capsys, "--db", db_url, "init")[0] == 0
    roster = tmp_path / "two.csv"
    roster.write_text("side,agency,family_name\nCN,MPS,Zhang\nUS,FBI,Lee\n", encoding="utf-8")
    code, _, err = run(capsys, "--db", db_url, "roster", "import", roster, "--mode", "replace")
    assert code == 1 and err.count("\n") == 1
    assert "name the agency: the file names FBI, MPS. (--agency)" in err


def test_an_empty_database_names_init(capsys, db_url):
    code, _, err = run(capsys, "--db", db_url, "meetings", "list")
    assert code == 1
    assert err == "error: This database holds no dialogue yet: set one up first. Run: dialogue-planner init\n"


def test_a_login_that_is_no_user_is_told_the_command_an_administrator_runs(capsys, db_url, monkeypatch):
    assert run(capsys, "--db", db_url, "init")[0] == 0
    monkeypatch.setenv("DIALOGUE_PLANNER_USER", "stranger")
    code, _, err = run(
        capsys, "--db", db_url, "meetings", "add", "--date", "2016-06-14", "--host", "CN", "--city", "Beijing"
    )
    assert code == 1 and err.count("\n") == 1
    assert err.rstrip().endswith(
        "Ask an administrator to add it as a user. An administrator runs: "
        "dialogue-planner users add stranger --role secretariat"
    )


def test_done_without_evidence_names_the_evidence_flag(capsys, db_url):
    """The rule says "give the evidence of completion or a progress note" in words; the command line adds
    --evidence."""
    assert run(capsys, "--db", db_url, "init")[0] == 0
    assert (
        run(
            capsys,
            "--db",
            db_url,
            "meetings",
            "add",
            "--date",
            "2016-06-14",
            "--host",
            "CN",
            "--city",
            "Beijing",
        )[0]
        == 0
    )
    assert (
        run(
            capsys,
            "--db",
            db_url,
            "commitments",
            "add",
            "--meeting",
            "1",
            "--text",
            "Send the list",
            "--owner",
            "US",
            "--due",
            "2016-07-01",
        )[0]
        == 0
    )
    code, _, err = run(capsys, "--db", db_url, "commitments", "update", "1", "--status", "done")
    assert code == 1
    assert err == (
        "error: Marking a commitment done needs evidence or a note: give the evidence of completion or a "
        "progress note. (--evidence)\n"
    )
