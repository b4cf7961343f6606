"""What the wizard's pages share: a read-only, row-selecting table view."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QTableView

from dialogue_planner.gui.kit.sort_header import sortable
from dialogue_planner.gui.kit.widgets import EmptyText


def read_only_table(model, name: str, *, sorting: bool = False) -> QTableView:
    view = QTableView()
    view.setAccessibleName(name)
    EmptyText(view)
    view.setObjectName(name)
    view.setModel(model)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    if sorting:
        sortable(view)
    view.horizontalHeader().setStretchLastSection(True)
    return view
