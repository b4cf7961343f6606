"""The Requests page: every request in a fast table with filters and search as you type, and a detail pane
with the history and quick "record response"."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, QItemSelectionModel, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QWidget,
)

from dialogue_planner.domain.vocabulary import RequestKind, RequestStatus
from dialogue_planner.gui.kit.collector import collection_deferred
from dialogue_planner.gui.kit.icons import icon
from dialogue_planner.gui.kit.letting_go import let_go
from dialogue_planner.gui.kit.page_parts import FIRST_SCREENFUL, configure_table, page_header, page_layout
from dialogue_planner.gui.kit.words import word
from dialogue_planner.gui.shell.page import Page
from dialogue_planner.services.requests import get_request, list_request_rows, request_row
from dialogue_planner.services.schedule import current_dialogue

from .detail_pane import RequestDetailPane
from .filter_proxy import RequestFilter, RequestFilterProxy, prepare
from .report_dialog import TimelinessDialog
from .request_dialog import RequestDialog
from .table_model import COL, ID_ROLE, RequestTableModel

ROW_HEIGHT = 24


class RequestsPage(Page):
    """``rows_loaded`` is emitted each time the list has been (re)loaded."""

    page_id = "requests"
    rows_loaded = Signal()

    def __init__(self, app, parent: QWidget | None = None) -> None:
        super().__init__(app, parent)
        self.today = date.today()
        self.sides: list[str] = []
        self.overdue_count = 0
        self.loading = False
        self.first_screenful = False  # the newest rows are shown while the rest load
        self._reload_pending = False
        self._own_change = False
        self._selection_to_restore: int | None = None
        self._kept_selection: int | None = None  # the selection when the rows were let go of
        outer = page_layout(self)
        _heading, self.summary = page_header(outer, self.tr("Requests"), " ")
        self.summary.setWordWrap(False)
        bar, filters = self._build_toolbar()
        outer.addLayout(bar)
        outer.addLayout(filters)
        self._build_table()
        self.detail = RequestDetailPane(app)
        self.detail.changed.connect(self._request_changed)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setObjectName("requestSplitter")
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([330, 290])
        outer.addWidget(splitter, 1)

    def _build_toolbar(self) -> tuple[QHBoxLayout, QHBoxLayout]:
        """Search and the two actions on one line, the filters on the next: the page fits 1024 px."""
        self.search = QLineEdit()
        self.search.setObjectName("requestSearch")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search reference, subject, agency…"))
        self.search.textChanged.connect(self.apply_filter)
        self.side = QComboBox()
        self.side.setToolTip(self.tr("Responding side"))
        self.kind = QComboBox()
        self.kind.addItem(self.tr("Any kind"), "")
        for kind in RequestKind.values():
            self.kind.addItem(word(kind), kind)
        self.status = QComboBox()
        self.status.addItem(self.tr("Any status"), "")
        for status in RequestStatus.values():
            self.status.addItem(word(status), status)
        self.overdue = QCheckBox(self.tr("Overdue only"))
        self.answer = QComboBox()
        self.answer.setObjectName("answerFilter")
        self.answer.addItem(self.tr("Any answer"), "")
        self.answer.addItem(self.tr("Answered late"), "late")
        self.answer.addItem(self.tr("Partial or worse"), "poor")
        for combo in (self.side, self.kind, self.status, self.answer):
            combo.currentIndexChanged.connect(self.apply_filter)
        # Names a screen reader says for the controls without a label beside them.
        for widget, name in (
            (self.search, self.tr("Search requests")),
            (self.side, self.tr("Responding side")),
            (self.kind, self.tr("Kind of request")),
            (self.status, self.tr("Status")),
            (self.answer, self.tr("Answer")),
        ):
            widget.setAccessibleName(name)
        self.overdue.toggled.connect(self.apply_filter)
        self.new_button = QPushButton(icon("requests-add"), self.tr("New request…"))
        self.new_button.clicked.connect(self.new_request)
        self.report_button = QPushButton(icon("requests-report"), self.tr("Timeliness…"))
        self.report_button.clicked.connect(self.open_report)
        self.new_button.setObjectName("newRequest")
        self.report_button.setObjectName("timelinessReport")
        bar = QHBoxLayout()
        bar.addWidget(self.search, 1)
        bar.addWidget(self.report_button)
        bar.addWidget(self.new_button)
        filters = QHBoxLayout()
        for w in (self.side, self.kind, self.status, self.answer, self.overdue):
            filters.addWidget(w)
        filters.addStretch(1)
        return bar, filters

    def _build_table(self) -> None:
        self.model = RequestTableModel(self)
        self.proxy = RequestFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        header = configure_table(
            self.table,
            self.proxy,
            name="requestTable",
            accessible=self.tr("Requests"),
            sorting=True,
            widths={
                COL["reference"]: 105,
                COL["from"]: 72,
                COL["to"]: 72,
                COL["kind"]: 90,
                COL["subject"]: 200,
                COL["received"]: 86,
                COL["due"]: 86,
                COL["responded"]: 86,
                COL["quality"]: 84,
                COL["status"]: 96,
                COL["overdue"]: 52,
            },
        )
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)  # the subject takes the spare width (_fit_subject)
        vertical = self.table.verticalHeader()
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # 100,000 rows: never measure them
        vertical.setDefaultSectionSize(ROW_HEIGHT)
        self.table.installEventFilter(self)
        self.table.sortByColumn(COL["received"], Qt.SortOrder.DescendingOrder)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.table.doubleClicked.connect(self._row_double_clicked)

    SUBJECT_MIN = 200

    def eventFilter(self, watched, event) -> bool:
        if watched is self.table and event.type() == QEvent.Type.Resize:
            self._fit_subject()
        return super().eventFilter(watched, event)

    def _fit_subject(self) -> None:
        """The subject takes the width the other columns leave, but never less than 200 px: on a narrow
        screen the table scrolls sideways instead of squeezing the subject to nothing (as Stretch did)."""
        header = self.table.horizontalHeader()
        others = sum(header.sectionSize(c) for c in range(header.count()) if c != COL["subject"])
        header.resizeSection(COL["subject"], max(self.SUBJECT_MIN, self.table.viewport().width() - others))

    # Keyboard commands: Ctrl+N, Ctrl+F, and Enter in the list edits the request.
    def new_control(self):
        return self.new_button

    def search_control(self):
        return self.search

    def list_view(self):
        return self.table

    def open_control(self):
        return self.detail.edit_button

    # Loading ---------------------------------------------------------------------------------------
    def hideEvent(self, event) -> None:
        """Left for another page: the rows are let go of, and loaded again when the page is shown (the
        newest screenful first). 100,000 requests and their search text hold about 60 MB, which the other
        pages and the Briefing's rendering would otherwise come on top of (issue 19: peak memory)."""
        super().hideEvent(event)
        if not event.spontaneous() and self.window().isVisible():
            self._let_rows_go()

    def _let_rows_go(self) -> None:
        if self.loading or not self.model.rowCount():
            return  # a load under way delivers its rows; they go when the page is next left
        self._kept_selection = self.selected_id()
        rows, search = self.model.rows(), self.proxy.search_texts()
        self.model.set_rows([], self.today)
        self.first_screenful = False
        self.setProperty("stale", True)  # the main window refreshes a stale page when it shows it
        let_go(rows, search)

    def refresh(self) -> None:
        """Load the list off the GUI thread: the page stays usable while 100,000 rows are read and indexed."""
        if self.app.ctx.dialogue_id is None:
            self.model.set_rows([], self.today)
            self._count_overdue()
            self._update_summary()
            return
        if self._own_change:
            # The main window refreshes the current page after every change; this page already shows its own.
            self._own_change = False
            return
        if self.loading:
            self._reload_pending = True
            return
        self.loading = True
        selected = self.selected_id()
        self._selection_to_restore = selected if selected is not None else self._kept_selection
        self._kept_selection = None
        self.detail.today = self.today
        self.summary.setText(self.tr("Loading requests…"))
        ctx, today = self.app.ctx, self.today
        column, descending = self.proxy.sort_state
        if not self.model.rowCount():  # the first load: the newest screenful first, while the rest load

            def first_screenful():
                rows = list_request_rows(ctx, newest=FIRST_SCREENFUL)
                return [s.code for s in current_dialogue(ctx).sides], prepare(rows, column, descending, today)

            self.app.ops.run(
                first_screenful,
                on_done=self._first_screenful,
                on_error=lambda _exc: True,  # the whole list's load meets the same trouble and says so
            )

        def load(_progress):
            # A full collection amid 100,000 new rows stalled the GUI thread; the rows are kept (frozen).
            with collection_deferred(keep=True):
                sides = [s.code for s in current_dialogue(ctx).sides]
                rows = list_request_rows(ctx)
                overdue = sum(1 for r in rows if r.overdue(today))
                return sides, rows, overdue, prepare(rows, column, descending, today)

        self.app.tasks.run(
            self.tr("Loading requests"), load, on_done=self._rows_loaded, on_error=self._load_failed
        )

    def _first_screenful(self, result) -> None:
        """The newest requests, shown until the whole list is in (unless it came first), with the sides to
        filter them by."""
        if not self.loading or self.model.rowCount():
            return
        sides, prepared = result
        self._fill_sides(sides)
        self.first_screenful = True
        self.proxy.expect(prepared)
        self.model.set_rows(prepared.rows, self.today, prepared.ids)
        self._update_summary()

    @Slot(object)
    def _rows_loaded(self, result) -> None:
        sides, rows, overdue, prepared = result
        wanted = self._selection_to_restore
        if self.first_screenful and wanted is None:
            wanted = self.selected_id()  # chosen among the first screenful: kept
        self.first_screenful = False
        self._fill_sides(sides)
        self.proxy.expect(prepared)
        self.model.set_rows(rows, self.today, prepared.ids)
        self.overdue_count = overdue
        self.loading = False
        self._update_summary()
        if wanted is not None:
            self.select_request(wanted)
        self.rows_loaded.emit()
        if self._reload_pending:
            self._reload_pending = False
            self.refresh()

    @Slot(object)
    def _load_failed(self, exc) -> None:
        self.loading = False
        if self.first_screenful:  # not the list: a few of its rows
            self.first_screenful = False
            self.model.set_rows([], self.today)
        self._reload_pending = False
        self.summary.setText(self.tr("The requests could not be loaded."))
        self.app.report_error(exc)

    def _fill_sides(self, sides: list[str]) -> None:
        if sides == self.sides:
            return
        self.sides = sides
        self.side.blockSignals(True)
        self.side.clear()
        self.side.addItem(self.tr("Any side"), "")
        for code in sides:
            self.side.addItem(self.tr("To {0}").format(code), code)
        self.side.blockSignals(False)

    def _count_overdue(self) -> None:
        self.overdue_count = sum(1 for r in self.model.rows() if r.overdue(self.today))

    def _update_summary(self) -> None:
        rows = self.model.rows()
        overdue = self.overdue_count
        if self.first_screenful:
            self.summary.setText(
                self.tr("Loading requests… the newest {0} are shown").format(f"{len(rows):,}")
            )
            return
        self.summary.setText(
            self.tr("{0} requests · {1} overdue today · showing {2}").format(
                f"{len(rows):,}", f"{overdue:,}", f"{self.proxy.rowCount():,}"
            )
        )

    # Filtering -------------------------------------------------------------------------------------
    @Slot()
    def apply_filter(self, *_args) -> None:
        selected = self.selected_id()
        self.proxy.set_filter(
            RequestFilter(
                side=self.side.currentData() or "",
                kind=self.kind.currentData() or "",
                status=self.status.currentData() or "",
                overdue_only=self.overdue.isChecked(),
                text=self.search.text(),
                answer=self.answer.currentData() or "",
            )
        )
        if selected is not None and not self.select_request(selected):
            self.detail.show_detail(None)
        self._update_summary()

    # Selection -------------------------------------------------------------------------------------
    def selected_id(self) -> int | None:
        index = self.table.currentIndex()
        return index.data(ID_ROLE) if index.isValid() else None

    def select_request(self, request_id: int) -> bool:
        source_row = self.model.row_for_id(request_id)
        proxy_row = self.proxy.proxy_row(source_row) if source_row >= 0 else -1
        if proxy_row < 0:
            return False
        index = self.proxy.index(proxy_row, 0)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
        self.table.scrollTo(index)
        return True

    @Slot()
    def _current_changed(self, current, _previous) -> None:
        if not current.isValid():
            self.detail.show_detail(None)
            return
        reference = self.proxy.index(current.row(), COL["reference"]).data()
        self.app.ops.run(get_request, self.app.ctx, reference, on_done=self._show_detail)

    def _show_detail(self, record) -> None:
        """The detail of the selected request, unless the user has selected another one meanwhile."""
        if self.selected_id() == record.request.id:
            self.detail.show_detail(record)

    @Slot(object)
    def _request_changed(self, record) -> None:
        self.model.replace_row(request_row(record))
        self._count_overdue()
        self._update_summary()
        if not self.select_request(record.id):
            self.detail.show_detail(None)
        else:
            self.app.ops.run(get_request, self.app.ctx, record.reference, on_done=self._show_detail)
        self._own_change = True
        self.app.changed("request")
        self._own_change = False

    @Slot()
    def _row_double_clicked(self, *_args) -> None:
        self.detail.edit_request()

    def show_target(self, target: dict) -> None:
        """``overdue``: every overdue request (the other filters and the search cleared, so the list shows
        what the Overview counted); ``report``: the timeliness report."""
        if target.get("overdue"):
            for widget in (self.side, self.kind, self.status, self.answer, self.search, self.overdue):
                widget.blockSignals(True)
            for combo in (self.side, self.kind, self.status, self.answer):
                combo.setCurrentIndex(0)
            self.search.clear()
            self.overdue.setChecked(True)
            for widget in (self.side, self.kind, self.status, self.answer, self.search, self.overdue):
                widget.blockSignals(False)
            self.apply_filter()
        if target.get("report"):
            self.open_report()

    @Slot()
    def open_report(self) -> None:
        TimelinessDialog(self.app, self, today=self.today).exec()

    @Slot()
    def new_request(self) -> None:
        dialog = RequestDialog(self.app, self.sides or ["US", "CN"], self, today=self.today)
        if dialog.exec() and dialog.saved is not None:
            self._request_changed(dialog.saved)
