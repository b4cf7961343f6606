"""The Outcomes page: a meeting's joint summary of outcomes (issue 15).

The chosen version's numbered paragraphs, English and Chinese side by side, with an editor below; the
workflow (draft from the agenda, propose, each side's agreement, revise); the history of versions and a
comparison of any two; the printed copy. Only the latest version, while it is a draft, is edited: a
proposed or final version is revised, never changed in place (the services refuse it too).
"""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from dialogue_planner.gui.kit.confirm import ReasonDialog, confirm
from dialogue_planner.gui.kit.file_dialogs import get_save_file_name
from dialogue_planner.gui.kit.icons import icon
from dialogue_planner.gui.kit.page_parts import configure_table, page_header, page_layout
from dialogue_planner.gui.shell.page import Page
from dialogue_planner.services import outcomes as service
from dialogue_planner.services.agenda import agenda_meetings, list_items
from dialogue_planner.services.info import current_dialogue

from .models import ComparisonTableModel, ParagraphTableModel, VersionTableModel, status_text

EDITABLE = "draft"


def _meetings_and_sides(ctx):
    """The dialogue's meetings (as the agenda lists them) and its sides' codes."""
    return agenda_meetings(ctx), tuple(s.code for s in current_dialogue(ctx).sides)


def _meeting_outcomes(ctx, meeting: int):
    """Every version of the meeting's outcomes and its agenda items (for the item column and chooser)."""
    return service.outcome_history(ctx, meeting), list_items(ctx, meeting)


def _render_and_write(ctx, meeting: int, version: int, paper: str, language: str, path: Path):
    result = service.render_outcomes_pdf(ctx, meeting, paper=paper, language=language, version=version)
    path.write_bytes(result.pdf)
    return result


class OutcomesPage(Page):
    page_id = "outcomes"

    def __init__(self, app, parent: QWidget | None = None) -> None:
        super().__init__(app, parent)
        self.meetings: list = []
        self.sides: tuple[str, ...] = ("US", "CN")
        self.history: list = []  # every version of the chosen meeting, oldest first
        self.items: list = []  # the chosen meeting's agenda items
        self.shown_version: int | None = None
        self._wanted_version: int | None = None  # the version to show once the history has loaded
        self._wanted_paragraph: int | None = None
        self.new_mode = False  # the editor holds a paragraph not yet added
        outer = page_layout(self)
        _heading, self.summary = page_header(outer, self.tr("Outcomes"), " ")
        outer.addLayout(self._build_choosers())
        outer.addLayout(self._build_workflow())
        self.message = QLabel()
        self.message.setObjectName("outcomesMessage")
        self.message.setWordWrap(True)
        self.message.hide()
        outer.addWidget(self.message)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("outcomesTabs")
        self.tabs.setAccessibleName(self.tr("Summary and history"))
        self.tabs.addTab(self._build_summary_tab(), self.tr("Summary"))
        self.tabs.addTab(self._build_history_tab(), self.tr("History and comparison"))
        outer.addWidget(self.tabs, 1)
        self._update_controls()

    # -- layout -----------------------------------------------------------------------------------------
    def _build_choosers(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        meeting_label = QLabel(self.tr("Meeting"))
        self.meeting = QComboBox()
        self.meeting.setObjectName("outcomesMeeting")
        self.meeting.setAccessibleName(self.tr("Meeting"))
        self.meeting.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.meeting.setMinimumContentsLength(16)
        meeting_label.setBuddy(self.meeting)
        self.meeting.currentIndexChanged.connect(self._meeting_changed)
        version_label = QLabel(self.tr("Version"))
        self.version = QComboBox()
        self.version.setObjectName("outcomesVersion")
        self.version.setAccessibleName(self.tr("Version"))
        version_label.setBuddy(self.version)
        self.version.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.version.currentIndexChanged.connect(self._version_changed)
        self.paper = QComboBox()
        self.paper.setObjectName("outcomesPaper")
        self.paper.setAccessibleName(self.tr("Paper"))
        self.paper.setToolTip(self.tr("Paper of the printed summary"))
        self.paper.addItem(self.tr("A4"), "a4")
        self.paper.addItem(self.tr("US Letter"), "letter")
        self.language = QComboBox()
        self.language.setObjectName("outcomesLanguage")
        self.language.setAccessibleName(self.tr("Language of the printed summary"))
        self.language.setToolTip(self.tr("Language of the printed summary"))
        self.language.addItem(self.tr("Bilingual"), "bilingual")
        self.language.addItem(self.tr("English"), "en")
        self.language.addItem(self.tr("Chinese"), "zh")
        self.export_button = QPushButton(icon("briefing-export"), self.tr("Export PDF…"))
        self.export_button.setObjectName("outcomesExport")
        self.export_button.setToolTip(self.tr("Print the version shown to a PDF file"))
        self.export_button.clicked.connect(self.choose_export)
        bar.addWidget(meeting_label)
        bar.addWidget(self.meeting, 1)
        bar.addWidget(version_label)
        bar.addWidget(self.version)
        bar.addSpacing(12)
        bar.addWidget(self.paper)
        bar.addWidget(self.language)
        bar.addWidget(self.export_button)
        return bar

    def _build_workflow(self) -> QVBoxLayout:
        column = QVBoxLayout()
        bar = QHBoxLayout()
        self.draft_button = QPushButton(icon("agenda-copy"), self.tr("Draft from the agenda"))
        self.draft_button.setObjectName("outcomesDraft")
        self.draft_button.setToolTip(
            self.tr(
                "Add a paragraph for each resolved agenda item with an outcome; "
                "paragraphs edited by hand are never overwritten"
            )
        )
        self.draft_button.clicked.connect(self.draft)
        self.propose_button = QPushButton(icon("schedule-propose"), self.tr("Propose"))
        self.propose_button.setObjectName("outcomesPropose")
        self.propose_button.setToolTip(
            self.tr("Freeze this draft as the version both sides are asked to agree")
        )
        self.propose_button.clicked.connect(self.propose)
        self.agree_buttons: list[QPushButton] = []
        for n in range(2):
            b = QPushButton(icon("agenda-resolve"), "")
            b.setObjectName(f"outcomesAgree{n}")
            b.clicked.connect(self.agree_first if n == 0 else self.agree_second)
            self.agree_buttons.append(b)
        self._name_agree_buttons()
        self.revise_button = QPushButton(icon("schedule-edit"), self.tr("Revise…"))
        self.revise_button.setObjectName("outcomesRevise")
        self.revise_button.setToolTip(self.tr("Open a new draft version of a proposed or final summary"))
        self.revise_button.clicked.connect(self.revise)
        for w in (self.draft_button, self.propose_button, *self.agree_buttons, self.revise_button):
            bar.addWidget(w)
        bar.addStretch(1)
        column.addLayout(bar)
        self.status_line = QLabel()
        self.status_line.setObjectName("outcomesStatus")
        self.status_line.setWordWrap(True)
        self.status_line.setTextFormat(Qt.TextFormat.RichText)
        column.addWidget(self.status_line)
        return column

    def _name_agree_buttons(self) -> None:
        for b, side in zip(self.agree_buttons, self.sides, strict=False):
            b.setText(self.tr("Agree for {0}…").format(side))
            b.setAccessibleName(self.tr("Agree for {0}").format(side))
            b.setToolTip(self.tr("Record that {0} agrees the proposed version (who and when)").format(side))

    def _build_summary_tab(self) -> QWidget:
        self.model = ParagraphTableModel(self)
        self.table = QTableView()
        configure_table(
            self.table,
            self.model,
            name="outcomesParagraphs",
            accessible=self.tr("Paragraphs"),
            empty=self.tr("No paragraphs yet: draft them from the agenda or add one."),
            stretch=1,
            widths={0: 44, 3: 190},
        )
        # English and Chinese share the width side by side; the number and the item keep theirs
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.selectionModel().currentRowChanged.connect(self._paragraph_chosen)
        self.table.doubleClicked.connect(self._edit_chosen)
        editor = QWidget()
        grid = QGridLayout(editor)
        grid.setContentsMargins(0, 4, 0, 0)
        self.editor_title = QLabel()
        self.editor_title.setObjectName("outcomesEditorTitle")
        grid.addWidget(self.editor_title, 0, 0)
        self.completeness = QLabel()
        self.completeness.setObjectName("outcomesCompleteness")
        grid.addWidget(self.completeness, 0, 1)
        en_label = QLabel(self.tr("English"))
        zh_label = QLabel(self.tr("Chinese"))
        self.text_en = QPlainTextEdit()
        self.text_en.setObjectName("outcomesTextEn")
        self.text_en.setAccessibleName(self.tr("English text of the paragraph"))
        self.text_en.setTabChangesFocus(True)
        self.text_zh = QPlainTextEdit()
        self.text_zh.setObjectName("outcomesTextZh")
        self.text_zh.setAccessibleName(self.tr("Chinese text of the paragraph"))
        self.text_zh.setTabChangesFocus(True)
        en_label.setBuddy(self.text_en)
        zh_label.setBuddy(self.text_zh)
        self.text_zh.textChanged.connect(self._show_completeness)
        self.text_en.textChanged.connect(self._show_completeness)
        grid.addWidget(en_label, 1, 0)
        grid.addWidget(zh_label, 1, 1)
        grid.addWidget(self.text_en, 2, 0)
        grid.addWidget(self.text_zh, 2, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        buttons = QHBoxLayout()
        item_label = QLabel(self.tr("Agenda item"))
        self.item = QComboBox()
        self.item.setObjectName("outcomesItem")
        self.item.setAccessibleName(self.tr("Agenda item the new paragraph reports on"))
        self.item.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.item.setMinimumContentsLength(14)
        item_label.setBuddy(self.item)
        self.add_button = QPushButton(icon("agenda-add"), self.tr("Add paragraph"))
        self.add_button.setObjectName("outcomesAdd")
        self.add_button.clicked.connect(self.new_paragraph)
        self.edit_button = QPushButton(icon("schedule-edit"), self.tr("Edit paragraph"))
        self.edit_button.setObjectName("outcomesEdit")
        self.edit_button.clicked.connect(self._edit_chosen)
        self.save_button = QPushButton(self.tr("Save paragraph"))
        self.save_button.setObjectName("outcomesSave")
        self.save_button.clicked.connect(self.save_paragraph)
        self.remove_button = QPushButton(icon("agenda-withdraw"), self.tr("Remove paragraph…"))
        self.remove_button.setObjectName("outcomesRemove")
        self.remove_button.clicked.connect(self.remove_paragraph)
        buttons.addWidget(item_label)
        buttons.addWidget(self.item, 1)
        for b in (self.add_button, self.edit_button, self.save_button, self.remove_button):
            buttons.addWidget(b)
        grid.addLayout(buttons, 3, 0, 1, 2)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setObjectName("outcomesSplitter")
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.table)
        splitter.addWidget(editor)
        splitter.setSizes([260, 220])
        return splitter

    def _build_history_tab(self) -> QWidget:
        tab = QWidget()
        column = QVBoxLayout(tab)
        column.setContentsMargins(0, 6, 0, 0)
        self.versions_model = VersionTableModel(self)
        self.versions = QTableView()
        configure_table(
            self.versions,
            self.versions_model,
            name="outcomesVersions",
            accessible=self.tr("Versions"),
            empty=self.tr("No versions yet."),
            stretch=5,
            widths={0: 60, 1: 110, 2: 80, 3: 170, 4: 220},
        )
        self.versions.doubleClicked.connect(self._show_version_clicked)
        bar = QHBoxLayout()
        from_label = QLabel(self.tr("Compare version"))
        self.compare_from = QComboBox()
        self.compare_from.setObjectName("outcomesCompareFrom")
        self.compare_from.setAccessibleName(self.tr("Earlier version to compare"))
        from_label.setBuddy(self.compare_from)
        to_label = QLabel(self.tr("with version"))
        self.compare_to = QComboBox()
        self.compare_to.setObjectName("outcomesCompareTo")
        self.compare_to.setAccessibleName(self.tr("Later version to compare"))
        to_label.setBuddy(self.compare_to)
        self.compare_button = QPushButton(self.tr("Compare"))
        self.compare_button.setObjectName("outcomesCompare")
        self.compare_button.clicked.connect(self.compare)
        self.compare_summary = QLabel()
        self.compare_summary.setObjectName("outcomesCompareSummary")
        self.compare_summary.setWordWrap(True)
        self.unchanged = QCheckBox(self.tr("Show unchanged paragraphs"))
        self.unchanged.setObjectName("outcomesShowUnchanged")
        self.unchanged.toggled.connect(self._unchanged_toggled)
        for w in (from_label, self.compare_from, to_label, self.compare_to, self.compare_button):
            bar.addWidget(w)
        bar.addWidget(self.compare_summary, 1)
        bar.addWidget(self.unchanged)
        self.comparison_model = ComparisonTableModel(self)
        self.comparison = QTableView()
        configure_table(
            self.comparison,
            self.comparison_model,
            name="outcomesComparison",
            accessible=self.tr("Comparison of two versions"),
            empty=self.tr("Choose two versions and Compare."),
            stretch=2,
            widths={0: 80, 1: 50},
        )
        header = self.comparison.horizontalHeader()
        header.setStretchLastSection(False)
        for section in (3, 4, 5):  # before and after, in both languages, share the width
            header.setSectionResizeMode(section, QHeaderView.ResizeMode.Stretch)
        self.comparison.setWordWrap(True)  # a change is read in full, not cut off
        self.comparison.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self._diff = None
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setObjectName("outcomesHistorySplitter")
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.versions)
        holder = QWidget()
        lower = QVBoxLayout(holder)
        lower.setContentsMargins(0, 0, 0, 0)
        lower.addLayout(bar)
        lower.addWidget(self.comparison, 1)
        splitter.addWidget(holder)
        splitter.setSizes([160, 300])
        column.addWidget(splitter, 1)
        return tab

    # -- keyboard commands: Ctrl+N adds a paragraph, Enter edits the selected one, Delete removes it ------
    def new_control(self):
        return self.add_button

    def list_view(self):
        return self.table

    def open_control(self):
        return self.edit_button

    def delete_control(self):
        return self.remove_button

    # -- loading ------------------------------------------------------------------------------------------
    def refresh(self) -> None:
        if self.app.ctx.dialogue_id is None:
            return
        self.app.ops.run(_meetings_and_sides, self.app.ctx, on_done=self._meetings_loaded)

    def _meeting_label(self, m) -> str:
        return self.tr("Meeting {0} · {1} · {2}").format(m.number, m.planned_start.isoformat(), m.city)

    def _meetings_loaded(self, loaded) -> None:
        meetings, sides = loaded
        wanted = self.current_meeting()
        self.meetings = meetings
        if sides:
            self.sides = sides
            self._name_agree_buttons()
        self.meeting.blockSignals(True)
        self.meeting.clear()
        for m in meetings:
            self.meeting.addItem(self._meeting_label(m), m.number)
        self.meeting.blockSignals(False)
        if wanted is None or self.meeting.findData(wanted) < 0:
            wanted = self._first_meeting()
        self.show_meeting(wanted)

    def _first_meeting(self) -> int | None:
        """The latest meeting already held (its outcomes are what there is to write), else the first one."""
        held = [m for m in self.meetings if m.status == "held"]
        choice = (held[-1:] or self.meetings[:1] or [None])[0]
        return choice.number if choice is not None else None

    def current_meeting(self) -> int | None:
        return self.meeting.currentData()

    def show_meeting(self, number: int | None, version: int | None = None) -> None:
        at = self.meeting.findData(number) if number is not None else -1
        if at >= 0 and at != self.meeting.currentIndex():
            self.meeting.blockSignals(True)
            self.meeting.setCurrentIndex(at)
            self.meeting.blockSignals(False)
        self._load(version)

    def show_target(self, target: dict) -> None:
        """``meeting``: its number; ``version``: the version of it to show."""
        if "meeting" in target:
            self.app.ops.after_calls(lambda: self.show_meeting(target["meeting"], target.get("version")))

    @Slot(int)
    def _meeting_changed(self, _index: int) -> None:
        self.message.hide()
        self.comparison_model.set_rows([])
        self._diff = None
        self.compare_summary.setText("")
        self._load(None)

    def _load(self, version: int | None, paragraph: int | None = None) -> None:
        number = self.current_meeting()
        if number is None:
            self.history, self.items = [], []
            self.summary.setText(self.tr("No meetings yet: add one on the Schedule page."))
            self._show_history(None)
            return
        self._wanted_version, self._wanted_paragraph = version, paragraph
        self.app.ops.run(
            _meeting_outcomes,
            self.app.ctx,
            number,
            on_done=lambda loaded: self._outcomes_loaded(number, loaded),
        )

    def _outcomes_loaded(self, number: int, loaded) -> None:
        if number != self.current_meeting():
            return  # another meeting was chosen meanwhile: its own load shows it
        self.history, self.items = loaded
        self.item.clear()
        self.item.addItem(self.tr("(none)"), None)
        for i in self.items:
            self.item.addItem(self._item_title(i), i.id)
        self._show_history(self._wanted_version)

    def _item_title(self, i) -> str:
        """The item's title in the interface's language (its English title where it has no Chinese one)."""
        title = (i.title_zh or i.title) if self.app.language == "zh_CN" else i.title
        return self.tr("{0}. {1}").format(i.position, title)

    def _show_history(self, version: int | None) -> None:
        self.versions_model.set_rows(self.history)
        numbers = [v.version for v in self.history]
        for combo, default in (
            (self.version, numbers[-1:]),
            (self.compare_from, numbers[-2:-1] or numbers[:1]),
            (self.compare_to, numbers[-1:]),
        ):
            # a choice of comparison is kept while the versions stay the same; a new version is compared
            keep = (
                combo.currentData() if combo is not self.version and combo.count() == len(numbers) else None
            )
            combo.blockSignals(True)
            combo.clear()
            for n in numbers:
                label = (
                    self.tr("{0} (latest)").format(n)
                    if combo is self.version and n == numbers[-1]
                    else str(n)
                )
                combo.addItem(label, n)
            chosen = keep if keep in numbers else (default[0] if default else None)
            if combo is self.version and version in numbers:
                chosen = version
            if chosen is not None:
                combo.setCurrentIndex(combo.findData(chosen))
            combo.blockSignals(False)
        self._show_version()

    @Slot(int)
    def _version_changed(self, _index: int) -> None:
        self._show_version()

    @Slot()
    def _show_version_clicked(self, index) -> None:
        v = self.versions_model.record(index.row())
        self.version.setCurrentIndex(self.version.findData(v.version))
        self.tabs.setCurrentIndex(0)

    def shown(self):
        """The version shown (a record), or None when the meeting has no outcomes yet."""
        number = self.version.currentData()
        return next((v for v in self.history if v.version == number), None)

    def _show_version(self) -> None:
        v = self.shown()
        selected = self._wanted_paragraph if self._wanted_paragraph is not None else self.selected_number()
        self._wanted_paragraph = None
        titles = {i.id: self._item_title(i) for i in self.items}
        self.model.set_paragraphs(v.paragraphs if v is not None else [], titles)
        self.shown_version = v.version if v is not None else None
        if v is None:
            self.summary.setText(
                self.tr(
                    "Meeting {0} has no summary of outcomes yet: draft it from the agenda's "
                    "outcomes or add a paragraph."
                ).format(self.current_meeting())
            )
        else:
            missing = sum(1 for p in v.paragraphs if not p.text_zh)
            text = self.tr("Meeting {0} · version {1} of {2} · {3} paragraphs").format(
                v.meeting, v.version, len(self.history), len(v.paragraphs)
            )
            if missing:
                text += " · " + self.tr("{0} without Chinese text").format(missing)
            self.summary.setText(text)
        self._show_status(v)
        self.new_mode = False
        row = self.model.row_of(selected) if selected is not None else -1
        if row < 0 and self.model.rowCount():
            row = 0
        if row >= 0:
            self.table.selectRow(row)
            self.table.setCurrentIndex(self.model.index(row, 0))
        self._paragraph_chosen()

    def _show_status(self, v) -> None:
        if v is None:
            self.status_line.setText(self.tr("Status: no version yet"))
            return
        parts = [self.tr("Status of version {0}: <b>{1}</b>").format(v.version, escape(status_text(v)))]
        if v.reason:
            parts.append(self.tr("opened because: {0}").format(escape(v.reason)))
        if v.agreements:
            parts.append(
                self.tr("Agreed: {0}").format(
                    "; ".join(
                        self.tr("{0} by {1} on {2}").format(
                            escape(a.side), escape(a.by), f"{a.at:%Y-%m-%d %H:%M} UTC"
                        )
                        for a in v.agreements
                    )
                )
            )
        if not v.latest:
            parts.append(self.tr("a later version exists: this one is kept as it was"))
        self.status_line.setText(" · ".join(parts))

    # -- the editor ------------------------------------------------------------------------------------------
    def selected_number(self) -> int | None:
        index = self.table.currentIndex()
        return self.model.record(index.row()).number if index.isValid() else None

    def selected_paragraph(self):
        index = self.table.currentIndex()
        return self.model.record(index.row()) if index.isValid() else None

    def editable(self) -> bool:
        """Only the latest version, while it is a draft (or no version yet: adding opens version 1)."""
        if self.current_meeting() is None:
            return False
        v = self.shown()
        return v is None or (v.latest and v.status == EDITABLE)

    @Slot()
    def _paragraph_chosen(self, *_args) -> None:
        p = self.selected_paragraph()
        self.new_mode = False
        self.text_en.blockSignals(True)
        self.text_zh.blockSignals(True)
        self.text_en.setPlainText(p.text_en if p is not None else "")
        self.text_zh.setPlainText(p.text_zh if p is not None else "")
        self.text_en.blockSignals(False)
        self.text_zh.blockSignals(False)
        at = self.item.findData(p.item if p is not None else None)
        self.item.setCurrentIndex(max(at, 0))
        self._show_completeness()
        self._update_controls()

    def unsaved(self) -> bool:
        """The editor holds text not saved: a new paragraph with text, or a paragraph changed."""
        en, zh = self.text_en.toPlainText(), self.text_zh.toPlainText()
        if self.new_mode:
            return bool(en.strip() or zh.strip())
        p = self.selected_paragraph()
        return p is not None and self.editable() and (en, zh) != (p.text_en, p.text_zh)

    def _editor_heading(self) -> str:
        p = self.selected_paragraph()
        if self.new_mode:
            heading = self.tr("New paragraph {0}").format(self.model.rowCount() + 1)
        elif p is not None:
            heading = self.tr("Paragraph {0}").format(p.number)
        else:
            return self.tr("No paragraph chosen")
        return heading + (" · " + self.tr("not saved yet") if self.unsaved() else "")

    @Slot()
    def _show_completeness(self) -> None:
        self.editor_title.setText(self._editor_heading())
        has_text = bool(self.text_en.toPlainText().strip()) or self.selected_paragraph() is not None
        if has_text and not self.text_zh.toPlainText().strip():
            self.completeness.setText("⚠ " + self.tr("Chinese text missing"))
            self.completeness.setStyleSheet("color: #c92a2a;")
            self.completeness.setToolTip(
                self.tr("Both sides agree the text in both languages: add the Chinese before proposing")
            )
        elif has_text:
            self.completeness.setText("✓ " + self.tr("Both languages"))
            self.completeness.setStyleSheet("color: #2b8a3e;")
            self.completeness.setToolTip("")
        else:
            self.completeness.setText("")
            self.completeness.setToolTip("")

    def _update_controls(self) -> None:
        v = self.shown()
        has_meeting = self.current_meeting() is not None
        editable = self.editable()
        chosen = self.selected_paragraph() is not None
        frozen_tip = ""
        if v is not None and not editable:
            frozen_tip = (
                self.tr("Version {0} is {1}: use Revise to open a new draft").format(
                    v.version, status_text(v)
                )
                if v.latest
                else self.tr("Version {0} is an earlier version: show the latest one to edit").format(
                    v.version
                )
            )
        for b, tip in (
            (self.add_button, self.tr("Add a paragraph at the end")),
            (self.edit_button, self.tr("Edit the selected paragraph")),
            (self.save_button, self.tr("Save the paragraph in both languages")),
            (self.remove_button, self.tr("Remove the selected paragraph")),
        ):
            b.setToolTip(frozen_tip or tip)
        self.add_button.setEnabled(editable)
        self.edit_button.setEnabled(editable and chosen)
        self.save_button.setEnabled(editable and (chosen or self.new_mode))
        self.remove_button.setEnabled(editable and chosen and not self.new_mode)
        self.item.setEnabled(editable and self.new_mode)
        for box in (self.text_en, self.text_zh):
            box.setReadOnly(not (editable and (chosen or self.new_mode)))
            box.setToolTip(frozen_tip)
        latest = v is not None and v.latest
        self.draft_button.setEnabled(has_meeting and (v is None or (latest and v.status == EDITABLE)))
        self.draft_button.setToolTip(
            frozen_tip
            or self.tr(
                "Add a paragraph for each resolved agenda item with an outcome; paragraphs edited by hand are never "
                "overwritten"
            )
        )
        self.propose_button.setEnabled(latest and v.status == EDITABLE and bool(v.paragraphs))
        for b, side in zip(self.agree_buttons, self.sides, strict=False):
            b.setEnabled(latest and v.status == "proposed" and side not in v.agreed_by)
        self.revise_button.setEnabled(latest and v.status != EDITABLE)
        self.export_button.setEnabled(v is not None)
        self.compare_button.setEnabled(len(self.history) >= 2)

    @Slot()
    def new_paragraph(self) -> None:
        """A blank editor for a paragraph added at the end when saved."""
        self.table.clearSelection()
        self.table.setCurrentIndex(self.model.index(-1, -1))
        self.new_mode = True
        self.text_en.clear()
        self.text_zh.clear()
        self.item.setCurrentIndex(0)
        self._show_completeness()
        self._update_controls()
        self.text_en.setFocus()

    @Slot()
    def _edit_chosen(self, *_args) -> None:
        if self.editable() and self.selected_paragraph() is not None:
            self.text_en.setFocus()

    @Slot()
    def save_paragraph(self) -> None:
        meeting = self.current_meeting()
        if meeting is None:
            return
        en, zh = self.text_en.toPlainText(), self.text_zh.toPlainText()
        if self.new_mode:
            item = self.item.currentData()
            self.app.ops.run(
                service.add_paragraph,
                self.app.ctx,
                meeting,
                en,
                zh,
                item,
                on_done=lambda saved: self._saved(
                    saved, saved.paragraphs[-1].number, self.tr("Paragraph added.")
                ),
                on_error=self._refused,
                busy_widget=self.save_button,
            )
            return
        p = self.selected_paragraph()
        if p is None:
            return
        self.app.ops.run(
            service.edit_paragraph,
            self.app.ctx,
            meeting,
            p.number,
            text_en=en,
            text_zh=zh,
            on_done=lambda saved: self._saved(
                saved, p.number, self.tr("Paragraph {0} saved.").format(p.number)
            ),
            on_error=self._refused,
            busy_widget=self.save_button,
        )

    @Slot()
    def remove_paragraph(self) -> None:
        meeting, p = self.current_meeting(), self.selected_paragraph()
        if meeting is None or p is None:
            return
        if not confirm(
            self,
            self.tr("Remove paragraph"),
            self.tr(
                "Paragraph {0} will be taken out of the draft; the paragraphs after it move up a number."
            ).format(p.number),
            self.tr("Remove"),
        ):
            return
        self.app.ops.run(
            service.remove_paragraph,
            self.app.ctx,
            meeting,
            p.number,
            on_done=lambda saved: self._saved(
                saved, p.number, self.tr("Paragraph {0} removed.").format(p.number)
            ),
            on_error=self._refused,
            busy_widget=self.remove_button,
        )

    # -- the workflow ---------------------------------------------------------------------------------------
    @Slot()
    def draft(self) -> None:
        meeting = self.current_meeting()
        if meeting is None:
            return

        def drafted(result) -> None:
            if result.added or result.refreshed or result.kept:
                text = self.tr(
                    "Drafted from the agenda: {0} added, {1} brought up to date, {2} edited by hand and kept."
                ).format(len(result.added), len(result.refreshed), len(result.kept))
            else:
                text = self.tr("The draft already holds every resolved item's outcome.")
            self._saved(result.outcome, None, text)

        self.app.ops.run(
            service.draft_outcomes,
            self.app.ctx,
            meeting,
            on_done=drafted,
            on_error=self._refused,
            busy_widget=self.draft_button,
        )

    @Slot()
    def propose(self) -> None:
        meeting, v = self.current_meeting(), self.shown()
        if meeting is None or v is None:
            return
        if not confirm(
            self,
            self.tr("Propose the summary"),
            self.tr(
                "Version {0} will be frozen and proposed to both sides; from then on it is never "
                "edited, only revised."
            ).format(v.version),
            self.tr("Propose"),
        ):
            return
        self.app.ops.run(
            service.propose_outcomes,
            self.app.ctx,
            meeting,
            on_done=lambda saved: self._saved(
                saved, None, self.tr("Version {0} proposed.").format(saved.version)
            ),
            on_error=self._refused,
            busy_widget=self.propose_button,
        )

    @Slot()
    def agree_first(self) -> None:
        self._agree(0)

    @Slot()
    def agree_second(self) -> None:
        self._agree(1)

    def _agree(self, n: int) -> None:
        meeting, v = self.current_meeting(), self.shown()
        if meeting is None or v is None or n >= len(self.sides):
            return
        side = self.sides[n]
        user = self.app.ctx.user
        dialog = ReasonDialog(
            self.tr("Agreement of {0}").format(side),
            self.tr(
                "{0} agrees version {1} of the outcomes of meeting {2}. The agreement is kept with who "
                "gave it and when; with both sides' agreement the version is final."
            ).format(side, v.version, meeting),
            self.tr("Who agreed for {0}?").format(side),
            self.tr("Agree"),
            self,
        )
        dialog.editor.setText((user.display_name or user.login) if user is not None else "")
        accepted = dialog.exec()
        by = dialog.text()
        dialog.deleteLater()
        if not accepted or not by:
            return

        def agreed(saved) -> None:
            text = (
                self.tr("{0} agreed version {1}: it is final.").format(side, saved.version)
                if saved.status == "final"
                else self.tr("{0} agreed version {1}.").format(side, saved.version)
            )
            self._saved(saved, None, text)

        self.app.ops.run(
            service.agree_outcomes,
            self.app.ctx,
            meeting,
            side,
            by,
            on_done=agreed,
            on_error=self._refused,
            busy_widget=self.agree_buttons[n],
        )

    @Slot()
    def revise(self) -> None:
        meeting, v = self.current_meeting(), self.shown()
        if meeting is None or v is None:
            return
        dialog = ReasonDialog(
            self.tr("Revise the summary"),
            self.tr(
                "A new draft, version {0}, will copy version {1}'s paragraphs. Version {1} stays as it is, "
                "with its agreements; the new version needs both sides' agreement again."
            ).format(v.version + 1, v.version),
            self.tr("Why is it revised?"),
            self.tr("Revise"),
            self,
        )
        accepted = dialog.exec()
        reason = dialog.text()
        dialog.deleteLater()
        if not accepted or not reason:  # the Revise button waits for a reason; Enter alone asks nothing
            return
        self.app.ops.run(
            service.revise_outcomes,
            self.app.ctx,
            meeting,
            reason,
            on_done=lambda saved: self._saved(
                saved, None, self.tr("Version {0} opened as a new draft.").format(saved.version)
            ),
            on_error=self._refused,
            busy_widget=self.revise_button,
        )

    def _saved(self, saved, paragraph: int | None, text: str) -> None:
        self.message.setText(text)
        self.message.show()
        self._load(saved.version, paragraph)
        self.app.changed("outcomes")

    def _refused(self, _exc: BaseException) -> bool:
        """Another workstation may have moved the summary on: show where it is, and let the one error path
        say why (the service's message names what to do)."""
        self._load(None, self.selected_number())
        return False

    # -- comparison and the printed copy -------------------------------------------------------------------
    @Slot()
    def compare(self) -> None:
        meeting = self.current_meeting()
        a, b = self.compare_from.currentData(), self.compare_to.currentData()
        if meeting is None or a is None or b is None:
            return
        self.app.ops.run(
            service.diff_outcomes,
            self.app.ctx,
            meeting,
            a,
            b,
            on_done=self._compared,
            busy_widget=self.compare_button,
        )

    @Slot(bool)
    def _unchanged_toggled(self, _checked: bool) -> None:
        if self._diff is not None:
            self._compared(self._diff)

    def _compared(self, diff) -> None:
        self._diff = diff
        self.comparison_model.set_rows(diff.changes if self.unchanged.isChecked() else diff.changed)
        changed = diff.changed
        self.compare_summary.setText(
            self.tr("Version {0} → {1}: {2} of {3} paragraphs differ.").format(
                diff.version_from, diff.version_to, len(changed), len(diff.changes)
            )
            if changed
            else self.tr("Versions {0} and {1} have the same text.").format(
                diff.version_from, diff.version_to
            )
        )

    @Slot()
    def choose_export(self) -> None:
        meeting, v = self.current_meeting(), self.shown()
        if meeting is None or v is None:
            return
        path, _ = get_save_file_name(
            self,
            self.app.settings,
            "outcomes",
            self.tr("Export the summary of outcomes"),
            f"outcomes-meeting-{meeting}-v{v.version}.pdf",
            self.tr("PDF files (*.pdf)"),
        )
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> None:
        meeting, v = self.current_meeting(), self.shown()
        if meeting is None or v is None:
            return
        if path.suffix.lower() != ".pdf":
            path = path.with_suffix(".pdf")
        self.app.ops.run(
            _render_and_write,
            self.app.ctx,
            meeting,
            v.version,
            self.paper.currentData(),
            self.language.currentData(),
            path,
            busy_widget=self.export_button,
            on_done=lambda result: self._exported(path, result),
        )

    def _exported(self, path: Path, result) -> None:
        self.message.setText(self.tr("Saved {0} ({1} pages).").format(str(path), result.pages))
        self.message.show()
