"""The Commitments page: what each meeting left the sides to do, tracked to done (filters for the open and
the overdue ones, a side, a search), and a second tab with the activities between meetings."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from html import escape

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from dialogue_planner.domain.commitments import ActivityRecord, CommitmentRecord
from dialogue_planner.gui.kit.icons import icon
from dialogue_planner.gui.kit.looks import give_look
from dialogue_planner.gui.kit.page_parts import configure_table, page_header, page_layout
from dialogue_planner.gui.kit.widgets import EmptyText
from dialogue_planner.gui.shell.page import Page
from dialogue_planner.services.activities import list_activities
from dialogue_planner.services.commitments import list_commitments
from dialogue_planner.services.info import current_dialogue

from .activity_dialog import ActivityDialog
from .choices import load_choices
from .commitment_dialogs import NewCommitmentDialog, UpdateCommitmentDialog
from .table_models import ACTIVITY_COL, COMMITMENT_COL, ActivityTableModel, CommitmentTableModel
from .words import kind_word, status_word


@dataclass(frozen=True)
class PageData:
    commitments: list[CommitmentRecord] = field(default_factory=list)
    activities: list[ActivityRecord] = field(default_factory=list)
    sides: list[str] = field(default_factory=list)


def load_page(ctx) -> PageData:
    if ctx.dialogue_id is None:
        return PageData()
    return PageData(
        list_commitments(ctx), list_activities(ctx), [s.code for s in current_dialogue(ctx).sides]
    )


def _detail_label(name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
    label.setContentsMargins(4, 8, 4, 4)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def _lines(text: str) -> str:
    return escape(text).replace("\n", "<br>")


class CommitmentsPage(Page):
    page_id = "commitments"

    def __init__(self, app, parent: QWidget | None = None) -> None:
        super().__init__(app, parent)
        self.today: date | None = None  # None: the real date (tests and screenshots fix it)
        self._wanted: int | None = None  # the commitment to select once the list has loaded
        self._wanted_activity: int | None = None
        chinese = getattr(app, "language", "en") == "zh_CN"
        outer = page_layout(self)
        _heading, self.summary = page_header(outer, self.tr("Commitments and activities"), " ")
        self.message = QLabel()
        self.message.setObjectName("commitmentMessage")
        self.message.setWordWrap(True)
        self.message.hide()
        outer.addWidget(self.message)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("commitmentTabs")
        self.tabs.setAccessibleName(self.tr("Commitments and activities"))
        self.model = CommitmentTableModel(self, chinese=chinese)
        self.activity_model = ActivityTableModel(self, chinese=chinese)
        self.tabs.addTab(self._build_commitments_tab(), icon("commitments-page"), self.tr("Commitments"))
        self.tabs.addTab(self._build_activities_tab(), icon("commitments-activity"), self.tr("Activities"))
        outer.addWidget(self.tabs, 1)
        self._update_buttons()

    # -- layout ---------------------------------------------------------------------------------------
    def _build_commitments_tab(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.setContentsMargins(8, 10, 8, 8)
        self.search = QLineEdit()
        self.search.setObjectName("commitmentSearch")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search text, agency, person, notes…"))
        self.search.setAccessibleName(self.tr("Search commitments"))
        self.search.textChanged.connect(self._filter_changed)
        self.new_button = QPushButton(icon("agenda-add"), self.tr("New commitment…"))
        self.new_button.setObjectName("newCommitment")
        self.new_button.clicked.connect(self.new_commitment)
        self.update_button = QPushButton(icon("agenda-resolve"), self.tr("Update…"))
        self.update_button.setObjectName("updateCommitment")
        self.update_button.setToolTip(
            self.tr("Change the status or the due date, add a note or the evidence")
        )
        self.update_button.clicked.connect(self.update_selected)
        bar = QHBoxLayout()
        bar.addWidget(self.search, 1)
        bar.addWidget(self.update_button)
        bar.addWidget(self.new_button)
        self.open_only = QCheckBox(self.tr("Open only"))
        self.open_only.setObjectName("openCommitmentsOnly")
        self.open_only.setChecked(True)  # the page opens on what is still to be done
        self.open_only.toggled.connect(self._filter_changed)
        self.overdue_only = QCheckBox(self.tr("Overdue only"))
        self.overdue_only.setObjectName("overdueCommitmentsOnly")
        self.overdue_only.toggled.connect(self._filter_changed)
        self.side = QComboBox()
        self.side.setObjectName("commitmentSideFilter")
        self.side.setAccessibleName(self.tr("Owner side"))
        self.side.setToolTip(self.tr("Owner side"))
        self.side.addItem(self.tr("Both sides"), "")
        self.side.currentIndexChanged.connect(self._filter_changed)
        filters = QHBoxLayout()
        for w in (self.side, self.open_only, self.overdue_only):
            filters.addWidget(w)
        filters.addStretch(1)
        layout.addLayout(bar)
        layout.addLayout(filters)
        self.table = QTableView()
        configure_table(
            self.table,
            self.model,
            name="commitmentTable",
            accessible=self.tr("Commitments"),
            empty=self.tr(
                "No commitments yet: record what a meeting left each side to do with New commitment."
            ),
            sorting=True,
            sort=(COMMITMENT_COL["due"], Qt.SortOrder.AscendingOrder),
            stretch=COMMITMENT_COL["text"],
            widths={
                COMMITMENT_COL["meeting"]: 56,
                COMMITMENT_COL["side"]: 56,
                COMMITMENT_COL["agency"]: 64,
                COMMITMENT_COL["person"]: 100,
                COMMITMENT_COL["due"]: 88,
                COMMITMENT_COL["status"]: 76,
                COMMITMENT_COL["overdue"]: 100,
            },
        )
        self.table.findChild(EmptyText, "emptyText").filtered = self.model.filtered
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.table.doubleClicked.connect(self._double_clicked)
        self.detail = _detail_label("commitmentDetail")
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setObjectName("commitmentSplitter")
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setSizes([440, 140])
        layout.addWidget(splitter, 1)
        return tab

    def _build_activities_tab(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.setContentsMargins(8, 10, 8, 8)
        self.new_activity_button = QPushButton(icon("agenda-add"), self.tr("New activity…"))
        self.new_activity_button.setObjectName("newActivity")
        self.new_activity_button.clicked.connect(self.new_activity)
        self.edit_activity_button = QPushButton(icon("roster-edit"), self.tr("Edit…"))
        self.edit_activity_button.setObjectName("editActivity")
        self.edit_activity_button.clicked.connect(self.edit_selected_activity)
        note = QLabel(self.tr("Exercises, seminars, hotline tests, calls and visits between meetings."))
        give_look(note, "muted")
        note.setWordWrap(True)
        bar = QHBoxLayout()
        bar.addWidget(note, 1)
        bar.addWidget(self.edit_activity_button)
        bar.addWidget(self.new_activity_button)
        layout.addLayout(bar)
        self.activity_table = QTableView()
        configure_table(
            self.activity_table,
            self.activity_model,
            name="activityTable",
            accessible=self.tr("Activities"),
            empty=self.tr(
                "No activities yet: record an exercise, a seminar or a call between "
                "meetings with New activity."
            ),
            sorting=True,
            sort=(ACTIVITY_COL["start"], Qt.SortOrder.AscendingOrder),
            stretch=ACTIVITY_COL["summary"],
            widths={
                ACTIVITY_COL["kind"]: 120,
                ACTIVITY_COL["start"]: 88,
                ACTIVITY_COL["end"]: 88,
                ACTIVITY_COL["place"]: 110,
                ACTIVITY_COL["participants"]: 160,
            },
        )
        self.activity_table.selectionModel().currentRowChanged.connect(self._activity_changed)
        self.activity_table.doubleClicked.connect(self._activity_double_clicked)
        # Enter in the activities edits the selected one, as Enter in the commitments updates one (the window's
        # list commands act on the page's main list).
        edit = QAction(self.tr("Edit the selected activity"), self.activity_table)
        edit.setObjectName("commitments-edit-activity")
        edit.setShortcuts([QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter)])
        edit.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        edit.triggered.connect(self._activity_double_clicked)
        self.activity_table.addAction(edit)
        self.activity_detail = _detail_label("activityDetail")
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setObjectName("activitySplitter")
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.activity_table)
        splitter.addWidget(self.activity_detail)
        splitter.setSizes([440, 140])
        layout.addWidget(splitter, 1)
        self.tabs.currentChanged.connect(self._tab_changed)
        return tab

    # -- keyboard commands ----------------------------------------------------------------------------
    def _on_activities(self) -> bool:
        return self.tabs.currentIndex() == 1

    def new_control(self):
        return self.new_activity_button if self._on_activities() else self.new_button

    def search_control(self):
        return self.search

    def list_view(self):
        return self.table

    def open_control(self):
        return self.update_button

    # -- loading -------------------------------------------------------------------------------------
    def as_of(self) -> date:
        return self.today or date.today()

    def prepare_screenshot(self) -> None:
        self.app.ops.wait_idle()  # the list loads off the GUI thread: show it loaded

    def refresh(self) -> None:
        self.app.ops.run(load_page, self.app.ctx, on_done=self._loaded)

    def _loaded(self, data: PageData) -> None:
        selected = self._wanted or self.selected_id()
        activity = self._wanted_activity or self.selected_activity_id()
        self._wanted = self._wanted_activity = None
        side = self.side.currentData()
        self.side.blockSignals(True)
        self.side.clear()
        self.side.addItem(self.tr("Both sides"), "")
        for code in data.sides:
            self.side.addItem(code, code)
        self.side.setCurrentIndex(max(self.side.findData(side), 0))
        self.side.blockSignals(False)
        self.model.as_of = self.as_of()
        self.model.set_records(data.commitments)
        self.activity_model.set_records(data.activities)
        self._apply_filter()
        self._show_summary()
        if selected:
            self.select(selected)
        if activity:
            self.select_activity(activity)
        self._current_changed()
        self._activity_changed()

    def _show_summary(self) -> None:
        self.summary.setText(
            self.tr("{0} commitments · {1} open · {2} overdue · {3} activities").format(
                self.model.total(),
                self.model.count_open(),
                self.model.count_overdue(),
                self.activity_model.total(),
            )
        )

    @Slot()
    def _filter_changed(self, *_args) -> None:
        selected = self.selected_id()
        self._apply_filter()
        if selected:
            self.select(selected)
        self._current_changed()

    def _apply_filter(self) -> None:
        self.model.set_filter(
            open_only=self.open_only.isChecked(),
            overdue_only=self.overdue_only.isChecked(),
            side=self.side.currentData() or "",
            search=self.search.text(),
        )

    # -- selection ------------------------------------------------------------------------------------
    def selected_id(self) -> int | None:
        index = self.table.currentIndex()
        return self.model.record(index.row()).id if index.isValid() else None

    def selected_record(self) -> CommitmentRecord | None:
        index = self.table.currentIndex()
        return self.model.record(index.row()) if index.isValid() else None

    def select(self, commitment_id: int) -> bool:
        row = self.model.row_of(commitment_id)
        if row < 0:
            return False
        self.table.setCurrentIndex(self.model.index(row, 0))
        self.table.selectRow(row)
        return True

    def selected_activity_id(self) -> int | None:
        record = self.selected_activity()
        return record.id if record is not None else None

    def selected_activity(self) -> ActivityRecord | None:
        index = self.activity_table.currentIndex()
        return self.activity_model.record(index.row()) if index.isValid() else None

    def select_activity(self, activity_id: int) -> bool:
        row = self.activity_model.row_of(activity_id)
        if row < 0:
            return False
        self.activity_table.setCurrentIndex(self.activity_model.index(row, 0))
        self.activity_table.selectRow(row)
        return True

    @Slot()
    def _current_changed(self, *_args) -> None:
        self._update_buttons()
        c = self.selected_record()
        if c is None:
            self.detail.setText(
                "<span style='color:#7b8794'>"
                + escape(self.tr("Select a commitment to see its notes and evidence."))
                + "</span>"
                if self.model.rowCount()
                else ""
            )
            return
        parts = [f"<b>{escape(c.text)}</b>"]
        if c.text_zh:
            parts.append(f"<b>{escape(c.text_zh)}</b>")
        due = c.due_on.isoformat() if c.due_on else self.tr("no date")
        parts.append(
            escape(
                self.tr("Meeting {0} · owner {1} · due {2} · {3}").format(
                    c.meeting_number, c.owner or "–", due, status_word(c.status)
                )
            )
        )
        late = c.days_overdue(self.as_of())
        if late:
            parts.append(
                "<span style='color:#c92a2a'>" + escape(self.tr("{0} days overdue").format(late)) + "</span>"
            )
        if c.completed_on:
            parts.append(escape(self.tr("Done on {0}").format(c.completed_on.isoformat())))
        if c.evidence:
            parts.append(escape(self.tr("Evidence:")) + " " + _lines(c.evidence))
        if c.note:
            parts.append(escape(self.tr("Notes:")) + "<br>" + _lines(c.note))
        self.detail.setText("<br>".join(parts))

    @Slot()
    def _activity_changed(self, *_args) -> None:
        self._update_buttons()
        a = self.selected_activity()
        if a is None:
            self.activity_detail.setText(
                "<span style='color:#7b8794'>"
                + escape(self.tr("Select an activity to see who took part and its summary."))
                + "</span>"
                if self.activity_model.rowCount()
                else ""
            )
            return
        days = a.start_on.isoformat() + (f" – {a.end_on.isoformat()}" if a.end_on else "")
        head = " · ".join(p for p in (kind_word(a.kind), days, a.place) if p)
        parts = [f"<b>{escape(head)}</b>"]
        if a.participants:
            parts.append(escape(self.tr("Participants: {0}").format(", ".join(a.participants))))
        for text in (a.summary_en, a.summary_zh):
            if text:
                parts.append(_lines(text))
        if a.commitment_ids:
            parts.append(
                escape(self.tr("Linked commitments: {0}").format(", ".join(map(str, a.commitment_ids))))
            )
        self.activity_detail.setText("<br>".join(parts))

    def _update_buttons(self) -> None:
        writer = self.app.ctx.can("secretariat")  # a viewer reads the lists and their details
        self.new_button.setEnabled(writer)
        self.new_activity_button.setEnabled(writer)
        self.update_button.setEnabled(writer and self.selected_record() is not None)
        self.edit_activity_button.setEnabled(writer and self.selected_activity() is not None)

    @Slot(int)
    def _tab_changed(self, _index: int) -> None:
        self.message.hide()

    def show_target(self, target: dict) -> None:
        """``overdue``: every overdue commitment (search and side cleared, so the list shows what the
        Overview counted); ``commitment``: select that commitment; ``activity``: select that activity on the
        Activities tab, and with ``edit`` open it (the Schedule's timeline points here)."""
        if target.get("overdue"):
            self.tabs.setCurrentIndex(0)
            for widget in (self.search, self.side, self.open_only, self.overdue_only):
                widget.blockSignals(True)
            self.search.clear()
            self.side.setCurrentIndex(0)
            self.overdue_only.setChecked(True)
            for widget in (self.search, self.side, self.open_only, self.overdue_only):
                widget.blockSignals(False)
            self._filter_changed()
        if target.get("commitment"):
            self.tabs.setCurrentIndex(0)
            self._wanted = int(target["commitment"])
            self.select(self._wanted)
        if target.get("activity"):
            self.tabs.setCurrentIndex(1)
            if self.select_activity(int(target["activity"])) and target.get("edit"):
                self.edit_selected_activity()

    # -- actions ---------------------------------------------------------------------------------------
    def _done(self, text: str, *areas: str) -> None:
        self.message.setText(text)
        self.message.show()
        self.refresh()
        self.app.changed("commitment", *areas)

    @Slot()
    def _double_clicked(self, *_args) -> None:
        if self.update_button.isEnabled():
            self.update_button.click()

    @Slot()
    def _activity_double_clicked(self, *_args) -> None:
        if self.edit_activity_button.isEnabled():
            self.edit_activity_button.click()

    def _chinese(self) -> bool:
        return getattr(self.app, "language", "en") == "zh_CN"

    @Slot()
    def new_commitment(self) -> None:
        self.app.ops.run(
            load_choices, self.app.ctx, on_done=self._open_new_commitment, busy_widget=self.new_button
        )

    def _open_new_commitment(self, choices) -> None:
        passed = [number for number, first_day, _status in choices.meetings if first_day <= self.as_of()]
        meeting = passed[-1] if passed else None
        dialog = NewCommitmentDialog(self.app, choices, self, meeting=meeting, chinese=self._chinese())
        accepted = dialog.exec()
        saved = dialog.saved
        dialog.deleteLater()
        if accepted and saved is not None:
            self._wanted = saved.id
            self._done(
                self.tr("Commitment {0} of meeting {1} recorded.").format(saved.id, saved.meeting_number)
            )

    @Slot()
    def update_selected(self) -> None:
        c = self.selected_record()
        if c is None:
            return
        dialog = UpdateCommitmentDialog(self.app, c, self, today=self.today, chinese=self._chinese())
        accepted = dialog.exec()
        saved = dialog.saved
        dialog.deleteLater()
        if accepted and saved is not None:
            self._wanted = saved.id
            self._done(self.tr("Commitment {0} is {1}.").format(saved.id, status_word(saved.status)))

    @Slot()
    def new_activity(self) -> None:
        self.app.ops.run(
            load_choices,
            self.app.ctx,
            on_done=lambda choices: self._open_activity(choices, None),
            busy_widget=self.new_activity_button,
        )

    @Slot()
    def edit_selected_activity(self) -> None:
        a = self.selected_activity()
        if a is None:
            return
        self.app.ops.run(
            load_choices,
            self.app.ctx,
            on_done=lambda choices: self._open_activity(choices, a),
            busy_widget=self.edit_activity_button,
        )

    def _open_activity(self, choices, record: ActivityRecord | None) -> None:
        dialog = ActivityDialog(self.app, choices, self, record=record)
        accepted = dialog.exec()
        saved = dialog.saved
        dialog.deleteLater()
        if accepted and saved is not None:
            self._wanted_activity = saved.id
            self._done(
                self.tr("Activity {0} saved: {1} on {2}.").format(
                    saved.id, kind_word(saved.kind), saved.start_on.isoformat()
                ),
                "activity",
            )
