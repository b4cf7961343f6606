"""Adding an item to a meeting's agenda: title, source, owner side and agency, briefing note."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from dialogue_planner.domain.errors import DialogueError
from dialogue_planner.domain.vocabulary import AgendaSource
from dialogue_planner.gui.kit.widgets import SaveCancelFooter
from dialogue_planner.gui.kit.words import word
from dialogue_planner.services.agenda import add_item


class ItemDialog(QDialog):
    def __init__(self, app, meeting: int, sides: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("agendaItemDialog")
        self.setWindowTitle(self.tr("New agenda item for meeting {0}").format(meeting))
        self.app = app
        self.meeting = meeting
        self.saved = None
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.title_edit = QLineEdit()
        self.source = QComboBox()
        for value in (
            AgendaSource.PROPOSAL.value,
            AgendaSource.REQUEST.value,
            AgendaSource.ESCALATION.value,
            AgendaSource.STANDING.value,
        ):
            self.source.addItem(word(value), value)
        self.owner = QComboBox()
        self.owner.addItem(self.tr("no owner"), "")
        for code in sides:
            self.owner.addItem(code, code)
        self.owner_agency = QLineEdit()
        self.owner_agency.setPlaceholderText(self.tr("acronym, e.g. MPS"))
        self.requests = QLineEdit()
        self.requests.setPlaceholderText(self.tr("request references, separated by commas"))
        self.note = QPlainTextEdit()
        self.note.setFixedHeight(80)
        form.addRow(self.tr("Title"), self.title_edit)
        form.addRow(self.tr("Source"), self.source)
        form.addRow(self.tr("Owner side"), self.owner)
        form.addRow(self.tr("Owner agency"), self.owner_agency)
        form.addRow(self.tr("Linked requests"), self.requests)
        form.addRow(self.tr("Briefing note"), self.note)
        layout.addLayout(form)
        layout.addStretch(1)
        footer = SaveCancelFooter(self)
        self.error_label = footer.error_label
        self.save_button = footer.buttons.button(QDialogButtonBox.StandardButton.Save)
        layout.addWidget(footer)
        self.resize(520, 360)

    @Slot()
    def save(self) -> None:
        refs = [p.strip() for p in self.requests.text().replace(";", ",").split(",") if p.strip()]
        self.app.ops.run(
            add_item,
            self.app.ctx,
            meeting=self.meeting,
            title=self.title_edit.text(),
            source=self.source.currentData(),
            owner=self.owner.currentData() or None,
            owner_agency=self.owner_agency.text() or None,
            briefing_note=self.note.toPlainText(),
            requests=refs,
            on_done=self._saved,
            on_error=self._refused,
            busy_widget=self.save_button,
        )

    def _saved(self, record) -> None:
        self.saved = record
        self.accept()

    def _refused(self, exc: BaseException) -> bool:
        """A refusal is shown in the dialog, which stays open to be corrected."""
        if not isinstance(exc, DialogueError):
            return False
        self.error_label.setText(exc.message)
        self.error_label.show()
        return True
