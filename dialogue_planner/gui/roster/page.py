"""The Roster page: the agency tree, the delegates of the chosen node, search, editing and history."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from dialogue_planner.gui.kit.confirm import confirm
from dialogue_planner.gui.kit.file_dialogs import get_save_file_name
from dialogue_planner.gui.kit.icons import icon
from dialogue_planner.gui.kit.looks import give_look
from dialogue_planner.gui.kit.page_parts import configure_table, page_header, page_layout
from dialogue_planner.gui.kit.widgets import EmptyText
from dialogue_planner.services.agencies import (
    agency_catalogue,
    deactivate_agency,
    delegate_counts,
    list_agencies,
    merge_agencies,
    reactivate_agency,
)
from dialogue_planner.services.roster import (
    delegate_history,
    export_roster,
    list_delegates,
    set_delegate_active,
)
from dialogue_planner.services.roster_import import last_import, undo_last_import

from ..shell.page import Page
from .agency_editor import AgencyEditor, MergeDialog, agency_key
from .agency_tree import AGENCY_ROLE, SCOPE_ROLE, AgencyTreeModel
from .delegate_editor import DelegateEditor
from .delegate_model import DelegateFilterProxy, DelegateTableModel, delegate_search_texts, name_sort_key
from .history_model import HistoryModel
from .remembered_columns import RememberedColumns


def _roster_snapshot(ctx) -> dict:
    """Everything the page shows, read in one go on the operations thread."""
    delegates = list_delegates(ctx)
    return {
        "agencies": list_agencies(ctx),
        "counts": delegate_counts(ctx),
        "sides": {s.code: (s.name_en, s.name_zh) for s in agency_catalogue(ctx).sides},
        "delegates": delegates,
        "search": delegate_search_texts(delegates),
        "name_keys": [name_sort_key(d) for d in delegates],
        "active": sum(1 for d in delegates if d.active),
        "last_import": last_import(ctx),
    }


class RosterPage(Page):
    page_id = "roster"

    def __init__(self, app, parent: QWidget | None = None) -> None:
        super().__init__(app, parent)
        self.agencies = []
        self.counts: dict[int, tuple[int, int]] = {}
        self._select_agency_after: int | None = None
        self.sides: dict[str, tuple[str, str]] = {}
        layout = page_layout(self)
        _heading, self.subtitle = page_header(layout, self.tr("Roster"), " ")
        layout.addLayout(self._build_bar())
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setObjectName("rosterSplitter")
        splitter.addWidget(self._build_tree())
        splitter.setChildrenCollapsible(False)
        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(self._build_table())
        right.addWidget(self._build_history())
        right.setChildrenCollapsible(False)
        right.setSizes([480, 180])
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([250, 860])
        layout.addWidget(splitter, 1)
        self._connect()
        self._update_buttons()
        self._update_agency_buttons()

    def _build_bar(self) -> QHBoxLayout:
        """Search, the inactive switch, the edit buttons and the roster's files."""
        bar = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setObjectName("rosterSearch")
        self.search.setAccessibleName(self.tr("Search delegates"))
        self.search.setPlaceholderText(self.tr("Search any name, in Latin or Chinese, email or ID"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(160)
        self.show_inactive = QCheckBox(self.tr("Show inactive"))
        self.show_inactive.setObjectName("showInactive")
        self.show_inactive.setChecked(True)
        bar.addWidget(self.search, 1)
        bar.addWidget(self.show_inactive)
        self.add_button = self._button(bar, self.tr("Add…"), "roster-add", self.add_delegate, "addDelegate")
        self.edit_button = self._button(
            bar, self.tr("Edit…"), "roster-edit", self.edit_delegate, "editDelegate"
        )
        self.toggle_button = self._button(
            bar, self.tr("Deactivate"), "roster-deactivate", self.toggle_active, "toggleDelegate"
        )
        bar.addWidget(self._build_files_menu())
        return bar

    def _build_files_menu(self) -> QToolButton:
        """The roster's files, used now and then, wait in a menu: the bar fits a 1024-pixel screen."""
        self.more_button = QToolButton()
        self.more_button.setObjectName("rosterMore")
        self.more_button.setAccessibleName(self.tr("Import/Export"))
        self.more_button.setText(self.tr("Import/Export"))
        self.more_button.setToolTip(self.tr("Import a roster file, export the roster, undo the last import"))
        self.more_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.more_button.setIcon(icon("roster-import"))
        self.more_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.more_button)
        menu.setObjectName("rosterFilesMenu")
        self.import_action = self._action(
            menu, self.tr("Import a roster file…"), "roster-import", self.open_import_wizard, "importRoster"
        )
        self.export_action = self._action(
            menu, self.tr("Export the roster…"), "roster-export", self.choose_export, "exportRoster"
        )
        menu.addSeparator()
        self.undo_action = self._action(
            menu, self.tr("Undo the last import…"), "roster-undo", self.undo_import, "undoImport"
        )
        self.more_button.setMenu(menu)
        return self.more_button

    def _build_tree(self) -> QTreeView:
        self.tree_model = AgencyTreeModel(self)
        self.tree = QTreeView()
        EmptyText(self.tree)
        self.tree.setObjectName("agencyTree")
        self.tree.setAccessibleName(self.tr("Agencies"))
        self.tree.setModel(self.tree_model)
        self.tree.setHeaderHidden(True)
        self.tree.setMinimumWidth(160)
        box = QWidget()
        box.setObjectName("agencyPane")
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.tree, 1)
        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        self.add_agency_button = self._agency_button(
            self.tr("Add agency…"), "roster-add", self.add_agency, "addAgency"
        )
        self.edit_agency_button = self._agency_button(
            self.tr("Edit agency…"), "roster-edit", self.edit_agency, "editAgency"
        )
        self.toggle_agency_button = self._agency_button(
            self.tr("Deactivate"), "roster-deactivate", self.toggle_agency, "toggleAgency"
        )
        self.merge_agency_button = self._agency_button(
            self.tr("Merge into…"), "", self.merge_agency, "mergeAgency"
        )
        self.add_agency_button.setAccessibleName(self.tr("Add agency"))
        self.edit_agency_button.setAccessibleName(self.tr("Edit agency"))
        self.merge_agency_button.setAccessibleName(self.tr("Merge agency into another"))
        grid.addWidget(self.add_agency_button, 0, 0)
        grid.addWidget(self.edit_agency_button, 0, 1)
        grid.addWidget(self.toggle_agency_button, 1, 0)
        grid.addWidget(self.merge_agency_button, 1, 1)
        column.addLayout(grid)
        return box

    def _agency_button(self, text: str, icon_name: str, slot, name: str) -> QPushButton:
        button = QPushButton(icon(icon_name), text) if icon_name else QPushButton(text)
        button.setObjectName(name)
        button.clicked.connect(slot)
        return button

    def _build_table(self) -> QTableView:
        self.model = DelegateTableModel(self)
        self.proxy = DelegateFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        header = configure_table(
            self.table,
            self.proxy,
            name="delegateTable",
            accessible=self.tr("Delegates"),
            sorting=True,
            sort=(0, Qt.SortOrder.AscendingOrder),
        )
        # Column widths from the first 200 rows (they are clamped to 70-230 px anyway): measuring all
        # 8,000 delegates of a long-running dialogue took a third of a second.
        header.setResizeContentsPrecision(60)  # the first fit measures 60 rows: long names are common enough
        self.table.doubleClicked.connect(self.edit_delegate)
        self.columns = RememberedColumns(self.table, self.app.settings, "roster/delegateTable")
        return self.table

    def _build_history(self) -> QWidget:
        history_box = QWidget()
        history_layout = QVBoxLayout(history_box)
        history_layout.setContentsMargins(0, 6, 0, 0)
        self.history_title = QLabel(self.tr("History"))
        give_look(self.history_title, "cardHeading")
        self.history_model = HistoryModel(self)
        self.history = QTableView()
        configure_table(
            self.history, self.history_model, name="delegateHistory", accessible=self.tr("History")
        )
        history_layout.addWidget(self.history_title)
        history_layout.addWidget(self.history)
        return history_box

    def _connect(self) -> None:
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(150)
        self._search_timer.timeout.connect(self._apply_search)
        self.search.textChanged.connect(self._search_timer.start)
        self.show_inactive.toggled.connect(self.proxy.set_show_inactive)
        self.tree.selectionModel().currentChanged.connect(self._agency_chosen)
        self.table.selectionModel().currentRowChanged.connect(self._delegate_chosen)

    def _button(self, bar, text, icon_name, slot, name) -> QPushButton:
        button = QPushButton(icon(icon_name), text)
        button.setObjectName(name)
        button.clicked.connect(slot)
        bar.addWidget(button)
        return button

    def _action(self, menu: QMenu, text, icon_name, slot, name) -> QAction:
        action = QAction(icon(icon_name), text, self)
        action.setObjectName(name)
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    # Keyboard commands: Ctrl+N, Ctrl+F, and Enter and Delete (deactivate, never reactivate) in the list.
    def new_control(self):
        return self.add_button

    def search_control(self):
        return self.search

    def list_view(self):
        return self.table

    def open_control(self):
        return self.edit_button

    def delete_control(self):
        d = self.current_delegate()
        return self.toggle_button if d is None or d.active else None

    # -- loading -------------------------------------------------------------------------------------
    def refresh(self, select: int | None = None) -> None:
        """Load the roster off the GUI thread; keep the selection (or select delegate ``select``)."""
        self.app.ops.run(
            _roster_snapshot, self.app.ctx, on_done=lambda snapshot: self._show(snapshot, select)
        )

    def _show(self, snapshot: dict, select: int | None) -> None:
        selected = self.current_delegate()
        self.agencies = snapshot["agencies"]
        self.counts, self.sides = snapshot["counts"], snapshot["sides"]
        scope = self.tree.currentIndex().data(SCOPE_ROLE) if self.tree.currentIndex().isValid() else None
        self.tree_model.set_agencies(self.agencies, snapshot["counts"], snapshot["sides"])
        self.tree.expandAll()
        wanted, self._select_agency_after = self._select_agency_after, None
        if wanted is None or not self._select_agency(wanted):
            self._select_scope(scope)
        self._update_agency_buttons()
        self.model.set_delegates(snapshot["delegates"], snapshot["search"], snapshot["name_keys"])
        self.columns.fit_once()
        active = snapshot["active"]
        self.subtitle.setText(
            self.tr("{0} active delegates of {1} agencies; {2} inactive kept with their history.").format(
                active, len(self.agencies), self.model.rowCount() - active
            )
        )
        if select is not None:
            self.select_delegate(select)
        elif selected is not None:
            self.select_delegate(selected.id)
        self._delegate_chosen()
        self.undo_action.setEnabled(self.app.ctx.can("admin") and snapshot["last_import"] is not None)
        self.import_action.setEnabled(self.app.ctx.can("admin"))

    def _select_scope(self, scope) -> None:
        model = self.tree_model
        for row in range(model.rowCount()):
            stack = [model.index(row, 0)]
            while stack:
                index = stack.pop()
                if index.data(SCOPE_ROLE) == scope:
                    self.tree.setCurrentIndex(index)
                    return
                stack.extend(model.index(r, 0, index) for r in range(model.rowCount(index)))
        self.tree.setCurrentIndex(model.index(0, 0))

    def _agency_chosen(self, current, _previous) -> None:
        self.proxy.set_agencies(current.data(SCOPE_ROLE) if current.isValid() else None)
        self._update_agency_buttons()

    def _apply_search(self) -> None:
        self.proxy.set_search(self.search.text())

    # -- selection -----------------------------------------------------------------------------------
    def current_delegate(self):
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return self.model.record(self.proxy.mapToSource(index).row())

    def select_delegate(self, delegate_id: int) -> bool:
        row = self.model.row_of(delegate_id)
        if row is None:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            return False
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
        return True

    def _delegate_chosen(self, *_args) -> None:
        d = self.current_delegate()
        if d is None:
            self.history_title.setText(self.tr("History"))
            self.history_model.set_rows([])
        else:
            self.history_title.setText(self.tr("History of {0}").format(d.display_name))
            self.app.ops.run(
                delegate_history,
                self.app.ctx,
                d.id,
                on_done=lambda rows, shown=d.id: self._show_history(shown, rows),
            )
        self._update_buttons()

    def _show_history(self, delegate_id: int, rows) -> None:
        d = self.current_delegate()
        if d is not None and d.id == delegate_id:  # the user may have moved on while it loaded
            self.history_model.set_rows(rows)

    def _update_agency_buttons(self) -> None:
        """Agencies are changed by admins; the others see why the buttons are off."""
        admin = self.app.ctx.can("admin")
        agency = self.current_agency()
        reason = "" if admin else self.tr("Only an admin can change agencies.")
        for button in (
            self.add_agency_button,
            self.edit_agency_button,
            self.toggle_agency_button,
            self.merge_agency_button,
        ):
            button.setToolTip(reason)
        self.add_agency_button.setEnabled(admin)
        self.edit_agency_button.setEnabled(admin and agency is not None)
        self.toggle_agency_button.setEnabled(admin and agency is not None)
        self.merge_agency_button.setEnabled(admin and agency is not None and agency.active)
        if agency is not None and not agency.active:
            self.toggle_agency_button.setText(self.tr("Reactivate"))
            self.toggle_agency_button.setIcon(icon("roster-reactivate"))
        else:
            self.toggle_agency_button.setText(self.tr("Deactivate"))
            self.toggle_agency_button.setIcon(icon("roster-deactivate"))
        self.toggle_agency_button.setAccessibleName(
            self.tr("Reactivate agency")
            if agency is not None and not agency.active
            else self.tr("Deactivate agency")
        )

    def _update_buttons(self) -> None:
        d = self.current_delegate()
        can_edit = self.app.ctx.can("secretariat")
        self.add_button.setEnabled(can_edit)
        self.edit_button.setEnabled(can_edit and d is not None)
        self.toggle_button.setEnabled(can_edit and d is not None)
        if d is not None and not d.active:
            self.toggle_button.setText(self.tr("Reactivate"))
            self.toggle_button.setIcon(icon("roster-reactivate"))
        else:
            self.toggle_button.setText(self.tr("Deactivate"))
            self.toggle_button.setIcon(icon("roster-deactivate"))

    # -- agencies (admins) ---------------------------------------------------------------------------
    def current_agency(self):
        """The agency chosen in the tree (None for a side or "All delegates")."""
        index = self.tree.currentIndex()
        return index.data(AGENCY_ROLE) if index.isValid() else None

    def _current_side(self) -> str | None:
        """The side of the node chosen in the tree: a new agency belongs to it."""
        index = self.tree.currentIndex()
        while index.isValid() and index.parent().isValid():
            index = index.parent()
        scope = index.data(SCOPE_ROLE) if index.isValid() else None
        if not scope:
            return None
        return next((a.side_code for a in self.agencies if a.id in scope), None)

    def make_agency_editor(self, agency=None) -> AgencyEditor:
        chosen = self.current_agency()
        side = chosen.side_code if chosen is not None else self._current_side()
        return AgencyEditor(
            self.app,
            self.agencies,
            self.sides,
            agency,
            side=side,
            parent_id=chosen.id if chosen is not None and agency is None else None,
            parent=self,
        )

    def add_agency(self) -> None:
        editor = self.make_agency_editor()
        if editor.exec() and editor.saved:
            self._agency_changed(editor.saved.id)

    def edit_agency(self) -> None:
        agency = self.current_agency()
        if agency is None:
            return
        editor = self.make_agency_editor(agency)
        if editor.exec() and editor.saved:
            self._agency_changed(editor.saved.id)

    def toggle_agency(self) -> None:
        agency = self.current_agency()
        if agency is None:
            return
        if not agency.active:
            self.app.ops.run(
                reactivate_agency,
                self.app.ctx,
                agency_key(agency),
                on_done=lambda record: self._agency_changed(record.id),
                on_error=self._agency_refused,
                busy_widget=self.toggle_agency_button,
            )
            return
        people = self.counts.get(agency.id, (0, 0))[0]
        text = self.tr(
            "Deactivate {0}? It stays in the roster with its history and can be reactivated later."
        ).format(agency_key(agency))
        if people:
            text += " " + self.tr("Its {0} active delegate(s) are deactivated with it.").format(people)
        if not confirm(self, self.tr("Deactivate agency?"), text, self.tr("Deactivate")):
            return
        self.app.ops.run(
            deactivate_agency,
            self.app.ctx,
            agency_key(agency),
            with_delegates=bool(people),
            on_done=lambda record: self._agency_changed(record.id),
            on_error=self._agency_refused,
            busy_widget=self.toggle_agency_button,
        )

    def merge_agency(self) -> None:
        agency = self.current_agency()
        if agency is None:
            return
        people = self.counts.get(agency.id, (0, 0))[1]
        dialog = MergeDialog(agency, self.agencies, people, self)
        if not dialog.exec() or dialog.chosen() is None:
            return
        target = dialog.chosen()
        text = self.tr(
            "Merge {0} into {1}? Its {2} delegate(s), its sub-agencies and every request, escalation, "
            "agenda and action item naming it move to {1}; {0} is deactivated."
        ).format(agency_key(agency), agency_key(target), people)
        if not confirm(self, self.tr("Merge agency?"), text, self.tr("Merge")):
            return
        self.app.ops.run(
            merge_agencies,
            self.app.ctx,
            agency_key(agency),
            agency_key(target),
            on_done=self._merged,
            on_error=self._agency_refused,
            busy_widget=self.merge_agency_button,
        )

    def _merged(self, result) -> None:
        self.last_merge = result
        said = self.tr("{0} merged into {1}: {2} delegate(s) and {3} other reference(s) moved.").format(
            result.merged.acronym, result.into.acronym, result.delegates, sum(result.references.values())
        )
        self._agency_changed(result.into.id)
        # After the refresh just started (calls deliver in order), which writes the subtitle anew.
        self.app.ops.after_calls(lambda: self.subtitle.setText(said))

    def _agency_refused(self, _exc: BaseException) -> bool:
        self.refresh()  # show what is stored now; the error itself takes the one error path
        return False

    def _agency_changed(self, agency_id: int) -> None:
        self._select_agency_after = agency_id
        self.app.changed("agency", "delegate")
        self.refresh()

    def _select_agency(self, agency_id: int) -> bool:
        model = self.tree_model
        stack = [model.index(row, 0) for row in range(model.rowCount())]
        while stack:
            index = stack.pop()
            agency = index.data(AGENCY_ROLE)
            if agency is not None and agency.id == agency_id:
                self.tree.setCurrentIndex(index)
                return True
            stack.extend(model.index(r, 0, index) for r in range(model.rowCount(index)))
        return False

    # -- actions -------------------------------------------------------------------------------------
    def _scope_agency_id(self) -> int | None:
        """The agency chosen in the tree, which a new delegate belongs to by default."""
        agency = self.tree.currentIndex().data(AGENCY_ROLE) if self.tree.currentIndex().isValid() else None
        return agency.id if agency is not None else None

    def make_editor(self, delegate=None) -> DelegateEditor:
        return DelegateEditor(self.app, self.agencies, delegate, self._scope_agency_id(), self)

    def add_delegate(self) -> None:
        editor = self.make_editor()
        if editor.exec() and editor.saved:
            self._after_change(editor.saved.id)

    def edit_delegate(self, *_args) -> None:
        d = self.current_delegate()
        if d is None:
            return
        editor = self.make_editor(d)
        if editor.exec() and editor.saved:
            self._after_change(editor.saved.id)

    def toggle_active(self) -> None:
        d = self.current_delegate()
        if d is None:
            return
        if d.active and not self.confirm(
            self.tr("Deactivate delegate?"),
            self.tr(
                "Deactivate {0}, {1}? They stay in the roster with their history, but can no longer be "
                "put on a meeting's delegation. They can be reactivated later."
            ).format(d.display_name, self._agency_name(d.agency_id)),
            self.tr("Deactivate"),
        ):
            return

        def refused(_exc) -> bool:
            self.refresh()  # show what is stored now; the error itself takes the one error path
            return False

        self.app.ops.run(
            set_delegate_active,
            self.app.ctx,
            d.id,
            not d.active,
            expected_version=d.version,
            on_done=lambda _result: self._after_change(d.id),
            on_error=refused,
            busy_widget=self.toggle_button,
        )

    def _after_change(self, delegate_id: int | None = None) -> None:
        self.app.changed("delegate")
        self.refresh(select=delegate_id)

    def _agency_name(self, agency_id: int) -> str:
        agency = next((a for a in self.agencies if a.id == agency_id), None)
        return f"{agency.side_code} · {agency.acronym}" if agency else ""

    def confirm(self, title: str, text: str, action: str) -> bool:
        """Ask before a far-reaching change; the button that goes ahead says what it does."""
        box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.Cancel, self)
        box.setObjectName("rosterConfirm")
        yes = box.addButton(action, QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(yes)
        box.exec()
        answer = box.clickedButton() is yes
        box.deleteLater()
        return answer

    def undo_import(self) -> None:
        self.app.ops.run(last_import, self.app.ctx, on_done=self._confirm_undo)

    def _confirm_undo(self, record) -> None:
        if record is None:
            return
        text = self.tr(
            "Undo the import of {0} ({1} new, {2} changed, {3} deactivated)? Delegates it added are "
            "removed and the others get their earlier values back."
        ).format(record.file_name, record.created, record.updated, record.deactivated)
        if not self.confirm(self.tr("Undo last import"), text, self.tr("Undo the import")):
            return
        self.undo_action.setEnabled(False)
        self.app.tasks.run(
            self.tr("Undoing the import of {0}").format(record.file_name),
            self._undo_task,
            on_done=self._undone,
            on_error=self._undo_failed,
        )

    def _undo_task(self, progress):
        return undo_last_import(self.app.ctx)

    def _undone(self, result) -> None:
        self.last_undo = result
        self._after_change()

    def _undo_failed(self, exc) -> None:
        self.app.report_error(exc)
        self.refresh()

    def choose_export(self) -> None:
        path, _ = get_save_file_name(
            self,
            self.app.settings,
            "roster-export",
            self.tr("Export roster"),
            "roster.xlsx",
            self.tr("Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)"),
        )
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> None:
        include = self.show_inactive.isChecked()
        self.app.tasks.run(
            self.tr("Exporting the roster"),
            lambda progress: export_roster(self.app.ctx, path, include_inactive=include),
            on_done=self._exported,
        )

    def _exported(self, count: int) -> None:
        self.last_export_count = count

    def open_import_wizard(self) -> None:
        from .import_wizard import ImportWizard

        wizard = ImportWizard(self.app, self)
        wizard.finished.connect(self._wizard_closed)
        wizard.open()
        self.wizard = wizard

    def _wizard_closed(self, _result) -> None:
        if getattr(self.wizard, "applied", None) is not None:
            self._after_change()
