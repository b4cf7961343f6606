"""The Escalations page: the hotline log, newest first, with resolving and putting an issue on the agenda."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from dialogue_planner.domain.escalations import local_time
from dialogue_planner.gui.kit.collector import collection_deferred
from dialogue_planner.gui.kit.icons import icon
from dialogue_planner.gui.kit.page_parts import FIRST_SCREENFUL, configure_table, page_header, page_layout
from dialogue_planner.gui.kit.widgets import EmptyText
from dialogue_planner.gui.kit.words import word
from dialogue_planner.gui.shell.page import Page
from dialogue_planner.services.escalations import (
    escalation_to_agenda,
    list_escalations,
)
from dialogue_planner.services.schedule import current_dialogue

from .clock_dialogs import AcknowledgeDialog, ResolveDialog
from .escalation_dialog import EscalationDialog, EscalationTextsDialog
from .hotline_panel import HotlineContactsPanel
from .report_panel import HotlineReportPanel
from .table_model import COL, REFERENCE_ROLE, EscalationTableModel


class EscalationsPage(Page):
    page_id = "escalations"

    def __init__(self, app, parent: QWidget | None = None) -> None:
        super().__init__(app, parent)
        self._wanted: str | None = None  # the escalation to select once the list has loaded
        self.first_screenful = False  # the newest escalations are shown while the whole log loads
        outer = page_layout(self)
        _heading, self.summary = page_header(outer, self.tr("Hotline escalations"), " ")
        self.tabs = QTabWidget()
        self.tabs.setObjectName("escalationTabs")
        log = QWidget()
        log_layout = QVBoxLayout(log)
        log_layout.setContentsMargins(0, 6, 0, 0)
        log_layout.addLayout(self._build_toolbar())
        self.message = QLabel()
        self.message.setObjectName("escalationMessage")
        self.message.setWordWrap(True)
        self.message.hide()
        log_layout.addWidget(self.message)
        log_layout.addWidget(self._build_table_and_detail(), 1)
        self.report = HotlineReportPanel(app)
        self.contacts = HotlineContactsPanel(app)
        self.tabs.addTab(log, self.tr("Log"))
        self.tabs.addTab(self.report, self.tr("Report"))
        self.tabs.addTab(self.contacts, self.tr("Hotline"))
        self.tabs.currentChanged.connect(self._tab_changed)
        outer.addWidget(self.tabs, 1)
        self._update_buttons()

    def _build_toolbar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        self.new_button = QPushButton(icon("requests-escalate"), self.tr("New escalation…"))
        self.new_button.setObjectName("newEscalation")
        self.new_button.clicked.connect(self.new_escalation)
        self.resolve_button = QPushButton(icon("agenda-resolve"), self.tr("Resolve…"))
        self.resolve_button.setObjectName("resolveEscalation")
        self.resolve_button.clicked.connect(self.resolve_selected)
        self.edit_button = QPushButton(self.tr("Texts…"))
        self.edit_button.setObjectName("editEscalationTexts")
        self.edit_button.setToolTip(self.tr("Correct or translate the summary, details and resolution"))
        self.edit_button.clicked.connect(self.edit_selected)
        self.acknowledge_button = QPushButton(self.tr("Acknowledge…"))
        self.acknowledge_button.setObjectName("acknowledgeEscalation")
        self.acknowledge_button.clicked.connect(self.acknowledge_selected)
        self.agenda_button = QPushButton(icon("agenda-add"), self.tr("Put on agenda"))
        self.agenda_button.setObjectName("escalationToAgenda")
        self.agenda_button.clicked.connect(self.put_on_agenda)
        self.open_only = QCheckBox(self.tr("Open only"))
        self.open_only.setObjectName("openEscalationsOnly")
        self.open_only.toggled.connect(self._open_only_toggled)
        for w in (
            self.new_button,
            self.edit_button,
            self.acknowledge_button,
            self.resolve_button,
            self.agenda_button,
        ):
            bar.addWidget(w)
        bar.addStretch(1)
        bar.addWidget(self.open_only)
        return bar

    def _build_table_and_detail(self) -> QSplitter:
        self.model = EscalationTableModel(self)
        self.table = QTableView()
        configure_table(
            self.table,
            self.model,
            name="escalationTable",
            accessible=self.tr("Escalations"),
            sorting=True,
            sort=(COL["raised"], Qt.SortOrder.DescendingOrder),
            stretch=COL["summary"],
            widths={
                COL["reference"]: 110,
                COL["raised"]: 160,
                COL["side"]: 80,
                COL["severity"]: 80,
                COL["status"]: 100,
                COL["about"]: 120,
            },
        )
        self.table.setWordWrap(True)
        self.table.findChild(EmptyText, "emptyText").filtered = self.open_only.isChecked
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.detail = QLabel()
        self.detail.setObjectName("escalationDetail")
        self.detail.setTextFormat(Qt.TextFormat.RichText)
        self.detail.setWordWrap(True)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.detail.setContentsMargins(4, 8, 4, 4)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.detail.linkActivated.connect(self._open_link)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setObjectName("escalationSplitter")
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setSizes([520, 160])
        return splitter

    # Keyboard commands: Ctrl+N.
    def new_control(self):
        return self.new_button

    def refresh(self) -> None:
        """Load the log off the GUI thread; the selection stays where it was (or goes where it was sent).
        The Report and Hotline tabs load when they are shown."""
        ctx = self.app.ctx
        if not self.model.total() and ctx.dialogue_id is not None:  # the first load: the newest first
            self.app.ops.run(
                list_escalations,
                ctx,
                newest=FIRST_SCREENFUL,
                on_done=self._first_screenful,
                on_error=lambda _exc: True,  # the whole log's load meets the same trouble and says so
            )

        def load():
            # A full collection amid 20,000 new records stalled the GUI thread; the records are kept (frozen).
            with collection_deferred(keep=True):
                return list_escalations(ctx) if ctx.dialogue_id is not None else []

        self.app.ops.run(load, on_done=self._loaded, on_error=self._load_failed)
        self._refresh_tab()

    def _refresh_tab(self) -> None:
        shown = self.tabs.currentWidget()
        if shown is self.report:
            self.report.refresh()
        elif shown is self.contacts:
            self.contacts.refresh()

    @Slot(int)
    def _tab_changed(self, _index: int) -> None:
        self._refresh_tab()

    def _first_screenful(self, records) -> None:
        """The newest escalations, shown until the whole log is in (calls deliver in order: it comes first);
        an empty log waits for the whole one to say so."""
        if self.model.total() or not records:
            return
        self.first_screenful = True
        self.model.set_records(records)
        self.summary.setText(
            self.tr("Loading escalations… the newest {0} are shown").format(f"{len(records):,}")
        )
        self._update_buttons()

    def _load_failed(self, _exc) -> bool:
        """The whole log could not be read: none of its first rows stay as if they were the log. The error
        path then says why."""
        if self.first_screenful:
            self.first_screenful = False
            self.model.set_records([])
            self.summary.setText(self.tr("The escalations could not be loaded."))
            self._update_buttons()
        return False

    def _loaded(self, records) -> None:
        selected = self._wanted or self.selected_reference()  # one chosen among the first screenful: kept
        self._wanted = None
        self.first_screenful = False
        self.model.set_records(records)
        self.summary.setText(
            self.tr("{0} escalations · {1} open").format(self.model.total(), self.model.count_open())
        )
        if selected:
            self.select(selected)
        self._update_buttons()

    # Selection -------------------------------------------------------------------------------------
    def selected_reference(self) -> str | None:
        index = self.table.currentIndex()
        return index.data(REFERENCE_ROLE) if index.isValid() else None

    def selected_record(self):
        index = self.table.currentIndex()
        return self.model.record(index.row()) if index.isValid() else None

    def select(self, reference: str) -> bool:
        row = self.model.row_of(reference)
        if row < 0:
            return False
        self.table.selectRow(row)
        self.table.setCurrentIndex(self.model.index(row, 0))
        return True

    @Slot()
    def _current_changed(self, *_args) -> None:
        e = self.selected_record()
        self._update_buttons()
        if e is None:
            self.detail.setText("")
            return
        local = local_time(e.raised_at, e.time_zone)
        summary = escape(e.summary) + (f" · {escape(e.summary_zh)}" if e.summary_zh else "")
        parts = [
            f"<b>{escape(e.reference)}</b> · {summary}",
            self.tr("Raised by {0} on {1} ({2} UTC) · severity {3} · {4}").format(
                escape(f"{e.raised_by_side} {e.raised_by_agency}".strip()),
                local.strftime("%Y-%m-%d %H:%M %Z"),
                e.raised_at.strftime("%Y-%m-%d %H:%M"),
                escape(word(e.severity)),
                escape(word(e.status)),
            ),
        ]
        if e.requests:
            parts.append(self.tr("About: {0}").format(escape(", ".join(e.requests))))
        if e.acknowledged_at is not None:
            acknowledged = self.tr("Acknowledged on {0} ({1} UTC)").format(
                local_time(e.acknowledged_at, e.time_zone).strftime("%Y-%m-%d %H:%M %Z"),
                e.acknowledged_at.strftime("%Y-%m-%d %H:%M"),
            )
            if e.acknowledged_by:
                acknowledged += " " + self.tr("by {0}").format(escape(e.acknowledged_by))
            parts.append(acknowledged)
        if e.details:
            parts.append(escape(e.details))
        if e.details_zh:
            parts.append(escape(e.details_zh))
        if e.resolution:
            parts.append(self.tr("Resolution: {0}").format(escape(e.resolution)))
        if e.resolution_zh:
            parts.append(self.tr("Resolution (Chinese): {0}").format(escape(e.resolution_zh)))
        if e.resolved_at is not None:
            parts.append(
                self.tr("Resolved on {0} ({1} UTC)").format(
                    local_time(e.resolved_at, e.time_zone).strftime("%Y-%m-%d %H:%M %Z"),
                    e.resolved_at.strftime("%Y-%m-%d %H:%M"),
                )
            )
        if e.agenda_places:
            places = [
                self.tr("{0} ({1})").format(
                    f"<a href='agenda:{p.meeting}:{p.item_id}'>"
                    + escape(self.tr("meeting {0}, item {1}").format(p.meeting, p.position))
                    + "</a>",
                    escape(word(p.status)),
                )
                for p in e.agenda_places
            ]
            parts.append(self.tr("On the agenda: {0}").format("; ".join(places)))
        self.detail.setText("<br>".join(parts))

    def _update_buttons(self) -> None:
        e = self.selected_record()
        live = [p for p in e.agenda_places if p.is_live] if e is not None else []
        # A viewer reads the log and the detail; the buttons that write are for the secretariat.
        writer = self.app.ctx.can("secretariat")
        self.new_button.setEnabled(writer)
        for button in (self.agenda_button, self.acknowledge_button, self.resolve_button, self.edit_button):
            button.setToolTip("" if writer else self.tr("Your role may only read the escalations."))
        self.agenda_button.setEnabled(writer and e is not None and not live)
        if writer:
            self.agenda_button.setToolTip(
                self.tr("Already on the agenda of meeting {0} as item {1}").format(
                    live[0].meeting, live[0].position
                )
                if live
                else self.tr("Put it on the next open meeting's agenda")
            )
        # An acknowledgement is recorded once; an older escalation can get its time recorded late.
        self.acknowledge_button.setEnabled(
            writer and e is not None and e.acknowledged_at is None and e.status != "closed"
        )
        self.resolve_button.setEnabled(writer and e is not None and e.is_open)
        self.edit_button.setEnabled(writer and e is not None)

    @Slot(str)
    def _open_link(self, link: str) -> None:
        """A link of the detail line: ``agenda:MEETING:ITEM`` opens the Agenda page on that item."""
        kind, _, rest = link.partition(":")
        meeting, _, item = rest.partition(":")
        if kind == "agenda" and meeting.isdigit() and item.isdigit():
            self.app.open_page("agenda", meeting=int(meeting), item=int(item))

    def show_target(self, target: dict) -> None:
        """``open_only``: show open escalations only; ``reference``: select that escalation."""
        if "open_only" in target:
            self.open_only.setChecked(bool(target["open_only"]))
        if target.get("reference"):
            self._wanted = target["reference"]  # the list may still be loading: select it when it has
            self.select(target["reference"])

    @Slot(bool)
    def _open_only_toggled(self, value: bool) -> None:
        selected = self.selected_reference()
        self.model.set_open_only(value)
        if selected:
            self.select(selected)
        self._update_buttons()

    # Actions ---------------------------------------------------------------------------------------
    def _done(self, reference: str, text: str, *areas: str) -> None:
        self.message.setText(text)
        self.message.show()
        self._wanted = reference
        self.refresh()
        self.app.changed("escalation", *areas)

    @Slot()
    def new_escalation(self) -> None:
        self.app.ops.run(
            current_dialogue, self.app.ctx, on_done=self._open_new_dialog, busy_widget=self.new_button
        )

    def _open_new_dialog(self, dialogue) -> None:
        sides = [(s.code, s.time_zone) for s in dialogue.sides]
        dialog = EscalationDialog(self.app, sides, self)
        if dialog.exec() and dialog.saved is not None:
            self._done(dialog.saved.reference, self.tr("{0} logged.").format(dialog.saved.reference))

    @Slot()
    def edit_selected(self) -> None:
        """Correct or translate the selected escalation's texts."""
        e = self.selected_record()
        if e is None:
            return
        dialog = EscalationTextsDialog(self.app, e, self)
        accepted = dialog.exec()
        saved = dialog.saved
        dialog.deleteLater()
        if accepted and saved is not None:
            self._done(e.reference, self.tr("{0} updated.").format(e.reference))

    @Slot()
    def acknowledge_selected(self) -> None:
        """Ask when (default now) and by whom the responding side acknowledged it."""
        e = self.selected_record()
        if e is None:
            return
        dialog = AcknowledgeDialog(self.app, e, self)
        accepted = dialog.exec()
        saved = dialog.saved
        dialog.deleteLater()
        if accepted and saved is not None:
            self._done(e.reference, self.tr("{0} acknowledged.").format(e.reference))

    @Slot()
    def resolve_selected(self) -> None:
        """Ask when and how it was resolved (English and Chinese), saying what resolving does."""
        e = self.selected_record()
        if e is None:
            return
        dialog = ResolveDialog(self.app, e, self)
        accepted = dialog.exec()
        saved = dialog.saved
        dialog.deleteLater()
        if accepted and saved is not None:
            self._done(e.reference, self.tr("{0} resolved.").format(e.reference))

    @Slot()
    def put_on_agenda(self) -> None:
        e = self.selected_record()
        if e is None:
            return

        def on_agenda(done) -> None:
            place = max(done.agenda_places, key=lambda p: p.item_id)
            self._done(
                e.reference,
                self.tr("{0} is on the agenda of meeting {1} as item {2}.").format(
                    e.reference, place.meeting, place.position
                ),
                "agenda_item",
            )

        def refused(_exc: BaseException) -> bool:
            self.refresh()  # another workstation may have put it there: show where
            return False  # and the one error path says why

        self.app.ops.run(
            escalation_to_agenda,
            self.app.ctx,
            e.reference,
            on_done=on_agenda,
            on_error=refused,
            busy_widget=self.agenda_button,
        )
