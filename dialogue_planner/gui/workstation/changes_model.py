"""Recent changes, from every workstation: when, who, what (the audit trail, newest first)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QBrush, QColor

from dialogue_planner.domain.messages import from_stored
from dialogue_planner.domain.records import AuditRecord
from dialogue_planner.gui.workstation.change_words import change_words

from ..kit.messages import text
from ..kit.table_model import SORT_ROLE, Column, RecordTableModel, role_number

__all__ = ["SORT_ROLE", "RecentChangesModel", "describe"]

OVERWRITE_BACKGROUND = QColor("#fff4e5")
_BACKGROUND = role_number(Qt.ItemDataRole.BackgroundRole)
NAMING_FIELDS = ("name_en", "title", "login", "family_name", "acronym", "planned_city", "reference", "number")


def details(record: AuditRecord) -> str:
    """The summary in the interface's language (older entries: their English), or what it was about."""
    return text(from_stored(record.summary_message, record.summary)) or describe(record)


def describe(record: AuditRecord) -> str:
    """A record without a summary still says what it was about: its name, title or login."""
    values = record.after or record.before or {}
    for name in NAMING_FIELDS:
        if values.get(name) not in (None, ""):
            return str(values[name])
    return ""


class RecentChangesModel(RecordTableModel):
    """Rows are audit records; ``SORT_ROLE`` gives the id for the time column (ids grow with time on one
    database, and break ties within a second)."""

    COLUMNS = ("at", "actor", "action", "summary")

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.own_login = ""
        self.words: dict[str, str] = {}
        self.set_columns(
            (
                Column(
                    QT_TRANSLATE_NOOP("RecentChangesModel", "When"),
                    lambda r: r.at.astimezone().strftime("%Y-%m-%d %H:%M:%S"),
                    sort_key=lambda r: r.id,
                ),
                Column(
                    QT_TRANSLATE_NOOP("RecentChangesModel", "Who"),
                    lambda r: r.actor + (" " + self.tr("(you)") if r.actor == self.own_login else ""),
                ),
                Column(
                    QT_TRANSLATE_NOOP("RecentChangesModel", "Change"),
                    lambda r: self.words.get(r.action, r.action),
                    tooltip=_action_code,
                ),  # the code, for support
                Column(
                    QT_TRANSLATE_NOOP("RecentChangesModel", "Details"),
                    details,
                    tooltip=lambda r: details(r) or None,
                ),
            )
        )

    def set_records(self, records: list[AuditRecord], own_login: str = "") -> None:
        self.own_login = own_login
        self.words = change_words()  # once per load, in the language on screen
        self.set_rows(records)

    extra_roles = (_BACKGROUND,)

    def role_data(self, record: AuditRecord, column: int, role: int):
        if role == _BACKGROUND and record.action == "conflict.overwrite":
            return QBrush(OVERWRITE_BACKGROUND)
        return None


def _action_code(r: AuditRecord) -> str:
    return r.action + (f" #{r.entity_id}" if r.entity_id is not None else "")
