"""Where the timeline draws an activity between meetings (issue 15): one tag per year it spans, inside
the year's row and its lane below the windows, never narrower than its letter; found again at its middle."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from dialogue_planner.domain.commitments import ActivityRecord
from dialogue_planner.gui.schedule.timeline import ACTIVITY_MIN_WIDTH, TimelineWidget
from dialogue_planner.gui.schedule.words import activity_title

YEARS = (2015, 2018)


def _activity(start: date, end: date | None, ident: int = 1, **kw) -> ActivityRecord:
    values = dict(place="", participants=(), participant_ids=(), summary_en="", summary_zh="")
    values.update(kw)
    return ActivityRecord(ident, "hotline-test", start, end, commitment_ids=(), version=1, **values)


def _timeline(qtbot, activities) -> TimelineWidget:
    timeline = TimelineWidget()
    qtbot.addWidget(timeline)
    timeline.resize(900, 300)
    timeline.set_data([], None, 2, date(2017, 6, 1), extra_years=1, activities=activities)
    return timeline


def test_an_activity_across_new_year_is_drawn_in_both_rows(qtbot):
    a = _activity(date(2016, 12, 30), date(2017, 1, 2))
    timeline = _timeline(qtbot, [a])
    first, second = timeline.activity_rects(a)
    assert first.top() < second.top()  # two rows
    assert timeline.activity_at(first.center()) == a == timeline.activity_at(second.center())
    assert timeline.describe_point(first.center()).splitlines()[:2] == [
        "Hotline test: Hotline test",  # no summary nor place: its kind names it
        "2016-12-30 – 2017-01-02",
    ]


def test_an_activity_before_every_meeting_widens_the_years_shown(qtbot):
    a = _activity(date(2012, 3, 1), None)
    timeline = _timeline(qtbot, [a])
    assert timeline.years()[0] == 2012 and len(timeline.activity_rects(a)) == 1


def test_titles_come_from_the_summary_then_the_place():
    assert activity_title(_activity(date(2016, 1, 1), None, summary_en="\n  Drill  \nmore")) == "Drill"
    assert activity_title(_activity(date(2016, 1, 1), None, summary_zh="热线测试")) == "热线测试"
    both = _activity(date(2016, 1, 1), None, summary_en="Hotline test", summary_zh="热线测试")
    assert (activity_title(both), activity_title(both, chinese=True)) == ("Hotline test", "热线测试")
    assert activity_title(_activity(date(2016, 1, 1), None, place="Beijing")) == "Beijing"
    long = activity_title(_activity(date(2016, 1, 1), None, summary_en="x" * 500))
    assert len(long) == 80 and long.endswith("…")


def test_every_tag_lies_in_its_row_and_is_found_at_its_middle(qtbot):
    timeline = _timeline(qtbot, [])

    @settings(max_examples=60, deadline=None)
    @given(
        start=st.dates(min_value=date(2015, 1, 1), max_value=date(2018, 12, 31)),
        days=st.integers(min_value=0, max_value=800),
    )
    def check(start, days):
        end = min(start + timedelta(days=days), date(2018, 12, 31))
        a = _activity(start, end if days else None)
        timeline.set_data([], None, 2, date(2017, 6, 1), extra_years=1, activities=[a])
        rects = timeline.activity_rects(a)
        assert len(rects) == (end.year - start.year + 1 if days else 1)
        for rect in rects:
            assert rect.width() >= ACTIVITY_MIN_WIDTH - 1e-6
            assert rect.left() >= 0 and rect.right() <= timeline.width() + ACTIVITY_MIN_WIDTH
            assert timeline.activity_at(rect.center()) == a
        assert timeline.meeting_at(rects[0].center()) is None

    check()
