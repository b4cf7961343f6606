"""``requests edit``: the command line's way to the correction the Requests page offers (issue 13 item 6),
with the options of ``requests add``, an audit entry per edit and the conflict check of every edit."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from dialogue_planner.cli import main
from dialogue_planner.services import requests as rs
from dialogue_planner.services.context import ServiceContext
from dialogue_planner.storage.database import open_database
from dialogue_planner.storage.models import AuditEntry


@pytest.fixture
def url(tmp_path, capsys):
    url = f"sqlite:///{tmp_path / 'cli.sqlite'}"
    assert main(["--db", url, "init"]) == 0
    assert (
        main(
            [
                "--db",
                url,
                "requests",
                "add",
                "--from",
                "US",
                "--to",
                "CN",
                "--kind",
                "information",
                "--subject",
                "Botnet servers",
                "--received",
                "2016-01-04",
                "--agency",
                "FBI",
                "--to-agency",
                "MPS",
            ]
        )
        == 0
    )
    capsys.readouterr()
    return url


def run(capsys, url, *argv):
    code = main(["--db", url, *argv])
    out, err = capsys.readouterr()
    return code, out, err


def audit_entries(url, action="request.edit"):
    db = open_database(url)
    try:
        with db.session() as s:
            return [
                (e.actor, e.summary, e.before, e.after)
                for e in s.scalars(
                    select(AuditEntry).where(AuditEntry.action == action).order_by(AuditEntry.id)
                )
            ]
    finally:
        db.dispose()


def shown(capsys, url, reference="US-2016-0001"):
    code, out, _ = run(capsys, url, "requests", "show", reference, "--json")
    assert code == 0
    return json.loads(out)


def test_edit_corrects_subject_description_kind_and_agencies_with_one_audit_entry(url, capsys):
    code, out, err = run(
        capsys,
        url,
        "requests",
        "edit",
        "US-2016-0001",
        "--subject",
        " Botnet C2 servers ",
        "--description",
        "Logs of May",
        "--kind",
        "evidence",
        "--agency",
        "dhs",
        "--to-agency",
        "CN:MSS",
    )
    assert (code, err) == (0, "")
    assert out.strip() == (
        "Corrected US-2016-0001 (kind, subject, description, requesting agency, responding "
        "agency): acknowledgement due 2016-01-14, response due 2016-03-04."
    )
    now = shown(capsys, url)
    assert (
        now["subject"],
        now["description"],
        now["kind"],
        now["requesting_agency"],
        now["responding_agency"],
        now["received"],
        now["due"],
    ) == ("Botnet C2 servers", "Logs of May", "evidence", "DHS", "MSS", "2016-01-04", "2016-03-04")
    ((actor, summary, before, after),) = audit_entries(url)
    assert actor == "tester" and summary.startswith("US-2016-0001: kind, subject, description")
    assert (before["subject"], after["subject"]) == ("Botnet servers", "Botnet C2 servers")


def test_an_empty_agency_clears_it_and_json_shows_the_request(url, capsys):
    code, out, _ = run(capsys, url, "requests", "edit", "US-2016-0001", "--to-agency", "", "--json")
    assert code == 0
    data = json.loads(out)
    assert (data["reference"], data["responding_agency"], data["requesting_agency"]) == (
        "US-2016-0001",
        None,
        "FBI",
    )


def test_an_edit_that_changes_nothing_writes_nothing(url, capsys):
    code, out, _ = run(
        capsys, url, "requests", "edit", "US-2016-0001", "--subject", "Botnet servers", "--agency", "FBI"
    )
    assert (code, out.strip()) == (0, "US-2016-0001: nothing to correct; it is as given.")
    assert audit_entries(url) == []


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (
            [],
            "Nothing to correct: give one or more of --kind, --subject, --description, --agency, --to-agency, "
            "--subject-zh, --description-zh.",
        ),
        (["--kind", "gossip"], "gossip"),
        (["--subject", ""], "subject"),
        (["--agency", "MPS"], "No agency 'MPS' on side US"),
        (["--to-agency", "US:FBI"], "not on side CN"),
    ],
)
def test_bad_edits_exit_1_on_one_line_and_change_nothing(url, capsys, argv, message):
    before = shown(capsys, url)
    code, out, err = run(capsys, url, "requests", "edit", "US-2016-0001", *argv)
    assert (code, out) == (1, "") and err.count("\n") == 1 and message in err
    assert shown(capsys, url) == before and audit_entries(url) == []


def test_the_fixed_fields_are_not_options(url, capsys):
    """The received date, the sides and the reference stay as logged: the command has no option for them
    (and ``--to``, the responding side of ``requests add``, is not taken as short for ``--to-agency``)."""
    for option in ("--received", "--from", "--to"):
        code, _, err = run(capsys, url, "requests", "edit", "US-2016-0001", option, "2016-02-02")
        assert code == 2 and "unrecognized arguments" in err


def test_an_unknown_request_and_a_viewer_are_refused(url, capsys, monkeypatch):
    code, _, err = run(capsys, url, "requests", "edit", "US-2016-0099", "--subject", "x")
    assert code == 1 and "US-2016-0099" in err
    assert run(capsys, url, "users", "add", "li", "--role", "viewer")[0] == 0
    monkeypatch.setenv("DIALOGUE_PLANNER_USER", "li")
    code, _, err = run(capsys, url, "requests", "edit", "US-2016-0001", "--subject", "x")
    assert code == 1 and "may not do this" in err
    assert audit_entries(url) == []


def test_a_change_saved_elsewhere_meanwhile_is_a_conflict_not_overwritten(url, capsys, monkeypatch):
    """Another workstation corrects the request between the command's read and its write."""
    real_get = rs.get_request

    def read_then_someone_else_edits(ctx, reference):
        detail = real_get(ctx, reference)
        other = ServiceContext.connect(ctx.db)
        rs.edit_request(other, reference, {"subject": "Their subject"})
        return detail

    monkeypatch.setattr(rs, "get_request", read_then_someone_else_edits)
    code, out, err = run(capsys, url, "requests", "edit", "US-2016-0001", "--subject", "My subject")
    assert code == 1 and out == "" and err.count("\n") == 1
    assert "changed" in err.lower()
    monkeypatch.undo()
    assert shown(capsys, url)["subject"] == "Their subject"
    assert [summary for _, summary, _, _ in audit_entries(url)] == ["US-2016-0001: subject corrected"]
