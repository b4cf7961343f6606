"""Fixtures of the schedule tests: a factory for meeting records."""

from __future__ import annotations

from datetime import date

import pytest
from journeys.user_seat import dialogs  # noqa: F401  (the fixture, for the tests here)
from schedule_factories import build_meeting


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
    from dialogue_planner.gui.kit.ops import wait_all

    wait_all()  # the page loads off the GUI thread (gui/kit/ops.py)
    return page
