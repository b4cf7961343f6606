"""A database without a dialogue: the Overview sets it up, from the user's seat, with no command line."""

from __future__ import annotations

import pytest

from dialogue_planner.services.context import ServiceContext

from .conftest import open_main_window
from .user_seat import button, click


@pytest.fixture
def empty_window(qtbot, db, tmp_path):
    win = open_main_window(qtbot, ServiceContext.connect(db), tmp_path / "s.ini")
    yield win
    win.app.tasks.wait()


def test_create_the_dialogue_from_the_overview(qtbot, empty_window):
    page = empty_window.page("overview")
    assert page.setup_card.isVisible() and page.heading.text() == "No dialogue yet"
    assert "dialogue-planner" not in page.subheading.text() and "--" not in page.subheading.text()
    click(qtbot, button(page, "Create the dialogue"))
    qtbot.waitUntil(lambda: not page.setup_card.isVisible())
    assert page.heading.text().startswith("U.S.–China High-Level Joint Dialogue")
    assert page.tiles["agencies"].value.text() == "8" and page.tiles["delegates"].value.text() == "0"
    assert empty_window.app.errors.shown == []


def test_load_the_demonstration_data_asks_first(qtbot, empty_window, dialogs):
    page = empty_window.page("overview")
    kept = dialogs.expect("Cancel")
    click(qtbot, button(page, "Load demonstration data…"))
    assert kept.answered and "fictional" in kept.text and page.setup_card.isVisible()
    loaded = dialogs.expect("Load demonstration data")
    click(qtbot, button(page, "Load demonstration data…"))
    assert loaded.answered
    qtbot.waitUntil(lambda: not page.setup_card.isVisible(), timeout=20000)
    assert page.tiles["delegates"].value.text() == "40" and page.tiles["meetings"].value.text() == "24"
    assert empty_window.app.errors.shown == []


def test_a_viewer_cannot_set_up_the_dialogue(qtbot, db, tmp_path):
    from dataclasses import replace

    admin = ServiceContext.connect(db)
    viewer = ServiceContext(db, replace(admin.user, role="viewer"), None)
    page = open_main_window(qtbot, viewer, tmp_path / "v.ini").page("overview")
    assert page.setup_card.isVisible()
    assert not button(page, "Create the dialogue").isEnabled()
    assert "administrator" in button(page, "Create the dialogue").toolTip()
