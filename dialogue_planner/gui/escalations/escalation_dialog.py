"""Logging a hotline escalation: side, time (the raising side's local time), severity, what it is about."""

from __future__ import annotations

from datetime import datetime, timezone

from PySide6.QtCore import QDateTime, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from dialogue_planner.domain.errors import DialogueError
from dialogue_planner.domain.escalations import EscalationRecord, local_time
from dialogue_planner.domain.vocabulary import Severity
from dialogue_planner.gui.kit.bilingual import BilingualTexts, TextRow
from dialogue_planner.gui.kit.looks import give_look
from dialogue_planner.gui.kit.widgets import SaveCancelFooter
from dialogue_planner.gui.kit.words import word
from dialogue_planner.services.escalations import add_escalation, update_escalation_texts


class EscalationDialog(QDialog):
    def __init__(
        self, app, sides: list[tuple[str, str]], parent: QWidget | None = None, *, now: datetime | None = None
    ) -> None:
        """``sides`` are (code, IANA zone) pairs."""
        super().__init__(parent)
        self.setObjectName("escalationDialog")
        self.setWindowTitle(self.tr("New escalation"))
        self.app = app
        self.now = now or datetime.now(timezone.utc)
        self.zones = dict(sides)
        self.saved: EscalationRecord | None = None
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.side = QComboBox()
        for code, _zone in sides:
            self.side.addItem(code, code)
        self.side.currentIndexChanged.connect(self._side_changed)
        self.at = QDateTimeEdit()
        self.at.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.at.setCalendarPopup(True)
        self.zone_label = QLabel()
        give_look(self.zone_label, "muted")
        self.severity = QComboBox()
        for value in Severity.values():
            self.severity.addItem(word(value), value)
        self.severity.setCurrentIndex(1)
        self.agency = QLineEdit()
        self.agency.setPlaceholderText(self.tr("acronym, e.g. MPS"))
        # English and Chinese side by side, with a mark per text saying whether the Chinese is there.
        self.texts = BilingualTexts(
            [TextRow("summary", self.tr("Summary")), TextRow("details", self.tr("Details"), multiline=True)]
        )
        self.summary = self.texts.edits["summary"]
        self.details = self.texts.edits["details"]
        self.about = QLineEdit()
        self.about.setPlaceholderText(self.tr("request references, separated by commas"))
        self.to_agenda = QCheckBox(self.tr("Put it on the next open meeting's agenda"))
        form.addRow(self.tr("Raised by"), self.side)
        form.addRow(self.tr("When"), self.at)
        form.addRow("", self.zone_label)
        form.addRow(self.tr("Agency"), self.agency)
        form.addRow(self.tr("Severity"), self.severity)
        form.addRow(self.tr("About requests"), self.about)
        form.addRow("", self.to_agenda)
        layout.addLayout(form)
        layout.addWidget(self.texts, 1)
        footer = SaveCancelFooter(self)
        self.error_label = footer.error_label
        self.save_button = footer.buttons.button(QDialogButtonBox.StandardButton.Save)
        layout.addWidget(footer)
        self._side_changed(0)
        self.resize(680, 480)

    @Slot(int)
    def _side_changed(self, _index: int) -> None:
        zone = self.zones.get(self.side.currentData(), "UTC")
        local = local_time(self.now, zone)
        self.at.setDateTime(QDateTime(local.year, local.month, local.day, local.hour, local.minute, 0))
        self.zone_label.setText(self.tr("Local time of the raising side ({0})").format(zone))

    @Slot()
    def save(self) -> None:
        value = self.at.dateTime()
        text = f"{value.toString('yyyy-MM-ddTHH:mm')}"
        about = [part.strip() for part in self.about.text().replace(";", ",").split(",") if part.strip()]
        self.app.ops.run(
            add_escalation,
            self.app.ctx,
            side=self.side.currentData(),
            summary=self.texts.text("summary"),
            summary_zh=self.texts.text("summary_zh"),
            at=text,
            about=about,
            severity=self.severity.currentData(),
            agency=self.agency.text() or None,
            details=self.texts.text("details"),
            details_zh=self.texts.text("details_zh"),
            to_agenda=self.to_agenda.isChecked(),
            now=self.now,
            on_done=self._saved,
            on_error=self._refused,
            busy_widget=self.save_button,
        )

    def _saved(self, record: EscalationRecord) -> None:
        self.saved = record
        self.accept()

    def _refused(self, exc: BaseException) -> bool:
        """A refusal is shown in the dialog, which stays open to be corrected."""
        if not isinstance(exc, DialogueError):
            return False
        self.error_label.setText(exc.message)
        self.error_label.show()
        return True


class EscalationTextsDialog(QDialog):
    """Correct or translate a logged escalation's summary, details and resolution, English and Chinese
    side by side with a mark per text saying whether the Chinese is there."""

    def __init__(self, app, record: EscalationRecord, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("escalationTextsDialog")
        self.setWindowTitle(self.tr("Texts of {0}").format(record.reference))
        self.app = app
        self.record = record
        self.saved: EscalationRecord | None = None
        layout = QVBoxLayout(self)
        rows = [
            TextRow("summary", self.tr("Summary")),
            TextRow("details", self.tr("Details"), multiline=True),
        ]
        if record.resolution or record.resolution_zh:
            rows.append(TextRow("resolution", self.tr("Resolution"), multiline=True))
        self.texts = BilingualTexts(rows)
        self.texts.set_values(
            {
                "summary": record.summary,
                "summary_zh": record.summary_zh,
                "details": record.details,
                "details_zh": record.details_zh,
                "resolution": record.resolution,
                "resolution_zh": record.resolution_zh,
            }
        )
        layout.addWidget(self.texts, 1)
        footer = SaveCancelFooter(self)
        self.error_label = footer.error_label
        self.save_button = footer.buttons.button(QDialogButtonBox.StandardButton.Save)
        layout.addWidget(footer)
        self.resize(720, 420)

    @Slot()
    def save(self) -> None:
        self.app.ops.run(
            update_escalation_texts,
            self.app.ctx,
            self.record.reference,
            expected_version=self.record.version,
            **self.texts.values(),
            on_done=self._saved,
            on_error=self._refused,
            busy_widget=self.save_button,
        )

    def _saved(self, record: EscalationRecord) -> None:
        self.saved = record
        self.accept()

    def _refused(self, exc: BaseException) -> bool:
        if not isinstance(exc, DialogueError):
            return False
        self.error_label.setText(exc.message)
        self.error_label.show()
        return True
