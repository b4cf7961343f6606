"""The lower pane of the Requests page: one request's facts and description, its history, and quick actions
to record a response or a change of status, or to correct the request, without leaving the list."""

from __future__ import annotations

from datetime import date
from html import escape

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPushButton,
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
    days_overdue,
    record_status,
)
from dialogue_planner.domain.vocabulary import ResponseQuality
from dialogue_planner.gui.kit.bilingual import BilingualTexts, TextRow
from dialogue_planner.gui.kit.date_edit import DateEdit, parse_date
from dialogue_planner.gui.kit.documents_panel import DocumentsPanel
from dialogue_planner.gui.kit.icons import icon
from dialogue_planner.gui.kit.looks import give_look
from dialogue_planner.gui.kit.scroll import FittingScrollArea
from dialogue_planner.gui.kit.widgets import EmptyText
from dialogue_planner.gui.kit.words import word
from dialogue_planner.services.requests import get_request, respond, set_result, update_status

from .clock_dialog import EXTEND, PAUSE, RESUME, ClockDialog
from .request_dialog import RequestDialog


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
        give_look(self.heading, "cardHeading")
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
        give_look(self.description_caption, "muted")
        self.description = self._text_label("requestDescription")
        # The Chinese beside the English, with a mark when it is missing (as the editors show it).
        self.texts = QWidget()
        self.texts.setObjectName("requestTexts")
        grid = QGridLayout(self.texts)
        grid.setContentsMargins(0, 4, 0, 0)
        self.subject_zh = self._text_label("requestSubjectZh")
        self.description_zh = self._text_label("requestDescriptionZh")
        self.subject_en = self._text_label("requestSubjectEn")
        self.subject_mark = self._text_label("requestSubjectMark")
        self.description_mark = self._text_label("requestDescriptionMark")
        for mark in (self.subject_mark, self.description_mark):
            mark.setMinimumWidth(18)
        for column, heading in ((1, self.tr("English")), (2, self.tr("Chinese"))):
            label = QLabel(heading)
            give_look(label, "muted")
            grid.addWidget(label, 0, column)
        subject_caption = QLabel(self.tr("Subject"))
        give_look(subject_caption, "muted")
        grid.addWidget(subject_caption, 1, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.subject_en, 1, 1, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.subject_zh, 1, 2, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.subject_mark, 1, 3, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.description_caption, 2, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.description, 2, 1, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.description_zh, 2, 2, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.description_mark, 2, 3, Qt.AlignmentFlag.AlignTop)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        about_layout.addWidget(self.facts)
        about_layout.addWidget(self.texts)
        self.documents = DocumentsPanel(app, "request")
        about_layout.addWidget(self.documents)
        about_layout.addStretch(1)
        # Fits the word-wrapped facts and texts at the column's width, and scrolls when they are taller.
        about_area = FittingScrollArea(about)
        about_area.setObjectName("requestAbout")
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
        self.rated_by = QLineEdit()
        self.rated_by.setObjectName("ratedBy")
        self.rated_by.setPlaceholderText(self.tr("You ({0})").format(app.ctx.user.login))
        self.rated_by.setAccessibleName(self.tr("Rated by"))
        self.quality_reason = QLineEdit()
        self.quality_reason.setObjectName("qualityReason")
        self.quality_reason.setPlaceholderText(self.tr("Why this quality (optional)"))
        self.quality_reason.setAccessibleName(self.tr("Why this quality"))
        form.addRow(self.tr("Date"), self.response_date)
        form.addRow(self.tr("Quality"), self.quality)
        form.addRow(self.tr("Rated by"), self.rated_by)
        form.addRow(self.tr("Why"), self.quality_reason)
        form.addRow(self.tr("Note"), self.response_note)
        form.addRow("", self.respond_button)
        self.actions.addTab(response, self.tr("Response"))

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
        # English and Chinese side by side: the Chinese pack prints a progress report's Chinese.
        self.status_texts = BilingualTexts([TextRow("note", self.tr("Note"))])
        self.status_texts.setObjectName("statusTexts")
        self.status_note = self.status_texts.edits["note"]
        self.status_note_zh = self.status_texts.edits["note_zh"]
        self.status_note.setPlaceholderText(self.tr("The report, or the reason for closing or withdrawing"))
        self.status_button = QPushButton(self.tr("Record"))
        self.status_button.setObjectName("recordStatus")
        self.status_button.clicked.connect(self.record_status)
        form.addRow(self.tr("Status"), self.status)
        form.addRow(self.tr("Date"), self.status_date)
        form.addRow(self.status_texts)
        form.addRow("", self.status_button)
        self.actions.addTab(status, self.tr("Status"))
        self.actions.addTab(self._build_clock_tab(), self.tr("Clock"))
        self.actions.addTab(self._build_result_tab(), self.tr("Result"))
        self.actions.setMinimumWidth(280)
        columns.addWidget(self.actions)
        columns.setStretchFactor(0, 3)
        columns.setStretchFactor(1, 2)
        columns.setStretchFactor(2, 0)
        columns.setSizes([340, 260, 290])
        self.show_detail(None)

    @staticmethod
    def _text_label(name: str) -> QLabel:
        label = QLabel()
        label.setObjectName(name)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def _build_clock_tab(self) -> QWidget:
        """Pause, resume and extend: each asks its date and reason in a dialog."""
        tab = QWidget()
        column = QVBoxLayout(tab)
        self.clock_state = QLabel()
        self.clock_state.setObjectName("clockState")
        self.clock_state.setWordWrap(True)
        column.addWidget(self.clock_state)
        self.pause_button = QPushButton(self.tr("Pause…"))
        self.pause_button.setObjectName("pauseClock")
        self.pause_button.setToolTip(
            self.tr("Stop the clock, e.g. while the requesting side is asked to clarify")
        )
        self.pause_button.clicked.connect(self.pause_clock)
        self.resume_button = QPushButton(self.tr("Resume…"))
        self.resume_button.setObjectName("resumeClock")
        self.resume_button.setToolTip(self.tr("Run the clock again; the due date moves by the days paused"))
        self.resume_button.clicked.connect(self.resume_clock)
        self.extend_button = QPushButton(self.tr("Extend…"))
        self.extend_button.setObjectName("extendDue")
        self.extend_button.setToolTip(self.tr("Record an extension agreed with the requesting side"))
        self.extend_button.clicked.connect(self.extend_due)
        for button in (self.pause_button, self.resume_button, self.extend_button):
            column.addWidget(button)
        column.addStretch(1)
        return tab

    def _build_result_tab(self) -> QWidget:
        """The result of the investigation and whether the other side may see it."""
        tab = QWidget()
        form = QFormLayout(tab)
        self.result_texts = BilingualTexts([TextRow("result", self.tr("Result"), multiline=True)])
        self.result_texts.setObjectName("resultTexts")
        self.result_text = self.result_texts.edits["result"]
        self.result_text_zh = self.result_texts.edits["result_zh"]
        self.result_text.setPlaceholderText(
            self.tr("Outcome of the investigation: arrests, evidence delivered, mitigation done")
        )
        self.result_shareable = QCheckBox(self.tr("Shareable with the other side"))
        self.result_shareable.setObjectName("resultShareable")
        self.result_shareable.setToolTip(
            self.tr("A result not shareable is printed only in briefing-pack copies for the responding side")
        )
        self.result_date = DateEdit()
        self.result_date.setObjectName("resultDate")
        self.result_date.setAccessibleName(self.tr("Date of the result"))
        self.result_button = QPushButton(self.tr("Save result"))
        self.result_button.setObjectName("saveResult")
        self.result_button.clicked.connect(self.save_result)
        form.addRow(self.result_texts)
        form.addRow("", self.result_shareable)
        form.addRow(self.tr("Date"), self.result_date)
        form.addRow("", self.result_button)
        return tab

    def show_detail(self, detail: RequestDetail | None) -> None:
        kept = self._kept_dates
        if kept is None or detail is None or kept[:2] != (detail.request.reference, detail.request.version):
            kept = self._kept_dates = None  # another request, or a newer save: its own dates
        self.detail = detail
        self.documents.set_record(detail.request.id if detail is not None else None)
        can_edit = self.app.ctx.can("secretariat")
        for w in (self.respond_button, self.status_button, self.edit_button, self.result_button):
            w.setEnabled(detail is not None and can_edit)
        self._enable_clock(detail.request if detail else None, can_edit)
        self.history.clear()
        if detail is None:
            self.response_date.setDate(self.today)
            self.status_date.setDate(self.today)
            self.result_date.setDate(self.today)
            self.heading.setText(self.tr("No request selected"))
            self.facts.setText(self.tr("Choose a request in the list to see its history."))
            self.texts.hide()
            self.result_texts.set_values({"result": "", "result_zh": ""})
            self.result_shareable.setChecked(False)
            self.clock_state.clear()
            return
        r = detail.request
        self.heading.setText(f"{r.reference} · {r.subject}")
        self.facts.setText(self._facts_html(r, detail))
        self.texts.show()
        self.subject_en.setText(r.subject)
        self.subject_zh.setText(r.subject_zh or "—")
        self.description.setText(r.description or self.tr("None given."))
        self.description_zh.setText(r.description_zh or "—")
        for mark, en, zh in (
            (self.subject_mark, r.subject, r.subject_zh),
            (self.description_mark, r.description, r.description_zh),
        ):
            missing = bool(en.strip()) and not zh.strip()
            mark.setText("●" if missing else ("✓" if en.strip() else ""))
            mark.setToolTip(
                self.tr("Chinese missing: the Chinese pack prints the English, marked untranslated")
                if missing
                else ""
            )
        self.result_texts.set_values({"result": r.result, "result_zh": r.result_zh})
        self.result_shareable.setChecked(r.result_shareable)
        self.result_date.setDate(max(r.received_on, self.today))
        self.clock_state.setText(self._clock_text(r))
        for h in detail.history:
            what = word(h.kind)
            extra = (
                word(h.quality) if h.quality else (word(h.status) if h.status and h.status != h.kind else "")
            )
            if h.new_due_on is not None:
                extra = self.tr("due {0}").format(h.new_due_on.isoformat())
            text = (
                f"{h.on.isoformat()}  {what}"
                + (f" ({extra})" if extra else "")
                + (f": {h.note}" if h.note else "")
                + (f" / {h.note_zh}" if h.note_zh else "")
            )
            if h.kind == "response" and (h.quality_reason or (h.rated_by and h.rated_by != h.author)):
                text += " · " + self.tr("rated by {0}").format(h.rated_by or "?")
                if h.quality_reason:
                    text += f": {h.quality_reason}"
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
            (self.tr("Respond by"), self._due_text(r)),
            (
                self.tr("First response"),
                (r.first_response_on.isoformat() + " · " + word(r.latest_quality))
                if r.first_response_on
                else self.tr("none yet"),
            ),
            (self.tr("Status"), word(r.status) + (f" · {r.close_reason}" if r.close_reason else "")),
        ]
        for pause in detail.pauses:
            if pause.end is None:
                when = self.tr("since {0}").format(pause.start.isoformat())
            else:
                when = self.tr("{0} to {1} ({2} days)").format(
                    pause.start.isoformat(), pause.end.isoformat(), pause.days
                )
            rows.append((self.tr("Paused"), f"{when}: {pause.reason}" if pause.reason else when))
        for ext in detail.extensions:
            rows.append(
                (
                    self.tr("Extended"),
                    self.tr("from {0} to {1}, agreed {2}").format(
                        ext.from_due.isoformat(), ext.until.isoformat(), ext.on.isoformat()
                    )
                    + (f": {ext.reason}" if ext.reason else ""),
                )
            )
        rating = detail.rating
        if rating is not None:
            rows.append(
                (
                    self.tr("Quality rated by"),
                    (rating.rated_by or self.tr("not recorded"))
                    + (f" · {rating.reason}" if rating.reason else ""),
                )
            )
        if r.result:
            rows.append(
                (
                    self.tr("Result"),
                    r.result
                    + (f" / {r.result_zh}" if r.result_zh else "")
                    + " · "
                    + (self.tr("shareable") if r.result_shareable else self.tr("not shareable")),
                )
            )
        late = days_overdue(
            status=r.status,
            response_due_on=r.response_due_on,
            first_response_on=r.first_response_on,
            as_of=self.today,
            paused_since=r.paused_since,
        )
        if r.overdue(self.today):
            rows.append((self.tr("Overdue"), self.tr("{0} days").format(late)))
        if detail.escalations:
            rows.append((self.tr("Escalations"), ", ".join(detail.escalations)))
        body = "".join(
            f"<tr><td style='color:#52606d; padding-right:10px'>{escape(k)}</td><td>{escape(v)}</td></tr>"
            for k, v in rows
        )
        return f"<table>{body}</table>"

    def _due_text(self, r: RequestRecord) -> str:
        """The due date in force, with the one first set when the clock moved it."""
        text = r.response_due_on.isoformat()
        original = r.original_response_due_on
        if original is not None and original != r.response_due_on:
            text += " · " + self.tr("first set {0}").format(original.isoformat())
        paused = r.days_paused(self.today)
        if paused:
            text += " · " + self.tr("{0} days paused").format(paused)
        return text

    def _clock_text(self, r: RequestRecord) -> str:
        if r.paused_since is not None:
            return self.tr("Paused since {0}.").format(r.paused_since.isoformat())
        if r.status in FINAL_STATUSES:
            return self.tr("The request is {0}; its clock has stopped.").format(word(r.status))
        if r.first_response_on is not None:
            return self.tr("Answered on {0}; the clock stopped then.").format(r.first_response_on.isoformat())
        return self.tr("Running: the response is due {0}.").format(r.response_due_on.isoformat())

    def _enable_clock(self, r: RequestRecord | None, can_edit: bool) -> None:
        running = (
            r is not None and can_edit and r.status not in FINAL_STATUSES and r.first_response_on is None
        )
        paused = running and r is not None and r.paused_since is not None
        self.pause_button.setEnabled(running and not paused)
        self.resume_button.setEnabled(paused)
        self.extend_button.setEnabled(running and not paused)

    # -- actions --------------------------------------------------------------------------------------------
    @Slot()
    def pause_clock(self) -> None:
        self._clock(PAUSE)

    @Slot()
    def resume_clock(self) -> None:
        self._clock(RESUME)

    @Slot()
    def extend_due(self) -> None:
        self._clock(EXTEND)

    def _clock(self, action: str) -> None:
        if self.detail is None:
            return
        dialog = ClockDialog(self.app, self.detail.request, action, self, today=self.today)
        if dialog.exec() and dialog.saved is not None:
            self.changed.emit(dialog.saved)
        dialog.deleteLater()

    @Slot()
    def save_result(self) -> None:
        if self.detail is None:
            return
        r = self.detail.request
        text, text_zh, shareable, day = (
            self.result_texts.text("result"),
            self.result_texts.text("result_zh"),
            self.result_shareable.isChecked(),
            self.result_date.text().strip(),
        )
        missing = self.tr("Give the date of the result.")

        def save():
            return set_result(
                self.app.ctx,
                r.reference,
                text=text,
                text_zh=text_zh,
                shareable=shareable,
                on=self._checked_day(day, missing),
                expected_version=r.version,
                today=self.today,
            )

        self.app.ops.run(
            save,
            on_done=self.changed.emit,
            on_error=lambda exc: self._refused(exc, r.reference),
            busy_widget=self.result_button,
        )

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
        rater = self.rated_by.text().strip() or None
        why = self.quality_reason.text()

        def recorded(record) -> None:
            self.response_note.clear()
            self.quality_reason.clear()
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
            rater,
            why,
            on_done=recorded,
            on_error=lambda exc: self._refused(exc, r.reference),
            busy_widget=self.respond_button,
        )

    def _respond(self, reference, day, missing, quality, note, version, today, rater, why):
        """On the operations thread: the date is checked, then the response recorded."""
        return respond(
            self.app.ctx,
            reference,
            on=self._checked_day(day, missing),
            quality=quality,
            note=note,
            rated_by=rater,
            quality_reason=why,
            expected_version=version,
            today=today,
        )

    @Slot()
    def record_status(self) -> None:
        if self.detail is None:
            return
        r = self.detail.request
        status, note, note_zh, day = (
            self.status.currentData(),
            self.status_note.text(),
            self.status_note_zh.text(),
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
                note_zh=note_zh,
                expected_version=r.version,
                today=self.today,
                on_done=recorded,
                on_error=lambda exc: self._refused(exc, r.reference),
                busy_widget=self.status_button,
            )

        def recorded(record) -> None:
            self.status_texts.set_values({"note": "", "note_zh": ""})
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
