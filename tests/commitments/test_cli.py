"""The commitments and activities commands end to end on the demo database, and the commands that now
create or show commitments (``agenda action``, ``calendar export --commitments``)."""

from __future__ import annotations

from datetime import date, timedelta

from icalendar import Calendar

from dialogue_planner.services.activities import activities_since_last_meeting
from dialogue_planner.services.commitments import commitment_alerts, get_commitment, set_due_soon_days
from dialogue_planner.services.overview import overview

FIELDS = ["id", "meeting", "text", "owner", "owner_agency", "due", "status", "days_overdue"]
ACTIVITY_FIELDS = [
    "id",
    "kind",
    "start",
    "end",
    "place",
    "participants",
    "summary_en",
    "summary_zh",
    "commitments",
]


def _delegate_keys(run, side: str, agency: str) -> list[str]:
    code, out, _ = run("delegates", "list", "--json")
    assert code == 0
    return [str(d["id"]) for d in out if d["side"] == side and d["agency"] == agency]


def test_add_list_update_a_commitment(run, demo_ctx):
    person = _delegate_keys(run, "CN", "MPS")[0]
    code, out, err = run(
        "commitments",
        "add",
        "--meeting",
        23,
        "--text",
        "Run a hotline test",
        "--text-zh",
        "进行热线测试",
        "--owner",
        "cn",
        "--owner-agency",
        "MPS",
        "--owner-person",
        person,
        "--due",
        "2027-03-01",
    )
    assert code == 0, err
    new_id = int(out.split()[1])
    name = get_commitment(demo_ctx, new_id).owner_person
    assert (
        name
        and out.strip() == f"Commitment {new_id} of meeting 23 recorded: CN MPS ({name}), due 2027-03-01."
    )

    code, rows, _ = run("commitments", "list", "--side", "CN", "--as-of", "2027-03-11", "--json")
    mine = next(r for r in rows if r["id"] == new_id)
    assert list(mine) == FIELDS
    assert mine == {
        "id": new_id,
        "meeting": 23,
        "text": "Run a hotline test",
        "owner": "CN",
        "owner_agency": "MPS",
        "due": "2027-03-01",
        "status": "open",
        "days_overdue": 10,
    }
    assert all(r["owner"] == "CN" for r in rows)

    code, overdue, _ = run("commitments", "list", "--overdue", "--as-of", "2027-03-02", "--json")
    assert new_id in [r["id"] for r in overdue] and all(r["days_overdue"] > 0 for r in overdue)
    code, overdue, _ = run("commitments", "list", "--overdue", "--as-of", "2027-03-01", "--json")
    assert new_id not in [r["id"] for r in overdue]  # due today is not overdue

    assert run("commitments", "update", new_id, "--status", "in progress", "--note", "Date agreed")[0] == 0
    code, out, err = run(
        "commitments", "update", new_id, "--status", "done", "--evidence", "Test log of 2027-02-20"
    )
    assert code == 0 and out.strip() == f"Commitment {new_id} is done, due 2027-03-01."
    stored = get_commitment(demo_ctx, new_id)
    assert (stored.status, stored.evidence, stored.completed_on) == (
        "done",
        "Test log of 2027-02-20",
        date.today(),
    )
    assert stored.note == f"{date.today().isoformat()}: Date agreed"
    code, rows, _ = run("commitments", "list", "--open", "--json")
    assert new_id not in [r["id"] for r in rows] and all(r["status"] in ("open", "in-progress") for r in rows)

    assert run("commitments", "update", new_id, "--status", "open", "--due", "2027-04-01")[0] == 0
    stored = get_commitment(demo_ctx, new_id)
    assert (stored.status, stored.completed_on, stored.due_on) == ("open", None, date(2027, 4, 1))


def test_agenda_action_creates_a_commitment_of_the_items_meeting(run, demo_ctx):
    code, items, _ = run("agenda", "list", "--meeting", 23, "--json")
    item = items[0]["id"]
    code, out, err = run(
        "agenda",
        "action",
        item,
        "--description",
        "Exchange points of contact",
        "--owner",
        "US",
        "--owner-agency",
        "FBI",
        "--due",
        "2027-01-15",
    )
    assert code == 0, err
    action_id = int(out.split()[1])
    code, rows, _ = run("commitments", "list", "--json")
    row = next(r for r in rows if r["id"] == action_id)
    assert (row["meeting"], row["text"], row["owner"], row["owner_agency"], row["due"]) == (
        23,
        "Exchange points of contact",
        "US",
        "FBI",
        "2027-01-15",
    )
    assert get_commitment(demo_ctx, action_id).agenda_item_id == item
    code, items, _ = run("agenda", "list", "--meeting", 23, "--json")
    assert [a["id"] for a in items[0]["actions"]][-1] == action_id


def test_commitment_tied_to_an_item_must_be_of_that_meeting(run):
    code, items, _ = run("agenda", "list", "--meeting", 22, "--json")
    code, out, err = run(
        "commitments",
        "add",
        "--meeting",
        23,
        "--text",
        "T",
        "--owner",
        "US",
        "--due",
        "2027-01-01",
        "--item",
        items[0]["id"],
    )
    assert code == 1 and "is not on meeting 23's agenda" in err and out == ""
    code, items23, _ = run("agenda", "list", "--meeting", 23, "--json")
    code, out, err = run(
        "commitments",
        "add",
        "--meeting",
        23,
        "--text",
        "T",
        "--owner",
        "US",
        "--due",
        "2027-01-01",
        "--item",
        items23[0]["id"],
    )
    assert code == 0, err


def test_activities_add_list_update(run, demo_ctx):
    people = _delegate_keys(run, "US", "FBI")[:2]
    code, commitments, _ = run("commitments", "list", "--json")
    linked = commitments[0]["id"]
    code, out, err = run(
        "activities",
        "add",
        "--kind",
        "tabletop exercise",
        "--start",
        "2027-02-10",
        "--end",
        "2027-02-11",
        "--place",
        "Honolulu",
        "--participant",
        people[0],
        "--participant",
        people[1],
        "--summary-en",
        "A ransomware scenario",
        "--summary-zh",
        "勒索软件情景",
        "--commitment",
        linked,
    )
    assert code == 0, err
    assert "with 2 participants" in out
    code, rows, _ = run("activities", "list", "--json")
    assert len(rows) == 1 and list(rows[0]) == ACTIVITY_FIELDS
    row = rows[0]
    assert (row["kind"], row["start"], row["end"], row["place"], row["summary_zh"], row["commitments"]) == (
        "tabletop-exercise",
        "2027-02-10",
        "2027-02-11",
        "Honolulu",
        "勒索软件情景",
        [linked],
    )
    assert len(row["participants"]) == 2

    code, out, err = run(
        "activities",
        "update",
        row["id"],
        "--no-end",
        "--remove-participant",
        people[0],
        "--kind",
        "visit",
        "--remove-commitment",
        linked,
    )
    assert code == 0, err
    code, rows, _ = run("activities", "list", "--kind", "visit", "--json")
    assert (rows[0]["end"], len(rows[0]["participants"]), rows[0]["commitments"]) == (None, 1, [])
    code, rows, _ = run("activities", "list", "--since", "2027-02-11", "--json")
    assert rows == []


def test_activities_since_the_last_meeting(run, demo_ctx):
    # meeting 22 on 2026-06-23 (held), 23 on 2026-12-01, 24 on 2027-06-22
    for start in ("2026-06-23", "2026-06-24", "2026-11-30", "2026-12-01", "2027-01-10"):
        assert run("activities", "add", "--kind", "hotline-test", "--start", start)[0] == 0
    since = activities_since_last_meeting(demo_ctx, 23)
    assert (since.previous_meeting, since.start, since.end) == (22, date(2026, 6, 24), date(2026, 11, 30))
    assert [a.start_on.isoformat() for a in since.activities] == ["2026-06-24", "2026-11-30"]
    since = activities_since_last_meeting(demo_ctx, 24)
    assert [a.start_on.isoformat() for a in since.activities] == [
        "2027-01-10"
    ]  # 2026-12-01 is meeting 23's day
    first = activities_since_last_meeting(demo_ctx, 1)
    assert first.previous_meeting is None and first.activities == ()


def test_overview_lists_overdue_and_due_soon(run, demo_ctx):
    today = date(2027, 3, 1)
    run(
        "commitments",
        "add",
        "--meeting",
        23,
        "--text",
        "Soon",
        "--owner",
        "US",
        "--due",
        today + timedelta(days=14),
    )
    run(
        "commitments",
        "add",
        "--meeting",
        23,
        "--text",
        "Later",
        "--owner",
        "US",
        "--due",
        today + timedelta(days=15),
    )
    run(
        "commitments",
        "add",
        "--meeting",
        23,
        "--text",
        "Late",
        "--owner",
        "CN",
        "--owner-agency",
        "MPS",
        "--due",
        today - timedelta(days=3),
    )
    alerts = overview(demo_ctx, today=today).commitments
    assert alerts.due_soon_days == 14
    assert [c.text for c in alerts.due_soon] == ["Soon"] and alerts.due_soon[0].days_left == 14
    late = next(c for c in alerts.overdue if c.text == "Late")
    assert (late.days_overdue, late.owner) == (3, "CN MPS")
    assert [c.days_overdue for c in alerts.overdue] == sorted(
        (c.days_overdue for c in alerts.overdue), reverse=True
    )
    set_due_soon_days(demo_ctx, 15)
    assert [c.text for c in commitment_alerts(demo_ctx, as_of=today).due_soon] == ["Soon", "Later"]


def test_calendar_export_with_commitments_has_alarms(run, tmp_path):
    run(
        "commitments",
        "add",
        "--meeting",
        23,
        "--text",
        "Deliver logs",
        "--owner",
        "US",
        "--due",
        "2027-02-01",
    )
    path = tmp_path / "c.ics"
    code, out, err = run("calendar", "export", path, "--commitments")
    assert code == 0, err
    assert out.strip().endswith(f"commitment due dates to {path}.")
    cal = Calendar.from_ical(path.read_bytes())
    events = [e for e in cal.walk("VEVENT") if "commitment" in str(e.get("uid"))]
    code, rows, _ = run("commitments", "list", "--json")
    assert len(events) == len([r for r in rows if r["due"]])
    logs = next(e for e in events if str(e.get("summary")) == "Due: Deliver logs")
    assert logs.decoded("dtstart") == date(2027, 2, 1)
    alarms = logs.walk("VALARM")
    assert len(alarms) == 1 and str(alarms[0].get("action")) == "DISPLAY"
    assert alarms[0].decoded("trigger") == timedelta(days=-1)
    done = [e for e in events if str(e.get("status")) == "CANCELLED"]
    assert done and all(not e.walk("VALARM") for e in done)
    assert run("calendar", "export", tmp_path / "m.ics")[0] == 0
    assert b"commitment-" not in (tmp_path / "m.ics").read_bytes()
