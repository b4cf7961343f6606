"""Blackout periods: the days the secretariat rules out (summits, elections), added and removed here."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QSortFilterProxyModel, Qt, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from dialogue_planner.domain.errors import DialogueError
from dialogue_planner.gui.kit.confirm import confirm
from dialogue_planner.gui.kit.qt_dates import from_qdate, to_qdate
from dialogue_planner.gui.kit.sort_header import sortable
from dialogue_planner.gui.kit.widgets import EmptyText
from dialogue_planner.services.blackouts import add_blackout, list_blackouts, remove_blackout
from dialogue_planner.services.schedule import current_dialogue

from .blackout_model import SORT_ROLE, BlackoutTableModel


class BlackoutsDialog(QDialog):
    def __init__(self, app, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("blackoutsDialog")
        self.setWindowTitle(self.tr("Blackout periods"))
        self.app = app
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Proposals never fall on these days, nor on the travel days before them."))
        intro.setWordWrap(True)
        layout.addWidget(intro)

        self.model = BlackoutTableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Blackout periods"))
        EmptyText(self.table)
        self.table.setModel(self.proxy)
        sortable(self.table)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.table, 1)

        form = QHBoxLayout()
        today = date.today()
        self.start_edit = QDateEdit()
        self.start_edit.setAccessibleName(self.tr("First day"))
        self.end_edit = QDateEdit()
        self.end_edit.setAccessibleName(self.tr("Last day"))
        for edit, day in ((self.start_edit, today), (self.end_edit, today + timedelta(days=2))):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setDate(to_qdate(day))
        self.side_combo = QComboBox()
        self.side_combo.setAccessibleName(self.tr("Side"))
        self.side_combo.addItem(self.tr("both sides"), "")
        app.ops.run(
            current_dialogue,
            app.ctx,
            on_done=lambda dialogue: [
                self.side_combo.addItem(side.code, side.code) for side in dialogue.sides
            ],
        )
        self.reason_edit = QLineEdit()
        self.reason_edit.setAccessibleName(self.tr("Reason"))
        self.reason_edit.setPlaceholderText(self.tr("Reason, e.g. G20 summit"))
        self.add_button = QPushButton(self.tr("Add"))
        self.add_button.clicked.connect(self.add)
        for widget in (
            QLabel(self.tr("From")),
            self.start_edit,
            QLabel(self.tr("to")),
            self.end_edit,
            self.side_combo,
        ):
            form.addWidget(widget)
        form.addWidget(self.reason_edit, 1)
        form.addWidget(self.add_button)
        layout.addLayout(form)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #c92a2a;")
        layout.addWidget(self.message)

        buttons = QDialogButtonBox()
        self.remove_button = buttons.addButton(
            self.tr("Remove selected"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.remove_button.clicked.connect(self.remove_selected)
        remove = QAction(self.tr("Remove selected"), self.table)
        remove.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        remove.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        remove.triggered.connect(self.remove_selected)
        self.table.addAction(remove)
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(760, 420)
        self.reload()

    @Slot()
    def reload(self) -> None:
        self.app.ops.run(list_blackouts, self.app.ctx, on_done=self.model.set_rows)

    def _refused(self, exc: BaseException) -> bool:
        """A refusal is shown in the dialog; a bug goes to the one error path."""
        if not isinstance(exc, DialogueError):
            return False
        self.message.setText(exc.message)
        return True

    @Slot()
    def add(self) -> None:
        def added(_blackout) -> None:
            self.message.clear()
            self.reason_edit.clear()
            self.reload()
            self.app.changed("blackout")

        self.app.ops.run(
            add_blackout,
            self.app.ctx,
            from_qdate(self.start_edit.date()),
            from_qdate(self.end_edit.date()),
            self.reason_edit.text(),
            self.side_combo.currentData(),
            on_done=added,
            on_error=self._refused,
            busy_widget=self.add_button,
        )

    @Slot()
    def remove_selected(self) -> None:
        """Ask first, naming the periods: proposals may fall on those days again."""
        rows = sorted({self.proxy.mapToSource(i).row() for i in self.table.selectionModel().selectedRows()})
        if not rows:
            return
        periods = "\n".join(
            self.tr("{0} to {1}: {2}").format(b.start.isoformat(), b.end.isoformat(), b.reason)
            for b in (self.model.record(row) for row in rows)
        )
        if not confirm(
            self,
            self.tr("Remove blackouts"),
            self.tr("Remove these blackout periods? Proposed dates may fall on them again.\n\n{0}").format(
                periods
            ),
            self.tr("Remove"),
        ):
            return
        chosen = [self.model.record(row) for row in rows]
        ctx = self.app.ctx

        def remove() -> None:
            for b in chosen:
                remove_blackout(ctx, b.id, expected_version=b.version)

        def after(refused: BaseException | None = None) -> bool:
            if refused is not None and not self._refused(refused):
                return False
            self.reload()
            self.app.changed("blackout")
            return True

        self.app.ops.run(remove, on_done=lambda _none: after(), on_error=after)
