"""The delegates table: one row per DelegateRecord, and a filter by agency, search text and status, sorted
and filtered in Python in one pass (8,000 delegates: a QSortFilterProxyModel took a second to sort them)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from dialogue_planner.domain.records import DelegateRecord
from dialogue_planner.domain.roster import fold

from ..shell.row_proxy import RowListProxy

RECORD_ROLE = int(Qt.ItemDataRole.UserRole.value) + 1
_DISPLAY = int(Qt.ItemDataRole.DisplayRole.value)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole.value)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole.value)
INACTIVE = QColor("#9aa5b1")


class DelegateTableModel(QAbstractTableModel):
    COLUMNS = ("name", "native_name", "agency", "title", "email", "phone", "external_id", "status")

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[DelegateRecord] = []
        self._search_text: list[str] = []
        # Sort keys per column, made on the first sort by it and kept until the rows change.
        self._sort_keys: dict[int, list] = {}

    def headers(self) -> list[str]:
        return [self.tr("Name"), self.tr("Native name"), self.tr("Agency"), self.tr("Title"), self.tr("Email"),
                self.tr("Phone"), self.tr("External ID"), self.tr("Status")]

    def set_delegates(self, delegates: list[DelegateRecord]) -> None:
        self.beginResetModel()
        self._rows = list(delegates)
        self._sort_keys = {}
        self._search_text = [fold(" ".join((d.family_name, d.given_name, d.native_name, d.email, d.title,
                                            d.external_id or "", f"{d.given_name} {d.family_name}")))
                             for d in self._rows]
        self.endResetModel()

    def record(self, row: int) -> DelegateRecord:
        return self._rows[row]

    def search_text(self, row: int) -> str:
        return self._search_text[row]

    def row_of(self, delegate_id: int) -> int | None:
        return next((i for i, d in enumerate(self._rows) if d.id == delegate_id), None)

    def rows(self) -> list[DelegateRecord]:
        return self._rows

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(self.COLUMNS):
            return self.headers()[section]
        return None

    def sort_keys(self, column: int) -> list:
        """One key per row for sorting by ``column``, made on the first sort by it."""
        keys = self._sort_keys.get(column)
        if keys is None:
            name = self.COLUMNS[column]
            keys = self._sort_keys[column] = [self._sort_key(d, name) for d in self._rows]
        return keys

    def _sort_key(self, d: DelegateRecord, column: str):
        if column == "name":
            return fold(f"{d.family_name} {d.given_name}")
        if column == "agency":
            return f"{d.side_code} · {d.agency_acronym}"
        if column == "status":
            return self.tr("active") if d.active else self.tr("inactive")
        return fold(getattr(d, column) or "")

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        return self.data_at(index.row(), index.column(), int(role.value) if hasattr(role, "value") else int(role))

    def data_at(self, row: int, column: int, role: int):
        d = self._rows[row]
        name = self.COLUMNS[column]
        if role == _DISPLAY:
            if name == "name":
                return " ".join(p for p in (d.family_name.upper(), d.given_name) if p)
            if name == "agency":
                return f"{d.side_code} · {d.agency_acronym}"
            if name == "status":
                return self.tr("active") if d.active else self.tr("inactive")
            return getattr(d, name) or ""
        if role == _FOREGROUND and not d.active:
            return QBrush(INACTIVE)
        if role == _TOOLTIP and name == "name":
            return d.display_name
        if role == RECORD_ROLE:
            return d
        return None


class DelegateFilterProxy(RowListProxy):
    """Keeps the delegates of the chosen agencies that match the search (any script, case, accents)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._agency_ids: frozenset[int] | None = None
        self._needle = ""
        self._show_inactive = True
        self._order: list[int] | None = None     # every source row in the sort order

    def source_changed(self) -> None:
        self._order = None

    def sort_changed(self) -> None:
        self._order = None

    def set_agencies(self, agency_ids) -> None:
        self._agency_ids = frozenset(agency_ids) if agency_ids is not None else None
        self.refilter()

    def set_search(self, text: str) -> None:
        self._needle = fold(text)
        self.refilter()

    def set_show_inactive(self, show: bool) -> None:
        self._show_inactive = show
        self.refilter()

    def visible_source_rows(self) -> list[int]:
        model = self.sourceModel()
        rows = model.rows()
        if self._order is None:
            self._order = list(range(len(rows)))
            if self._sort_column >= 0:
                keys = model.sort_keys(self._sort_column)
                self._order.sort(key=keys.__getitem__, reverse=self._sort_order == Qt.SortOrder.DescendingOrder)
        visible = self._order
        if self._agency_ids is not None:
            wanted = self._agency_ids
            visible = [i for i in visible if rows[i].agency_id in wanted]
        if not self._show_inactive:
            visible = [i for i in visible if rows[i].active]
        if self._needle:
            needle, squeezed = self._needle, self._needle.replace(" ", "")
            visible = [i for i in visible if needle in model.search_text(i)
                       or squeezed in model.search_text(i).replace(" ", "")]
        return list(visible)
