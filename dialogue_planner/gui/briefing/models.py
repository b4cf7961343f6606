"""Table models of the briefing area: a meeting's delegation and the distribution log."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt

from dialogue_planner.domain.briefing import DelegationMemberRecord
from dialogue_planner.gui.kit.table_model import SORT_ROLE, Column, RecordTableModel, role_number

__all__ = ["SORT_ROLE", "RECORD_ROLE", "DelegationModel", "DistributionModel", "role_label", "attendance_label"]

RECORD_ROLE = Qt.ItemDataRole.UserRole + 2
_RECORD = role_number(RECORD_ROLE)


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


def _text(value) -> str:
    return "" if value is None else str(value)


def _column(title: str, value, sort_key=None) -> Column:
    """A briefing column shows its value as text, in full in the tooltip, and sorts it caseless."""
    return Column(title, lambda r: _text(value(r)),
                  sort_key=sort_key or (lambda r: _text(value(r)).casefold()),
                  tooltip=lambda r: _text(value(r)) or None)


class BriefingTableModel(RecordTableModel):
    context = CONTEXT

    extra_roles = (_RECORD,)

    def role_data(self, record, column: int, role: int):
        return record if role == _RECORD else None


class DelegationModel(BriefingTableModel):
    columns = (
        _column(DELEGATION_HEADERS[0], lambda m: m.side_code),
        _column(DELEGATION_HEADERS[1], lambda m: m.name),
        _column(DELEGATION_HEADERS[2], lambda m: m.native_name),
        _column(DELEGATION_HEADERS[3], lambda m: m.agency_acronym),
        _column(DELEGATION_HEADERS[4], lambda m: m.title),
        _column(DELEGATION_HEADERS[5], lambda m: role_label(m.role)),
        _column(DELEGATION_HEADERS[6], attendance_label),
        _column(DELEGATION_HEADERS[7], lambda m: m.position, sort_key=lambda m: m.position),
    )


class DistributionModel(BriefingTableModel):
    columns = (
        _column(LOG_HEADERS[0], lambda r: QCoreApplication.translate("BriefingModels", "{0} of {1}").format(
            r.copy_number, r.copies_total), sort_key=lambda r: r.copy_number),
        _column(LOG_HEADERS[1], lambda r: r.recipient_name),
        _column(LOG_HEADERS[2], lambda r: r.issued_at.astimezone().strftime("%Y-%m-%d %H:%M"),
                sort_key=lambda r: r.issued_at.timestamp()),
        _column(LOG_HEADERS[3], lambda r: r.issued_by),
        _column(LOG_HEADERS[4], lambda r: r.marking),
        _column(LOG_HEADERS[5], lambda r: r.language),
        _column(LOG_HEADERS[6], lambda r: r.paper.upper()),
        _column(LOG_HEADERS[7], lambda r: r.file_name),
        _column(LOG_HEADERS[8], lambda r: r.sha256[:16]),
    )
