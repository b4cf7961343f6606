"""The real 2015–2017 record, entered through the commands (shared by the tests of this folder)."""

from __future__ import annotations

from datetime import date

from dialogue_planner.domain.meetings import MeetingRecord


def held_meeting(number: int, day: date) -> MeetingRecord:
    """A one-day meeting held in Washington on ``day``, its window found from its date."""
    return MeetingRecord(
        id=number,
        number=number,
        window="auto",
        status="held",
        planned_host="US",
        actual_host="US",
        planned_city="Washington",
        actual_city="Washington",
        venue="",
        time_zone="America/New_York",
        planned_start=day,
        planned_end=day,
        actual_start=day,
        actual_end=day,
        start_time=None,
        end_time=None,
        uid=f"meeting-{number}@test",
        sequence=0,
        version=1,
    )


def build_record(cli):
    for day, host, city in (
        ("2015-12-01", "US", "Washington"),
        ("2016-06-14", "CN", "Beijing"),
        ("2016-12-07", "US", "Washington"),
    ):
        cli("meetings", "add", "--date", day, "--host", host, "--city", city, "--status", "held")
    # backfilling: a meeting entered as held takes its agenda and outcomes directly
    item = cli("agenda", "add", "--meeting", 1, "--title", "Guidelines for requesting assistance", "--json")
    cli("agenda", "resolve", item["id"], "--outcome", "Guidelines agreed; hotline to be tested")
    cli(
        "dialogues",
        "add",
        "--name-en",
        "U.S.-China Law Enforcement and Cybersecurity Dialogue",
        "--code",
        "LECD",
        "--established",
        "2017-04-07",
        "--meetings-per-year",
        1,
    )
    cli("dialogues", "end", "CYBERCRIME", "--on", "2017-04-07", "--successor", "LECD")
    cli(
        "--dialogue",
        "LECD",
        "meetings",
        "add",
        "--date",
        "2017-10-04",
        "--host",
        "US",
        "--city",
        "Washington",
        "--status",
        "held",
    )
    return item
