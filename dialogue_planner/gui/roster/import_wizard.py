"""The import wizard: choose a file, map its columns, preview every change, apply, see the summary.

Reading the file, building the preview and applying all run as background tasks, so a large file
never blocks the window. Nothing is written before the last page.
"""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWizard,
    QWizardPage,
)

from dialogue_planner.domain.errors import DialogueError
from dialogue_planner.domain.roster import ChangeKind
from dialogue_planner.interchange.roster_fields import FIELDS, REQUIRED_FIELDS
from dialogue_planner.interchange.roster_header import detect_header_row, map_columns
from dialogue_planner.interchange.roster_reader import load_table, read_file_bytes
from dialogue_planner.services.agencies import list_agencies
from dialogue_planner.services.audit import list_audit
from dialogue_planner.services.roster_import import (
    ImportOptions,
    apply_import,
    list_mappings,
    preview_import,
    save_mapping,
    undo_last_import,
)

from ..shell.file_dialogs import get_open_file_name
from ..shell.tasks import Cancelled
from ..shell.widgets import EmptyText
from .preview_model import PreviewFilterProxy, PreviewModel, RawTableModel

RAW_PREVIEW_ROWS = 40


def _table(model, name: str) -> QTableView:
    view = QTableView()
    view.setAccessibleName(name)
    EmptyText(view)
    view.setObjectName(name)
    view.setModel(model)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.horizontalHeader().setStretchLastSection(True)
    return view


class FilePage(QWizardPage):
    """The file, its sheet and header row, the import mode; the first rows as read."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.w = wizard
        self.setTitle(self.tr("Choose the roster file"))
        self.setSubTitle(self.tr("CSV (UTF-8, GB18030 or UTF-16; comma, semicolon or tab) or an Excel workbook."))
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.path = QLineEdit()
        self.path.setAccessibleName(self.tr("Roster file"))
        self.path.setObjectName("importPath")
        self.path.setReadOnly(True)
        self.path.setPlaceholderText(self.tr("No file chosen"))
        browse = QPushButton(self.tr("Choose file…"))
        browse.clicked.connect(self.browse)
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        layout.addLayout(row)
        form = QGridLayout()
        self.sheet = QComboBox()
        self.sheet.setAccessibleName(self.tr("Sheet"))
        self.sheet.setObjectName("importSheet")
        self.header_row = QSpinBox()
        self.header_row.setAccessibleName(self.tr("Header row"))
        self.header_row.setObjectName("importHeaderRow")
        self.header_row.setRange(0, 1000)
        self.header_row.setSpecialValueText(self.tr("find automatically"))
        self.mode = QComboBox()
        self.mode.setAccessibleName(self.tr("Mode"))
        self.mode.setObjectName("importMode")
        self.mode.addItem(self.tr("Update: add new delegates and change existing ones"), "update")
        self.mode.addItem(self.tr("Replace one agency's roster: also deactivate its delegates missing from the file"),
                          "replace")
        self.agency = QComboBox()
        self.agency.setAccessibleName(self.tr("Agency"))
        self.agency.setObjectName("importAgency")
        self.agency.addItem(self.tr("(the agency the file names)"), None)
        for a in list_agencies(wizard.app.ctx):
            label = self.tr("{side} · {acronym} — {name_en}").format(
                side=a.side_code, acronym=a.acronym, name_en=a.name_en, name_zh=a.name_zh or a.name_en)
            self.agency.addItem(label, f"{a.side_code}:{a.acronym}")
        self.mapping = QComboBox()
        self.mapping.setAccessibleName(self.tr("Saved mapping"))
        self.mapping.setObjectName("importMapping")
        form.addWidget(QLabel(self.tr("Sheet")), 0, 0)
        form.addWidget(self.sheet, 0, 1)
        form.addWidget(QLabel(self.tr("Header row")), 0, 2)
        form.addWidget(self.header_row, 0, 3)
        form.addWidget(QLabel(self.tr("Mode")), 1, 0)
        form.addWidget(self.mode, 1, 1, 1, 3)
        form.addWidget(QLabel(self.tr("Agency")), 2, 0)
        form.addWidget(self.agency, 2, 1)
        form.addWidget(QLabel(self.tr("Saved mapping")), 2, 2)
        form.addWidget(self.mapping, 2, 3)
        form.setColumnStretch(1, 1)
        layout.addLayout(form)
        self.status = QLabel()
        self.status.setObjectName("importFileStatus")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.raw_model = RawTableModel(self)
        self.raw = _table(self.raw_model, "importRawTable")
        layout.addWidget(self.raw, 1)
        self.sheet.activated.connect(self._sheet_chosen)
        self.header_row.valueChanged.connect(self._header_changed)
        self.mapping.activated.connect(self._mapping_chosen)
        self.reload_mappings()

    def reload_mappings(self) -> None:
        current = self.mapping.currentText()
        self.mapping.clear()
        self.mapping.addItem(self.tr("(by the column headers)"), None)
        for m in list_mappings(self.w.app.ctx):
            self.mapping.addItem(m.name, m)
        index = self.mapping.findText(current)
        self.mapping.setCurrentIndex(max(index, 0))

    def browse(self) -> None:
        path, _ = get_open_file_name(self, self.w.app.settings, "roster-import", self.tr("Roster file"),
                                     self.tr("Roster files (*.csv *.txt *.xlsx);;All files (*)"))
        if path:
            self.load(Path(path))

    def load(self, path: Path, sheet: str | None = None) -> None:
        """Read the file in the background; the page completes when its rows are shown."""
        self.path.setText(str(path))
        self.w.table = None
        self.completeChanged.emit()
        self.status.setText(self.tr("Reading {0}…").format(path.name))
        self.w.app.tasks.run(self.tr("Reading {0}").format(path.name), lambda progress: self._read(path, sheet),
                             on_done=self._loaded, on_error=self._failed)

    @staticmethod
    def _read(path: Path, sheet: str | None):
        data = read_file_bytes(path)
        return path, data, load_table(data, path.name, sheet)

    def _loaded(self, result) -> None:
        path, data, table = result
        self.w.path, self.w.data, self.w.table = path, data, table
        self.sheet.blockSignals(True)
        self.sheet.clear()
        self.sheet.addItems(list(table.sheets))
        self.sheet.setCurrentText(table.sheet)
        self.sheet.setEnabled(bool(table.sheets))
        self.sheet.blockSignals(False)
        if table.kind == "csv":
            names = {",": self.tr("comma"), ";": self.tr("semicolon"), "\t": self.tr("tab")}
            delimiter = names.get(table.delimiter, f"“{table.delimiter}”")
            self.status.setText(self.tr("{0}: {1} rows, {2}, {3}-separated.").format(
                path.name, len(table.rows), table.encoding.upper(), delimiter))
        else:
            self.status.setText(self.tr("{0}: sheet {1}, {2} rows.").format(path.name, table.sheet, len(table.rows)))
        self._show_raw()
        self.completeChanged.emit()

    def _failed(self, exc) -> None:
        self.w.table = None
        if isinstance(exc, DialogueError):
            self.status.setText(exc.message)
        else:
            self.w.app.report_error(exc)
            self.status.setText(self.tr("The file could not be read."))
        self.raw_model.set_rows([])
        self.completeChanged.emit()

    def _sheet_chosen(self, _index) -> None:
        if self.w.path is not None:
            self.load(self.w.path, self.sheet.currentText())

    def _header_changed(self, _value) -> None:
        self._show_raw()

    def _mapping_chosen(self, _index) -> None:
        saved = self.mapping.currentData()
        if saved is not None and saved.header_row:
            self.header_row.setValue(saved.header_row)

    def chosen_header_row(self) -> int | None:
        """The header row: the one typed in, else the one found; None when none can be found."""
        if self.header_row.value():
            return self.header_row.value()
        try:
            return detect_header_row(self.w.table.rows) if self.w.table else None
        except DialogueError:
            return None

    def _show_raw(self) -> None:
        if self.w.table is None:
            return
        self.raw_model.set_rows(self.w.table.rows[:RAW_PREVIEW_ROWS], self.chosen_header_row() or 0)
        self.raw.resizeColumnsToContents()

    def isComplete(self) -> bool:
        return self.w.table is not None

    def validatePage(self) -> bool:
        if self.mode.currentData() == "replace" and self.agency.currentData() is None:
            self.status.setText(self.tr("Replace mode replaces one agency's roster: choose that agency in the "
                                        "Agency list."))
            self.agency.setFocus()
            return False
        if self.chosen_header_row() is None:
            self.status.setText(self.tr("No header row found: type the number of the row that holds the "
                                        "column names."))
            return False
        return True


class MappingPage(QWizardPage):
    """Which column of the file feeds each field; the mapping can be saved under a name."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.w = wizard
        self.setTitle(self.tr("Match the columns"))
        self.setSubTitle(self.tr("Each field takes one column of the file. Fields marked * are required."))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.combos: dict[str, QComboBox] = {}
        labels = {"side": self.tr("Side"), "agency": self.tr("Agency"), "family_name": self.tr("Family name"),
                  "given_name": self.tr("Given name"), "native_name": self.tr("Native name"),
                  "title": self.tr("Title"), "email": self.tr("Email"), "phone": self.tr("Phone"),
                  "external_id": self.tr("External ID")}
        self.samples: dict[str, QLabel] = {}
        for f in FIELDS:
            combo = QComboBox()
            combo.setObjectName(f"map-{f.name}")
            combo.setMinimumWidth(320)
            combo.currentIndexChanged.connect(self.completeChanged)
            combo.currentIndexChanged.connect(self._show_samples)
            sample = QLabel()
            sample.setObjectName("muted")
            sample.setStyleSheet("color: #7b8794;")
            row = QHBoxLayout()
            row.addWidget(combo)
            row.addWidget(sample, 1)
            self.combos[f.name] = combo
            self.samples[f.name] = sample
            form.addRow(labels[f.name] + (" *" if f.required else ""), row)
        layout.addLayout(form)
        save_row = QHBoxLayout()
        self.mapping_name = QLineEdit()
        self.mapping_name.setObjectName("mappingName")
        self.mapping_name.setPlaceholderText(self.tr("Name, e.g. MPS personnel office"))
        save = QPushButton(self.tr("Save mapping"))
        save.setObjectName("saveMapping")
        save.clicked.connect(self.save)
        save_row.addWidget(QLabel(self.tr("Save this mapping as")))
        save_row.addWidget(self.mapping_name, 1)
        save_row.addWidget(save)
        layout.addLayout(save_row)
        self.status = QLabel()
        self.status.setObjectName("mappingStatus")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        layout.addStretch(1)

    def initializePage(self) -> None:
        file_page = self.w.file_page
        header_number = file_page.chosen_header_row()
        header = self.w.table.row(header_number)
        self.header = header
        saved = file_page.mapping.currentData()
        try:
            automatic = dict(map_columns(header).headers)
        except DialogueError as exc:
            automatic = self._partial_automatic(header)
            self.status.setText(exc.message)
        else:
            self.status.setText("")
        wanted = dict(automatic)
        if saved is not None:
            wanted.update(saved.columns)
            self.mapping_name.setText(saved.name)
        names = [h.strip() for h in header]
        for field, combo in self.combos.items():
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("(not in the file)"), "")
            for index, name in enumerate(names):
                if name:
                    combo.addItem(name, name)
            combo.setCurrentIndex(max(combo.findData(wanted.get(field, "")), 0))
            combo.blockSignals(False)
        below = [cells for number, cells in self.w.table.rows if number > header_number]
        self.first_row = below[0] if below else ()
        self._show_samples()
        self.completeChanged.emit()

    def _show_samples(self, *_args) -> None:
        """Beside each field, its value in the first row under the header, as a check of the choice."""
        names = [h.strip() for h in getattr(self, "header", ())]
        for field, combo in self.combos.items():
            chosen = combo.currentData()
            value = ""
            if chosen and chosen in names:
                index = names.index(chosen)
                row = getattr(self, "first_row", ())
                value = row[index] if index < len(row) else ""
            self.samples[field].setText(self.tr("e.g. {0}").format(value) if value else "")

    @staticmethod
    def _partial_automatic(header) -> dict[str, str]:
        from dialogue_planner.interchange.roster_fields import field_for_header

        found: dict[str, str] = {}
        for cell in header:
            field = field_for_header(cell)
            if field and field not in found:
                found[field] = cell.strip()
        return found

    def mapping(self) -> dict[str, str]:
        return {field: combo.currentData() or "" for field, combo in self.combos.items()}

    def isComplete(self) -> bool:
        mapping = self.mapping()
        return all(mapping.get(f) for f in REQUIRED_FIELDS)

    def save(self) -> None:
        try:
            saved = save_mapping(self.w.app.ctx, self.mapping_name.text(),
                                 {k: v for k, v in self.mapping().items() if v},
                                 header_row=self.w.file_page.header_row.value() or None,
                                 sheet=self.w.table.sheet or None)
        except DialogueError as exc:
            self.status.setText(exc.message)
            return
        self.status.setText(self.tr("Saved as “{0}”.").format(saved.name))
        self.w.file_page.reload_mappings()


class PreviewPage(QWizardPage):
    """What each row does, coloured by kind, with a filter and the field-level differences."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.w = wizard
        self.preview = None
        self.setTitle(self.tr("Preview"))
        self.setSubTitle(self.tr("Nothing has been saved yet. Check what the import will do."))
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Import"))
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.counts = QLabel()
        self.counts.setObjectName("previewCounts")
        self.counts.setWordWrap(True)
        self.filter = QComboBox()
        self.filter.setObjectName("previewFilter")
        self.filter.addItem(self.tr("All rows"), None)
        for kind, text in ((ChangeKind.NEW, self.tr("New")), (ChangeKind.CHANGED, self.tr("Changed")),
                           (ChangeKind.UNCHANGED, self.tr("Unchanged")),
                           (ChangeKind.DEACTIVATED, self.tr("Deactivated")), (ChangeKind.ERROR, self.tr("Errors"))):
            self.filter.addItem(text, kind.value)
        top.addWidget(self.counts, 1)
        top.addWidget(QLabel(self.tr("Show")))
        top.addWidget(self.filter)
        layout.addLayout(top)
        self.model = PreviewModel(self)
        self.proxy = PreviewFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = _table(self.proxy, "previewTable")
        self.table.setSortingEnabled(True)
        self.table.verticalHeader().setVisible(False)
        layout.addWidget(self.table, 1)
        self.details = QPlainTextEdit()
        self.details.setObjectName("previewDetails")
        self.details.setReadOnly(True)
        self.details.setFixedHeight(90)
        layout.addWidget(self.details)
        self.skip_invalid = QCheckBox(self.tr("Import the valid rows and skip the invalid ones"))
        self.skip_invalid.setObjectName("skipInvalid")
        self.skip_invalid.toggled.connect(self.completeChanged)
        layout.addWidget(self.skip_invalid)
        self.filter.currentIndexChanged.connect(self._filter_changed)
        self.table.selectionModel().currentRowChanged.connect(self._row_chosen)

    def initializePage(self) -> None:
        self.preview = None
        self.model.set_rows([])
        self.skip_invalid.setChecked(False)
        self.skip_invalid.setEnabled(False)
        self.counts.setText(self.tr("Comparing the file with the roster…"))
        self.completeChanged.emit()
        options = self.w.options()
        data = self.w.data
        self.w.app.tasks.run(self.tr("Previewing the import"),
                             lambda progress: preview_import(self.w.app.ctx, data, options),
                             on_done=self._shown, on_error=self._failed)

    def _shown(self, preview) -> None:
        self.preview = preview
        self.model.set_rows(preview.rows)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.resizeColumnsToContents()
        c = preview.counts
        self.counts.setText(self.tr("{0} new, {1} changed, {2} unchanged, {3} to deactivate, {4} rows with errors.")
                            .format(c["new"], c["changed"], c["unchanged"], c["deactivated"], c["error"]))
        self.skip_invalid.setEnabled(not preview.ok and preview.mode == "update")
        self.completeChanged.emit()

    def _failed(self, exc) -> None:
        self.counts.setText(exc.message if isinstance(exc, DialogueError) else self.tr("The preview failed."))
        if not isinstance(exc, DialogueError):
            self.w.app.report_error(exc)
        self.completeChanged.emit()

    def _filter_changed(self, _index) -> None:
        self.proxy.set_kind(self.filter.currentData())

    def _row_chosen(self, current, _previous=None) -> None:
        if not current.isValid():
            self.details.setPlainText("")
            return
        source_row = self.proxy.mapToSource(current).row()
        row = self.model.record(source_row)
        lines = self.model.difference_lines(source_row) + list(row.messages)
        self.details.setPlainText("\n".join(lines) or self.model.kind_text(row.kind))

    def isComplete(self) -> bool:
        if self.preview is None:
            return False
        return self.preview.ok or self.skip_invalid.isChecked()

    def validatePage(self) -> bool:
        """Import pressed. Replacing an agency's roster deactivates whoever the file leaves out: say how many
        and ask first."""
        preview = self.preview
        if preview is None or preview.mode != "replace":
            return True
        c = preview.counts
        agency = self.w.file_page.agency.currentText()
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Replace the roster?"), self.tr(
            "Replace the roster of {0} with the file: {1} delegates missing from it will be deactivated (kept "
            "with their history; they can be reactivated), {2} added and {3} changed.").format(
                agency, c["deactivated"], c["new"], c["changed"]), QMessageBox.StandardButton.Cancel, self)
        box.setObjectName("confirmReplace")
        yes = box.addButton(self.tr("Replace the roster"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(yes)
        box.exec()
        answer = box.clickedButton() is yes
        box.deleteLater()
        return answer


class ApplyPage(QWizardPage):
    """Applies the import in the background with progress, then shows the summary and the audit link."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.w = wizard
        self.result = None
        self.setTitle(self.tr("Import"))
        layout = QVBoxLayout(self)
        self.progress = QProgressBar()
        self.progress.setObjectName("applyProgress")
        layout.addWidget(self.progress)
        self.summary = QLabel()
        self.summary.setObjectName("applySummary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.linkActivated.connect(self.show_audit)
        layout.addWidget(self.summary)
        self.undo = QPushButton(self.tr("Undo this import"))
        self.undo.setObjectName("undoImport")
        self.undo.clicked.connect(self.undo_import)
        self.undo.hide()
        layout.addWidget(self.undo, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        self._task = None
        wizard.app.tasks.progressed.connect(self._progressed)

    def initializePage(self) -> None:
        self.result = None
        self.progress.setRange(0, 0)
        self.summary.setText(self.tr("Importing…"))
        options, data = self.w.options(), self.w.data
        skip = self.w.preview_page.skip_invalid.isChecked()
        task = self.w.app.tasks.run(self.tr("Importing {0}").format(options.file_name),
                                    lambda progress: self._apply(data, options, skip, progress),
                                    on_done=self._applied, on_error=self._failed)
        self._task = task

    def _apply(self, data, options, skip, progress):
        def report(done: int, total: int) -> None:
            if not progress(done, total, ""):
                raise Cancelled()
        return apply_import(self.w.app.ctx, data, options, skip_invalid=skip, progress=report)

    def _progressed(self, task, done: int, total: int, _text: str) -> None:
        if task is self._task and total:
            self.progress.setRange(0, total)
            self.progress.setValue(done)

    def _applied(self, result) -> None:
        self.result = result
        self.w.applied = result
        self.progress.setRange(0, 1)
        self.progress.setValue(1)
        if not result.ok:
            self.summary.setText(self.tr("Nothing was imported: {0} rows are invalid.").format(
                len({e.row for e in result.errors})))
        elif result.import_id is None:
            self.summary.setText(self.tr("Nothing to change: the roster already matches the file."))
        else:
            text = self.tr("Imported {0}: {1} new, {2} changed, {3} unchanged, {4} deactivated, {5} invalid rows "
                           "skipped.").format(result.file_name, result.created, result.updated, result.unchanged,
                                              result.deactivated, result.skipped)
            preview = self.w.preview_page.preview
            if preview is not None and (preview.counts["new"], preview.counts["changed"],
                                        preview.counts["deactivated"]) != (result.created, result.updated,
                                                                           result.deactivated):
                text += " " + self.tr("Someone changed the roster after the preview; these are the changes made.")
            link = self.tr("Show the audit entries of this import")
            self.summary.setText(f"{escape(text)}<br><br><a href='audit'>{escape(link)}</a>")
            self.undo.show()
        self.completeChanged.emit()

    def _failed(self, exc) -> None:
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.summary.setText(self.tr("Nothing was imported.") + " " +
                             (exc.message if isinstance(exc, DialogueError) else ""))
        self.w.app.report_error(exc)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return not self.w.app.tasks.active()

    def show_audit(self, _link: str = "") -> QDialog:
        from .audit_dialog import AuditDialog

        record = self.w.last_import_record()
        dialog = AuditDialog(list_audit(self.w.app.ctx, operation_id=record.operation_id) if record else [], self)
        dialog.open()
        self.audit_dialog = dialog
        return dialog

    def undo_import(self) -> None:
        self.undo.setEnabled(False)
        self.w.app.tasks.run(self.tr("Undoing the import"), lambda progress: undo_last_import(self.w.app.ctx),
                             on_done=self._undone, on_error=self.w.app.report_error)

    def _undone(self, result) -> None:
        self.undo.hide()
        self.summary.setText(self.tr("The import was undone: {0} delegates removed, {1} restored.").format(
            result.removed, result.restored))


class ImportWizard(QWizard):
    def __init__(self, app, parent=None) -> None:
        super().__init__(parent)
        self.app = app
        self.setObjectName("importWizard")
        self.setWindowTitle(self.tr("Import a roster"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.resize(900, 600)  # within a 1024×700 screen, frame included
        self.path: Path | None = None
        self.data: bytes = b""
        self.table = None
        self.applied = None
        self.file_page = FilePage(self)
        self.mapping_page = MappingPage(self)
        self.preview_page = PreviewPage(self)
        self.apply_page = ApplyPage(self)
        for page in (self.file_page, self.mapping_page, self.preview_page, self.apply_page):
            self.addPage(page)

    def options(self) -> ImportOptions:
        return ImportOptions(file_name=self.path.name if self.path else "", sheet=self.table.sheet or None,
                             header_row=self.file_page.chosen_header_row(),
                             mapping={k: v for k, v in self.mapping_page.mapping().items()},
                             mode=self.file_page.mode.currentData(), agency=self.file_page.agency.currentData())

    def last_import_record(self):
        from dialogue_planner.services.roster_import import list_imports

        if self.applied is None or self.applied.import_id is None:
            return None
        return next((r for r in list_imports(self.app.ctx) if r.id == self.applied.import_id), None)
