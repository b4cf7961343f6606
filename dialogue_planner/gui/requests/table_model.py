"""The request list as a table model over compact tuples: nothing is built per row until it is shown."""

from __future__ import annotations

from array import array
from dataclasses import replace
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from dialogue_planner.domain.requests import RequestRow, days_overdue, is_overdue
from dialogue_planner.gui.kit.table_model import SORT_ROLE, Column, RecordTableModel, role_number
from dialogue_planner.gui.kit.words import word

__all__ = ["SORT_ROLE", "ID_ROLE", "COL", "COLUMNS", "RequestTableModel", "row_ids", "sort_key_for"]

# Role giving the request's id.
ID_ROLE = Qt.ItemDataRole.UserRole + 2
_ID = role_number(ID_ROLE)

COLUMNS = (
    "reference",
    "from",
    "to",
    "kind",
    "subject",
    "received",
    "due",
    "responded",
    "quality",
    "status",
    "overdue",
)
COL = {name: i for i, name in enumerate(COLUMNS)}
_NO_DATE = -1
_OVERDUE_BRUSH = QBrush(QColor("#b3261e"))


def _reference_key(row: RequestRow) -> str:
    """Side, year, then the sequence as a number (US-2016-10000 after US-2016-9999)."""
    head, _, sequence = row.reference.rpartition("-")
    return f"{head}-{int(sequence):09d}"


def _ordinal(day: date | None) -> int:
    return day.toordinal() if day is not None else _NO_DATE


_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class RequestTableModel(RecordTableModel):
    """Rows are :class:`RequestRow` tuples; overdue is computed against ``as_of`` when asked."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._ids: array | None = None  # each row's request id, in row order
        self.as_of = date.today()
        alert = self._alert_brush
        columns = (
            Column(QT_TRANSLATE_NOOP("RequestTableModel", "Reference"), lambda r: r.reference),
            Column(
                QT_TRANSLATE_NOOP("RequestTableModel", "From"),
                lambda r: f"{r.from_side} {r.requesting_agency}".strip(),
            ),
            Column(
                QT_TRANSLATE_NOOP("RequestTableModel", "To"),
                lambda r: f"{r.to_side} {r.responding_agency}".strip(),
            ),
            Column(QT_TRANSLATE_NOOP("RequestTableModel", "Kind"), lambda r: word(r.kind)),
            Column(
                QT_TRANSLATE_NOOP("RequestTableModel", "Subject"),
                lambda r: r.subject,
                tooltip=lambda r: r.subject,
            ),
            Column(QT_TRANSLATE_NOOP("RequestTableModel", "Received"), lambda r: r.received_on.isoformat()),
            Column(
                QT_TRANSLATE_NOOP("RequestTableModel", "Due"),
                lambda r: r.response_due_on.isoformat(),
                foreground=alert,
            ),
            Column(
                QT_TRANSLATE_NOOP("RequestTableModel", "Responded"),
                lambda r: r.first_response_on.isoformat() if r.first_response_on else "",
            ),
            Column(QT_TRANSLATE_NOOP("RequestTableModel", "Quality"), lambda r: word(r.latest_quality)),
            Column(QT_TRANSLATE_NOOP("RequestTableModel", "Status"), lambda r: word(r.status)),
            Column(
                QT_TRANSLATE_NOOP("RequestTableModel", "Late"),
                self._late,
                alignment=_RIGHT,
                foreground=alert,
                tooltip=lambda r: self.tr("Days past the response due date"),
            ),
        )
        # Every column sorts through sort_key_for, which also sorts the list off the GUI thread.
        self.set_columns(replace(c, sort_key=self._sorter(i)) for i, c in enumerate(columns))

    # Loading -------------------------------------------------------------------------------------
    def set_rows(self, rows: list[RequestRow], as_of: date | None = None, ids: array | None = None) -> None:
        """Keeps ``rows`` itself (not a copy): the filter proxy knows a list it prepared by identity.
        ``ids`` (:func:`row_ids`), made with the rows off the GUI thread, spares making it here."""
        self.beginResetModel()
        self._rows = rows
        self._ids = ids
        if as_of is not None:
            self.as_of = as_of
        self.endResetModel()

    def row_for_id(self, request_id: int) -> int:
        """The source row of a request, or -1: a search of the ids at C speed (well under a millisecond for
        100,000; asked once per selection), where a dict of 100,000 ids held 12 MB (issue 19)."""
        if self._ids is None:
            self._ids = row_ids(self._rows)
        try:
            return self._ids.index(request_id)
        except ValueError:
            return -1

    def replace_row(self, row: RequestRow) -> None:
        """Show a changed request (after a response was recorded) without reloading the list."""
        at = self.row_for_id(row.id)
        if at < 0:
            self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows))
            self._rows.append(row)
            assert self._ids is not None  # made by row_for_id
            self._ids.append(row.id)
            self.endInsertRows()
            return
        self._rows[at] = row
        self.dataChanged.emit(self.index(at, 0), self.index(at, len(COLUMNS) - 1))

    # Values --------------------------------------------------------------------------------------
    def _overdue(self, row: RequestRow) -> bool:
        return is_overdue(
            status=row.status,
            response_due_on=row.response_due_on,
            first_response_on=row.first_response_on,
            as_of=self.as_of,
            paused_since=row.paused_since,
        )

    def days_overdue(self, row: RequestRow) -> int:
        return _late_days(row, self.as_of)

    def _late(self, row: RequestRow) -> str:
        days = self.days_overdue(row)
        return str(days) if days else ""

    def _alert_brush(self, row: RequestRow) -> QBrush | None:
        return _OVERDUE_BRUSH if self._overdue(row) else None

    def _sorter(self, column: int):
        return lambda r: sort_key_for(column, self.as_of)(r)

    def sort_key(self, column: int):
        """A function row -> key that sorts ``column`` the way a reader expects (numbers as numbers)."""
        return sort_key_for(column, self.as_of)

    extra_roles = (_ID,)

    def role_data(self, record: RequestRow, column: int, role: int):
        return record.id if role == _ID else None


def row_ids(rows: list[RequestRow]) -> array:
    """Each row's request id in row order, 8 bytes a row (pure: made off the GUI thread with the rows)."""
    return array("q", [r.id for r in rows])


def sort_key_for(column: int, as_of: date):
    """Pure and thread-safe, so the list can be sorted off the GUI thread while it loads."""
    if column == COL["reference"]:
        return _reference_key
    if column == COL["from"]:
        return lambda r: f"{r.from_side} {r.requesting_agency}"
    if column == COL["to"]:
        return lambda r: f"{r.to_side} {r.responding_agency}"
    if column == COL["kind"]:
        return lambda r: r.kind
    if column == COL["subject"]:
        return lambda r: r.subject.casefold()
    if column == COL["received"]:
        return lambda r: r.received_on.toordinal()
    if column == COL["due"]:
        return lambda r: r.response_due_on.toordinal()
    if column == COL["responded"]:
        return lambda r: _ordinal(r.first_response_on)
    if column == COL["quality"]:
        return lambda r: r.latest_quality or ""
    if column == COL["status"]:
        return lambda r: r.status

    return lambda r: _late_days(r, as_of)


def _late_days(r: RequestRow, as_of: date) -> int:
    """Days past the due date, paused days not counted (a running pause stops the count)."""
    return days_overdue(
        status=r.status,
        response_due_on=r.response_due_on,
        first_response_on=r.first_response_on,
        as_of=as_of,
        paused_since=r.paused_since,
    )
