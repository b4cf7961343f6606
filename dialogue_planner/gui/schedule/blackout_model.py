"""Blackout periods as a table: start, end, side, reason."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from dialogue_planner.domain.proposals import BlackoutRecord
from dialogue_planner.gui.kit.table_model import SORT_ROLE, Column, RecordTableModel

__all__ = ["SORT_ROLE", "BlackoutTableModel"]


def _side(b: BlackoutRecord) -> str:
    return b.side or QCoreApplication.translate("BlackoutTableModel", "both")


class BlackoutTableModel(RecordTableModel):
    """Rows are :class:`BlackoutRecord`; every column sorts by its text (ISO dates sort as dates)."""

    columns = (
        Column(QT_TRANSLATE_NOOP("BlackoutTableModel", "From"), lambda b: b.start.isoformat()),
        Column(QT_TRANSLATE_NOOP("BlackoutTableModel", "To"), lambda b: b.end.isoformat()),
        Column(QT_TRANSLATE_NOOP("BlackoutTableModel", "Side"), _side),
        Column(QT_TRANSLATE_NOOP("BlackoutTableModel", "Reason"), lambda b: b.reason),
    )
