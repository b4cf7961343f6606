"""The delegates table: one row per DelegateRecord, and a filter by agency, search text and status."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QBrush, QColor

from dialogue_planner.domain.records import DelegateRecord
from dialogue_planner.domain.roster import fold

RECORD_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
INACTIVE = QColor("#9aa5b1")


class DelegateTableModel(QAbstractTableModel):
    COLUMNS = ("name", "native_name", "agency", "title", "email", "phone", "external_id", "status")

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[DelegateRecord] = []
        self._search_text: list[str] = []
        # Sort keys per column, made on the first sort by it: sorting 8,000 delegates asks for a key
        # some 200,000 times, and folding the text each time made the page take seconds to open.
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

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(self.COLUMNS):
            return self.headers()[section]
        return None

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
        if role == SORT_ROLE:
            keys = self._sort_keys.get(index.column())
            if keys is None:
                column = self.COLUMNS[index.column()]
                keys = self._sort_keys[index.column()] = [self._sort_key(d, column) for d in self._rows]
            return keys[index.row()]
        d = self._rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
            if column == "name":
                latin = " ".join(p for p in (d.family_name.upper(), d.given_name) if p)
                return latin if role == Qt.ItemDataRole.DisplayRole else fold(f"{d.family_name} {d.given_name}")
            if column == "agency":
                return f"{d.side_code} · {d.agency_acronym}"
            if column == "status":
                return self.tr("active") if d.active else self.tr("inactive")
            value = getattr(d, column) or ""
            return value if role == Qt.ItemDataRole.DisplayRole else fold(value)
        if role == Qt.ItemDataRole.ForegroundRole and not d.active:
            return QBrush(INACTIVE)
        if role == Qt.ItemDataRole.ToolTipRole and column == "name":
            return d.display_name
        if role == RECORD_ROLE:
            return d
        return None


class DelegateFilterProxy(QSortFilterProxyModel):
    """Keeps the delegates of the chosen agencies that match the search (any script, case, accents)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._agency_ids: frozenset[int] | None = None
        self._needle = ""
        self._show_inactive = True
        self.setSortRole(SORT_ROLE)

    def set_agencies(self, agency_ids) -> None:
        self.beginFilterChange()
        self._agency_ids = frozenset(agency_ids) if agency_ids is not None else None
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_search(self, text: str) -> None:
        self.beginFilterChange()
        self._needle = fold(text)
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_show_inactive(self, show: bool) -> None:
        self.beginFilterChange()
        self._show_inactive = show
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent) -> bool:
        model = self.sourceModel()
        d = model.record(source_row)
        if self._agency_ids is not None and d.agency_id not in self._agency_ids:
            return False
        if not self._show_inactive and not d.active:
            return False
        if self._needle:
            text = model.search_text(source_row)
            return self._needle in text or self._needle.replace(" ", "") in text.replace(" ", "")
        return True
