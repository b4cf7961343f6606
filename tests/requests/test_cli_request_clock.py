"""``requests pause``, ``resume``, ``extend``, ``result``, the rater of ``respond`` and the Chinese texts
on the command line (issue 16, 17): output, JSON, exit codes and one-line errors."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest

from dialogue_planner.cli import main


@pytest.fixture
def run(ctx, db_url, capsys):
    capsys.readouterr()

    def invoke(*argv):
        code = main(["--db", db_url, *argv])
        out, err = capsys.readouterr()
        return code, out, err

    return invoke


@pytest.fixture
def ref(run):
    code, out, _ = run(
        "requests", "add", "--from", "US", "--to", "CN", "--kind", "information", "--subject", "Botnet",
        "--received", "2016-01-04", "--subject-zh", "僵尸网络", "--description-zh", "请提供日志", "--json",
    )  # fmt: skip
    assert code == 0
    shown = json.loads(out)
    assert (shown["subject_zh"], shown["description_zh"], shown["original_due"]) == (
        "僵尸网络",
        "请提供日志",
        "2016-02-03",
    )
    return shown["reference"]


def test_pause_resume_extend_and_show(run, ref):
    code, out, _ = run("requests", "pause", ref, "--reason", "Asked for logs", "--date", "2016-01-10")
    assert code == 0 and out.strip() == (
        f"{ref}: clock paused from 2016-01-10; response due 2016-02-03 "
        f"({(date.today() - date(2016, 1, 10)).days} days paused; paused since 2016-01-10)."
    )
    code, out, err = run("requests", "pause", ref, "--reason", "again", "--date", "2016-01-11")
    assert code == 1 and err.strip() == f"error: {ref} is already paused since 2016-01-10; resume it first."
    code, out, _ = run("requests", "resume", ref, "--date", "2016-01-20")
    assert code == 0 and out.strip() == (
        f"{ref}: clock running again; response due 2016-02-13 (first due 2016-02-03; 10 days paused)."
    )
    code, out, err = run("requests", "resume", ref, "--date", "2016-01-21")
    assert code == 1 and err.strip() == f"error: {ref} is not paused; there is nothing to resume."
    code, out, _ = run(
        "requests",
        "extend",
        ref,
        "--until",
        "2016-03-31",
        "--reason",
        "Agreed",
        "--date",
        "2016-01-25",
        "--json",
    )
    shown = json.loads(out)
    assert (shown["due"], shown["original_due"], shown["extended_until"], shown["paused_days"]) == (
        "2016-03-31",
        "2016-02-03",
        "2016-03-31",
        10,
    )
    code, out, _ = run("requests", "show", ref, "--json")
    shown = json.loads(out)
    assert shown["pauses"] == [
        {"start": "2016-01-10", "end": "2016-01-20", "days": 10, "reason": "Asked for logs"}
    ]
    assert shown["extensions"] == [
        {"date": "2016-01-25", "from_due": "2016-02-13", "until": "2016-03-31", "reason": "Agreed"}
    ]
    assert [h["kind"] for h in shown["history"]] == ["paused", "resumed", "extended"]
    assert shown["history"][2]["new_due"] == "2016-03-31"
    code, out, _ = run("requests", "show", ref)
    assert "Paused from 2016-01-10 to 2016-01-20 (10 days): Asked for logs" in out
    assert "Extended on 2016-01-25 from 2016-02-13 to 2016-03-31: Agreed" in out
    assert "僵尸网络" in out


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (
            ("pause", "{ref}", "--reason", ""),
            "Say why the clock of {ref} is paused: give the reason. Give it with --reason.",
        ),
        (("pause", "{ref}", "--reason", "x", "--date", "2015-01-01"), "before the request was received"),
        (("pause", "{ref}", "--reason", "x", "--date", "{tomorrow}"), "is in the future"),
        (("pause", "US-2016-0999", "--reason", "x"), "US-2016-0999"),
        (
            ("extend", "{ref}", "--until", "2016-01-05", "--reason", "x"),
            "is not after the due date 2016-02-03",
        ),
        (("extend", "{ref}", "--until", "2016-05-05", "--reason", " "), "Give it with --reason."),
        (("result", "{ref}"), "Nothing to record: give --text, --text-zh, --shareable or --not-shareable."),
        (("result", "{ref}", "--shareable"), "has no result to share yet"),
        (
            ("respond", "{ref}", "--date", "2016-01-20", "--quality", "complete", "--rated-by", ""),
            "who rated",
        ),
    ],
)
def test_bad_clock_commands_say_why_in_one_line(run, ref, argv, message):
    tomorrow = (date.today() + timedelta(days=1)).isoformat()
    code, out, err = run("requests", *(a.format(ref=ref, tomorrow=tomorrow) for a in argv))
    assert code == 1 and out == ""
    assert message.format(ref=ref) in err and len(err.strip().splitlines()) == 1


def test_shareable_flags_exclude_each_other(run, ref):
    code, _, err = run("requests", "result", ref, "--shareable", "--not-shareable")
    assert code == 2 and "not allowed with" in err


def test_result_rating_and_report(run, ref):
    code, out, _ = run("requests", "result", ref, "--text", "Two arrests", "--date", "2016-03-01")
    assert code == 0 and out.strip() == f"{ref}: result recorded, not shareable with the other side."
    code, out, _ = run("requests", "result", ref, "--shareable", "--json")
    assert (json.loads(out)["result"], json.loads(out)["shareable"]) == ("Two arrests", True)
    code, out, _ = run(
        "requests", "respond", ref, "--date", "2016-01-20", "--quality", "partial",
        "--rated-by", "Desk officer", "--quality-reason", "Logs without hashes",
    )  # fmt: skip
    assert code == 0
    shown = json.loads(run("requests", "show", ref, "--json")[1])
    assert (shown["quality_rated_by"], shown["quality_reason"]) == ("Desk officer", "Logs without hashes")
    assert [h["rated_by"] for h in shown["history"] if h["kind"] == "response"] == ["Desk officer"]
    code, out, _ = run("requests", "edit", ref, "--subject-zh", "", "--json")
    assert code == 0 and json.loads(out)["subject_zh"] is None
    report = json.loads(run("requests", "report", "--from", "2016-01-01", "--to", "2016-06-30", "--json")[1])
    cn = report["by_responding_side"]["CN"]
    assert {
        k: cn[k] for k in ("on_time", "on_time_under_extension", "extended", "paused", "paused_days")
    } == {
        "on_time": 1,
        "on_time_under_extension": 0,
        "extended": 0,
        "paused": 0,
        "paused_days": 0,
    }
    text = run("requests", "report", "--from", "2016-01-01", "--to", "2016-06-30")[1]
    assert "of which only under an extension" in text and "days paused" in text


def test_undo_takes_a_pause_back(ctx):
    from dialogue_planner.services import requests as rs
    from dialogue_planner.services.undo import undo_operation

    r = rs.add_request(
        ctx, from_side="US", to_side="CN", kind="information", subject="s", received_on=date(2016, 1, 4)
    )
    rs.pause_clock(ctx, r.reference, reason="x", on=date(2016, 1, 10))
    undo_operation(ctx, ctx.last_operation)
    back = rs.get_request(ctx, r.reference)
    assert back.request.paused_since is None and back.history == ()
