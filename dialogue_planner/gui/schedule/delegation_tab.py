"""The Delegation tab of the meeting editor: who attends, in which role, and who stands in for whom."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from dialogue_planner.domain.briefing import DelegationMemberRecord
from dialogue_planner.gui.kit.choice_model import ChoiceModel
from dialogue_planner.gui.kit.confirm import confirm
from dialogue_planner.gui.kit.looks import give_look
from dialogue_planner.gui.kit.sort_header import sortable
from dialogue_planner.gui.kit.widgets import EmptyText
from dialogue_planner.services.delegation import add_member, list_members, remove_member, update_member
from dialogue_planner.services.roster import list_delegates

from .delegation_model import SORT_ROLE, DelegationModel, role_label

ROLES = ("co-chair", "head", "member", "expert", "interpreter", "note-taker")


class DelegationTab(QWidget):
    """Shows and edits one meeting's delegation; ``set_meeting(number)`` switches meetings."""

    def __init__(self, app, meeting: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("delegationTab")
        self.app = app
        self.meeting: int | None = None
        self.model = DelegationModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)

        layout = QVBoxLayout(self)
        note = QLabel(
            self.tr("Changes to the delegation are saved at once, apart from the meeting's own Save.")
        )
        give_look(note, "muted")
        note.setWordWrap(True)
        layout.addWidget(note)
        self.summary = QLabel()
        give_look(self.summary, "muted")
        layout.addWidget(self.summary)
        self.table = QTableView()
        EmptyText(self.table)
        self.table.setModel(self.proxy)
        sortable(self.table, (7, Qt.SortOrder.AscendingOrder))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        layout.addWidget(self.table, 1)

        add_box = QGroupBox(self.tr("Add a delegate"))
        add_row = QHBoxLayout(add_box)
        self.delegate_combo = QComboBox()
        # The roster's thousands of delegates as one model, not an item each (QComboBox.addItem).
        self.delegate_choices = ChoiceModel(self)
        self.delegate_combo.setModel(self.delegate_choices)
        self.delegate_combo.setEditable(True)
        self.delegate_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.delegate_combo.setMinimumWidth(320)
        self.delegate_combo.lineEdit().setPlaceholderText(self.tr("Type a name, email or id"))
        self.add_role = self._role_combo()
        self.add_button = QPushButton(self.tr("Add"))
        self.add_button.clicked.connect(self.add_selected_delegate)
        add_row.addWidget(self.delegate_combo, 1)
        add_row.addWidget(self.add_role)
        add_row.addWidget(self.add_button)
        layout.addWidget(add_box)

        edit_box = QGroupBox(self.tr("Selected member"))
        form = QFormLayout(edit_box)
        self.edit_role = self._role_combo()
        self.attendance = QComboBox()
        self.attendance.addItem(self.tr("Not recorded"), None)
        self.attendance.addItem(self.tr("Attended"), True)
        self.attendance.addItem(self.tr("Absent"), False)
        self.stand_in = QComboBox()
        self.stand_in_choices = ChoiceModel(self)
        self.stand_in.setModel(self.stand_in_choices)
        buttons = QHBoxLayout()
        self.apply_button = QPushButton(self.tr("Apply changes"))
        self.apply_button.clicked.connect(self.apply_changes)
        self.remove_button = QPushButton(self.tr("Remove from delegation"))
        self.remove_button.clicked.connect(self.remove_selected)
        buttons.addWidget(self.apply_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        form.addRow(self.tr("Role"), self.edit_role)
        form.addRow(self.tr("Attendance"), self.attendance)
        form.addRow(self.tr("Represented by"), self.stand_in)
        form.addRow(buttons)
        self.edit_box = edit_box
        layout.addWidget(edit_box)
        self._delegates = []
        self.set_meeting(meeting)

    @staticmethod
    def tab_title() -> str:
        return QCoreApplication.translate("DelegationTab", "Delegation")

    def _role_combo(self) -> QComboBox:
        combo = QComboBox()
        for role in ROLES:
            combo.addItem(role_label(role), role)
        combo.setCurrentIndex(ROLES.index("member"))
        return combo

    # -- loading ---------------------------------------------------------------------------------------
    def set_meeting(self, number: int | None) -> None:
        self.meeting = number
        self.refresh()

    def refresh(self) -> None:
        """The delegation and the delegates who may join it, fetched off the GUI thread."""
        ctx, meeting = self.app.ctx, self.meeting

        def fetch():
            members = list_members(ctx, meeting) if meeting is not None else []
            delegates = list_delegates(ctx, include_inactive=False)
            present = {m.delegate_id for m in members}
            # The "Add a delegate" choices, made here: 7,000 lines took the GUI thread 40 ms.
            choices = [
                (f"{d.display_name} · {d.side_code} {d.agency_acronym}", d.key)
                for d in delegates
                if d.id not in present
            ]
            return members, delegates, choices

        self.app.ops.run(fetch, on_done=self._show)

    def _show(self, fetched) -> None:
        members, delegates, choices = fetched
        self.model.set_rows(members)
        sides: dict[str, int] = {}
        for m in members:
            sides[m.side_code] = sides.get(m.side_code, 0) + 1
        self.summary.setText(
            self.tr("Save the meeting first, then name its delegation here.")
            if self.meeting is None
            else self.tr("No delegates named yet.")
            if not members
            else "  ·  ".join(
                self.tr("{0}: {1} delegates").format(side, n) for side, n in sorted(sides.items())
            )
        )
        self._load_delegates(delegates, choices)
        self._set_editing(None)

    def _load_delegates(self, delegates, choices: list[tuple[str, str]]) -> None:
        """The delegates who may join (``choices``: text and key of each, the members left out)."""
        self._delegates = delegates
        self.delegate_choices.set_choices(choices)
        self.delegate_combo.setCurrentIndex(-1)
        self.add_button.setEnabled(self.meeting is not None)
        self.delegate_combo.setEnabled(self.meeting is not None)

    # -- selection and editing ---------------------------------------------------------------------------
    def selected(self) -> DelegationMemberRecord | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.record(self.proxy.mapToSource(rows[0]).row())

    def _selection_changed(self, *_args) -> None:
        self._set_editing(self.selected())

    def _set_editing(self, member: DelegationMemberRecord | None) -> None:
        self.edit_box.setEnabled(member is not None)
        nobody = (self.tr("Nobody"), "")
        if member is None:
            self.stand_in_choices.set_choices([nobody])
            return
        self.edit_role.setCurrentIndex(max(0, self.edit_role.findData(member.role)))
        self.attendance.setCurrentIndex(max(0, self.attendance.findData(member.attended)))
        self.stand_in_choices.set_choices(
            [nobody]
            + [
                (d.display_name, d.key)
                for d in self._delegates
                if d.side_code == member.side_code and d.id != member.delegate_id
            ]
        )
        self.stand_in.setCurrentIndex(0)
        if member.represented_by_id:
            key = next((d.key for d in self._delegates if d.id == member.represented_by_id), None)
            index = self.stand_in.findData(key) if key is not None else -1
            if index > 0:
                self.stand_in.setCurrentIndex(index)

    def add_selected_delegate(self) -> None:
        if self.meeting is None:
            return
        key = self.delegate_combo.currentData()
        if key is None:
            text = self.delegate_combo.currentText().strip()
            index = self.delegate_combo.findText(text, Qt.MatchFlag.MatchContains)
            key = self.delegate_combo.itemData(index) if index >= 0 else text
        self.app.ops.run(
            add_member,
            self.app.ctx,
            meeting=self.meeting,
            delegate=key,
            role=self.add_role.currentData(),
            on_done=self._changed,
            busy_widget=self.add_button,
        )

    def _changed(self, _result=None) -> None:
        self.app.changed("delegation_member")
        self.refresh()

    def apply_changes(self) -> None:
        member = self.selected()
        if member is None:
            return
        stand_in = self.stand_in.currentData() or None
        attended = self.attendance.currentData()
        self.app.ops.run(
            update_member,
            self.app.ctx,
            member.id,
            expected_version=member.version,
            role=self.edit_role.currentData(),
            attended=attended,
            represented_by=stand_in,
            on_done=self._changed,
        )

    def remove_selected(self) -> None:
        """Ask first: the delegate leaves the meeting's delegation (and its briefing pack) at once."""
        member = self.selected()
        if member is None:
            return
        if not confirm(
            self,
            self.tr("Remove from delegation"),
            self.tr(
                "Remove {0} ({1} {2}) from the delegation of meeting {3}? The change is saved at "
                "once and the briefing pack no longer lists them."
            ).format(member.name, member.side_code, member.agency_acronym, member.meeting_number),
            self.tr("Remove"),
        ):
            return
        self.app.ops.run(
            remove_member, self.app.ctx, member.id, expected_version=member.version, on_done=self._changed
        )
