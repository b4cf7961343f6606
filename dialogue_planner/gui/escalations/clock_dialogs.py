"""The hotline's clock in the Escalations page: when an escalation was acknowledged (and by whom), and when
and how it was resolved, in English and Chinese. Times are the raising side's local time, as the log shows
them; each dialog saves through the service and stays open, saying why, when the service refuses."""

from __future__ import annotations

from datetime import datetime, timezone

from PySide6.QtCore import QDateTime, Slot
from PySide6.QtWidgets import (
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
from dialogue_planner.gui.kit.bilingual import BilingualTexts, TextRow
from dialogue_planner.gui.kit.looks import give_look
from dialogue_planner.services.escalations import acknowledge_escalation, set_escalation_status


def _time_field(record: EscalationRecord, now: datetime) -> QDateTimeEdit:
    edit = QDateTimeEdit()
    edit.setDisplayFormat("yyyy-MM-dd HH:mm")
    edit.setCalendarPopup(True)
    local = local_time(now, record.time_zone)
    edit.setDateTime(QDateTime(local.year, local.month, local.day, local.hour, local.minute, 0))
    return edit


class _ClockDialog(QDialog):
    """A time (default now) and the act's button; subclasses add their fields and call the service."""

    def __init__(
        self, app, record: EscalationRecord, action: str, parent: QWidget | None, now: datetime | None
    ) -> None:
        super().__init__(parent)
        self.app = app
        self.record = record
        self.saved: EscalationRecord | None = None
        self.now = now or datetime.now(timezone.utc)
        self.layout_ = QVBoxLayout(self)
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.layout_.addWidget(self.explanation)
        self.form = QFormLayout()
        self.at = _time_field(record, self.now)
        self.at.setAccessibleName(self.tr("When"))
        self.form.addRow(self.tr("When"), self.at)
        zone = QLabel(self.tr("Local time of the raising side ({0})").format(record.time_zone))
        give_look(zone, "muted")
        self.form.addRow("", zone)
        self.layout_.addLayout(self.form)
        self.error_label = QLabel()
        self.error_label.setObjectName("clockError")
        self.error_label.setStyleSheet("color: #c92a2a;")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(action)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

    def _finish_layout(self) -> None:
        self.layout_.addStretch(1)
        self.layout_.addWidget(self.error_label)
        self.layout_.addWidget(self.buttons)

    def time_text(self) -> str:
        """The time as typed: the raising side's local time, which the service reads as such."""
        return self.at.dateTime().toString("yyyy-MM-ddTHH:mm")

    @Slot()
    def save(self) -> None:
        raise NotImplementedError

    def _saved(self, record: EscalationRecord) -> None:
        self.saved = record
        self.accept()

    def _refused(self, exc: BaseException) -> bool:
        if not isinstance(exc, DialogueError):
            return False
        self.error_label.setText(exc.message)
        self.error_label.show()
        return True


class AcknowledgeDialog(_ClockDialog):
    def __init__(
        self, app, record: EscalationRecord, parent: QWidget | None = None, *, now: datetime | None = None
    ) -> None:
        super().__init__(app, record, self.tr("Acknowledge"), parent, now)
        self.setObjectName("acknowledgeDialog")
        self.setWindowTitle(self.tr("Acknowledge escalation"))
        self.explanation.setText(
            self.tr(
                "Record when the responding side acknowledged {0}. The time counts against the "
                "response target of its severity."
            ).format(record.reference)
        )
        self.by = QLineEdit()
        self.by.setObjectName("acknowledgedBy")
        self.by.setAccessibleName(self.tr("Acknowledged by"))
        self.by.setPlaceholderText(self.tr("e.g. the duty officer"))
        self.form.addRow(self.tr("Acknowledged by"), self.by)
        self._finish_layout()
        self.resize(460, 220)

    @Slot()
    def save(self) -> None:
        self.app.ops.run(
            acknowledge_escalation,
            self.app.ctx,
            self.record.reference,
            at=self.time_text(),
            by=self.by.text(),
            expected_version=self.record.version,
            on_done=self._saved,
            on_error=self._refused,
            busy_widget=self.ok_button,
        )


class ResolveDialog(_ClockDialog):
    def __init__(
        self, app, record: EscalationRecord, parent: QWidget | None = None, *, now: datetime | None = None
    ) -> None:
        super().__init__(app, record, self.tr("Resolve"), parent, now)
        self.setObjectName("resolveDialog")
        self.setWindowTitle(self.tr("Resolve escalation"))
        self.explanation.setText(
            self.tr(
                "{0} will be marked resolved and leave the open escalations. The resolution is kept with it "
                "and appears in the briefing pack."
            ).format(record.reference)
        )
        self.texts = BilingualTexts([TextRow("resolution", self.tr("How was it resolved?"), multiline=True)])
        english = self.texts.edits["resolution"]
        # The answerers of the tests (and of any tool driving dialogs) know a reason's field by this name.
        english.setObjectName("reasonText")
        self.texts.set_values({"resolution": record.resolution, "resolution_zh": record.resolution_zh})
        self.texts.changed.connect(self._texts_changed)
        self.layout_.addWidget(self.texts, 1)
        self._finish_layout()
        self._texts_changed()
        self.resize(620, 340)

    @Slot()
    def _texts_changed(self) -> None:
        self.ok_button.setEnabled(bool(self.texts.text("resolution").strip()))

    @Slot()
    def save(self) -> None:
        values = self.texts.values()
        self.app.ops.run(
            set_escalation_status,
            self.app.ctx,
            self.record.reference,
            "resolved",
            resolution=values["resolution"].strip(),
            resolution_zh=values["resolution_zh"].strip(),
            at=self.time_text(),
            expected_version=self.record.version,
            on_done=self._saved,
            on_error=self._refused,
            busy_widget=self.ok_button,
        )
