"""The first page: choose the file, its sheet, header row, mode and agency, and see its first rows as read."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWizardPage,
)

from dialogue_planner.domain.errors import DialogueError
from dialogue_planner.gui.kit.column_fit import fit_columns
from dialogue_planner.gui.kit.file_dialogs import get_open_file_name
from dialogue_planner.interchange.roster_header import detect_header_row
from dialogue_planner.interchange.roster_reader import load_table, read_file_bytes
from dialogue_planner.services.agencies import list_agencies
from dialogue_planner.services.roster_import import list_mappings

from ..preview_model import RawTableModel
from .shared import read_only_table

if TYPE_CHECKING:
    from .wizard import ImportWizard

RAW_PREVIEW_ROWS = 40


class FilePage(QWizardPage):
    """The file, its sheet and header row, the import mode; the first rows as read."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.w = wizard
        self.setTitle(self.tr("Choose the roster file"))
        self.setSubTitle(
            self.tr("CSV (UTF-8, GB18030 or UTF-16; comma, semicolon or tab) or an Excel workbook.")
        )
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
        self.mode.addItem(
            self.tr("Replace one agency's roster: also deactivate its delegates missing from the file"),
            "replace",
        )
        self.agency = QComboBox()
        self.agency.setAccessibleName(self.tr("Agency"))
        self.agency.setObjectName("importAgency")
        self.agency.addItem(self.tr("(the agency the file names)"), None)
        wizard.app.ops.run(list_agencies, wizard.app.ctx, on_done=self._fill_agencies)
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
        self.raw = read_only_table(self.raw_model, "importRawTable")
        layout.addWidget(self.raw, 1)
        self.sheet.activated.connect(self._sheet_chosen)
        self.header_row.valueChanged.connect(self._header_changed)
        self.mapping.activated.connect(self._mapping_chosen)
        self.reload_mappings()

    def _fill_agencies(self, agencies) -> None:
        for a in agencies:
            label = self.tr("{side} · {acronym} — {name_en}").format(
                side=a.side_code, acronym=a.acronym, name_en=a.name_en, name_zh=a.name_zh or a.name_en
            )
            self.agency.addItem(label, f"{a.side_code}:{a.acronym}")

    def reload_mappings(self) -> None:
        self.w.app.ops.run(list_mappings, self.w.app.ctx, on_done=self._fill_mappings)

    def _fill_mappings(self, mappings) -> None:
        current = self.mapping.currentText()
        self.mapping.clear()
        self.mapping.addItem(self.tr("(by the column headers)"), None)
        for m in mappings:
            self.mapping.addItem(m.name, m)
        index = self.mapping.findText(current)
        self.mapping.setCurrentIndex(max(index, 0))

    def browse(self) -> None:
        path, _ = get_open_file_name(
            self,
            self.w.app.settings,
            "roster-import",
            self.tr("Roster file"),
            self.tr("Roster files (*.csv *.txt *.xlsx);;All files (*)"),
        )
        if path:
            self.load(Path(path))

    def load(self, path: Path, sheet: str | None = None) -> None:
        """Read the file in the background; the page completes when its rows are shown."""
        self.path.setText(str(path))
        self.w.table = None
        self.completeChanged.emit()
        self.status.setText(self.tr("Reading {0}…").format(path.name))
        self.w.app.tasks.run(
            self.tr("Reading {0}").format(path.name),
            lambda progress: self._read(path, sheet),
            on_done=self._loaded,
            on_error=self._failed,
        )

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
            self.status.setText(
                self.tr("{0}: {1} rows, {2}, {3}-separated.").format(
                    path.name, len(table.rows), table.encoding.upper(), delimiter
                )
            )
        else:
            self.status.setText(
                self.tr("{0}: sheet {1}, {2} rows.").format(path.name, table.sheet, len(table.rows))
            )
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
        fit_columns(self.raw)

    def isComplete(self) -> bool:
        return self.w.table is not None

    def validatePage(self) -> bool:
        if self.mode.currentData() == "replace" and self.agency.currentData() is None:
            self.status.setText(
                self.tr("Replace mode replaces one agency's roster: choose that agency in the Agency list.")
            )
            self.agency.setFocus()
            return False
        if self.chosen_header_row() is None:
            self.status.setText(
                self.tr("No header row found: type the number of the row that holds the column names.")
            )
            return False
        return True
