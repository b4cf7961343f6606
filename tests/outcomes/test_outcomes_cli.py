"""The ``outcomes`` commands end to end through the command line's main function."""

from __future__ import annotations

import pytest

M = "3"


def test_draft_edit_propose_agree_revise_diff(run):
    out, _ = run("outcomes", "draft", "--meeting", M)
    assert "Version 1 opened" in out
    shown = run("outcomes", "show", "--meeting", M, "--json")
    assert list(shown)[:5] == ["meeting", "version", "status", "agreed_by", "paragraphs"]
    assert (shown["meeting"], shown["version"], shown["status"], shown["agreed_by"]) == (3, 1, "draft", [])
    first = shown["paragraphs"][0]
    assert list(first) == ["number", "text_en", "text_zh", "item"] and first["number"] == 1
    assert isinstance(first["item"], int) and first["text_zh"] == ""
    count = len(shown["paragraphs"])

    run("outcomes", "edit", "--meeting", M, "--paragraph", 1, "--text-zh", "双方同意建立热线。")
    run(
        "outcomes",
        "add",
        "--meeting",
        M,
        "--text-en",
        "Next meeting in Beijing.",
        "--text-zh",
        "下次会议在北京举行。",
    )
    run("outcomes", "remove", "--meeting", M, "--paragraph", 2)
    shown = run("outcomes", "show", "--meeting", M, "--json")
    assert len(shown["paragraphs"]) == count
    assert shown["paragraphs"][0]["text_zh"] == "双方同意建立热线。"
    assert shown["paragraphs"][-1] == {
        "number": count,
        "text_en": "Next meeting in Beijing.",
        "text_zh": "下次会议在北京举行。",
        "item": None,
    }

    run("outcomes", "propose", "--meeting", M)
    _, err = run("outcomes", "edit", "--meeting", M, "--paragraph", 1, "--text-en", "x", code=1)
    assert "revise it to open a new draft" in err and err.count("\n") == 1
    run("outcomes", "agree", "--meeting", M, "--side", "CN", "--by", "Meng Jianzhu")
    assert run("outcomes", "show", "--meeting", M, "--json")["agreed_by"] == ["CN"]
    out, _ = run("outcomes", "agree", "--meeting", M, "--side", "us")
    assert "final" in out
    final = run("outcomes", "show", "--meeting", M, "--json")
    assert (final["status"], final["agreed_by"]) == ("final", ["CN", "US"])
    assert final["agreements"][0]["by"] == "Meng Jianzhu"

    out, _ = run("outcomes", "revise", "--meeting", M, "--reason", "Name the agencies")
    assert "Version 2 opened" in out
    run(
        "outcomes",
        "edit",
        "--meeting",
        M,
        "--paragraph",
        1,
        "--text-en",
        "Both sides, by their agencies, agreed.",
    )
    latest = run("outcomes", "show", "--meeting", M, "--json")
    assert (latest["version"], latest["status"], latest["agreed_by"]) == (2, "draft", [])
    assert run("outcomes", "show", "--meeting", M, "--version", 1, "--json") == {**final, "latest": False}

    out, _ = run("outcomes", "diff", "--meeting", M, "--from", 1, "--to", 2)
    assert "1 paragraph(s) changed" in out and "+ en: Both sides, by their agencies, agreed." in out
    diff = run("outcomes", "diff", "--meeting", M, "--from", 1, "--to", 2, "--json")
    assert (diff["meeting"], diff["from"], diff["to"]) == (3, 1, 2)
    assert [p["change"] for p in diff["paragraphs"]].count("changed") == 1
    changed = next(p for p in diff["paragraphs"] if p["change"] == "changed")
    assert changed["text_zh_from"] == changed["text_zh_to"] == "双方同意建立热线。"


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["outcomes", "show", "--meeting", "999"], "no meeting number 999"),
        (["outcomes", "show", "--meeting", M], "no summary of outcomes yet"),
        (
            ["outcomes", "edit", "--meeting", M, "--paragraph", "1", "--text-en", "x"],
            "no summary of outcomes yet",
        ),
        (["outcomes", "add", "--meeting", M, "--text-en", "x", "--item", "1"], "no agenda item with id 1"),
        (["outcomes", "agree", "--meeting", M, "--side", "US"], "no summary of outcomes yet"),
        (["outcomes", "diff", "--meeting", M, "--from", "1", "--to", "2"], "no version 1"),
        (["outcomes", "pdf", "--meeting", "999", "--out", "x.pdf"], "no meeting number 999"),
    ],
)
def test_clear_errors_for_what_does_not_exist(run, argv, message):
    _, err = run(*argv, code=1)
    assert message in err and err.startswith("error: ") and err.count("\n") == 1


def test_errors_on_an_existing_summary_change_nothing(run):
    run("outcomes", "add", "--meeting", M, "--text-en", "One")
    before = run("outcomes", "show", "--meeting", M, "--json")
    for argv, message in [
        (["outcomes", "edit", "--meeting", M, "--paragraph", "4", "--text-en", "x"], "no paragraph 4"),
        (["outcomes", "remove", "--meeting", M, "--paragraph", "2"], "no paragraph 2"),
        (["outcomes", "show", "--meeting", M, "--version", "3"], "no version 3; it has version(s) 1"),
        (["outcomes", "agree", "--meeting", M, "--side", "US"], "propose it first"),
        (["outcomes", "revise", "--meeting", M, "--reason", "r"], "still a draft"),
        (["outcomes", "add", "--meeting", M, "--text-en", ""], "may not be empty"),
    ]:
        _, err = run(*argv, code=1)
        assert message in err, (argv, err)
    run("outcomes", "propose", "--meeting", M)
    _, err = run("outcomes", "agree", "--meeting", M, "--side", "FR", code=1)
    assert "Unknown side 'FR': use one of CN, US" in err
    after = run("outcomes", "show", "--meeting", M, "--json")
    assert after["paragraphs"] == before["paragraphs"] and after["agreed_by"] == []


@pytest.mark.parametrize(
    "argv",
    [
        ["outcomes", "show"],
        ["outcomes", "show", "--meeting", "0"],
        ["outcomes", "agree", "--meeting", M],
        ["outcomes", "diff", "--meeting", M, "--from", "1"],
        ["outcomes", "pdf", "--meeting", M, "--out", "x.pdf", "--paper", "legal"],
        ["outcomes", "pdf", "--meeting", M, "--out", "x.pdf", "--language", "fr"],
        ["outcomes", "edit", "--meeting", M, "--paragraph", "99999999999"],
    ],
)
def test_usage_errors_exit_2(run, argv):
    run(*argv, code=2)


def test_pdf_command_writes_the_file(run, tmp_path):
    run("outcomes", "add", "--meeting", M, "--text-en", "Hotline established.", "--text-zh", "热线已建立。")
    out_file = tmp_path / "out" / "outcomes.pdf"
    out, _ = run(
        "outcomes", "pdf", "--meeting", M, "--out", out_file, "--paper", "letter", "--language", "zh"
    )
    assert out_file.read_bytes().startswith(b"%PDF") and "letter, zh, version 1, draft" in out
