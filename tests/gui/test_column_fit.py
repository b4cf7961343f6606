"""Columns fitted by measuring their texts are as wide as Qt's own fit would make them, or a few pixels wider
and never narrower (narrower would cut a text short), for any text, icon, cell font, grid and header, through our
proxy as on the model, at a fraction of Qt's calls into Python."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QTableView

from dialogue_planner.gui.kit.column_fit import content_widths, fit_columns
from dialogue_planner.gui.kit.icons import icon
from dialogue_planner.gui.kit.page_parts import configure_table
from dialogue_planner.gui.kit.row_proxy import RowListProxy
from dialogue_planner.gui.kit.table_model import Column, RecordTableModel, role_number

_DECORATION = role_number(Qt.ItemDataRole.DecorationRole)
_FONT = role_number(Qt.ItemDataRole.FontRole)


class CellModel(RecordTableModel):
    """Rows are (texts, icon in the last column?, bold?)."""

    columns = tuple(
        Column(title, lambda r, n=n: r[0][n]) for n, title in enumerate(("No.", "Name", "Status"))
    )
    extra_roles = (_DECORATION, _FONT)

    def role_data(self, record, column: int, role: int):
        if role == _DECORATION and column == 2 and record[1]:
            return icon("attention")
        if role == _FONT and record[2]:
            font = QFont()
            font.setBold(True)
            return font
        return None


class EveryRow(RowListProxy):
    def visible_source_rows(self):
        return list(range(self.sourceModel().rowCount()))[::-1]


def qt_widths(view: QTableView, rows: int) -> list[int]:
    header = view.horizontalHeader()
    header.setResizeContentsPrecision(rows)
    view.resizeColumnsToContents()
    return [header.sectionSize(c) for c in range(view.model().columnCount())]


def never_narrower(ours: list[int], qt: list[int], records=()) -> bool:
    """Never narrower than Qt's (a text cut short), and at most a few pixels wider (a ligature such as "ff"
    ends with less overhang than its last letter alone), except in a column holding a combining mark, which
    is counted in full where Qt tucks it under its letter."""
    if len(ours) != len(qt):
        return False
    marked = [
        any(unicodedata.category(c).startswith("M") for r in records for c in r[0][n]) for n in range(3)
    ]
    return all(
        o - q >= 0 and (o - q <= 4 or (n < len(marked) and marked[n]))
        for n, (o, q) in enumerate(zip(ours, qt, strict=True))
    )


def shown_table(qtbot, records, *, grid: bool, proxy, model_class=CellModel) -> QTableView:
    view = QTableView()
    qtbot.addWidget(view)
    model = model_class(view)
    shown = model
    if proxy == "sort":  # one of Qt's own proxies, sorting by name, last first
        shown = QSortFilterProxyModel(view)
        shown.setSourceModel(model)
        shown.sort(1, Qt.SortOrder.DescendingOrder)
    elif proxy:
        shown = EveryRow(view)
        shown.setSourceModel(model)
    configure_table(view, shown, name="fitted", accessible="fitted")
    view.setShowGrid(grid)
    model.set_rows(records)
    view.resize(900, 400)
    view.show()
    return view


TEXT = st.text(
    st.characters(
        blacklist_categories=("Cs", "Cc", "Zl", "Zp"), max_codepoint=0x9FFF, whitelist_characters="\n"
    ),
    max_size=40,
)
RECORD = st.tuples(st.tuples(TEXT, TEXT, TEXT), st.booleans(), st.booleans())


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    records=st.lists(RECORD, min_size=1, max_size=12),
    grid=st.booleans(),
    proxy=st.sampled_from([False, True, "sort"]),
)
@example(
    records=[(("1", "Washington", "scheduled"), True, False), (("22", "北京 Beijing", "held"), False, True)],
    grid=True,
    proxy=True,
)
@example(records=[(("", "", ""), True, False)], grid=False, proxy=False)
@example(records=[(("", "f", "00000f"), False, True)], grid=False, proxy=True)  # the f's overhang
@example(  # rows in another order than the model's, with an icon and a bold row
    records=[(("1", "a", "short"), True, False), (("2", "b", "a much longer status"), False, True)],
    grid=True,
    proxy="sort",
)
@example(records=[(("a\xadb", "00000\xad", "\xad"), False, False)], grid=False, proxy=False)  # shown as "-"
@example(records=[(("", "", "0000ď"), False, True)], grid=False, proxy=False)  # the caron past the bold d
@example(records=[(("", "", "0000ff"), False, True)], grid=False, proxy=False)  # a ligature
@example(records=[(("", "", "A\n0:\u09bc"), False, False)], grid=False, proxy=False)  # a combining mark
@example(records=[(("two\nlines", "a much longer line\nb", "\n"), False, False)], grid=True, proxy=False)
def test_the_widths_are_qts_own(qtbot, records, grid, proxy):
    view = shown_table(qtbot, records, grid=grid, proxy=proxy)
    ours = content_widths(view, rows=50)
    qt = qt_widths(view, 50)
    assert never_narrower(ours, qt, records), (ours, qt)


def test_only_the_first_rows_are_measured(qtbot):
    """Like Qt's precision: a long text far below the first rows does not widen the column."""
    records = [((str(n), "short", "ok"), False, False) for n in range(300)]
    records[250] = (("250", "a name far longer than any other in the list", "ok"), False, False)
    view = shown_table(qtbot, records, grid=True, proxy=False)
    fit_columns(view, rows=50)
    narrow = view.horizontalHeader().sectionSize(1)
    assert 0 <= narrow - qt_widths(view, 50)[1] <= 4
    assert narrow < content_widths(view, rows=300)[1]


def test_far_fewer_calls_into_python_than_qts_fit(qtbot, monkeypatch):
    records = [((str(n), f"delegate {n}", "held"), n % 3 == 0, n % 5 == 0) for n in range(60)]
    view = shown_table(qtbot, records, grid=True, proxy=True)
    model = view.model()
    calls = {"n": 0}
    original = type(model.sourceModel()).data_at

    def counted(self, *args):
        calls["n"] += 1
        return original(self, *args)

    monkeypatch.setattr(CellModel, "data_at", counted)
    content_widths(view, rows=50)
    ours, calls["n"] = calls["n"], 0
    qt_widths(view, 50)
    assert ours == 3 * 3 * 50
    assert calls["n"] > 2.5 * ours


def test_under_qts_own_proxy_each_cell_is_read_from_the_model_once_per_role(qtbot):
    """A sort proxy's rows are read from the model's rows they show (one call per cell and role, none
    through Qt's ``data``), and the widths are those of the sorted rows shown, not of the model's first rows."""
    calls = {"data": 0, "data_at": 0}

    class Counted(CellModel):
        def data(self, index, role=Qt.ItemDataRole.DisplayRole):
            calls["data"] += 1
            return super().data(index, role)

        def data_at(self, row, column, role):
            calls["data_at"] += 1
            return super().data_at(row, column, role)

    records = [((str(n), f"delegate {n}", "held"), False, False) for n in range(60)]
    records[50] = (("50", "zz a name longer than every other", "held"), False, False)
    view = shown_table(qtbot, records, grid=True, proxy="sort", model_class=Counted)
    calls.update(data=0, data_at=0)
    widths = content_widths(view, rows=10)
    shown = view.verticalHeader().visualIndexAt(view.viewport().height()) + 1  # also measured
    assert calls == {"data": 0, "data_at": 3 * 3 * max(10, shown)}
    assert never_narrower(widths, qt_widths(view, 10), records)
    assert widths[1] > content_widths(shown_table(qtbot, records, grid=True, proxy=False), rows=10)[1]


def test_a_proxy_with_its_own_data_is_asked_through_its_data(qtbot):
    """A proxy class of ours that gives its cells other texts is read through its ``data``."""

    class Shouting(QSortFilterProxyModel):
        def data(self, index, role=Qt.ItemDataRole.DisplayRole):
            value = super().data(index, role)
            return value.upper() + "!!!!!!!!!!!!!!!!!!!!" if isinstance(value, str) and value else value

    records = [((str(n), f"delegate {n}", "held"), False, False) for n in range(5)]
    view = shown_table(qtbot, records, grid=True, proxy=False)
    plain = content_widths(view)
    proxy = Shouting(view)
    proxy.setSourceModel(view.model())
    view.setModel(proxy)
    shouted = content_widths(view)
    assert all(s > p for s, p in zip(shouted[1:], plain[1:], strict=True))
    assert never_narrower(shouted, qt_widths(view, 50))


@pytest.mark.parametrize("rows", [0, 1])
def test_an_empty_or_tiny_table_keeps_its_headers_width(qtbot, rows):
    records = [(("7", "x", "y"), False, False)] * rows
    view = shown_table(qtbot, records, grid=True, proxy=False)
    widths = content_widths(view)
    header = view.horizontalHeader()
    assert all(w >= header.sectionSizeHint(c) for c, w in enumerate(widths))
    assert never_narrower(widths, qt_widths(view, 50))
