"""A proxy whose visible rows are computed in Python in one pass, for tables of thousands of rows.

A ``QSortFilterProxyModel`` calls back into Python once per row to filter and twice per comparison to
sort: 8,000 delegates took a second to sort, 100,000 requests far longer. A subclass of ``RowListProxy``
says which source rows are visible, in which order (``visible_source_rows``, list comprehensions over
the source's own rows, sorted with keys made once); this class maps proxy rows to source rows through a
plain list, so views, selections and persistent indexes work as on any proxy.

The source model must offer ``data_at(row, column, role)``: cells are read without building an index.
"""

from __future__ import annotations

from array import array
from collections.abc import Sequence

from PySide6.QtCore import QAbstractProxyModel, QModelIndex, QPersistentModelIndex, Qt

_ENABLED = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
LOOKUPS_BEFORE_INDEX = 8  # proxy_row lookups by search before the source -> proxy index is built


class RowListProxy(QAbstractProxyModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._visible: Sequence[int] = []  # proxy row -> source row (a list or an array of them)
        self._proxy_of: array | None = None  # source row -> proxy row, -1 where hidden
        self._lookups = 0  # proxy_row calls since the rows changed
        self._sort_column = -1
        self._sort_order = Qt.SortOrder.AscendingOrder

    # What a subclass decides ---------------------------------------------------------------------------
    def visible_source_rows(self) -> Sequence[int]:
        """The source rows to show, in order (a list, or an ``array`` of them for many rows)."""
        raise NotImplementedError

    def source_changed(self) -> None:
        """The source holds other rows now: forget what was computed from the old ones."""

    def source_rows_changed(self, first: int, last: int) -> None:
        """Source rows ``first`` to ``last`` changed in place; the visible rows are recomputed after."""
        self.source_changed()

    def sort_changed(self) -> None:
        """The sort column or order changed: forget any order computed before."""

    # Source -------------------------------------------------------------------------------------------
    def setSourceModel(self, model) -> None:
        old = self.sourceModel()
        if old is not None:
            old.modelReset.disconnect(self._source_reset)
            old.dataChanged.disconnect(self._source_data_changed)
            old.rowsInserted.disconnect(self._source_reset)
        self.beginResetModel()
        super().setSourceModel(model)
        model.modelReset.connect(self._source_reset)
        model.dataChanged.connect(self._source_data_changed)
        model.rowsInserted.connect(self._source_reset)
        self.source_changed()
        self._recompute()
        self.endResetModel()

    def _source_reset(self, *args) -> None:
        self.beginResetModel()
        self.source_changed()
        self._recompute()
        self.endResetModel()

    def _source_data_changed(self, top_left: QModelIndex, bottom_right: QModelIndex, _roles) -> None:
        # A changed row may now fall in or out of the filter, or move in the order.
        self.source_rows_changed(top_left.row(), bottom_right.row())
        self.beginResetModel()
        self._recompute()
        self.endResetModel()

    def refilter(self) -> None:
        """Compute the visible rows again (after a subclass's filter changed)."""
        self.beginResetModel()
        self._recompute()
        self.endResetModel()

    def _recompute(self) -> None:
        self._visible = [] if self.sourceModel() is None else self.visible_source_rows()
        self._proxy_of = None
        self._lookups = 0

    # Sorting --------------------------------------------------------------------------------------------
    @property
    def sort_state(self) -> tuple[int, bool]:
        return self._sort_column, self._sort_order == Qt.SortOrder.DescendingOrder

    def sortColumn(self) -> int:
        return self._sort_column

    def sortOrder(self) -> Qt.SortOrder:
        return self._sort_order

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()
        sources = [self.mapToSource(i) for i in before]
        self._sort_column, self._sort_order = column, order
        self.sort_changed()
        self._recompute()
        self.changePersistentIndexList(before, [self.mapFromSource(s) for s in sources])
        self.layoutChanged.emit()

    # Mapping --------------------------------------------------------------------------------------------
    def source_row(self, proxy_row: int) -> int:
        return self._visible[proxy_row]

    def proxy_row(self, source_row: int) -> int:
        """The first few lookups after the rows changed search the list (at C speed: the selection found
        again after a keystroke); many (a view mapping its selection) build the index once."""
        if self._proxy_of is None:
            self._lookups += 1
            if self._lookups <= LOOKUPS_BEFORE_INDEX:
                try:
                    return self._visible.index(source_row)
                except ValueError:
                    return -1
            self._proxy_of = _inverse(self._visible, self.sourceModel().rowCount())
        return self._proxy_of[source_row] if 0 <= source_row < len(self._proxy_of) else -1

    def mapToSource(self, proxy_index: QModelIndex | QPersistentModelIndex) -> QModelIndex:
        if not proxy_index.isValid() or proxy_index.row() >= len(self._visible):
            return QModelIndex()
        return self.sourceModel().index(self._visible[proxy_index.row()], proxy_index.column())

    def mapFromSource(self, source_index: QModelIndex | QPersistentModelIndex) -> QModelIndex:
        if not source_index.isValid():
            return QModelIndex()
        row = self.proxy_row(source_index.row())
        return self.index(row, source_index.column()) if row >= 0 else QModelIndex()

    def index(self, row: int, column: int, parent: QModelIndex | QPersistentModelIndex = QModelIndex()):
        if parent.isValid() or not (0 <= row < len(self._visible)) or not (0 <= column < self.columnCount()):
            return QModelIndex()
        return self.createIndex(row, column)

    def parent(self, index=None):
        return QModelIndex()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._visible)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        source = self.sourceModel()
        return 0 if parent.isValid() or source is None else source.columnCount()

    def hasChildren(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> bool:
        return not parent.isValid() and bool(self._visible)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        """Straight to the source row: no source index built per cell (views ask thousands per repaint)."""
        if not index.isValid() or index.row() >= len(self._visible):
            return None
        return self.sourceModel().data_at(
            self._visible[index.row()],
            index.column(),
            int(role.value) if hasattr(role, "value") else int(role),
        )

    def data_at(self, row: int, column: int, role: int):
        """The cell of proxy row ``row`` for ``role`` (an int), as the source's ``data_at`` reads it."""
        return self.sourceModel().data_at(self._visible[row], column, role)

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        return _ENABLED if index.isValid() else Qt.ItemFlag.NoItemFlags

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal:
            return self.sourceModel().headerData(section, orientation, role)
        return None


def _inverse(visible: Sequence[int], source_rows: int) -> array:
    """Each source row's proxy row (-1 where hidden): 8 bytes a row, where a dict of 100,000 rows held
    10 MB (issue 19: peak memory)."""
    inverse = array("l", [-1]) * max(source_rows, max(visible, default=-1) + 1)
    for proxy_row, source_row in enumerate(visible):
        inverse[source_row] = proxy_row
    return inverse
