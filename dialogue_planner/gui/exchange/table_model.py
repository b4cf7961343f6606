"""The differences between the two sides' records, one row per shared field."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from dialogue_planner.gui.kit.table_model import RecordTableModel, text_column

COLUMNS = ("record", "field", "ours", "theirs", "said")
COL = {name: i for i, name in enumerate(COLUMNS)}

_CONTEXT = "DifferenceTableModel"
KINDS = {
    "request": QT_TRANSLATE_NOOP("DifferenceTableModel", "Request"),
    "escalation": QT_TRANSLATE_NOOP("DifferenceTableModel", "Escalation"),
    "outcome": QT_TRANSLATE_NOOP("DifferenceTableModel", "Outcomes paragraph"),
    "delegation": QT_TRANSLATE_NOOP("DifferenceTableModel", "Delegate"),
    "agenda": QT_TRANSLATE_NOOP("DifferenceTableModel", "Agenda proposal"),
    "commitment": QT_TRANSLATE_NOOP("DifferenceTableModel", "Commitment"),
}
FIELDS = {
    "kind": QT_TRANSLATE_NOOP("DifferenceTableModel", "kind"),
    "subject": QT_TRANSLATE_NOOP("DifferenceTableModel", "subject"),
    "received_on": QT_TRANSLATE_NOOP("DifferenceTableModel", "received on"),
    "acknowledged_on": QT_TRANSLATE_NOOP("DifferenceTableModel", "acknowledged on"),
    "first_response_on": QT_TRANSLATE_NOOP("DifferenceTableModel", "first response on"),
    "latest_quality": QT_TRANSLATE_NOOP("DifferenceTableModel", "latest quality"),
    "status": QT_TRANSLATE_NOOP("DifferenceTableModel", "status"),
    "closed_on": QT_TRANSLATE_NOOP("DifferenceTableModel", "closed on"),
    "severity": QT_TRANSLATE_NOOP("DifferenceTableModel", "severity"),
    "summary": QT_TRANSLATE_NOOP("DifferenceTableModel", "summary"),
    "resolution": QT_TRANSLATE_NOOP("DifferenceTableModel", "resolution"),
    "text_en": QT_TRANSLATE_NOOP("DifferenceTableModel", "English text"),
    "text_zh": QT_TRANSLATE_NOOP("DifferenceTableModel", "Chinese text"),
    "role": QT_TRANSLATE_NOOP("DifferenceTableModel", "role"),
    "title": QT_TRANSLATE_NOOP("DifferenceTableModel", "title"),
    "title_zh": QT_TRANSLATE_NOOP("DifferenceTableModel", "Chinese title"),
    "completed_on": QT_TRANSLATE_NOOP("DifferenceTableModel", "completed on"),
    "note": QT_TRANSLATE_NOOP("DifferenceTableModel", "notes"),
}
SAID = {
    "kept": QT_TRANSLATE_NOOP("DifferenceTableModel", "kept theirs"),
    "accepted": QT_TRANSLATE_NOOP("DifferenceTableModel", "took ours"),
    "agreed": QT_TRANSLATE_NOOP("DifferenceTableModel", "agreed a value"),
}


def _words(table: dict[str, str], value: str) -> str:
    return QCoreApplication.translate(_CONTEXT, table[value]) if value in table else value.replace("_", " ")


def record_words(d) -> str:
    return f"{_words(KINDS, d.kind)} {d.key}"


def field_words(d) -> str:
    return _words(FIELDS, d.field)


class DifferenceTableModel(RecordTableModel):
    context = _CONTEXT
    columns = (
        text_column(QT_TRANSLATE_NOOP("DifferenceTableModel", "Record"), record_words),
        text_column(QT_TRANSLATE_NOOP("DifferenceTableModel", "Field"), field_words),
        text_column(QT_TRANSLATE_NOOP("DifferenceTableModel", "Ours"), lambda d: d.ours),
        text_column(QT_TRANSLATE_NOOP("DifferenceTableModel", "Theirs"), lambda d: d.theirs),
        text_column(
            QT_TRANSLATE_NOOP("DifferenceTableModel", "They said"), lambda d: _words(SAID, d.their_resolution)
        ),
    )
