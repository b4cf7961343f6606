"""The rule at the end of a dialogue's life, and the cadence history, over generated lives (hypothesis)."""

from __future__ import annotations

from datetime import date, timedelta
from itertools import pairwise

from dialogue_record import held_meeting
from hypothesis import given, settings
from hypothesis import strategies as st

from dialogue_planner.domain.compliance import MET, MISSED, check_compliance
from dialogue_planner.domain.dialogue_life import CadenceStep, life_windows, window_end

DAYS = st.integers(0, 4000)


@st.composite
def lives(draw):
    established = draw(st.dates(date(2000, 1, 1), date(2030, 12, 31)))
    per_year = draw(st.sampled_from((1, 2)))
    steps = tuple(
        CadenceStep(established + timedelta(days=d), k)
        for d, k in draw(
            st.lists(
                st.tuples(st.integers(1, 3000), st.sampled_from((1, 2))), max_size=3, unique_by=lambda t: t[0]
            )
        )
    )
    ended = established + timedelta(days=draw(DAYS))
    held = sorted(
        {
            established + timedelta(days=draw(st.integers(0, (ended - established).days)))
            for _ in range(draw(st.integers(0, 6)))
        }
    )
    return established, per_year, steps, ended, held


def _meetings(days):
    return [held_meeting(n, day) for n, day in enumerate(days, 1)]


@settings(max_examples=150, deadline=None)
@given(lives(), DAYS)
def test_windows_follow_each_other_and_stop_at_the_end(life, later):
    established, per_year, steps, ended, held = life
    windows = life_windows(
        base=per_year, established_on=established, last_day=ended + timedelta(days=later), steps=steps
    )
    assert windows[0].contains(established)
    for before, after in pairwise(windows):
        assert after.start == before.end + timedelta(days=1)
    report = check_compliance(
        _meetings(held),
        established_on=established,
        per_year=per_year,
        as_of=ended + timedelta(days=later + 1),
        ended_on=ended,
        cadence=steps,
    )
    assert report.windows and all(w.window.start <= ended for w in report.windows)
    last = report.windows[-1]
    assert last.window.contains(ended)
    # the window the dialogue ended in counts only the days up to the end
    assert window_end(last.window, ended) == ended
    assert last.days_left == (ended - report.as_of).days
    # every held meeting fulfils its window; a window without one has been missed
    held_windows = {w.window for w in report.windows if w.status == MET}
    assert all(w.status in (MET, MISSED) for w in report.windows)
    assert len(held_windows) <= len(held)


@settings(max_examples=100, deadline=None)
@given(lives(), DAYS, DAYS, st.integers(1, 400))
def test_after_the_end_nothing_changes(life, first, second, beyond):
    """Asked any day after the end, the statuses are the same; a meeting dated after the end fulfils nothing."""
    established, per_year, steps, ended, held = life

    def statuses(as_of, days):
        report = check_compliance(
            _meetings(days),
            established_on=established,
            per_year=per_year,
            as_of=as_of,
            ended_on=ended,
            cadence=steps,
        )
        return [(w.window, w.status, w.meeting) for w in report.windows]

    one = statuses(ended + timedelta(days=first + 1), held)
    assert one == statuses(ended + timedelta(days=second + 1), held)
    assert one == statuses(ended + timedelta(days=first + 1), [*held, ended + timedelta(days=beyond)])


@settings(max_examples=100, deadline=None)
@given(lives(), st.integers(0, 4000))
def test_before_the_end_the_end_is_the_deadline(life, back):
    """As of a day before the end, the window holding the end has as many days left as there are to the end."""
    established, per_year, steps, ended, _held = life
    as_of = max(established, ended - timedelta(days=back))
    report = check_compliance(
        [], established_on=established, per_year=per_year, as_of=as_of, ended_on=ended, cadence=steps
    )
    last = report.windows[-1]
    if last.window.contains(ended):
        assert last.days_left == (ended - as_of).days
