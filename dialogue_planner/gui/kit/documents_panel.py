"""The documents attached to one record (an agenda item, a request, a commitment, an activity): a short list
with Attach…, Save as… and Remove, and an "Our side only" box that keeps the next attached file out of any
briefing pack for the other side. Every editor that shows such a record puts one in with two lines::

    self.documents = DocumentsPanel(app, "item")
    layout.addWidget(self.documents)  # and self.documents.set_record(item.id) when an item is shown
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal, Slot
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QPushButton, QTableView, QVBoxLayout, QWidget

from dialogue_planner.domain.documents import DocumentRecord
from dialogue_planner.domain.limits import MAX_DOCUMENT_BYTES, size_text
from dialogue_planner.services.documents import attach_file, list_documents, remove_document, save_document

from .confirm import confirm
from .file_dialogs import get_open_file_name, get_save_file_name
from .page_parts import configure_table
from .table_model import Column, RecordTableModel, text_column

NARROW = 420  # pixels: narrower, the list shows names and sizes only
PURPOSE = "documents"  # the file dialogs start in the folder last used for documents


def _side_only(d: DocumentRecord) -> str:
    return d.our_side if d.our_side_only else ""


def _about(d: DocumentRecord) -> str:
    """The name and what the narrow list leaves out: the side it is kept to, who attached it, its note."""
    only = (
        QCoreApplication.translate("DocumentTableModel", "only for {0}").format(d.our_side)
        if d.our_side_only
        else ""
    )
    return " · ".join(p for p in (d.name, size_text(d.size), only, d.attached_by, d.note) if p)


class DocumentTableModel(RecordTableModel):
    context = "DocumentTableModel"
    columns = (
        Column(
            QT_TRANSLATE_NOOP("DocumentTableModel", "Name"),
            lambda d: d.name,
            sort_key=lambda d: d.name.casefold(),
            tooltip=lambda d: _about(d),
        ),
        Column(
            QT_TRANSLATE_NOOP("DocumentTableModel", "Size"),
            lambda d: size_text(d.size),
            sort_key=lambda d: d.size,
            alignment=Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
        ),
        Column(QT_TRANSLATE_NOOP("DocumentTableModel", "Only for"), _side_only),
        text_column(QT_TRANSLATE_NOOP("DocumentTableModel", "Attached by"), lambda d: d.attached_by),
        text_column(QT_TRANSLATE_NOOP("DocumentTableModel", "Note"), lambda d: d.note),
    )


class DocumentsPanel(QWidget):
    """The documents of one record of ``kind`` (``item``, ``request``, ``commitment``, ``activity``).
    ``changed`` is emitted after a document was attached or removed."""

    changed = Signal()

    def __init__(self, app, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"documentsPanel-{kind}")
        self.app = app
        self.kind = kind
        self.record_id: int | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.title = QLabel(self.tr("Documents"))
        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addStretch(1)
        layout.addLayout(top)
        self.model = DocumentTableModel(self)
        self.table = QTableView()
        configure_table(
            self.table,
            self.model,
            name="documentsTable",
            accessible=self.tr("Attached documents"),
            empty=self.tr("No documents attached"),
            stretch=0,
            widths={1: 70, 2: 60, 3: 80},
        )
        self.table.setMinimumHeight(56)
        self.table.setMaximumHeight(110)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.title.setBuddy(self.table)
        layout.addWidget(self.table)
        row = QHBoxLayout()
        self.attach_button = QPushButton(self.tr("Attach…"))
        self.attach_button.setObjectName("attachDocument")
        self.attach_button.setToolTip(
            self.tr("Attach a file (PDF or other, at most {0}); it is stored in the database").format(
                size_text(MAX_DOCUMENT_BYTES)
            )
        )
        self.attach_button.clicked.connect(self.attach)
        self.our_side_only = QCheckBox(self.tr("Our side only"))
        self.our_side_only.setObjectName("documentOurSideOnly")
        self.our_side_only.setToolTip(
            self.tr("The next file attached is never printed in a briefing pack for the other side")
        )
        self.save_button = QPushButton(self.tr("Save as…"))
        self.save_button.setObjectName("saveDocument")
        self.save_button.clicked.connect(self.save_as)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setObjectName("removeDocument")
        self.remove_button.clicked.connect(self.remove)
        top.addWidget(self.our_side_only)  # beside the title: the row of buttons fits a narrow pane
        row.addWidget(self.attach_button)
        row.addStretch(1)
        for w in (self.save_button, self.remove_button):
            row.addWidget(w)
        layout.addLayout(row)
        layout.addStretch(1)
        self.set_record(None)

    def resizeEvent(self, event) -> None:
        """A narrow pane (a tab of the request pane) shows the names and sizes only; the tooltips say more."""
        super().resizeEvent(event)
        narrow = self.width() < NARROW
        for column in (2, 3, 4):
            self.table.setColumnHidden(column, narrow)

    # -- the record shown ---------------------------------------------------------------------------
    def set_record(self, record_id: int | None) -> None:
        """Show the documents of the record with this id (None: no record, nothing to attach to)."""
        self.record_id = record_id
        writer = self.app.ctx.can("secretariat")
        self.attach_button.setEnabled(record_id is not None and writer)
        self.our_side_only.setEnabled(record_id is not None and writer)
        self.table.setEnabled(record_id is not None)
        if record_id is None:
            self._show([])
            return
        self.app.ops.run(
            list_documents,
            self.app.ctx,
            kind=self.kind,
            record=record_id,
            on_done=lambda rows, shown=record_id: self._arrived(shown, rows),
        )

    def _arrived(self, record_id: int, rows) -> None:
        if record_id == self.record_id:  # the user has not moved on while it loaded
            self._show(rows)

    def _show(self, rows) -> None:
        self.model.set_rows(rows)
        count = len(rows)
        self.title.setText(self.tr("Documents ({0})").format(count) if count else self.tr("Documents"))
        self._selection_changed()

    @Slot()
    def _selection_changed(self, *_args) -> None:
        chosen = self.selected() is not None
        self.save_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen and self.app.ctx.can("secretariat"))

    def selected(self) -> DocumentRecord | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.record(rows[0].row()) if rows else None

    # -- acts -----------------------------------------------------------------------------------------
    @Slot()
    def attach(self) -> None:
        record_id = self.record_id
        if record_id is None:
            return
        path, _ = get_open_file_name(
            self,
            self.app.settings,
            PURPOSE,
            self.tr("Attach a document"),
            self.tr("PDF files (*.pdf);;All files (*)"),
        )
        if not path:
            return
        self.app.ops.run(
            attach_file,
            self.app.ctx,
            kind=self.kind,
            record=record_id,
            path=path,
            our_side_only=self.our_side_only.isChecked(),
            on_done=self._attached,
            busy_widget=self.attach_button,
        )

    def _attached(self, _record) -> None:
        self.our_side_only.setChecked(False)
        self.set_record(self.record_id)
        self.app.changed("document")
        self.changed.emit()

    @Slot()
    def save_as(self) -> None:
        document = self.selected()
        if document is None:
            return
        path, _ = get_save_file_name(
            self, self.app.settings, PURPOSE, self.tr("Save the document as"), document.name
        )
        if path:
            self.app.ops.run(save_document, self.app.ctx, document.id, path, busy_widget=self.save_button)

    @Slot()
    def remove(self) -> None:
        document = self.selected()
        if document is None:
            return
        if not confirm(
            self,
            self.tr("Remove document"),
            self.tr("Remove {0} from this record? Its name and checksum stay in the history.").format(
                document.name
            ),
            self.tr("Remove"),
        ):
            return
        self.app.ops.run(
            remove_document, self.app.ctx, document.id, on_done=self._removed, busy_widget=self.remove_button
        )

    def _removed(self, _record) -> None:
        self.set_record(self.record_id)
        self.app.changed("document")
        self.changed.emit()
