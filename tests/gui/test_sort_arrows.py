"""A list sorted newest first shows ▼, one sorted oldest first ▲ (Qt's own styles draw the opposite): every
sortable view is made so by ``kit.sort_header.sortable``, whose header turns the arrow round."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QTableView

from dialogue_planner.gui.kit.sort_header import SortArrowHeader, sortable

PACKAGE = Path(__file__).resolve().parents[2] / "dialogue_planner"


def arrow_points_down(view: QTableView) -> bool:
    """Whether the dark pixels of the header's sort arrow are wider at the top than at the bottom."""
    header = view.horizontalHeader()
    image = header.grab().toImage()
    right = header.sectionViewportPosition(0) + header.sectionSize(0)
    rows = []
    for y in range(image.height()):
        dark = [x for x in range(max(0, right - 24), right) if QColor(image.pixel(x, y)).lightness() < 110]
        if dark:
            rows.append(len(dark))
    assert len(rows) >= 3, "no arrow drawn"
    return rows[0] > rows[-1]


def dated_view(qtbot) -> tuple[QTableView, QStandardItemModel]:
    model = QStandardItemModel(3, 2)
    model.setHorizontalHeaderLabels(["When", "What"])
    for row, day in enumerate(("2016-01-01", "2016-06-14", "2016-12-07")):
        model.setItem(row, 0, QStandardItem(day))
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.resize(360, 160)
    return view, model


def test_the_arrow_points_the_way_the_list_runs(qtbot):
    view, model = dated_view(qtbot)
    header = sortable(view, (0, Qt.SortOrder.DescendingOrder))
    view.show()
    qtbot.waitExposed(view)
    assert view.horizontalHeader() is header and isinstance(header, SortArrowHeader)
    assert model.item(0, 0).text() == "2016-12-07" and arrow_points_down(view)
    # The user clicks the column's title: oldest first, the arrow up.
    middle = QPoint(header.sectionViewportPosition(0) + header.sectionSize(0) // 2, header.height() // 2)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=middle)
    assert header.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder
    assert model.item(0, 0).text() == "2016-01-01" and not arrow_points_down(view)


def test_a_plain_header_would_draw_it_the_other_way(qtbot):
    """The check above can fail: Qt's own header, sorted newest first, draws ▲."""
    view, _model = dated_view(qtbot)
    view.setSortingEnabled(True)
    view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    view.show()
    qtbot.waitExposed(view)
    assert not arrow_points_down(view)


def test_the_application_has_no_style_of_its_own():
    """Looks are given where widgets are made (``kit.looks.give_look``): a Python style would be called
    for every widget Qt polishes or paints, and its first call made PySide6 create every QtWidgets class."""
    styled = [
        path.relative_to(PACKAGE).as_posix()
        for path in PACKAGE.rglob("*.py")
        if re.search(
            r"\(Q(Proxy|Common)Style\)|\b(app|QApplication)\.setStyle\(", path.read_text(encoding="utf-8")
        )
    ]
    assert styled == []


def test_views_are_made_sortable_in_one_place():
    """``setSortingEnabled`` outside ``sortable`` would give a view Qt's header and its arrow upside down."""
    callers = [
        path.relative_to(PACKAGE).as_posix()
        for path in PACKAGE.rglob("*.py")
        if re.search(r"\.setSortingEnabled\(", path.read_text(encoding="utf-8"))
    ]
    assert callers == ["gui/kit/sort_header.py"]
