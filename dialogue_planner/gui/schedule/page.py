"""The Schedule page: compliance at a glance on a timeline of windows, the meetings below it, and the
actions to add, edit, postpone, cancel or mark meetings held, propose dates, edit blackouts and export."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QSortFilterProxyModel, Qt, Slot
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView, QHBoxLayout, QLabel, QMessageBox, QPushButton, QScrollArea, QSplitter,
    QTableView, QVBoxLayout, QWidget,
)

from dialogue_planner.domain.compliance import WINDOW_STATUSES
from dialogue_planner.domain.errors import ConflictError, DialogueError
from dialogue_planner.gui.shell.file_dialogs import get_save_file_name
from dialogue_planner.gui.shell.icons import icon
from dialogue_planner.gui.shell.page import Page
from dialogue_planner.services.meetings import get_meeting, set_status
from dialogue_planner.services.schedule import calendar_bytes, schedule_view

from .blackouts_dialog import BlackoutsDialog
from .meeting_dialog import MeetingDialog
from .meeting_model import NUMBER_ROLE, SORT_ROLE, MeetingTableModel
from .propose_dialog import ProposeDialog
from .timeline import TimelineWidget
from .words import WINDOW_COLOURS, ordinal_label, word
from dialogue_planner.gui.shell.widgets import EmptyText


def _legend_chip(colour: QColor, text: str) -> QLabel:
    label = QLabel(f"<span style='color:{colour.name()}; font-size:16px;'>■</span> {text}")
    label.setTextFormat(Qt.TextFormat.RichText)
    return label


class SchedulePage(Page):
    page_id = "schedule"
    icon_name = "schedule-page"  # light strokes: the sidebar is dark

    def __init__(self, app, parent: QWidget | None = None) -> None:
        super().__init__(app, parent)
        self.today = date.today()
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 20, 24, 16)
        outer.setSpacing(10)
        heading = QLabel(self.tr("Schedule"))
        heading.setObjectName("pageTitle")
        outer.addWidget(heading)
        self.summary = QLabel()
        self.summary.setObjectName("pageSubtitle")
        self.summary.setWordWrap(True)
        outer.addWidget(self.summary)

        actions = QHBoxLayout()
        self.new_button = self._button(self.tr("New meeting"), "schedule-add", self.new_meeting)
        self.edit_button = self._button(self.tr("Edit"), "schedule-edit", self.edit_selected)
        self.held_button = self._button(self.tr("Mark held"), "", self.mark_held)
        self.postpone_button = self._button(self.tr("Postpone"), "", self.postpone)
        self.cancel_button = self._button(self.tr("Cancel meeting"), "", self.cancel_meeting)
        self.propose_button = self._button(self.tr("Propose dates…"), "schedule-propose", self.open_proposals)
        self.blackouts_button = self._button(self.tr("Blackouts…"), "schedule-blackout", self.open_blackouts)
        self.export_button = self._button(self.tr("Export calendar…"), "schedule-export", self.export_calendar)
        for button in (self.new_button, self.edit_button, self.held_button, self.postpone_button,
                       self.cancel_button):
            actions.addWidget(button)
        actions.addStretch(1)
        for button in (self.propose_button, self.blackouts_button, self.export_button):
            actions.addWidget(button)
        outer.addLayout(actions)

        legend = QHBoxLayout()
        for status in WINDOW_STATUSES:
            legend.addWidget(_legend_chip(WINDOW_COLOURS[status], word(status)))
        legend.addStretch(1)
        self.message = QLabel()
        legend.addWidget(self.message)
        outer.addLayout(legend)

        splitter = QSplitter(Qt.Orientation.Vertical)
        self.timeline = TimelineWidget()
        self.timeline.meeting_clicked.connect(self.select_meeting)
        self.timeline.meeting_activated.connect(self.edit_meeting)
        scroll = QScrollArea()
        scroll.setAccessibleName(self.tr("Timeline of the half-year windows"))
        scroll.setObjectName("timelineScroll")
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.timeline)
        self.timeline_scroll = scroll
        splitter.addWidget(scroll)

        self.model = MeetingTableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Meetings"))
        EmptyText(self.table)
        self.table.setObjectName("meetingTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setResizeContentsPrecision(40)  # rows look alike: measuring 40 keeps 40 years fast
        self.table.doubleClicked.connect(self._row_activated)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        splitter.addWidget(self.table)
        splitter.setSizes([360, 300])
        outer.addWidget(splitter, 1)
        self._update_buttons()

    def _button(self, text: str, icon_name: str, slot) -> QPushButton:
        button = QPushButton(text)
        if icon_name:
            button.setIcon(icon(icon_name))
        button.clicked.connect(slot)
        return button

    def title(self) -> str:
        return self.tr("Schedule")

    # -- data ----------------------------------------------------------------------------------------
    def refresh(self) -> None:
        selected = self.selected_number()
        view = schedule_view(self.app.ctx, as_of=self.today)
        dialogue, meetings, report = view.dialogue, list(view.meetings), view.report
        self.model.set_meetings(meetings, {s.code: s.time_zone for s in dialogue.sides})
        self.table.resizeColumnsToContents()
        self.timeline.set_data(meetings, report, dialogue.meetings_per_year, self.today)
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
            verdict = self.tr("met") if fd.met else (self.tr("missed") if report.as_of > fd.date
                                                      else self.tr("not yet met"))
            parts.append(self.tr("First-meeting deadline {0}: {1}").format(fd.date.isoformat(), verdict))
        parts.append(self.tr("{0} windows met, {1} missed, {2} scheduled, {3} at risk").format(
            counts["met"], counts["missed"], counts["scheduled"], counts["at-risk"]))
        return " · ".join(parts)

    def selected_number(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(NUMBER_ROLE) if rows else None

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
        meeting = self.model.meeting(self.model.row_of(number)) if number is not None else None
        self.edit_button.setEnabled(meeting is not None)
        open_meeting = meeting is not None and meeting.status in ("planned", "confirmed", "postponed")
        self.held_button.setEnabled(open_meeting and meeting.start <= self.today)
        self.postpone_button.setEnabled(open_meeting and meeting.status != "postponed")
        self.cancel_button.setEnabled(open_meeting)

    # -- actions -------------------------------------------------------------------------------------
    def _row_activated(self, index) -> None:
        self.edit_meeting(index.data(NUMBER_ROLE))

    def meeting_dialog(self, number: int | None = None, prefill: dict | None = None) -> MeetingDialog:
        """The editor for meeting ``number`` (new when None); tests drive it before exec()."""
        return MeetingDialog(self.app, number, self, prefill=prefill)

    @Slot()
    def new_meeting(self) -> None:
        self._run_dialog(lambda: self.meeting_dialog(None))

    @Slot()
    def edit_selected(self) -> None:
        number = self.selected_number()
        if number is not None:
            self.edit_meeting(number)

    @Slot(int)
    def edit_meeting(self, number: int) -> None:
        self._run_dialog(lambda: self.meeting_dialog(number))

    def _run_dialog(self, make) -> None:
        dialog = self._exec(make)
        if dialog is not None and dialog.saved is not None:
            self.refresh()
            self.select_meeting(dialog.saved.number)

    def _exec(self, make):
        """Build a dialog (its services may fail: one error path) and run it; None when it could not open."""
        try:
            dialog = make()
        except Exception as exc:  # noqa: BLE001 - the one error path
            self.app.report_error(exc)
            return None
        dialog.exec()
        dialog.deleteLater()
        return dialog

    def _set_status(self, status: str) -> None:
        number = self.selected_number()
        if number is None:
            return
        meeting = self.model.meeting(self.model.row_of(number))
        try:
            try:
                changed = set_status(self.app.ctx, number, status, expected_version=meeting.version,
                                     today=self.today)
            except ConflictError:
                # Someone changed the meeting since this page showed it: show theirs, then ask again.
                self.refresh()
                current = get_meeting(self.app.ctx, number)
                if current.status == status or not self.confirm_after_conflict(current, status):
                    self.message.setText(self.tr("The {0} was changed at another workstation; it is shown as "
                                                 "it is now.").format(ordinal_label(number)))
                    return
                changed = set_status(self.app.ctx, number, status, expected_version=current.version,
                                     today=self.today)
        except DialogueError as exc:
            self.app.report_error(exc)
            return
        self.message.setText(self.tr("The {0} is now {1}.").format(ordinal_label(changed.number),
                                                                  word(changed.status)))
        self.app.changed("meeting")
        self.refresh()

    def confirm_after_conflict(self, current, status: str) -> bool:
        """Ask whether to make ``status`` of the meeting as another workstation left it."""
        dates = f"{current.planned_start.isoformat()} – {current.planned_end.isoformat()}"
        answer = QMessageBox.question(
            self, self.tr("Changed at another workstation"),
            self.tr("Someone changed the {0} after this page showed it. It is now {1}, {2}, in {3}.\n\n"
                    "Make it {4} as it is now?").format(ordinal_label(current.number), word(current.status),
                                                          dates, current.actual_city or current.planned_city,
                                                          word(status)))
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
        path, _ = get_save_file_name(self, self.app.settings, "calendar", self.tr("Export calendar"),
                                     "meetings.ics",
                                              self.tr("iCalendar files (*.ics)"))
        if path:
            self.export_calendar_to(Path(path))

    def export_calendar_to(self, path: Path) -> bool:
        """Write every meeting to ``path`` (whole file or nothing); True when written."""
        try:
            data = calendar_bytes(self.app.ctx)
            tmp = path.with_name(f".{path.name}.tmp")
            tmp.write_bytes(data)
            tmp.replace(path)
        except DialogueError as exc:
            self.app.report_error(exc)
            return False
        except OSError as exc:
            self.app.report_error(DialogueError(self.tr("Cannot write {0}: {1}").format(path, exc.strerror or exc)))
            return False
        self.message.setText(self.tr("Calendar written to {0}.").format(path))
        return True
