"""``brief`` archives what it writes; ``brief archive list|get`` and ``brief --as-of`` (issues 15 and 17)."""

from __future__ import annotations

import hashlib
import json

import pytest

from dialogue_planner.cli import main

from .conftest import build_scene
from .pdf_reading import flat_text


@pytest.fixture
def url(ctx, db_url):
    build_scene(ctx)
    return db_url


def run(db_url, *args):
    return main(["--db", db_url, *args])


def test_export_and_copies_are_listed_and_got_back(url, tmp_path, capsys):
    out = tmp_path / "pack.pdf"
    assert run(url, "brief", "--meeting", "1", "--out", str(out), "--paper", "a4") == 0
    said = capsys.readouterr().out
    assert "archived as 1 (batch B-" in said
    assert run(url, "brief", "--meeting", "1", "--out", str(tmp_path / "c.pdf"), "--copy-for", "CN-001") == 0
    said = capsys.readouterr().out
    assert "copy 1 of 1 for GUO Shengkun 郭声琨" in said and "batch B-" in said and "archived" in said

    assert run(url, "brief", "archive", "list", "--meeting", "1", "--json") == 0
    rows = json.loads(capsys.readouterr().out)
    assert [r["id"] for r in rows] == [2, 1]
    for field in ("id", "meeting", "batch", "issued_at", "issued_by", "sha256", "size", "paper", "language"):
        assert field in rows[0]
    copy, export = rows
    assert copy["recipients"] == [{"copy": 1, "of": 1, "name": "GUO Shengkun 郭声琨", "key": "CN-001"}]
    assert export["recipients"] == [] and export["paper"] == "a4" and export["meeting"] == 1
    assert copy["batch"] != export["batch"]
    assert export["sha256"] == hashlib.sha256(out.read_bytes()).hexdigest()

    assert run(url, "brief", "archive", "list", "--meeting", "1") == 0
    table = capsys.readouterr().out
    assert "(export)" in table and "1/1 GUO Shengkun" in table

    back = tmp_path / "back.pdf"
    assert run(url, "brief", "archive", "get", "1", "--out", str(back)) == 0
    assert back.read_bytes() == out.read_bytes()
    assert export["sha256"] in capsys.readouterr().out
    # an existing file is kept unless --force
    back.write_bytes(b"mine")
    assert run(url, "brief", "archive", "get", "2", "--out", str(back)) == 1
    assert "exists" in capsys.readouterr().err and back.read_bytes() == b"mine"
    assert run(url, "brief", "archive", "get", "2", "--out", str(back), "--force") == 0
    assert hashlib.sha256(back.read_bytes()).hexdigest() == copy["sha256"]


def test_bad_ids_and_meetings(url, tmp_path, capsys):
    assert run(url, "brief", "archive", "get", "7", "--out", str(tmp_path / "x.pdf")) == 1
    assert "No archived pack 7" in capsys.readouterr().err
    assert not (tmp_path / "x.pdf").exists()
    assert run(url, "brief", "archive", "list", "--meeting", "9") == 1
    assert "9" in capsys.readouterr().err
    assert run(url, "brief", "archive", "get", "zero", "--out", "x.pdf") == 2
    capsys.readouterr()
    assert run(url, "brief", "--meeting", "1") == 2
    assert "required: --out" in capsys.readouterr().err
    assert run(url, "brief", "--out", "x.pdf") == 2
    assert "required: --meeting" in capsys.readouterr().err
    assert run(url, "brief", "archive", "list", "--meeting", "1", "--json") == 0
    assert json.loads(capsys.readouterr().out) == []


def test_as_of_on_the_command_line(url, ctx, tmp_path, capsys):
    from datetime import date

    from dialogue_planner.services.requests import add_request

    add_request(
        ctx, from_side="US", to_side="CN", kind="information", subject="Late arrival",
        received_on=date(2016, 1, 5), today=date(2016, 1, 5),
    )  # fmt: skip
    out = tmp_path / "p.pdf"
    assert run(url, "brief", "--meeting", "1", "--out", str(out), "--as-of", "2015-12-01") == 0
    text = flat_text(out.read_bytes())
    assert "Asof1Dec2015" in text and "Latearrival" not in text
    assert run(url, "brief", "--meeting", "1", "--out", str(out), "--as-of", "2099-01-01") == 1
    assert "after today" in capsys.readouterr().err
    assert run(url, "brief", "--meeting", "1", "--out", str(out), "--as-of", "yesterday") == 2


def test_a_usage_error_opens_no_database(tmp_path, capsys):
    missing = tmp_path / "none.sqlite"
    assert main(["--db", str(missing), "brief", "--meeting", "1"]) == 2
    assert main(["--db", str(missing), "brief", "archive"]) == 2
    assert main(["--db", str(missing), "brief", "archive", "get", "1"]) == 2
    err = capsys.readouterr().err
    assert "required: --out" in err and "required: COMMAND" in err
    assert not missing.exists()
