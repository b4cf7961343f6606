"""Proposed dates as a table: window, date, host, alternates, and whether holidays are estimates."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from dialogue_planner.domain.proposals import Proposal
from dialogue_planner.gui.kit.table_model import SORT_ROLE, Column, RecordTableModel

__all__ = ["SORT_ROLE", "ProposalTableModel"]


def _date(p: Proposal) -> str:
    if p.start is None:
        return QCoreApplication.translate("ProposalTableModel", "no date works")
    return p.start.isoformat() if p.end == p.start else f"{p.start.isoformat()} – {p.end.isoformat()}"


def _holidays(p: Proposal) -> str:
    if p.estimated:
        return QCoreApplication.translate("ProposalTableModel", "estimated")
    return QCoreApplication.translate("ProposalTableModel", "announced")


def _reasons(p: Proposal) -> str:
    return "\n".join(p.reasons)


class ProposalTableModel(RecordTableModel):
    """Rows are :class:`Proposal`; every cell's tooltip gives the reasons for the date."""

    columns = (
        Column(QT_TRANSLATE_NOOP("ProposalTableModel", "Window"), lambda p: p.window.label, tooltip=_reasons),
        Column(
            QT_TRANSLATE_NOOP("ProposalTableModel", "Proposed date"),
            _date,
            sort_key=lambda p: p.start.toordinal() if p.start else -1,
            tooltip=_reasons,
        ),
        Column(QT_TRANSLATE_NOOP("ProposalTableModel", "Host"), lambda p: p.host, tooltip=_reasons),
        Column(
            QT_TRANSLATE_NOOP("ProposalTableModel", "Alternates"),
            lambda p: ", ".join(d.isoformat() for d in p.alternates),
            tooltip=_reasons,
        ),
        Column(QT_TRANSLATE_NOOP("ProposalTableModel", "Holidays"), _holidays, tooltip=_reasons),
    )
