"""The last page: apply the import in the background with progress, then show the summary, audit and undo."""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel, QProgressBar, QPushButton, QVBoxLayout, QWizardPage

from dialogue_planner.domain.errors import DialogueError
from dialogue_planner.gui.kit.tasks import Cancelled
from dialogue_planner.services.audit import list_audit
from dialogue_planner.services.roster_import import apply_import, list_imports, undo_last_import


def _import_audit(ctx, import_id: int | None) -> list:
    """The audit entries of the import this wizard applied (none when it applied nothing)."""
    record = (
        next((r for r in list_imports(ctx) if r.id == import_id), None) if import_id is not None else None
    )
    return list_audit(ctx, operation_id=record.operation_id) if record else []


if TYPE_CHECKING:
    from .wizard import ImportWizard


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
        self.summary.linkActivated.connect(lambda _link: self.show_audit())
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
        task = self.w.app.tasks.run(
            self.tr("Importing {0}").format(options.file_name),
            lambda progress: self._apply(data, options, skip, progress),
            on_done=self._applied,
            on_error=self._failed,
        )
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
            self.summary.setText(
                self.tr("Nothing was imported: {0} rows are invalid.").format(
                    len({e.row for e in result.errors})
                )
            )
        elif result.import_id is None:
            self.summary.setText(self.tr("Nothing to change: the roster already matches the file."))
        else:
            text = self.tr(
                "Imported {0}: {1} new, {2} changed, {3} unchanged, {4} deactivated, {5} invalid rows "
                "skipped."
            ).format(
                result.file_name,
                result.created,
                result.updated,
                result.unchanged,
                result.deactivated,
                result.skipped,
            )
            if result.new_agencies:
                text += " " + self.tr("Agencies created: {0}.").format(
                    ", ".join(f"{a.side_code}:{a.acronym}" for a in result.new_agencies)
                )
            preview = self.w.preview_page.preview
            if preview is not None and (
                preview.counts["new"],
                preview.counts["changed"],
                preview.counts["deactivated"],
            ) != (result.created, result.updated, result.deactivated):
                text += " " + self.tr(
                    "Someone changed the roster after the preview; these are the changes made."
                )
            link = self.tr("Show the audit entries of this import")
            self.summary.setText(f"{escape(text)}<br><br><a href='audit'>{escape(link)}</a>")
            self.undo.show()
        self.completeChanged.emit()

    def _failed(self, exc) -> None:
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.summary.setText(
            self.tr("Nothing was imported.") + " " + (exc.message if isinstance(exc, DialogueError) else "")
        )
        self.w.app.report_error(exc)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return not self.w.app.tasks.active()

    def show_audit(self) -> QDialog:
        from ..audit_dialog import AuditDialog

        dialog = AuditDialog([], self)
        dialog.open()
        applied = self.w.applied
        import_id = applied.import_id if applied is not None else None
        self.w.app.ops.run(
            _import_audit,
            self.w.app.ctx,
            import_id,
            on_done=lambda entries: dialog.model.set_rows([e for e in entries if e.entity == "delegate"]),
        )
        self.audit_dialog = dialog
        return dialog

    def undo_import(self) -> None:
        self.undo.setEnabled(False)
        self.w.app.tasks.run(
            self.tr("Undoing the import"),
            lambda progress: undo_last_import(self.w.app.ctx),
            on_done=self._undone,
            on_error=self.w.app.report_error,
        )

    def _undone(self, result) -> None:
        self.undo.hide()
        self.summary.setText(
            self.tr("The import was undone: {0} delegates removed, {1} restored.").format(
                result.removed, result.restored
            )
        )
