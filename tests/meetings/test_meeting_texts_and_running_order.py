"""``meetings update`` with the pack's texts in both languages, and the agenda's running order: lead speakers,
time slots and times on both sides' clocks; every refusal one line, nothing changed."""

from __future__ import annotations

import json
import sqlite3
from datetime import date, time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st


def _audit(db_url) -> list[tuple]:
    con = sqlite3.connect(db_url.removeprefix("sqlite:///"))
    try:
        return con.execute(
            "SELECT action, entity, entity_id, summary FROM audit_entry ORDER BY id"
        ).fetchall()
    finally:
        con.close()


def _refused(run, db_url, *argv, says: str, code: int = 1) -> None:
    before = _audit(db_url)
    got, out, err = run(*argv)
    assert got == code, (argv, out, err)
    assert err.count("\n") == 1 and says in err, err
    assert _audit(db_url) == before


@pytest.fixture
def meeting(run):
    """The first meeting (Washington, 1-2 Dec 2015, 09:00-17:00), two items, a delegate of each side."""
    assert (
        run(
            "meetings",
            "add",
            "--date",
            "2015-12-01",
            "--end",
            "2015-12-02",
            "--host",
            "US",
            "--city",
            "Washington",
            "--start-time",
            "09:00",
            "--end-time",
            "17:00",
        )[0]
        == 0
    )
    for title in ("Opening remarks", "Review of timeliness"):
        assert run("agenda", "add", "--meeting", 1, "--title", title)[0] == 0
    assert (
        run(
            "delegates",
            "add",
            "--agency",
            "DHS",
            "--family-name",
            "Johnson",
            "--given-name",
            "Jeh",
            "--external-id",
            "US-1",
        )[0]
        == 0
    )
    assert (
        run(
            "delegates",
            "add",
            "--agency",
            "MPS",
            "--family-name",
            "Guo",
            "--given-name",
            "Shengkun",
            "--native-name",
            "郭声琨",
            "--external-id",
            "CN-1",
        )[0]
        == 0
    )
    return 1


def test_meeting_texts_in_both_languages(run, db_url, meeting):
    code, _, err = run(
        "meetings",
        "update",
        1,
        "--venue",
        "Main Justice",
        "--venue-zh",
        "司法部大楼",
        "--address",
        "950 Pennsylvania Ave NW\nWashington, DC",
        "--address-zh",
        "华盛顿",
        "--logistics",
        "Badges at the door",
        "--logistics-zh",
        "门口领取证件",
        "--notes",
        "First round",
        "--notes-zh",
        "第一轮",
    )
    assert code == 0, err
    code, out, _ = run("meetings", "show", 1, "--json")
    assert json.loads(out)["texts"] == {
        "venue": "Main Justice",
        "venue_zh": "司法部大楼",
        "address": "950 Pennsylvania Ave NW\nWashington, DC",
        "address_zh": "华盛顿",
        "logistics": "Badges at the door",
        "logistics_zh": "门口领取证件",
        "notes": "First round",
        "notes_zh": "第一轮",
    }
    code, out, _ = run("meetings", "show", 1)
    assert "司法部大楼" in out and "950 Pennsylvania Ave NW Washington, DC" in out and "门口领取证件" in out
    [entry] = [e for e in _audit(db_url) if e[0] == "meeting.update"]
    assert "logistics_zh" in entry[3] and "venue_zh" in entry[3]
    # an empty text clears one; the same values again write nothing
    assert run("meetings", "update", 1, "--notes-zh", "")[0] == 0
    assert json.loads(run("meetings", "show", 1, "--json")[1])["texts"]["notes_zh"] == ""
    before = _audit(db_url)
    assert run("meetings", "update", 1, "--venue-zh", "司法部大楼")[0] == 0
    assert _audit(db_url) == before


@pytest.mark.parametrize(
    ("flag", "value", "says"),
    [
        ("--venue-zh", "x" * 301, "300 is the most allowed"),
        ("--address", "x" * 1001, "1000 is the most allowed"),
        ("--logistics-zh", "x" * 20_001, "20000 is the most allowed"),
        ("--notes-zh", "bad\x1b[2Jtext", "control characters"),
        ("--address-zh", "\x00", "control characters"),
    ],
)
def test_meeting_texts_out_of_range_change_nothing(run, db_url, meeting, flag, value, says):
    _refused(run, db_url, "meetings", "update", 1, flag, value, says=says)


def test_meeting_update_of_an_unknown_meeting(run, db_url, meeting):
    _refused(run, db_url, "meetings", "update", 9, "--notes-zh", "x", says="no meeting number 9")


def test_a_stale_copy_of_the_meeting_is_refused(ctx):
    from dialogue_planner.domain.errors import ConflictError
    from dialogue_planner.services.meetings import add_meeting, update_meeting

    m = add_meeting(ctx, start=date(2015, 12, 1), host="US", city="Washington")
    update_meeting(ctx, 1, logistics_zh="后勤", expected_version=m.version)
    with pytest.raises(ConflictError, match="changed by someone else"):
        update_meeting(ctx, 1, venue_zh="旧", expected_version=m.version)


def test_running_order_in_both_sides_zones(run, db_url, meeting):
    code, out, err = run("agenda", "update", 1, "--lead", "US-1", "--start", "09:00", "--minutes", 30)
    assert code == 0 and "JOHNSON Jeh" in out and "2015-12-01 09:00-09:30 EST" in out, err
    assert "2015-12-01 22:00-22:30 CST" in out  # Beijing, 13 hours ahead in December
    assert (
        run("agenda", "update", 2, "--lead", "CN-1", "--start", "09:20", "--minutes", 60, "--day", 2)[0] == 0
    )
    code, out, _ = run("agenda", "running-order", "--meeting", 1, "--json")
    first, second = json.loads(out)
    assert first == {
        "item": 1,
        "position": 1,
        "title": "Opening remarks",
        "title_zh": None,
        "status": "open",
        "lead": "US-1",
        "lead_name": "JOHNSON Jeh",
        "lead_side": "US",
        "day": 1,
        "start": "09:00",
        "minutes": 30,
        "times": [
            {
                "side": "US",
                "zone": "America/New_York",
                "start": "2015-12-01T09:00:00-05:00",
                "end": "2015-12-01T09:30:00-05:00",
            },
            {
                "side": "CN",
                "zone": "Asia/Shanghai",
                "start": "2015-12-01T22:00:00+08:00",
                "end": "2015-12-01T22:30:00+08:00",
            },
        ],
        "clashes_with": [],
    }
    assert (
        second["lead_name"] == "GUO Shengkun (郭声琨)"
        and second["times"][1]["start"] == "2015-12-02T22:20:00+08:00"
    )
    # overlapping slots are shown, not refused
    assert run("agenda", "update", 2, "--day", 1)[0] == 0
    first, second = json.loads(run("agenda", "running-order", "--meeting", 1, "--json")[1])
    assert first["clashes_with"] == [2] and second["clashes_with"] == [1]
    code, out, _ = run("agenda", "running-order", "--meeting", 1)
    assert "12-01 09:00-09:30" in out and "12-01 22:00-22:30" in out and "GUO Shengkun" in out
    # clearing
    assert run("agenda", "update", 2, "--clear-slot", "--lead", "none")[0] == 0
    second = json.loads(run("agenda", "running-order", "--meeting", 1, "--json")[1])[1]
    assert (second["lead"], second["start"], second["times"]) == (None, None, [])
    # withdrawn items leave the running order
    assert run("agenda", "withdraw", 2, "--reason", "time")[0] == 0
    assert [e["item"] for e in json.loads(run("agenda", "running-order", "--meeting", 1, "--json")[1])] == [1]
    assert [a for a, *_ in _audit(db_url)].count("agenda_item.edit") == 4


@pytest.mark.parametrize(
    ("argv", "says", "code"),
    [
        (("agenda", "update", 1, "--start", "09:00"), "needs both a start time and a length", 1),
        (("agenda", "update", 1, "--minutes", 30), "needs both a start time and a length", 1),
        (("agenda", "update", 1, "--start", "09:00", "--minutes", 1441), "between 1 and 1440", 1),
        (("agenda", "update", 1, "--start", "09:00", "--minutes", 30, "--day", 3), "between 1 and 2", 1),
        (("agenda", "update", 1, "--start", "09:00", "--minutes", 30, "--day", 2**31), "too large", 2),
        (("agenda", "update", 1, "--start", "25:00", "--minutes", 30), "not a time", 2),
        (("agenda", "update", 1, "--start", "09:00+08:00", "--minutes", 30), "names a zone", 2),
        (("agenda", "update", 1, "--start", "09:00", "--minutes", 0), "must be 1 or more", 2),
        (("agenda", "update", 1, "--lead", "nobody"), "No delegate", 1),
        (("agenda", "update", 1, "--lead", "x\x1b"), "control characters", 1),
        (("agenda", "update", 99, "--lead", "US-1"), "No agenda item with id 99", 1),
        (("agenda", "update", 1), "Nothing to change", 1),
        (("agenda", "update", 1, "--clear-slot", "--minutes", 5), "not both", 1),
        (("agenda", "running-order", "--meeting", 7), "no meeting number 7", 1),
    ],
)
def test_running_order_refusals(run, db_url, meeting, argv, says, code):
    _refused(run, db_url, *argv, says=says, code=code)


def test_a_start_the_clocks_skip_is_refused(ctx):
    """14 Mar 2016, 02:30 does not exist in New York (clocks go forward)."""
    from dialogue_planner.domain.errors import ValidationError
    from dialogue_planner.services.agenda import add_item
    from dialogue_planner.services.meetings import add_meeting
    from dialogue_planner.services.running_order import set_item_slot

    add_meeting(ctx, start=date(2016, 3, 13), host="US", city="Washington")
    item = add_item(ctx, meeting=1, title="Night session")
    with pytest.raises(ValidationError, match="does not exist"):
        set_item_slot(ctx, item.id, start=time(2, 30), minutes=30)


@settings(max_examples=40, deadline=None)
@given(start=st.times(), minutes=st.integers(1, 24 * 60), day=st.integers(1, 2))
def test_slot_times_are_one_instant_on_both_clocks(start, minutes, day):
    from dialogue_planner.domain.running_order import slot_times

    us, cn = slot_times(
        date(2016, 11, 5),
        day,
        start.replace(tzinfo=None),
        minutes,
        "America/New_York",
        [("US", "America/New_York"), ("CN", "Asia/Shanghai")],
    )
    # compared in UTC: Python's == between zones is always False for a time that occurs twice (PEP 495), and
    # a difference within one zone is taken on the wall clock
    assert utc(us.start) == utc(cn.start) and utc(us.end) == utc(cn.end)
    assert (utc(us.end) - utc(us.start)).total_seconds() == minutes * 60
    assert us.start.tzinfo is not None and str(cn.start.tzinfo) == "Asia/Shanghai"
    # the host's clock shows the start asked for: its first occurrence when it occurs twice
    assert (us.start.replace(tzinfo=None).time(), us.start.fold) == (start.replace(tzinfo=None, fold=0), 0)


def utc(moment):
    from datetime import timezone

    return moment.astimezone(timezone.utc)


def test_a_start_in_the_hour_that_occurs_twice_is_its_first_occurrence_and_lasts_real_minutes():
    """6 Nov 2016, 01:00 occurs twice in New York (clocks go back at 02:00 EDT): the slot starts at the
    first 01:00 (EDT) and an hour later is the second 01:00 (EST), 14:00 in Beijing, not 15:00."""
    from dialogue_planner.domain.running_order import clashes, slot_times

    us, cn = slot_times(
        date(2016, 11, 5),
        2,
        time(1, 0),
        60,
        "America/New_York",
        [("US", "America/New_York"), ("CN", "Asia/Shanghai")],
    )
    assert utc(us.start).isoformat() == "2016-11-06T05:00:00+00:00"
    assert utc(us.end).isoformat() == "2016-11-06T06:00:00+00:00"
    assert us.describe() == "2016-11-06 01:00-01:00 EDT/EST"
    assert cn.describe() == "2016-11-06 13:00-14:00 CST"
    # 01:30 EST (the second one) follows 01:00-01:45 EDT: no clash, though its wall clock is earlier
    from datetime import datetime, timedelta, timezone
    from zoneinfo import ZoneInfo

    ny = ZoneInfo("America/New_York")
    second = datetime(2016, 11, 6, 6, 30, tzinfo=timezone.utc)  # 01:30 EST
    early = (1, us.start, us.start + timedelta(minutes=45))  # 01:00-01:45 EDT
    late = (2, second.astimezone(ny), (second + timedelta(minutes=10)).astimezone(ny))  # 01:30-01:40 EST
    assert late[1].fold == 1 and late[1].replace(tzinfo=None) < early[2].replace(tzinfo=None)
    assert clashes([early, late]) == {}
    assert clashes([early, (3, us.start, us.end)]) == {1: (3,), 3: (1,)}
