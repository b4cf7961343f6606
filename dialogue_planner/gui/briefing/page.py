"""The Briefing page: choose a meeting and the options, render in the background, preview the pack
with QtPdf (loaded off the GUI thread), export or print it, and issue numbered copies with the
distribution log."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSortFilterProxyModel, Qt, QTimer, Slot
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from dialogue_planner.domain.briefing import PackOptions
from dialogue_planner.domain.errors import DialogueError
from dialogue_planner.gui.kit.collector import collection_deferred
from dialogue_planner.gui.kit.file_dialogs import get_existing_directory, get_save_file_name
from dialogue_planner.gui.kit.icons import icon
from dialogue_planner.gui.kit.looks import give_look
from dialogue_planner.gui.kit.page_parts import configure_table, page_header
from dialogue_planner.gui.kit.widgets import EmptyText
from dialogue_planner.reports import FontCoverageError, RenderedPack
from dialogue_planner.services.briefing import (
    default_paper,
    distribution_log,
    issue_copies,
    pack_as_of,
    render_meeting_pack,
    save_export,
    write_file,
)
from dialogue_planner.services.delegation import list_members
from dialogue_planner.services.meetings import list_meetings
from dialogue_planner.services.pack_archive import archived_pack, list_archive
from dialogue_planner.services.pack_defaults import list_side_defaults

from ..shell.page import Page
from .defaults_dialog import BriefingDefaultsDialog
from .models import SORT_ROLE, ArchiveModel, DistributionModel
from .pdf_loading import loaded_document
from .pdf_output import print_document


def _meeting_facts(ctx, meeting: int):
    """What the page shows of a meeting besides its pack: the delegation, the distribution log, the paper,
    the archived packs, and for a held meeting the pack that went out last (record and bytes) or None."""
    archive = list_archive(ctx, meeting)
    held_copy = None
    if archive and pack_as_of(ctx, meeting):
        try:
            held_copy = _archived_for_preview(ctx, archive[0].id)
        except DialogueError:  # a damaged entry: the pack is rendered; opening the entry says what is wrong
            held_copy = None
    return (
        list_members(ctx, meeting),
        distribution_log(ctx, meeting),
        default_paper(ctx, meeting),
        archive,
        held_copy,
    )


def _archived_for_preview(ctx, archive_id: int):
    """An archived pack's record, bytes and document, loaded off the GUI thread (pdf_loading.py)."""
    record, pdf = archived_pack(ctx, archive_id)
    return record, pdf, loaded_document(pdf)


def _export(ctx, meeting: int, pdf: bytes, options: PackOptions, path: Path):
    """Write the pack shown and archive it (as of the day it was rendered as of); the archive afterwards."""
    save_export(ctx, meeting, pdf, options, path, as_of=pack_as_of(ctx, meeting))
    return list_archive(ctx, meeting)


def _save_archived(ctx, archive_id: int, path: Path) -> None:
    """Write an archived pack's exact bytes (checked against its SHA-256 first)."""
    _record, pdf = archived_pack(ctx, archive_id)
    write_file(path, pdf)


class BriefingPage(Page):
    page_id = "briefing"

    def __init__(self, app, parent: QWidget | None = None) -> None:
        super().__init__(app, parent)
        self.rendered: RenderedPack | None = None
        self.rendered_for: tuple | None = None  # (meeting, options) of the pack shown
        # What the preview shows and what it should show, as (meeting, options, data generation): Export
        # and Print work while the two agree. The generation counts the refreshes that may bring other
        # data (a change elsewhere, F5); the page's own numbered copies change no pack, so they do not count.
        self.rendered_key: tuple | None = None
        self.attempted_key: tuple | None = None  # the last render started, done or failed (tried once)
        self.data_generation = 0
        self._own_change = False
        self._host_paper: dict[int, str] = {}
        self._task = None
        self.archived_shown = None  # the ArchivedPackRecord the preview shows instead of a rendering
        self._afresh: set[int] = set()  # held meetings the user asked to see rendered, not archived
        self._render_soon = QTimer(self)  # typing a marking renders once the typing pauses
        self._render_soon.setSingleShot(True)
        self._render_soon.setInterval(600)
        self._render_soon.timeout.connect(self._render_if_needed)

        outer = QHBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setObjectName("briefingSplitter")
        outer.addWidget(splitter)
        splitter.addWidget(self._build_panel())
        splitter.addWidget(self._build_preview())
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([380, 900])
        self.app.tasks.progressed.connect(self._progressed)
        for combo in (self.paper_combo, self.language_combo):
            combo.currentIndexChanged.connect(self._options_changed)
        self.marking_edit.textChanged.connect(self._marking_typed)
        self._update_buttons()

    def _build_panel(self) -> QScrollArea:
        """The left column: the pack's options, rendering, export, numbered copies and the log."""
        scroll = QScrollArea()
        scroll.setObjectName("briefingPanel")
        scroll.setAccessibleName(self.tr("Pack"))
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setMinimumWidth(360)
        side = QWidget()
        give_look(side, "pageHost")
        scroll.setWidget(side)
        panel = QVBoxLayout(side)
        panel.setContentsMargins(18, 16, 12, 16)
        panel.setSpacing(10)
        page_header(
            panel, self.tr("Briefing packs"), self.tr("The PDF each delegate prints before a meeting.")
        )
        self._build_options(panel)
        self._build_rendering(panel)
        self._build_font_problem(panel)
        self._build_export(panel)
        self._build_copies(panel)
        self._build_log(panel)
        self._build_archive(panel)
        panel.addStretch(1)
        return scroll

    def _build_options(self, panel: QVBoxLayout) -> None:
        options = QGroupBox(self.tr("Pack"))
        form = QFormLayout(options)
        self.meeting_combo = QComboBox()
        self.meeting_combo.setObjectName("briefingMeeting")
        self.meeting_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.meeting_combo.setMinimumContentsLength(16)
        self.meeting_combo.currentIndexChanged.connect(self._meeting_changed)
        self.paper_combo = QComboBox()
        self.paper_combo.setObjectName("briefingPaper")
        self.paper_combo.addItem(self.tr("Host side's paper"), None)
        self.paper_combo.addItem(self.tr("A4"), "a4")
        self.paper_combo.addItem(self.tr("US Letter"), "letter")
        self.language_combo = QComboBox()
        self.language_combo.setObjectName("briefingLanguage")
        self.language_combo.addItem(self.tr("English"), "en")
        self.language_combo.addItem(self.tr("Chinese"), "zh")
        self.language_combo.addItem(self.tr("Bilingual"), "bilingual")
        if self.app.language == "zh_CN":  # the application runs in Chinese: so does the pack at first
            self.language_combo.setCurrentIndex(self.language_combo.findData("zh"))
        self.marking_edit = QLineEdit()
        self.marking_edit.setObjectName("briefingMarking")
        self.marking_edit.setMaxLength(200)
        self.marking_edit.setPlaceholderText(self.tr("e.g. SENSITIVE BUT UNCLASSIFIED"))
        form.addRow(self.tr("Meeting"), self.meeting_combo)
        form.addRow(self.tr("Paper"), self.paper_combo)
        form.addRow(self.tr("Language"), self.language_combo)
        form.addRow(self.tr("Marking"), self.marking_edit)
        self.append_documents = QCheckBox(self.tr("Append attached PDFs"))
        self.append_documents.setObjectName("briefingAppendDocuments")
        self.append_documents.setToolTip(
            self.tr("Append the PDFs attached to the agenda items and requests, a bookmark each")
        )
        self.internal = QCheckBox(self.tr("Internal: our side's own copy"))
        self.internal.setObjectName("briefingInternal")
        self.internal.setToolTip(
            self.tr(
                "Print the documents kept to our side too; a numbered copy for the other side never shows them"
            )
        )
        for box in (self.append_documents, self.internal):
            box.toggled.connect(self._options_changed)
            form.addRow("", box)
        panel.addWidget(options)

    def _build_rendering(self, panel: QVBoxLayout) -> None:
        self.render_button = QPushButton(icon("briefing-render"), self.tr("Render again"))
        self.render_button.setObjectName("renderPack")
        self.render_button.setToolTip(
            self.tr(
                "The preview follows the meeting, the options and the data by "
                "itself; this renders it once more."
            )
        )
        self.render_button.clicked.connect(self.render_now)
        self.progress = QProgressBar()  # busy while a pack is laid out; counts numbered copies
        self.progress.setObjectName("briefingProgress")
        self.progress.setAccessibleName(self.tr("Progress"))
        self.progress.hide()
        self.status = QLabel()
        give_look(self.status, "muted")
        self.status.setWordWrap(True)
        panel.addWidget(self.render_button)
        panel.addWidget(self.progress)
        panel.addWidget(self.status)

    def _build_font_problem(self, panel: QVBoxLayout) -> None:
        self.font_problem = QFrame()
        give_look(self.font_problem, "card")
        problem_layout = QVBoxLayout(self.font_problem)
        self.font_problem_text = QLabel()
        self.font_problem_text.setWordWrap(True)
        self.font_problem_text.setTextFormat(Qt.TextFormat.PlainText)
        self.replace_button = QPushButton(self.tr("Render with the characters replaced"))
        self.replace_button.clicked.connect(self.render_with_replacements)
        problem_layout.addWidget(self.font_problem_text)
        problem_layout.addWidget(self.replace_button)
        self.font_problem.hide()
        panel.addWidget(self.font_problem)

    def _build_export(self, panel: QVBoxLayout) -> None:
        actions = QHBoxLayout()
        self.export_button = QPushButton(icon("briefing-export"), self.tr("Export PDF…"))
        self.export_button.setObjectName("exportPack")
        self.export_button.clicked.connect(self.choose_export)
        self.print_button = QPushButton(icon("briefing-print"), self.tr("Print…"))
        self.print_button.setObjectName("printPack")
        self.print_button.clicked.connect(self.choose_print)
        actions.addWidget(self.export_button)
        actions.addWidget(self.print_button)
        panel.addLayout(actions)

    def _build_copies(self, panel: QVBoxLayout) -> None:
        copies = QGroupBox(self.tr("Numbered copies"))
        copies_layout = QVBoxLayout(copies)
        copies_hint = QLabel(
            self.tr(
                "One copy per recipient, marked “Copy k of n” with the name on the cover and "
                "in the footer; each is recorded in the distribution log."
            )
        )
        copies_hint.setWordWrap(True)
        give_look(copies_hint, "muted")
        copies_layout.addWidget(copies_hint)
        self.recipients = QListWidget()
        self.recipients.setObjectName("copyRecipients")
        self.recipients.setAccessibleName(self.tr("Recipients of numbered copies"))
        EmptyText(self.recipients)
        self.recipients.setMinimumHeight(120)
        copies_layout.addWidget(self.recipients)
        # Short enough for the panel's narrowest width (the tooltip says more).
        self.copies_by_side = QCheckBox(self.tr("Each on its recipient side's paper and language"))
        self.copies_by_side.setObjectName("copiesBySide")
        self.copies_by_side.setToolTip(
            self.tr("The sides' briefing defaults; a paper chosen above is used for every copy.")
        )
        self.copies_by_side.setChecked(True)
        copies_layout.addWidget(self.copies_by_side)
        self.defaults_button = QPushButton(self.tr("Briefing defaults…"))
        self.defaults_button.setObjectName("briefingDefaultsButton")
        self.defaults_button.clicked.connect(self.open_defaults)
        copies_layout.addWidget(self.defaults_button)
        self.copies_button = QPushButton(icon("briefing-copies"), self.tr("Issue numbered copies…"))
        self.copies_button.setObjectName("issueCopies")
        self.copies_button.clicked.connect(self.choose_copies_folder)
        copies_layout.addWidget(self.copies_button)
        panel.addWidget(copies)

    def _build_log(self, panel: QVBoxLayout) -> None:
        log_box = QGroupBox(self.tr("Distribution log"))
        log_layout = QVBoxLayout(log_box)
        self.log_model = DistributionModel(self)
        self.log_proxy = QSortFilterProxyModel(self)
        self.log_proxy.setSourceModel(self.log_model)
        self.log_proxy.setSortRole(SORT_ROLE)
        self.log_view = QTableView()
        configure_table(
            self.log_view,
            self.log_proxy,
            name="distributionLog",
            accessible=self.tr("Distribution log"),
            sorting=True,
            multi=True,
            fit_contents=True,
        )
        self.log_view.setMinimumHeight(140)
        log_layout.addWidget(self.log_view)
        panel.addWidget(log_box)

    def _build_archive(self, panel: QVBoxLayout) -> None:
        box = QGroupBox(self.tr("Archive"))
        layout = QVBoxLayout(box)
        hint = QLabel(self.tr("Every pack exported or issued, byte for byte as it went out."))
        hint.setWordWrap(True)
        give_look(hint, "muted")
        layout.addWidget(hint)
        self.archive_model = ArchiveModel(self)
        self.archive_proxy = QSortFilterProxyModel(self)
        self.archive_proxy.setSourceModel(self.archive_model)
        self.archive_proxy.setSortRole(SORT_ROLE)
        self.archive_view = QTableView()
        configure_table(
            self.archive_view,
            self.archive_proxy,
            name="packArchive",
            accessible=self.tr("Archived packs"),
            sorting=True,
            fit_contents=True,
            empty=self.tr("No pack of this meeting has been exported or issued yet."),
        )
        self.archive_view.setMinimumHeight(140)
        self.archive_view.sortByColumn(0, Qt.SortOrder.DescendingOrder)  # newest first
        self.archive_view.doubleClicked.connect(self._archive_double_clicked)
        self.archive_view.selectionModel().selectionChanged.connect(self._archive_selection_changed)
        layout.addWidget(self.archive_view)
        buttons = QHBoxLayout()
        self.open_archived_button = QPushButton(self.tr("Open"))
        self.open_archived_button.setObjectName("openArchived")
        self.open_archived_button.setToolTip(self.tr("Show the archived pack in the preview"))
        self.open_archived_button.clicked.connect(self.open_archived)
        self.save_archived_button = QPushButton(self.tr("Save as…"))
        self.save_archived_button.setObjectName("saveArchived")
        self.save_archived_button.setToolTip(self.tr("Write the archived pack, byte for byte, to a file"))
        self.save_archived_button.clicked.connect(self.choose_save_archived)
        buttons.addWidget(self.open_archived_button)
        buttons.addWidget(self.save_archived_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        panel.addWidget(box)

    def _build_preview(self) -> QWidget:
        holder = QWidget()
        layout = QVBoxLayout(holder)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.archived_banner = QFrame()
        give_look(self.archived_banner, "card")
        banner = QHBoxLayout(self.archived_banner)
        self.archived_text = QLabel()
        self.archived_text.setObjectName("archivedCopyText")
        self.archived_text.setWordWrap(True)
        self.archived_text.setTextFormat(Qt.TextFormat.PlainText)
        self.render_afresh_button = QPushButton(icon("briefing-render"), self.tr("Render afresh"))
        self.render_afresh_button.setObjectName("renderAfresh")
        self.render_afresh_button.setToolTip(
            self.tr("Render the pack from the data, as of the meeting's date")
        )
        self.render_afresh_button.clicked.connect(self.render_afresh)
        banner.addWidget(self.archived_text, 1)
        banner.addWidget(self.render_afresh_button)
        self.archived_banner.hide()
        layout.addWidget(self.archived_banner)
        layout.addWidget(self._build_view())
        return holder

    def _build_view(self) -> QPdfView:
        self.document = QPdfDocument(self)
        self.view = QPdfView()
        self.view.setAccessibleName(self.tr("Preview of the briefing pack"))
        self.view.setObjectName("briefingPreview")
        self.view.setAccessibleName(self.tr("Preview of the pack"))
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setPageSpacing(12)
        return self.view

    # -- loading ---------------------------------------------------------------------------------------
    def refresh(self) -> None:
        """The meetings afresh, and the preview rendered again in the background: the data may have changed
        (unless the refresh only follows this page's own numbered copies)."""
        if not self._own_change:
            self.data_generation += 1
        self._update_buttons()  # the pack shown may no longer be the data's
        self.app.ops.run(list_meetings, self.app.ctx, on_done=self._show_meetings)

    def _show_meetings(self, meetings) -> None:
        current = self.meeting_combo.currentData()
        self._host_paper.clear()
        self.meeting_combo.blockSignals(True)
        self.meeting_combo.clear()
        chinese = getattr(self.app, "language", "en") == "zh_CN"
        for m in meetings:
            city = (m.city_zh if chinese and getattr(m, "city_zh", "") else m.city) or "—"
            self.meeting_combo.addItem(
                self.tr("No. {0} · {1} · {2} ({3})").format(
                    m.number, m.start.isoformat(), city, self.status_word(m.status)
                ),
                m.number,
            )
            self.meeting_combo.setItemData(
                self.meeting_combo.count() - 1,
                self.tr("Meeting {0} · {1} · {2} ({3})").format(
                    m.number, m.start.isoformat(), city, self.status_word(m.status)
                ),
                Qt.ItemDataRole.ToolTipRole,
            )
        index = self.meeting_combo.findData(current) if current is not None else -1
        if index < 0:
            upcoming = [i for i, m in enumerate(meetings) if m.is_open]
            index = upcoming[0] if upcoming else len(meetings) - 1
        self.meeting_combo.setCurrentIndex(index)
        self.meeting_combo.blockSignals(False)
        self._meeting_changed()

    def status_word(self, status: str) -> str:
        return {
            "planned": self.tr("planned"),
            "confirmed": self.tr("confirmed"),
            "held": self.tr("held"),
            "postponed": self.tr("postponed"),
            "cancelled": self.tr("cancelled"),
        }.get(status, status)

    def wanted_key(self) -> tuple | None:
        """What the preview should show now: (meeting, options, data generation); None without a meeting."""
        meeting = self.meeting_combo.currentData()
        if meeting is None:
            return None
        try:
            return meeting, self.options(), self.data_generation
        except DialogueError:
            return None

    def preview_current(self) -> bool:
        return (
            self.rendered is not None
            and self.rendered_key is not None
            and self.rendered_key == self.wanted_key()
        )

    def _marking_typed(self, *_args) -> None:
        self._update_buttons()
        self._say_if_stale()
        self._render_soon.start()

    def _options_changed(self, *_args) -> None:
        """Another paper, language or meeting: render it (the pack shown stays until the new one is ready)."""
        self._leave_archived()
        self._update_buttons()
        self._say_if_stale()
        self._render_soon.start(0)

    def _say_if_stale(self) -> None:
        if self.rendered is not None and not self.preview_current() and self._task is None:
            self.status.setText(self.tr("The options changed: the preview is being rendered again."))

    def _meeting_changed(self, *_args) -> None:
        meeting = self.meeting_combo.currentData()
        self.recipients.clear()
        self.log_model.set_rows([])
        self.archive_model.set_rows([])
        self._leave_archived()
        if meeting is None:
            self._options_changed()
            return
        self.app.ops.run(
            _meeting_facts, self.app.ctx, meeting, on_done=lambda facts: self._show_meeting(meeting, *facts)
        )

    def _show_meeting(self, meeting: int, members, log, paper, archive=(), held_copy=None) -> None:
        if self.meeting_combo.currentData() != meeting:
            return  # another meeting was chosen while this one loaded
        self._host_paper[meeting] = paper
        self.log_model.set_rows(log)
        self.archive_model.set_rows(list(archive))
        for m in members:
            item = QListWidgetItem(
                f"{m.name} {m.native_name}".strip() + f"  ·  {m.side_code} {m.agency_acronym}"
            )
            item.setData(Qt.ItemDataRole.UserRole, m.delegate_key)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.recipients.addItem(item)
        if (
            held_copy is not None and meeting not in self._afresh
        ):  # a held meeting opens as the pack that went out
            self.show_archived(*held_copy)
            return
        self._options_changed()

    # -- the archive -------------------------------------------------------------------------------------
    def show_archived(self, record, _pdf: bytes, document: QPdfDocument) -> None:
        """Show an archived pack in the preview, with the line that says which, until asked to render."""
        self._render_soon.stop()
        self.archived_shown = record
        self._show_document(document)
        when = record.issued_at.astimezone().strftime("%Y-%m-%d %H:%M")
        self.archived_text.setText(
            self.tr("Archived copy issued {0} by {1}, batch {2}").format(when, record.issued_by, record.batch)
        )
        self.archived_banner.show()
        self.status.setText(self.tr("Meeting {0}: the archived pack, as it went out.").format(record.meeting))
        self._update_buttons()

    def _leave_archived(self) -> None:
        if self.archived_shown is None:
            return
        self.archived_shown = None
        self.archived_banner.hide()
        self.rendered = self.rendered_key = None  # the preview showed the archived pack, not a rendering
        self.attempted_key = None

    @Slot()
    def render_afresh(self) -> None:
        """Leave the archived pack and render the meeting's pack from the data (as of its date)."""
        meeting = self.meeting_combo.currentData()
        if meeting is not None:
            self._afresh.add(meeting)
        self._leave_archived()
        self.document.close()
        self.render_now()

    def _archive_selection_changed(self, *_args) -> None:
        self._update_buttons()

    def _archive_double_clicked(self, _index) -> None:
        self.open_archived()

    def selected_archived(self):
        rows = self.archive_view.selectionModel().selectedRows() if self.archive_view.selectionModel() else []
        if not rows:
            return None
        return self.archive_model.record(self.archive_proxy.mapToSource(rows[0]).row())

    @Slot()
    def open_archived(self) -> None:
        record = self.selected_archived()
        if record is None:
            return
        self.app.ops.run(
            _archived_for_preview,
            self.app.ctx,
            record.id,
            busy_widget=self.open_archived_button,
            on_done=lambda found: self.show_archived(*found),
        )

    @Slot()
    def choose_save_archived(self) -> None:
        record = self.selected_archived()
        if record is None:
            return
        suffix = f"-copy{record.recipients[0].copy_number:02d}" if record.recipients else ""
        path, _ = get_save_file_name(
            self,
            self.app.settings,
            "briefing",
            self.tr("Save archived pack"),
            f"briefing-meeting-{record.meeting}-{record.batch}{suffix}.pdf",
            self.tr("PDF files (*.pdf)"),
        )
        if path:
            self.save_archived_to(record, Path(path))

    def save_archived_to(self, record, path: Path) -> None:
        self.app.ops.run(
            _save_archived,
            self.app.ctx,
            record.id,
            path,
            busy_widget=self.save_archived_button,
            on_done=lambda _result: self.status.setText(self.tr("Saved {0}.").format(str(path))),
        )

    # -- rendering -------------------------------------------------------------------------------------
    def options(self) -> PackOptions:
        meeting = self.meeting_combo.currentData()
        paper = self.paper_combo.currentData()
        if not paper:
            if meeting not in self._host_paper:
                # Loaded with the meeting (_meeting_facts); only a meeting whose load failed reads it here.
                self._host_paper[meeting] = default_paper(self.app.ctx, meeting)
            paper = self._host_paper[meeting]
        return PackOptions(  # the author: the secretariat (reports.pack.pack_author), never the login
            paper=paper,
            language=self.language_combo.currentData(),
            marking=self.marking_edit.text().strip(),
            append_documents=self.append_documents.isChecked(),
            internal=self.internal.isChecked(),
        )

    def _render_if_needed(self) -> None:
        """Render what the preview should show, once: not while busy (the end of that task comes back here),
        not again after a failure with the same meeting, options and data."""
        wanted = self.wanted_key()
        if wanted is None or self._task is not None or wanted in (self.rendered_key, self.attempted_key):
            return
        if self.archived_shown is not None:  # the archived pack stays until the user asks for a rendering
            return
        self.render_preview()

    @Slot()
    def render_now(self) -> None:
        """Render again on request: the data may have changed elsewhere since (another workstation)."""
        self.data_generation += 1
        self.render_preview()

    def render_preview(self, *, replace_missing: bool = False) -> None:
        meeting = self.meeting_combo.currentData()
        if meeting is None or self._task is not None:
            return
        try:
            options = self.options()
        except DialogueError as exc:
            self.app.report_error(exc)
            return
        key = (meeting, options, self.data_generation)
        self.attempted_key = key
        ctx = self.app.ctx
        self.font_problem.hide()
        self.progress.setRange(0, 0)
        self.progress.show()
        self.status.setText(self.tr("Rendering the pack of meeting {0}…").format(meeting))

        def work(_progress):
            with collection_deferred():  # a full collection amid the pack's objects stalled the GUI thread
                pack = render_meeting_pack(ctx, meeting, options, replace_missing_glyphs=replace_missing)
            return pack, loaded_document(pack.pdf)

        self._task = self.app.tasks.run(
            self.tr("Rendering briefing pack"),
            work,
            on_done=lambda result: self._rendered(result, key),
            on_error=self._render_failed,
        )
        self._update_buttons()

    def prepare_screenshot(self) -> None:
        self._render_if_needed()

    def render_with_replacements(self) -> None:
        self.render_preview(replace_missing=True)

    def _progressed(self, task, done: int, total: int, _text: str) -> None:
        if task is self._task:
            self.progress.setValue(done)

    def _finish_task(self) -> None:
        self._task = None
        self.progress.hide()
        self.progress.resetFormat()

    def _rendered(self, outcome: tuple[RenderedPack, QPdfDocument], key: tuple) -> None:
        self._finish_task()
        result, document = outcome
        self.rendered = result
        self.rendered_key = key
        self.rendered_for = key[:2]
        self.font_problem.hide()
        self._show_document(document)
        meeting, options = self.rendered_for
        text = self.tr("Meeting {0}: {1} pages, {2}, {3}.").format(
            meeting,
            result.pages,
            self._combo_text(self.paper_combo, options.paper.value),
            self._combo_text(self.language_combo, options.language.value),
        )
        if result.replaced:
            text += " " + self.tr("{0} field(s) hold characters the font lacks; they print as �.").format(
                len(result.replaced)
            )
        self.status.setText(text)
        self._update_buttons()
        self._render_if_needed()  # the options changed while this one was laid out

    @staticmethod
    def _combo_text(combo: QComboBox, value: str) -> str:
        """How the interface names a paper or language ("US Letter", "中文"), not its code."""
        index = combo.findData(value)
        return combo.itemText(index) if index >= 0 else value

    def _render_failed(self, exc: BaseException) -> None:
        self._finish_task()
        self.status.setText("")
        if self.rendered is not None and not self.preview_current():
            # The pack shown is not what was asked for and the new one could not be made: show none.
            self.rendered = self.rendered_key = None
            self.document.close()
        if isinstance(exc, FontCoverageError):
            lines = [m.describe() for m in exc.missing[:8]]
            if len(exc.missing) > 8:
                lines.append(self.tr("… and {0} more").format(len(exc.missing) - 8))
            self.font_problem_text.setText(
                self.tr(
                    "The pack's font cannot draw some characters. Correct these entries, or render with "
                    "the characters replaced:"
                )
                + "\n"
                + "\n".join(lines)
            )
            self.font_problem.show()
        else:
            self.app.report_error(exc)
        self._update_buttons()
        self._render_if_needed()

    def _show_document(self, document: QPdfDocument) -> None:
        """Show a document loaded off the GUI thread (pdf_loading.py) in place of the one shown."""
        previous = self.document
        document.setParent(self)
        self.view.setDocument(document)
        self.document = document
        previous.close()
        previous.deleteLater()

    def _update_buttons(self) -> None:
        has_meeting = self.meeting_combo.currentData() is not None
        busy = self._task is not None
        self.render_button.setEnabled(has_meeting and not busy)
        has_pack = not busy and self.preview_current()
        self.export_button.setEnabled(has_pack)
        self.print_button.setEnabled(has_pack or (not busy and self.archived_shown is not None))
        self.copies_button.setEnabled(has_meeting and not busy and self.recipients.count() > 0)
        chosen = self.selected_archived() is not None
        self.open_archived_button.setEnabled(chosen)
        self.save_archived_button.setEnabled(chosen)

    # -- export and print -------------------------------------------------------------------------------
    def choose_export(self) -> None:
        if self.rendered is None:
            return
        meeting = self.rendered_for[0]
        path, _ = get_save_file_name(
            self,
            self.app.settings,
            "briefing",
            self.tr("Export briefing pack"),
            f"briefing-meeting-{meeting}.pdf",
            self.tr("PDF files (*.pdf)"),
        )
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> None:
        if self.rendered is None:
            return
        if path.suffix.lower() != ".pdf":
            path = path.with_suffix(".pdf")
        meeting, options = self.rendered_for

        def done(archive) -> None:
            self.status.setText(self.tr("Saved {0}.").format(str(path)))
            if self.meeting_combo.currentData() == meeting:
                self.archive_model.set_rows(archive)

        self.app.ops.run(
            _export,
            self.app.ctx,
            meeting,
            self.rendered.pdf,
            options,
            path,
            busy_widget=self.export_button,
            on_done=done,
        )

    def choose_print(self) -> None:
        if self.rendered is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QPrintDialog.DialogCode.Accepted:
            self.print_to(printer)

    def print_to(self, printer: QPrinter) -> int:
        pages = print_document(self.document, printer)
        self.status.setText(self.tr("Sent {0} pages to the printer.").format(pages))
        return pages

    # -- numbered copies -----------------------------------------------------------------------------------
    def checked_recipients(self) -> list[str]:
        keys = []
        for i in range(self.recipients.count()):
            item = self.recipients.item(i)
            if item.checkState() == Qt.CheckState.Checked:
                keys.append(item.data(Qt.ItemDataRole.UserRole))
        return keys

    def choose_copies_folder(self) -> None:
        if not self.checked_recipients():
            self.status.setText(self.tr("Tick the recipients of numbered copies first."))
            return
        folder = get_existing_directory(
            self, self.app.settings, "briefing-copies", self.tr("Folder for the numbered copies")
        )
        if folder and self.confirm_copies(Path(folder)):
            self.issue_copies_to(Path(folder))

    def confirm_copies(self, folder: Path) -> bool:
        """Numbered copies go on the distribution log for good: say how many, to whom and where, and ask."""
        names = [
            self.recipients.item(i).text().split("  ·  ")[0]
            for i in range(self.recipients.count())
            if self.recipients.item(i).checkState() == Qt.CheckState.Checked
        ]
        shown = ", ".join(names[:6]) + (
            self.tr(" and {0} more").format(len(names) - 6) if len(names) > 6 else ""
        )
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Issue numbered copies?"),
            self.tr(
                "Issue {0} numbered copies of the pack of meeting {1} to {2}, into {3}? Each copy carries its number "
                "and its recipient's name, and each is recorded in the distribution log, which keeps it for good."
            ).format(len(names), self.meeting_combo.currentData(), shown, str(folder)),
            QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setObjectName("confirmCopies")
        yes = box.addButton(self.tr("Issue {0} copies").format(len(names)), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(yes)
        box.exec()
        answer = box.clickedButton() is yes
        box.deleteLater()
        return answer

    def issue_copies_to(self, folder: Path) -> None:
        meeting = self.meeting_combo.currentData()
        recipients = self.checked_recipients()
        if meeting is None or not recipients or self._task is not None:
            if not recipients:
                self.status.setText(self.tr("Tick the recipients of numbered copies first."))
            return
        try:
            options = self.options()
        except DialogueError as exc:
            self.app.report_error(exc)
            return
        ctx = self.app.ctx
        out = folder / f"briefing-meeting-{meeting}.pdf"
        by_side = self.copies_by_side.isChecked()
        by_recipient = by_side and self.paper_combo.currentData() is None
        self.progress.setRange(0, len(recipients))
        self.progress.setValue(0)
        self.progress.setFormat(self.tr("Copy %v of %m"))
        self.progress.show()

        def work(progress):
            return issue_copies(
                ctx,
                meeting,
                recipients,
                options,
                out,
                paper_from_recipient=by_recipient,
                language_from_recipient=by_side,
                progress=lambda k, n: progress(k, n, ""),
            )

        def done(copies) -> None:
            self._finish_task()
            self.status.setText(
                self.tr("Issued {0} numbered copies to {1}.").format(len(copies), str(folder))
            )
            self._own_change = True  # the log grew; no pack changed, so the preview stays as it is
            try:
                self.app.changed("distribution_copy")
            finally:
                self._own_change = False
            self._meeting_changed()

        def failed(exc) -> None:
            self._render_failed(exc)

        self._task = self.app.tasks.run(
            self.tr("Issuing numbered copies"), work, on_done=done, on_error=failed
        )
        self._update_buttons()

    # -- each side's defaults ------------------------------------------------------------------------------
    def open_defaults(self) -> None:
        """Read both sides' defaults, then edit them in a dialog."""
        self.app.ops.run(list_side_defaults, self.app.ctx, on_done=self._edit_defaults)

    def _edit_defaults(self, defaults) -> None:
        dialog = BriefingDefaultsDialog(self.app, defaults, self)
        self.defaults_dialog = dialog  # for the tests
        dialog.finished.connect(lambda result: self._defaults_closed(dialog, result))
        dialog.open()

    def _defaults_closed(self, dialog: BriefingDefaultsDialog, result: int) -> None:
        if result and dialog.saved:
            self.status.setText(self.tr("Briefing defaults saved."))
            self.app.changed("side")
        dialog.deleteLater()
