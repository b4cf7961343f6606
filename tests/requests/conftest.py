"""Fixtures of the requests, escalations and agenda tests: meetings made straight in storage (the meeting
service belongs to another area) and a few requests."""

from __future__ import annotations

import uuid
from datetime import date, timedelta

import pytest
from journeys.user_seat import dialogs  # noqa: F401  (the fixture, for the tests here)


def add_meeting(ctx, number: int, start: date, status: str = "planned", host: str = "US") -> int:
    from sqlalchemy import select

    from dialogue_planner.storage.models import Meeting, Side

    with ctx.write() as tx:
        side = tx.session.scalar(select(Side).where(Side.code == host))
        m = Meeting(
            dialogue_id=ctx.dialogue_id,
            number=number,
            window=f"{start.year}-H{1 if start.month < 7 else 2}",
            status=status,
            planned_host_side_id=side.id,
            planned_city="Washington",
            time_zone=side.time_zone,
            planned_start=start,
            planned_end=start,
            uid=f"{uuid.uuid4()}@test",
        )
        tx.session.add(m)
        tx.session.flush()
        return m.id


def set_meeting_status(ctx, number: int, status: str, *, planned_start: date | None = None):
    """Through the meeting service, which calls the agenda hook in its transaction."""
    from dialogue_planner.services.meetings import UNSET, update_meeting

    update_meeting(ctx, number, status=status, start=planned_start or UNSET)


@pytest.fixture
def meetings_ctx(ctx):
    """Meetings 1-3 (2015-12-01 held but not closed, 2016-06-14, 2016-12-07), all with an open status."""
    add_meeting(ctx, 1, date(2015, 12, 1), "confirmed")
    add_meeting(ctx, 2, date(2016, 6, 14), "planned", host="CN")
    add_meeting(ctx, 3, date(2016, 12, 7), "planned")
    return ctx


@pytest.fixture
def any_meetings_ctx(any_ctx):
    add_meeting(any_ctx, 1, date(2015, 12, 1), "confirmed")
    add_meeting(any_ctx, 2, date(2016, 6, 14), "planned", host="CN")
    add_meeting(any_ctx, 3, date(2016, 12, 7), "planned")
    return any_ctx


TODAY = date(2016, 6, 1)


def days(n: int) -> timedelta:
    return timedelta(days=n)


@pytest.fixture
def gui_app(qtbot, meetings_ctx, tmp_path):
    """An AppContext on the 2015 dialogue with meetings 1-3, three requests and an escalation; errors
    are collected in ``app.errors.shown`` instead of dialogs."""
    from datetime import datetime, timezone

    from PySide6.QtCore import QSettings

    from dialogue_planner.gui.shell.app_context import AppContext
    from dialogue_planner.gui.shell.errors import ErrorReporter
    from dialogue_planner.services.escalations import add_escalation
    from dialogue_planner.services.requests import add_request, respond

    ctx = meetings_ctx
    add_request(
        ctx,
        from_side="US",
        to_side="CN",
        kind="information",
        subject="Botnet command servers",
        received_on=date(2016, 1, 4),
        requesting_agency="FBI",
        responding_agency="MPS",
        today=TODAY,
    )
    add_request(
        ctx,
        from_side="CN",
        to_side="US",
        kind="evidence",
        subject="Phishing against a bank",
        received_on=date(2016, 2, 1),
        today=TODAY,
    )
    add_request(
        ctx,
        from_side="US",
        to_side="CN",
        kind="assistance",
        subject="Ransomware payments",
        received_on=date(2016, 5, 20),
        today=TODAY,
    )
    respond(ctx, "CN-2016-0001", on=date(2016, 3, 1), quality="partial", today=TODAY)
    add_escalation(
        ctx,
        side="US",
        summary="No answer on the botnet",
        at="2016-03-10T09:00",
        about=["US-2016-0001"],
        severity="high",
        now=datetime(2016, 6, 1, tzinfo=timezone.utc),
    )
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    app = AppContext(ctx, settings, ErrorReporter(interactive=False))
    yield app
    app.tasks.wait()


def show_page(qtbot, page, today=TODAY):
    page.today = today
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    qtbot.waitExposed(page)
    page.refresh()
    from dialogue_planner.gui.kit.ops import wait_all

    wait_all()  # the page loads off the GUI thread (gui/kit/ops.py)
    if hasattr(page, "loading"):  # the Requests page loads its list off the GUI thread
        qtbot.waitUntil(lambda: not page.loading, timeout=10_000)
    return page
