"""Recent changes, from every workstation: when, who, what (the audit trail, newest first)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from dialogue_planner.domain.records import AuditRecord

from ..shell.change_words import change_words

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
OVERWRITE_BACKGROUND = QColor("#fff4e5")
_ROOT = QModelIndex()
NAMING_FIELDS = ("name_en", "title", "login", "family_name", "acronym", "planned_city", "reference", "number")


def describe(record: AuditRecord) -> str:
    """A record without a summary still says what it was about: its name, title or login."""
    values = record.after or record.before or {}
    for name in NAMING_FIELDS:
        if values.get(name) not in (None, ""):
            return str(values[name])
    return ""


class RecentChangesModel(QAbstractTableModel):
    """Rows are audit records; ``SORT_ROLE`` gives the instant for the time column."""

    COLUMNS = ("at", "actor", "action", "summary")

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.records: list[AuditRecord] = []
        self.own_login = ""
        self.words: dict[str, str] = {}

    def set_records(self, records: list[AuditRecord], own_login: str = "") -> None:
        self.beginResetModel()
        self.records = list(records)
        self.own_login = own_login
        self.words = change_words()   # once per load, in the language on screen
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.records)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < len(self.COLUMNS):
            return None
        return (self.tr("When"), self.tr("Who"), self.tr("Change"), self.tr("Details"))[section]

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self.records):
            return None
        r = self.records[index.row()]
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if column == "at":
                return r.at.astimezone().strftime("%Y-%m-%d %H:%M:%S")
            if column == "actor":
                return r.actor + (" " + self.tr("(you)") if r.actor == self.own_login else "")
            if column == "action":
                return self.words.get(r.action, r.action)
            return r.summary or describe(r)
        if role == Qt.ItemDataRole.ToolTipRole and column == "summary":
            return r.summary or describe(r) or None
        if role == Qt.ItemDataRole.ToolTipRole and column == "action":   # the code, for support
            return r.action + (f" #{r.entity_id}" if r.entity_id is not None else "")
        if role == SORT_ROLE:  # ids grow with time on one database, and break ties within a second
            return r.id if column == "at" else self.data(index, Qt.ItemDataRole.DisplayRole)
        if role == Qt.ItemDataRole.BackgroundRole and r.action == "conflict.overwrite":
            return QBrush(OVERWRITE_BACKGROUND)
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
