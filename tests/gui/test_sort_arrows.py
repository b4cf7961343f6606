"""A list sorted newest first shows ▼, one sorted oldest first ▲ (Qt's own styles draw the opposite)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QTableView

from dialogue_planner.gui.shell.style import install_style


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


def test_the_arrow_points_the_way_the_list_runs(qapp, qtbot):
    install_style(qapp)
    model = QStandardItemModel(3, 2)
    model.setHorizontalHeaderLabels(["When", "What"])
    for row, day in enumerate(("2016-01-01", "2016-06-14", "2016-12-07")):
        model.setItem(row, 0, QStandardItem(day))
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.setSortingEnabled(True)
    view.resize(360, 160)
    view.show()
    qtbot.waitExposed(view)
    view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    assert model.item(0, 0).text() == "2016-12-07" and arrow_points_down(view)
    view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    assert not arrow_points_down(view)
