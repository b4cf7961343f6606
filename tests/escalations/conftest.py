"""Fixtures of the hotline's clock: a dialogue with escalations raised at known instants, and the command
line on a fresh database."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest
from journeys.user_seat import dialogs  # noqa: F401  (the fixture, for the tests here)

from dialogue_planner.cli import main

#: "Now" of these tests: a fixed instant, so nothing depends on the machine's clock.
NOW = datetime(2016, 6, 1, 12, tzinfo=timezone.utc)


def utc(*args) -> datetime:
    return datetime(*args, tzinfo=timezone.utc)


@pytest.fixture
def raised_ctx(ctx):
    """HL-2016-001 raised by CN at 2016-03-01 14:30 Beijing (06:30 UTC), high; HL-2016-002 by US at
    2016-04-01 12:00 UTC, low."""
    from dialogue_planner.services.escalations import add_escalation

    add_escalation(ctx, side="CN", summary="No answer", at="2016-03-01 14:30", severity="high", now=NOW)
    add_escalation(ctx, side="US", summary="Late data", at=utc(2016, 4, 1, 12), severity="low", now=NOW)
    return ctx


@pytest.fixture
def run(tmp_path, capsys):
    """The command line on a fresh database: ``run(*argv) -> (exit code, stdout, stderr)``."""
    url = f"sqlite:///{tmp_path / 'cli.sqlite'}"
    assert main(["--db", url, "init"]) == 0
    capsys.readouterr()

    def invoke(*argv):
        code = main(["--db", url, *map(str, argv)])
        out, err = capsys.readouterr()
        return code, out, err

    return invoke


@pytest.fixture
def gui_app(qtbot, ctx, tmp_path):
    """An AppContext on the 2015 dialogue with HL-2016-001 raised by US (09:00 New York), severity high."""
    from PySide6.QtCore import QSettings

    from dialogue_planner.gui.shell.app_context import AppContext
    from dialogue_planner.gui.shell.errors import ErrorReporter
    from dialogue_planner.services.escalations import add_escalation

    add_escalation(ctx, side="US", summary="No answer", at="2016-03-10T09:00", severity="high", now=NOW)
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    app = AppContext(ctx, settings, ErrorReporter(interactive=False))
    yield app
    app.tasks.wait()


def open_escalations_page(qtbot, app):
    """The Escalations page shown at 1200x800 with its log's load started."""
    from dialogue_planner.gui.escalations.page import EscalationsPage

    page = EscalationsPage(app)
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    qtbot.waitExposed(page)
    page.refresh()
    return page
