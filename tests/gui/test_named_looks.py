"""The looks named widgets are given (``kit.looks``): the sidebar with its selected page marked, titles,
white cards on the grey page, a focused card ringed; and no style sheet over a window or a page, which
would send every widget in it through Qt's slow style-sheet style."""

from __future__ import annotations

import pytest
from journeys.user_seat import open_page
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QAbstractScrollArea, QLabel

from dialogue_planner.gui.kit import looks
from dialogue_planner.gui.kit.ops import wait_all


def colour(image, x: int, y: int) -> str:
    return QColor(image.pixel(x, y)).name()


def test_no_style_sheet_covers_the_window_or_a_page(qtbot, open_window):
    window = open_window("en")
    assert window.styleSheet() == ""
    for page in window.build_pages():
        covering = [w for w in [page, *page.findChildren(QAbstractScrollArea)] if w.styleSheet()]
        assert covering == [], page.page_id


def test_titles_and_muted_lines_have_their_colours_and_sizes(qtbot, open_window):
    window = open_window("en")
    page = open_page(qtbot, window, "Agenda")
    wait_all()
    title = page.findChild(QLabel, "pageTitle")
    assert title.text() == "Agenda"
    assert title.font().pixelSize() == 20 and title.font().weight() == QFont.Weight.DemiBold
    assert title.palette().color(QPalette.ColorRole.WindowText).name() == looks.INK
    muted = page.findChildren(QLabel, "muted")
    assert muted and all(
        m.palette().color(QPalette.ColorRole.WindowText).name() == looks.MUTED for m in muted
    )


def test_cards_are_white_boxes_on_the_grey_page_and_a_focused_one_is_ringed(qtbot, open_window):
    window = open_window("en")
    page = open_page(qtbot, window, "Overview")
    wait_all()
    tile = page.tiles["meetings"]
    shot = window.grab().toImage()
    at = tile.mapTo(window, tile.rect().topLeft())
    middle = tile.mapTo(window, tile.rect().center())
    assert colour(shot, middle.x(), at.y() + tile.height() - 3) == "#ffffff"
    assert colour(shot, middle.x(), at.y()) == looks.CARD_BORDER
    assert colour(shot, middle.x(), at.y() - 3) == looks.PAGE_BACKGROUND
    tile.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(tile.hasFocus)
    shot = window.grab().toImage()
    assert colour(shot, middle.x(), at.y()) == colour(shot, middle.x(), at.y() + 1) == looks.FOCUS


def test_the_sidebar_marks_the_page_shown(qtbot, open_window):
    window = open_window("en")
    open_page(qtbot, window, "Roster")
    nav = window.navigation
    shot = nav.grab().toImage()
    shown = nav.visualItemRect(nav.currentItem()).translated(nav.viewport().pos())
    other = nav.visualItemRect(nav.item(0)).translated(nav.viewport().pos())
    assert colour(shot, 1, shown.center().y()) == looks.FOCUS  # the accent on its left
    assert colour(shot, 8, shown.center().y()) == looks.SIDEBAR_SELECTED
    assert colour(shot, 1, other.center().y()) == colour(shot, 8, other.center().y()) == looks.INK
    assert colour(shot, 1, 2) == looks.INK  # the strip above the entries


def test_the_entry_under_the_pointer_is_banded_until_the_pointer_leaves(qtbot, open_window):
    window = open_window("en")
    nav = window.navigation
    row = 3
    assert nav.currentRow() != row
    entry = nav.visualItemRect(nav.item(row))
    y = entry.translated(nav.viewport().pos()).center().y()
    qtbot.mouseMove(nav.viewport(), entry.center())
    qtbot.waitUntil(lambda: colour(nav.grab().toImage(), 8, y) == looks.SIDEBAR_HOVERED)
    qtbot.mouseMove(window.stack, window.stack.rect().center())
    qtbot.waitUntil(lambda: colour(nav.grab().toImage(), 8, y) == looks.INK)


def test_a_look_is_given_by_a_name_that_exists():
    label = looks.give_look(QLabel("x"), "muted")
    assert label.objectName() == "muted"
    assert label.palette().color(QPalette.ColorRole.WindowText).name() == looks.MUTED
    with pytest.raises(KeyError):
        looks.give_look(QLabel("x"), "mutedd")
