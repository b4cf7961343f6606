"""The differences between the two sides' records, one row per shared field."""

from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from dialogue_planner.gui.kit.table_model import RecordTableModel, text_column
from dialogue_planner.gui.kit.words import word

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


# Fields whose values are vocabulary codes ("open", "in-progress", "high"): shown as words, translated.
CODED_FIELDS = frozenset({"kind", "status", "severity", "latest_quality", "role"})
VALUES = {"in-progress": QT_TRANSLATE_NOOP("DifferenceTableModel", "in progress")}
# A key's tail that tells two records of the same text apart ("…#f873836ba123"): no words for a reader.
_DIGEST_TAIL = re.compile(r"#[0-9a-f]{8,}$")


def _words(table: dict[str, str], value: str) -> str:
    return QCoreApplication.translate(_CONTEXT, table[value]) if value in table else value.replace("_", " ")


def record_words(d) -> str:
    return f"{_words(KINDS, d.kind)} {_DIGEST_TAIL.sub('', d.key)}"


def value_words(d, value: str | None) -> str:
    """A value as the secretary reads it: a vocabulary code as its (translated) word."""
    if not value or d.field not in CODED_FIELDS:
        return value or ""
    if value in VALUES:
        return QCoreApplication.translate(_CONTEXT, VALUES[value])
    return word(value)


def field_words(d) -> str:
    return _words(FIELDS, d.field)


class DifferenceTableModel(RecordTableModel):
    context = _CONTEXT
    columns = (
        text_column(QT_TRANSLATE_NOOP("DifferenceTableModel", "Record"), record_words),
        text_column(QT_TRANSLATE_NOOP("DifferenceTableModel", "Field"), field_words),
        text_column(QT_TRANSLATE_NOOP("DifferenceTableModel", "Ours"), lambda d: value_words(d, d.ours)),
        text_column(QT_TRANSLATE_NOOP("DifferenceTableModel", "Theirs"), lambda d: value_words(d, d.theirs)),
        text_column(
            QT_TRANSLATE_NOOP("DifferenceTableModel", "They said"), lambda d: _words(SAID, d.their_resolution)
        ),
    )
