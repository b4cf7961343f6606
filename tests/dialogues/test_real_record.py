"""The real 2015–2017 record, built through the commands: the dialogue established in September 2015
meeting twice a year, held 1 Dec 2015 (Washington), 14 Jun 2016 (Beijing) and 7 Dec 2016 (Washington),
ended in 2017 and replaced by the Law Enforcement and Cybersecurity Dialogue (one round, 4 Oct 2017)."""

from __future__ import annotations

from dialogue_record import build_record


def test_the_record_and_its_compliance(cli):
    item = build_record(cli)
    listed = {d["code"]: d for d in cli("dialogues", "list", "--json")}
    assert listed["CYBERCRIME"] == {
        "code": "CYBERCRIME",
        "name_en": listed["CYBERCRIME"]["name_en"],
        "name_zh": listed["CYBERCRIME"]["name_zh"],
        "established": "2015-09-25",
        "ended": "2017-04-07",
        "successor": "LECD",
        "meetings_per_year": 2,
        "current": False,
        "first_meeting_deadline": "2015-12-31",
        "cadence": [],
    }
    assert (listed["LECD"]["current"], listed["LECD"]["ended"], listed["LECD"]["meetings_per_year"]) == (
        True,
        None,
        1,
    )

    agenda = cli("--dialogue", "CYBERCRIME", "agenda", "list", "--meeting", 1, "--json")
    assert [(i["id"], i["status"], i["outcome"]) for i in agenda] == [
        (item["id"], "resolved", "Guidelines agreed; hotline to be tested")
    ]

    old = cli("--dialogue", "CYBERCRIME", "schedule", "check", "--as-of", "2018-01-01", "--json")
    assert old["first_deadline"] == {"date": "2015-12-31", "met": True, "meeting": 1}
    assert [(w["window"], w["status"], w["meeting"]) for w in old["windows"]] == [
        ("2015-H2", "met", 1),
        ("2016-H1", "met", 2),
        ("2016-H2", "met", 3),
        ("2017-H1", "missed", None),
    ]
    # the window the dialogue ended in counted only up to the end: as of its end nothing was left
    at_end = cli("schedule", "check", "--dialogue", "CYBERCRIME", "--as-of", "2017-04-07", "--json")
    assert (at_end["windows"][-1]["window"], at_end["windows"][-1]["days_left"]) == ("2017-H1", 0)
    # the same question asked before the end: the end is still the deadline
    before = cli("schedule", "check", "--dialogue", "CYBERCRIME", "--as-of", "2017-03-08", "--json")
    assert (before["windows"][-1]["status"], before["windows"][-1]["days_left"]) == ("at-risk", 30)

    new = cli("schedule", "check", "--as-of", "2018-01-01", "--json")  # LECD is current
    assert [(w["window"], w["status"], w["meeting"]) for w in new["windows"]] == [
        ("2017", "met", 1),
        ("2018", "upcoming", None),
    ]
    meetings = cli("meetings", "list", "--json")
    assert [(m["number"], m["city"]) for m in meetings] == [(1, "Washington")]

    # nothing is proposed past the end
    proposals = cli("--dialogue", "CYBERCRIME", "schedule", "propose", "--from", "2017-01-01", "--json")[
        "proposals"
    ]
    assert [p["window"] for p in proposals] == ["2017-H1"]
    assert proposals[0]["date"] is None or proposals[0]["date"] <= "2017-04-07"
    assert cli("--dialogue", "CYBERCRIME", "schedule", "propose", "--from", "2017-05-01", "--json") == {
        "proposals": []
    }


def test_cadence_history_changes_the_windows(cli):
    build_record(cli)
    cli("dialogues", "cadence", "LECD", "--from", "2019-03-01", "--meetings-per-year", 2)
    report = cli("schedule", "check", "--as-of", "2019-12-31", "--json")
    assert [w["window"] for w in report["windows"]] == ["2017", "2018", "2019-H1", "2019-H2"]
    cli("meetings", "add", "--date", "2019-10-15", "--host", "CN", "--city", "Beijing", "--status", "held")
    assert [m["window"] for m in cli("meetings", "list", "--json")] == ["2017", "2019-H2"]
    assert "write the window like 2019-H1" in cli(
        "meetings",
        "add",
        "--date",
        "2019-11-15",
        "--host",
        "CN",
        "--city",
        "Beijing",
        "--window",
        "2019",
        code=1,
    )
    report = cli("schedule", "check", "--as-of", "2019-12-31", "--json")
    assert [(w["window"], w["status"]) for w in report["windows"]] == [
        ("2017", "met"),
        ("2018", "missed"),
        ("2019-H1", "missed"),
        ("2019-H2", "met"),
    ]
    listed = {d["code"]: d for d in cli("dialogues", "list", "--json")}
    assert listed["LECD"]["cadence"] == [{"from": "2019-03-01", "meetings_per_year": 2}]


def test_the_default_dialogue_is_the_one_last_chosen(cli):
    build_record(cli)
    assert [m["number"] for m in cli("meetings", "list", "--json")] == [1]
    cli("dialogues", "use", "cybercrime")
    assert [m["number"] for m in cli("meetings", "list", "--json")] == [1, 2, 3]
    assert [m["number"] for m in cli("meetings", "list", "--json", "--dialogue", "LECD")] == [1]
    assert [d["code"] for d in cli("dialogues", "list", "--json") if d["current"]] == ["CYBERCRIME"]


def test_hand_over_lists_first_then_passes(cli):
    build_record(cli)
    cli("dialogues", "use", "CYBERCRIME")
    open_item = cli("agenda", "add", "--meeting", 3, "--title", "Status of investigations", "--json")
    cli("agenda", "action", open_item["id"], "--description", "Send the case list", "--owner", "US")
    request = cli(
        "requests",
        "add",
        "--from",
        "US",
        "--to",
        "CN",
        "--kind",
        "information",
        "--subject",
        "Botnet C2",
        "--received",
        "2016-11-01",
        "--json",
    )
    cli("--dialogue", "LECD", "meetings", "add", "--date", "2018-10-04", "--host", "CN", "--city", "Beijing")

    listing = cli("dialogues", "hand-over", "CYBERCRIME", "--dry-run", "--json")
    assert listing == {
        "from": "CYBERCRIME",
        "to": "LECD",
        "applied": False,
        "to_meeting": 2,
        "agenda_items": [
            {"item": open_item["id"], "meeting": 3, "title": "Status of investigations", "open_actions": 1}
        ],
        "requests": [request["reference"]],
        "escalations": [],
    }
    assert cli("requests", "show", request["reference"], "--json")["status"] == "open"
    done = cli("dialogues", "hand-over", "CYBERCRIME", "--json")
    assert {**done, "applied": False} == listing and done["applied"] is True
    passed = cli("--dialogue", "LECD", "agenda", "list", "--meeting", 2, "--json")
    assert [(i["title"], i["carried_from"], len(i["actions"])) for i in passed] == [
        ("Status of investigations", open_item["id"], 1)
    ]
    assert request["reference"] in [
        r["reference"] for r in cli("--dialogue", "LECD", "requests", "list", "--json")
    ]
    assert request["reference"] not in [r["reference"] for r in cli("requests", "list", "--json")]
    assert "nothing open to hand over" in cli("dialogues", "hand-over", "CYBERCRIME", code=1)
