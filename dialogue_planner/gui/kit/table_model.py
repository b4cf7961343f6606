"""One table model for rows of frozen records, its columns declared as data.

An area describes each column once: its title (the source text, translated in the model's
``context``, so the area's catalogue keeps it), how a record reads in it, and optionally how it sorts,
aligns, which tooltip and which text colour it has::

    class BlackoutTableModel(RecordTableModel):
        context = "BlackoutTableModel"
        columns = (Column(QT_TRANSLATE_NOOP("BlackoutTableModel", "From"), lambda b: b.start.isoformat()), ...)

Columns that need the model's state (a date to compare with, a cache) are made in ``__init__`` as
closures and given to :meth:`RecordTableModel.set_columns`. Roles the columns do not cover (a record's
id, a row background) are named in ``extra_roles`` and answered by :meth:`RecordTableModel.role_data`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

#: Role giving a value that sorts a column the way a reader expects (numbers and dates as numbers).
SORT_ROLE = Qt.ItemDataRole.UserRole + 1


def role_number(role) -> int:
    """A role as a plain int, whether Qt passed an int or Python code an enum member."""
    return int(role.value) if hasattr(role, "value") else int(role)


_DISPLAY = role_number(Qt.ItemDataRole.DisplayRole)
_SORT = role_number(SORT_ROLE)
_TOOLTIP = role_number(Qt.ItemDataRole.ToolTipRole)
_FOREGROUND = role_number(Qt.ItemDataRole.ForegroundRole)
_ALIGNMENT = role_number(Qt.ItemDataRole.TextAlignmentRole)
_COLUMN_ROLES = frozenset({_DISPLAY, _SORT, _TOOLTIP, _FOREGROUND, _ALIGNMENT})
_ROOT = QModelIndex()


@dataclass(frozen=True)
class Column:
    """One column: ``title`` is the untranslated header; the callables take the row's record.

    ``sort_key`` defaults to the displayed value; ``foreground`` returns a brush (or colour) or None.
    """

    title: str
    value: Callable[[Any], Any]
    sort_key: Callable[[Any], Any] | None = None
    alignment: Qt.AlignmentFlag | None = None
    tooltip: Callable[[Any], Any] | None = None
    foreground: Callable[[Any], Any] | None = None


def _text(value) -> str:
    return "" if value is None else str(value)


def text_column(title: str, value: Callable, sort_key: Callable | None = None) -> Column:
    """A column that shows its value as text, in full in the tooltip (for cut-off cells), sorted caseless."""
    return Column(
        title,
        lambda r: _text(value(r)),
        sort_key=sort_key or (lambda r: _text(value(r)).casefold()),
        tooltip=lambda r: _text(value(r)) or None,
    )


class RecordTableModel(QAbstractTableModel):
    """Rows of records and declared columns; subclasses add their own roles through :meth:`role_data`."""

    #: Translation context of the column titles (the class name when empty, as ``self.tr`` uses).
    context: str = ""
    columns: Sequence[Column] = ()
    #: The roles :meth:`role_data` answers, besides what the columns declare.
    extra_roles: Iterable = ()

    def __init_subclass__(cls, **kwargs) -> None:
        super().__init_subclass__(**kwargs)
        if cls.role_data is not RecordTableModel.role_data and not cls.extra_roles:
            raise TypeError(f"{cls.__name__} answers role_data but names no extra_roles")

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._extra = frozenset(role_number(r) for r in self.extra_roles)
        self._answered = _COLUMN_ROLES | self._extra
        self._rows: list = []
        self._columns: tuple[Column, ...] = ()
        self._alignments: tuple[int | None, ...] = ()
        self.set_columns(type(self).columns)

    # Columns --------------------------------------------------------------------------------------
    def set_columns(self, columns: Iterable[Column]) -> None:
        self.beginResetModel()
        self._columns = tuple(columns)
        self._alignments = tuple(
            None if c.alignment is None else role_number(c.alignment) for c in self._columns
        )
        self.endResetModel()

    def column(self, column: int) -> Column:
        return self._columns[column]

    def column_titles(self) -> list[str]:
        context = self.context or type(self).__name__
        return [QCoreApplication.translate(context, c.title) for c in self._columns]

    # Rows -----------------------------------------------------------------------------------------
    def set_rows(self, records: Iterable) -> None:
        self.beginResetModel()
        self._rows = list(records)
        self.rows_changed()
        self.endResetModel()

    def rows_changed(self) -> None:
        """The rows were replaced (inside the reset): recompute anything kept per row."""

    def reorder_rows(self, records: Iterable) -> None:
        """Show ``records`` (the same records re-sorted or re-filtered) in place of the rows shown, keeping
        the views' selections and current rows on the records they were on (records are known by ``id``)."""
        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()
        ids = [self._rows[i.row()].id if i.row() < len(self._rows) else None for i in before]
        self._rows = list(records)
        position = {r.id: n for n, r in enumerate(self._rows)}
        after = [
            self.index(position[i], old.column()) if i in position else QModelIndex()
            for i, old in zip(ids, before, strict=True)
        ]
        self.changePersistentIndexList(before, after)
        self.layoutChanged.emit()

    def record(self, row: int):
        return self._rows[row]

    def rows(self) -> list:
        return self._rows

    def row_where(self, predicate: Callable[[Any], bool]) -> int:
        """The first row whose record satisfies ``predicate``, or -1."""
        return next((i for i, r in enumerate(self._rows) if predicate(r)), -1)

    # Qt interface ---------------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role_number(role) != _DISPLAY:
            return None
        if not 0 <= section < len(self._columns):
            return None
        return self.column_titles()[section]

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        if not (0 <= row < len(self._rows) and 0 <= column < len(self._columns)):
            return None
        return self.data_at(row, column, role_number(role))

    def data_at(self, row: int, column: int, role: int):
        """The cell's value for ``role`` (an int) without building an index (see ``RowListProxy``).

        Views ask for a dozen roles per cell while painting: those no column and no ``extra_roles`` answer
        return at the first test."""
        if role not in self._answered:
            return None
        record = self._rows[row]
        if role == _DISPLAY:
            return self.display(row, column, record)
        c = self._columns[column]
        if role == _SORT:
            return c.sort_key(record) if c.sort_key is not None else self.display(row, column, record)
        if role == _TOOLTIP and c.tooltip is not None:
            return c.tooltip(record)
        if role == _FOREGROUND and c.foreground is not None:
            return c.foreground(record)
        if role == _ALIGNMENT and self._alignments[column] is not None:
            return self._alignments[column]
        return self.role_data(record, column, role) if role in self._extra else None

    def display(self, row: int, column: int, record):
        """The displayed value; a subclass may answer from a cache kept by :meth:`rows_changed`."""
        return self._columns[column].value(record)

    def role_data(self, record, column: int, role: int):
        """The roles named in ``extra_roles`` (ids, backgrounds, icons); ``role`` is an int."""
        return None

    def sort_key(self, column: int) -> Callable[[Any], Any]:
        """A function record -> key that sorts ``column`` the way a reader expects."""
        c = self._columns[column]
        return c.sort_key if c.sort_key is not None else c.value
