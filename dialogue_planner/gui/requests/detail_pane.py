"""The right-hand pane of the Requests page: one request's facts, its history, and quick actions to record
a response or a change of status without leaving the list."""

from __future__ import annotations

from datetime import date
from html import escape

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox, QDateEdit, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QListWidget, QPushButton,
    QVBoxLayout, QWidget,
)

from dialogue_planner.domain.errors import ConflictError, DialogueError
from dialogue_planner.domain.requests import PROGRESS, RequestDetail, RequestRecord
from dialogue_planner.domain.vocabulary import ResponseQuality
from dialogue_planner.gui.shell.icons import icon
from dialogue_planner.services.requests import get_request, respond, update_status

from .qt_dates import from_qdate, to_qdate
from .words import word
from dialogue_planner.gui.shell.widgets import EmptyText


class RequestDetailPane(QWidget):
    """Emits ``changed(record)`` after a response or status was saved; errors go to the app's error path."""

    changed = Signal(object)

    def __init__(self, app, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("requestDetail")
        self.app = app
        self.today = date.today()
        self.detail: RequestDetail | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 8, 0, 0)
        self.heading = QLabel()
        self.heading.setObjectName("cardHeading")
        self.heading.setWordWrap(True)
        self.facts = QLabel()
        self.facts.setTextFormat(Qt.TextFormat.RichText)
        self.facts.setWordWrap(True)
        self.facts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        outer.addWidget(self.heading)
        columns = QHBoxLayout()
        outer.addLayout(columns, 1)
        self.facts.setMinimumWidth(300)
        columns.addWidget(self.facts, 0, Qt.AlignmentFlag.AlignTop)
        history_column = QVBoxLayout()
        history_column.addWidget(QLabel(self.tr("History")))
        self.history = QListWidget()
        self.history.setAccessibleName(self.tr("History of the request"))
        EmptyText(self.history)
        self.history.setObjectName("requestHistory")
        self.history.setWordWrap(True)
        history_column.addWidget(self.history, 1)
        columns.addLayout(history_column, 1)
        layout = QVBoxLayout()
        columns.addLayout(layout)

        response_box = QGroupBox(self.tr("Record response"))
        form = QFormLayout(response_box)
        self.response_date = QDateEdit()
        self.response_date.setCalendarPopup(True)
        self.response_date.setDisplayFormat("yyyy-MM-dd")
        self.quality = QComboBox()
        for q in ResponseQuality.values():
            self.quality.addItem(word(q), q)
        self.response_note = QLineEdit()
        self.response_note.setPlaceholderText(self.tr("What was provided (optional)"))
        self.respond_button = QPushButton(icon("requests-respond"), self.tr("Record response"))
        self.respond_button.clicked.connect(self.record_response)
        row = QHBoxLayout()
        row.addWidget(self.response_date)
        row.addWidget(self.quality)
        form.addRow(self.tr("Date and quality"), row)
        form.addRow(self.tr("Note"), self.response_note)
        form.addRow("", self.respond_button)
        layout.addWidget(response_box)

        status_box = QGroupBox(self.tr("Record status"))
        form = QFormLayout(status_box)
        self.status = QComboBox()
        for value, label in ((PROGRESS, self.tr("progress report")), ("acknowledged", word("acknowledged")),
                             ("closed", word("closed")), ("withdrawn", word("withdrawn")),
                             ("open", self.tr("reopen"))):
            self.status.addItem(label, value)
        self.status_date = QDateEdit()
        self.status_date.setCalendarPopup(True)
        self.status_date.setDisplayFormat("yyyy-MM-dd")
        self.status_note = QLineEdit()
        self.status_note.setPlaceholderText(self.tr("The report, or the reason for closing or withdrawing"))
        self.status_button = QPushButton(self.tr("Record"))
        self.status_button.clicked.connect(self.record_status)
        row = QHBoxLayout()
        row.addWidget(self.status)
        row.addWidget(self.status_date)
        form.addRow(self.tr("Status and date"), row)
        form.addRow(self.tr("Note"), self.status_note)
        form.addRow("", self.status_button)
        layout.addWidget(status_box)
        for box in (response_box, status_box):
            box.setMinimumWidth(380)
        self.show_detail(None)

    def show_detail(self, detail: RequestDetail | None) -> None:
        self.detail = detail
        for w in (self.respond_button, self.status_button):
            w.setEnabled(detail is not None)
        self.history.clear()
        if detail is None:
            self.response_date.setDate(to_qdate(self.today))
            self.status_date.setDate(to_qdate(self.today))
            self.heading.setText(self.tr("No request selected"))
            self.facts.setText(self.tr("Choose a request in the list to see its history."))
            return
        r = detail.request
        self.heading.setText(f"{r.reference} · {r.subject}")
        self.facts.setText(self._facts_html(r, detail))
        for h in detail.history:
            what = word(h.kind)
            extra = word(h.quality) if h.quality else (word(h.status) if h.status and h.status != h.kind else "")
            text = f"{h.on.isoformat()}  {what}" + (f" ({extra})" if extra else "") + (f": {h.note}" if h.note else "")
            self.history.addItem(text)
        if not detail.history:
            self.history.addItem(self.tr("Nothing recorded yet."))
        start = max(r.received_on, min(self.today, r.response_due_on))
        self.response_date.setDate(to_qdate(start))
        self.status_date.setDate(to_qdate(max(r.received_on, self.today)))

    def _facts_html(self, r: RequestRecord, detail: RequestDetail) -> str:
        acknowledged = self.tr("acknowledged")
        rows = [
            (self.tr("From"), f"{r.from_side} {r.requesting_agency}".strip()),
            (self.tr("To"), f"{r.to_side} {r.responding_agency}".strip()),
            (self.tr("Kind"), word(r.kind)),
            (self.tr("Received"), r.received_on.isoformat()),
            (self.tr("Acknowledge by"), r.acknowledge_due_on.isoformat()
             + (f" · {acknowledged} {r.acknowledged_on.isoformat()}" if r.acknowledged_on else "")),
            (self.tr("Respond by"), r.response_due_on.isoformat()),
            (self.tr("First response"), (r.first_response_on.isoformat() + " · " + word(r.latest_quality))
             if r.first_response_on else self.tr("none yet")),
            (self.tr("Status"), word(r.status) + (f" · {r.close_reason}" if r.close_reason else "")),
        ]
        if r.overdue(self.today):
            rows.append((self.tr("Overdue"), self.tr("{0} days").format((self.today - r.response_due_on).days)))
        if detail.escalations:
            rows.append((self.tr("Escalations"), ", ".join(detail.escalations)))
        body = "".join(f"<tr><td style='color:#52606d; padding-right:10px'>{escape(k)}</td>"
                       f"<td>{escape(v)}</td></tr>" for k, v in rows)
        return f"<table>{body}</table>"

    @Slot()
    def record_response(self) -> None:
        if self.detail is None:
            return
        r = self.detail.request
        try:
            record = respond(self.app.ctx, r.reference, on=from_qdate(self.response_date.date()),
                             quality=self.quality.currentData(), note=self.response_note.text(),
                             expected_version=r.version, today=self.today)
        except ConflictError as exc:
            self.app.report_error(exc)
            self.show_newer(r.reference)
            return
        except Exception as exc:  # noqa: BLE001 - every error goes to the one error path
            self.app.report_error(exc)
            return
        self.response_note.clear()
        self.changed.emit(record)

    @Slot()
    def record_status(self) -> None:
        if self.detail is None:
            return
        r = self.detail.request
        try:
            record = update_status(self.app.ctx, r.reference, status=self.status.currentData(),
                                   on=from_qdate(self.status_date.date()), note=self.status_note.text(),
                                   expected_version=r.version, today=self.today)
        except ConflictError as exc:
            self.app.report_error(exc)
            self.show_newer(r.reference)
            return
        except Exception as exc:  # noqa: BLE001
            self.app.report_error(exc)
            return
        self.status_note.clear()
        self.changed.emit(record)

    def show_newer(self, reference: str) -> None:
        """Someone else recorded something on this request first: show their entry in the history and keep
        what the user typed (notes and dates); pressing again records the user's entry after theirs, seen."""
        dates = (self.response_date.date(), self.status_date.date())
        try:
            record = get_request(self.app.ctx, reference).request
        except DialogueError as exc:  # e.g. deleted meanwhile: said once, nothing else to show
            self.app.report_error(exc)
            return
        self.changed.emit(record)  # the page updates its row and shows the request afresh
        self.response_date.setDate(dates[0])
        self.status_date.setDate(dates[1])
