"""A page holding a long list lets its rows go when the user leaves it and loads them again when the user
comes back, with the filters and the selection as they were (issue 19: peak memory)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from dialogue_planner.gui.requests.table_model import COL


def _click_sidebar(qtbot, window, page_id: str) -> None:
    """Click the page's entry in the sidebar, as the user leaves one page for another."""
    nav = window.navigation
    row = window.page_ids().index(page_id)
    qtbot.mouseClick(
        nav.viewport(), Qt.MouseButton.LeftButton, pos=nav.visualItemRect(nav.item(row)).center()
    )


def _loaded(qtbot, page) -> None:
    qtbot.waitUntil(lambda: not page.loading and page.model.rowCount() > 0, timeout=20_000)


def test_the_requests_page_lets_its_rows_go_when_left_and_has_them_again_when_back(qtbot, window):
    page = window.page("requests")
    _loaded(qtbot, page)
    count = page.model.rowCount()
    chosen = page.model.rows()[count // 2]
    needle = chosen.reference.casefold()
    qtbot.keyClicks(page.search, needle)
    assert [page.proxy.index(r, COL["reference"]).data() for r in range(page.proxy.rowCount())] == [
        chosen.reference
    ]
    assert page.select_request(chosen.id)
    rows = page.model.rows()

    _click_sidebar(qtbot, window, "overview")
    assert window.navigation.currentRow() == window.page_ids().index("overview")
    assert page.model.rowCount() == 0
    qtbot.waitUntil(lambda: not rows, timeout=10_000)  # emptied a slice at a time off the GUI thread

    _click_sidebar(qtbot, window, "requests")
    _loaded(qtbot, page)
    assert page.model.rowCount() == count
    assert page.search.text() == needle
    assert page.proxy.rowCount() == 1
    assert page.selected_id() == chosen.id
    assert page.summary.text().endswith("showing 1")


def test_a_page_shown_alone_keeps_its_rows_when_hidden(qtbot, window):
    """Only leaving it for another page of the window lets the rows go (not the window hiding)."""
    page = window.page("requests")
    _loaded(qtbot, page)
    count = page.model.rowCount()
    window.hide()
    assert page.model.rowCount() == count
