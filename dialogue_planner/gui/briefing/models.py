"""Table models of the briefing area: a meeting's delegation and the distribution log."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from dialogue_planner.domain.briefing import DelegationMemberRecord, DistributionRecord

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
RECORD_ROLE = Qt.ItemDataRole.UserRole + 2


def _tr(text: str) -> str:
    return QCoreApplication.translate("BriefingModels", text)


def role_label(role: str) -> str:
    return {
        "co-chair": _tr("Co-chair"), "head": _tr("Head of delegation"), "member": _tr("Member"),
        "expert": _tr("Expert"), "interpreter": _tr("Interpreter"), "note-taker": _tr("Note-taker"),
    }.get(role, role)


def attendance_label(m: DelegationMemberRecord) -> str:
    if m.represented_by:
        return _tr("Absent, represented by {0}").format(m.represented_by)
    return {True: _tr("Attended"), False: _tr("Absent"), None: ""}[m.attended]


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

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.headers())

    def headers(self) -> list[str]:
        raise NotImplementedError

    def cell(self, record, column: int):
        raise NotImplementedError

    def sort_value(self, record, column: int):
        return self.cell(record, column)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
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
        return [_tr("Side"), _tr("Name"), _tr("Native name"), _tr("Agency"), _tr("Title"), _tr("Role"),
                _tr("Attendance"), _tr("Position")]

    def cell(self, m: DelegationMemberRecord, column: int):
        return (m.side_code, m.name, m.native_name, m.agency_acronym, m.title, role_label(m.role),
                attendance_label(m), m.position)[column]

    def sort_value(self, m: DelegationMemberRecord, column: int):
        if column == 7:
            return m.position
        return str(self.cell(m, column)).casefold()


class DistributionModel(RecordTableModel):
    def headers(self) -> list[str]:
        return [_tr("Copy"), _tr("Recipient"), _tr("Issued"), _tr("By"), _tr("Marking"), _tr("Language"),
                _tr("Paper"), _tr("File"), _tr("SHA-256")]

    def cell(self, r: DistributionRecord, column: int):
        return (_tr("{0} of {1}").format(r.copy_number, r.copies_total), r.recipient_name,
                r.issued_at.astimezone().strftime("%Y-%m-%d %H:%M"), r.issued_by, r.marking, r.language,
                r.paper.upper(), r.file_name, r.sha256[:16])[column]

    def sort_value(self, r: DistributionRecord, column: int):
        if column == 0:
            return r.copy_number
        if column == 2:
            return r.issued_at.timestamp()
        return str(self.cell(r, column)).casefold()
