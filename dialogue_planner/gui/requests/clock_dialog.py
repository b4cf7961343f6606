"""Pausing, resuming or extending a request's clock: the dialog asks the date, the reason and, for an
extension, the new due date agreed. The service checks the rules; a refusal stays in the dialog with what
was typed."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from dialogue_planner.domain.errors import DialogueError, ValidationError
from dialogue_planner.domain.requests import RequestRecord
from dialogue_planner.gui.kit.date_edit import DateEdit, parse_date
from dialogue_planner.gui.kit.looks import give_look
from dialogue_planner.gui.kit.widgets import SaveCancelFooter
from dialogue_planner.services.requests import extend_due, pause_clock, resume_clock

PAUSE, RESUME, EXTEND = "pause", "resume", "extend"


class ClockDialog(QDialog):
    """``action`` is PAUSE, RESUME or EXTEND; ``saved`` holds the request after the change."""

    def __init__(
        self, app, request: RequestRecord, action: str, parent: QWidget | None = None, *, today: date
    ):
        super().__init__(parent)
        self.setObjectName("clockDialog")
        self.app, self.request, self.action, self.today = app, request, action, today
        self.saved: RequestRecord | None = None
        titles = {
            PAUSE: self.tr("Pause the clock of {0}"),
            RESUME: self.tr("Resume the clock of {0}"),
            EXTEND: self.tr("Extend the due date of {0}"),
        }
        self.setWindowTitle(titles[action].format(request.reference))
        layout = QVBoxLayout(self)
        explain = {
            PAUSE: self.tr(
                "While the clock is paused (for instance while the requesting side is asked to clarify), "
                "the days do not count toward the due date or lateness. The response is due {0} now."
            ),
            RESUME: self.tr(
                "The clock runs again from this day; the due date {0} moves by the days paused since {1}."
            ),
            EXTEND: self.tr(
                "An extension agreed with the requesting side moves the due date {0}; the date first set "
                "is kept, and the report counts answers on time only under an extension apart."
            ),
        }
        since = request.paused_since.isoformat() if request.paused_since else ""
        text = QLabel(explain[action].format(request.response_due_on.isoformat(), since))
        text.setWordWrap(True)
        give_look(text, "muted")
        layout.addWidget(text)
        form = QFormLayout()
        self.day = DateEdit(max(request.received_on, today))
        self.day.setObjectName("clockDate")
        self.day.setAccessibleName(self.tr("Date"))
        day_label = {
            PAUSE: self.tr("Paused from"),
            RESUME: self.tr("Running again on"),
            EXTEND: self.tr("Agreed on"),
        }
        form.addRow(day_label[action], self.day)
        self.until: DateEdit | None = None
        if action == EXTEND:
            self.until = DateEdit(request.response_due_on)
            self.until.setObjectName("extendedUntil")
            self.until.setAccessibleName(self.tr("New due date"))
            form.addRow(self.tr("New due date"), self.until)
        self.reason = QLineEdit()
        self.reason.setObjectName("clockReason")
        if action == RESUME:
            self.reason.setPlaceholderText(self.tr("What was received (optional)"))
            self.reason.setAccessibleName(self.tr("Note"))
            form.addRow(self.tr("Note"), self.reason)
        else:
            self.reason.setPlaceholderText(self.tr("Why (required)"))
            self.reason.setAccessibleName(self.tr("Reason"))
            form.addRow(self.tr("Reason"), self.reason)
        layout.addLayout(form)
        footer = SaveCancelFooter(self)
        self.error_label = footer.error_label
        self.save_button = footer.buttons.button(QDialogButtonBox.StandardButton.Save)
        layout.addWidget(footer)
        self.resize(460, 0)

    @Slot()
    def save(self) -> None:
        r, reason = self.request, self.reason.text()
        missing_day = self.tr("Give the date.")
        missing_until = self.tr("Give the new due date agreed.")
        day_text = self.day.text().strip()
        until_text = self.until.text().strip() if self.until is not None else ""

        def change() -> RequestRecord:
            on = parse_date(day_text) if day_text else None
            if on is None:
                raise ValidationError(missing_day)
            if self.action == PAUSE:
                return pause_clock(
                    self.app.ctx,
                    r.reference,
                    reason=reason,
                    on=on,
                    expected_version=r.version,
                    today=self.today,
                )
            if self.action == RESUME:
                return resume_clock(
                    self.app.ctx,
                    r.reference,
                    on=on,
                    note=reason,
                    expected_version=r.version,
                    today=self.today,
                )
            until = parse_date(until_text) if until_text else None
            if until is None:
                raise ValidationError(missing_until)
            return extend_due(
                self.app.ctx,
                r.reference,
                until=until,
                reason=reason,
                on=on,
                expected_version=r.version,
                today=self.today,
            )

        self.app.ops.run(change, on_done=self._saved, on_error=self._refused, busy_widget=self.save_button)

    def _saved(self, record: RequestRecord) -> None:
        self.saved = record
        self.accept()

    def _refused(self, exc: BaseException) -> bool:
        if not isinstance(exc, DialogueError):
            return False
        self.error_label.setText(exc.message)
        self.error_label.show()
        return True
