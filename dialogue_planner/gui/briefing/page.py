"""The Briefing page: choose a meeting and the options, render in the background, preview the pack
with QtPdf, export or print it, and issue numbered copies with the distribution log."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSortFilterProxyModel, Qt
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
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
from dialogue_planner.reports import FontCoverageError, RenderedPack
from dialogue_planner.services.briefing import (
    default_paper,
    distribution_log,
    issue_copies,
    render_meeting_pack,
    write_file,
)
from dialogue_planner.services.delegation import list_members
from dialogue_planner.services.meetings import list_meetings

from ..shell.file_dialogs import get_existing_directory, get_save_file_name
from ..shell.icons import icon
from ..shell.page import Page
from ..shell.widgets import EmptyText
from .models import SORT_ROLE, DistributionModel
from .pdf_output import print_document


class BriefingPage(Page):
    page_id = "briefing"
    icon_name = "briefing-pack"

    def __init__(self, app, parent: QWidget | None = None) -> None:
        super().__init__(app, parent)
        self.rendered: RenderedPack | None = None
        self.rendered_for: tuple | None = None
        self._buffer: QBuffer | None = None
        self._task = None

        outer = QHBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setObjectName("briefingSplitter")
        outer.addWidget(splitter)

        scroll = QScrollArea()
        scroll.setAccessibleName(self.tr("Pack"))
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setMinimumWidth(360)
        side = QWidget()
        side.setObjectName("pageHost")
        scroll.setWidget(side)
        panel = QVBoxLayout(side)
        panel.setContentsMargins(18, 16, 12, 16)
        panel.setSpacing(10)
        heading = QLabel(self.tr("Briefing packs"))
        heading.setObjectName("pageTitle")
        panel.addWidget(heading)
        hint = QLabel(self.tr("The PDF each delegate prints before a meeting."))
        hint.setObjectName("pageSubtitle")
        hint.setWordWrap(True)
        panel.addWidget(hint)

        options = QGroupBox(self.tr("Pack"))
        form = QFormLayout(options)
        self.meeting_combo = QComboBox()
        self.meeting_combo.currentIndexChanged.connect(self._meeting_changed)
        self.paper_combo = QComboBox()
        self.paper_combo.addItem(self.tr("Host side's paper"), None)
        self.paper_combo.addItem(self.tr("A4"), "a4")
        self.paper_combo.addItem(self.tr("US Letter"), "letter")
        self.language_combo = QComboBox()
        self.language_combo.addItem(self.tr("English"), "en")
        self.language_combo.addItem(self.tr("Chinese"), "zh")
        self.language_combo.addItem(self.tr("Bilingual"), "bilingual")
        if self.tr("English") != "English":   # the application runs in Chinese: so does the pack at first
            self.language_combo.setCurrentIndex(self.language_combo.findData("zh"))
        self.marking_edit = QLineEdit()
        self.marking_edit.setMaxLength(200)
        self.marking_edit.setPlaceholderText(self.tr("e.g. SENSITIVE BUT UNCLASSIFIED"))
        form.addRow(self.tr("Meeting"), self.meeting_combo)
        form.addRow(self.tr("Paper"), self.paper_combo)
        form.addRow(self.tr("Language"), self.language_combo)
        form.addRow(self.tr("Marking"), self.marking_edit)
        panel.addWidget(options)

        self.render_button = QPushButton(icon("briefing-render"), self.tr("Render preview"))
        self.render_button.clicked.connect(self.render_preview)
        self.progress = QProgressBar()   # busy while a pack is laid out; counts numbered copies
        self.progress.hide()
        self.status = QLabel()
        self.status.setObjectName("muted")
        self.status.setWordWrap(True)
        panel.addWidget(self.render_button)
        panel.addWidget(self.progress)
        panel.addWidget(self.status)

        self.font_problem = QFrame()
        self.font_problem.setObjectName("card")
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

        actions = QHBoxLayout()
        self.export_button = QPushButton(icon("briefing-export"), self.tr("Export PDF…"))
        self.export_button.clicked.connect(self.choose_export)
        self.print_button = QPushButton(icon("briefing-print"), self.tr("Print…"))
        self.print_button.clicked.connect(self.choose_print)
        actions.addWidget(self.export_button)
        actions.addWidget(self.print_button)
        panel.addLayout(actions)

        copies = QGroupBox(self.tr("Numbered copies"))
        copies_layout = QVBoxLayout(copies)
        copies_hint = QLabel(self.tr("One copy per recipient, marked “Copy k of n” with the name on the cover and "
                                     "in the footer; each is recorded in the distribution log."))
        copies_hint.setWordWrap(True)
        copies_hint.setObjectName("muted")
        copies_layout.addWidget(copies_hint)
        self.recipients = QListWidget()
        EmptyText(self.recipients)
        self.recipients.setMinimumHeight(120)
        copies_layout.addWidget(self.recipients)
        self.copies_button = QPushButton(icon("briefing-copies"), self.tr("Issue numbered copies…"))
        self.copies_button.clicked.connect(self.choose_copies_folder)
        copies_layout.addWidget(self.copies_button)
        panel.addWidget(copies)

        log_box = QGroupBox(self.tr("Distribution log"))
        log_layout = QVBoxLayout(log_box)
        self.log_model = DistributionModel(self)
        self.log_proxy = QSortFilterProxyModel(self)
        self.log_proxy.setSourceModel(self.log_model)
        self.log_proxy.setSortRole(SORT_ROLE)
        self.log_view = QTableView()
        EmptyText(self.log_view)
        self.log_view.setModel(self.log_proxy)
        self.log_view.setSortingEnabled(True)
        self.log_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.log_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.log_view.verticalHeader().hide()
        self.log_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.log_view.setMinimumHeight(140)
        log_layout.addWidget(self.log_view)
        panel.addWidget(log_box)
        panel.addStretch(1)
        splitter.addWidget(scroll)

        self.document = QPdfDocument(self)
        self.view = QPdfView()
        self.view.setAccessibleName(self.tr("Preview of the briefing pack"))
        self.view.setObjectName("briefingPreview")
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setPageSpacing(12)
        splitter.addWidget(self.view)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([380, 900])
        self.app.tasks.progressed.connect(self._progressed)
        self.stale = False
        for combo in (self.paper_combo, self.language_combo):
            combo.currentIndexChanged.connect(self._options_changed)
        self.marking_edit.textChanged.connect(self._options_changed)
        self._update_buttons()

    def title(self) -> str:
        return self.tr("Briefing")

    # -- loading ---------------------------------------------------------------------------------------
    def refresh(self) -> None:
        current = self.meeting_combo.currentData()
        try:
            meetings = list_meetings(self.app.ctx)
        except DialogueError as exc:
            self.app.report_error(exc)
            meetings = []
        self.meeting_combo.blockSignals(True)
        self.meeting_combo.clear()
        for m in meetings:
            self.meeting_combo.addItem(self.tr("Meeting {0} · {1} · {2} ({3})").format(
                m.number, m.start.isoformat(), m.city or "—", m.status), m.number)
        index = self.meeting_combo.findData(current) if current is not None else -1
        if index < 0:
            upcoming = [i for i, m in enumerate(meetings) if m.is_open]
            index = upcoming[0] if upcoming else len(meetings) - 1
        self.meeting_combo.setCurrentIndex(index)
        self.meeting_combo.blockSignals(False)
        self._meeting_changed()

    def _options_changed(self, *_args) -> None:
        """The preview no longer matches the options: export and print wait for a new render."""
        if self.rendered is not None and not self.stale:
            self.stale = True
            self.status.setText(self.tr("The options changed: render the preview again to export or print."))
        self._update_buttons()

    def _meeting_changed(self, *_args) -> None:
        self._options_changed()
        meeting = self.meeting_combo.currentData()
        self.recipients.clear()
        self.log_model.set_rows([])
        if meeting is not None:
            try:
                members = list_members(self.app.ctx, meeting)
                self.log_model.set_rows(distribution_log(self.app.ctx, meeting))
            except DialogueError as exc:
                self.app.report_error(exc)
                members = []
            for m in members:
                item = QListWidgetItem(f"{m.name} {m.native_name}".strip() + f"  ·  {m.side_code} {m.agency_acronym}")
                item.setData(Qt.ItemDataRole.UserRole, m.delegate_key)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked)
                self.recipients.addItem(item)
        self._update_buttons()

    # -- rendering -------------------------------------------------------------------------------------
    def options(self) -> PackOptions:
        meeting = self.meeting_combo.currentData()
        paper = self.paper_combo.currentData() or default_paper(self.app.ctx, meeting)
        user = self.app.ctx.user
        return PackOptions(paper=paper, language=self.language_combo.currentData(),
                           marking=self.marking_edit.text().strip(), author=user.display_name or user.login)

    def render_preview(self, *, replace_missing: bool = False) -> None:
        meeting = self.meeting_combo.currentData()
        if meeting is None or self._task is not None:
            return
        try:
            options = self.options()
        except DialogueError as exc:
            self.app.report_error(exc)
            return
        ctx = self.app.ctx
        self.font_problem.hide()
        self.progress.setRange(0, 0)
        self.progress.show()
        self.status.setText(self.tr("Rendering the pack of meeting {0}…").format(meeting))

        def work(_progress):
            return render_meeting_pack(ctx, meeting, options, replace_missing_glyphs=replace_missing)

        self._task = self.app.tasks.run(self.tr("Rendering briefing pack"), work,
                                        on_done=self._rendered, on_error=self._render_failed)
        self.rendered_for = (meeting, options)
        self._update_buttons()

    def prepare_screenshot(self) -> None:
        self.render_preview()

    def render_with_replacements(self) -> None:
        self.render_preview(replace_missing=True)

    def _progressed(self, task, done: int, total: int, _text: str) -> None:
        if task is self._task:
            self.progress.setValue(done)

    def _finish_task(self) -> None:
        self._task = None
        self.progress.hide()

    def _rendered(self, result: RenderedPack) -> None:
        self._finish_task()
        self.rendered = result
        self.stale = False
        self._load_document(result.pdf)
        meeting, options = self.rendered_for
        text = self.tr("Meeting {0}: {1} pages, {2}, {3}.").format(
            meeting, result.pages, options.paper.value.upper(), options.language.value)
        if result.replaced:
            text += " " + self.tr("{0} field(s) hold characters the font lacks; they print as �.").format(
                len(result.replaced))
        self.status.setText(text)
        self._update_buttons()

    def _render_failed(self, exc: BaseException) -> None:
        self._finish_task()
        self.status.setText("")
        if isinstance(exc, FontCoverageError):
            lines = [m.describe() for m in exc.missing[:8]]
            if len(exc.missing) > 8:
                lines.append(self.tr("… and {0} more").format(len(exc.missing) - 8))
            self.font_problem_text.setText(
                self.tr("The pack's font cannot draw some characters. Correct these entries, or render with "
                        "the characters replaced:") + "\n" + "\n".join(lines))
            self.font_problem.show()
        else:
            self.app.report_error(exc)
        self._update_buttons()

    def _load_document(self, pdf: bytes) -> None:
        self.document.close()
        if self._buffer is not None:
            self._buffer.close()
        self._buffer = QBuffer(self)
        self._buffer.setData(QByteArray(pdf))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self._buffer)

    def _update_buttons(self) -> None:
        has_meeting = self.meeting_combo.currentData() is not None
        busy = self._task is not None
        self.render_button.setEnabled(has_meeting and not busy)
        has_pack = self.rendered is not None and not busy and not self.stale
        self.export_button.setEnabled(has_pack)
        self.print_button.setEnabled(has_pack)
        self.copies_button.setEnabled(has_meeting and not busy and self.recipients.count() > 0)

    # -- export and print -------------------------------------------------------------------------------
    def choose_export(self) -> None:
        if self.rendered is None:
            return
        meeting = self.rendered_for[0]
        path, _ = get_save_file_name(self, self.app.settings, "briefing", self.tr("Export briefing pack"),
                                              f"briefing-meeting-{meeting}.pdf", self.tr("PDF files (*.pdf)"))
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> None:
        if self.rendered is None:
            return
        if path.suffix.lower() != ".pdf":
            path = path.with_suffix(".pdf")
        try:
            write_file(path, self.rendered.pdf)
        except DialogueError as exc:
            self.app.report_error(exc)
            return
        self.status.setText(self.tr("Saved {0}.").format(str(path)))

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
        folder = get_existing_directory(self, self.app.settings, "briefing-copies",
                                        self.tr("Folder for the numbered copies"))
        if folder:
            self.issue_copies_to(Path(folder))

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
        by_recipient = self.paper_combo.currentData() is None
        self.progress.setRange(0, len(recipients))
        self.progress.setValue(0)
        self.progress.setFormat(self.tr("Copy %v of %m"))
        self.progress.show()

        def work(progress):
            return issue_copies(ctx, meeting, recipients, options, out, paper_from_recipient=by_recipient,
                                progress=lambda k, n: progress(k, n, ""))

        def done(copies) -> None:
            self._finish_task()
            self.status.setText(self.tr("Issued {0} numbered copies to {1}.").format(len(copies), str(folder)))
            self.app.changed("distribution_copy")
            self._meeting_changed()

        def failed(exc) -> None:
            self._render_failed(exc)

        self._task = self.app.tasks.run(self.tr("Issuing numbered copies"), work, on_done=done, on_error=failed)
        self._update_buttons()
