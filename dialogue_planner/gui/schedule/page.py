"""The Schedule page: compliance at a glance on a timeline of windows, the meetings below it, and the
actions to add, edit, postpone, cancel or mark meetings held (each showing what it does to the agenda
first), propose dates, edit blackouts and export. Meetings that need attention are named at the top and
marked in the table."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QSortFilterProxyModel, Qt, Slot
from PySide6.QtGui import QAction, QColor, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QToolButton,
    QWidget,
)

from dialogue_planner.domain.compliance import NOT_RECORDED, WINDOW_STATUSES, MeetingConcern
from dialogue_planner.domain.errors import ConflictError, DialogueError
from dialogue_planner.domain.meeting_times import known_zones
from dialogue_planner.domain.vocabulary import Role
from dialogue_planner.gui.kit.carry_over_dialog import CarryOverDialog
from dialogue_planner.gui.kit.column_fit import fit_columns
from dialogue_planner.gui.kit.confirm import ReasonDialog, confirm
from dialogue_planner.gui.kit.file_dialogs import get_save_file_name
from dialogue_planner.gui.kit.icons import icon
from dialogue_planner.gui.kit.looks import give_look
from dialogue_planner.gui.kit.page_parts import configure_table, page_header, page_layout
from dialogue_planner.gui.shell.page import Page
from dialogue_planner.services.activities import list_activities
from dialogue_planner.services.meetings import (
    correct_held_status,
    delete_meeting,
    get_meeting,
    preview_status,
    set_status,
)
from dialogue_planner.services.schedule import calendar_bytes, schedule_view

from .attention import AttentionBanner
from .blackouts_dialog import BlackoutsDialog
from .meeting_dialog import EditorData, MeetingDialog, editor_data
from .meeting_model import NUMBER_ROLE, SORT_ROLE, MeetingTableModel
from .propose_dialog import ProposeDialog
from .timeline import TimelineWidget
from .words import ACTIVITY_COLOURS, WINDOW_COLOURS, activity_letter, kind_label, ordinal_label, word


def load_schedule(ctx, as_of: date):
    """The schedule and the activities between meetings, in one call off the GUI thread."""
    view = schedule_view(ctx, as_of=as_of)
    return view, list_activities(ctx)


def _legend_chip(colour: QColor, text: str) -> QLabel:
    label = QLabel(f"<span style='color:{colour.name()}; font-size:16px;'>■</span> {text}")
    label.setTextFormat(Qt.TextFormat.RichText)
    return label


class PageAttention(AttentionBanner):
    """The Schedule page's banner: its buttons act on the meeting there and then."""

    def button_text(self, concern: MeetingConcern) -> str:
        if concern.kind == NOT_RECORDED:
            return self.tr("Mark meeting {0} held…").format(concern.meeting)
        return self.tr("Edit meeting {0}…").format(concern.meeting)


class SchedulePage(Page):
    page_id = "schedule"

    def __init__(self, app, parent: QWidget | None = None) -> None:
        super().__init__(app, parent)
        self.today = date.today()
        self._fitted_to: tuple | None = None  # what the columns were last fitted to (MeetingTableModel.shown)
        # The meeting editor's time zones, read off the GUI thread before it first opens (a walk of the
        # zone files: 20-100 ms).
        self.app.ops.run(known_zones)
        outer = page_layout(self)
        _heading, self.summary = page_header(outer, self.tr("Schedule"), " ")
        self.attention = PageAttention()
        self.attention.chosen.connect(self._attention_chosen)
        outer.addWidget(self.attention)
        outer.addLayout(self._build_actions())
        legend = QHBoxLayout()
        for status in WINDOW_STATUSES:
            legend.addWidget(_legend_chip(WINDOW_COLOURS[status], word(status)))
        legend.addStretch(1)
        # The activities' letters, named, and only while the timeline shows any: bare letters mean nothing.
        heading = QLabel(self.tr("Activities:"))
        give_look(heading, "muted")
        self.activity_legend = [heading]
        for kind in ACTIVITY_COLOURS:
            chip = _legend_chip(QColor(ACTIVITY_COLOURS[kind]), activity_letter(kind))
            chip.setToolTip(kind_label(kind))
            chip.setAccessibleName(kind_label(kind))
            self.activity_legend.append(chip)
        for w in self.activity_legend:
            w.setVisible(False)
            legend.addWidget(w)
        outer.addLayout(legend)
        self.message = QLabel()
        self.message.setObjectName("scheduleMessage")
        self.message.setWordWrap(True)
        self.message.hide()
        outer.addWidget(self.message)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self._build_timeline())
        splitter.addWidget(self._build_table())
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([360, 300])
        outer.addWidget(splitter, 1)
        self._update_buttons()

    def _build_actions(self) -> QHBoxLayout:
        actions = QHBoxLayout()
        self.new_button = self._button(
            self.tr("New meeting…"), "schedule-add", self.new_meeting, "newMeeting"
        )
        self.edit_button = self._button(self.tr("Edit…"), "schedule-edit", self.edit_selected, "editMeeting")
        self.held_button = self._button(self.tr("Mark held…"), "", self.mark_held, "markHeld")
        self.postpone_button = self._button(self.tr("Postpone…"), "", self.postpone, "postponeMeeting")
        self.cancel_button = self._button(
            self.tr("Cancel meeting…"), "", self.cancel_meeting, "cancelMeeting"
        )
        self.propose_button = self._button(
            self.tr("Propose dates…"), "schedule-propose", self.open_proposals, "proposeDates"
        )
        for button in (
            self.new_button,
            self.edit_button,
            self.held_button,
            self.postpone_button,
            self.cancel_button,
        ):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.propose_button)
        # Used a few times a year: in a menu, so the row fits a small screen in either language.
        self.more_button = QToolButton()
        self.more_button.setObjectName("scheduleMore")
        self.more_button.setText(self.tr("More"))
        self.more_button.setIcon(icon("more"))
        self.more_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.more_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        more = QMenu(self.more_button)
        self.blackouts_action = QAction(icon("schedule-blackout"), self.tr("Blackouts…"), self)
        self.blackouts_action.triggered.connect(self.open_blackouts)
        self.export_action = QAction(icon("schedule-export"), self.tr("Export calendar…"), self)
        self.export_action.triggered.connect(self.export_calendar)
        # An admin's corrections: a meeting recorded as held by mistake, a meeting added by mistake.
        self.correct_action = QAction(self.tr("Correct held status…"), self)
        self.correct_action.setObjectName("correctHeldStatus")
        self.correct_action.triggered.connect(self.correct_held)
        self.delete_action = QAction(icon("cancel"), self.tr("Delete meeting…"), self)
        self.delete_action.setObjectName("deleteMeeting")
        self.delete_action.triggered.connect(self.delete_selected)
        more.addAction(self.blackouts_action)
        more.addAction(self.export_action)
        more.addSeparator()
        more.addAction(self.correct_action)
        more.addAction(self.delete_action)
        self.more_button.setMenu(more)
        actions.addWidget(self.more_button)
        return actions

    def _build_timeline(self) -> QScrollArea:
        self.timeline = TimelineWidget()
        self.timeline.chinese = getattr(self.app, "language", "en") == "zh_CN"
        self.timeline.meeting_clicked.connect(self.select_meeting)
        self.timeline.meeting_activated.connect(self.edit_meeting)
        self.timeline.activity_activated.connect(self.open_activity)
        scroll = QScrollArea()
        scroll.setAccessibleName(self.tr("Timeline of the half-year windows"))
        scroll.setObjectName("timelineScroll")
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.timeline)
        self.timeline_scroll = scroll
        return scroll

    def _build_table(self) -> QTableView:
        self.model = MeetingTableModel(self)
        self.model.chinese = getattr(self.app, "language", "en") == "zh_CN"
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = QTableView()
        header = configure_table(
            self.table,
            self.proxy,
            name="meetingTable",
            accessible=self.tr("Meetings"),
            sorting=True,
            sort=(0, Qt.SortOrder.DescendingOrder),
        )
        self.table.setWordWrap(True)
        header.setResizeContentsPrecision(40)  # rows look alike: measuring 40 keeps 40 years fast
        self.table.doubleClicked.connect(self._row_activated)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        edit = QAction(self.tr("Edit…"), self.table)
        edit.setShortcuts([QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter)])
        edit.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        edit.triggered.connect(self.edit_selected)
        self.table.addAction(edit)
        return self.table

    def _button(self, text: str, icon_name: str, slot, name: str) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        if icon_name:
            button.setIcon(icon(icon_name))
        button.clicked.connect(slot)
        return button

    # Keyboard commands: Ctrl+N, and Enter and Delete in the meeting list (meetings are cancelled, never deleted).
    def new_control(self):
        return self.new_button

    def list_view(self):
        return self.table

    def open_control(self):
        return self.edit_button

    def delete_control(self):
        return self.cancel_button

    # -- data ----------------------------------------------------------------------------------------
    def refresh(self, select: int | None = None) -> None:
        """Load the schedule off the GUI thread; then select ``select`` or keep the selected meeting."""
        self.app.ops.run(
            load_schedule, self.app.ctx, self.today, on_done=lambda loaded: self._loaded(*loaded, select)
        )

    def _loaded(self, view, activities, select: int | None) -> None:
        selected = select if select is not None else self.selected_number()
        dialogue, meetings, report = view.dialogue, list(view.meetings), view.report
        self.model.set_meetings(meetings, {s.code: s.time_zone for s in dialogue.sides}, report.concerns)
        self.attention.set_concerns(report.concerns)
        # Fitted again only when the texts changed: a width the user set stays.
        shown = self.model.shown()
        if shown != self._fitted_to:
            fit_columns(self.table, len(meetings))
            self._fitted_to = shown
        for w in self.activity_legend:
            w.setVisible(bool(activities))
        self.timeline.set_data(
            meetings, report, dialogue.meetings_per_year, self.today, activities=activities
        )
        self.summary.setText(self._summary(report))
        self.timeline_scroll.ensureVisible(0, self.timeline.row_top(self.today) + 15, 0, 120)
        if selected is not None:
            self.select_meeting(selected)
        self._update_buttons()

    def _summary(self, report) -> str:
        counts = {status: 0 for status in WINDOW_STATUSES}
        for w in report.windows:
            counts[w.status] += 1
        fd = report.first_deadline
        parts = []
        if fd.date is not None:
            verdict = (
                self.tr("met")
                if fd.met
                else (self.tr("missed") if report.as_of > fd.date else self.tr("not yet met"))
            )
            parts.append(self.tr("First-meeting deadline {0}: {1}").format(fd.date.isoformat(), verdict))
        parts.append(
            self.tr("{0} windows met, {1} missed, {2} scheduled, {3} at risk").format(
                counts["met"], counts["missed"], counts["scheduled"], counts["at-risk"]
            )
        )
        return " · ".join(parts)

    def selected_number(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(NUMBER_ROLE) if rows else None

    def show_target(self, target: dict) -> None:
        """``meeting``: select that meeting."""
        if "meeting" in target:  # once the refresh already started has shown the meetings
            self.app.ops.after_calls(lambda: self.select_meeting(target["meeting"]))

    @Slot(object)
    def _attention_chosen(self, concern: MeetingConcern) -> None:
        self.select_meeting(concern.meeting)
        if concern.kind == NOT_RECORDED:
            self.mark_held()
        else:
            self.edit_meeting(concern.meeting)

    @Slot(int)
    def select_meeting(self, number: int) -> None:
        source_row = self.model.row_of(number)
        if source_row < 0:
            return
        index = self.proxy.mapFromSource(self.model.index(source_row, 0))
        self.table.selectRow(index.row())
        self.table.scrollTo(index)

    @Slot()
    def _selection_changed(self, *_args) -> None:
        number = self.selected_number()
        self.timeline.select(number)
        point = self.timeline.mark_position(number) if number is not None else None
        if point is not None:
            self.timeline_scroll.ensureVisible(int(point.x()), int(point.y()), 20, 40)
        self._update_buttons()

    def _update_buttons(self) -> None:
        number = self.selected_number()
        meeting = self.model.record(self.model.row_of(number)) if number is not None else None
        self.edit_button.setEnabled(meeting is not None)
        open_meeting = meeting is not None and meeting.status in ("planned", "confirmed", "postponed")
        self.held_button.setEnabled(open_meeting and meeting.start <= self.today)
        self.postpone_button.setEnabled(open_meeting and meeting.status != "postponed")
        self.cancel_button.setEnabled(open_meeting)
        admin = self.app.ctx.can(Role.ADMIN) and not getattr(self.app.ctx.db, "read_only", False)
        self.delete_action.setEnabled(admin and meeting is not None)
        self.correct_action.setEnabled(admin and meeting is not None and meeting.status == "held")

    # -- actions -------------------------------------------------------------------------------------
    def _row_activated(self, index) -> None:
        self.edit_meeting(index.data(NUMBER_ROLE))

    def meeting_dialog(
        self, number: int | None = None, prefill: dict | None = None, data: EditorData | None = None
    ) -> MeetingDialog:
        """The editor for meeting ``number`` (new when None); tests drive it before exec()."""
        return MeetingDialog(self.app, number, self, prefill=prefill, data=data)

    @Slot()
    def new_meeting(self) -> None:
        self.edit_meeting(None)

    @Slot()
    def edit_selected(self) -> None:
        number = self.selected_number()
        if number is not None:
            self.edit_meeting(number)

    @Slot(int)
    def open_activity(self, activity_id: int) -> None:
        """The activity's editor lives with the commitments: that page opens it."""
        self.app.open_page("commitments", activity=activity_id, edit=True)

    def edit_meeting(self, number: int | None) -> None:
        """Open the editor of meeting ``number`` (new when None) once what it shows is read, off the GUI
        thread; a meeting that cannot be read is reported on the one error path."""
        self.app.ops.run(editor_data, self.app.ctx, number, on_done=lambda data: self._edit(number, data))

    def _edit(self, number: int | None, data: EditorData) -> None:
        dialog = self._exec(lambda: self.meeting_dialog(number, data=data))
        if dialog is not None and dialog.saved is not None:
            self.refresh(select=dialog.saved.number)

    def _exec(self, make):
        """Build a dialog and run it; None when it could not open. Building one reads what it edits from the
        services, on the GUI thread: the dialog is about to be shown modal and needs it first."""
        opened = []
        self.app.ops.run(make, on_done=opened.append, background=False)
        if not opened:
            return None
        dialog = opened[0]
        dialog.exec()
        # Deleted once the calls it started, and those their results started, have returned: closed (Esc)
        # while its save or a load still runs on a slow server (the date proposals' first load starts the
        # proposals), it still takes their results instead of their arriving on a deleted dialog.
        self.app.ops.when_idle(dialog.deleteLater)
        return dialog

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def _set_status(self, status: str) -> None:
        """Show what the change does to the agenda (the service refuses first what the change would refuse),
        ask, then change."""
        number = self.selected_number()
        if number is None:
            return
        meeting = self.model.record(self.model.row_of(number))

        def refused(exc: BaseException) -> bool:
            if isinstance(exc, DialogueError):
                self.refresh()  # another workstation may have changed it: show it as it is
            return False  # the one error path says why

        self.app.ops.run(
            preview_status,
            self.app.ctx,
            number,
            status,
            today=self.today,
            on_done=lambda preview: self._confirm_status(meeting, status, preview),
            on_error=refused,
        )

    def _confirm_status(self, meeting, status: str, preview) -> None:
        if preview is not None:
            dialog = CarryOverDialog(status, preview, self)
            accepted = dialog.exec()
            dialog.deleteLater()
            if not accepted:
                return
        self.app.ops.run(
            set_status,
            self.app.ctx,
            meeting.number,
            status,
            expected_version=meeting.version,
            today=self.today,
            on_done=self._status_changed,
            on_error=lambda exc: self._status_conflict(exc, meeting.number, status),
        )

    def _status_conflict(self, exc: BaseException, number: int, status: str) -> bool:
        """Someone changed the meeting since this page showed it: show theirs, then ask again."""
        if not isinstance(exc, ConflictError):
            return False
        self.refresh()
        self.app.ops.run(
            get_meeting,
            self.app.ctx,
            number,
            on_done=lambda current: self._ask_after_conflict(current, status),
        )
        return True

    def _ask_after_conflict(self, current, status: str) -> None:
        if current.status == status or not self.confirm_after_conflict(current, status):
            self._say(
                self.tr("The {0} was changed at another workstation; it is shown as it is now.").format(
                    ordinal_label(current.number)
                )
            )
            return
        self.app.ops.run(
            set_status,
            self.app.ctx,
            current.number,
            status,
            expected_version=current.version,
            today=self.today,
            on_done=self._status_changed,
        )

    def _status_changed(self, changed) -> None:
        self._say(self.tr("The {0} is now {1}.").format(ordinal_label(changed.number), word(changed.status)))
        self.app.changed("meeting", "agenda_item")
        self.refresh()

    def confirm_after_conflict(self, current, status: str) -> bool:
        """Ask whether to make ``status`` of the meeting as another workstation left it."""
        dates = f"{current.planned_start.isoformat()} – {current.planned_end.isoformat()}"
        answer = QMessageBox.question(
            self,
            self.tr("Changed at another workstation"),
            self.tr(
                "Someone changed the {0} after this page showed it. It is now {1}, {2}, in {3}.\n\n"
                "Make it {4} as it is now?"
            ).format(
                ordinal_label(current.number),
                word(current.status),
                dates,
                current.actual_city or current.planned_city,
                word(status),
            ),
        )
        return answer == QMessageBox.StandardButton.Yes

    @Slot()
    def mark_held(self) -> None:
        self._set_status("held")

    @Slot()
    def postpone(self) -> None:
        self._set_status("postponed")

    @Slot()
    def cancel_meeting(self) -> None:
        self._set_status("cancelled")

    def _refused(self, exc: BaseException) -> bool:
        """A refusal is said on the page in the service's words (what refers to the meeting, ...)."""
        if not isinstance(exc, DialogueError):
            return False
        self._say(exc.message)
        self.refresh()
        return True

    @Slot()
    def delete_selected(self) -> None:
        """Delete a meeting added by mistake, after asking; the service refuses while anything refers to it."""
        number = self.selected_number()
        if number is None:
            return
        m = self.model.record(self.model.row_of(number))
        if not confirm(
            self,
            self.tr("Delete meeting"),
            self.tr(
                "Delete the {0} ({1}, {2})? Only a meeting added by mistake is deleted, and only while no "
                "agenda item, delegation or pack refers to it; otherwise cancel it."
            ).format(ordinal_label(m.number), m.start.isoformat(), m.city),
            self.tr("Delete"),
        ):
            return
        self.app.ops.run(
            delete_meeting,
            self.app.ctx,
            number,
            expected_version=m.version,
            on_done=self._deleted,
            on_error=self._refused,
        )

    def _deleted(self, gone) -> None:
        self._say(self.tr("The {0} was deleted.").format(ordinal_label(gone.number)))
        self.app.changed("meeting")
        self.refresh()

    @Slot()
    def correct_held(self) -> None:
        """An admin's correction of a meeting recorded as held by mistake, with the reason for the audit."""
        number = self.selected_number()
        if number is None:
            return
        m = self.model.record(self.model.row_of(number))
        dialog = ReasonDialog(
            self.tr("Correct held status"),
            self.tr(
                "The {0} is recorded as held. If it did not take place as recorded, give the status it has "
                "and say why: the reason goes into the audit. Items already carried over stay where they are."
            ).format(ordinal_label(m.number)),
            self.tr("Reason"),
            self.tr("Correct"),
            self,
        )
        status = QComboBox()
        status.setObjectName("correctedStatus")
        status.setAccessibleName(self.tr("Corrected status"))
        for value in ("planned", "confirmed", "postponed", "cancelled"):
            status.addItem(word(value), value)
        dialog.layout().insertWidget(1, status)
        accepted = dialog.exec()
        reason, chosen = dialog.text(), status.currentData()
        dialog.deleteLater()
        if not accepted:
            return
        self.app.ops.run(
            correct_held_status,
            self.app.ctx,
            number,
            chosen,
            reason=reason,
            expected_version=m.version,
            on_done=self._status_changed,
            on_error=self._refused,
        )

    def proposals_dialog(self) -> ProposeDialog:
        return ProposeDialog(self.app, self, from_date=self.today)

    @Slot()
    def open_proposals(self) -> None:
        dialog = self._exec(self.proposals_dialog)
        if dialog is not None and dialog.created:
            self.refresh()

    @Slot()
    def open_blackouts(self) -> None:
        self._exec(lambda: BlackoutsDialog(self.app, self))

    @Slot()
    def export_calendar(self) -> None:
        path, _ = get_save_file_name(
            self,
            self.app.settings,
            "calendar",
            self.tr("Export calendar"),
            "meetings.ics",
            self.tr("iCalendar files (*.ics)"),
        )
        if path:
            self.export_calendar_to(Path(path))

    def export_calendar_to(self, path: Path) -> None:
        """Write every meeting to ``path`` (whole file or nothing), off the GUI thread; the page says where."""
        cannot = self.tr("Cannot write {0}: {1}")

        def write() -> Path:
            data = calendar_bytes(self.app.ctx)
            try:
                tmp = path.with_name(f".{path.name}.tmp")
                tmp.write_bytes(data)
                tmp.replace(path)
            except OSError as exc:
                raise DialogueError(cannot.format(path, exc.strerror or exc)) from exc
            return path

        self.app.ops.run(
            write, on_done=lambda written: self._say(self.tr("Calendar written to {0}.").format(written))
        )
