"""The right-hand pane of the Agenda page: one item's carry-over history, briefing note and outcome edited
in place, status changes, moving or copying it, and its action items."""

from __future__ import annotations

from datetime import date, time
from functools import partial
from html import escape

from PySide6.QtCore import Qt, QTime, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from dialogue_planner.domain.agenda import SETTLED_STATUSES, UNSETTLED_STATUSES, AgendaItemRecord
from dialogue_planner.gui.kit.bilingual import BilingualTexts, TextRow
from dialogue_planner.gui.kit.choice_model import ChoiceModel
from dialogue_planner.gui.kit.confirm import ReasonDialog
from dialogue_planner.gui.kit.documents_panel import DocumentsPanel
from dialogue_planner.gui.kit.editor_conflicts import save_in_background
from dialogue_planner.gui.kit.icons import icon
from dialogue_planner.gui.kit.looks import give_look
from dialogue_planner.gui.kit.scroll import FittingScrollArea
from dialogue_planner.gui.kit.widgets import EmptyText
from dialogue_planner.gui.kit.words import word
from dialogue_planner.services import agenda as service
from dialogue_planner.services.roster import list_delegates
from dialogue_planner.services.running_order import running_order, set_item_slot

from .action_model import COL as ACTION_COL
from .action_model import ActionItemModel
from .item_model import chinese_interface
from .status_delegate import StatusDelegate

MAX_SLOT_MINUTES = 24 * 60


TEXT_KEYS = ("title", "title_zh", "briefing_note", "briefing_note_zh", "outcome", "outcome_zh")


def delegate_lookup_key(delegate) -> str:
    """The key the services find a delegate by: external id, else email, else id."""
    return delegate.external_id or delegate.email or str(delegate.id)


def _slot_of(ctx, meeting_number: int, item_id: int):
    """The item's lead and slot as the running order holds them (None when it is not on the agenda)."""
    return next((e for e in running_order(ctx, meeting_number) if e.item_id == item_id), None)


def _lead_choices(ctx, line: str) -> tuple[list, list[tuple[str, int, bool]]]:
    """The delegates, and the lead speaker's choices made from them (text, id, active), sorted by family
    then given name: made here, off the GUI thread (8,000 delegates took it 35 ms)."""
    delegates = list_delegates(ctx)
    ordered = sorted(delegates, key=lambda d: (d.family_name.casefold(), d.given_name.casefold()))
    return delegates, [
        (line.format(d.display_name, d.side_code, d.agency_acronym), d.id, d.active) for d in ordered
    ]


# Height of the item's title, owner and history: a long title scrolls there instead of pushing the
# buttons below it down, so they stay where the hand expects them.
HEADER_HEIGHT = 104


class ItemEditor(QWidget):
    """Emits ``changed(meeting_number_to_show)`` after anything was saved (None: stay on this meeting)."""

    changed = Signal(object)

    def __init__(self, app, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("agendaItemEditor")
        self.app = app
        self.item: AgendaItemRecord | None = None
        self.open_meetings: list[tuple[int, str]] = []
        self.exec_conflict_dialog = None  # runs the conflict dialog; None: exec() (tests pick a choice)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 0, 0, 0)
        self.heading = QLabel()
        give_look(self.heading, "cardHeading")
        self.heading.setWordWrap(True)
        self.meta = QLabel()
        give_look(self.meta, "muted")
        self.meta.setWordWrap(True)
        self.history = QLabel()
        self.history.setObjectName("carryHistory")
        self.history.setTextFormat(Qt.TextFormat.RichText)
        self.history.setWordWrap(True)
        header = QWidget()
        header_layout = QVBoxLayout(header)
        header_layout.setContentsMargins(0, 0, 4, 0)
        for w in (self.heading, self.meta, self.history):
            w.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            header_layout.addWidget(w)
        header_layout.addStretch(1)
        self.header = FittingScrollArea(header)
        self.header.setObjectName("agendaItemHeader")
        self.header.setAccessibleName(self.tr("Heading of the item"))
        self.header.setFixedHeight(HEADER_HEIGHT)
        layout.addWidget(self.header)

        # The printed texts, English and Chinese side by side, each with its completeness mark.
        self.texts = BilingualTexts(
            (
                TextRow("title", self.tr("Title")),
                TextRow("briefing_note", self.tr("Briefing note"), multiline=True),
                TextRow("outcome", self.tr("Outcome"), multiline=True),
            )
        )
        self.texts.setObjectName("agendaItemTexts")
        for key, edit in self.texts.edits.items():
            edit.setObjectName(f"item-{key}")
            if isinstance(edit, QPlainTextEdit):
                edit.setMinimumHeight(40)
                edit.setFixedHeight(46)
        self.note = self.texts.edits["briefing_note"]
        self.outcome = self.texts.edits["outcome"]
        self.save_button = QPushButton(self.tr("Save texts"))
        self.save_button.setObjectName("saveItemTexts")
        self.save_button.setToolTip(
            self.tr("Save the title, briefing note and outcome, in English and Chinese")
        )
        self.save_button.clicked.connect(self.save_texts)
        layout.addWidget(self.texts)
        row = QHBoxLayout()  # below the texts it saves
        row.addStretch(1)
        row.addWidget(self.save_button)
        layout.addLayout(row)

        layout.addLayout(self._build_slot())

        row = QHBoxLayout()
        self.discussed_button = QPushButton(self.tr("Discussed"))
        self.discussed_button.clicked.connect(self.mark_discussed)
        self.resolve_button = QPushButton(icon("agenda-resolve"), self.tr("Resolve"))
        self.resolve_button.setToolTip(self.tr("Resolve with the outcome written above"))
        self.resolve_button.clicked.connect(self.resolve)
        self.withdraw_button = QPushButton(icon("agenda-withdraw"), self.tr("Withdraw…"))
        self.withdraw_button.clicked.connect(self.withdraw)
        self.reopen_button = QPushButton(self.tr("Reopen"))
        self.reopen_button.clicked.connect(self.reopen)
        for b in (self.discussed_button, self.resolve_button, self.withdraw_button, self.reopen_button):
            row.addWidget(b)
        row.addStretch(1)
        layout.addLayout(row)
        self.notice = QLabel()
        self.notice.setObjectName("conflictNotice")
        self.notice.setStyleSheet("color: #c92a2a;")
        self.notice.setWordWrap(True)
        self.notice.hide()
        layout.addWidget(self.notice)

        row = QHBoxLayout()
        self.target = QComboBox()
        self.target.setAccessibleName(self.tr("Meeting to move or copy the item to"))
        self.target.setObjectName("moveTarget")
        self.target.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.target.setMinimumContentsLength(8)
        self.move_button = QPushButton(icon("agenda-move"), self.tr("Move"))
        self.move_button.clicked.connect(self.move)
        self.copy_button = QPushButton(icon("agenda-copy"), self.tr("Copy"))
        self.copy_button.clicked.connect(self.copy)
        row.addWidget(QLabel(self.tr("To meeting")))
        row.addWidget(self.target, 1)
        row.addWidget(self.move_button)
        row.addWidget(self.copy_button)
        layout.addLayout(row)

        layout.addWidget(QLabel(self.tr("Action items")))
        self.actions = ActionItemModel(self)
        self.actions.edit_requested.connect(self._edit_action)
        self.action_table = QTableView()
        self.action_table.setAccessibleName(self.tr("Action items"))
        EmptyText(self.action_table)
        self.action_table.setObjectName("actionTable")
        self.action_table.setModel(self.actions)
        self.action_table.verticalHeader().hide()
        self.action_table.setItemDelegateForColumn(ACTION_COL["status"], StatusDelegate(self.action_table))
        self.action_table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        header = self.action_table.horizontalHeader()
        header.setSectionResizeMode(ACTION_COL["description"], QHeaderView.ResizeMode.Stretch)
        for column, width in ((ACTION_COL["owner"], 90), (ACTION_COL["due"], 90), (ACTION_COL["status"], 80)):
            header.resizeSection(column, width)
        self.action_table.setMinimumHeight(60)  # room for the lead speaker and slot on a 700-pixel screen
        layout.addWidget(self.action_table, 1)
        row = QHBoxLayout()
        self.new_action = QLineEdit()
        self.new_action.setAccessibleName(self.tr("New action item"))
        self.new_action.setPlaceholderText(self.tr("New action item…"))
        self.new_action.returnPressed.connect(self.add_action)
        self.add_action_button = QPushButton(icon("agenda-add"), self.tr("Add"))
        self.add_action_button.clicked.connect(self.add_action)
        row.addWidget(self.new_action, 1)
        row.addWidget(self.add_action_button)
        layout.addLayout(row)
        self.documents = DocumentsPanel(app, "item")
        layout.addWidget(self.documents)
        self.show_item(None)

    def _build_slot(self) -> QVBoxLayout:
        """The item's lead speaker and its time slot in the running order (day, start, minutes)."""
        block = QVBoxLayout()
        block.setSpacing(2)
        row = QHBoxLayout()
        lead_label = QLabel(self.tr("Lead speaker"))
        self.lead = QComboBox()
        self.lead_choices = ChoiceModel(self.lead)
        self.lead.setModel(self.lead_choices)
        self.lead.setObjectName("itemLead")
        self.lead.setAccessibleName(self.tr("Lead speaker"))
        self.lead.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.lead.setMinimumContentsLength(12)
        lead_label.setBuddy(self.lead)
        row.addWidget(lead_label)
        row.addWidget(self.lead, 1)
        block.addLayout(row)
        row = QHBoxLayout()
        self.timed = QCheckBox(self.tr("Time slot"))
        self.timed.setObjectName("itemTimed")
        self.timed.setToolTip(self.tr("Give the item a day, a start time and a length in the running order"))
        self.slot_day = QSpinBox()
        self.slot_day.setObjectName("itemSlotDay")
        self.slot_day.setAccessibleName(self.tr("Day of the meeting"))
        self.slot_day.setPrefix(self.tr("Day "))
        self.slot_day.setRange(1, 1)
        self.slot_start = QTimeEdit()
        self.slot_start.setObjectName("itemSlotStart")
        self.slot_start.setAccessibleName(self.tr("Start time (local)"))
        self.slot_start.setDisplayFormat("HH:mm")
        self.slot_minutes = QSpinBox()
        self.slot_minutes.setObjectName("itemSlotMinutes")
        self.slot_minutes.setAccessibleName(self.tr("Length in minutes"))
        self.slot_minutes.setRange(1, MAX_SLOT_MINUTES)
        self.slot_minutes.setSingleStep(5)
        self.slot_minutes.setSuffix(self.tr(" min"))
        self.timed.toggled.connect(self._timed_toggled)
        self.save_slot_button = QPushButton(self.tr("Save slot"))
        self.save_slot_button.setObjectName("saveItemSlot")
        self.save_slot_button.setToolTip(self.tr("Save the lead speaker and the time slot"))
        self.save_slot_button.clicked.connect(self.save_slot)
        for w in (self.timed, self.slot_day, self.slot_start, self.slot_minutes):
            row.addWidget(w)
        row.addStretch(1)
        row.addWidget(self.save_slot_button)
        block.addLayout(row)
        self.slot_entry = None  # the running order's entry of the item shown
        self.delegates: list = []
        self._delegates_loaded = False
        self._leads_shown = None  # what the lead speaker's list was filled from
        self._lead_lines: list[tuple[str, int, bool]] = []  # its lines, made with the delegates
        return block

    @Slot(bool)
    def _timed_toggled(self, on: bool) -> None:
        for w in (self.slot_day, self.slot_start, self.slot_minutes):
            w.setEnabled(on and self.item is not None)

    def _load_slot(self, item: AgendaItemRecord) -> None:
        """The delegates (once) and the item's lead and slot, off the GUI thread."""
        if not self._delegates_loaded:
            self._delegates_loaded = True
            self.app.ops.run(
                _lead_choices, self.app.ctx, self.tr("{0} — {1} {2}"), on_done=self._delegates_arrived
            )
        self.app.ops.run(
            _slot_of,
            self.app.ctx,
            item.meeting_number,
            item.id,
            on_done=lambda entry, shown=item.id: self._slot_arrived(shown, entry),
        )

    def _delegates_arrived(self, loaded) -> None:
        delegates, self._lead_lines = loaded
        self.delegates = list(delegates)
        self._leads_shown = None  # the list changed: fill it again
        self._fill_leads(self.slot_entry.lead_delegate_id if self.slot_entry else None)

    def _fill_leads(self, chosen: int | None) -> None:
        self.lead.blockSignals(True)
        # The active delegates, and the chosen one if inactive. Filled again only when that changes: on the
        # archive (8,000 delegates) filling it took about 100 ms of the GUI thread at every selection.
        inactive_chosen = next((d.id for d in self.delegates if d.id == chosen and not d.active), None)
        shown = (len(self.delegates), id(self.delegates), inactive_chosen)
        if shown != self._leads_shown:
            self._leads_shown = shown
            self.lead_choices.set_choices(
                [(self.tr("No lead speaker"), None)]
                + [(text, d_id) for text, d_id, active in self._lead_lines if active or d_id == chosen]
            )
        index = self.lead.findData(chosen) if chosen is not None else 0
        self.lead.setCurrentIndex(max(index, 0))
        self.lead.blockSignals(False)

    def _slot_arrived(self, item_id: int, entry) -> None:
        if self.item is None or self.item.id != item_id:
            return  # the user moved on while it loaded
        self.slot_entry = entry
        self._fill_leads(entry.lead_delegate_id if entry else None)
        timed = entry is not None and entry.start_time is not None
        self.timed.setChecked(timed)
        self.slot_day.setRange(1, 31)
        self.slot_day.setValue(entry.day if timed and entry.day else 1)
        start = entry.start_time if timed else None
        self.slot_start.setTime(QTime(start.hour, start.minute) if start else QTime(9, 30))
        self.slot_minutes.setValue(entry.minutes if timed and entry.minutes else 30)
        self._timed_toggled(timed)

    @Slot()
    def save_slot(self) -> None:
        """Save the lead speaker and the slot with set_item_slot; a refusal takes the one error path."""
        item, entry = self.item, self.slot_entry
        if item is None:
            return
        changes: dict = {}
        chosen = self.lead.currentData()
        if chosen != (entry.lead_delegate_id if entry else None):
            person = next((d for d in self.delegates if d.id == chosen), None)
            changes["lead"] = delegate_lookup_key(person) if person is not None else None
        was_timed = entry is not None and entry.start_time is not None
        if self.timed.isChecked():
            start = self.slot_start.time()
            slot = {
                "day": self.slot_day.value(),
                "start": time(start.hour(), start.minute()),
                "minutes": self.slot_minutes.value(),
            }
            if not was_timed or (entry.day, entry.start_time, entry.minutes) != (
                slot["day"],
                slot["start"],
                slot["minutes"],
            ):
                changes.update(slot)
        elif was_timed:
            changes["clear_slot"] = True
        if not changes:
            return

        def done(_entry) -> None:
            self.changed.emit(None)

        def refused(_exc: BaseException) -> bool:
            self._load_slot(item)  # show what is stored; the error takes the one error path
            return False

        self.app.ops.run(
            set_item_slot,
            self.app.ctx,
            item.id,
            expected_version=item.version,
            **changes,
            on_done=done,
            on_error=refused,
            busy_widget=self.save_slot_button,
        )

    # Showing ---------------------------------------------------------------------------------------
    def set_open_meetings(self, meetings: list[tuple[int, str]]) -> None:
        self.open_meetings = meetings
        self.target.clear()
        for number, label in meetings:
            self.target.addItem(label, number)

    def show_item(self, item: AgendaItemRecord | None) -> None:
        if item is None or self.item is None or item.id != self.item.id:
            self.notice.hide()
        self.item = item
        self.documents.set_record(None if item is None else item.id)
        editable = item is not None
        for w in (
            self.texts,
            self.save_button,
            self.new_action,
            self.add_action_button,
            self.action_table,
            self.copy_button,
            self.target,
            self.lead,
            self.timed,
            self.save_slot_button,
        ):
            w.setEnabled(editable)
        self._timed_toggled(self.timed.isChecked())
        if item is None:
            self.slot_entry = None
            self.heading.setText(self.tr("No item selected"))
            self.meta.setText(self.tr("Choose an item of the agenda."))
            self.history.clear()
            self.header.fit()
            self.texts.set_values(dict.fromkeys(self.texts.edits, ""))
            self.actions.set_rows([])
            for b in (
                self.discussed_button,
                self.resolve_button,
                self.withdraw_button,
                self.reopen_button,
                self.move_button,
            ):
                b.setEnabled(False)
            return
        self.heading.setText(item.title_zh if chinese_interface() and item.title_zh else item.title)
        owner = f"{item.owner_side} {item.owner_agency}".strip() or self.tr("no owner")
        meta = self.tr("{0} · {1} · {2}").format(word(item.source), owner, word(item.status))
        if item.withdraw_reason:
            meta += " · " + self.tr("withdrawn: {0}").format(item.withdraw_reason)
        links = list(item.requests) + list(item.escalations)
        if links:
            meta += "\n" + self.tr("Linked: {0}").format(", ".join(links))
        self.meta.setText(meta)
        self.history.setText(self.history_html(item))
        self.texts.set_values({key: getattr(item, key) or "" for key in self.texts.edits})
        self.actions.set_rows(item.actions)
        self._load_slot(item)
        self.discussed_button.setEnabled(item.status == "open")
        self.resolve_button.setEnabled(item.status in UNSETTLED_STATUSES)
        self.withdraw_button.setEnabled(item.status in UNSETTLED_STATUSES)
        self.reopen_button.setEnabled(item.status in SETTLED_STATUSES)
        self.move_button.setEnabled(item.status in UNSETTLED_STATUSES)
        others = [i for i, (number, _label) in enumerate(self.open_meetings) if number != item.meeting_number]
        if others and self.target.currentData() == item.meeting_number:
            self.target.setCurrentIndex(others[0])
        self.header.fit()
        self.header.verticalScrollBar().setValue(0)

    def history_html(self, item: AgendaItemRecord) -> str:
        if not item.history:
            return self.tr("First raised at meeting {0}; not carried over.").format(
                item.first_raised_meeting_number
            )
        steps = [
            self.tr("meeting {0}: {1}").format(h.meeting_number, escape(word(h.status))) for h in item.history
        ]
        steps.append(self.tr("meeting {0}: now").format(item.meeting_number))
        return (
            self.tr("First raised at meeting {0}, carried over {1} time(s):").format(
                item.first_raised_meeting_number, item.times_carried
            )
            + "<br><span style='color:#52606d'>"
            + " → ".join(steps)
            + "</span>"
        )

    # Saving ----------------------------------------------------------------------------------------
    def _run(self, fn, *args, then=None, **kwargs) -> None:
        """``fn(ctx, *args)`` off the GUI thread; when it succeeded, ``then()`` and the page reloads."""

        def done(_result) -> None:
            if then is not None:
                then()
            self.changed.emit(None)

        self.app.ops.run(fn, self.app.ctx, *args, on_done=done, **kwargs)

    def _save_item(self, edits: dict) -> None:
        """Save ``edits`` (stored names) against the version shown. The page then reloads and keeps the
        selection."""
        item = self.item
        self._save_resolving(
            item,
            "agenda_item",
            edits,
            partial(self._save_values, item.id),
            what=self.tr("The agenda item “{0}”").format(item.title),
            labels=self.conflict_labels(),
            later=self.tr(
                "Not saved: someone else changed this item meanwhile. Your text is still here; save "
                "again to compare and choose."
            ),
        )

    def _save_resolving(
        self, record, entity: str, edits: dict, save, *, what: str, labels: dict, later: str
    ) -> None:
        """``save(edits, record.version)``; when someone saved first, show theirs beside mine and save what
        the user chooses; ``later`` says why nothing was saved when the user decides later."""

        def settled(outcome) -> None:
            if outcome.decided_later:
                self.notice.setText(later)
                self.notice.show()
                return
            self.notice.hide()
            self.changed.emit(None)

        save_in_background(
            self,
            self.app,
            record=record,
            entity=entity,
            edits=edits,
            attempt=lambda: save(edits, record.version),
            save=save,
            what=what,
            labels=labels,
            exec_dialog=self.exec_conflict_dialog,
            on_outcome=settled,
        )

    def _save_values(self, item_id: int, values: dict, expected_version: int | None) -> AgendaItemRecord:
        """One service call: a status change (with its outcome or reason), or the item's texts."""
        if "status" in values:
            return service.set_item_status(
                self.app.ctx,
                item_id,
                values["status"],
                outcome=values.get("outcome") or "",
                reason=values.get("withdraw_reason") or "",
                expected_version=expected_version,
                outcome_zh=values.get("outcome_zh") or "",
            )
        texts = {k: v for k, v in values.items() if k in TEXT_KEYS}
        return service.edit_item(self.app.ctx, item_id, expected_version=expected_version, **texts)

    def _text_edits(self, *names: str) -> dict:
        """The texts among ``names`` (each with its Chinese) that differ from the item's."""
        keys = [key for name in names for key in (name, f"{name}_zh")]
        texts = {key: self.texts.text(key).strip() for key in keys}
        return {key: text for key, text in texts.items() if text != (getattr(self.item, key) or "")}

    def conflict_labels(self) -> dict[str, str]:
        return {
            "title": self.tr("Title"),
            "title_zh": self.tr("Chinese title"),
            "briefing_note": self.tr("Briefing note"),
            "briefing_note_zh": self.tr("Chinese briefing note"),
            "outcome": self.tr("Outcome"),
            "outcome_zh": self.tr("Chinese outcome"),
            "status": self.tr("Status"),
            "withdraw_reason": self.tr("Reason withdrawn"),
            "meeting_id": self.tr("Meeting"),
            "position": self.tr("Position"),
        }

    @Slot()
    def save_texts(self) -> None:
        if self.item is not None:
            self._save_item(self._text_edits("title", "briefing_note", "outcome"))

    @Slot()
    def mark_discussed(self) -> None:
        if self.item is not None:
            self._save_item({"status": "discussed"})

    @Slot()
    def resolve(self) -> None:
        if self.item is not None:
            self._save_item({"status": "resolved", **self._text_edits("outcome")})  # with its Chinese

    @Slot()
    def withdraw(self) -> None:
        """Ask why, saying what withdrawing does, then withdraw (nothing leaves an agenda without a reason)."""
        item = self.item
        if item is None:
            return
        dialog = ReasonDialog(
            self.tr("Withdraw item"),
            self.tr(
                "“{0}” will leave the agenda of meeting {1}: it will not be discussed or carried over. The "
                "reason is kept with the item, and it can be reopened."
            ).format(item.title, item.meeting_number),
            self.tr("Why is this item withdrawn?"),
            self.tr("Withdraw"),
            self,
        )
        accepted = dialog.exec()
        reason = dialog.text()
        dialog.deleteLater()
        if accepted:
            self._save_item({"status": "withdrawn", "withdraw_reason": reason})

    @Slot()
    def reopen(self) -> None:
        if self.item is not None:
            self._save_item({"status": "open"})

    @Slot()
    def move(self) -> None:
        if self.item is not None and self.target.currentData() is not None:
            self._run(service.move_item, self.item.id, self.target.currentData())

    @Slot()
    def copy(self) -> None:
        if self.item is not None and self.target.currentData() is not None:
            self._run(service.move_item, self.item.id, self.target.currentData(), copy=True)

    @Slot()
    def add_action(self) -> None:
        if self.item is not None:
            self._run(
                service.add_action,
                self.item.id,
                description=self.new_action.text(),
                then=self.new_action.clear,
            )

    @Slot(object, dict)
    def _edit_action(self, action, changes: dict) -> None:
        """Save one cell of an action item against the version shown; when someone saved first, show
        theirs beside mine and save what the user chooses, as the item's own fields do."""
        if "error" in changes:
            self.app.report_error(changes["error"])
            return
        edits = {"due_on": None} if changes.get("clear_due") else dict(changes)
        # A refused cell edit is not kept: the cell shows the stored value until the page reloads.
        self._save_resolving(
            action,
            "commitment",
            edits,
            partial(self._save_action_values, action.id),
            what=self.tr("The action item “{0}”").format(action.description),
            labels=self.action_conflict_labels(),
            later=self.tr(
                "Not saved: someone else changed this action item meanwhile. Edit the cell again to "
                "compare and choose."
            ),
        )

    def _save_action_values(self, action_id: int, values: dict, expected_version: int | None):
        """One service call with the action item's stored field names (dates as ISO text after a conflict)."""
        changes = {name: values[name] for name in ("owner_name", "status") if name in values}
        if "text" in values:  # the commitment's text is the action item's description
            changes["description"] = values["text"]
        if "due_on" in values:
            due = values["due_on"]
            if due is None:
                changes["clear_due"] = True
            else:
                changes["due_on"] = due if isinstance(due, date) else date.fromisoformat(due)
        return service.edit_action(self.app.ctx, action_id, expected_version=expected_version, **changes)

    def action_conflict_labels(self) -> dict[str, str]:
        return {
            "text": self.tr("Action"),
            "owner_name": self.tr("Owner"),
            "due_on": self.tr("Due"),
            "status": self.tr("Status"),
            "completed_on": self.tr("Completed"),
        }
