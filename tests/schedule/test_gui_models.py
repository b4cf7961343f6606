"""The schedule's item models pass qtmodeltester and sort numbers and dates by value."""

from __future__ import annotations

from datetime import date, time

from PySide6.QtCore import QSortFilterProxyModel, Qt

from dialogue_planner.domain.proposals import BlackoutRecord, SideCalendar, propose
from dialogue_planner.domain.windows import windows_from
from dialogue_planner.gui.schedule.blackout_model import BlackoutTableModel
from dialogue_planner.gui.schedule.meeting_model import COLUMNS, SORT_ROLE, MeetingTableModel
from dialogue_planner.gui.schedule.proposal_model import ProposalTableModel

ZONES = {"US": "America/New_York", "CN": "Asia/Shanghai"}


def test_meeting_model(qtmodeltester, make_meeting):
    model = MeetingTableModel()
    meetings = [
        make_meeting(n, date(2015, 12, 1).replace(year=2015 + n), start_time=time(9), end_time=time(17))
        for n in range(1, 12)
    ]
    model.set_meetings(meetings, ZONES)
    qtmodeltester.check(model)
    times = model.index(0, COLUMNS.index("times")).data()
    assert times == "US 2016-12-01 09:00 - 17:00 EST · CN 2016-12-01 22:00 - 2016-12-02 06:00 CST"
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    proxy.sort(0, Qt.SortOrder.DescendingOrder)
    assert [proxy.index(r, 0).data() for r in range(3)] == [11, 10, 9]  # 11 before 9: numbers, not text
    assert model.row_of(5) == 4 and model.row_of(99) == -1
    model.set_meetings([], ZONES)
    qtmodeltester.check(model)


def test_proposal_model(qtmodeltester):
    model = ProposalTableModel()
    model.set_rows(
        propose(windows_from(date(2016, 1, 1), 5), (SideCalendar("US", "US"), SideCalendar("CN", "CN")))
    )
    qtmodeltester.check(model)
    assert model.index(0, 0).data() == "2016-H1"
    assert "working days in US and CN" in model.index(0, 1).data(Qt.ItemDataRole.ToolTipRole)


def test_blackout_model(qtmodeltester):
    model = BlackoutTableModel()
    model.set_rows(
        [
            BlackoutRecord(1, date(2017, 3, 1), date(2017, 3, 5), "G20", ""),
            BlackoutRecord(2, date(2017, 9, 1), date(2017, 9, 30), "UNGA", "US"),
        ]
    )
    qtmodeltester.check(model)
    assert [model.index(r, 2).data() for r in range(2)] == ["both", "US"]


def test_meetings_held_otherwise_than_planned_show_the_plan(make_meeting):
    from dataclasses import replace

    model = MeetingTableModel()
    as_planned = make_meeting(1, date(2015, 12, 1), status="held", actual_start=date(2015, 12, 1))
    moved = replace(
        make_meeting(2, date(2016, 6, 10), status="held"),
        actual_start=date(2016, 6, 14),
        actual_end=date(2016, 6, 14),
        actual_host="CN",
        actual_city="Beijing",
    )
    model.set_meetings([as_planned, moved], ZONES)
    tip = Qt.ItemDataRole.ToolTipRole
    assert model.index(0, COLUMNS.index("dates")).data(tip) is None
    assert model.index(1, COLUMNS.index("dates")).data(tip) == "Planned: 2016-06-10, Washington (US)"
    assert model.index(1, COLUMNS.index("city")).data() == "Beijing"


def test_timeline_of_a_yearly_dialogue(qtbot, make_meeting):
    from dialogue_planner.domain.compliance import check_compliance
    from dialogue_planner.gui.schedule.timeline import TimelineWidget

    meetings = [
        make_meeting(1, date(2018, 3, 1), status="held", window="2018", actual_start=date(2018, 3, 1)),
        make_meeting(2, date(2019, 9, 1), status="cancelled", window="2019"),
    ]
    report = check_compliance(meetings, established_on=date(2017, 6, 1), per_year=1, as_of=date(2020, 2, 1))
    timeline = TimelineWidget()
    qtbot.addWidget(timeline)
    timeline.resize(900, 300)
    timeline.set_data(meetings, report, 1, date(2020, 2, 1))
    timeline.show()
    qtbot.waitExposed(timeline)
    assert timeline.years() == [2017, 2018, 2019, 2020, 2021]
    assert [timeline.window_status(y) for y in ("2017", "2018", "2019", "2020")] == [
        "missed",
        "met",
        "missed",
        "upcoming",
    ]
    assert timeline.grab().width() == timeline.width()
    point = timeline.mark_position(2)
    assert (
        timeline.describe_point(point) == "2nd meeting: 2019-09-01, Washington (US), cancelled, window 2019"
    )
