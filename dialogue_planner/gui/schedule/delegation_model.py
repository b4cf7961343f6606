"""The table of a meeting's delegation, in the meeting editor's Delegation tab."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt

from dialogue_planner.domain.briefing import DelegationMemberRecord
from dialogue_planner.gui.kit.table_model import SORT_ROLE, RecordTableModel, role_number, text_column

__all__ = ["SORT_ROLE", "RECORD_ROLE", "DelegationModel", "role_label", "attendance_label"]

RECORD_ROLE = Qt.ItemDataRole.UserRole + 2
_RECORD = role_number(RECORD_ROLE)

CONTEXT = "DelegationModel"
ROLE_TEXT = {
    "co-chair": QT_TRANSLATE_NOOP("DelegationModel", "Co-chair"),
    "head": QT_TRANSLATE_NOOP("DelegationModel", "Head of delegation"),
    "member": QT_TRANSLATE_NOOP("DelegationModel", "Member"),
    "expert": QT_TRANSLATE_NOOP("DelegationModel", "Expert"),
    "interpreter": QT_TRANSLATE_NOOP("DelegationModel", "Interpreter"),
    "note-taker": QT_TRANSLATE_NOOP("DelegationModel", "Note-taker"),
}
DELEGATION_HEADERS = (
    QT_TRANSLATE_NOOP("DelegationModel", "Side"),
    QT_TRANSLATE_NOOP("DelegationModel", "Name"),
    QT_TRANSLATE_NOOP("DelegationModel", "Native name"),
    QT_TRANSLATE_NOOP("DelegationModel", "Agency"),
    QT_TRANSLATE_NOOP("DelegationModel", "Title"),
    QT_TRANSLATE_NOOP("DelegationModel", "Role"),
    QT_TRANSLATE_NOOP("DelegationModel", "Attendance"),
    QT_TRANSLATE_NOOP("DelegationModel", "Position"),
)


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def role_label(role: str) -> str:
    return _tr(ROLE_TEXT[role]) if role in ROLE_TEXT else role


def attendance_label(m: DelegationMemberRecord) -> str:
    if m.represented_by:
        return QCoreApplication.translate("DelegationModel", "Absent, represented by {0}").format(
            m.represented_by
        )
    if m.attended is None:
        return ""
    return (
        QCoreApplication.translate("DelegationModel", "Attended")
        if m.attended
        else QCoreApplication.translate("DelegationModel", "Absent")
    )


class _RecordModel(RecordTableModel):
    context = CONTEXT

    extra_roles = (_RECORD,)

    def role_data(self, record, column: int, role: int):
        return record if role == _RECORD else None


class DelegationModel(_RecordModel):
    columns = (
        text_column(DELEGATION_HEADERS[0], lambda m: m.side_code),
        text_column(DELEGATION_HEADERS[1], lambda m: m.name),
        text_column(DELEGATION_HEADERS[2], lambda m: m.native_name),
        text_column(DELEGATION_HEADERS[3], lambda m: m.agency_acronym),
        text_column(DELEGATION_HEADERS[4], lambda m: m.title),
        text_column(DELEGATION_HEADERS[5], lambda m: role_label(m.role)),
        text_column(DELEGATION_HEADERS[6], attendance_label),
        text_column(DELEGATION_HEADERS[7], lambda m: m.position, sort_key=lambda m: m.position),
    )
