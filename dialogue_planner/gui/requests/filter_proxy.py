"""Filtering and sorting of the request list, computed over the compact rows in one pass.

A ``QSortFilterProxyModel`` would call back into Python once per row on every keystroke (and per
comparison when sorting): too slow for 100,000 requests. This proxy computes the visible source rows
with list comprehensions and maps proxy rows to source rows through a plain list, so views still work
on a proxy and the page always tracks source rows.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from PySide6.QtCore import QAbstractProxyModel, QModelIndex, QPersistentModelIndex, Qt

from dialogue_planner.domain.requests import PENDING_STATUSES

from .table_model import RequestTableModel, sort_key_for

_ENABLED = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
POOR_QUALITIES = frozenset({"partial", "insufficient", "none"})


@dataclass(frozen=True)
class Prepared:
    """The search text and sort order of a list of rows, computed off the GUI thread while it loads."""

    rows: list
    search: list[str]
    order: list[int]
    sort_column: int
    descending: bool


def search_text(row) -> str:
    return " ".join((row.reference, row.subject, row.requesting_agency, row.responding_agency,
                     row.kind, row.status, row.latest_quality or "")).casefold()


def sorted_order(rows: list, column: int, descending: bool, as_of) -> list[int]:
    if column < 0:
        return list(range(len(rows)))
    key = sort_key_for(column, as_of)
    keys = [key(r) for r in rows]
    return sorted(range(len(rows)), key=keys.__getitem__, reverse=descending)


def prepare(rows: list, sort_column: int, descending: bool, as_of) -> Prepared:
    """Pure: safe to run in a worker thread."""
    return Prepared(rows, [search_text(r) for r in rows], sorted_order(rows, sort_column, descending, as_of),
                    sort_column, descending)


@dataclass(frozen=True)
class RequestFilter:
    """What the reader narrowed the list to; empty values mean "any"."""

    side: str = ""          # responding side code
    kind: str = ""
    status: str = ""
    overdue_only: bool = False
    text: str = ""
    answer: str = ""        # "late": answered after the due date; "poor": latest quality below complete


class RequestFilterProxy(QAbstractProxyModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._filter = RequestFilter()
        self._visible: list[int] = []            # proxy row -> source row
        self._proxy_of: dict[int, int] | None = None
        self._search: list[str] | None = None    # per source row, lower-case searchable text
        self._matched_text = ""
        self._matched: list[int] | None = None   # source rows matching _matched_text (all filters)
        self._sort_column = -1
        self._sort_order = Qt.SortOrder.AscendingOrder
        self._order: list[int] | None = None     # every source row in the current sort order
        self._prepared: Prepared | None = None

    # Source --------------------------------------------------------------------------------------
    def setSourceModel(self, model: RequestTableModel) -> None:  # noqa: N802 - Qt name
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
        self._forget_source()
        self._recompute()
        self.endResetModel()

    def _source(self) -> RequestTableModel:
        return self.sourceModel()

    def expect(self, prepared: Prepared) -> None:
        """Use this search text and order when the source next shows exactly these rows."""
        self._prepared = prepared

    @property
    def sort_state(self) -> tuple[int, bool]:
        return self._sort_column, self._sort_order == Qt.SortOrder.DescendingOrder

    def _forget_source(self) -> None:
        # The search text is built at once, so that the first keystroke is as quick as the others.
        source = self._source()
        prepared, self._prepared = self._prepared, None
        self._matched = None
        self._matched_text = ""
        self._order = None
        if source is None:
            self._search = None
        elif prepared is not None and prepared.rows is source.rows():
            self._search = prepared.search
            if (prepared.sort_column, prepared.descending) == self.sort_state:
                self._order = prepared.order
        else:
            self._search = [search_text(r) for r in source.rows()]

    def _source_reset(self, *args) -> None:
        self.beginResetModel()
        self._forget_source()
        self._recompute()
        self.endResetModel()

    def _source_data_changed(self, top_left: QModelIndex, bottom_right: QModelIndex, roles=()) -> None:
        # A changed request may now fall in or out of the filter: recompute and keep the rest stable.
        for source_row in range(top_left.row(), bottom_right.row() + 1):
            if self._search is not None:
                self._search[source_row] = search_text(self._source().rows()[source_row])
        self._matched = None
        self._order = None
        self._source_reset()

    # Filtering -----------------------------------------------------------------------------------
    @property
    def current_filter(self) -> RequestFilter:
        return self._filter

    def set_filter(self, new: RequestFilter) -> None:
        new = replace(new, text=new.text.strip().casefold())
        if new == self._filter:
            return
        narrowing_text = (replace(new, text="") == replace(self._filter, text="")
                          and new.text.startswith(self._matched_text) and self._matched is not None)
        if not narrowing_text:
            self._matched = None
        self._filter = new
        self.beginResetModel()
        self._recompute()
        self.endResetModel()

    def _candidate_rows(self) -> list[int]:
        rows = self._source().rows()
        f = self._filter
        if self._matched is not None and f.text.startswith(self._matched_text):
            candidates = self._matched
        else:
            candidates = self._sorted_order()
            if f.side:
                candidates = [i for i in candidates if rows[i].to_side == f.side]
            if f.kind:
                candidates = [i for i in candidates if rows[i].kind == f.kind]
            if f.status:
                candidates = [i for i in candidates if rows[i].status == f.status]
            if f.overdue_only:
                as_of = self._source().as_of
                candidates = [i for i in candidates
                              if rows[i].status in PENDING_STATUSES and rows[i].first_response_on is None
                              and rows[i].response_due_on < as_of]
            if f.answer == "late":
                candidates = [i for i in candidates if rows[i].first_response_on is not None
                              and rows[i].first_response_on > rows[i].response_due_on]
            elif f.answer == "poor":
                candidates = [i for i in candidates if rows[i].latest_quality in POOR_QUALITIES]
        if f.text:
            if self._search is None:
                self._search = [search_text(r) for r in rows]
            search = self._search
            needles = f.text.split()
            for needle in needles:
                candidates = [i for i in candidates if needle in search[i]]
        candidates = list(candidates)
        self._matched, self._matched_text = candidates, f.text
        return candidates

    def _sorted_order(self) -> list[int]:
        """Every source row in the sort order, computed once per load or sort: filters keep this order,
        so a keystroke never sorts."""
        if self._order is None:
            source = self._source()
            self._order = sorted_order(source.rows(), self._sort_column,
                                       self._sort_order == Qt.SortOrder.DescendingOrder, source.as_of)
        return self._order

    def _recompute(self) -> None:
        if self._source() is None:
            self._visible = []
            self._proxy_of = None
            return
        self._visible = self._candidate_rows()
        self._proxy_of = None

    # Sorting -------------------------------------------------------------------------------------
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()
        sources = [self.mapToSource(i) for i in before]
        self._sort_column, self._sort_order = column, order
        self._order = None
        self._matched = None
        self._recompute()
        self.changePersistentIndexList(before, [self.mapFromSource(s) for s in sources])
        self.layoutChanged.emit()

    # Mapping -------------------------------------------------------------------------------------
    def source_row(self, proxy_row: int) -> int:
        return self._visible[proxy_row]

    def proxy_row(self, source_row: int) -> int:
        if self._proxy_of is None:
            self._proxy_of = {s: p for p, s in enumerate(self._visible)}
        return self._proxy_of.get(source_row, -1)

    def mapToSource(self, proxy_index: QModelIndex | QPersistentModelIndex) -> QModelIndex:  # noqa: N802
        if not proxy_index.isValid() or proxy_index.row() >= len(self._visible):
            return QModelIndex()
        return self._source().index(self._visible[proxy_index.row()], proxy_index.column())

    def mapFromSource(self, source_index: QModelIndex | QPersistentModelIndex) -> QModelIndex:  # noqa: N802
        if not source_index.isValid():
            return QModelIndex()
        row = self.proxy_row(source_index.row())
        return self.index(row, source_index.column()) if row >= 0 else QModelIndex()

    def index(self, row: int, column: int, parent: QModelIndex | QPersistentModelIndex = QModelIndex()):
        if parent.isValid() or not (0 <= row < len(self._visible)) or not (
                0 <= column < self.columnCount()):
            return QModelIndex()
        return self.createIndex(row, column)

    def parent(self, index=None):  # noqa: A003 - Qt name
        return QModelIndex()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._visible)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        source = self._source()
        return 0 if parent.isValid() or source is None else source.columnCount()

    def hasChildren(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> bool:  # noqa: N802
        return not parent.isValid() and bool(self._visible)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        """Straight to the source row: no source index built per cell (views ask thousands per repaint)."""
        if not index.isValid() or index.row() >= len(self._visible):
            return None
        return self._source().data_at(self._visible[index.row()], index.column(),
                                      int(role.value) if hasattr(role, "value") else int(role))

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        return _ENABLED if index.isValid() else Qt.ItemFlag.NoItemFlags

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal:
            return self._source().headerData(section, orientation, role)
        return None
