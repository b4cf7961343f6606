"""The commitments and the activities as tables: each model sorts and filters its own rows (a few hundred
at most), so a selection follows its record."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QBrush, QColor

from dialogue_planner.domain.commitments import ActivityRecord, CommitmentRecord
from dialogue_planner.gui.kit.table_model import Column, RecordTableModel, role_number

from .words import kind_word, status_word

ID_ROLE = Qt.ItemDataRole.UserRole + 2
_ID = role_number(ID_ROLE)
OVERDUE_RED = QColor("#c92a2a")
COMMITMENT_COLUMNS = ("meeting", "text", "side", "agency", "person", "due", "status", "overdue")
COMMITMENT_COL = {name: i for i, name in enumerate(COMMITMENT_COLUMNS)}
ACTIVITY_COLUMNS = ("kind", "start", "end", "place", "participants", "summary")
ACTIVITY_COL = {name: i for i, name in enumerate(ACTIVITY_COLUMNS)}
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def _day(value: date | None) -> str:
    return value.isoformat() if value else ""


class _SortedRecords(RecordTableModel):
    """Rows of records with ``id`` and ``version``: kept whole in ``_all``, shown filtered and sorted."""

    extra_roles = (_ID,)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._all: list = []
        self._keep: Callable[[object], bool] = lambda _r: True
        self._sort_column = 0
        self._descending = False

    def set_records(self, records) -> None:
        self._all = list(records)
        self.set_rows(self._order_and_filter())

    def refilter(self) -> None:
        self.set_rows(self._order_and_filter())

    def _order_and_filter(self) -> list:
        key = self.sort_key(self._sort_column)
        ordered = sorted(self._all, key=lambda r: (key(r), r.id), reverse=self._descending)
        return [r for r in ordered if self._keep(r)]

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < self.columnCount():
            return
        self._sort_column, self._descending = column, order == Qt.SortOrder.DescendingOrder
        self.reorder_rows(self._order_and_filter())

    def total(self) -> int:
        return len(self._all)

    def row_of(self, record_id: int) -> int:
        return self.row_where(lambda r: r.id == record_id)

    def role_data(self, record, column: int, role: int):
        return record.id if role == _ID else None


class CommitmentTableModel(_SortedRecords):
    """Commitments by due date; ``as_of`` is the day overdue is counted on, ``chinese`` shows the Chinese
    text where there is one."""

    def __init__(self, parent=None, *, as_of: date | None = None, chinese: bool = False) -> None:
        super().__init__(parent)
        self.as_of = as_of or date.today()
        self.chinese = chinese
        self.open_only = False
        self.overdue_only = False
        self.side = ""
        self.search = ""
        self._sort_column = COMMITMENT_COL["due"]
        self._keep = self._matches
        self.set_columns(
            (
                Column(
                    QT_TRANSLATE_NOOP("CommitmentTableModel", "Meeting"),
                    lambda c: str(c.meeting_number),
                    sort_key=lambda c: c.meeting_number,
                    alignment=_RIGHT,
                ),
                Column(
                    QT_TRANSLATE_NOOP("CommitmentTableModel", "Commitment"),
                    self.text_of,
                    sort_key=lambda c: self.text_of(c).casefold(),
                    tooltip=lambda c: "\n".join(t for t in (c.text, c.text_zh) if t),
                ),
                Column(QT_TRANSLATE_NOOP("CommitmentTableModel", "Side"), lambda c: c.owner_side),
                Column(QT_TRANSLATE_NOOP("CommitmentTableModel", "Agency"), lambda c: c.owner_agency),
                Column(
                    QT_TRANSLATE_NOOP("CommitmentTableModel", "Person"),
                    lambda c: c.owner_person or c.owner_name,
                    sort_key=lambda c: (c.owner_person or c.owner_name).casefold(),
                ),
                Column(
                    QT_TRANSLATE_NOOP("CommitmentTableModel", "Due"),
                    lambda c: _day(c.due_on),
                    sort_key=lambda c: c.due_on.toordinal() if c.due_on else 10**7,
                ),
                Column(QT_TRANSLATE_NOOP("CommitmentTableModel", "Status"), lambda c: status_word(c.status)),
                Column(
                    QT_TRANSLATE_NOOP("CommitmentTableModel", "Days overdue"),
                    lambda c: str(c.days_overdue(self.as_of) or ""),
                    sort_key=lambda c: c.days_overdue(self.as_of),
                    alignment=_RIGHT,
                    foreground=lambda c: QBrush(OVERDUE_RED) if c.days_overdue(self.as_of) else None,
                ),
            )
        )

    def text_of(self, c: CommitmentRecord) -> str:
        return c.text_zh if self.chinese and c.text_zh else c.text

    def set_filter(self, *, open_only: bool, overdue_only: bool, side: str, search: str) -> None:
        self.open_only, self.overdue_only, self.side = open_only, overdue_only, side
        self.search = search.strip().casefold()
        self.refilter()

    def filtered(self) -> bool:
        return bool(self.open_only or self.overdue_only or self.side or self.search)

    def _matches(self, c: CommitmentRecord) -> bool:
        if self.open_only and c.status not in ("open", "in-progress"):
            return False
        if self.overdue_only and not c.days_overdue(self.as_of):
            return False
        if self.side and c.owner_side != self.side:
            return False
        if self.search:
            haystack = " ".join(
                (
                    c.text,
                    c.text_zh,
                    c.owner_agency,
                    c.owner_person,
                    c.owner_name,
                    c.note,
                    c.evidence,
                    str(c.meeting_number),
                )
            ).casefold()
            return self.search in haystack
        return True

    def count_overdue(self) -> int:
        return sum(1 for c in self._all if c.days_overdue(self.as_of))

    def count_open(self) -> int:
        return sum(1 for c in self._all if c.status in ("open", "in-progress"))


class ActivityTableModel(_SortedRecords):
    """Activities by start date, newest last."""

    def __init__(self, parent=None, *, chinese: bool = False) -> None:
        super().__init__(parent)
        self.chinese = chinese
        self._sort_column = ACTIVITY_COL["start"]
        self.set_columns(
            (
                Column(QT_TRANSLATE_NOOP("ActivityTableModel", "Kind"), lambda a: kind_word(a.kind)),
                Column(
                    QT_TRANSLATE_NOOP("ActivityTableModel", "From"),
                    lambda a: _day(a.start_on),
                    sort_key=lambda a: a.start_on.toordinal(),
                ),
                Column(
                    QT_TRANSLATE_NOOP("ActivityTableModel", "To"),
                    lambda a: _day(a.end_on),
                    sort_key=lambda a: (a.end_on or a.start_on).toordinal(),
                ),
                Column(
                    QT_TRANSLATE_NOOP("ActivityTableModel", "Place"),
                    lambda a: a.place,
                    sort_key=lambda a: a.place.casefold(),
                ),
                Column(
                    QT_TRANSLATE_NOOP("ActivityTableModel", "Participants"),
                    lambda a: ", ".join(a.participants),
                    sort_key=lambda a: len(a.participants),
                    tooltip=lambda a: "\n".join(a.participants) or None,
                ),
                Column(
                    QT_TRANSLATE_NOOP("ActivityTableModel", "Summary"),
                    self.summary_of,
                    sort_key=lambda a: self.summary_of(a).casefold(),
                    tooltip=lambda a: "\n\n".join(t for t in (a.summary_en, a.summary_zh) if t) or None,
                ),
            )
        )

    def summary_of(self, a: ActivityRecord) -> str:
        text = a.summary_zh if self.chinese and a.summary_zh else a.summary_en
        return " ".join(text.split())
