"""Tables of the import wizard: the raw rows of the file, and the preview coloured by what happens."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QBrush, QColor

from dialogue_planner.domain.roster import ChangeKind

KIND_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
KIND_COLOURS = {
    ChangeKind.NEW: QColor("#e3f4e8"),
    ChangeKind.CHANGED: QColor("#fff1d6"),
    ChangeKind.UNCHANGED: QColor("#ffffff"),
    ChangeKind.DEACTIVATED: QColor("#ebe7f7"),
    ChangeKind.ERROR: QColor("#fde2e1"),
}


class RawTableModel(QAbstractTableModel):
    """The first rows of the file as read, numbered as in the file, the header row in bold."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[int, tuple[str, ...]]] = []
        self._width = 0
        self.header_row = 0

    def set_rows(self, rows, header_row: int = 0) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._width = max((len(c) for _, c in self._rows), default=0)
        self.header_row = header_row
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else self._width

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical and 0 <= section < len(self._rows):
            return str(self._rows[section][0])
        if orientation == Qt.Orientation.Horizontal and 0 <= section < self._width:
            from dialogue_planner.interchange.roster_header import column_letter

            return column_letter(section)
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        number, cells = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return cells[index.column()] if index.column() < len(cells) else ""
        if role == Qt.ItemDataRole.FontRole and number == self.header_row:
            from PySide6.QtGui import QFont

            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.BackgroundRole and number == self.header_row:
            return QBrush(QColor("#e8f0fe"))
        return None


class PreviewModel(QAbstractTableModel):
    """One row per file row (and per delegate the file leaves out in replace mode)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows = []

    def kind_text(self, kind: ChangeKind) -> str:
        return {ChangeKind.NEW: self.tr("new"), ChangeKind.CHANGED: self.tr("changed"),
                ChangeKind.UNCHANGED: self.tr("unchanged"), ChangeKind.DEACTIVATED: self.tr("deactivated"),
                ChangeKind.ERROR: self.tr("error")}[ChangeKind(kind)]

    def headers(self) -> list[str]:
        return [self.tr("Row"), self.tr("Result"), self.tr("Side"), self.tr("Agency"), self.tr("Name"),
                self.tr("Differences or problems")]

    def set_rows(self, rows) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def preview_row(self, row: int):
        return self._rows[row]

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else 6

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < 6:
            return self.headers()[section]
        return None

    def field_label(self, field: str) -> str:
        return {"family_name": self.tr("Family name"), "given_name": self.tr("Given name"),
                "native_name": self.tr("Native name"), "title": self.tr("Title"), "email": self.tr("Email"),
                "phone": self.tr("Phone"), "external_id": self.tr("External ID"), "agency": self.tr("Agency"),
                "active": self.tr("Status")}.get(field, field)

    def difference_lines(self, row: int) -> list[str]:
        """"Title: Director → Vice Minister" for each changed field of the row."""
        states = {"active": self.tr("active"), "inactive": self.tr("inactive")}
        return [f"{self.field_label(d.field)}: {states.get(d.before, d.before) or '—'} → "
                f"{states.get(d.after, d.after) or '—'}" if d.field == "active" else
                f"{self.field_label(d.field)}: {d.before or '—'} → {d.after or '—'}"
                for d in self._rows[row].differences]

    def details(self, row: int) -> str:
        r = self._rows[row]
        if r.messages:
            return "; ".join(r.messages)
        return "; ".join(self.difference_lines(row))

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        r = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (str(r.row) if r.row else "—", self.kind_text(r.kind), r.side, r.agency, r.name,
                    self.details(index.row()))[column]
        if role == SORT_ROLE:
            return (r.row or 10**9, str(r.kind), r.side, r.agency, r.name, self.details(index.row()))[column]
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(KIND_COLOURS[ChangeKind(r.kind)])
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor("#1f2d3d"))
        if role == Qt.ItemDataRole.ToolTipRole and column == 5:
            return self.details(index.row()) or None
        if role == KIND_ROLE:
            return str(r.kind)
        return None


class PreviewFilterProxy(QSortFilterProxyModel):
    """Shows the rows of one kind (or all); rows sort by file row number numerically."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._kind: str | None = None
        self.setSortRole(SORT_ROLE)

    def set_kind(self, kind: str | None) -> None:
        self.beginFilterChange()
        self._kind = kind or None
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent) -> bool:
        if self._kind is None:
            return True
        return self.sourceModel().index(source_row, 0, source_parent).data(KIND_ROLE) == self._kind
