"""The differences between the two sides' records, one row per shared field."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from dialogue_planner.gui.kit.table_model import RecordTableModel, text_column

COLUMNS = ("record", "field", "ours", "theirs", "said")
COL = {name: i for i, name in enumerate(COLUMNS)}


class DifferenceTableModel(RecordTableModel):
    context = "DifferenceTableModel"
    columns = (
        text_column(QT_TRANSLATE_NOOP("DifferenceTableModel", "Record"), lambda d: d.record),
        text_column(QT_TRANSLATE_NOOP("DifferenceTableModel", "Field"), lambda d: d.field.replace("_", " ")),
        text_column(QT_TRANSLATE_NOOP("DifferenceTableModel", "Ours"), lambda d: d.ours),
        text_column(QT_TRANSLATE_NOOP("DifferenceTableModel", "Theirs"), lambda d: d.theirs),
        text_column(QT_TRANSLATE_NOOP("DifferenceTableModel", "They said"), lambda d: d.their_resolution),
    )
