"""The Agenda page: one meeting's items in order (drag to reorder), each item's carry-over history,
outcome and action items edited in place, and "close meeting and carry over" with a preview."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QItemSelectionModel, Qt, Slot
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QHBoxLayout, QHeaderView, QLabel, QPushButton, QSplitter, QTableView,
    QVBoxLayout, QWidget,
)

from dialogue_planner.gui.requests.words import word
from dialogue_planner.gui.shell.icons import icon
from dialogue_planner.gui.shell.page import Page
from dialogue_planner.services import agenda as service
from dialogue_planner.services.schedule import current_dialogue

from .close_dialog import CloseMeetingDialog
from .item_dialog import ItemDialog
from .item_editor import ItemEditor
from .item_model import COL, ID_ROLE, AgendaItemModel
from dialogue_planner.gui.shell.widgets import EmptyText


class AgendaPage(Page):
    page_id = "agenda"
    icon_name = "agenda-page"

    def __init__(self, app, parent: QWidget | None = None) -> None:
        super().__init__(app, parent)
        self.today = date.today()
        self.meetings = []
        self.confirm_close = self._ask_close
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 20, 24, 16)
        outer.setSpacing(10)
        heading = QLabel(self.tr("Agenda"))
        heading.setObjectName("pageTitle")
        outer.addWidget(heading)

        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Meeting")))
        self.meeting = QComboBox()
        self.meeting.setAccessibleName(self.tr("Meeting"))
        self.meeting.setObjectName("agendaMeeting")
        self.meeting.setMinimumWidth(300)
        self.meeting.currentIndexChanged.connect(self._meeting_changed)
        bar.addWidget(self.meeting)
        self.new_button = QPushButton(icon("agenda-add"), self.tr("New item…"))
        self.new_button.clicked.connect(self.new_item)
        self.standing_button = QPushButton(icon("agenda-standing"), self.tr("Add standing items"))
        self.standing_button.clicked.connect(self.add_standing)
        self.close_button = QPushButton(icon("agenda-close"), self.tr("Close meeting and carry over…"))
        self.close_button.clicked.connect(self.close_meeting)
        for b in (self.new_button, self.standing_button):
            bar.addWidget(b)
        bar.addStretch(1)
        bar.addWidget(self.close_button)
        outer.addLayout(bar)
        self.summary = QLabel()
        self.summary.setObjectName("pageSubtitle")
        self.summary.setWordWrap(True)
        outer.addWidget(self.summary)

        self.model = AgendaItemModel(self)
        self.model.order_requested.connect(self.save_order)
        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Agenda items"))
        EmptyText(self.table)
        self.table.setObjectName("agendaTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setDragEnabled(True)
        self.table.setAcceptDrops(True)
        self.table.setDropIndicatorShown(True)
        self.table.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.table.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(COL["title"], QHeaderView.ResizeMode.Stretch)
        for column, width in ((COL["position"], 32), (COL["source"], 80), (COL["owner"], 72), (COL["status"], 80),
                              (COL["first_raised"], 84), (COL["carried"], 56)):
            header.resizeSection(column, width)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)

        self.editor = ItemEditor(app)
        self.editor.changed.connect(self._item_saved)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.table)
        splitter.addWidget(self.editor)
        splitter.setSizes([680, 400])
        outer.addWidget(splitter, 1)

    def title(self) -> str:
        return self.tr("Agenda")

    # Loading ---------------------------------------------------------------------------------------
    def meeting_label(self, m) -> str:
        return self.tr("Meeting {0} · {1} · {2} · {3}").format(m.number, m.planned_start.isoformat(), m.city,
                                                               word(m.status))

    def refresh(self) -> None:
        if self.app.ctx.dialogue_id is None:
            return
        wanted = self.current_meeting()
        selected = self.selected_item_id()
        self.meetings = service.agenda_meetings(self.app.ctx)
        self.meeting.blockSignals(True)
        self.meeting.clear()
        for m in self.meetings:
            self.meeting.addItem(self.meeting_label(m), m.number)
        self.meeting.blockSignals(False)
        self.editor.set_open_meetings([(m.number, self.meeting_label(m)) for m in self.meetings if m.is_open])
        if wanted is None:
            upcoming = [m for m in self.meetings if m.is_open and m.planned_start >= self.today]
            fallback = [m for m in self.meetings if m.is_open] or self.meetings
            choice = (upcoming or fallback or [None])[0]
            wanted = choice.number if choice else None
        self.show_meeting(wanted, select_item=selected)

    def current_meeting(self) -> int | None:
        return self.meeting.currentData()

    def show_meeting(self, number: int | None, select_item: int | None = None) -> None:
        at = self.meeting.findData(number) if number is not None else -1
        if at >= 0 and at != self.meeting.currentIndex():
            self.meeting.blockSignals(True)
            self.meeting.setCurrentIndex(at)
            self.meeting.blockSignals(False)
        self._load(select_item)

    def _meeting_record(self):
        number = self.current_meeting()
        return next((m for m in self.meetings if m.number == number), None)

    def _load(self, select_item: int | None = None) -> None:
        m = self._meeting_record()
        if m is None:
            self.model.set_items([])
            self.summary.setText(self.tr("No meetings yet: add one on the Schedule page."))
            self._enable(None)
            return
        items = service.list_items(self.app.ctx, m.number)
        self.model.set_items(items, movable=m.is_open)
        open_count = sum(1 for i in items if i.status in ("open", "discussed"))
        carried_in = sum(1 for i in items if i.times_carried)
        text = self.tr("{0} items · {1} unresolved · {2} carried over from earlier meetings{3}").format(
            len(items), open_count, carried_in, self.tr(" · closed") if m.closed else "")
        if m.status == "cancelled" and open_count:
            text += " · " + self.tr("this meeting was cancelled with no open meeting after it: move its "
                                    "unresolved items to an open meeting")
        self.summary.setText(text)
        self._enable(m)
        if select_item is None or not self.select_item(select_item):
            self.editor.show_item(None)

    def _enable(self, m) -> None:
        self.new_button.setEnabled(m is not None and m.is_open)
        self.standing_button.setEnabled(m is not None and m.is_open)
        self.close_button.setEnabled(m is not None and not m.closed and m.status != "cancelled")

    @Slot(int)
    def _meeting_changed(self, _index: int) -> None:
        self._load()

    # Selection -------------------------------------------------------------------------------------
    def selected_item_id(self) -> int | None:
        index = self.table.currentIndex()
        return index.data(ID_ROLE) if index.isValid() else None

    def select_item(self, item_id: int) -> bool:
        row = self.model.row_of(item_id)
        if row < 0:
            return False
        self.table.selectionModel().setCurrentIndex(
            self.model.index(row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        return True

    @Slot()
    def _current_changed(self, current, _previous) -> None:
        self.editor.show_item(self.model.item(current.row()) if current.isValid() else None)

    # Changes ---------------------------------------------------------------------------------------
    @Slot(object)
    def _item_saved(self, _show) -> None:
        selected = self.selected_item_id()
        self._load(selected)
        self.app.changed("agenda_item")

    @Slot(list)
    def save_order(self, ids: list[int]) -> None:
        selected = self.selected_item_id()
        try:
            service.reorder_items(self.app.ctx, self.current_meeting(), ids)
        except Exception as exc:  # noqa: BLE001
            self.app.report_error(exc)
        self._load(selected)

    @Slot()
    def new_item(self) -> None:
        sides = [s.code for s in current_dialogue(self.app.ctx).sides]
        dialog = ItemDialog(self.app, self.current_meeting(), sides, self)
        if dialog.exec() and dialog.saved is not None:
            self._load(dialog.saved.id)
            self.app.changed("agenda_item")

    @Slot()
    def add_standing(self) -> None:
        try:
            service.add_standing_items(self.app.ctx, self.current_meeting())
        except Exception as exc:  # noqa: BLE001
            self.app.report_error(exc)
            return
        self._load()
        self.app.changed("agenda_item")

    def _ask_close(self, preview) -> bool:
        return bool(CloseMeetingDialog(preview, self).exec())

    @Slot()
    def close_meeting(self) -> None:
        number = self.current_meeting()
        if number is None:
            return
        try:
            preview = service.preview_close(self.app.ctx, number)
            if not self.confirm_close(preview):
                return
            result = service.close_meeting(self.app.ctx, number, today=self.today)
        except Exception as exc:  # noqa: BLE001
            self.app.report_error(exc)
            return
        self.refresh()
        if result.target_meeting_number is not None and result.moved:
            self.show_meeting(result.target_meeting_number)
            self.summary.setText(self.tr("Meeting {0} closed: {1} item(s) carried over to this meeting.").format(
                result.meeting_number, len(result.moved)) + " " + self.summary.text())
        self.app.changed("agenda_item", "meeting")
