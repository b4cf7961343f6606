"""The audit entries of one roster import, in a table: who, when, what changed."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableView,
    QVBoxLayout,
)

from dialogue_planner.gui.kit.widgets import EmptyText

from .history_model import HistoryModel


class AuditDialog(QDialog):
    def __init__(self, entries, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("importAudit")
        self.setWindowTitle(self.tr("Audit entries of the import"))
        self.resize(820, 420)
        layout = QVBoxLayout(self)
        self.model = HistoryModel(self, with_subject=True)
        self.model.set_rows([e for e in entries if e.entity == "delegate"])
        view = QTableView()
        view.setAccessibleName(self.tr("Audit entries of the import"))
        EmptyText(view)
        view.setModel(self.model)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.verticalHeader().setVisible(False)
        view.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(view)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
