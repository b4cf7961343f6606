"""Every refusal of the dialogue commands: one line, exit 1 (or 2 for usage), nothing changed."""

from __future__ import annotations

import pytest
from dialogue_record import build_record


def _state(cli) -> list:
    return [cli("dialogues", "list", "--json"), cli("--dialogue", "CYBERCRIME", "meetings", "list", "--json")]


@pytest.mark.parametrize("code", ["NOPE", "a\x00b", "x\ny", "C" * 400, "", " "])
def test_unknown_codes_are_named(cli, code):
    before = _state(cli)
    for argv in (
        ("dialogues", "end", code, "--on", "2017-01-01"),
        ("dialogues", "use", code),
        ("dialogues", "cadence", code, "--from", "2017-01-01", "--meetings-per-year", "1"),
        ("dialogues", "hand-over", code, "--dry-run"),
        ("--dialogue", code, "meetings", "list"),
        ("meetings", "list", "--dialogue", code),
        ("dialogues", "end", "CYBERCRIME", "--on", "2017-01-01", "--successor", code),
    ):
        message = cli(*argv, code=1)
        assert "dialogue" in message.lower() or "code" in message.lower(), message
    assert _state(cli) == before


def test_unknown_code_lists_the_codes(cli):
    assert "the dialogues here are CYBERCRIME" in cli("--dialogue", "LECD", "meetings", "list", code=1)


@pytest.mark.parametrize(
    "day", ["0001-01-01", "9999-12-31", "1899-12-31", "2101-01-01", "2016-02-30", "today", ""]
)
def test_bad_dates(cli, day):
    before = _state(cli)
    for argv in (
        ("dialogues", "end", "CYBERCRIME", "--on", day),
        ("dialogues", "cadence", "CYBERCRIME", "--from", day, "--meetings-per-year", "1"),
        ("dialogues", "add", "--name-en", "X", "--code", "X", "--established", day),
    ):
        status = 1 if day in ("0001-01-01", "9999-12-31", "1899-12-31", "2101-01-01") else 2
        message = cli(*argv, code=status)
        assert day in message or "date" in message, message
    assert _state(cli) == before


def test_ending_before_the_last_held_meeting_or_the_establishment(cli):
    build_record(cli)
    before = _state(cli)
    assert "held its meeting 3 on 2016-12-07" in cli(
        "dialogues", "end", "CYBERCRIME", "--on", "2016-12-06", code=1
    )
    assert "established on 2015-09-25" in cli("dialogues", "end", "CYBERCRIME", "--on", "2015-09-24", code=1)
    cli("dialogues", "end", "CYBERCRIME", "--on", "2016-12-07")  # the day of the last meeting is allowed
    assert _state(cli)[0][0]["ended"] == "2016-12-07"
    assert before[0][0]["ended"] == "2017-04-07"


def test_successor_cycles(cli):
    build_record(cli)
    assert "cannot succeed itself" in cli(
        "dialogues", "end", "LECD", "--on", "2018-01-01", "--successor", "lecd", code=1
    )
    cycle = cli("dialogues", "end", "LECD", "--on", "2018-01-01", "--successor", "CYBERCRIME", code=1)
    assert "circle of successors (LECD → CYBERCRIME → LECD)" in cycle
    cli("dialogues", "add", "--name-en", "Third", "--code", "THIRD", "--established", "2019-01-01")
    cli("dialogues", "end", "LECD", "--on", "2018-12-31", "--successor", "THIRD")
    longer = cli("dialogues", "end", "THIRD", "--on", "2020-01-01", "--successor", "CYBERCRIME", code=1)
    assert "THIRD → CYBERCRIME → LECD → THIRD" in longer
    assert {d["code"]: d["ended"] for d in cli("dialogues", "list", "--json")}["THIRD"] is None


@pytest.mark.parametrize(
    ("argv", "words"),
    [
        (("--code", "1ABC"), "start with a letter"),
        (("--code", "A B"), "not a usable dialogue code"),
        (("--code", "C" * 40), "at most 32"),
        (("--code", "cybercrime"), "exists already"),
        (("--code", "NEW", "--name-en", "   "), "English name"),
        (("--code", "NEW", "--name-en", "a\x00b"), "English name"),
        (("--code", "NEW", "--first-by", "2017-01-01"), "before the dialogue is established"),
    ],
)
def test_add_refusals(cli, argv, words):
    before = _state(cli)
    base = {"--name-en": "New dialogue", "--established": "2018-01-01"}
    merged = [*argv]
    for key, value in base.items():
        if key not in argv:
            merged += [key, value]
    message = cli("dialogues", "add", *merged, code=1)
    if words:
        assert words in message
    assert _state(cli) == before


@pytest.mark.parametrize("k", ["0", "3", "-1", "99999999999", "two"])
def test_cadence_is_once_or_twice(cli, k):
    cli("dialogues", "cadence", "CYBERCRIME", "--from", "2017-01-01", "--meetings-per-year", k, code=2)
    cli(
        "dialogues",
        "add",
        "--name-en",
        "N",
        "--code",
        "N",
        "--established",
        "2018-01-01",
        "--meetings-per-year",
        k,
        code=2,
    )


def test_cadence_outside_the_life(cli):
    build_record(cli)
    assert "cannot start before" in cli(
        "dialogues", "cadence", "CYBERCRIME", "--from", "2015-01-01", "--meetings-per-year", 1, code=1
    )
    assert "cannot start after" in cli(
        "dialogues", "cadence", "CYBERCRIME", "--from", "2018-01-01", "--meetings-per-year", 1, code=1
    )


def test_hand_over_needs_an_end_and_a_place(cli):
    assert "end it first" in cli("dialogues", "hand-over", "CYBERCRIME", "--dry-run", code=1)
    build_record(cli)
    cli("dialogues", "use", "CYBERCRIME")
    cli("agenda", "add", "--meeting", 3, "--title", "Open matter")
    message = cli("dialogues", "hand-over", "CYBERCRIME", code=1)
    assert "LECD has no planned meeting" in message
    listing = cli("dialogues", "hand-over", "CYBERCRIME", "--dry-run", "--json")
    assert listing["to_meeting"] is None and len(listing["agenda_items"]) == 1


def test_meeting_status_correction_and_delete(cli, ctx):
    build_record(cli)
    cli("dialogues", "use", "CYBERCRIME")
    assert "Say why" in cli("meetings", "status", 3, "--to", "planned", "--reason", "  ", code=1)
    assert "no meeting number 9" in cli(
        "--dialogue", "LECD", "meetings", "status", 9, "--to", "planned", "--reason", "x", code=1
    )
    assert "invalid choice" in cli("meetings", "status", 3, "--to", "held", "--reason", "x", code=2)
    cli("meetings", "status", 2, "--to", "cancelled", "--reason", "Recorded against the wrong date")
    meetings = {m["number"]: m for m in cli("meetings", "list", "--json")}
    assert meetings[2]["status"] == "cancelled"
    assert "is cancelled, not held" in cli(
        "meetings", "status", 2, "--to", "planned", "--reason", "x", code=1
    )
    from dialogue_planner.services.audit import list_audit

    corrections = [e for e in list_audit(ctx, entity="meeting") if e.action == "meeting.status_correction"]
    assert [e.summary for e in corrections] == [
        "meeting 2: held corrected to cancelled; reason: Recorded against the wrong date"
    ]
    assert corrections[0].before["actual_city"] == "Beijing" and corrections[0].after["actual_city"] == ""
    # a meeting with an agenda item cannot be deleted; one without can
    message = cli("meetings", "delete", 1, code=1)
    assert "1 agenda items refer to it" in message
    cli("meetings", "delete", 2)
    assert sorted(m["number"] for m in cli("meetings", "list", "--json")) == [1, 3]
    assert "no meeting number 2" in cli("meetings", "delete", 2, code=1)
