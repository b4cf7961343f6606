"""The dialogue's life on both engines: the record, the choice of dialogue, the end, the hand-over."""

from __future__ import annotations

from dialogue_record import build_record


def test_the_record_on_both_engines(any_cli):
    cli = any_cli
    build_record(cli)
    listed = {
        d["code"]: (d["ended"], d["successor"], d["current"]) for d in cli("dialogues", "list", "--json")
    }
    assert listed == {"CYBERCRIME": ("2017-04-07", "LECD", False), "LECD": (None, None, True)}
    report = cli("schedule", "check", "--dialogue", "cybercrime", "--as-of", "2018-01-01", "--json")
    assert [w["status"] for w in report["windows"]] == ["met", "met", "met", "missed"]
    assert "circle of successors" in cli(
        "dialogues", "end", "LECD", "--on", "2018-01-01", "--successor", "CYBERCRIME", code=1
    )
    cli("dialogues", "use", "CYBERCRIME")
    cli("agenda", "add", "--meeting", 3, "--title", "Open matter")
    cli("--dialogue", "LECD", "meetings", "add", "--date", "2018-10-04", "--host", "CN", "--city", "Beijing")
    done = cli("dialogues", "hand-over", "CYBERCRIME", "--json")
    assert (done["applied"], done["to_meeting"], [i["title"] for i in done["agenda_items"]]) == (
        True,
        2,
        ["Open matter"],
    )
    assert "2 agenda items refer to it" in cli(
        "meetings", "delete", 3, code=1
    )  # the item and its carried copy
    cli(
        "--dialogue",
        "LECD",
        "meetings",
        "add",
        "--date",
        "2019-10-04",
        "--host",
        "US",
        "--city",
        "Washington",
    )
    cli("--dialogue", "LECD", "meetings", "delete", 3)
    assert [m["number"] for m in cli("--dialogue", "LECD", "meetings", "list", "--json")] == [1, 2]
