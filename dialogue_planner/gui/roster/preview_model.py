"""Tables of the import wizard: the raw rows of the file, and the preview coloured by what happens."""

from __future__ import annotations

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from dialogue_planner.domain.roster import ChangeKind
from dialogue_planner.gui.kit.table_model import SORT_ROLE, Column, RecordTableModel, role_number

KIND_ROLE = Qt.ItemDataRole.UserRole + 2
_KIND = role_number(KIND_ROLE)
_BACKGROUND = role_number(Qt.ItemDataRole.BackgroundRole)
_FOREGROUND = role_number(Qt.ItemDataRole.ForegroundRole)
PREVIEW_TEXT = QColor("#1f2d3d")
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


class PreviewModel(RecordTableModel):
    """One row per file row (and per delegate the file leaves out in replace mode)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.set_columns(
            (
                Column(
                    QT_TRANSLATE_NOOP("PreviewModel", "Row"),
                    lambda r: str(r.row) if r.row else "—",
                    sort_key=lambda r: r.row or 10**9,
                ),
                Column(
                    QT_TRANSLATE_NOOP("PreviewModel", "Result"),
                    lambda r: self.kind_text(r.kind),
                    sort_key=lambda r: str(r.kind),
                ),
                Column(QT_TRANSLATE_NOOP("PreviewModel", "Side"), lambda r: r.side),
                Column(QT_TRANSLATE_NOOP("PreviewModel", "Agency"), lambda r: r.agency),
                Column(QT_TRANSLATE_NOOP("PreviewModel", "Name"), lambda r: r.name),
                Column(
                    QT_TRANSLATE_NOOP("PreviewModel", "Differences or problems"),
                    self._details,
                    tooltip=lambda r: self._details(r) or None,
                ),
            )
        )

    def kind_text(self, kind: ChangeKind) -> str:
        return {
            ChangeKind.NEW: self.tr("new"),
            ChangeKind.CHANGED: self.tr("changed"),
            ChangeKind.UNCHANGED: self.tr("unchanged"),
            ChangeKind.DEACTIVATED: self.tr("deactivated"),
            ChangeKind.ERROR: self.tr("error"),
        }[ChangeKind(kind)]

    def field_label(self, field: str) -> str:
        return {
            "family_name": self.tr("Family name"),
            "given_name": self.tr("Given name"),
            "native_name": self.tr("Native name"),
            "title": self.tr("Title"),
            "title_zh": self.tr("Title (Chinese)"),
            "email": self.tr("Email"),
            "phone": self.tr("Phone"),
            "external_id": self.tr("External ID"),
            "agency": self.tr("Agency"),
            "active": self.tr("Status"),
        }.get(field, field)

    def difference_lines(self, row: int) -> list[str]:
        """ "Title: Director → Vice Minister" for each changed field of the row."""
        return self._difference_lines(self._rows[row])

    def _difference_lines(self, r) -> list[str]:
        states = {"active": self.tr("active"), "inactive": self.tr("inactive")}
        return [
            f"{self.field_label(d.field)}: {states.get(d.before, d.before) or '—'} → "
            f"{states.get(d.after, d.after) or '—'}"
            if d.field == "active"
            else f"{self.field_label(d.field)}: {d.before or '—'} → {d.after or '—'}"
            for d in r.differences
        ]

    def details(self, row: int) -> str:
        return self._details(self._rows[row])

    def _details(self, r) -> str:
        if r.messages:
            return "; ".join(r.messages)
        return "; ".join(self._difference_lines(r))

    extra_roles = (_BACKGROUND, _FOREGROUND, _KIND)

    def role_data(self, r, column: int, role: int):
        if role == _BACKGROUND:
            return QBrush(KIND_COLOURS[ChangeKind(r.kind)])
        if role == _FOREGROUND:
            return QBrush(PREVIEW_TEXT)
        if role == _KIND:
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
