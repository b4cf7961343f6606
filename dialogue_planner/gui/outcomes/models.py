"""The tables of the Outcomes page: a version's paragraphs, the versions of a meeting, and a comparison of
two versions paragraph by paragraph in both languages."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt

from dialogue_planner.domain.outcomes import (
    DiffChange,
    OutcomeParagraphRecord,
    OutcomeVersionRecord,
    ParagraphChange,
)
from dialogue_planner.gui.kit.table_model import Column, RecordTableModel, role_number

NUMBER_ROLE = Qt.ItemDataRole.UserRole + 2
_NUMBER = role_number(NUMBER_ROLE)
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def _one_line(text: str) -> str:
    return " ".join(text.split())


def status_text(version: OutcomeVersionRecord) -> str:
    """Draft, proposed, agreed by one side, or final: as a secretary says it."""
    if version.status == "draft":
        return QCoreApplication.translate("OutcomeWords", "draft")
    if version.status == "final":
        return QCoreApplication.translate("OutcomeWords", "final")
    if version.agreed_by:
        return QCoreApplication.translate("OutcomeWords", "agreed by {0}").format(
            ", ".join(version.agreed_by)
        )
    return QCoreApplication.translate("OutcomeWords", "proposed")


def change_text(change: str) -> str:
    return {
        DiffChange.SAME.value: QCoreApplication.translate("OutcomeWords", "unchanged"),
        DiffChange.CHANGED.value: QCoreApplication.translate("OutcomeWords", "changed"),
        DiffChange.ADDED.value: QCoreApplication.translate("OutcomeWords", "added"),
        DiffChange.REMOVED.value: QCoreApplication.translate("OutcomeWords", "removed"),
    }.get(change, change)


class ParagraphTableModel(RecordTableModel):
    """A version's paragraphs in order: number, English, Chinese, the agenda item it reports on."""

    context = "ParagraphTableModel"
    extra_roles = (_NUMBER,)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.item_titles: dict[int, str] = {}
        self.set_columns(
            (
                Column(
                    QT_TRANSLATE_NOOP("ParagraphTableModel", "No."),
                    lambda p: p.number,
                    sort_key=lambda p: p.number,
                    alignment=_RIGHT,
                ),
                Column(
                    QT_TRANSLATE_NOOP("ParagraphTableModel", "English"),
                    lambda p: _one_line(p.text_en),
                    tooltip=lambda p: p.text_en or None,
                ),
                Column(
                    QT_TRANSLATE_NOOP("ParagraphTableModel", "Chinese"),
                    self._chinese,
                    tooltip=lambda p: p.text_zh or None,
                    foreground=self._missing_colour,
                ),
                Column(
                    QT_TRANSLATE_NOOP("ParagraphTableModel", "Agenda item"),
                    self._item,
                    tooltip=lambda p: self._item(p) or None,
                ),
            )
        )

    def _chinese(self, p: OutcomeParagraphRecord) -> str:
        return _one_line(p.text_zh) if p.text_zh else self.tr("(Chinese text missing)")

    @staticmethod
    def _missing_colour(p: OutcomeParagraphRecord):
        from PySide6.QtGui import QBrush, QColor

        return None if p.text_zh else QBrush(QColor("#c92a2a"))

    def _item(self, p: OutcomeParagraphRecord) -> str:
        if p.item is None:
            return ""
        return self.item_titles.get(p.item, self.tr("item {0}").format(p.item))

    def set_paragraphs(self, paragraphs, item_titles: dict[int, str]) -> None:
        self.item_titles = dict(item_titles)
        self.set_rows(paragraphs)

    def row_of(self, number: int) -> int:
        return self.row_where(lambda p: p.number == number)

    def role_data(self, p: OutcomeParagraphRecord, column: int, role: int):
        return p.number if role == _NUMBER else None


class VersionTableModel(RecordTableModel):
    """Every version of a meeting's outcomes, oldest first, with its status and agreements."""

    context = "VersionTableModel"
    extra_roles = (_NUMBER,)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.set_columns(
            (
                Column(
                    QT_TRANSLATE_NOOP("VersionTableModel", "Version"),
                    lambda v: v.version,
                    sort_key=lambda v: v.version,
                    alignment=_RIGHT,
                ),
                Column(QT_TRANSLATE_NOOP("VersionTableModel", "Status"), status_text),
                Column(
                    QT_TRANSLATE_NOOP("VersionTableModel", "Paragraphs"),
                    lambda v: len(v.paragraphs),
                    sort_key=lambda v: len(v.paragraphs),
                    alignment=_RIGHT,
                ),
                Column(
                    QT_TRANSLATE_NOOP("VersionTableModel", "Opened"),
                    lambda v: f"{v.created_at:%Y-%m-%d %H:%M} · {v.created_by}".strip(" ·"),
                    sort_key=lambda v: v.created_at.timestamp(),
                ),
                Column(
                    QT_TRANSLATE_NOOP("VersionTableModel", "Agreed"),
                    self._agreed,
                    tooltip=lambda v: self._agreed(v) or None,
                ),
                Column(
                    QT_TRANSLATE_NOOP("VersionTableModel", "Reason for the revision"),
                    lambda v: v.reason,
                    tooltip=lambda v: v.reason or None,
                ),
            )
        )

    def _agreed(self, v: OutcomeVersionRecord) -> str:
        return "; ".join(
            self.tr("{0}: {1}, {2}").format(a.side, a.by, f"{a.at:%Y-%m-%d %H:%M} UTC") for a in v.agreements
        )

    def role_data(self, v: OutcomeVersionRecord, column: int, role: int):
        return v.version if role == _NUMBER else None


class ComparisonTableModel(RecordTableModel):
    """Two versions compared: each paragraph's change, its number before and after, both languages."""

    context = "ComparisonTableModel"

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.set_columns(
            (
                Column(
                    QT_TRANSLATE_NOOP("ComparisonTableModel", "Change"),
                    lambda c: change_text(c.change),
                    foreground=self._colour,
                ),
                Column(QT_TRANSLATE_NOOP("ComparisonTableModel", "No."), self._numbers),
                Column(
                    QT_TRANSLATE_NOOP("ComparisonTableModel", "English before"),
                    lambda c: _one_line(c.en_from),
                    tooltip=lambda c: c.en_from or None,
                ),
                Column(
                    QT_TRANSLATE_NOOP("ComparisonTableModel", "English after"),
                    lambda c: _one_line(c.en_to),
                    tooltip=lambda c: c.en_to or None,
                ),
                Column(
                    QT_TRANSLATE_NOOP("ComparisonTableModel", "Chinese before"),
                    lambda c: _one_line(c.zh_from),
                    tooltip=lambda c: c.zh_from or None,
                ),
                Column(
                    QT_TRANSLATE_NOOP("ComparisonTableModel", "Chinese after"),
                    lambda c: _one_line(c.zh_to),
                    tooltip=lambda c: c.zh_to or None,
                ),
            )
        )

    @staticmethod
    def _numbers(c: ParagraphChange) -> str:
        if c.number_from is None or c.number_to is None or c.number_from == c.number_to:
            return str(c.number_to if c.number_to is not None else c.number_from)
        return f"{c.number_from} → {c.number_to}"

    @staticmethod
    def _colour(c: ParagraphChange):
        from PySide6.QtGui import QBrush, QColor

        colours = {
            DiffChange.CHANGED.value: "#1864ab",
            DiffChange.ADDED.value: "#2b8a3e",
            DiffChange.REMOVED.value: "#c92a2a",
        }
        return QBrush(QColor(colours[c.change])) if c.change in colours else None
