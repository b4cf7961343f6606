"""Fixtures of the schedule tests: a factory for meeting records."""

from __future__ import annotations

from datetime import date

import pytest

from dialogue_planner.domain.meetings import MeetingRecord
from dialogue_planner.domain.windows import window_of


def build_meeting(number: int, start: date, *, status: str = "planned", host: str = "US", end: date | None = None,
                  city: str = "Washington", window: str | None = None, actual_start: date | None = None,
                  time_zone: str = "America/New_York", start_time=None, end_time=None, sequence: int = 0,
                  venue: str = "") -> MeetingRecord:
    return MeetingRecord(
        id=number, number=number, window=window or window_of(actual_start or start).label, status=status,
        planned_host=host, actual_host=None, planned_city=city, actual_city="", venue=venue,
        time_zone=time_zone, planned_start=start, planned_end=end or start, actual_start=actual_start,
        actual_end=actual_start, start_time=start_time, end_time=end_time, uid=f"meeting-{number}@test",
        sequence=sequence, version=1)


@pytest.fixture
def make_meeting():
    return build_meeting


@pytest.fixture
def schedule_app(qtbot, ctx, tmp_path):
    """An AppContext on the 2015 dialogue with its three real meetings, errors collected, not shown."""
    from PySide6.QtCore import QSettings

    from dialogue_planner.gui.shell.app_context import AppContext
    from dialogue_planner.gui.shell.errors import ErrorReporter
    from dialogue_planner.services.meetings import add_meeting

    today = date(2017, 1, 10)
    add_meeting(ctx, start=date(2015, 12, 1), host="US", city="Washington", status="held", today=today)
    add_meeting(ctx, start=date(2016, 6, 14), host="CN", city="Beijing", status="held", today=today)
    add_meeting(ctx, start=date(2016, 12, 7), host="US", city="Washington", status="held", today=today)
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    app = AppContext(ctx, settings, ErrorReporter(interactive=False))
    yield app
    app.tasks.wait()


@pytest.fixture
def schedule_page(qtbot, schedule_app):
    from dialogue_planner.gui.schedule.page import SchedulePage

    page = SchedulePage(schedule_app)
    page.today = date(2017, 1, 10)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    qtbot.waitExposed(page)
    page.refresh()
    return page
