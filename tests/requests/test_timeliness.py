"""Timeliness figures per responding side, against hand-computed cases."""

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dialogue_planner.domain.errors import ValidationError
from dialogue_planner.domain.timeliness import RequestFacts, SideTimeliness, percentile, timeliness_by_side
from dialogue_planner.domain.vocabulary import ResponseQuality

START, END, AS_OF = date(2016, 1, 1), date(2016, 6, 13), date(2016, 6, 13)


def facts(received, ack_due, acked, due, responded, quality=None, status=None, to_side="CN", closed_on=None):
    if status is None:
        status = "responded" if responded else ("acknowledged" if acked else "open")
    return RequestFacts(
        to_side=to_side,
        received_on=received,
        acknowledge_due_on=ack_due,
        acknowledged_on=acked,
        response_due_on=due,
        first_response_on=responded,
        latest_quality=quality,
        status=status,
        closed_on=closed_on,
    )


def test_hand_computed_case():
    rows = [
        # responded on the due day: on time, 30 days
        facts(
            date(2016, 2, 1),
            date(2016, 2, 8),
            date(2016, 2, 8),
            date(2016, 3, 2),
            date(2016, 3, 2),
            "complete",
        ),
        # responded late: 40 days, acknowledged late
        facts(
            date(2016, 2, 1),
            date(2016, 2, 8),
            date(2016, 2, 9),
            date(2016, 3, 2),
            date(2016, 3, 12),
            "partial",
        ),
        # responded early: 10 days, acknowledged on time by the response itself
        facts(
            date(2016, 3, 1), date(2016, 3, 11), None, date(2016, 3, 31), date(2016, 3, 11), "insufficient"
        ),
        # no response, past due: overdue
        facts(date(2016, 4, 1), date(2016, 4, 8), date(2016, 4, 2), date(2016, 5, 1), None),
        # no response, still within time: neither on time nor late
        facts(date(2016, 6, 1), date(2016, 6, 8), None, date(2016, 7, 1), None),
        # withdrawn: left out
        facts(date(2016, 2, 1), date(2016, 2, 8), None, date(2016, 3, 2), None, status="withdrawn"),
        # the other side
        facts(
            date(2016, 2, 1),
            date(2016, 2, 8),
            date(2016, 2, 2),
            date(2016, 3, 2),
            date(2016, 2, 20),
            "complete",
            to_side="US",
        ),
    ]
    result = timeliness_by_side(rows, start=START, end=END, as_of=AS_OF)
    assert list(result) == ["CN", "US"]
    cn = result["CN"]
    assert cn == SideTimeliness(
        side="CN",
        requests=5,
        acknowledged_on_time=3,
        responded=3,
        on_time=2,
        on_time_share=0.5,
        median_days=30.0,
        p90_days=38.0,
        overdue=1,
        quality={"complete": 1, "partial": 1, "insufficient": 1, "none": 0},
    )
    us = result["US"]
    assert (us.requests, us.on_time, us.on_time_share, us.median_days, us.p90_days) == (1, 1, 1.0, 19.0, 19.0)


def test_no_responses_yet_gives_none_not_zero():
    rows = [facts(date(2016, 6, 1), date(2016, 6, 8), None, date(2016, 7, 1), None)]
    cn = timeliness_by_side(rows, start=START, end=END, as_of=AS_OF)["CN"]
    assert (cn.requests, cn.responded, cn.on_time_share, cn.median_days, cn.p90_days, cn.overdue) == (
        1,
        0,
        None,
        None,
        None,
        0,
    )
    assert cn.quality == {q.value: 0 for q in ResponseQuality}


def test_empty_input_reports_named_sides_with_zeros():
    result = timeliness_by_side([], start=START, end=END, as_of=AS_OF, sides=["US", "CN"])
    assert list(result) == ["CN", "US"]
    assert result["US"].requests == 0 and result["US"].on_time_share is None


def test_events_after_as_of_have_not_happened_yet():
    row = facts(
        date(2016, 2, 1), date(2016, 2, 8), date(2016, 2, 3), date(2016, 3, 2), date(2016, 3, 20), "complete"
    )
    before = timeliness_by_side([row], start=START, end=END, as_of=date(2016, 3, 10))["CN"]
    assert (before.responded, before.overdue, before.on_time_share, before.quality["complete"]) == (
        0,
        1,
        0.0,
        0,
    )
    assert before.acknowledged_on_time == 1
    later = timeliness_by_side([row], start=START, end=END, as_of=date(2016, 3, 20))["CN"]
    assert (later.responded, later.overdue, later.on_time, later.on_time_share) == (1, 0, 0, 0.0)


def test_received_after_as_of_is_not_counted():
    row = facts(date(2016, 6, 20), date(2016, 6, 27), None, date(2016, 7, 20), None)
    assert timeliness_by_side([row], start=START, end=date(2016, 12, 31), as_of=AS_OF)["CN"].requests == 0


def test_overdue_counts_older_requests_outside_the_period():
    old = facts(date(2015, 10, 1), date(2015, 10, 8), None, date(2015, 10, 31), None)
    cn = timeliness_by_side([old], start=START, end=END, as_of=AS_OF)["CN"]
    assert (cn.requests, cn.overdue) == (0, 1)


def test_closed_before_due_without_response_is_not_late_but_closed_after_is():
    early = facts(
        date(2016, 2, 1),
        date(2016, 2, 8),
        None,
        date(2016, 3, 2),
        None,
        status="closed",
        closed_on=date(2016, 2, 15),
    )
    late = facts(
        date(2016, 2, 1),
        date(2016, 2, 8),
        None,
        date(2016, 3, 2),
        None,
        status="closed",
        closed_on=date(2016, 4, 1),
    )
    cn = timeliness_by_side([early, late], start=START, end=END, as_of=AS_OF)["CN"]
    assert (cn.requests, cn.on_time, cn.on_time_share, cn.overdue) == (2, 0, 0.0, 0)


def test_period_bounds_are_inclusive_and_checked():
    row = facts(START, START + timedelta(7), None, START + timedelta(30), START + timedelta(3), "none")
    assert timeliness_by_side([row], start=START, end=START, as_of=AS_OF)["CN"].quality["none"] == 1
    with pytest.raises(ValidationError, match="starts .* after it ends"):
        timeliness_by_side([row], start=END, end=START, as_of=AS_OF)


@pytest.mark.parametrize(
    "values, share, expected",
    [
        ([], 0.5, None),
        ([7], 0.9, 7.0),
        ([1, 2], 0.5, 1.5),
        ([1, 2, 3, 4], 0.5, 2.5),
        ([10, 20, 30, 40, 50, 60, 70, 80, 90, 100], 0.9, 91.0),
    ],
)
def test_percentile_by_hand(values, share, expected):
    assert percentile(values, share) == expected


day = st.dates(min_value=date(2015, 1, 1), max_value=date(2017, 12, 31))


@st.composite
def random_facts(draw):
    received = draw(day)
    ack_due = received + timedelta(draw(st.integers(0, 10)))
    due = ack_due + timedelta(draw(st.integers(0, 40)))
    responded = draw(st.none() | st.integers(0, 90).map(lambda n: received + timedelta(n)))
    acked = draw(st.none() | st.integers(0, 20).map(lambda n: received + timedelta(n)))
    status = draw(st.sampled_from(["open", "acknowledged", "responded", "closed", "withdrawn"]))
    quality = draw(st.sampled_from([None, "complete", "partial", "insufficient", "none"]))
    return facts(
        received,
        ack_due,
        acked,
        due,
        responded,
        quality if responded else None,
        status,
        draw(st.sampled_from(["US", "CN"])),
        draw(st.none() | day),
    )


@given(st.lists(random_facts(), max_size=30), day, day, day)
@settings(max_examples=80, deadline=None)
def test_figures_are_consistent(rows, a, b, as_of):
    start, end = min(a, b), max(a, b)
    for side, t in timeliness_by_side(rows, start=start, end=end, as_of=as_of).items():
        assert 0 <= t.on_time <= t.responded <= t.requests
        assert 0 <= t.acknowledged_on_time <= t.requests
        assert sum(t.quality.values()) <= t.responded
        assert set(t.quality) == {q.value for q in ResponseQuality}
        assert t.overdue <= sum(1 for r in rows if r.to_side == side)
        if t.on_time_share is not None:
            assert 0.0 <= t.on_time_share <= 1.0
        assert (t.median_days is None) == (t.responded == 0)
        if t.median_days is not None:
            assert 0 <= t.median_days <= t.p90_days


def reference_figures(rows, start, end, as_of):
    """A slow, obvious reading of the rules, to check the one-pass implementation against."""
    from dialogue_planner.domain.timeliness import is_overdue_as_of

    out = {}
    for side in {r.to_side for r in rows}:
        mine = [r for r in rows if r.to_side == side]

        def ended(r):
            return r.status in ("closed", "withdrawn") and (r.closed_on is None or r.closed_on <= as_of)

        def responded(r):
            return r.first_response_on is not None and r.first_response_on <= as_of

        period = [
            r
            for r in mine
            if start <= r.received_on <= end
            and r.received_on <= as_of
            and not (r.status == "withdrawn" and ended(r))
        ]
        ack = 0
        for r in period:
            dates = [d for d in (r.acknowledged_on, r.first_response_on) if d is not None and d <= as_of]
            ack += bool(dates) and min(dates) <= r.acknowledge_due_on
        answered = [r for r in period if responded(r)]
        late_unanswered = [
            r
            for r in period
            if not responded(r)
            and as_of > r.response_due_on
            and not (ended(r) and r.closed_on is not None and r.closed_on <= r.response_due_on)
        ]
        on_time = sum(1 for r in answered if r.first_response_on <= r.response_due_on)
        decided = len(answered) + len(late_unanswered)
        out[side] = (
            len(period),
            ack,
            len(answered),
            on_time,
            on_time / decided if decided else None,
            sum(1 for r in mine if is_overdue_as_of(r, as_of)),
        )
    return out


@given(st.lists(random_facts(), max_size=30), day, day, day)
@settings(max_examples=80, deadline=None)
def test_one_pass_matches_the_obvious_reading(rows, a, b, as_of):
    start, end = min(a, b), max(a, b)
    fast = timeliness_by_side(rows, start=start, end=end, as_of=as_of)
    expected = reference_figures(rows, start, end, as_of)
    assert {
        side: (t.requests, t.acknowledged_on_time, t.responded, t.on_time, t.on_time_share, t.overdue)
        for side, t in fast.items()
    } == expected


@given(st.lists(random_facts(), max_size=20), day)
@settings(max_examples=40, deadline=None)
def test_plain_tuples_give_the_same_figures(rows, as_of):
    import dataclasses

    tuples = [dataclasses.astuple(r) for r in rows]
    kwargs = dict(start=date(2015, 1, 1), end=date(2017, 12, 31), as_of=as_of)
    assert timeliness_by_side(tuples, **kwargs) == timeliness_by_side(rows, **kwargs)


@given(st.lists(st.integers(-5, 60), max_size=40), st.sampled_from([0.0, 0.1, 0.5, 0.9, 1.0]))
def test_percentile_of_counts_equals_the_percentile_of_the_values(values, share):
    from collections import Counter

    from dialogue_planner.domain.timeliness import percentile_of_counts

    assert percentile_of_counts(Counter(values), share) == percentile(sorted(values), share)
