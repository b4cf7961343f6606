"""Half-year windows: labels, bounds, and no overlaps or gaps."""

from __future__ import annotations

from datetime import date, timedelta
from itertools import pairwise

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dialogue_planner.domain.errors import ValidationError
from dialogue_planner.domain.windows import (
    Window,
    parse_window,
    window_of,
    windows_between,
    windows_from,
)


def test_half_years_from_december_31_do_not_skip_june():
    labels = [w.label for w in windows_from(date(2015, 12, 31), 4)]
    assert labels == ["2015-H2", "2016-H1", "2016-H2", "2017-H1"]
    assert Window(2016, 1).end == date(2016, 6, 30)
    assert Window(2016, 2).start == date(2016, 7, 1)


def test_known_meetings_fall_in_their_windows():
    assert window_of(date(2015, 12, 1)).label == "2015-H2"
    assert window_of(date(2016, 6, 14)).label == "2016-H1"
    assert window_of(date(2016, 12, 7)).label == "2016-H2"
    assert window_of(date(2017, 3, 1), per_year=1).label == "2017"


def test_parse_accepts_both_cadences_and_refuses_nonsense():
    assert parse_window("2016-H1") == Window(2016, 1)
    assert parse_window(" 2016-h2 ") == Window(2016, 2)
    assert parse_window("2017", per_year=1) == Window(2017)
    for bad in ["", "2016-H3", "H1-2016", "16-H1", "2016-Q1", "abcd"]:
        with pytest.raises(ValidationError, match="is not a window"):
            parse_window(bad)
    with pytest.raises(ValidationError, match="meets twice a year"):
        parse_window("2017", per_year=2)
    with pytest.raises(ValidationError, match="meets once a year"):
        parse_window("2017-H1", per_year=1)


def test_unsupported_cadence_is_refused():
    with pytest.raises(ValidationError, match="once or twice a year"):
        window_of(date(2016, 1, 1), per_year=3)
    with pytest.raises(ValidationError):
        windows_from(date(2016, 1, 1), -1)


def test_windows_between_is_inclusive():
    labels = [w.label for w in windows_between(date(2015, 9, 25), date(2016, 12, 7))]
    assert labels == ["2015-H2", "2016-H1", "2016-H2"]
    assert windows_between(date(2016, 2, 1), date(2016, 3, 1)) == [Window(2016, 1)]


@settings(max_examples=80, deadline=None)
@given(
    start=st.dates(date(1990, 1, 1), date(2070, 12, 31)),
    count=st.integers(1, 30),
    per_year=st.sampled_from([1, 2]),
)
def test_windows_neither_overlap_nor_leave_gaps(start, count, per_year):
    windows = windows_from(start, count, per_year)
    assert len(windows) == count
    assert windows[0].contains(start)
    for earlier, later in pairwise(windows):
        assert later.start == earlier.end + timedelta(days=1)
        assert later == earlier.next() and later.previous() == earlier
    for window in windows:
        assert window_of(window.start, per_year) == window == window_of(window.end, per_year)
        assert parse_window(window.label, per_year) == window
        assert 181 <= window.days <= 366
