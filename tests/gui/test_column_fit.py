"""Columns fitted by measuring their texts are as wide as Qt's own fit would make them, or a few pixels wider
and never narrower (narrower would cut a text short), for any text, icon, cell font, grid and header, through our
proxy as on the model, at a fraction of Qt's calls into Python."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt
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


def shown_table(qtbot, records, *, grid: bool, proxy: bool) -> QTableView:
    view = QTableView()
    qtbot.addWidget(view)
    model = CellModel(view)
    shown = model
    if proxy:
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
@given(records=st.lists(RECORD, min_size=1, max_size=12), grid=st.booleans(), proxy=st.booleans())
@example(
    records=[(("1", "Washington", "scheduled"), True, False), (("22", "北京 Beijing", "held"), False, True)],
    grid=True,
    proxy=True,
)
@example(records=[(("", "", ""), True, False)], grid=False, proxy=False)
@example(records=[(("", "f", "00000f"), False, True)], grid=False, proxy=True)  # the f's overhang
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


@pytest.mark.parametrize("rows", [0, 1])
def test_an_empty_or_tiny_table_keeps_its_headers_width(qtbot, rows):
    records = [(("7", "x", "y"), False, False)] * rows
    view = shown_table(qtbot, records, grid=True, proxy=False)
    widths = content_widths(view)
    header = view.horizontalHeader()
    assert all(w >= header.sectionSizeHint(c) for c, w in enumerate(widths))
    assert never_narrower(widths, qt_widths(view, 50))
