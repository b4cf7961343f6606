"""Action items of one agenda item, edited in place: description, owner, due date (YYYY-MM-DD), status."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from dialogue_planner.domain.agenda import ActionItemRecord
from dialogue_planner.domain.vocabulary import ActionStatus
from dialogue_planner.gui.requests.words import word

COLUMNS = ("description", "owner", "due", "status")
COL = {name: i for i, name in enumerate(COLUMNS)}
STATUS_ROLE = Qt.ItemDataRole.UserRole + 1


class ActionItemModel(QAbstractTableModel):
    """``edit_requested(action, changes)`` asks the page to save; the page calls :meth:`set_actions` after."""

    edit_requested = Signal(object, dict)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._actions: list[ActionItemRecord] = []

    def set_actions(self, actions) -> None:
        self.beginResetModel()
        self._actions = list(actions)
        self.endResetModel()

    def action(self, row: int) -> ActionItemRecord:
        return self._actions[row]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._actions)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (self.tr("Action"), self.tr("Owner"), self.tr("Due"), self.tr("Status"))
        return titles[section] if 0 <= section < len(titles) else None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsEditable if index.isValid() else base

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self._actions):
            return None
        a = self._actions[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == COL["description"]:
                return a.description
            if column == COL["owner"]:
                owner = " ".join(p for p in (a.owner_side, a.owner_agency) if p)
                return a.owner_name if role == Qt.ItemDataRole.EditRole else " · ".join(
                    p for p in (owner, a.owner_name) if p)
            if column == COL["due"]:
                return a.due_on.isoformat() if a.due_on else ""
            if column == COL["status"]:
                return word(a.status) if role == Qt.ItemDataRole.DisplayRole else a.status
        if role == STATUS_ROLE:
            return a.status
        return None

    def setData(self, index: QModelIndex | QPersistentModelIndex, value, role: int = Qt.ItemDataRole.EditRole
                ) -> bool:  # noqa: N802 - Qt name
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        a = self._actions[index.row()]
        text = str(value or "").strip()
        column = index.column()
        if column == COL["description"]:
            changes = {"description": text}
        elif column == COL["owner"]:
            changes = {"owner_name": text}
        elif column == COL["due"]:
            if not text:
                changes = {"clear_due": True}
            else:
                try:
                    changes = {"due_on": date.fromisoformat(text)}
                except ValueError:
                    from dialogue_planner.domain.errors import ValidationError

                    self.edit_requested.emit(a, {"error": ValidationError(
                        self.tr("'{0}' is not a date: write it as YYYY-MM-DD.").format(text))})
                    return False
        else:
            if text not in ActionStatus.values():
                return False
            changes = {"status": text}
        self.edit_requested.emit(a, changes)
        return True
