"""Compliance of each window over a history with held, postponed and cancelled meetings."""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st
from schedule_factories import build_meeting

from dialogue_planner.domain.compliance import check_compliance

ESTABLISHED = date(2015, 9, 25)
DEADLINE = date(2015, 12, 31)


def history(make_meeting):
    return [
        make_meeting(1, date(2015, 12, 1), status="held", actual_start=date(2015, 12, 1)),
        make_meeting(
            2, date(2016, 6, 14), status="held", host="CN", city="Beijing", actual_start=date(2016, 6, 14)
        ),
        make_meeting(3, date(2016, 12, 7), status="held", actual_start=date(2016, 12, 7)),
        make_meeting(4, date(2017, 5, 10), status="cancelled", host="CN"),
        make_meeting(5, date(2017, 10, 10), status="postponed", host="CN"),
        make_meeting(6, date(2018, 4, 10), status="planned", host="CN"),
    ]


def statuses(report):
    return {w.window.label: w.status for w in report.windows}


def test_the_real_history_as_of_early_2017(make_meeting):
    report = check_compliance(
        history(make_meeting)[:3],
        established_on=ESTABLISHED,
        per_year=2,
        as_of=date(2017, 1, 15),
        first_deadline=DEADLINE,
    )
    assert statuses(report) == {"2015-H2": "met", "2016-H1": "met", "2016-H2": "met", "2017-H1": "upcoming"}
    assert report.first_deadline.met is True and report.first_deadline.meeting == 1
    assert [w.meeting for w in report.windows] == [1, 2, 3, None]


def test_cancelled_misses_postponed_is_at_risk_and_planned_schedules(make_meeting):
    meetings = history(make_meeting)
    report = check_compliance(
        meetings, established_on=ESTABLISHED, per_year=2, as_of=date(2017, 11, 15), first_deadline=DEADLINE
    )
    got = statuses(report)
    assert got["2017-H1"] == "missed"  # the 4th meeting was cancelled
    assert got["2017-H2"] == "at-risk"  # postponed, 46 days left
    assert got["2018-H1"] == "scheduled"
    h2 = next(w for w in report.windows if w.window.label == "2017-H2")
    assert h2.meeting == 5 and "postponed" in h2.note and h2.days_left == 46
    assert list(got) == ["2015-H2", "2016-H1", "2016-H2", "2017-H1", "2017-H2", "2018-H1"]


def test_upcoming_becomes_at_risk_sixty_days_before_the_end(make_meeting):
    meetings = history(make_meeting)[:3]
    assert (
        check_compliance(meetings, established_on=ESTABLISHED, per_year=2, as_of=date(2017, 5, 1)).status_of(
            "2017-H1"
        )
        == "upcoming"
    )  # 60 days left
    assert (
        check_compliance(meetings, established_on=ESTABLISHED, per_year=2, as_of=date(2017, 5, 2)).status_of(
            "2017-H1"
        )
        == "at-risk"
    )
    assert (
        check_compliance(meetings, established_on=ESTABLISHED, per_year=2, as_of=date(2017, 7, 1)).status_of(
            "2017-H1"
        )
        == "missed"
    )


def test_a_planned_meeting_left_in_a_past_window_counts_as_missed_with_a_hint(make_meeting):
    meetings = [make_meeting(1, date(2015, 12, 1), status="confirmed")]
    report = check_compliance(
        meetings, established_on=ESTABLISHED, per_year=2, as_of=date(2016, 1, 10), first_deadline=DEADLINE
    )
    first = report.windows[0]
    assert first.status == "missed" and first.meeting == 1
    assert "still confirmed: mark it held" in first.note
    assert report.first_deadline.met is False and report.first_deadline.meeting is None


def test_first_deadline_before_the_window_end_and_held_late(make_meeting):
    meetings = [make_meeting(1, date(2015, 12, 1), status="held", actual_start=date(2015, 12, 1))]
    report = check_compliance(
        meetings,
        established_on=ESTABLISHED,
        per_year=2,
        as_of=date(2015, 12, 20),
        first_deadline=date(2015, 11, 30),
    )
    assert report.first_deadline.met is False
    assert report.status_of("2015-H2") == "met"
    empty = check_compliance(
        [],
        established_on=ESTABLISHED,
        per_year=2,
        as_of=date(2015, 10, 15),
        first_deadline=date(2015, 11, 30),
    )
    assert empty.status_of("2015-H2") == "at-risk"  # 46 days to the deadline


def test_yearly_dialogues_and_an_ended_dialogue(make_meeting):
    meetings = [
        make_meeting(1, date(2018, 3, 1), status="held", window="2018", actual_start=date(2018, 3, 1))
    ]
    report = check_compliance(
        meetings,
        established_on=date(2017, 6, 1),
        per_year=1,
        as_of=date(2020, 5, 1),
        ended_on=date(2019, 2, 1),
    )
    assert statuses(report) == {"2017": "missed", "2018": "met", "2019": "missed"}
    assert report.first_deadline.date is None and report.first_deadline.met is None


def test_future_meetings_extend_the_windows_and_an_explicit_window_counts(make_meeting):
    meetings = [
        make_meeting(1, date(2016, 7, 2), status="held", window="2016-H1", actual_start=date(2016, 7, 2)),
        make_meeting(2, date(2017, 9, 1)),
    ]
    report = check_compliance(meetings, established_on=ESTABLISHED, per_year=2, as_of=date(2016, 8, 1))
    assert statuses(report) == {
        "2015-H2": "missed",
        "2016-H1": "met",
        "2016-H2": "upcoming",
        "2017-H1": "upcoming",
        "2017-H2": "scheduled",
    }


statuses_strategy = st.sampled_from(["planned", "confirmed", "held", "postponed", "cancelled"])


@settings(max_examples=50, deadline=None)
@given(
    entries=st.lists(
        st.tuples(st.dates(date(2015, 10, 1), date(2022, 12, 31)), statuses_strategy), max_size=12
    ),
    as_of=st.dates(date(2015, 9, 25), date(2023, 12, 31)),
)
def test_every_window_gets_one_status_without_gaps(entries, as_of):
    from itertools import pairwise

    meetings = [
        build_meeting(n, day, status=status, actual_start=day if status == "held" else None)
        for n, (day, status) in enumerate(entries, start=1)
    ]
    report = check_compliance(
        meetings, established_on=ESTABLISHED, per_year=2, as_of=as_of, first_deadline=DEADLINE
    )
    windows = [w.window for w in report.windows]
    assert windows[0].label == "2015-H2" and any(w.contains(as_of) for w in windows)
    for earlier, later in pairwise(windows):
        assert later == earlier.next()
    for row in report.windows:
        held = [m for m in meetings if m.window == row.window.label and m.status == "held"]
        assert (row.status == "met") == bool(held)
        if row.status in ("at-risk", "upcoming", "scheduled"):
            assert row.window.end >= as_of
        if row.status == "missed":
            assert row.window.end < as_of
    assert report.first_deadline.met == any(m.status == "held" and m.start <= DEADLINE for m in meetings)


def test_a_passed_meeting_still_confirmed_puts_its_window_at_risk_until_recorded(make_meeting):
    meetings = [*history(make_meeting)[:3], make_meeting(4, date(2017, 5, 10), status="confirmed", host="CN")]
    report = check_compliance(meetings, established_on=ESTABLISHED, per_year=2, as_of=date(2017, 5, 13))
    h1 = next(w for w in report.windows if w.window.label == "2017-H1")
    assert (h1.status, h1.meeting) == ("at-risk", 4)
    assert h1.note.startswith("The 4th meeting (2017-05-10) is still confirmed although its date has passed")
    assert [(c.meeting, c.kind) for c in report.concerns] == [(4, "not-recorded")]
    on_the_day = check_compliance(meetings, established_on=ESTABLISHED, per_year=2, as_of=date(2017, 5, 10))
    assert on_the_day.status_of("2017-H1") == "scheduled" and on_the_day.concerns == ()


def test_a_meeting_on_a_day_off_of_either_side_is_at_risk_with_the_reason(make_meeting):
    from dialogue_planner.domain.proposals import BlackoutPeriod, SideCalendar

    sides = (SideCalendar("US", "US"), SideCalendar("CN", "CN"))
    national_day = make_meeting(4, date(2017, 10, 2), status="confirmed", host="CN")  # a Monday, a CN holiday
    meetings = [*history(make_meeting)[:3], national_day]
    report = check_compliance(
        meetings, established_on=ESTABLISHED, per_year=2, as_of=date(2017, 6, 1), sides=sides
    )
    h2 = next(w for w in report.windows if w.window.label == "2017-H2")
    assert (h2.status, h2.meeting) == ("at-risk", 4)
    assert "2017-10-02 National Day (CN)" in h2.note
    (concern,) = report.concerns
    assert concern.kind == "non-working-days" and {(c.day, c.side) for c in concern.conflicts} == {
        (date(2017, 10, 2), "CN")
    }
    # Without the sides' calendars (the old call), the window is simply scheduled.
    assert (
        check_compliance(meetings, established_on=ESTABLISHED, per_year=2, as_of=date(2017, 6, 1)).status_of(
            "2017-H2"
        )
        == "scheduled"
    )
    fine = make_meeting(4, date(2017, 10, 17), status="confirmed", host="CN")
    assert (
        check_compliance(
            [*history(make_meeting)[:3], fine],
            established_on=ESTABLISHED,
            per_year=2,
            as_of=date(2017, 6, 1),
            sides=sides,
        ).status_of("2017-H2")
        == "scheduled"
    )
    summit = BlackoutPeriod(date(2017, 10, 17), date(2017, 10, 18), "Summit")
    blocked = check_compliance(
        [*history(make_meeting)[:3], fine],
        established_on=ESTABLISHED,
        per_year=2,
        as_of=date(2017, 6, 1),
        sides=sides,
        blackouts=(summit,),
    )
    assert blocked.status_of("2017-H2") == "at-risk" and "2017-10-17 Summit" in blocked.windows[-1].note
    # A second, safe meeting in the window keeps it scheduled.
    both = check_compliance(
        [*meetings, make_meeting(5, date(2017, 10, 17), status="planned")],
        established_on=ESTABLISHED,
        per_year=2,
        as_of=date(2017, 6, 1),
        sides=sides,
    )
    assert both.status_of("2017-H2") == "scheduled" and [c.meeting for c in both.concerns] == [4]
