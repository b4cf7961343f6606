"""A table's sortable header, with its sort arrow the way round users read it.

Qt's own styles draw a list sorted descending (newest first) with ▲ and an ascending one with ▼; Windows
Explorer, the macOS Finder and nearly every web table draw ▲ for ascending and ▼ for descending, and a
secretary reads ▲ on "newest first" as oldest first. The header turns the arrow round when it describes a
section. Until December 2026 the application's style did it in ``drawPrimitive``, which every widget calls
for every frame, focus rectangle and cell background it paints: a Python call each time, and the
style-option classes made at the first paint (10 ms of the start).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QStyleOptionHeader, QTableView

_TURNED = {
    QStyleOptionHeader.SortIndicator.SortUp: QStyleOptionHeader.SortIndicator.SortDown,
    QStyleOptionHeader.SortIndicator.SortDown: QStyleOptionHeader.SortIndicator.SortUp,
}


class SortArrowHeader(QHeaderView):
    """A horizontal header as ``QTableView`` makes its own (clickable, highlighting the selected sections),
    whose sort arrow points the way the list runs."""

    def __init__(self, parent: QAbstractItemView) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setSectionsClickable(True)
        self.setHighlightSections(True)

    def initStyleOptionForIndex(self, option: QStyleOptionHeader, logical_index: int) -> None:
        super().initStyleOptionForIndex(option, logical_index)
        turned = _TURNED.get(option.sortIndicator)
        if turned is not None:
            option.sortIndicator = turned


def sortable(view: QTableView, sort: tuple[int, Qt.SortOrder] | None = None) -> QHeaderView:
    """Let the user sort ``view`` by clicking a column's title (the one way a view is made sortable: its
    header then shows the arrow the right way round); ``sort`` is the first order. Call it before the
    header's sections are sized: the header is a new one."""
    header = SortArrowHeader(view)
    view.setHorizontalHeader(header)
    view.setSortingEnabled(True)
    if sort is not None:
        view.sortByColumn(*sort)
    return header
