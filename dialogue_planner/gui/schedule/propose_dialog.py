"""Propose dates: candidates for the next windows with their reasons; one click creates the meeting."""

from __future__ import annotations

from datetime import date
from html import escape

from PySide6.QtCore import QItemSelection, QSortFilterProxyModel, Qt, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from dialogue_planner.domain.errors import DialogueError
from dialogue_planner.domain.proposals import POSITIONS, Proposal, ProposalSettings
from dialogue_planner.gui.kit.qt_dates import from_qdate, to_qdate
from dialogue_planner.gui.kit.widgets import EmptyText
from dialogue_planner.services.meetings import add_meeting
from dialogue_planner.services.schedule import current_dialogue, propose_dates, update_schedule_settings

from .proposal_model import SORT_ROLE, ProposalTableModel
from .words import ordinal_label, word


class ProposeDialog(QDialog):
    def __init__(self, app, parent: QWidget | None = None, *, from_date: date | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("proposeDialog")
        self.setWindowTitle(self.tr("Propose dates"))
        self.app = app
        self.created = []
        self.cities: dict[str, str] = {}
        layout = QVBoxLayout(self)

        controls = QHBoxLayout()
        controls.addWidget(QLabel(self.tr("From")))
        self.from_edit = QDateEdit()
        self.from_edit.setAccessibleName(self.tr("From"))
        self.from_edit.setCalendarPopup(True)
        self.from_edit.setDisplayFormat("yyyy-MM-dd")
        self.from_edit.setDate(to_qdate(from_date or date.today()))
        controls.addWidget(self.from_edit)
        controls.addWidget(QLabel(self.tr("Windows")))
        self.count_spin = QSpinBox()
        self.count_spin.setAccessibleName(self.tr("Windows"))
        self.count_spin.setRange(1, 40)
        self.count_spin.setValue(4)
        controls.addWidget(self.count_spin)
        self.propose_button = QPushButton(self.tr("Propose"))
        self.propose_button.clicked.connect(self.propose)
        controls.addWidget(self.propose_button)
        controls.addStretch(1)
        layout.addLayout(controls)

        preferences = QHBoxLayout()
        self.dialogue = None  # its scheduling defaults fill the preferences once loaded
        self.travel_spin = self._spin(0, 14, 0)
        self.spacing_spin = self._spin(0, 365, 0)
        self.length_spin = self._spin(1, 14, 1)
        self.position_combo = QComboBox()
        for position in POSITIONS:
            self.position_combo.addItem(word(position), position)
        for label, widget in (
            (self.tr("Travel days"), self.travel_spin),
            (self.tr("Minimum spacing (days)"), self.spacing_spin),
            (self.tr("Preferred position"), self.position_combo),
            (self.tr("Length (days)"), self.length_spin),
        ):
            preferences.addWidget(QLabel(label))
            widget.setAccessibleName(label)
            preferences.addWidget(widget)
        self.save_settings_button = QPushButton(self.tr("Save as defaults"))
        self.save_settings_button.clicked.connect(self.save_settings)
        preferences.addWidget(self.save_settings_button)
        preferences.addStretch(1)
        layout.addLayout(preferences)

        splitter = QSplitter(Qt.Orientation.Vertical)
        self.model = ProposalTableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Proposals"))
        EmptyText(self.table)
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        splitter.addWidget(self.table)
        self.reasons = QTextBrowser()
        self.reasons.setAccessibleName(self.tr("Why this date"))
        self.reasons.setObjectName("proposalReasons")
        splitter.addWidget(self.reasons)
        splitter.setSizes([220, 200])
        layout.addWidget(splitter, 1)

        create = QFormLayout()
        self.date_combo = QComboBox()
        create.addRow(self.tr("Date to use"), self.date_combo)
        self.city_edit = QLineEdit()
        create.addRow(self.tr("City"), self.city_edit)
        layout.addLayout(create)
        self.message = QLabel()
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        buttons = QDialogButtonBox()
        self.create_button = buttons.addButton(
            self.tr("Create meeting"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.create_button.clicked.connect(self.create_meeting)
        self.create_button.setEnabled(False)
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(880, 560)  # fits 1366×768 at 125 % (1093×614) with room for the title bar
        self.app.ops.run(current_dialogue, app.ctx, on_done=self._dialogue_loaded)

    def _dialogue_loaded(self, dialogue) -> None:
        """The dialogue's scheduling defaults as the preferences, then the first proposals."""
        self.dialogue = dialogue
        self.travel_spin.setValue(dialogue.travel_days)
        self.spacing_spin.setValue(dialogue.min_spacing_days)
        self.length_spin.setValue(dialogue.meeting_length_days)
        self.position_combo.setCurrentIndex(max(self.position_combo.findData(dialogue.preferred_position), 0))
        self.propose()

    def _spin(self, low: int, high: int, value: int) -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(low, high)
        spin.setValue(value)
        return spin

    def settings(self) -> ProposalSettings:
        return ProposalSettings(
            travel_days=self.travel_spin.value(),
            min_spacing_days=self.spacing_spin.value(),
            preferred_position=self.position_combo.currentData(),
            meeting_length_days=self.length_spin.value(),
        )

    @Slot()
    def save_settings(self) -> None:
        """Keep the preferences on screen as the dialogue's defaults for every later proposal."""
        wanted = self.settings()

        def saved(dialogue) -> None:
            self.dialogue = dialogue
            self.app.changed("dialogue")
            self._say(self.tr("Saved as the dialogue's scheduling defaults."))

        self.app.ops.run(
            update_schedule_settings,
            self.app.ctx,
            travel_days=wanted.travel_days,
            min_spacing_days=wanted.min_spacing_days,
            preferred_position=wanted.preferred_position,
            meeting_length_days=wanted.meeting_length_days,
            expected_version=self.dialogue.version,
            on_done=saved,
            on_error=self._refused,
            busy_widget=self.save_settings_button,
        )

    def _refused(self, exc: BaseException) -> bool:
        """A refusal is said in the dialog; a bug goes to the one error path."""
        if not isinstance(exc, DialogueError):
            return False
        self._say(exc.message, error=True)
        return True

    def selected(self) -> Proposal | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.record(self.proxy.mapToSource(rows[0]).row())

    @Slot()
    def propose(self) -> None:
        self.app.ops.run(
            propose_dates,
            self.app.ctx,
            from_date=from_qdate(self.from_edit.date()),
            count=self.count_spin.value(),
            settings=self.settings(),
            on_done=self._proposed,
            on_error=self._refused,
            busy_widget=self.propose_button,
        )

    def _proposed(self, plan) -> None:
        self.cities = plan.host_cities
        self.model.set_rows(list(plan.proposals))
        if self.model.rowCount():
            self.table.selectRow(0)
        else:
            self._show(None)

    @Slot(QItemSelection, QItemSelection)
    def _selection_changed(self, *_args) -> None:
        self._show(self.selected())

    def _show(self, proposal: Proposal | None) -> None:
        self.date_combo.clear()
        if proposal is None:
            self.reasons.clear()
            self.create_button.setEnabled(False)
            return
        items = "".join(f"<li>{escape(reason)}</li>" for reason in proposal.reasons)
        title = self.tr("{0}: host {1}").format(proposal.window.label, proposal.host)
        self.reasons.setHtml(f"<b>{escape(title)}</b><ul>{items}</ul>")
        if proposal.start is not None:
            self.date_combo.addItem(
                self.tr("{0} (proposed)").format(proposal.start.isoformat()), proposal.start
            )
            for alternate in proposal.alternates:
                self.date_combo.addItem(self.tr("{0} (alternate)").format(alternate.isoformat()), alternate)
        self.city_edit.setText(self.cities.get(proposal.host, ""))
        self.create_button.setEnabled(proposal.start is not None)

    @Slot()
    def create_meeting(self) -> None:
        proposal = self.selected()
        day = self.date_combo.currentData()
        if proposal is None or day is None:
            return
        length = (proposal.end - proposal.start) if proposal.end and proposal.start else None
        self.app.ops.run(
            add_meeting,
            self.app.ctx,
            start=day,
            end=day + length if length else None,
            host=proposal.host,
            city=self.city_edit.text(),
            on_done=self._created,
            on_error=self._refused,
            busy_widget=self.create_button,
        )

    def _created(self, meeting) -> None:
        self.created.append(meeting)
        self.app.changed("meeting")
        self.propose()
        self._say(
            self.tr("Created the {0}: {1} in {2} ({3}).").format(
                ordinal_label(meeting.number), meeting.start.isoformat(), meeting.city, meeting.host
            )
        )

    def _say(self, text: str, *, error: bool = False) -> None:
        self.message.setStyleSheet("color: #c92a2a;" if error else "color: #2b8a3e;")
        self.message.setText(text)
