"""The requests, escalations, agenda and meetings close commands: output, JSON fields, exit codes."""

import json

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


def test_request_life_cycle_and_list_json(run):
    code, out, _ = run(
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
    )
    assert code == 0 and out.strip() == (
        "Logged US-2016-0001: acknowledgement due 2016-01-11, response due 2016-02-03."
    )
    code, out, _ = run(
        "requests",
        "add",
        "--from",
        "CN",
        "--to",
        "US",
        "--kind",
        "evidence",
        "--subject",
        "Fraud",
        "--received",
        "2016-01-05",
        "--json",
    )
    added = json.loads(out)
    assert (added["reference"], added["due"], added["responded"]) == ("CN-2016-0001", "2016-03-05", None)
    code, out, _ = run("requests", "respond", "US-2016-0001", "--date", "2016-02-03", "--quality", "partial")
    assert code == 0 and "on time (due 2016-02-03)" in out
    code, out, _ = run(
        "requests", "update", "CN-2016-0001", "--status", "progress", "--note", "Suspects found"
    )
    assert code == 0
    code, out, _ = run("requests", "list", "--json")
    rows = json.loads(out)
    assert [
        {
            k: r[k]
            for k in ("reference", "from", "to", "kind", "received", "due", "responded", "quality", "status")
        }
        for r in rows
    ] == [
        {
            "reference": "US-2016-0001",
            "from": "US",
            "to": "CN",
            "kind": "information",
            "received": "2016-01-04",
            "due": "2016-02-03",
            "responded": "2016-02-03",
            "quality": "partial",
            "status": "responded",
        },
        {
            "reference": "CN-2016-0001",
            "from": "CN",
            "to": "US",
            "kind": "evidence",
            "received": "2016-01-05",
            "due": "2016-03-05",
            "responded": None,
            "quality": None,
            "status": "open",
        },
    ]
    code, out, _ = run("requests", "list", "--overdue", "--side", "US", "--json")
    assert [r["reference"] for r in json.loads(out)] == ["CN-2016-0001"]
    code, out, _ = run("requests", "list", "--overdue", "--side", "CN")
    assert "(none)" in out
    code, out, _ = run("requests", "show", "CN-2016-0001", "--json")
    assert json.loads(out)["history"][0]["note"] == "Suspects found"


def test_report_json_shape(run):
    run(
        "requests",
        "add",
        "--from",
        "US",
        "--to",
        "CN",
        "--kind",
        "information",
        "--subject",
        "A",
        "--received",
        "2016-01-04",
    )
    run("requests", "respond", "US-2016-0001", "--date", "2016-01-14", "--quality", "complete")
    code, out, _ = run(
        "requests", "report", "--from", "2016-01-01", "--to", "2016-06-30", "--as-of", "2016-07-01", "--json"
    )
    assert code == 0
    report = json.loads(out)
    cn = report["by_responding_side"]["CN"]
    assert {
        k: cn[k]
        for k in ("requests", "responded", "on_time", "on_time_share", "median_days", "p90_days", "overdue")
    } == {
        "requests": 1,
        "responded": 1,
        "on_time": 1,
        "on_time_share": 1.0,
        "median_days": 10.0,
        "p90_days": 10.0,
        "overdue": 0,
    }
    assert cn["quality"] == {"complete": 1, "partial": 0, "insufficient": 0, "none": 0}
    assert report["by_responding_side"]["US"]["on_time_share"] is None
    code, out, _ = run(
        "requests", "report", "--from", "2016-01-01", "--to", "2016-06-30", "--as-of", "2016-07-01"
    )
    assert "on-time share" in out and "100%" in out


@pytest.mark.parametrize(
    "argv, message",
    [
        (
            (
                "requests",
                "add",
                "--from",
                "US",
                "--to",
                "US",
                "--kind",
                "information",
                "--subject",
                "x",
                "--received",
                "2016-01-01",
            ),
            "both sides are US",
        ),
        (
            ("requests", "respond", "US-2016-0009", "--date", "2016-01-01", "--quality", "complete"),
            "No request",
        ),
        (("requests", "respond", "garbage", "--date", "2016-01-01", "--quality", "complete"), "US-2016-0042"),
        (("requests", "report", "--meeting", "4"), "no meeting number 4"),
        (("escalations", "add", "--side", "US", "--summary", "x", "--at", "noon"), "not a date and time"),
        (("agenda", "add", "--meeting", "1", "--title", "x"), "no meeting number 1"),
        (("meetings", "close", "5"), "no meeting number 5"),
    ],
)
def test_user_errors_exit_1_with_one_line(run, argv, message):
    code, out, err = run(*argv)
    assert code == 1 and message in err and err.count("\n") == 1 and "Traceback" not in err


def test_usage_errors_exit_2(run):
    assert run("requests", "add", "--from", "US")[0] == 2
    assert (
        run(
            "requests",
            "add",
            "--from",
            "US",
            "--to",
            "CN",
            "--kind",
            "information",
            "--subject",
            "x",
            "--received",
            "yesterday",
        )[0]
        == 2
    )


def test_escalation_and_agenda_and_close(run):
    assert run("meetings", "add", "--date", "2015-12-01", "--host", "US", "--city", "Washington")[0] == 0
    assert run("meetings", "add", "--date", "2016-06-14", "--host", "CN", "--city", "Beijing")[0] == 0
    run(
        "requests",
        "add",
        "--from",
        "US",
        "--to",
        "CN",
        "--kind",
        "information",
        "--subject",
        "A",
        "--received",
        "2015-11-04",
    )
    code, out, err = run(
        "escalations",
        "add",
        "--side",
        "US",
        "--summary",
        "No answer",
        "--at",
        "2015-11-20T09:00",
        "--about",
        "US-2015-0001",
        "--severity",
        "high",
        "--agenda",
        "--json",
    )
    assert code == 0, err
    esc = json.loads(out)
    assert (esc["reference"], esc["raised_at"], esc["about"], esc["severity"]) == (
        "HL-2015-001",
        "2015-11-20T14:00:00+00:00",
        ["US-2015-0001"],
        "high",
    )
    code, out, _ = run("agenda", "add", "--meeting", "1", "--title", "Points of contact", "--owner", "CN")
    assert code == 0
    code, out, _ = run("agenda", "list", "--meeting", "1", "--json")
    items = json.loads(out)
    assert [
        {k: i[k] for k in ("title", "status", "source", "first_raised_meeting", "times_carried")}
        for i in items
    ] == [
        {
            "title": "Hotline escalation HL-2015-001: No answer",
            "status": "open",
            "source": "escalation",
            "first_raised_meeting": 1,
            "times_carried": 0,
        },
        {
            "title": "Points of contact",
            "status": "open",
            "source": "proposal",
            "first_raised_meeting": 1,
            "times_carried": 0,
        },
    ]
    assert items[0]["requests"] == ["US-2015-0001"] and items[0]["escalations"] == ["HL-2015-001"]
    assert run("agenda", "resolve", str(items[1]["id"]), "--outcome", "Lists exchanged")[0] == 0
    code, out, _ = run("meetings", "close", "1", "--preview")
    assert "would carry 1 item(s) to meeting 2" in out
    code, out, _ = run("meetings", "close", "1")
    assert code == 0 and "carried 1 item(s) to meeting 2" in out and "marked held" in out
    code, out, _ = run("meetings", "close", "1", "--json")
    assert json.loads(out)["already_closed"] is True
    code, out, _ = run("agenda", "list", "--meeting", "2", "--json")
    carried = [i for i in json.loads(out) if i["source"] != "standing"]
    assert [(i["title"], i["first_raised_meeting"], i["times_carried"]) for i in carried] == [
        ("Hotline escalation HL-2015-001: No answer", 1, 1)
    ]
    code, out, _ = run("agenda", "withdraw", str(carried[0]["id"]), "--reason", "")
    assert code == 1
    code, out, _ = run("escalations", "resolve", "HL-2015-001", "--resolution", "Answered")
    assert code == 0
    code, out, _ = run("escalations", "list", "--json")
    assert json.loads(out)[0]["status"] == "resolved"
    code, out, _ = run("escalations", "list")
    assert "2015-11-20 09:00 EST" in out


def test_standards_commands(run):
    code, out, _ = run("requests", "standards", "--json")
    assert {t["kind"]: t["response_days"] for t in json.loads(out)}["evidence"] == 60
    code, out, _ = run("requests", "standard", "evidence", "--respond", "45", "--basis", "working")
    assert code == 0 and out.strip() == (
        "evidence: acknowledge within 10, respond within 45 working days (requests logged from now on)."
    )
    code, _, err = run("requests", "standard", "evidence", "--acknowledge", "50")
    assert code == 1 and "cannot exceed" in err


def test_a_missing_note_names_the_option_on_the_command_line(run):
    run(
        "requests",
        "add",
        "--from",
        "US",
        "--to",
        "CN",
        "--kind",
        "information",
        "--subject",
        "A",
        "--received",
        "2016-01-04",
    )
    code, _, err = run("requests", "update", "US-2016-0001", "--status", "withdrawn")
    assert (
        code == 1
        and err.strip() == "error: Say why US-2016-0001 is withdrawn: give the reason. Give it with --note."
    )
    code, _, err = run("requests", "update", "US-2016-0001", "--status", "progress")
    assert code == 1 and err.strip() == "error: A progress report needs its text. Give it with --note."
