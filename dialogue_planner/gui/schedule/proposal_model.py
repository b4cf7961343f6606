"""Proposed dates as a table: window, date, host, alternates, and whether holidays are estimates."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from dialogue_planner.domain.proposals import Proposal

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
COLUMNS = ("window", "date", "host", "alternates", "estimated")


def _header(column: str) -> str:
    return {"window": QCoreApplication.translate("ProposalTableModel", "Window"),
    "date": QCoreApplication.translate("ProposalTableModel", "Proposed date"),
            "host": QCoreApplication.translate("ProposalTableModel", "Host"),
            "alternates": QCoreApplication.translate("ProposalTableModel", "Alternates"),
            "estimated": QCoreApplication.translate("ProposalTableModel", "Holidays")}[column]


class ProposalTableModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[Proposal] = []

    def set_proposals(self, proposals: list[Proposal]) -> None:
        self.beginResetModel()
        self._rows = list(proposals)
        self.endResetModel()

    def proposal(self, row: int) -> Proposal:
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
        p = self._rows[index.row()]
        column = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(p, column)
        if role == SORT_ROLE:
            if column == "date":
                return p.start.toordinal() if p.start else -1
            return self._display(p, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join(p.reasons)
        return None

    def _display(self, p: Proposal, column: str) -> str:
        if column == "window":
            return p.window.label
        if column == "date":
            if p.start is None:
                return QCoreApplication.translate("ProposalTableModel", "no date works")
            return p.start.isoformat() if p.end == p.start else f"{p.start.isoformat()} – {p.end.isoformat()}"
        if column == "host":
            return p.host
        if column == "alternates":
            return ", ".join(d.isoformat() for d in p.alternates)
        if p.estimated:
            return QCoreApplication.translate("ProposalTableModel", "estimated")
        return QCoreApplication.translate("ProposalTableModel", "announced")
