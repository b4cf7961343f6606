"""The JSON the command line prints is a public interface that secretariats script against: every key
path, its place among its siblings and the kind of each value are pinned here, command by command, on
the demo database. A change to any of them is a change to that interface, never a refactoring."""

from __future__ import annotations

import json
import re
from datetime import date, timedelta

import pytest

from dialogue_planner.cli import main

ROSTER_HEADER = [
    "Side",
    "Agency",
    "Family name",
    "Given name",
    "Native name",
    "Title",
    "Email",
    "Phone",
    "External ID",
]
ROSTER_ROWS = [
    ["CN", "MPS", "Zhang", "Wei", "张伟", "Director", "zw@mps.example", "+86 10 1", "CN-PIN-1"],
    ["US", "FBI", "Lee", "Tom", "", "Agent", "tl@fbi.example", "", "US-PIN-1"],
    ["US", "FBI", "", "Nobody", "", "", "", "", ""],  # no family name: an invalid row
]

_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_DATETIME = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?[+-]\d{2}:\d{2}")


def _kind(value) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "bool"
    if isinstance(value, str):
        return "datetime" if _DATETIME.fullmatch(value) else "date" if _DATE.fullmatch(value) else "str"
    return {int: "int", float: "float", list: "list", dict: "object"}[type(value)]


def shape(value) -> list[str]:
    """``path: kinds`` for every key path of a JSON value, depth first, an object's keys in the order they
    are printed; the elements of a list share the path ``name[]`` and their kinds are joined with ``|``."""
    tree: dict = {}  # path part -> [kinds, subtree]

    def walk(v, node: dict, part: str) -> None:
        kinds, children = node.setdefault(part, [set(), {}])
        kinds.add(_kind(v))
        if isinstance(v, dict):
            for key, item in v.items():
                walk(item, children, f".{key}")
        elif isinstance(v, list):
            for item in v:
                walk(item, children, "[]")

    def flatten(node: dict, prefix: str) -> list[str]:
        lines = []
        for part, (kinds, children) in node.items():
            lines.append(f"{prefix}{part}: {'|'.join(sorted(kinds))}")
            lines += flatten(children, prefix + part)
        return lines

    walk(value, tree, "$")
    return flatten(tree, "")


@pytest.fixture
def outputs(demo_ctx, db_url, tmp_path, capsys) -> dict:
    """Every command that prints JSON built from the records, run once on the demo data: name -> JSON."""
    capsys.readouterr()

    def run(*argv, code=0):
        status = main(["--db", db_url, *map(str, argv)])
        out, err = capsys.readouterr()
        assert status == code, (argv, out, err)
        return json.loads(out) if "--json" in argv else None

    today = date.today()
    got = {}
    got["requests add"] = run(
        "requests",
        "add",
        "--from",
        "US",
        "--to",
        "CN",
        "--kind",
        "information",
        "--subject",
        "Pinned shape",
        "--received",
        today - timedelta(days=5),
        "--agency",
        "FBI",
        "--to-agency",
        "MPS",
        "--description",
        "Why",
        "--json",
    )
    reference = got["requests add"]["reference"]
    run(
        "requests",
        "respond",
        reference,
        "--date",
        today - timedelta(days=1),
        "--quality",
        "partial",
        "--note",
        "Part of it",
    )
    got["requests edit"] = run(
        "requests", "edit", reference, "--subject", "Pinned shape, corrected", "--json"
    )
    got["requests show"] = run("requests", "show", reference, "--json")
    got["requests list"] = run("requests", "list", "--json")
    got["requests list --overdue"] = run("requests", "list", "--overdue", "--json")
    got["requests report"] = run("requests", "report", "--json")
    got["requests report --meeting"] = run("requests", "report", "--meeting", 22, "--json")

    escalations = run("escalations", "list", "--json")
    got["escalations list"] = escalations
    got["escalations list --open"] = run("escalations", "list", "--open", "--json")
    about = next(e["about"][0] for e in escalations if e["about"])
    got["requests show (escalated)"] = run("requests", "show", about, "--json")
    got["escalations add"] = run(
        "escalations",
        "add",
        "--side",
        "US",
        "--summary",
        "Pinned",
        "--agency",
        "FBI",
        "--at",
        f"{(today - timedelta(days=2)).isoformat()}T10:00",
        "--about",
        reference,
        "--agenda",
        "--json",
    )

    got["agenda list"] = run("agenda", "list", "--meeting", 15, "--json")
    got["agenda add"] = run(
        "agenda",
        "add",
        "--meeting",
        23,
        "--title",
        "Pinned item",
        "--owner",
        "US",
        "--owner-agency",
        "FBI",
        "--note",
        "A note",
        "--request",
        reference,
        "--json",
    )
    run(
        "agenda",
        "action",
        got["agenda add"]["id"],
        "--description",
        "Follow up",
        "--owner",
        "US",
        "--owner-agency",
        "FBI",
        "--due",
        today + timedelta(days=30),
    )
    got["agenda list (with an action)"] = run("agenda", "list", "--meeting", 23, "--json")
    got["meetings close --preview"] = run("meetings", "close", 23, "--preview", "--json")
    got["meetings close"] = run("meetings", "close", 23, "--json")
    run(
        "agenda",
        "withdraw",
        got["meetings close"]["new_items"][0],
        "--reason",
        "Settled between the agencies",
    )
    got["agenda list (carried)"] = run("agenda", "list", "--meeting", 24, "--json")

    run(
        "commitments",
        "add",
        "--meeting",
        23,
        "--text",
        "Pinned commitment",
        "--owner",
        "CN",
        "--owner-agency",
        "MPS",
        "--due",
        "2027-01-15",
    )
    got["commitments list"] = run("commitments", "list", "--as-of", "2027-02-01", "--json")
    got["commitments list --overdue"] = run(
        "commitments", "list", "--overdue", "--as-of", "2027-02-01", "--json"
    )
    commitment = got["commitments list --overdue"][-1]["id"]
    people = [m["delegate"] for m in run("delegation", "list", "--meeting", 23, "--json")[:2]]
    run(
        "activities",
        "add",
        "--kind",
        "hotline-test",
        "--start",
        "2027-01-05",
        "--commitment",
        commitment,
        *(a for p in people for a in ("--participant", p)),
        "--summary-en",
        "Pinned",
    )
    run(
        "activities",
        "add",
        "--kind",
        "visit",
        "--start",
        "2027-02-05",
        "--end",
        "2027-02-06",
        "--place",
        "Beijing",
        "--summary-zh",
        "访问",
    )
    got["activities list"] = run("activities", "list", "--json")

    first, second = (m["delegate"] for m in run("delegation", "list", "--meeting", 1, "--json")[:2])
    run("delegation", "update", "--meeting", 1, "--delegate", first, "--absent", "--represented-by", second)
    got["delegation list"] = run("delegation", "list", "--meeting", 1, "--json")

    roster = tmp_path / "roster.csv"
    roster.write_bytes(("\r\n".join(",".join(r) for r in [ROSTER_HEADER, *ROSTER_ROWS]) + "\r\n").encode())
    got["roster import (invalid)"] = run("roster", "import", roster, "--json", code=1)
    got["roster import --dry-run"] = run("roster", "import", roster, "--dry-run", "--skip-invalid", "--json")
    got["roster import --skip-invalid"] = run("roster", "import", roster, "--skip-invalid", "--json")
    got["roster import (no file)"] = run("roster", "import", tmp_path / "missing.csv", "--json", code=1)

    run("outcomes", "draft", "--meeting", 3)
    run("outcomes", "add", "--meeting", 3, "--text-en", "Pinned paragraph", "--text-zh", "固定段落")
    run("outcomes", "propose", "--meeting", 3)
    run("outcomes", "agree", "--meeting", 3, "--side", "US", "--by", "Pinned Name")
    got["outcomes show"] = run("outcomes", "show", "--meeting", 3, "--json")
    run("outcomes", "revise", "--meeting", 3, "--reason", "Pinned reason")
    run("outcomes", "edit", "--meeting", 3, "--paragraph", 1, "--text-zh", "改")
    got["outcomes diff"] = run("outcomes", "diff", "--meeting", 3, "--from", 1, "--to", 2, "--json")
    mps = next(d for d in run("delegates", "list", "--agency", "MPS", "--json") if d["active"])
    run(
        "agencies",
        "lead",
        "--side",
        "CN",
        "--delegate",
        mps["id"],
        "--from",
        "2015-09-25",
        "--to",
        "2016-12-31",
    )
    run("agencies", "lead", "--side", "CN", "--delegate", mps["id"], "--from", "2017-01-01")
    run("agencies", "merge", "SIIO", "--into", "MPS")
    got["agencies list --include-inactive"] = run("agencies", "list", "--include-inactive", "--json")
    got["agencies leads"] = run("agencies", "leads", "--json")
    item = next(i for i in run("agenda", "list", "--meeting", 24, "--json") if i["status"] == "open")
    run("agenda", "update", item["id"], "--lead", mps["id"], "--start", "09:00", "--minutes", 45)
    got["agenda running-order"] = run("agenda", "running-order", "--meeting", 24, "--json")
    run(
        "dialogues",
        "add",
        "--name-en",
        "Pinned successor",
        "--name-zh",
        "继任对话",
        "--code",
        "PINNED",
        "--established",
        today,
        "--meetings-per-year",
        1,
    )
    run("dialogues", "cadence", "PINNED", "--from", today + timedelta(days=400), "--meetings-per-year", 2)
    run("dialogues", "end", "CYBERCRIME", "--on", today, "--successor", "PINNED")
    run(
        "--dialogue",
        "PINNED",
        "meetings",
        "add",
        "--date",
        today + timedelta(days=60),
        "--host",
        "CN",
        "--city",
        "Beijing",
    )
    got["dialogues list"] = run("dialogues", "list", "--json")
    got["dialogues hand-over --dry-run"] = run("dialogues", "hand-over", "CYBERCRIME", "--dry-run", "--json")
    return got


def test_every_json_output_keeps_its_pinned_shape(outputs):
    assert list(outputs) == list(PINNED)
    for name, value in outputs.items():
        assert shape(value) == PINNED[name], name


def test_the_roster_import_json_is_one_shape_whatever_went_wrong(outputs):
    """A file that cannot be read answers with the same keys as one with invalid rows."""
    assert shape(outputs["roster import (no file)"]) == shape(outputs["roster import (invalid)"])


PINNED: dict[str, list[str]] = {
    "requests add": [
        "$: object",
        "$.reference: str",
        "$.from: str",
        "$.to: str",
        "$.kind: str",
        "$.subject: str",
        "$.received: date",
        "$.acknowledge_due: date",
        "$.acknowledged: null",
        "$.due: date",
        "$.responded: null",
        "$.quality: null",
        "$.status: str",
        "$.overdue: bool",
        "$.days_overdue: int",
        "$.requesting_agency: str",
        "$.responding_agency: str",
        "$.closed: null",
        "$.close_reason: null",
    ],
    "requests edit": [
        "$: object",
        "$.reference: str",
        "$.from: str",
        "$.to: str",
        "$.kind: str",
        "$.subject: str",
        "$.received: date",
        "$.acknowledge_due: date",
        "$.acknowledged: date",
        "$.due: date",
        "$.responded: date",
        "$.quality: str",
        "$.status: str",
        "$.overdue: bool",
        "$.days_overdue: int",
        "$.requesting_agency: str",
        "$.responding_agency: str",
        "$.closed: null",
        "$.close_reason: null",
        "$.description: str",
    ],
    "requests show": [
        "$: object",
        "$.reference: str",
        "$.from: str",
        "$.to: str",
        "$.kind: str",
        "$.subject: str",
        "$.received: date",
        "$.acknowledge_due: date",
        "$.acknowledged: date",
        "$.due: date",
        "$.responded: date",
        "$.quality: str",
        "$.status: str",
        "$.overdue: bool",
        "$.days_overdue: int",
        "$.requesting_agency: str",
        "$.responding_agency: str",
        "$.closed: null",
        "$.close_reason: null",
        "$.description: str",
        "$.escalations: list",
        "$.history: list",
        "$.history[]: object",
        "$.history[].kind: str",
        "$.history[].date: date",
        "$.history[].quality: str",
        "$.history[].status: null",
        "$.history[].note: str",
        "$.history[].author: str",
    ],
    "requests list": [
        "$: list",
        "$[]: object",
        "$[].reference: str",
        "$[].from: str",
        "$[].to: str",
        "$[].kind: str",
        "$[].subject: str",
        "$[].received: date",
        "$[].due: date",
        "$[].responded: date|null",
        "$[].quality: null|str",
        "$[].status: str",
        "$[].overdue: bool",
        "$[].requesting_agency: str",
        "$[].responding_agency: str",
    ],
    "requests list --overdue": [
        "$: list",
        "$[]: object",
        "$[].reference: str",
        "$[].from: str",
        "$[].to: str",
        "$[].kind: str",
        "$[].subject: str",
        "$[].received: date",
        "$[].due: date",
        "$[].responded: null",
        "$[].quality: null",
        "$[].status: str",
        "$[].overdue: bool",
        "$[].requesting_agency: str",
        "$[].responding_agency: str",
    ],
    "requests report": [
        "$: object",
        "$.start: date",
        "$.end: date",
        "$.as_of: date",
        "$.meeting: null",
        "$.by_responding_side: object",
        "$.by_responding_side.CN: object",
        "$.by_responding_side.CN.requests: int",
        "$.by_responding_side.CN.acknowledged_on_time: int",
        "$.by_responding_side.CN.responded: int",
        "$.by_responding_side.CN.on_time: int",
        "$.by_responding_side.CN.on_time_share: float",
        "$.by_responding_side.CN.median_days: float",
        "$.by_responding_side.CN.p90_days: float",
        "$.by_responding_side.CN.overdue: int",
        "$.by_responding_side.CN.quality: object",
        "$.by_responding_side.CN.quality.complete: int",
        "$.by_responding_side.CN.quality.partial: int",
        "$.by_responding_side.CN.quality.insufficient: int",
        "$.by_responding_side.CN.quality.none: int",
        "$.by_responding_side.US: object",
        "$.by_responding_side.US.requests: int",
        "$.by_responding_side.US.acknowledged_on_time: int",
        "$.by_responding_side.US.responded: int",
        "$.by_responding_side.US.on_time: int",
        "$.by_responding_side.US.on_time_share: float",
        "$.by_responding_side.US.median_days: float",
        "$.by_responding_side.US.p90_days: float",
        "$.by_responding_side.US.overdue: int",
        "$.by_responding_side.US.quality: object",
        "$.by_responding_side.US.quality.complete: int",
        "$.by_responding_side.US.quality.partial: int",
        "$.by_responding_side.US.quality.insufficient: int",
        "$.by_responding_side.US.quality.none: int",
    ],
    "requests report --meeting": [
        "$: object",
        "$.start: date",
        "$.end: date",
        "$.as_of: date",
        "$.meeting: int",
        "$.by_responding_side: object",
        "$.by_responding_side.CN: object",
        "$.by_responding_side.CN.requests: int",
        "$.by_responding_side.CN.acknowledged_on_time: int",
        "$.by_responding_side.CN.responded: int",
        "$.by_responding_side.CN.on_time: int",
        "$.by_responding_side.CN.on_time_share: float",
        "$.by_responding_side.CN.median_days: float",
        "$.by_responding_side.CN.p90_days: float",
        "$.by_responding_side.CN.overdue: int",
        "$.by_responding_side.CN.quality: object",
        "$.by_responding_side.CN.quality.complete: int",
        "$.by_responding_side.CN.quality.partial: int",
        "$.by_responding_side.CN.quality.insufficient: int",
        "$.by_responding_side.CN.quality.none: int",
        "$.by_responding_side.US: object",
        "$.by_responding_side.US.requests: int",
        "$.by_responding_side.US.acknowledged_on_time: int",
        "$.by_responding_side.US.responded: int",
        "$.by_responding_side.US.on_time: int",
        "$.by_responding_side.US.on_time_share: float",
        "$.by_responding_side.US.median_days: float",
        "$.by_responding_side.US.p90_days: float",
        "$.by_responding_side.US.overdue: int",
        "$.by_responding_side.US.quality: object",
        "$.by_responding_side.US.quality.complete: int",
        "$.by_responding_side.US.quality.partial: int",
        "$.by_responding_side.US.quality.insufficient: int",
        "$.by_responding_side.US.quality.none: int",
    ],
    "escalations list": [
        "$: list",
        "$[]: object",
        "$[].id: int",
        "$[].reference: str",
        "$[].raised_at: datetime",
        "$[].raised_at_local: datetime",
        "$[].side: str",
        "$[].agency: str",
        "$[].severity: str",
        "$[].summary: str",
        "$[].status: str",
        "$[].resolution: null|str",
        "$[].resolved_at: datetime|null",
        "$[].about: list",
        "$[].about[]: str",
        "$[].agenda_items: list",
        "$[].agenda_items[]: int",
        "$[].agenda: list",
        "$[].agenda[]: object",
        "$[].agenda[].meeting: int",
        "$[].agenda[].position: int",
        "$[].agenda[].status: str",
    ],
    "escalations list --open": [
        "$: list",
        "$[]: object",
        "$[].id: int",
        "$[].reference: str",
        "$[].raised_at: datetime",
        "$[].raised_at_local: datetime",
        "$[].side: str",
        "$[].agency: str",
        "$[].severity: str",
        "$[].summary: str",
        "$[].status: str",
        "$[].resolution: null",
        "$[].resolved_at: null",
        "$[].about: list",
        "$[].about[]: str",
        "$[].agenda_items: list",
        "$[].agenda_items[]: int",
        "$[].agenda: list",
        "$[].agenda[]: object",
        "$[].agenda[].meeting: int",
        "$[].agenda[].position: int",
        "$[].agenda[].status: str",
    ],
    "requests show (escalated)": [
        "$: object",
        "$.reference: str",
        "$.from: str",
        "$.to: str",
        "$.kind: str",
        "$.subject: str",
        "$.received: date",
        "$.acknowledge_due: date",
        "$.acknowledged: date",
        "$.due: date",
        "$.responded: null",
        "$.quality: null",
        "$.status: str",
        "$.overdue: bool",
        "$.days_overdue: int",
        "$.requesting_agency: str",
        "$.responding_agency: str",
        "$.closed: null",
        "$.close_reason: null",
        "$.description: str",
        "$.escalations: list",
        "$.escalations[]: str",
        "$.history: list",
        "$.history[]: object",
        "$.history[].kind: str",
        "$.history[].date: date",
        "$.history[].quality: null",
        "$.history[].status: null|str",
        "$.history[].note: str",
        "$.history[].author: null",
    ],
    "escalations add": [
        "$: object",
        "$.id: int",
        "$.reference: str",
        "$.raised_at: datetime",
        "$.raised_at_local: datetime",
        "$.side: str",
        "$.agency: str",
        "$.severity: str",
        "$.summary: str",
        "$.status: str",
        "$.resolution: null",
        "$.resolved_at: null",
        "$.about: list",
        "$.about[]: str",
        "$.agenda_items: list",
        "$.agenda_items[]: int",
        "$.agenda: list",
        "$.agenda[]: object",
        "$.agenda[].meeting: int",
        "$.agenda[].position: int",
        "$.agenda[].status: str",
    ],
    "agenda list": [
        "$: list",
        "$[]: object",
        "$[].id: int",
        "$[].meeting: int",
        "$[].position: int",
        "$[].title: str",
        "$[].title_zh: null|str",
        "$[].status: str",
        "$[].source: str",
        "$[].owner: null|str",
        "$[].owner_agency: null|str",
        "$[].briefing_note: null|str",
        "$[].briefing_note_zh: null|str",
        "$[].outcome: null|str",
        "$[].outcome_zh: null|str",
        "$[].withdraw_reason: null",
        "$[].carried_from: int|null",
        "$[].first_raised_meeting: int",
        "$[].times_carried: int",
        "$[].requests: list",
        "$[].requests[]: str",
        "$[].escalations: list",
        "$[].escalations[]: str",
        "$[].actions: list",
        "$[].actions[]: object",
        "$[].actions[].id: int",
        "$[].actions[].description: str",
        "$[].actions[].owner_side: str",
        "$[].actions[].owner_agency: null",
        "$[].actions[].owner_name: null",
        "$[].actions[].due: date",
        "$[].actions[].status: str",
        "$[].actions[].completed: null",
        "$[].history: list",
        "$[].history[]: object",
        "$[].history[].meeting: int",
        "$[].history[].item: int",
        "$[].history[].status: str",
        "$[].history[].outcome: null",
    ],
    "agenda add": [
        "$: object",
        "$.id: int",
        "$.meeting: int",
        "$.position: int",
        "$.title: str",
        "$.title_zh: null",
        "$.status: str",
        "$.source: str",
        "$.owner: str",
        "$.owner_agency: str",
        "$.briefing_note: str",
        "$.briefing_note_zh: null",
        "$.outcome: null",
        "$.outcome_zh: null",
        "$.withdraw_reason: null",
        "$.carried_from: null",
        "$.first_raised_meeting: int",
        "$.times_carried: int",
        "$.requests: list",
        "$.requests[]: str",
        "$.escalations: list",
        "$.actions: list",
        "$.history: list",
    ],
    "agenda list (with an action)": [
        "$: list",
        "$[]: object",
        "$[].id: int",
        "$[].meeting: int",
        "$[].position: int",
        "$[].title: str",
        "$[].title_zh: null|str",
        "$[].status: str",
        "$[].source: str",
        "$[].owner: null|str",
        "$[].owner_agency: null|str",
        "$[].briefing_note: null|str",
        "$[].briefing_note_zh: null|str",
        "$[].outcome: null",
        "$[].outcome_zh: null",
        "$[].withdraw_reason: null",
        "$[].carried_from: int|null",
        "$[].first_raised_meeting: int",
        "$[].times_carried: int",
        "$[].requests: list",
        "$[].requests[]: str",
        "$[].escalations: list",
        "$[].escalations[]: str",
        "$[].actions: list",
        "$[].actions[]: object",
        "$[].actions[].id: int",
        "$[].actions[].description: str",
        "$[].actions[].owner_side: str",
        "$[].actions[].owner_agency: str",
        "$[].actions[].owner_name: null",
        "$[].actions[].due: date",
        "$[].actions[].status: str",
        "$[].actions[].completed: null",
        "$[].history: list",
        "$[].history[]: object",
        "$[].history[].meeting: int",
        "$[].history[].item: int",
        "$[].history[].status: str",
        "$[].history[].outcome: null",
    ],
    "meetings close --preview": [
        "$: object",
        "$.meeting: int",
        "$.marked_held: bool",
        "$.already_closed: bool",
        "$.to_meeting: int",
        "$.carried: list",
        "$.carried[]: object",
        "$.carried[].item: int",
        "$.carried[].title: str",
        "$.carried[].times_carried: int",
        "$.new_items: list",
        "$.preview: bool",
    ],
    "meetings close": [
        "$: object",
        "$.meeting: int",
        "$.marked_held: bool",
        "$.already_closed: bool",
        "$.to_meeting: int",
        "$.carried: list",
        "$.carried[]: object",
        "$.carried[].item: int",
        "$.carried[].title: str",
        "$.carried[].times_carried: int",
        "$.new_items: list",
        "$.new_items[]: int",
        "$.preview: bool",
    ],
    "agenda list (carried)": [
        "$: list",
        "$[]: object",
        "$[].id: int",
        "$[].meeting: int",
        "$[].position: int",
        "$[].title: str",
        "$[].title_zh: null|str",
        "$[].status: str",
        "$[].source: str",
        "$[].owner: null|str",
        "$[].owner_agency: null|str",
        "$[].briefing_note: null|str",
        "$[].briefing_note_zh: null|str",
        "$[].outcome: null",
        "$[].outcome_zh: null",
        "$[].withdraw_reason: null|str",
        "$[].carried_from: int|null",
        "$[].first_raised_meeting: int",
        "$[].times_carried: int",
        "$[].requests: list",
        "$[].requests[]: str",
        "$[].escalations: list",
        "$[].escalations[]: str",
        "$[].actions: list",
        "$[].history: list",
        "$[].history[]: object",
        "$[].history[].meeting: int",
        "$[].history[].item: int",
        "$[].history[].status: str",
        "$[].history[].outcome: null",
    ],
    "commitments list": [
        "$: list",
        "$[]: object",
        "$[].id: int",
        "$[].meeting: int",
        "$[].text: str",
        "$[].owner: str",
        "$[].owner_agency: null|str",
        "$[].due: date",
        "$[].status: str",
        "$[].days_overdue: int",
    ],
    "commitments list --overdue": [
        "$: list",
        "$[]: object",
        "$[].id: int",
        "$[].meeting: int",
        "$[].text: str",
        "$[].owner: str",
        "$[].owner_agency: null|str",
        "$[].due: date",
        "$[].status: str",
        "$[].days_overdue: int",
    ],
    "activities list": [
        "$: list",
        "$[]: object",
        "$[].id: int",
        "$[].kind: str",
        "$[].start: date",
        "$[].end: date|null",
        "$[].place: null|str",
        "$[].participants: list",
        "$[].participants[]: str",
        "$[].summary_en: null|str",
        "$[].summary_zh: null|str",
        "$[].commitments: list",
        "$[].commitments[]: int",
    ],
    "delegation list": [
        "$: list",
        "$[]: object",
        "$[].id: int",
        "$[].meeting: int",
        "$[].delegate: str",
        "$[].delegate_id: int",
        "$[].name: str",
        "$[].native_name: null|str",
        "$[].title: str",
        "$[].side: str",
        "$[].agency: str",
        "$[].role: str",
        "$[].position: int",
        "$[].attended: bool",
        "$[].represented_by: null|str",
        "$[].version: int",
    ],
    "roster import (invalid)": [
        "$: object",
        "$.ok: bool",
        "$.created: int",
        "$.updated: int",
        "$.unchanged: int",
        "$.deactivated: int",
        "$.skipped: int",
        "$.dry_run: bool",
        "$.import_id: null",
        "$.errors: list",
        "$.errors[]: object",
        "$.errors[].row: int",
        "$.errors[].column: str",
        "$.errors[].message: str",
    ],
    "roster import --dry-run": [
        "$: object",
        "$.ok: bool",
        "$.created: int",
        "$.updated: int",
        "$.unchanged: int",
        "$.deactivated: int",
        "$.skipped: int",
        "$.dry_run: bool",
        "$.import_id: null",
        "$.errors: list",
        "$.errors[]: object",
        "$.errors[].row: int",
        "$.errors[].column: str",
        "$.errors[].message: str",
    ],
    "roster import --skip-invalid": [
        "$: object",
        "$.ok: bool",
        "$.created: int",
        "$.updated: int",
        "$.unchanged: int",
        "$.deactivated: int",
        "$.skipped: int",
        "$.dry_run: bool",
        "$.import_id: int",
        "$.errors: list",
        "$.errors[]: object",
        "$.errors[].row: int",
        "$.errors[].column: str",
        "$.errors[].message: str",
    ],
    "roster import (no file)": [
        "$: object",
        "$.ok: bool",
        "$.created: int",
        "$.updated: int",
        "$.unchanged: int",
        "$.deactivated: int",
        "$.skipped: int",
        "$.dry_run: bool",
        "$.import_id: null",
        "$.errors: list",
        "$.errors[]: object",
        "$.errors[].row: int",
        "$.errors[].column: str",
        "$.errors[].message: str",
    ],
    "outcomes show": [
        "$: object",
        "$.meeting: int",
        "$.version: int",
        "$.status: str",
        "$.agreed_by: list",
        "$.agreed_by[]: str",
        "$.paragraphs: list",
        "$.paragraphs[]: object",
        "$.paragraphs[].number: int",
        "$.paragraphs[].text_en: str",
        "$.paragraphs[].text_zh: str",
        "$.paragraphs[].item: int|null",
        "$.reason: str",
        "$.latest: bool",
        "$.agreements: list",
        "$.agreements[]: object",
        "$.agreements[].side: str",
        "$.agreements[].by: str",
        "$.agreements[].at: datetime",
    ],
    "outcomes diff": [
        "$: object",
        "$.meeting: int",
        "$.from: int",
        "$.to: int",
        "$.paragraphs: list",
        "$.paragraphs[]: object",
        "$.paragraphs[].change: str",
        "$.paragraphs[].number_from: int",
        "$.paragraphs[].number_to: int",
        "$.paragraphs[].text_en_from: str",
        "$.paragraphs[].text_en_to: str",
        "$.paragraphs[].text_zh_from: str",
        "$.paragraphs[].text_zh_to: str",
    ],
}

PINNED.update(
    {
        "agencies list --include-inactive": [
            "$: list",
            "$[]: object",
            "$[].id: int",
            "$[].side: str",
            "$[].acronym: str",
            "$[].name_en: str",
            "$[].name_zh: str",
            "$[].kind: str",
            "$[].parent: null|str",
            "$[].dialogue_role: str",
            "$[].active: bool",
            "$[].delegates: int",
            "$[].merged_into: null|str",
            "$[].designated_official: null|object",
            "$[].designated_official.side: str",
            "$[].designated_official.delegate: str",
            "$[].designated_official.delegate_id: int",
            "$[].designated_official.name: str",
            "$[].designated_official.agency: str",
            "$[].designated_official.from: date",
            "$[].designated_official.to: null",
        ],
        "agencies leads": [
            "$: list",
            "$[]: object",
            "$[].side: str",
            "$[].delegate: str",
            "$[].delegate_id: int",
            "$[].name: str",
            "$[].agency: str",
            "$[].from: date",
            "$[].to: date|null",
        ],
        "agenda running-order": [
            "$: list",
            "$[]: object",
            "$[].item: int",
            "$[].position: int",
            "$[].title: str",
            "$[].title_zh: null|str",
            "$[].status: str",
            "$[].lead: null|str",
            "$[].lead_name: null|str",
            "$[].lead_side: null|str",
            "$[].day: int|null",
            "$[].start: null|str",
            "$[].minutes: int|null",
            "$[].times: list",
            "$[].times[]: object",
            "$[].times[].side: str",
            "$[].times[].zone: str",
            "$[].times[].start: datetime",
            "$[].times[].end: datetime",
            "$[].clashes_with: list",
        ],
    }
)

# The dialogues pins last: the fixture runs them last (they end the demo dialogue).
PINNED.update(
    {
        "dialogues list": [
            "$: list",
            "$[]: object",
            "$[].code: str",
            "$[].name_en: str",
            "$[].name_zh: str",
            "$[].established: date",
            "$[].ended: date|null",
            "$[].successor: null|str",
            "$[].meetings_per_year: int",
            "$[].current: bool",
            "$[].first_meeting_deadline: date|null",
            "$[].cadence: list",
            "$[].cadence[]: object",
            "$[].cadence[].from: date",
            "$[].cadence[].meetings_per_year: int",
        ],
        "dialogues hand-over --dry-run": [
            "$: object",
            "$.from: str",
            "$.to: str",
            "$.applied: bool",
            "$.to_meeting: int",
            "$.agenda_items: list",
            "$.agenda_items[]: object",
            "$.agenda_items[].item: int",
            "$.agenda_items[].meeting: int",
            "$.agenda_items[].title: str",
            "$.agenda_items[].open_actions: int",
            "$.requests: list",
            "$.requests[]: str",
            "$.escalations: list",
            "$.escalations[]: str",
        ],
    }
)
