"""Table models of the briefing area: a meeting's delegation and the distribution log."""

from __future__ import annotations

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from dialogue_planner.domain.briefing import DelegationMemberRecord, DistributionRecord

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
RECORD_ROLE = Qt.ItemDataRole.UserRole + 2


CONTEXT = "BriefingModels"
ROLE_TEXT = {
    "co-chair": QT_TRANSLATE_NOOP("BriefingModels", "Co-chair"),
    "head": QT_TRANSLATE_NOOP("BriefingModels", "Head of delegation"),
    "member": QT_TRANSLATE_NOOP("BriefingModels", "Member"),
    "expert": QT_TRANSLATE_NOOP("BriefingModels", "Expert"),
    "interpreter": QT_TRANSLATE_NOOP("BriefingModels", "Interpreter"),
    "note-taker": QT_TRANSLATE_NOOP("BriefingModels", "Note-taker"),
}
DELEGATION_HEADERS = (
    QT_TRANSLATE_NOOP("BriefingModels", "Side"), QT_TRANSLATE_NOOP("BriefingModels", "Name"),
    QT_TRANSLATE_NOOP("BriefingModels", "Native name"), QT_TRANSLATE_NOOP("BriefingModels", "Agency"),
    QT_TRANSLATE_NOOP("BriefingModels", "Title"), QT_TRANSLATE_NOOP("BriefingModels", "Role"),
    QT_TRANSLATE_NOOP("BriefingModels", "Attendance"), QT_TRANSLATE_NOOP("BriefingModels", "Position"),
)
LOG_HEADERS = (
    QT_TRANSLATE_NOOP("BriefingModels", "Copy"), QT_TRANSLATE_NOOP("BriefingModels", "Recipient"),
    QT_TRANSLATE_NOOP("BriefingModels", "Issued"), QT_TRANSLATE_NOOP("BriefingModels", "By"),
    QT_TRANSLATE_NOOP("BriefingModels", "Marking"), QT_TRANSLATE_NOOP("BriefingModels", "Language"),
    QT_TRANSLATE_NOOP("BriefingModels", "Paper"), QT_TRANSLATE_NOOP("BriefingModels", "File"),
    QT_TRANSLATE_NOOP("BriefingModels", "SHA-256"),
)


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def role_label(role: str) -> str:
    return _tr(ROLE_TEXT[role]) if role in ROLE_TEXT else role


def attendance_label(m: DelegationMemberRecord) -> str:
    if m.represented_by:
        return QCoreApplication.translate("BriefingModels", "Absent, represented by {0}").format(m.represented_by)
    if m.attended is None:
        return ""
    return (QCoreApplication.translate("BriefingModels", "Attended") if m.attended
            else QCoreApplication.translate("BriefingModels", "Absent"))


class RecordTableModel(QAbstractTableModel):
    """Rows of frozen records; subclasses say how each column reads and sorts."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list = []

    def set_rows(self, rows: list) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def record(self, row: int):
        return self._rows[row]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.headers())

    def headers(self) -> list[str]:
        raise NotImplementedError

    def cell(self, record, column: int):
        raise NotImplementedError

    def sort_value(self, record, column: int):
        return self.cell(record, column)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            headers = self.headers()
            if 0 <= section < len(headers):
                return headers[section]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        record = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            value = self.cell(record, index.column())
            return "" if value is None else str(value)
        if role == SORT_ROLE:
            return self.sort_value(record, index.column())
        if role == RECORD_ROLE:
            return record
        if role == Qt.ItemDataRole.ToolTipRole:
            value = self.cell(record, index.column())
            return str(value) if value else None
        return None


class DelegationModel(RecordTableModel):
    def headers(self) -> list[str]:
        return [_tr(h) for h in DELEGATION_HEADERS]

    def cell(self, m: DelegationMemberRecord, column: int):
        return (m.side_code, m.name, m.native_name, m.agency_acronym, m.title, role_label(m.role),
                attendance_label(m), m.position)[column]

    def sort_value(self, m: DelegationMemberRecord, column: int):
        if column == 7:
            return m.position
        return str(self.cell(m, column)).casefold()


class DistributionModel(RecordTableModel):
    def headers(self) -> list[str]:
        return [_tr(h) for h in LOG_HEADERS]

    def cell(self, r: DistributionRecord, column: int):
        return (QCoreApplication.translate("BriefingModels", "{0} of {1}").format(r.copy_number, r.copies_total),
                r.recipient_name,
                r.issued_at.astimezone().strftime("%Y-%m-%d %H:%M"), r.issued_by, r.marking, r.language,
                r.paper.upper(), r.file_name, r.sha256[:16])[column]

    def sort_value(self, r: DistributionRecord, column: int):
        if column == 0:
            return r.copy_number
        if column == 2:
            return r.issued_at.timestamp()
        return str(self.cell(r, column)).casefold()
