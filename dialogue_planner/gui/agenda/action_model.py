"""Action items of one agenda item, edited in place: description, owner, due date (YYYY-MM-DD), status."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, QPersistentModelIndex, Qt, Signal

from dialogue_planner.domain.agenda import ActionItemRecord
from dialogue_planner.domain.vocabulary import CommitmentStatus
from dialogue_planner.gui.kit.table_model import Column, RecordTableModel, role_number
from dialogue_planner.gui.kit.words import word

COLUMNS = ("description", "owner", "due", "status")
COL = {name: i for i, name in enumerate(COLUMNS)}
STATUS_ROLE = Qt.ItemDataRole.UserRole + 2
_STATUS = role_number(STATUS_ROLE)
_EDIT = role_number(Qt.ItemDataRole.EditRole)


def _owner(a: ActionItemRecord) -> str:
    owner = " ".join(p for p in (a.owner_side, a.owner_agency) if p)
    return " · ".join(p for p in (owner, a.owner_name) if p)


def _due(a: ActionItemRecord) -> str:
    return a.due_on.isoformat() if a.due_on else ""


class ActionItemModel(RecordTableModel):
    """``edit_requested(action, changes)`` asks the page to save; the page calls :meth:`set_rows` after."""

    edit_requested = Signal(object, dict)

    columns = (
        Column(QT_TRANSLATE_NOOP("ActionItemModel", "Action"), lambda a: a.description),
        Column(QT_TRANSLATE_NOOP("ActionItemModel", "Owner"), _owner),
        Column(QT_TRANSLATE_NOOP("ActionItemModel", "Due"), _due),
        Column(QT_TRANSLATE_NOOP("ActionItemModel", "Status"), lambda a: word(a.status)),
    )
    # What the editor starts from in each column (the owner's name alone, the status code).
    EDIT_VALUES = (lambda a: a.description, lambda a: a.owner_name, _due, lambda a: a.status)

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsEditable if index.isValid() else base

    extra_roles = (_EDIT, _STATUS)

    def role_data(self, a: ActionItemRecord, column: int, role: int):
        if role == _EDIT:
            return self.EDIT_VALUES[column](a)
        if role == _STATUS:
            return a.status
        return None

    def setData(
        self, index: QModelIndex | QPersistentModelIndex, value, role: int = Qt.ItemDataRole.EditRole
    ) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        a = self._rows[index.row()]
        text = str(value or "").strip()
        column = index.column()
        if column == COL["description"]:
            changes = {"text": text}  # the commitment's stored field
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

                    self.edit_requested.emit(
                        a,
                        {
                            "error": ValidationError(
                                self.tr("'{0}' is not a date: write it as YYYY-MM-DD.").format(text)
                            )
                        },
                    )
                    return False
        else:
            if text not in CommitmentStatus.values():
                return False
            changes = {"status": text}
        self.edit_requested.emit(a, changes)
        return True
