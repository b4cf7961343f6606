"""Columns sized to their contents by measuring the cells' texts, not by asking the delegate for each cell.

``QTableView.resizeColumnsToContents`` asks the delegate for every cell's size hint, and the delegate asks
the model for a dozen roles per cell, each a call into Python: 3,300 calls and 15-20 ms of the GUI thread for
the Schedule's 40 meetings, 4,200 for the Roster's first 50 delegates, and each call waits for the
interpreter lock when a thread is busy beside it. Here each cell costs a call for its text, its font and its
icon, read straight from the model (``data_at``), and the widths are Qt's own or a few pixels wider,
never narrower: the text's advance in the cell's font, the style's text margins, the icon and its margins, the
grid line, and never less than the header's own size hint.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QStyle, QTableView

from .page_parts import FIT_ROWS
from .table_model import role_number

_DISPLAY = role_number(Qt.ItemDataRole.DisplayRole)
_DECORATION = role_number(Qt.ItemDataRole.DecorationRole)
_FONT = role_number(Qt.ItemDataRole.FontRole)


def content_widths(view: QTableView, rows: int = FIT_ROWS) -> list[int]:
    """Each column's width to show its header and its cells in the first ``rows`` rows (and the visible
    ones), as ``resizeColumnsToContents`` would size them with that precision."""
    model = view.model()
    header = view.horizontalHeader()
    columns = model.columnCount()
    shown = view.verticalHeader().visualIndexAt(view.viewport().height()) + 1
    count = min(model.rowCount(), max(rows, shown if shown > 0 else rows))
    cell = _cell_reader(model)
    metrics = QFontMetricsF(view.font())  # Qt lays the text out and rounds its width up
    fonts: dict = {}  # a cell's own font (FontRole) -> its metrics
    style = view.style()
    margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
    icon = view.iconSize().width()
    if icon <= 0:
        icon = style.pixelMetric(QStyle.PixelMetric.PM_SmallIconSize, None, view)
    grid = 1 if view.showGrid() else 0
    widths = []
    for column in range(columns):
        widest = 0
        for row in range(count):
            text = cell(row, column, _DISPLAY)
            width = 0
            if text not in (None, ""):
                font = cell(row, column, _FONT)
                if font is None:
                    measure = metrics
                else:  # the cell's font completes itself from the view's, as the delegate's does
                    key = font.key()
                    if key not in fonts:
                        fonts[key] = QFontMetricsF(font.resolve(view.font()))
                    measure = fonts[key]
                width = text_width(measure, str(text)) + 2 * margin
            decoration = cell(row, column, _DECORATION)
            if decoration is not None and not _is_null(decoration):
                width += icon + 2 * margin
            widest = max(widest, width)
        hint = header.sectionSizeHint(column) if not header.isHidden() else 0
        widths.append(max(widest + grid, hint))
    return widths


def text_width(metrics: QFontMetricsF, text: str) -> int:
    """The width Qt lays ``text`` out in: its widest line's advance and the last glyph's overhang past it
    (an italic or an "f" reaching right of its advance), rounded up, and two pixels more: Qt's layout of
    some runs (a glyph from a fallback font, an accent reaching past its letter) comes out a pixel or two
    wider, and a column a pixel too narrow would cut its text short with an ellipsis."""
    widest = 0.0
    for line in text.split("\n"):
        if line.endswith("\xad"):  # a soft hyphen ending a line is drawn as a hyphen
            line = line[:-1] + "-"
        if line:
            widest = max(widest, metrics.horizontalAdvance(line) + max(0.0, -metrics.rightBearing(line[-1])))
    return math.ceil(widest) + 2 if widest else 0


def fit_columns(view: QTableView, rows: int = FIT_ROWS) -> None:
    """Size every column to :func:`content_widths`."""
    header = view.horizontalHeader()
    for column, width in enumerate(content_widths(view, rows)):
        header.resizeSection(column, width)


def _cell_reader(model):
    """``(row, column, role) -> value`` straight from our models (``data_at``), also under Qt's sort and
    filter proxy (whose ``data`` only passes the call on, and whose rows and columns map separately: each
    row is mapped to its source row once), else through an index."""
    data_at = getattr(model, "data_at", None)
    if data_at is not None:
        return data_at
    root = QModelIndex()
    source = model.sourceModel() if isinstance(model, QSortFilterProxyModel) else None
    source_data_at = getattr(source, "data_at", None)
    if source_data_at is None or type(model).data is not QSortFilterProxyModel.data:  # a data of ours
        return lambda row, column, role: model.data(model.index(row, column, root), role)
    source_rows: dict[int, int] = {}
    source_columns: dict[int, int] = {}

    def read(row: int, column: int, role: int):
        if row not in source_rows:
            source_rows[row] = model.mapToSource(model.index(row, 0, root)).row()
        if column not in source_columns:
            source_columns[column] = model.mapToSource(model.index(row, column, root)).column()
        return source_data_at(source_rows[row], source_columns[column], role)

    return read


def _is_null(decoration) -> bool:
    is_null = getattr(decoration, "isNull", None)
    return bool(is_null()) if is_null is not None else False
