"""The Workstation page: which database and role this workstation has, live refresh, connection
settings, backups, database roles, and the recent changes made on every workstation.

The page owns the window's :class:`ChangeWatcher`, so live refresh runs from start-up whichever page
is open.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QSortFilterProxyModel, Qt, Slot
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QWidget,
)

from dialogue_planner.domain.errors import DialogueError
from dialogue_planner.gui.kit.file_dialogs import get_open_file_name, get_save_file_name
from dialogue_planner.gui.kit.icons import icon
from dialogue_planner.gui.kit.looks import give_look
from dialogue_planner.gui.kit.page_parts import configure_table, page_header, page_layout
from dialogue_planner.gui.kit.widgets import Card
from dialogue_planner.services.audit import list_audit
from dialogue_planner.services.maintenance import backup_database, restore_database
from dialogue_planner.services.workstation import setup_database_roles, workstation_status

from ..shell.database_name import describe_database
from ..shell.page import Page
from .changes_model import SORT_ROLE, RecentChangesModel
from .connection_dialog import ConnectionDialog
from .watcher import ChangeWatcher

RECENT = 200


class WorkstationPage(Page):
    page_id = "workstation"

    def __init__(self, app, parent: QWidget | None = None) -> None:
        super().__init__(app, parent)
        outer = page_layout(self)
        page_header(
            outer,
            self.tr("Workstation"),
            self.tr(
                "This workstation's database and role, live refresh, backups, and the changes made on every "
                "workstation."
            ),
        )
        outer.addLayout(self._build_actions())
        outer.addWidget(self._build_facts())
        outer.addWidget(self._build_changes(), 1)
        self.watcher = ChangeWatcher(app, self)
        self.watcher.status_changed.connect(self.live_value.setText)
        self.watcher.delivered.connect(self._delivered)
        self.watcher.start()

    def _build_actions(self) -> QHBoxLayout:
        actions = QHBoxLayout()
        self.connection_button = self._button(
            self.tr("Connection settings…"), "workstation-connection", self.edit_connection
        )
        self.backup_button = self._button(self.tr("Back up now…"), "workstation-backup", self.back_up)
        self.restore_button = self._button(self.tr("Restore a backup…"), "workstation-restore", self.restore)
        self.roles_button = self._button(
            self.tr("Set up database roles"), "workstation-roles", self.set_up_roles
        )
        for button in (self.connection_button, self.backup_button, self.restore_button, self.roles_button):
            actions.addWidget(button)
        actions.addStretch(1)
        return actions

    def _build_facts(self) -> Card:
        card = Card(self.tr("This workstation"))
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        grid.setColumnStretch(1, 1)
        self.database_value = self._row(grid, 0, self.tr("Database"), "databaseValue")
        self.user_value = self._row(grid, 1, self.tr("You"), "userValue")
        self.roles_value = self._row(grid, 2, self.tr("Roles"), "rolesValue")
        self.live_value = self._row(grid, 3, self.tr("Live refresh"), "liveValue")
        self.last_value = self._row(grid, 4, self.tr("Last change from elsewhere"), "lastChangeValue")
        card.body.addLayout(grid)
        return card

    def _build_changes(self) -> Card:
        changes = Card(self.tr("Recent changes on every workstation"))
        self.model = RecentChangesModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = QTableView()
        configure_table(
            self.table,
            self.proxy,
            name="recentChanges",
            accessible=self.tr("Recent changes on every workstation"),
            empty=self.tr("No changes recorded yet."),
            sorting=True,
            sort=(0, Qt.SortOrder.DescendingOrder),
            fit_contents=True,
        )
        changes.body.addWidget(self.table)
        return changes

    def _button(self, text: str, icon_name: str, slot) -> QPushButton:
        button = QPushButton(icon(icon_name), text)
        button.clicked.connect(slot)
        return button

    def _row(self, grid: QGridLayout, row: int, label: str, name: str) -> QLabel:
        caption = QLabel(label)
        give_look(caption, "muted")
        value = QLabel()
        value.setObjectName(name)
        value.setWordWrap(True)
        value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        grid.addWidget(caption, row, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(value, row, 1)
        return value

    # -- data --------------------------------------------------------------------------------------
    def refresh(self) -> None:
        ctx = self.app.ctx
        self.app.ops.run(
            lambda: (workstation_status(ctx), list_audit(ctx, limit=RECENT)),
            on_done=lambda facts: self._show(*facts),
        )

    def _show(self, status, changes) -> None:
        ctx = self.app.ctx
        self.database_value.setText(
            describe_database(ctx.db)
            + "  "
            + (
                self.tr("(PostgreSQL, shared by every workstation)")
                if status.is_postgres
                else self.tr("(SQLite, this workstation only)")
            )
        )
        self.user_value.setText(self.tr("{0} · role: {1}").format(status.login, self._role_word(status.role)))
        if not status.is_postgres:
            roles = self.tr("Kept by the application (users add); a SQLite file has no server roles.")
        elif status.roles_set_up:
            roles = self.tr("Enforced by the database server: your login's group decides what you may do.")
        else:
            roles = self.tr("Not set up on the server yet: an administrator runs 'Set up database roles'.")
        self.roles_value.setText(roles)
        self.roles_button.setVisible(status.may_set_up_roles)
        writer = ctx.can("admin")
        self.restore_button.setEnabled(writer)
        self.restore_button.setToolTip(
            "" if writer else self.tr("Only an administrator may restore a backup.")
        )
        self.live_value.setText(self.watcher.describe())
        self._show_last()
        selected = self._selected_id()
        self.model.set_records(changes, ctx.user.login)
        self._select(selected)

    def _role_word(self, role: str) -> str:
        return {
            "admin": self.tr("admin"),
            "secretariat": self.tr("secretariat"),
            "viewer": self.tr("viewer"),
        }.get(role, role)

    def _show_last(self) -> None:
        when = self.watcher.last_delivered
        self.last_value.setText(
            when.astimezone().strftime("%H:%M:%S")
            if isinstance(when, datetime)
            else self.tr("none since this window opened")
        )

    def _selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        record = self.model.record(self.proxy.mapToSource(rows[0]).row())
        return record.id

    def _select(self, audit_id: int | None) -> None:
        if audit_id is None:
            return
        for row, record in enumerate(self.model.rows()):
            if record.id == audit_id:
                self.table.selectRow(self.proxy.mapFromSource(self.model.index(row, 0)).row())
                return

    @Slot(object)
    def _delivered(self, _areas) -> None:
        self._show_last()

    # -- actions -------------------------------------------------------------------------------------
    @Slot()
    def edit_connection(self) -> None:
        dialog = ConnectionDialog(self.app.settings, self.app.tasks, self)
        if dialog.exec() and dialog.saved is not None:
            QMessageBox.information(
                self,
                self.tr("Connection settings"),
                self.tr("Saved. Dialogue Planner uses the new connection the next time it starts."),
            )
        dialog.deleteLater()

    @Slot()
    def back_up(self) -> None:
        sqlite = self.app.ctx.db.is_sqlite
        suggested = f"dialogue-planner-{datetime.now():%Y%m%d-%H%M}" + (".sqlite" if sqlite else ".dump")
        path, _ = get_save_file_name(
            self,
            self.app.settings,
            "backup",
            self.tr("Back up the database"),
            suggested,
            self.tr("Backups (*.sqlite *.dump);;All files (*)"),
        )
        if path:
            self.start_backup(Path(path))

    def start_backup(self, path: Path) -> None:
        ctx = self.app.ctx
        self.app.tasks.run(
            self.tr("Backing up the database"),
            lambda _progress: backup_database(ctx, path),
            on_done=self._backed_up,
        )

    def _backed_up(self, path) -> None:
        QMessageBox.information(
            self, self.tr("Backup made"), self.tr("The database was copied to {0}.").format(path)
        )

    @Slot()
    def restore(self) -> None:
        path, _ = get_open_file_name(
            self,
            self.app.settings,
            "backup",
            self.tr("Restore a backup"),
            self.tr("Backups (*.sqlite *.dump);;All files (*)"),
        )
        if not path:
            return
        answer = QMessageBox.warning(
            self,
            self.tr("Replace the database?"),
            self.tr(
                "Everything in the database is replaced by the backup {0}. Other workstations should close "
                "Dialogue Planner first."
            ).format(path),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.start_restore(Path(path))

    def start_restore(self, path: Path) -> None:
        if not self.app.ctx.can("admin"):
            self.app.report_error(DialogueError(self.tr("Only an administrator may restore a backup.")))
            return
        ctx = self.app.ctx
        self.app.tasks.run(
            self.tr("Restoring the backup"),
            lambda _progress: restore_database(ctx, path),
            on_done=self._restored,
        )

    def _restored(self, result) -> None:
        self.app.changed("*")
        text = self.tr("The backup was restored.")
        if result.previous:
            text += " " + self.tr("The previous state was kept in {0}.").format(result.previous)
        QMessageBox.information(self, self.tr("Backup restored"), text)

    @Slot()
    def set_up_roles(self) -> None:
        self.app.ops.run(
            setup_database_roles, self.app.ctx, on_done=self._roles_set_up, busy_widget=self.roles_button
        )

    def _roles_set_up(self, result) -> None:
        self.app.changed("*")
        QMessageBox.information(
            self,
            self.tr("Database roles"),
            self.tr(
                "The roles are set up on {0} tables: viewers read, the secretariat edits, administrators also manage "
                "users; nobody can change the audit trail."
            ).format(result.tables),
        )
