"""Twenty years of hotline calls: the Escalations page shows the newest first, read with a LIMIT off the GUI
thread, while the whole log loads (issue 19: every page's data on screen within a quarter second)."""

from __future__ import annotations

import threading

import pytest

import dialogue_planner.gui.escalations.page as page_module
from dialogue_planner.domain.errors import DatabaseError
from dialogue_planner.services import escalations as es

from .conftest import NOW, open_escalations_page


@pytest.fixture
def held_log(monkeypatch, gui_app):
    """The whole log's read waits until the test lets it through (``release``); the first screenful is 2."""
    for day in (2, 3):
        es.add_escalation(gui_app.ctx, side="CN", summary=f"Call {day}", at=f"2016-04-0{day} 10:00", now=NOW)
    release = threading.Event()
    failure: list[Exception] = []

    def escalations(ctx, **kwargs):
        if kwargs.get("newest") is None:
            assert release.wait(20)
            if failure:
                raise failure[0]
        return es.list_escalations(ctx, **kwargs)

    monkeypatch.setattr(page_module, "list_escalations", escalations)
    monkeypatch.setattr(page_module, "FIRST_SCREENFUL", 2)
    return release, failure


def shown_references(page) -> list[str]:
    return [page.model.record(row).reference for row in range(page.model.rowCount())]


def test_the_newest_escalations_show_while_the_log_loads_and_a_choice_among_them_stays(
    qtbot,
    gui_app,
    held_log,
):
    release, _failure = held_log
    page = open_escalations_page(qtbot, gui_app)
    try:
        qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=10_000)
        assert shown_references(page) == ["HL-2016-003", "HL-2016-002"]  # the two raised last
        assert page.summary.text() == "Loading escalations… the newest 2 are shown"
        assert page.first_screenful
        assert page.select("HL-2016-002")
        assert page.resolve_button.isEnabled()  # the rows shown are whole records: they can be worked on
    finally:
        release.set()
    qtbot.waitUntil(lambda: not page.first_screenful, timeout=10_000)
    assert shown_references(page) == ["HL-2016-003", "HL-2016-002", "HL-2016-001"]
    assert page.selected_reference() == "HL-2016-002"
    assert page.summary.text() == "3 escalations · 3 open"


def test_a_log_that_could_not_load_shows_none_of_its_first_rows(qtbot, gui_app, held_log):
    release, failure = held_log
    failure.append(DatabaseError("The database server stopped answering."))
    page = open_escalations_page(qtbot, gui_app)
    try:
        qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=10_000)
    finally:
        release.set()
    qtbot.waitUntil(lambda: not page.first_screenful, timeout=10_000)
    qtbot.waitUntil(lambda: bool(gui_app.errors.shown), timeout=10_000)
    assert page.model.rowCount() == 0 and page.summary.text() == "The escalations could not be loaded."
    assert gui_app.errors.shown == [("known", "The database server stopped answering.")]


def test_a_page_coming_back_to_a_loaded_log_reads_it_whole_once(qtbot, gui_app, monkeypatch):
    """Only the first load reads a screenful first; a refresh of a log already shown reads the log once."""
    calls = []

    def escalations(ctx, **kwargs):
        calls.append(kwargs.get("newest"))
        return es.list_escalations(ctx, **kwargs)

    monkeypatch.setattr(page_module, "list_escalations", escalations)
    page = open_escalations_page(qtbot, gui_app)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1 and not gui_app.ops.busy, timeout=10_000)
    assert calls == [page_module.FIRST_SCREENFUL, None]
    page.refresh()
    qtbot.waitUntil(lambda: not gui_app.ops.busy, timeout=10_000)
    assert calls == [page_module.FIRST_SCREENFUL, None, None] and page.model.rowCount() == 1
