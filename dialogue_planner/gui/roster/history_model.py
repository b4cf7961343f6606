"""A delegate's history from the audit: when, who, what, and which fields changed from what to what."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from dialogue_planner.domain.records import AuditRecord

SHOWN_FIELDS = ("family_name", "given_name", "native_name", "title", "email", "phone", "external_id",
                "agency_id", "active", "notes")


def describe_change(entry: AuditRecord) -> str:
    """"title: Director → Vice Minister; active: yes → no" for an update; empty for an add."""
    before, after = entry.before or {}, entry.after or {}
    parts = []
    for name in SHOWN_FIELDS:
        if name in before and name in after and before[name] != after[name]:
            parts.append(f"{name}: {_text(before[name])} → {_text(after[name])}")
    return "; ".join(parts)


def _text(value) -> str:
    if value is None or value == "":
        return "—"
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(value)


def subject(entry: AuditRecord) -> str:
    """The delegate an entry is about, by name (from the values after, else before)."""
    values = entry.after or entry.before or {}
    return " ".join(str(values.get(k) or "") for k in ("family_name", "given_name")).strip()


class HistoryModel(QAbstractTableModel):
    """Audit entries, newest first; ``with_subject`` adds a column naming the delegate (import audit)."""

    def __init__(self, parent=None, *, with_subject: bool = False) -> None:
        super().__init__(parent)
        self._entries: list[AuditRecord] = []
        self.with_subject = with_subject

    def set_entries(self, entries: list[AuditRecord]) -> None:
        self.beginResetModel()
        self._entries = list(entries)
        self.endResetModel()

    def entry(self, row: int) -> AuditRecord:
        return self._entries[row]

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

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.headers())

    def headers(self) -> list[str]:
        names = [self.tr("When (UTC)"), self.tr("Who"), self.tr("What"), self.tr("Changes")]
        return [self.tr("Delegate"), *names] if self.with_subject else names

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        headers = self.headers()
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(headers):
            return headers[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._entries)):
            return None
        e = self._entries[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            cells = [e.at.strftime("%Y-%m-%d %H:%M"), e.actor, self.action_text(e.action),
                     describe_change(e) or e.summary]
            if self.with_subject:
                cells.insert(0, subject(e))
            return cells[index.column()] if index.column() < len(cells) else None
        if role == Qt.ItemDataRole.ToolTipRole:
            return e.summary or None
        return None
