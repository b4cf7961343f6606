"""A delegate's history from the audit: when, who, what, and which fields changed from what to what."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from dialogue_planner.domain.records import AuditRecord
from dialogue_planner.gui.kit.table_model import Column, RecordTableModel
from dialogue_planner.gui.kit.values import show_value

SHOWN_FIELDS = (
    "family_name",
    "given_name",
    "native_name",
    "title",
    "email",
    "phone",
    "external_id",
    "agency_id",
    "active",
    "notes",
)


def describe_change(entry: AuditRecord) -> str:
    """ "title: Director → Vice Minister; active: yes → no" for an update; empty for an add."""
    before, after = entry.before or {}, entry.after or {}
    parts = []
    for name in SHOWN_FIELDS:
        if name in before and name in after and before[name] != after[name]:
            parts.append(f"{name}: {_text(before[name])} → {_text(after[name])}")
    return "; ".join(parts)


def _text(value) -> str:
    return show_value(value, yes="yes", no="no")


def subject(entry: AuditRecord) -> str:
    """The delegate an entry is about, by name (from the values after, else before)."""
    values = entry.after or entry.before or {}
    return " ".join(str(values.get(k) or "") for k in ("family_name", "given_name")).strip()


class HistoryModel(RecordTableModel):
    """Audit entries, newest first; ``with_subject`` adds a column naming the delegate (import audit)."""

    def __init__(self, parent=None, *, with_subject: bool = False) -> None:
        super().__init__(parent)
        self.with_subject = with_subject
        columns = [
            Column(
                QT_TRANSLATE_NOOP("HistoryModel", "When (UTC)"),
                lambda e: e.at.strftime("%Y-%m-%d %H:%M"),
                tooltip=_summary,
            ),
            Column(QT_TRANSLATE_NOOP("HistoryModel", "Who"), lambda e: e.actor, tooltip=_summary),
            Column(
                QT_TRANSLATE_NOOP("HistoryModel", "What"),
                lambda e: self.action_text(e.action),
                tooltip=_summary,
            ),
            Column(
                QT_TRANSLATE_NOOP("HistoryModel", "Changes"),
                lambda e: describe_change(e) or e.summary,
                tooltip=_summary,
            ),
        ]
        if with_subject:
            columns.insert(
                0, Column(QT_TRANSLATE_NOOP("HistoryModel", "Delegate"), subject, tooltip=_summary)
            )
        self.set_columns(columns)

    def action_text(self, action: str) -> str:
        words = {
            "delegate.add": self.tr("added"),
            "delegate.update": self.tr("edited"),
            "delegate.deactivate": self.tr("deactivated"),
            "delegate.reactivate": self.tr("reactivated"),
            "delegate.import.add": self.tr("added by import"),
            "delegate.import.update": self.tr("changed by import"),
            "delegate.import.deactivate": self.tr("deactivated by import"),
            "delegate.import_undo": self.tr("import undone"),
        }
        return words.get(action, action)


def _summary(entry: AuditRecord) -> str | None:
    return entry.summary or None
