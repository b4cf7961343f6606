"""The request list as a table model over compact tuples: nothing is built per row until it is shown."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from dialogue_planner.domain.requests import RequestRow, is_overdue

from .words import word

#: Role giving a number (or string) that sorts a column correctly: dates by day, not by text.
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
#: Role giving the request's id.
ID_ROLE = Qt.ItemDataRole.UserRole + 2

COLUMNS = ("reference", "from", "to", "kind", "subject", "received", "due", "responded", "quality", "status",
           "overdue")
COL = {name: i for i, name in enumerate(COLUMNS)}
_NO_DATE = -1
_OVERDUE_BRUSH = QBrush(QColor("#b3261e"))


def _reference_key(row: RequestRow) -> str:
    """Side, year, then the sequence as a number (US-2016-10000 after US-2016-9999)."""
    head, _, sequence = row.reference.rpartition("-")
    return f"{head}-{int(sequence):09d}"


def _ordinal(day: date | None) -> int:
    return day.toordinal() if day is not None else _NO_DATE


class RequestTableModel(QAbstractTableModel):
    """Rows are :class:`RequestRow` tuples; overdue is computed against ``as_of`` when asked."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[RequestRow] = []
        self._row_of_id: dict[int, int] | None = None
        self.as_of = date.today()

    # Loading -------------------------------------------------------------------------------------
    def set_rows(self, rows: list[RequestRow], as_of: date) -> None:
        self.beginResetModel()
        self._rows = rows
        self._row_of_id = None
        self.as_of = as_of
        self.endResetModel()

    def rows(self) -> list[RequestRow]:
        return self._rows

    def row_for_id(self, request_id: int) -> int:
        """The source row of a request, or -1."""
        if self._row_of_id is None:
            self._row_of_id = {r.id: i for i, r in enumerate(self._rows)}
        return self._row_of_id.get(request_id, -1)

    def replace_row(self, row: RequestRow) -> None:
        """Show a changed request (after a response was recorded) without reloading the list."""
        at = self.row_for_id(row.id)
        if at < 0:
            self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows))
            self._rows.append(row)
            self._row_of_id[row.id] = len(self._rows) - 1
            self.endInsertRows()
            return
        self._rows[at] = row
        self.dataChanged.emit(self.index(at, 0), self.index(at, len(COLUMNS) - 1))

    # Qt interface --------------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < len(COLUMNS):
            return None
        return self.column_titles()[section]

    def column_titles(self) -> tuple[str, ...]:
        return (self.tr("Reference"), self.tr("From"), self.tr("To"), self.tr("Kind"), self.tr("Subject"),
                self.tr("Received"), self.tr("Due"), self.tr("Responded"), self.tr("Quality"),
                self.tr("Status"), self.tr("Late"))

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self._rows) or index.column() >= len(COLUMNS):
            return None
        return self.data_at(index.row(), index.column(), int(role.value) if hasattr(role, "value") else int(role))

    # Values --------------------------------------------------------------------------------------
    def _overdue(self, row: RequestRow) -> bool:
        return is_overdue(status=row.status, response_due_on=row.response_due_on,
                          first_response_on=row.first_response_on, as_of=self.as_of)

    def days_overdue(self, row: RequestRow) -> int:
        return (self.as_of - row.response_due_on).days if self._overdue(row) else 0

    def display(self, row: RequestRow, column: int) -> str:
        if column == COL["reference"]:
            return row.reference
        if column == COL["from"]:
            return f"{row.from_side} {row.requesting_agency}".strip()
        if column == COL["to"]:
            return f"{row.to_side} {row.responding_agency}".strip()
        if column == COL["kind"]:
            return word(row.kind)
        if column == COL["subject"]:
            return row.subject
        if column == COL["received"]:
            return row.received_on.isoformat()
        if column == COL["due"]:
            return row.response_due_on.isoformat()
        if column == COL["responded"]:
            return row.first_response_on.isoformat() if row.first_response_on else ""
        if column == COL["quality"]:
            return word(row.latest_quality)
        if column == COL["status"]:
            return word(row.status)
        days = self.days_overdue(row)
        return str(days) if days else ""

    def sort_key(self, column: int):
        """A function row -> key that sorts ``column`` the way a reader expects (numbers as numbers)."""
        return sort_key_for(column, self.as_of)

    # Fast path for the filter proxy: no QModelIndex per call ----------------------------------------
    def data_at(self, row: int, column: int, role: int):
        if role not in _HANDLED_ROLES:
            return None
        r = self._rows[row]
        if role == _DISPLAY:
            return self.display(r, column)
        if role == _SORT:
            return sort_key_for(column, self.as_of)(r)
        if role == _ID:
            return r.id
        if role == _FOREGROUND:
            return _OVERDUE_BRUSH if column in _DATE_ALERT_COLUMNS and self._overdue(r) else None
        if role == _TOOLTIP:
            if column == COL["subject"]:
                return r.subject
            return self.tr("Days past the response due date") if column == COL["overdue"] else None
        return _RIGHT if column == COL["overdue"] else None


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

    def late(r: RequestRow) -> int:
        overdue = is_overdue(status=r.status, response_due_on=r.response_due_on,
                             first_response_on=r.first_response_on, as_of=as_of)
        return (as_of - r.response_due_on).days if overdue else 0
    return late


_DISPLAY = int(Qt.ItemDataRole.DisplayRole.value)
_SORT = int(SORT_ROLE.value) if hasattr(SORT_ROLE, "value") else int(SORT_ROLE)
_ID = int(ID_ROLE.value) if hasattr(ID_ROLE, "value") else int(ID_ROLE)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole.value)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole.value)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole.value)
_HANDLED_ROLES = frozenset({_DISPLAY, _SORT, _ID, _FOREGROUND, _TOOLTIP, _ALIGNMENT})
_DATE_ALERT_COLUMNS = frozenset({COL["due"], COL["overdue"]})
_RIGHT = int((Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter).value)
