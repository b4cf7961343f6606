"""The delegation and brief commands, end to end through main()."""

from __future__ import annotations

import json

import pytest

from dialogue_planner.cli import main

from .conftest import build_scene
from .pdf_reading import page_texts


@pytest.fixture
def cli_scene(ctx, db_url):
    scene = build_scene(ctx)
    return scene, db_url


def run(db_url, *args):
    return main(["--db", db_url, *args])


def test_delegation_add_list_json(cli_scene, capsys):
    scene, url = cli_scene
    assert run(url, "delegation", "add", "--meeting", "1", "--delegate", "CN-001", "--role", "head") == 0
    assert "added GUO Shengkun" in capsys.readouterr().out
    assert run(url, "delegation", "add", "--meeting", "1", "--delegate", "sally@example.gov") == 0
    capsys.readouterr()
    assert run(url, "delegation", "list", "--meeting", "1", "--json") == 0
    rows = json.loads(capsys.readouterr().out)
    assert [(r["delegate"], r["name"], r["role"], r["side"]) for r in rows] == [
        ("sally@example.gov", "YATES Sally", "member", "US"),
        ("CN-001", "GUO Shengkun", "head", "CN"),
    ] or [(r["delegate"], r["role"]) for r in rows] == [("CN-001", "head"), ("sally@example.gov", "member")]
    assert set(rows[0]) >= {
        "id",
        "meeting",
        "delegate",
        "name",
        "native_name",
        "side",
        "agency",
        "role",
        "position",
        "attended",
        "represented_by",
    }
    assert run(url, "delegation", "list", "--meeting", "1") == 0
    table = capsys.readouterr().out
    assert "GUO Shengkun 郭声琨" in table and "head" in table


def test_delegation_update_and_remove(cli_scene, capsys):
    scene, url = cli_scene
    run(url, "delegation", "add", "--meeting", "1", "--delegate", "US-001", "--role", "co-chair")
    run(url, "delegation", "add", "--meeting", "1", "--delegate", "sally@example.gov")
    assert (
        run(
            url,
            "delegation",
            "update",
            "--meeting",
            "1",
            "--delegate",
            "US-001",
            "--represented-by",
            "sally@example.gov",
        )
        == 0
    )
    assert "represented by YATES Sally" in capsys.readouterr().out
    assert run(url, "delegation", "remove", "--meeting", "1", "--delegate", "US-001") == 0
    capsys.readouterr()
    run(url, "delegation", "list", "--meeting", "1", "--json")
    assert [r["delegate"] for r in json.loads(capsys.readouterr().out)] == ["sally@example.gov"]


@pytest.mark.parametrize(
    "args, message",
    [
        (["delegation", "add", "--meeting", "1", "--delegate", "nobody"], "error: No delegate"),
        (
            ["delegation", "add", "--meeting", "7", "--delegate", "CN-001"],
            "error: There is no meeting number 7 in this dialogue.",
        ),
        (["delegation", "remove", "--meeting", "1", "--delegate", "CN-001"], "is not on the delegation"),
        (
            ["brief", "--meeting", "9", "--out", "x.pdf"],
            "error: There is no meeting number 9 in this dialogue.",
        ),
    ],
)
def test_user_errors_exit_1_with_one_line(cli_scene, capsys, args, message):
    _, url = cli_scene
    assert run(url, *args) == 1
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err and err.count("\n") == 1


def test_usage_errors_exit_2(cli_scene, capsys):
    _, url = cli_scene
    assert run(url, "delegation", "add", "--meeting", "1", "--delegate", "CN-001", "--role", "king") == 2
    assert run(url, "brief", "--meeting", "1", "--out", "x.pdf", "--paper", "a3") == 2
    assert run(url, "brief", "--meeting", "1", "--out", "x.pdf", "--language", "fr") == 2


def test_brief_writes_the_pack(cli_scene, capsys, tmp_path):
    _, url = cli_scene
    run(url, "delegation", "add", "--meeting", "1", "--delegate", "CN-002")
    out = tmp_path / "pack.pdf"
    assert (
        run(
            url,
            "brief",
            "--meeting",
            "1",
            "--out",
            str(out),
            "--paper",
            "a4",
            "--language",
            "zh",
            "--marking",
            "内部 & <limited>",
        )
        == 0
    )
    assert "wrote" in capsys.readouterr().out
    pages = page_texts(out.read_bytes())
    assert "第1次会议" in pages[0] and "内部 & <limited>" in pages[0] and "张伟" in "".join(pages)


def test_brief_with_copies_writes_one_file_per_recipient(cli_scene, capsys, tmp_path):
    _, url = cli_scene
    out = tmp_path / "out" / "pack.pdf"
    assert run(url, "brief", "--meeting", "1", "--out", str(out), "--copy-for", "CN-001", "US-001") == 0
    printed = capsys.readouterr().out
    assert "copy 1 of 2 for GUO Shengkun 郭声琨" in printed and "copy 2 of 2 for JOHNSON Jeh" in printed
    files = sorted(p.name for p in (tmp_path / "out").iterdir())
    assert files == ["pack-copy01of2-CN-001.pdf", "pack-copy02of2-US-001.pdf"]
    assert not out.exists()


@pytest.mark.parametrize(
    "argv",
    [
        ["--copy-for", "CN-001", "--copy-for", "US-001"],
        ["--copy-for", "CN-001", "--copy-for", "US-001", "--deterministic"],
    ],
)
def test_brief_copy_for_given_twice_keeps_both_recipients(cli_scene, capsys, tmp_path, argv):
    _, url = cli_scene
    out = tmp_path / "out" / "pack.pdf"
    assert run(url, "brief", "--meeting", "1", "--out", str(out), *argv) == 0
    printed = capsys.readouterr().out
    assert "copy 1 of 2 for GUO Shengkun 郭声琨" in printed and "copy 2 of 2 for JOHNSON Jeh" in printed
    assert len(list((tmp_path / "out").iterdir())) == 2


def test_brief_refuses_missing_glyphs_unless_asked(cli_scene, capsys, tmp_path):
    scene, url = cli_scene
    from dialogue_planner.services.agencies import list_agencies
    from dialogue_planner.services.roster import add_delegate

    agency = next(a for a in list_agencies(scene.ctx) if a.side_code == "US")
    add_delegate(scene.ctx, dict(agency_id=agency.id, family_name="Smile 😀", external_id="US-EMOJI"))
    run(url, "delegation", "add", "--meeting", "1", "--delegate", "US-EMOJI")
    capsys.readouterr()
    out = tmp_path / "p.pdf"
    assert run(url, "brief", "--meeting", "1", "--out", str(out)) == 1
    err = capsys.readouterr().err
    assert "U+1F600" in err and not out.exists() and err.count("\n") == 1
    assert run(url, "brief", "--meeting", "1", "--out", str(out), "--replace-missing-glyphs") == 0
    assert "printed as U+FFFD" in capsys.readouterr().err and out.exists()
