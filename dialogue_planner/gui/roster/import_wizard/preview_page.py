"""The third page: preview what each row will do, filter it by kind, and confirm before replacing a roster."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWizard,
    QWizardPage,
)

from dialogue_planner.domain.errors import DialogueError
from dialogue_planner.domain.roster import ChangeKind
from dialogue_planner.gui.kit.column_fit import fit_columns
from dialogue_planner.services.roster_import import preview_import

from ..preview_model import PreviewFilterProxy, PreviewModel
from .shared import read_only_table

if TYPE_CHECKING:
    from .wizard import ImportWizard


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
        for kind, text in (
            (ChangeKind.NEW, self.tr("New")),
            (ChangeKind.CHANGED, self.tr("Changed")),
            (ChangeKind.UNCHANGED, self.tr("Unchanged")),
            (ChangeKind.DEACTIVATED, self.tr("Deactivated")),
            (ChangeKind.ERROR, self.tr("Errors")),
        ):
            self.filter.addItem(text, kind.value)
        top.addWidget(self.counts, 1)
        top.addWidget(QLabel(self.tr("Show")))
        top.addWidget(self.filter)
        layout.addLayout(top)
        self.model = PreviewModel(self)
        self.proxy = PreviewFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = read_only_table(self.proxy, "previewTable", sorting=True)
        self.table.verticalHeader().setVisible(False)
        layout.addWidget(self.table, 1)
        self.details = QPlainTextEdit()
        self.details.setObjectName("previewDetails")
        self.details.setReadOnly(True)
        self.details.setFixedHeight(90)
        layout.addWidget(self.details)
        self.new_agencies = QLabel()
        self.new_agencies.setObjectName("newAgencies")
        self.new_agencies.setWordWrap(True)
        self.new_agencies.hide()
        layout.addWidget(self.new_agencies)
        self.create_agencies = QCheckBox(self.tr("Create the agencies the file names"))
        self.create_agencies.setObjectName("createAgencies")
        self.create_agencies.setToolTip(
            self.tr(
                "Add the agencies listed above with the names the file gives, in "
                "the same import (undoing the import removes them again)"
            )
        )
        self.create_agencies.hide()
        self.create_agencies.toggled.connect(self._create_toggled)
        layout.addWidget(self.create_agencies)
        self.skip_invalid = QCheckBox(self.tr("Import the valid rows and skip the invalid ones"))
        self.skip_invalid.setObjectName("skipInvalid")
        self.skip_invalid.toggled.connect(self.completeChanged)
        layout.addWidget(self.skip_invalid)
        self.filter.currentIndexChanged.connect(self._filter_changed)
        self.table.selectionModel().currentRowChanged.connect(self._row_chosen)

    def initializePage(self) -> None:
        self._run_preview()

    def _create_toggled(self, _on: bool) -> None:
        """Creating the agencies changes what every row naming them does: preview again."""
        self._run_preview()

    def _run_preview(self) -> None:
        self.preview = None
        self.model.set_rows([])
        self.skip_invalid.setChecked(False)
        self.skip_invalid.setEnabled(False)
        self.counts.setText(self.tr("Comparing the file with the roster…"))
        self.completeChanged.emit()
        options = self.w.options()
        data = self.w.data
        self.w.app.tasks.run(
            self.tr("Previewing the import"),
            lambda progress: preview_import(self.w.app.ctx, data, options),
            on_done=self._shown,
            on_error=self._failed,
        )

    def _shown(self, preview) -> None:
        self.preview = preview
        self.model.set_rows(preview.rows)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        fit_columns(self.table)
        c = preview.counts
        self.counts.setText(
            self.tr("{0} new, {1} changed, {2} unchanged, {3} to deactivate, {4} rows with errors.").format(
                c["new"], c["changed"], c["unchanged"], c["deactivated"], c["error"]
            )
        )
        self.skip_invalid.setEnabled(not preview.ok and preview.mode == "update")
        self._show_new_agencies(preview.new_agencies)
        self.completeChanged.emit()

    def _show_new_agencies(self, agencies) -> None:
        """The agencies the file names that are not stored: refused rows, unless the import creates them."""
        creating = self.create_agencies.isChecked()
        self.create_agencies.setVisible(bool(agencies) or creating)
        self.new_agencies.setVisible(bool(agencies))
        if not agencies:
            return
        names = ", ".join(
            f"{a.side_code}:{a.acronym}" + (f" ({a.name_en})" if a.name_en != a.acronym else "")
            for a in agencies
        )
        if creating:
            text = self.tr("The import will create {0} agencies: {1}.").format(len(agencies), names)
        else:
            text = self.tr(
                "The file names {0} agencies that are not in the roster: {1}. Their rows are refused "
                "unless the import creates them."
            ).format(len(agencies), names)
        self.new_agencies.setText(text)

    def _failed(self, exc) -> None:
        self.counts.setText(exc.message if isinstance(exc, DialogueError) else self.tr("The preview failed."))
        if not isinstance(exc, DialogueError):
            self.w.app.report_error(exc)
        self.completeChanged.emit()

    def _filter_changed(self, _index) -> None:
        self.proxy.set_kind(self.filter.currentData())

    def _row_chosen(self, current, _previous) -> None:
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
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Replace the roster?"),
            self.tr(
                "Replace the roster of {0} with the file: {1} delegates missing from it will be deactivated (kept "
                "with their history; they can be reactivated), {2} added and {3} changed."
            ).format(agency, c["deactivated"], c["new"], c["changed"]),
            QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setObjectName("confirmReplace")
        yes = box.addButton(self.tr("Replace the roster"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(yes)
        box.exec()
        answer = box.clickedButton() is yes
        box.deleteLater()
        return answer
