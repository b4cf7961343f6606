"""The documents commands end to end, and ``brief --append-documents`` / ``--internal``."""

from __future__ import annotations

import hashlib
import json

import pytest
from briefing.pdf_reading import flat_text, outline

from dialogue_planner.cli import main

from .conftest import make_pdf

FIELDS = ["id", "name", "kind", "record", "size", "sha256", "our_side_only", "attached_by", "attached_at"]


@pytest.fixture
def run(records, db_url, capsys):
    capsys.readouterr()

    def invoke(*argv):
        code = main(["--db", db_url, *map(str, argv)])
        out, err = capsys.readouterr()
        if code == 0 and "--json" in argv:
            out = json.loads(out)
        return code, out, err

    return invoke


def test_attach_list_get_remove(run, records, tmp_path):
    pdf = tmp_path / "points.pdf"
    pdf.write_bytes(make_pdf("POINTS"))
    code, out, err = run(
        "documents",
        "attach",
        "--to",
        "item",
        "--id",
        records.item,
        "--file",
        pdf,
        "--note",
        "lines",
        "--our-side-only",
    )
    assert code == 0, err
    assert "attached document 1: points.pdf" in out and "for side US only" in out
    code, out, err = run("documents", "attach", "--to", "request", "--id", records.reference, "--file", pdf)
    assert code == 0, err
    code, listed, _ = run("documents", "list", "--json")
    assert [list(d) for d in listed] == [FIELDS, FIELDS]
    assert [(d["kind"], d["record"], d["our_side_only"]) for d in listed] == [
        ("item", records.item, True),
        ("request", records.request, False),
    ]
    assert (
        listed[0]["sha256"] == hashlib.sha256(pdf.read_bytes()).hexdigest()
        and listed[0]["size"] == pdf.stat().st_size
    )
    code, only, _ = run("documents", "list", "--to", "request", "--id", records.request, "--json")
    assert [d["id"] for d in only] == [2]
    code, out, _ = run("documents", "list")
    assert "points.pdf" in out and "US only" in out and "lines" in out
    code, out, err = run("documents", "get", 1, "--out", tmp_path / "back.pdf")
    assert code == 0 and (tmp_path / "back.pdf").read_bytes() == pdf.read_bytes()
    code, out, err = run("documents", "remove", 1)
    assert code == 0 and "removed document 1: points.pdf" in out
    code, listed, _ = run("documents", "list", "--json")
    assert [d["id"] for d in listed] == [2]


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (("--to", "item", "--id", "1", "--file", "{empty}"), "'empty.txt' is empty"),
        (("--to", "item", "--id", "1", "--file", "{missing}"), "There is no file"),
        (("--to", "item", "--id", "1", "--file", "{folder}"), "is a folder"),
        (("--to", "item", "--id", "99", "--file", "{ok}"), "No agenda item with id 99"),
        (("--to", "request", "--id", "US-1999-0001", "--file", "{ok}"), "No request"),
        (("--to", "item", "--id", "1", "--file", "{ok}", "--side", "US"), "kept to one side"),
    ],
)
def test_refusals_are_one_line(run, records, tmp_path, argv, message):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "ok.txt").write_bytes(b"ok")
    paths = {
        "{empty}": tmp_path / "empty.txt",
        "{missing}": tmp_path / "nope.pdf",
        "{folder}": tmp_path,
        "{ok}": tmp_path / "ok.txt",
    }
    code, out, err = run("documents", "attach", *(paths.get(a, a) for a in argv))
    assert code == 1 and message in err and err.count("\n") == 1 and "--" not in err


def test_list_needs_both_kind_and_id(run):
    code, _, err = run("documents", "list", "--to", "item")
    assert code == 1 and "both" in err


def test_brief_appends_documents_and_keeps_our_side_out(run, records, tmp_path):
    ours = tmp_path / "ours.pdf"
    ours.write_bytes(make_pdf("OURSONLY"))
    shared = tmp_path / "shared.pdf"
    shared.write_bytes(make_pdf("SHAREDPAPER"))
    assert (
        run("documents", "attach", "--to", "item", "--id", records.item, "--file", ours, "--our-side-only")[0]
        == 0
    )
    assert run("documents", "attach", "--to", "item", "--id", records.item, "--file", shared)[0] == 0
    out = tmp_path / "pack.pdf"
    code, _, err = run("brief", "--meeting", 1, "--out", out, "--append-documents")
    assert code == 0, err
    text = flat_text(out.read_bytes())
    assert "SHAREDPAPER" in text and "OURSONLY" not in text and "ours.pdf" not in text
    assert [m[1].split(" (")[0] for m in outline(out.read_bytes()) if m[0] == 1 and ".pdf" in m[1]] == [
        "shared.pdf"
    ]
    code, _, err = run("brief", "--meeting", 1, "--out", out, "--append-documents", "--internal")
    assert code == 0, err
    assert "OURSONLY" in flat_text(out.read_bytes())
