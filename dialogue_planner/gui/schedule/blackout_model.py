"""Blackout periods as a table: start, end, side, reason."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from dialogue_planner.domain.proposals import BlackoutRecord

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
COLUMNS = ("start", "end", "side", "reason")


def _header(column: str) -> str:
    return {"start": QCoreApplication.translate("BlackoutTableModel", "From"),
    "end": QCoreApplication.translate("BlackoutTableModel", "To"),
            "side": QCoreApplication.translate("BlackoutTableModel", "Side"),
            "reason": QCoreApplication.translate("BlackoutTableModel", "Reason")}[column]


class BlackoutTableModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[BlackoutRecord] = []

    def set_blackouts(self, rows: list[BlackoutRecord]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def blackout(self, row: int) -> BlackoutRecord:
        return self._rows[row]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal \
                and 0 <= section < len(COLUMNS):
            return _header(COLUMNS[section])
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        b = self._rows[index.row()]
        column = COLUMNS[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
            if column == "start":
                return b.start.isoformat()
            if column == "end":
                return b.end.isoformat()
            if column == "side":
                return b.side or QCoreApplication.translate("BlackoutTableModel", "both")
            return b.reason
        return None
