"""An empty table says why it is empty: nothing yet, or nothing matches the search or filter. Every list,
table and tree on every page and in every dialog has that line (``shell.widgets.EmptyText``)."""

from __future__ import annotations

import pytest
from journeys.user_seat import POPUP_MENUS_OFFSCREEN
from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtGui import QColor, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QListWidget, QTableView

from dialogue_planner.gui.kit.widgets import EmptyText
from dialogue_planner.gui.shell.pages import PAGE_CLASSES, load_class

from .driving import control_key, walk_page_and_dialogs

pytestmark = POPUP_MENUS_OFFSCREEN  # the pages' menu buttons are clicked

PAGE_IDS = [load_class(spec).page_id for spec in PAGE_CLASSES]


def without_empty_text(root, where: str) -> list[str]:
    """The application's own item views (not a header, a combo box's list, the sidebar) lacking the line."""
    found = []
    for view in root.findChildren(QAbstractItemView):
        # Headers, the sidebar, and the lists of combo boxes and completers (windows of their own).
        if (
            isinstance(view, QHeaderView)
            or view.objectName() == "navigation"
            or view.window() is not root.window()
        ):
            continue
        if view.findChild(EmptyText, options=Qt.FindChildOption.FindDirectChildrenOnly) is None:
            found.append(f"{where}: {type(view).__name__} {view.objectName() or control_key(view, root)}")
    return found


@pytest.mark.parametrize("page_id", PAGE_IDS)
def test_every_view_of_the_page_and_its_dialogs_says_when_it_is_empty(
    page_id, open_window, qtbot, answer_folder
):
    window = open_window("en")
    problems = walk_page_and_dialogs(window, page_id, qtbot, answer_folder, without_empty_text)
    assert sorted(set(problems)) == [], "\n".join(sorted(set(problems)))


def _dark_pixels(view) -> int:
    image = view.viewport().grab().toImage()
    return sum(
        1
        for x in range(0, image.width(), 2)
        for y in range(0, image.height(), 2)
        if QColor(image.pixel(x, y)).lightness() < 200
    )


def test_the_line_tells_nothing_yet_from_nothing_matches(qtbot):
    source = QStandardItemModel(0, 1)
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(source)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(proxy)
    line = EmptyText(view, "No meetings yet.")
    view.resize(400, 200)
    view.show()
    qtbot.waitExposed(view)
    assert line.text() == "No meetings yet."
    assert _dark_pixels(view) > 0  # painted in the view
    source.appendRow(QStandardItem("24th meeting"))
    assert line.text() == ""
    proxy.setFilterFixedString("zzzz")
    assert line.text() == "Nothing matches the search or filter."
    proxy.setFilterFixedString("")
    assert line.text() == ""


def test_a_model_that_filters_itself_says_so_through_its_filter(qtbot):
    view = QListWidget()
    qtbot.addWidget(view)
    filtered = [False]
    line = EmptyText(view, filtered=lambda: filtered[0])
    assert line.text() == "Nothing here yet."
    filtered[0] = True
    assert line.text() == "Nothing matches the search or filter."
