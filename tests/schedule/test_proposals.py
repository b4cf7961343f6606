"""Proposals: working days on both sides, one per window, spacing, alternating hosts, reasons."""

from __future__ import annotations

from datetime import date, timedelta
from itertools import pairwise

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dialogue_planner.domain.errors import ValidationError
from dialogue_planner.domain.proposals import (
    BlackoutPeriod,
    PreviousMeeting,
    ProposalSettings,
    SideCalendar,
    propose,
)
from dialogue_planner.domain.windows import Window, windows_from
from dialogue_planner.domain.working_days import is_working_day

SIDES = (SideCalendar("US", "US"), SideCalendar("CN", "CN"))


def test_planning_from_spring_festival_2016_explains_what_it_avoided():
    [proposal] = propose(
        [Window(2016, 1)],
        SIDES,
        not_before=date(2016, 2, 8),
        settings=ProposalSettings(preferred_position="start"),
        previous=PreviousMeeting(date(2015, 12, 1), "US", 1),
    )
    # 120 days after 1 Dec 2015 is 30 Mar 2016: spacing wins over the preferred start.
    assert proposal.start == date(2016, 3, 30)
    assert (
        "Not before 2016-03-30: at least 120 days after the previous meeting (2015-12-01)."
        in proposal.reasons
    )
    [early] = propose(
        [Window(2016, 1)],
        SIDES,
        not_before=date(2016, 2, 8),
        settings=ProposalSettings(preferred_position="start", min_spacing_days=0),
    )
    # Spring Festival week (CN) to 12 Feb, then Presidents' Day (US) on 15 Feb as the travel day.
    assert early.start == date(2016, 2, 17)
    assert early.travel_start == date(2016, 2, 16)
    text = "\n".join(early.reasons)
    assert "2016-02-08 to 2016-02-12 avoided: Chinese New Year (Spring Festival) (CN)" in text
    assert "2016-02-15 avoided: Washington's Birthday (US)" in text
    assert "Not before 2016-02-08, the first day being planned." in text


def test_national_day_week_and_thanksgiving_are_avoided():
    [p] = propose(
        [Window(2016, 2)],
        SIDES,
        not_before=date(2016, 10, 1),
        settings=ProposalSettings(preferred_position="start", min_spacing_days=0),
    )
    assert p.start == date(2016, 10, 12)  # 10 Oct is Columbus Day (US), so no travel on it
    assert any("2016-10-01 to 2016-10-07 avoided: National Day" in r for r in p.reasons)
    assert any("Columbus Day (US)" in r for r in p.reasons)
    [t] = propose(
        [Window(2015, 2)],
        SIDES,
        not_before=date(2015, 11, 26),
        settings=ProposalSettings(preferred_position="start", min_spacing_days=0),
    )
    assert t.start == date(2015, 12, 1)  # Thanksgiving Thu, Fri, weekend, Monday travel
    assert any("2015-11-26 avoided: Thanksgiving" in r for r in t.reasons)


def test_christmas_and_new_year_are_never_proposed():
    [p] = propose(
        [Window(2016, 2)],
        SIDES,
        not_before=date(2016, 12, 23),
        settings=ProposalSettings(preferred_position="end", min_spacing_days=0),
    )
    assert p.start == date(2016, 12, 30)
    assert p.travel_start == date(2016, 12, 29)
    for alt in p.alternates:
        assert alt not in (date(2016, 12, 26), date(2016, 12, 27))


def test_first_meeting_deadline_binds_the_first_proposal():
    [p] = propose(
        [Window(2015, 2)],
        SIDES,
        not_before=date(2015, 9, 25),
        first_deadline=date(2015, 11, 30),
        settings=ProposalSettings(preferred_position="end"),
    )
    assert p.start <= date(2015, 11, 30)
    assert "Meets the first-meeting deadline (2015-11-30)." in p.reasons
    assert p.host == "US" and "first meeting" in " ".join(p.reasons)


def test_hosts_alternate_from_the_last_actual_host():
    ps = propose(
        windows_from(date(2017, 1, 1), 4), SIDES, previous=PreviousMeeting(date(2016, 12, 7), "US", 3)
    )
    assert [p.host for p in ps] == ["CN", "US", "CN", "US"]
    assert "Host CN: alternates with US, host of the 3rd meeting." in ps[0].reasons


def test_a_window_blacked_out_entirely_gets_no_date_and_says_why():
    blackout = BlackoutPeriod(date(2018, 1, 1), date(2018, 6, 30), "Elections")
    ps = propose(
        [Window(2018, 1), Window(2018, 2)],
        SIDES,
        blackouts=[blackout],
        previous=PreviousMeeting(date(2017, 10, 1), "CN"),
    )
    assert ps[0].start is None and ps[0].alternates == ()
    assert ps[0].reasons[0].startswith("No date in 2018-H1 works")
    assert ps[1].start is not None and ps[1].host == ps[0].host == "US"


def test_spacing_is_relaxed_only_when_the_window_cannot_keep_it_and_that_is_said():
    [p] = propose([Window(2016, 1)], SIDES, previous=PreviousMeeting(date(2016, 5, 1), "CN"))
    assert p.start is not None and p.start <= date(2016, 6, 30)
    assert p.start >= date(2016, 6, 20)
    assert any(r.startswith(f"Only {(p.start - date(2016, 5, 1)).days} days after") for r in p.reasons)


def test_blackouts_are_avoided_and_named():
    blackout = BlackoutPeriod(date(2016, 3, 20), date(2016, 4, 15), "G20 summit", "US")
    [p] = propose(
        [Window(2016, 1)], SIDES, blackouts=[blackout], previous=PreviousMeeting(date(2015, 12, 1), "US")
    )
    assert not blackout.covers(p.start) and not blackout.covers(p.travel_start)
    assert "2016-03-20 to 2016-04-15 avoided: G20 summit (blackout, US)" in p.reasons


def test_estimated_years_are_marked():
    [p] = propose([Window(2040, 1)], SIDES)
    assert p.estimated
    assert "CN public holidays for 2040 are estimates: not announced yet." in p.reasons
    [q] = propose([Window(2016, 1)], SIDES)
    assert not q.estimated


def test_multi_day_meetings_fit_the_window():
    [p] = propose(
        [Window(2016, 2)],
        SIDES,
        settings=ProposalSettings(meeting_length_days=3, travel_days=2, preferred_position="end"),
    )
    assert p.end == p.start + timedelta(days=2) and p.end <= date(2016, 12, 31)
    assert all(is_working_day(c, d) for d in p.days for c in ("US", "CN"))
    assert len(p.days) == 5


@pytest.mark.parametrize(
    "bad, message",
    [
        (ProposalSettings(travel_days=-1), "Travel days"),
        (ProposalSettings(min_spacing_days=400), "spacing"),
        (ProposalSettings(preferred_position="late"), "Unknown preferred position 'late'"),
        (ProposalSettings(meeting_length_days=0), "lasts between"),
        (ProposalSettings(alternates=5), "alternates"),
    ],
)
def test_bad_settings_are_refused(bad, message):
    with pytest.raises(ValidationError, match=message):
        propose([Window(2016, 1)], SIDES, settings=bad)


def test_bad_inputs_are_refused():
    with pytest.raises(ValidationError, match="two different sides"):
        propose([Window(2016, 1)], (SIDES[0], SIDES[0]))
    with pytest.raises(ValidationError, match="ends before it starts"):
        propose([Window(2016, 1)], SIDES, blackouts=[BlackoutPeriod(date(2016, 2, 1), date(2016, 1, 1), "x")])
    with pytest.raises(ValidationError, match="listed twice"):
        propose([Window(2016, 1), Window(2016, 1)], SIDES)


blackouts_strategy = st.lists(
    st.builds(
        lambda start, length, side: BlackoutPeriod(start, start + timedelta(days=length), "Blocked", side),
        st.dates(date(2015, 6, 1), date(2022, 12, 31)),
        st.integers(0, 40),
        st.sampled_from(["", "US", "CN"]),
    ),
    max_size=4,
)


@settings(max_examples=40, deadline=None)
@given(
    start=st.dates(date(2015, 1, 1), date(2021, 12, 31)),
    count=st.integers(1, 6),
    blackouts=blackouts_strategy,
    travel=st.integers(0, 2),
    length=st.integers(1, 3),
    position=st.sampled_from(["start", "middle", "end"]),
    previous_host=st.sampled_from([None, "US", "CN"]),
)
def test_proposal_properties(start, count, blackouts, travel, length, position, previous_host):
    windows = windows_from(start, count)
    previous = PreviousMeeting(start - timedelta(days=30), previous_host) if previous_host else None
    ps = propose(
        windows,
        SIDES,
        blackouts=blackouts,
        previous=previous,
        not_before=start,
        settings=ProposalSettings(
            travel_days=travel, meeting_length_days=length, preferred_position=position
        ),
    )
    assert [p.window for p in ps] == windows  # one per window, in order
    dated = [p for p in ps if p.start is not None]
    for p in dated:
        assert p.window.contains(p.start) and p.window.contains(p.end) and p.start >= start
        assert len(p.days) == travel + length
        for day in p.days:
            assert is_working_day("US", day) and is_working_day("CN", day), day
            assert not any(b.covers(day) for b in blackouts), day
        for alt in p.alternates:
            assert p.window.contains(alt) and abs((alt - p.start).days) >= 7
        assert len(p.reasons) >= 2
    assert [p.start for p in dated] == sorted(p.start for p in dated)
    hosts = [p.host for p in dated]
    assert all(a != b for a, b in pairwise(hosts))
    if previous and hosts:
        assert hosts[0] != previous_host


def test_day_conflicts_name_each_side_and_blackout():
    from dialogue_planner.domain.proposals import day_conflicts

    found = day_conflicts(
        date(2016, 2, 5),
        date(2016, 2, 8),
        SIDES,
        [BlackoutPeriod(date(2016, 2, 5), date(2016, 2, 5), "Visit", "US")],
    )
    assert [(c.day.day, c.side, c.kind) for c in found] == [
        (5, "US", "blackout"),
        (6, "US", "weekend"),
        (7, "US", "weekend"),
        (7, "CN", "weekend"),
        (8, "CN", "holiday"),
    ]
    assert found[-1].reason == "Chinese New Year (Spring Festival)"
    assert day_conflicts(date(2016, 3, 8), date(2016, 3, 8), SIDES) == []


def test_spacing_is_kept_from_the_next_existing_meeting_too():
    existing = [PreviousMeeting(date(2017, 3, 1), "US", 4), PreviousMeeting(date(2018, 1, 20), "US", 6)]
    [p] = propose([Window(2017, 2)], SIDES, existing=existing)
    assert date(2017, 6, 29) <= p.start <= date(2017, 9, 22)
    assert "Not after 2017-09-22: at least 120 days before the next meeting (2018-01-20)." in p.reasons
    assert p.host == "CN" and "Host CN: alternates with US, host of the 4th meeting." in p.reasons


def test_squeezed_between_two_meetings_the_proposal_takes_the_middle_and_says_so():
    existing = [PreviousMeeting(date(2017, 6, 1), "CN"), PreviousMeeting(date(2018, 1, 15), "CN")]
    [p] = propose([Window(2017, 2)], SIDES, existing=existing)
    gaps = ((p.start - date(2017, 6, 1)).days, (date(2018, 1, 15) - p.start).days)
    assert min(gaps) >= 112  # 228 days between them: the middle, moved to a working day
    assert any(
        r.startswith(
            f"Only {gaps[0]} days after the previous meeting (2017-06-01) and {gaps[1]} days "
            "before the next meeting (2018-01-15)"
        )
        for r in p.reasons
    )


@settings(max_examples=30, deadline=None)
@given(
    before=st.dates(date(2016, 1, 1), date(2016, 12, 31)),
    after=st.dates(date(2018, 3, 1), date(2018, 12, 31)),
    count=st.integers(1, 3),
)
def test_proposals_between_existing_meetings_keep_spacing_when_the_gap_allows(before, after, count):
    existing = [PreviousMeeting(before, "US"), PreviousMeeting(after, "CN")]
    windows = windows_from(date(2017, 1, 1), count)
    ps = [p for p in propose(windows, SIDES, existing=existing) if p.start]
    assert (ps[0].start - before).days >= 120
    for p in ps:
        relaxed = any(r.startswith("Only") for r in p.reasons)
        if after > p.window.end:
            assert (after - p.start).days >= 120 or relaxed
    for earlier, later in pairwise(ps):
        assert (later.start - earlier.start).days >= 120 or any(r.startswith("Only") for r in later.reasons)


def test_before_any_meeting_the_host_alternates_with_the_next_one_and_a_missed_deadline_is_said():
    [p] = propose(
        [Window(2015, 2)],
        SIDES,
        existing=[PreviousMeeting(date(2016, 6, 14), "CN", 2)],
        not_before=date(2015, 12, 28),
        first_deadline=date(2015, 12, 27),
    )
    assert p.host == "US" and "Host US: alternates with CN, host of the 2nd meeting." in p.reasons
    assert (
        "No date on or before the first-meeting deadline (2015-12-27) works: the deadline will be missed."
        in p.reasons
    )
