"""The Agenda page: one meeting's items in order (drag, or Ctrl+Up/Down, to reorder), each item's carry-over
history, outcome and action items edited in place, and "close meeting and carry over" with a preview. It
opens on a past meeting nobody recorded yet: that is the secretariat's most urgent job."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, QItemSelectionModel, Qt, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QWidget,
)

from dialogue_planner.gui.kit.carry_over_dialog import CLOSE, CarryOverDialog
from dialogue_planner.gui.kit.icons import icon
from dialogue_planner.gui.kit.looks import give_look
from dialogue_planner.gui.kit.page_parts import configure_table, page_header, page_layout
from dialogue_planner.gui.kit.scroll import FittingScrollArea
from dialogue_planner.gui.kit.words import word
from dialogue_planner.gui.shell.page import Page
from dialogue_planner.services import agenda as service
from dialogue_planner.services.schedule import current_dialogue

from .item_dialog import ItemDialog
from .item_editor import ItemEditor
from .item_model import COL, ID_ROLE, AgendaItemModel


class AgendaPage(Page):
    page_id = "agenda"

    def __init__(self, app, parent: QWidget | None = None) -> None:
        super().__init__(app, parent)
        self.today = date.today()
        self.meetings = []
        outer = page_layout(self)
        page_header(outer, self.tr("Agenda"))
        outer.addWidget(self._build_attention())
        outer.addLayout(self._build_toolbar())
        self.summary = QLabel()
        give_look(self.summary, "pageSubtitle")
        self.summary.setWordWrap(True)
        outer.addWidget(self.summary)
        self._build_table()
        outer.addWidget(self._build_splitter(app), 1)

    def _build_attention(self) -> QFrame:
        self.attention = QFrame()
        give_look(self.attention, "attentionBanner")
        row = QHBoxLayout(self.attention)
        row.setContentsMargins(10, 6, 10, 6)
        sign = QLabel()
        sign.setPixmap(icon("attention").pixmap(20, 20))
        row.addWidget(sign, 0, Qt.AlignmentFlag.AlignTop)
        self.attention_text = QLabel()
        self.attention_text.setObjectName("attentionText")
        self.attention_text.setWordWrap(True)
        row.addWidget(self.attention_text, 1)
        self.attention.hide()
        return self.attention

    def _build_toolbar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        meeting_label = QLabel(self.tr("Meeting"))
        bar.addWidget(meeting_label)
        self.meeting = QComboBox()
        self.meeting.setObjectName("agendaMeeting")
        self.meeting.setAccessibleName(self.tr("Meeting"))
        meeting_label.setBuddy(self.meeting)
        self.meeting.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.meeting.setMinimumContentsLength(18)
        self.meeting.currentIndexChanged.connect(self._meeting_changed)
        bar.addWidget(self.meeting, 1)
        self.new_button = QPushButton(icon("agenda-add"), self.tr("New item…"))
        self.new_button.setObjectName("newAgendaItem")
        self.new_button.clicked.connect(self.new_item)
        self.standing_button = QPushButton(icon("agenda-standing"), self.tr("Add standing items"))
        self.standing_button.setObjectName("addStandingItems")
        self.standing_button.clicked.connect(self.add_standing)
        self.close_button = QPushButton(icon("agenda-close"), self.tr("Close meeting and carry over…"))
        self.close_button.setObjectName("closeMeeting")
        self.close_button.clicked.connect(self.close_meeting)
        for b in (self.new_button, self.standing_button, self.close_button):
            bar.addWidget(b)
        return bar

    def _build_table(self) -> None:
        self.model = AgendaItemModel(self)
        self.model.order_requested.connect(self.save_order)
        self.table = QTableView()
        self.column_widths = {
            COL["position"]: 32,
            COL["source"]: 80,
            COL["owner"]: 72,
            COL["status"]: 80,
            COL["first_raised"]: 84,
            COL["carried"]: 56,
        }
        header = configure_table(
            self.table,
            self.model,
            name="agendaTable",
            accessible=self.tr("Agenda items"),
            stretch=COL["title"],
            widths=self.column_widths,
        )
        header.setMinimumSectionSize(28)
        self.table.setDragEnabled(True)
        self.table.setAcceptDrops(True)
        self.table.setDropIndicatorShown(True)
        self.table.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.table.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.table.setMinimumWidth(280)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.table.installEventFilter(self)
        # The keyboard's way to what the mouse does: reorder, withdraw (with its dialog). Right-click lists them.
        self.up_action = self._table_action(self.tr("Move up"), QKeySequence("Ctrl+Up"), self.move_up)
        self.down_action = self._table_action(self.tr("Move down"), QKeySequence("Ctrl+Down"), self.move_down)
        self.withdraw_action = self._table_action(
            self.tr("Withdraw…"), QKeySequence(QKeySequence.StandardKey.Delete), self.withdraw_selected
        )
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

    def _build_splitter(self, app) -> QSplitter:
        self.editor = ItemEditor(app)
        self.editor.changed.connect(self._item_saved)
        # On a low screen the item's pane scrolls rather than squeezing its fields.
        editor_scroll = FittingScrollArea(self.editor)
        editor_scroll.setObjectName("agendaItemPane")
        editor_scroll.setAccessibleName(self.tr("Agenda item"))
        editor_scroll.setMinimumWidth(
            self.editor.minimumSizeHint().width() + editor_scroll.verticalScrollBar().sizeHint().width()
        )
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("agendaSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(editor_scroll)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([680, 400])
        return self.splitter

    # Columns the table drops first when it is narrow (the item's pane shows the same facts), and the width
    # the title keeps before they go.
    SPARE_COLUMNS = ("source", "first_raised", "owner")
    TITLE_MIN_WIDTH = 130

    def eventFilter(self, obj, event) -> bool:
        if obj is self.table and event.type() == QEvent.Type.Resize:
            self._fit_columns()
        return False

    def _fit_columns(self) -> None:
        """Hide the spare columns, in order, while the title would be narrower than TITLE_MIN_WIDTH."""
        room = self.table.viewport().width() - self.TITLE_MIN_WIDTH
        fixed = sum(self.column_widths.values())
        for name in self.SPARE_COLUMNS:
            hide = fixed > room
            if hide != self.table.isColumnHidden(COL[name]):
                self.table.setColumnHidden(COL[name], hide)
                if not hide:
                    self.table.horizontalHeader().resizeSection(COL[name], self.column_widths[COL[name]])
            if hide:
                fixed -= self.column_widths[COL[name]]

    def _table_action(self, text: str, keys: QKeySequence, slot) -> QAction:
        action = QAction(text, self.table)
        action.setShortcut(keys)
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        action.triggered.connect(slot)
        self.table.addAction(action)
        return action

    # Keyboard commands: Ctrl+N, and Delete in the list withdraws the item (asking why).
    def new_control(self):
        return self.new_button

    def list_view(self):
        return self.table

    def delete_control(self):
        return self.editor.withdraw_button

    # Loading ---------------------------------------------------------------------------------------
    def meeting_label(self, m) -> str:
        label = self.tr("Meeting {0} · {1} · {2} · {3}").format(
            m.number, m.planned_start.isoformat(), m.city, word(m.status)
        )
        return label + (" · " + self.tr("to be recorded") if m.needs_closing else "")

    def refresh(self) -> None:
        """Load the meetings off the GUI thread, then the items of the one shown (kept where it was)."""
        if self.app.ctx.dialogue_id is None:
            return
        self.app.ops.run(
            service.agenda_meetings, self.app.ctx, today=self.today, on_done=self._meetings_loaded
        )

    def _meetings_loaded(self, meetings) -> None:
        wanted = self.current_meeting()
        selected = self.selected_item_id()
        self.meetings = meetings
        self.meeting.blockSignals(True)
        self.meeting.clear()
        for m in self.meetings:
            self.meeting.addItem(self.meeting_label(m), m.number)
            if m.needs_closing:
                self.meeting.setItemIcon(self.meeting.count() - 1, icon("attention"))
        self.meeting.blockSignals(False)
        self.editor.set_open_meetings([(m.number, self.meeting_label(m)) for m in self.meetings if m.is_open])
        if wanted is None:
            wanted = self.first_meeting_to_show()
        self.show_meeting(wanted, select_item=selected)

    def _after_loading(self, then) -> None:
        """``then()`` once the calls already started (a refresh, a load) have shown what they fetched."""
        self.app.ops.after_calls(then)

    def first_meeting_to_show(self) -> int | None:
        """A past meeting nobody recorded comes first; else the next open meeting, else the latest one."""
        to_close = [m for m in self.meetings if m.needs_closing]
        upcoming = [m for m in self.meetings if m.is_open and m.planned_start >= self.today]
        fallback = [m for m in self.meetings if m.is_open] or self.meetings
        choice = (to_close or upcoming or fallback or [None])[0]
        return choice.number if choice else None

    def current_meeting(self) -> int | None:
        return self.meeting.currentData()

    def show_target(self, target: dict) -> None:
        """``meeting``: its number; ``item``: an item of it to select."""
        if "meeting" in target:
            self._after_loading(lambda: self.show_meeting(target["meeting"], select_item=target.get("item")))

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
        self._show_attention(m)
        if m is None:
            self.model.set_items([])
            self.summary.setText(self.tr("No meetings yet: add one on the Schedule page."))
            self._enable(None)
            self.editor.show_item(None)
            return
        self.app.ops.run(
            service.list_items,
            self.app.ctx,
            m.number,
            on_done=lambda items: self._items_loaded(m.number, items, select_item),
        )

    def _items_loaded(self, number: int, items, select_item: int | None) -> None:
        m = self._meeting_record()
        if m is None or m.number != number:
            return  # another meeting was chosen meanwhile: its own load shows it
        self.model.set_items(items, movable=m.is_open)
        open_count = sum(1 for i in items if i.status in ("open", "discussed"))
        carried_in = sum(1 for i in items if i.times_carried)
        text = self.tr("{0} items · {1} unresolved · {2} carried over from earlier meetings{3}").format(
            len(items), open_count, carried_in, self.tr(" · closed") if m.closed else ""
        )
        if m.status == "cancelled" and open_count:
            text += " · " + self.tr(
                "this meeting was cancelled with no open meeting after it: move its "
                "unresolved items to an open meeting"
            )
        self.summary.setText(text)
        self._enable(m)
        if select_item is None or not self.select_item(select_item):
            self.editor.show_item(None)

    def _show_attention(self, m) -> None:
        if m is None or not m.needs_closing:
            self.attention.hide()
            return
        self.attention_text.setText(
            self.tr(
                "Meeting {0} ({1}) has passed but is still {2}: record the outcomes of its items, then close it "
                "and carry over what is unresolved."
            ).format(m.number, m.planned_start.isoformat(), word(m.status))
        )
        self.attention.show()

    def _enable(self, m) -> None:
        # A meeting entered as already held takes items until it is closed (backfilling its record, issue 16).
        backfilling = m is not None and m.status == "held" and not m.closed
        self.new_button.setEnabled(m is not None and (m.is_open or backfilling))
        self.standing_button.setEnabled(m is not None and m.is_open)
        started = m is not None and m.planned_start <= self.today
        self.close_button.setEnabled(
            m is not None and not m.closed and m.status != "cancelled" and (started or m.status == "held")
        )
        self.close_button.setToolTip(
            self.tr("Meeting {0} can be closed once it has taken place ({1}).").format(
                m.number, m.planned_start
            )
            if m is not None and not m.closed and not started
            else ""
        )
        for action in (self.up_action, self.down_action):
            action.setEnabled(m is not None and m.is_open)

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
            QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
        )
        return True

    @Slot()
    def _current_changed(self, current, _previous) -> None:
        self.editor.show_item(self.model.record(current.row()) if current.isValid() else None)

    # Changes ---------------------------------------------------------------------------------------
    @Slot(object)
    def _item_saved(self, _show) -> None:
        selected = self.selected_item_id()
        self._load(selected)
        self.app.changed("agenda_item")

    @Slot(list)
    def save_order(self, ids: list[int]) -> None:
        selected = self.selected_item_id()

        def refused(_exc: BaseException) -> bool:
            self._load(selected)  # back to the stored order
            return False

        self.app.ops.run(
            service.reorder_items,
            self.app.ctx,
            self.current_meeting(),
            ids,
            on_done=lambda _done: self._load(selected),
            on_error=refused,
        )

    def _move_selected(self, step: int) -> None:
        item_id = self.selected_item_id()
        if item_id is None or not self.model.movable:
            return
        ids = [i.id for i in self.model.items()]
        at = ids.index(item_id)
        if not 0 <= at + step < len(ids):
            return
        ids[at], ids[at + step] = ids[at + step], ids[at]
        self.save_order(ids)

    @Slot()
    def move_up(self) -> None:
        self._move_selected(-1)

    @Slot()
    def move_down(self) -> None:
        self._move_selected(1)

    @Slot()
    def withdraw_selected(self) -> None:
        """Delete on an item: withdraw it, asking why (nothing leaves an agenda without a reason)."""
        if self.editor.withdraw_button.isEnabled():
            self.editor.withdraw()

    @Slot()
    def new_item(self) -> None:
        self.app.ops.run(
            current_dialogue, self.app.ctx, on_done=self._open_new_dialog, busy_widget=self.new_button
        )

    def _open_new_dialog(self, dialogue) -> None:
        dialog = ItemDialog(self.app, self.current_meeting(), [s.code for s in dialogue.sides], self)
        if dialog.exec() and dialog.saved is not None:
            self._load(dialog.saved.id)
            self.app.changed("agenda_item")

    @Slot()
    def add_standing(self) -> None:
        def added(_items) -> None:
            self._load()
            self.app.changed("agenda_item")

        self.app.ops.run(
            service.add_standing_items,
            self.app.ctx,
            self.current_meeting(),
            on_done=added,
            busy_widget=self.standing_button,
        )

    @Slot()
    def close_meeting(self) -> None:
        """Preview what closing carries where (the service refuses first what closing would refuse), ask,
        then close and show the meeting the items went to."""
        number = self.current_meeting()
        if number is None:
            return
        self.app.ops.run(
            service.preview_close,
            self.app.ctx,
            number,
            today=self.today,
            on_done=lambda preview: self._confirm_close(number, preview),
            busy_widget=self.close_button,
        )

    def _confirm_close(self, number: int, preview) -> None:
        dialog = CarryOverDialog(CLOSE, preview, self)
        accepted = dialog.exec()
        dialog.deleteLater()
        if accepted:
            self.app.ops.run(
                service.close_meeting,
                self.app.ctx,
                number,
                today=self.today,
                on_done=self._closed,
                busy_widget=self.close_button,
            )

    def _closed(self, result) -> None:
        self.app.changed("agenda_item", "meeting")  # other pages redraw (this one too, in the window)
        self.refresh()
        if result.target_meeting_number is not None and result.moved:

            def say_where() -> None:
                self.summary.setText(
                    self.tr("Meeting {0} closed: {1} item(s) carried over to this meeting.").format(
                        result.meeting_number, len(result.moved)
                    )
                    + " "
                    + self.summary.text()
                )

            def show_target() -> None:
                self.show_meeting(result.target_meeting_number)
                self._after_loading(say_where)

            self._after_loading(show_target)
