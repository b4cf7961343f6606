"""Overdue and due soon, at the edges: the due day itself, the day after, the last day of the window,
month and year ends, leap days, and the first and last days a date may take."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import example, given
from hypothesis import strategies as st

from dialogue_planner.domain.commitments import UNSETTLED, days_overdue, is_due_soon
from dialogue_planner.domain.limits import EARLIEST_DAY, LATEST_DAY
from dialogue_planner.domain.vocabulary import CommitmentStatus

days = st.dates(min_value=EARLIEST_DAY, max_value=LATEST_DAY)
statuses = st.sampled_from(CommitmentStatus.values())
windows = st.integers(min_value=0, max_value=366)


@given(due=days, as_of=days, status=statuses)
@example(due=date(2016, 2, 29), as_of=date(2016, 3, 1), status="open")
@example(due=date(2016, 12, 31), as_of=date(2017, 1, 1), status="in-progress")
@example(due=EARLIEST_DAY, as_of=LATEST_DAY, status="open")
@example(due=LATEST_DAY, as_of=LATEST_DAY, status="open")
def test_days_overdue_counts_whole_days_after_the_due_day(due, as_of, status):
    got = days_overdue(status, due, as_of)
    if status in UNSETTLED and as_of > due:
        assert got == (as_of - due).days >= 1
        assert days_overdue(status, due, as_of - timedelta(days=1)) == got - 1
    else:
        assert got == 0


@given(due=days, status=statuses)
def test_the_due_day_itself_is_not_overdue_and_the_next_day_is(due, status):
    assert days_overdue(status, due, due) == 0
    if due < LATEST_DAY:
        assert days_overdue(status, due, due + timedelta(days=1)) == (1 if status in UNSETTLED else 0)


@given(as_of=days, status=statuses)
def test_without_a_due_date_nothing_is_overdue_or_due_soon(as_of, status):
    assert days_overdue(status, None, as_of) == 0
    assert not is_due_soon(status, None, as_of, 366)


@given(due=days, as_of=days, status=statuses, window=windows)
@example(due=date(2027, 3, 15), as_of=date(2027, 3, 1), status="open", window=14)
@example(due=date(2027, 3, 16), as_of=date(2027, 3, 1), status="open", window=14)
@example(due=date(2027, 3, 1), as_of=date(2027, 3, 1), status="open", window=0)
def test_due_soon_is_today_to_the_last_day_of_the_window(due, as_of, status, window):
    soon = is_due_soon(status, due, as_of, window)
    assert soon == (status in UNSETTLED and as_of <= due <= as_of + timedelta(days=window))
    assert not (soon and days_overdue(status, due, as_of) > 0)  # never both


@given(due=days, as_of=days, window=windows)
def test_done_and_dropped_are_never_listed(due, as_of, window):
    for status in ("done", "dropped"):
        assert days_overdue(status, due, as_of) == 0 and not is_due_soon(status, due, as_of, window)
