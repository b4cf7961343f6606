"""Logging a new request: sides, kind, subject, agencies and the date received. The due dates follow from
the dialogue's timeliness standard for the kind and are shown once saved."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QComboBox, QDateEdit, QDialog, QFormLayout, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget,
)

from dialogue_planner.domain.errors import DialogueError
from dialogue_planner.domain.requests import RequestRecord
from dialogue_planner.domain.vocabulary import RequestKind
from dialogue_planner.gui.shell.widgets import SaveCancelFooter
from dialogue_planner.services.requests import add_request

from .qt_dates import from_qdate, to_qdate
from .words import word


class RequestDialog(QDialog):
    def __init__(self, app, sides: list[str], parent: QWidget | None = None, *, today: date | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("requestDialog")
        self.setWindowTitle(self.tr("New request"))
        self.app = app
        self.today = today or date.today()
        self.saved: RequestRecord | None = None
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.from_side = QComboBox()
        self.to_side = QComboBox()
        for code in sides:
            self.from_side.addItem(code, code)
            self.to_side.addItem(code, code)
        if len(sides) > 1:
            self.to_side.setCurrentIndex(1)
        self.from_side.currentIndexChanged.connect(self._from_changed)
        self.kind = QComboBox()
        for kind in RequestKind.values():
            self.kind.addItem(word(kind), kind)
        self.subject = QLineEdit()
        self.subject.setPlaceholderText(self.tr("What is requested, in one line"))
        self.received = QDateEdit(to_qdate(self.today))
        self.received.setCalendarPopup(True)
        self.received.setDisplayFormat("yyyy-MM-dd")
        self.requesting_agency = QLineEdit()
        self.requesting_agency.setPlaceholderText(self.tr("acronym, e.g. FBI"))
        self.responding_agency = QLineEdit()
        self.responding_agency.setPlaceholderText(self.tr("acronym, e.g. MPS"))
        self.description = QPlainTextEdit()
        self.description.setFixedHeight(80)
        form.addRow(self.tr("From side"), self.from_side)
        form.addRow(self.tr("To side"), self.to_side)
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Subject"), self.subject)
        form.addRow(self.tr("Received"), self.received)
        form.addRow(self.tr("Requesting agency"), self.requesting_agency)
        form.addRow(self.tr("Responding agency"), self.responding_agency)
        form.addRow(self.tr("Description"), self.description)
        layout.addLayout(form)
        layout.addStretch(1)
        footer = SaveCancelFooter(self)
        self.error_label = footer.error_label
        layout.addWidget(footer)
        self.resize(520, 420)

    @Slot(int)
    def _from_changed(self, index: int) -> None:
        # The other side responds: keep the pair different when there are two sides.
        if self.to_side.currentIndex() == index and self.to_side.count() == 2:
            self.to_side.setCurrentIndex(1 - index)

    @Slot()
    def save(self) -> None:
        """Save, or show why not and keep everything typed."""
        try:
            self.saved = add_request(
                self.app.ctx, from_side=self.from_side.currentData(), to_side=self.to_side.currentData(),
                kind=self.kind.currentData(), subject=self.subject.text(), received_on=from_qdate(self.received.date()),
                requesting_agency=self.requesting_agency.text() or None,
                responding_agency=self.responding_agency.text() or None,
                description=self.description.toPlainText(), today=self.today)
        except DialogueError as exc:
            self.error_label.setText(exc.message)
            self.error_label.show()
            return
        self.accept()
