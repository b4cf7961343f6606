"""What every page lays out the same way: the page's margins and heading, and its record tables.

A page starts with ``outer = page_layout(self)`` and ``page_header(outer, title, subtitle)``; a list of
records is ``configure_table(view, model, name=..., accessible=..., empty=...)``. Pages differ in what
they show, not in how a title looks or how a table selects.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from dialogue_planner.gui.kit.looks import give_look

from .sort_header import sortable
from .widgets import EmptyText

PAGE_MARGINS = (24, 20, 24, 16)
PAGE_SPACING = 10
#: Rows a long list shows first while the rest load (a screenful, and some scrolling).
FIRST_SCREENFUL = 200


def page_layout(page: QWidget) -> QVBoxLayout:
    """The page's outer column, with the margins and spacing every page uses."""
    outer = QVBoxLayout(page)
    outer.setContentsMargins(*PAGE_MARGINS)
    outer.setSpacing(PAGE_SPACING)
    return outer


def page_header(layout: QVBoxLayout, title: str, subtitle: str = "") -> tuple[QLabel, QLabel | None]:
    """The page's title (and a line under it saying what the page is for), added to ``layout``."""
    heading = QLabel(title)
    give_look(heading, "pageTitle")
    heading.setWordWrap(True)
    layout.addWidget(heading)
    line = None
    if subtitle:
        line = QLabel(subtitle)
        give_look(line, "pageSubtitle")
        line.setWordWrap(True)
        layout.addWidget(line)
    return heading, line


FIT_ROWS = 50  # rows measured beyond the visible ones where columns fit their contents


def configure_table(
    view: QTableView,
    model: QAbstractItemModel,
    *,
    name: str,
    accessible: str,
    empty: str = "",
    sorting: bool = False,
    sort: tuple[int, Qt.SortOrder] | None = None,
    multi: bool = False,
    stretch: int | None = None,
    widths: Mapping[int, int] | None = None,
    fit_contents: bool = False,
) -> QHeaderView:
    """A read-only list of records: whole rows selected, no row numbers, the model's columns; ``stretch``
    (a column) or the last column takes the spare width; ``widths`` fixes columns' starting widths;
    ``fit_contents`` sizes columns to their contents. Says ``empty`` in the view while it has no rows."""
    view.setObjectName(name)
    view.setAccessibleName(accessible)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(
        QAbstractItemView.SelectionMode.ExtendedSelection
        if multi
        else QAbstractItemView.SelectionMode.SingleSelection
    )
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    if sorting:
        sortable(view, sort)
    header = view.horizontalHeader()
    if fit_contents:
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # Measured again at every change of the rows: Qt's 1,000 rows cost the GUI thread about 25 µs a
        # cell with the style sheet (the 200 recent changes: 30 ms); the visible rows and 50 more suffice.
        header.setResizeContentsPrecision(FIT_ROWS)
    if stretch is None:
        header.setStretchLastSection(True)
    else:
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    for column, width in (widths or {}).items():
        header.resizeSection(column, width)
    EmptyText(view, empty)
    return header
