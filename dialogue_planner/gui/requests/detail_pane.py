"""The lower pane of the Requests page: one request's facts and description, its history, and quick actions
to record a response or a change of status, or to correct the request, without leaving the list."""

from __future__ import annotations

from datetime import date
from html import escape

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from dialogue_planner.domain.errors import ConflictError, ValidationError
from dialogue_planner.domain.requests import (
    FINAL_STATUSES,
    PROGRESS,
    RequestDetail,
    RequestRecord,
    record_status,
)
from dialogue_planner.domain.vocabulary import ResponseQuality
from dialogue_planner.gui.kit.date_edit import DateEdit, parse_date
from dialogue_planner.gui.kit.documents_panel import DocumentsPanel
from dialogue_planner.gui.kit.icons import icon
from dialogue_planner.gui.kit.widgets import EmptyText
from dialogue_planner.gui.kit.words import word
from dialogue_planner.services.requests import get_request, respond, update_status

from .request_dialog import RequestDialog


def _scrolling(widget: QWidget, name: str) -> QScrollArea:
    """``widget`` in a frameless scroll area: the pane can shrink below its content without cutting it."""
    area = QScrollArea()
    area.setObjectName(name)
    area.setWidget(widget)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setStyleSheet("QScrollArea, QScrollArea > QWidget > QWidget { background: transparent; }")
    return area


class RequestDetailPane(QWidget):
    """Emits ``changed(record)`` after a response, status or correction was saved; errors go to the app's
    error path."""

    changed = Signal(object)

    def __init__(self, app, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("requestDetail")
        self.app = app
        self.today = date.today()
        self.detail: RequestDetail | None = None
        # After a conflict: (reference, their version, my response date, my status date), kept while shown
        self._kept_dates: tuple[str, int, str, str] | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 8, 0, 0)
        head = QHBoxLayout()
        self.heading = QLabel()
        self.heading.setObjectName("cardHeading")
        self.heading.setWordWrap(True)
        self.edit_button = QPushButton(icon("schedule-edit"), self.tr("Edit…"))
        self.edit_button.setObjectName("editRequest")
        self.edit_button.setToolTip(
            self.tr("Correct the kind, subject, description or agencies of this request")
        )
        self.edit_button.clicked.connect(self.edit_request)
        head.addWidget(self.heading, 1)
        head.addWidget(self.edit_button, 0, Qt.AlignmentFlag.AlignTop)
        outer.addLayout(head)

        columns = QSplitter(Qt.Orientation.Horizontal)
        columns.setObjectName("requestDetailColumns")
        columns.setChildrenCollapsible(False)
        outer.addWidget(columns, 1)

        about = QWidget()
        about_layout = QVBoxLayout(about)
        about_layout.setContentsMargins(0, 0, 8, 0)
        self.facts = QLabel()
        self.facts.setObjectName("requestFacts")
        self.facts.setTextFormat(Qt.TextFormat.RichText)
        self.facts.setWordWrap(True)
        self.facts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.description_caption = QLabel(self.tr("Description"))
        self.description_caption.setObjectName("muted")
        self.description = QLabel()
        self.description.setObjectName("requestDescription")
        self.description.setTextFormat(Qt.TextFormat.PlainText)
        self.description.setWordWrap(True)
        self.description.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        about_layout.addWidget(self.facts)
        about_layout.addWidget(self.description_caption)
        about_layout.addWidget(self.description)
        self.documents = DocumentsPanel(app, "request")
        about_layout.addWidget(self.documents)
        about_layout.addStretch(1)
        about_area = _scrolling(about, "requestAbout")
        about_area.setAccessibleName(self.tr("About the request"))
        about_area.setMinimumWidth(220)
        columns.addWidget(about_area)

        history_box = QWidget()
        history_column = QVBoxLayout(history_box)
        history_column.setContentsMargins(0, 0, 0, 0)
        history_column.addWidget(QLabel(self.tr("History")))
        self.history = QListWidget()
        self.history.setAccessibleName(self.tr("History of the request"))
        EmptyText(self.history)
        self.history.setObjectName("requestHistory")
        self.history.setAccessibleName(self.tr("History"))
        self.history.setWordWrap(True)
        history_column.addWidget(self.history, 1)
        history_box.setMinimumWidth(150)
        columns.addWidget(history_box)

        self.actions = QTabWidget()
        self.actions.setObjectName("requestActions")
        self.actions.setDocumentMode(True)
        response = QWidget()
        form = QFormLayout(response)
        self.response_date = DateEdit()
        self.response_date.setObjectName("responseDate")
        self.quality = QComboBox()
        self.quality.setObjectName("responseQuality")
        for q in ResponseQuality.values():
            self.quality.addItem(word(q), q)
        self.response_note = QLineEdit()
        self.response_note.setObjectName("responseNote")
        self.response_note.setPlaceholderText(self.tr("What was provided (optional)"))
        self.respond_button = QPushButton(icon("requests-respond"), self.tr("Record response"))
        self.respond_button.setObjectName("recordResponse")
        self.respond_button.clicked.connect(self.record_response)
        form.addRow(self.tr("Date"), self.response_date)
        form.addRow(self.tr("Quality"), self.quality)
        form.addRow(self.tr("Note"), self.response_note)
        form.addRow("", self.respond_button)
        self.actions.addTab(response, self.tr("Record response"))

        status = QWidget()
        form = QFormLayout(status)
        self.status = QComboBox()
        self.status.setObjectName("statusChoice")
        for value, label in (
            (PROGRESS, self.tr("progress report")),
            ("acknowledged", word("acknowledged")),
            ("closed", word("closed")),
            ("withdrawn", word("withdrawn")),
            ("open", self.tr("reopen")),
        ):
            self.status.addItem(label, value)
        self.status_date = DateEdit()
        self.status_date.setObjectName("statusDate")
        self.status_note = QLineEdit()
        self.status_note.setObjectName("statusNote")
        self.status_note.setPlaceholderText(self.tr("The report, or the reason for closing or withdrawing"))
        self.status_button = QPushButton(self.tr("Record"))
        self.status_button.setObjectName("recordStatus")
        self.status_button.clicked.connect(self.record_status)
        form.addRow(self.tr("Status"), self.status)
        form.addRow(self.tr("Date"), self.status_date)
        form.addRow(self.tr("Note"), self.status_note)
        form.addRow("", self.status_button)
        self.actions.addTab(status, self.tr("Record status"))
        self.actions.setMinimumWidth(280)
        columns.addWidget(self.actions)
        columns.setStretchFactor(0, 3)
        columns.setStretchFactor(1, 2)
        columns.setStretchFactor(2, 0)
        columns.setSizes([340, 260, 290])
        self.show_detail(None)

    def show_detail(self, detail: RequestDetail | None) -> None:
        kept = self._kept_dates
        if kept is None or detail is None or kept[:2] != (detail.request.reference, detail.request.version):
            kept = self._kept_dates = None  # another request, or a newer save: its own dates
        self.detail = detail
        self.documents.set_record(detail.request.id if detail is not None else None)
        can_edit = self.app.ctx.can("secretariat")
        for w in (self.respond_button, self.status_button, self.edit_button):
            w.setEnabled(detail is not None and can_edit)
        self.history.clear()
        if detail is None:
            self.response_date.setDate(self.today)
            self.status_date.setDate(self.today)
            self.heading.setText(self.tr("No request selected"))
            self.facts.setText(self.tr("Choose a request in the list to see its history."))
            self.description_caption.hide()
            self.description.hide()
            return
        r = detail.request
        self.heading.setText(f"{r.reference} · {r.subject}")
        self.facts.setText(self._facts_html(r, detail))
        self.description_caption.show()
        self.description.show()
        self.description.setText(r.description or self.tr("None given."))
        for h in detail.history:
            what = word(h.kind)
            extra = (
                word(h.quality) if h.quality else (word(h.status) if h.status and h.status != h.kind else "")
            )
            text = (
                f"{h.on.isoformat()}  {what}"
                + (f" ({extra})" if extra else "")
                + (f": {h.note}" if h.note else "")
            )
            self.history.addItem(text)
        if not detail.history:
            self.history.addItem(self.tr("Nothing recorded yet."))
        start = max(r.received_on, min(self.today, r.response_due_on))
        self.response_date.setDate(start)
        self.status_date.setDate(max(r.received_on, self.today))
        if kept is not None:  # their entry shown again (as often as the page reloads it): keep mine
            self.response_date.setText(kept[2])
            self.status_date.setText(kept[3])

    def _facts_html(self, r: RequestRecord, detail: RequestDetail) -> str:
        acknowledged = self.tr("acknowledged")
        rows = [
            (self.tr("From"), f"{r.from_side} {r.requesting_agency}".strip()),
            (self.tr("To"), f"{r.to_side} {r.responding_agency}".strip()),
            (self.tr("Kind"), word(r.kind)),
            (self.tr("Received"), r.received_on.isoformat()),
            (
                self.tr("Acknowledge by"),
                r.acknowledge_due_on.isoformat()
                + (f" · {acknowledged} {r.acknowledged_on.isoformat()}" if r.acknowledged_on else ""),
            ),
            (self.tr("Respond by"), r.response_due_on.isoformat()),
            (
                self.tr("First response"),
                (r.first_response_on.isoformat() + " · " + word(r.latest_quality))
                if r.first_response_on
                else self.tr("none yet"),
            ),
            (self.tr("Status"), word(r.status) + (f" · {r.close_reason}" if r.close_reason else "")),
        ]
        if r.overdue(self.today):
            rows.append(
                (self.tr("Overdue"), self.tr("{0} days").format((self.today - r.response_due_on).days))
            )
        if detail.escalations:
            rows.append((self.tr("Escalations"), ", ".join(detail.escalations)))
        body = "".join(
            f"<tr><td style='color:#52606d; padding-right:10px'>{escape(k)}</td><td>{escape(v)}</td></tr>"
            for k, v in rows
        )
        return f"<table>{body}</table>"

    # -- actions --------------------------------------------------------------------------------------------
    @Slot()
    def edit_request(self) -> None:
        if self.detail is None:
            return
        r = self.detail.request
        dialog = RequestDialog(self.app, [r.from_side, r.to_side], self, today=self.today, request=r)
        if dialog.exec() and dialog.saved is not None:
            self.changed.emit(dialog.saved)
        dialog.deleteLater()

    @Slot()
    def record_response(self) -> None:
        if self.detail is None:
            return
        r = self.detail.request
        day = self.response_date.text().strip()
        missing = self.tr("Give the date of the response.")
        quality, note = self.quality.currentData(), self.response_note.text()

        def recorded(record) -> None:
            self.response_note.clear()
            self.changed.emit(record)

        self.app.ops.run(
            self._respond,
            r.reference,
            day,
            missing,
            quality,
            note,
            r.version,
            self.today,
            on_done=recorded,
            on_error=lambda exc: self._refused(exc, r.reference),
            busy_widget=self.respond_button,
        )

    def _respond(self, reference, day, missing, quality, note, version, today):
        """On the operations thread: the date is checked, then the response recorded."""
        return respond(
            self.app.ctx,
            reference,
            on=self._checked_day(day, missing),
            quality=quality,
            note=note,
            expected_version=version,
            today=today,
        )

    @Slot()
    def record_status(self) -> None:
        if self.detail is None:
            return
        r = self.detail.request
        status, note, day = (
            self.status.currentData(),
            self.status_note.text(),
            self.status_date.text().strip(),
        )

        def check() -> date:
            on = self._checked_day(day, self.tr("Give the date of the change."))
            # The rules first: a change that will be refused is refused before anything is asked.
            record_status(r.state(), status=status, on=on, note=note, today=self.today)
            return on

        def checked(on: date) -> None:
            if status in FINAL_STATUSES and not self.confirm_end(r, status, note.strip()):
                return
            self.app.ops.run(
                update_status,
                self.app.ctx,
                r.reference,
                status=status,
                on=on,
                note=note,
                expected_version=r.version,
                today=self.today,
                on_done=recorded,
                on_error=lambda exc: self._refused(exc, r.reference),
                busy_widget=self.status_button,
            )

        def recorded(record) -> None:
            self.status_note.clear()
            self.changed.emit(record)

        # The domain's rules only (no service call, nothing waits): checked on the GUI thread before asking.
        self.app.ops.run(check, on_done=checked, background=False)

    def _refused(self, exc: BaseException, reference: str) -> bool:
        """Someone else recorded first: say so (the one error path) and show their entry."""
        if not isinstance(exc, ConflictError):
            return False
        self.app.report_error(exc)
        self.show_newer(reference)
        return True

    @staticmethod
    def _checked_day(text: str, missing: str) -> date:
        """The date typed; refused with the reason when it is not a date or missing."""
        day = parse_date(text) if text else None
        if day is None:
            raise ValidationError(missing)
        return day

    def confirm_end(self, r: RequestRecord, status: str, reason: str) -> bool:
        """Closing or withdrawing takes the request off every list of what is awaited: say so and ask."""
        if status == "withdrawn":
            title, action = self.tr("Withdraw request?"), self.tr("Withdraw")
            text = self.tr(
                "Withdraw {0} ({1})? It is no longer awaited and leaves the overdue list; the reason "
                "“{2}” goes into its history. It can be reopened later."
            )
        else:
            title, action = self.tr("Close request?"), self.tr("Close request")
            text = self.tr(
                "Close {0} ({1})? It counts as finished and leaves the overdue list; the reason “{2}” "
                "goes into its history. It can be reopened later."
            )
        box = QMessageBox(
            QMessageBox.Icon.Question,
            title,
            text.format(r.reference, r.subject, reason),
            QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setObjectName("confirmRequestEnd")
        yes = box.addButton(action, QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(yes)
        box.exec()
        answer = box.clickedButton() is yes
        box.deleteLater()
        return answer

    def show_newer(self, reference: str) -> None:
        """Someone else recorded something on this request first: show their entry in the history and keep
        what the user typed (notes and dates); pressing again records the user's entry after theirs, seen."""
        dates = (self.response_date.text(), self.status_date.text())

        def newer(detail) -> None:
            # The page updates its row and shows the request afresh through app.ops, later: the showing
            # (show_detail) puts the user's dates back over the defaults it sets.
            self._kept_dates = (reference, detail.request.version, *dates)
            self.changed.emit(detail.request)

        # A refusal (e.g. deleted meanwhile) is said once by the error path, nothing else to show.
        self.app.ops.run(get_request, self.app.ctx, reference, on_done=newer)
