"""The delegates table: one row per DelegateRecord, and a filter by agency, search text and status, sorted
and filtered in Python in one pass (8,000 delegates: a QSortFilterProxyModel took a second to sort them)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QBrush, QColor

from dialogue_planner.domain.records import DelegateRecord
from dialogue_planner.domain.roster import fold
from dialogue_planner.gui.kit.row_proxy import RowListProxy

from ..kit.table_model import Column, RecordTableModel

RECORD_ROLE = int(Qt.ItemDataRole.UserRole.value) + 2
_RECORD = RECORD_ROLE
INACTIVE = QColor("#9aa5b1")


def _inactive_brush(d: DelegateRecord) -> QBrush | None:
    return None if d.active else QBrush(INACTIVE)


def _text_column(title: str, field: str) -> Column:
    return Column(
        title,
        lambda d: getattr(d, field) or "",
        sort_key=lambda d: fold(getattr(d, field) or ""),
        foreground=_inactive_brush,
    )


class DelegateTableModel(RecordTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._search_text: list[str] = []
        self._prepared: list[str] | None = None  # search text made off the GUI thread (set_delegates)
        self._prepared_names: list[str] | None = None  # the Name column's sort keys, made there too
        # Sort keys per column, made on the first sort by it and kept until the rows change.
        self._sort_keys: dict[int, list] = {}
        self.set_columns(
            (
                Column(
                    QT_TRANSLATE_NOOP("DelegateTableModel", "Name"),
                    lambda d: " ".join(p for p in (d.family_name.upper(), d.given_name) if p),
                    sort_key=name_sort_key,
                    tooltip=lambda d: d.display_name,
                    foreground=_inactive_brush,
                ),
                _text_column(QT_TRANSLATE_NOOP("DelegateTableModel", "Native name"), "native_name"),
                Column(
                    QT_TRANSLATE_NOOP("DelegateTableModel", "Agency"),
                    _agency,
                    sort_key=_agency,
                    foreground=_inactive_brush,
                ),
                _text_column(QT_TRANSLATE_NOOP("DelegateTableModel", "Title"), "title"),
                _text_column(QT_TRANSLATE_NOOP("DelegateTableModel", "Email"), "email"),
                _text_column(QT_TRANSLATE_NOOP("DelegateTableModel", "Phone"), "phone"),
                _text_column(QT_TRANSLATE_NOOP("DelegateTableModel", "External ID"), "external_id"),
                Column(
                    QT_TRANSLATE_NOOP("DelegateTableModel", "Status"),
                    self._status,
                    sort_key=self._status,
                    foreground=_inactive_brush,
                ),
            )
        )

    def set_delegates(
        self, rows: list[DelegateRecord], search_text: list[str], name_keys: list[str] | None = None
    ) -> None:
        """Show ``rows`` with their search text and the Name column's sort keys made beforehand
        (``delegate_search_texts``, ``name_sort_key``, on the operations thread: folding 8,000 names took
        the GUI thread 40-100 ms, and the first sort by name 20 ms)."""
        self._prepared = search_text
        self._prepared_names = name_keys
        self.set_rows(rows)

    def rows_changed(self) -> None:
        self._sort_keys = {}
        prepared, self._prepared = self._prepared, None
        names, self._prepared_names = self._prepared_names, None
        if prepared is not None and len(prepared) == len(self._rows):
            self._search_text = prepared
        else:
            self._search_text = delegate_search_texts(self._rows)
        if names is not None and len(names) == len(self._rows):
            self._sort_keys[0] = names

    def search_text(self, row: int) -> str:
        return self._search_text[row]

    def row_of(self, delegate_id: int) -> int | None:
        row = self.row_where(lambda d: d.id == delegate_id)
        return None if row < 0 else row

    def sort_keys(self, column: int) -> list:
        """One key per row for sorting by ``column``, made on the first sort by it."""
        keys = self._sort_keys.get(column)
        if keys is None:
            key = self.sort_key(column)
            keys = self._sort_keys[column] = [key(d) for d in self._rows]
        return keys

    extra_roles = (_RECORD,)

    def role_data(self, d: DelegateRecord, column: int, role: int):
        return d if role == _RECORD else None

    def _status(self, d: DelegateRecord) -> str:
        return self.tr("active") if d.active else self.tr("inactive")


def name_sort_key(d: DelegateRecord) -> str:
    """The Name column's order: family name, then given name, folded (accents and case)."""
    return fold(f"{d.family_name} {d.given_name}")


def _agency(d: DelegateRecord) -> str:
    return f"{d.side_code} · {d.agency_acronym}"


class DelegateFilterProxy(RowListProxy):
    """Keeps the delegates of the chosen agencies that match the search (any script, case, accents)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._agency_ids: frozenset[int] | None = None
        self._needle = ""
        self._show_inactive = True
        self._order: list[int] | None = None  # every source row in the sort order

    def source_changed(self) -> None:
        self._order = None

    def sort_changed(self) -> None:
        self._order = None

    def set_agencies(self, agency_ids) -> None:
        self._agency_ids = frozenset(agency_ids) if agency_ids is not None else None
        self.refilter()

    def set_search(self, text: str) -> None:
        self._needle = fold(text)
        self.refilter()

    def set_show_inactive(self, show: bool) -> None:
        self._show_inactive = show
        self.refilter()

    def visible_source_rows(self) -> list[int]:
        model = self.sourceModel()
        rows = model.rows()
        if self._order is None:
            self._order = list(range(len(rows)))
            if self._sort_column >= 0:
                keys = model.sort_keys(self._sort_column)
                self._order.sort(
                    key=keys.__getitem__, reverse=self._sort_order == Qt.SortOrder.DescendingOrder
                )
        visible = self._order
        if self._agency_ids is not None:
            wanted = self._agency_ids
            visible = [i for i in visible if rows[i].agency_id in wanted]
        if not self._show_inactive:
            visible = [i for i in visible if rows[i].active]
        if self._needle:
            needle, squeezed = self._needle, self._needle.replace(" ", "")
            visible = [
                i
                for i in visible
                if needle in model.search_text(i) or squeezed in model.search_text(i).replace(" ", "")
            ]
        return list(visible)


def delegate_search_texts(rows: list[DelegateRecord]) -> list[str]:
    """What the roster's search looks in, per delegate: names both ways round, native name, email, title
    and external id, folded (accents and case)."""
    return [
        fold(
            " ".join(
                (
                    d.family_name,
                    d.given_name,
                    d.native_name,
                    d.email,
                    d.title,
                    d.external_id or "",
                    f"{d.given_name} {d.family_name}",
                )
            )
        )
        for d in rows
    ]
