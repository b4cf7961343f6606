"""The meetings, schedule, blackouts and calendar commands, end to end on a SQLite file."""

from __future__ import annotations

import json

import icalendar
import pytest

from dialogue_planner.cli import main


@pytest.fixture
def run(tmp_path, capsys):
    url = f"sqlite:///{tmp_path / 'cli.sqlite'}"
    assert main(["--db", url, "init"]) == 0
    capsys.readouterr()

    def invoke(*argv):
        code = main(["--db", url, *argv])
        out, err = capsys.readouterr()
        return code, out, err

    return invoke


def add_history(run):
    assert (
        run(
            "meetings",
            "add",
            "--date",
            "2015-12-01",
            "--host",
            "US",
            "--city",
            "Washington",
            "--status",
            "held",
            "--start-time",
            "09:00",
            "--end-time",
            "17:00",
        )[0]
        == 0
    )
    assert run("meetings", "add", "--date", "2016-06-10", "--host", "US", "--city", "Washington")[0] == 0
    assert (
        run(
            "meetings",
            "update",
            "2",
            "--date",
            "2016-06-14",
            "--host",
            "CN",
            "--city",
            "Beijing",
            "--status",
            "held",
        )[0]
        == 0
    )
    assert (
        run(
            "meetings",
            "add",
            "--date",
            "2016-12-07",
            "--host",
            "US",
            "--city",
            "Washington",
            "--status",
            "held",
        )[0]
        == 0
    )


def test_meetings_list_json_has_the_public_fields(run):
    add_history(run)
    code, out, _ = run("meetings", "list", "--json")
    rows = json.loads(out)
    assert code == 0
    assert [
        {k: r[k] for k in ("number", "date", "end", "host", "city", "status", "window")} for r in rows
    ] == [
        {
            "number": 1,
            "date": "2015-12-01",
            "end": "2015-12-01",
            "host": "US",
            "city": "Washington",
            "status": "held",
            "window": "2015-H2",
        },
        {
            "number": 2,
            "date": "2016-06-14",
            "end": "2016-06-14",
            "host": "CN",
            "city": "Beijing",
            "status": "held",
            "window": "2016-H1",
        },
        {
            "number": 3,
            "date": "2016-12-07",
            "end": "2016-12-07",
            "host": "US",
            "city": "Washington",
            "status": "held",
            "window": "2016-H2",
        },
    ]
    # Marked held in the same edit: the new values are the actual ones, the plan stays as it was.
    assert rows[1]["planned"] == {
        "date": "2016-06-10",
        "end": "2016-06-10",
        "host": "US",
        "city": "Washington",
        "city_zh": "",
    }
    assert rows[1]["actual"] == {
        "date": "2016-06-14",
        "end": "2016-06-14",
        "host": "CN",
        "city": "Beijing",
        "city_zh": None,  # no Chinese entered for it
    }
    code, out, _ = run("meetings", "list")
    assert "2016-06-14  CN    Beijing" in out


def test_meetings_show_gives_both_local_times(run):
    add_history(run)
    code, out, _ = run("meetings", "show", "1")
    assert code == 0
    assert "US: 2015-12-01 09:00 - 17:00 EST (America/New_York)" in out
    assert "CN: 2015-12-01 22:00 - 2015-12-02 06:00 CST (Asia/Shanghai)" in out


def test_schedule_propose_json_shape(run):
    add_history(run)
    code, out, _ = run("schedule", "propose", "--from", "2017-01-01", "--count", "3", "--json")
    data = json.loads(out)
    assert code == 0 and list(data) == ["proposals"]
    first = data["proposals"][0]
    assert {"window", "date", "end", "host", "alternates", "reasons"} <= set(first)
    assert [p["window"] for p in data["proposals"]] == ["2017-H1", "2017-H2", "2018-H1"]
    assert [p["host"] for p in data["proposals"]] == ["CN", "US", "CN"]
    assert first["city"] == "Beijing" and len(first["alternates"]) <= 3 and first["reasons"]
    code, out, _ = run("schedule", "propose", "--from", "2017-01-01", "--count", "1")
    assert out.startswith("2017-H1: 2017-04-06, host CN") and "  - " in out


def test_schedule_check_json_shape(run):
    add_history(run)
    code, out, _ = run("schedule", "check", "--as-of", "2017-11-15", "--json")
    data = json.loads(out)
    assert data["first_deadline"] == {"date": "2015-12-31", "met": True, "meeting": 1}
    assert [(w["window"], w["status"], w["meeting"]) for w in data["windows"]] == [
        ("2015-H2", "met", 1),
        ("2016-H1", "met", 2),
        ("2016-H2", "met", 3),
        ("2017-H1", "missed", None),
        ("2017-H2", "at-risk", None),
    ]
    code, out, _ = run("schedule", "check", "--as-of", "2017-11-15")
    assert "First-meeting deadline 2015-12-31: met (meeting 1)" in out and "at-risk" in out


def test_blackouts_add_list_remove(run):
    assert run("blackouts", "add", "--start", "2017-09-01", "--end", "2017-09-30", "--reason", "UNGA")[0] == 0
    code, out, _ = run("blackouts", "list", "--json")
    assert json.loads(out) == [
        {"id": 1, "start": "2017-09-01", "end": "2017-09-30", "reason": "UNGA", "side": None}
    ]
    assert run("blackouts", "remove", "1")[0] == 0
    assert json.loads(run("blackouts", "list", "--json")[1]) == []
    code, _, err = run("blackouts", "remove", "1")
    assert code == 1 and err.startswith("error: No blackout with id 1")


def test_calendar_export_file_and_one_meeting(run, tmp_path):
    add_history(run)
    target = tmp_path / "out" / "meetings.ics"
    code, out, _ = run("calendar", "export", str(target))
    assert code == 0 and out.strip() == f"Wrote 3 meetings to {target}."
    cal = icalendar.Calendar.from_ical(target.read_bytes())
    assert len(cal.walk("VEVENT")) == 3 and cal.walk("VTIMEZONE")
    code, out, _ = run("calendar", "export", str(target), "--meeting", "2")
    assert out.strip() == f"Wrote 1 meeting to {target}."
    assert [str(e["LOCATION"]) for e in icalendar.Calendar.from_ical(target.read_bytes()).walk("VEVENT")] == [
        "Beijing"
    ]


@pytest.mark.parametrize(
    "argv, code, message",
    [
        (
            ("meetings", "update", "9", "--city", "X"),
            1,
            "error: There is no meeting number 9 in this dialogue.",
        ),
        (
            ("meetings", "add", "--date", "2016-01-04", "--host", "FR", "--city", "X"),
            1,
            "Unknown host side 'FR'",
        ),
        (
            ("meetings", "add", "--date", "2016-13-01", "--host", "US", "--city", "X"),
            2,
            "is not a valid date",
        ),
        (
            ("meetings", "add", "--date", "2016-01-04", "--host", "US", "--city", "X", "--start-time", "9h"),
            2,
            "is not a time",
        ),
        (("meetings", "update", "1"), 2, "Nothing to change"),
        (("meetings", "update", "1", "--status", "planned"), 1, "was held: its status cannot change"),
        (("meetings", "update", "1", "--clear-times", "--start-time", "09:00"), 1, "not both"),
        (("schedule", "propose", "--count", "0"), 2, "must be 1 or more"),
        (
            ("blackouts", "add", "--start", "2017-09-02", "--end", "2017-09-01", "--reason", "x"),
            1,
            "before it starts",
        ),
    ],
)
def test_bad_input_exits_with_a_message(run, argv, code, message):
    add_history(run)
    got, out, err = run(*argv)
    assert got == code and message in err
    assert "Traceback" not in err


def test_calendar_export_to_an_unwritable_place_says_so(run):
    code, _, err = run("calendar", "export", "/proc/no/such.ics")
    assert code == 1 and err.startswith("error: Cannot write /proc/no/such.ics")


def test_schedule_settings_show_change_and_override(run):
    code, out, _ = run("schedule", "settings", "--json")
    assert json.loads(out) == {
        "travel_days": 1,
        "min_spacing_days": 120,
        "preferred_position": "middle",
        "meeting_length_days": 1,
    }
    code, out, _ = run("schedule", "settings", "--position", "start", "--travel-days", "2", "--json")
    assert json.loads(out)["preferred_position"] == "start" and json.loads(out)["travel_days"] == 2
    code, out, _ = run(
        "schedule", "propose", "--from", "2017-01-01", "--count", "1", "--position", "end", "--json"
    )
    assert "Preferred: end of 2017-H1 (around 2017-06-30)." in json.loads(out)["proposals"][0]["reasons"]
    code, _, err = run("schedule", "settings", "--length", "0")
    assert code == 1 and "lasts between 1 and 14 days" in err
    code, _, err = run("schedule", "settings", "--position", "late")
    assert code == 2


def test_meetings_list_json_says_which_meeting_needs_closing(run):
    add_history(run)
    assert (
        run(
            "meetings",
            "add",
            "--date",
            "2017-05-10",
            "--host",
            "CN",
            "--city",
            "Beijing",
            "--status",
            "confirmed",
        )[0]
        == 0
    )
    rows = json.loads(run("meetings", "list", "--json")[1])
    assert [(r["number"], r["needs_closing"]) for r in rows] == [
        (1, False),
        (2, False),
        (3, False),
        (4, True),
    ]
    code, out, _ = run("schedule", "check", "--as-of", "2017-05-13")
    assert code == 0 and "The 4th meeting (2017-05-10) is still confirmed although its date has passed" in out
