"""Logging a new request, or correcting one: sides, kind, subject, agencies, the date received and the
description. The due dates follow from the dialogue's timeliness standard for the kind.

A logged request keeps its reference, sides and received date (the service says why; the dialog shows it
beside those fields). A correction saves only the fields changed, against the version shown, and a save
someone else made meanwhile is shown beside the user's own (the conflict dialog every editor uses)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from dialogue_planner.domain.errors import DialogueError, ValidationError
from dialogue_planner.domain.requests import RequestRecord
from dialogue_planner.domain.vocabulary import RequestKind
from dialogue_planner.gui.kit.bilingual import BilingualTexts, TextRow
from dialogue_planner.gui.kit.date_edit import DateEdit, parse_date
from dialogue_planner.gui.kit.editor_conflicts import save_in_background
from dialogue_planner.gui.kit.looks import give_look
from dialogue_planner.gui.kit.widgets import SaveCancelFooter
from dialogue_planner.gui.kit.words import word
from dialogue_planner.services.agencies import side_agencies
from dialogue_planner.services.requests import add_request, edit_request, get_request

from .agency_picker import AgencyPicker


class RequestDialog(QDialog):
    """New when ``request`` is None; otherwise the correction of that request. ``saved`` is the result."""

    def __init__(
        self,
        app,
        sides: list[str],
        parent: QWidget | None = None,
        *,
        today: date | None = None,
        request: RequestRecord | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("requestDialog")
        self.app = app
        self.today = today or date.today()
        self.request = request
        self.saved: RequestRecord | None = None
        self.exec_conflict_dialog = None  # runs the conflict dialog; None: exec()
        self.setWindowTitle(
            self.tr("Edit request {0}").format(request.reference) if request else self.tr("New request")
        )
        layout = QVBoxLayout(self)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.from_side = QComboBox()
        self.from_side.setObjectName("fromSide")
        self.to_side = QComboBox()
        self.to_side.setObjectName("toSide")
        for code in sides:
            self.from_side.addItem(code, code)
            self.to_side.addItem(code, code)
        if len(sides) > 1:
            self.to_side.setCurrentIndex(1)
        self.kind = QComboBox()
        self.kind.setObjectName("kind")
        for kind in RequestKind.values():
            self.kind.addItem(word(kind), kind)
        # English and Chinese side by side, with a mark per text when the Chinese is missing.
        self.texts = BilingualTexts(
            (
                TextRow("subject", self.tr("Subject")),
                TextRow("description", self.tr("Description"), multiline=True),
            )
        )
        self.texts.setObjectName("requestTexts")
        self.subject = self.texts.edits["subject"]
        assert isinstance(self.subject, QLineEdit)
        self.subject.setObjectName("subject")
        self.subject.setMaxLength(500)
        self.subject.setPlaceholderText(self.tr("What is requested, in one line"))
        subject_zh = self.texts.edits["subject_zh"]
        assert isinstance(subject_zh, QLineEdit)
        subject_zh.setMaxLength(500)
        self.received = DateEdit(self.today)
        self.received.setObjectName("received")
        self.requesting_agency = AgencyPicker()
        self.requesting_agency.setObjectName("requestingAgency")
        self.responding_agency = AgencyPicker()
        self.responding_agency.setObjectName("respondingAgency")
        self.description = self.texts.edits["description"]
        assert isinstance(self.description, QPlainTextEdit)
        self.description.setObjectName("description")
        if request is not None:
            reference = QLabel(request.reference)
            reference.setObjectName("reference")
            reference.setToolTip(
                self.tr("The reference stays as logged: it is quoted in both sides' correspondence.")
            )
            form.addRow(self.tr("Reference"), reference)
        form.addRow(self.tr("From side"), self.from_side)
        form.addRow(self.tr("To side"), self.to_side)
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Received"), self.received)
        form.addRow(self.tr("Requesting agency"), self.requesting_agency)
        form.addRow(self.tr("Responding agency"), self.responding_agency)
        layout.addLayout(form)
        layout.addWidget(self.texts, 1)
        self.help = QLabel()
        give_look(self.help, "muted")
        self.help.setWordWrap(True)
        layout.addWidget(self.help)
        footer = SaveCancelFooter(self)
        self.error_label = footer.error_label
        self.save_button = footer.buttons.button(QDialogButtonBox.StandardButton.Save)
        layout.addWidget(footer)
        if request is None:
            self.help.setText(
                self.tr(
                    "The reference and the due dates are given when the request is saved: "
                    "the due dates are counted from the date received, by the standard for "
                    "the kind."
                )
            )
            self.from_side.currentIndexChanged.connect(self._from_changed)
            self.to_side.currentIndexChanged.connect(self._sides_changed)
            self._sides_changed()
        else:
            self._show(request)
        self.resize(720, 520)

    def _show(self, r: RequestRecord) -> None:
        """The request's values; what stays as logged cannot be changed, and says why."""
        self.from_side.setCurrentIndex(max(self.from_side.findData(r.from_side), 0))
        self.to_side.setCurrentIndex(max(self.to_side.findData(r.to_side), 0))
        self.kind.setCurrentIndex(max(self.kind.findData(r.kind), 0))
        self.texts.set_values(
            {
                "subject": r.subject,
                "subject_zh": r.subject_zh,
                "description": r.description,
                "description_zh": r.description_zh,
            }
        )
        self.received.setDate(r.received_on)
        self._load_agencies(self.requesting_agency, r.from_side, r.requesting_agency_id)
        self._load_agencies(self.responding_agency, r.to_side, r.responding_agency_id)
        fixed = self.tr(
            "Stays as logged: the reference is numbered by the requesting side and the year "
            "received, and the due dates are counted from the date received."
        )
        for widget in (self.from_side, self.to_side, self.received):
            widget.setEnabled(False)
            widget.setToolTip(fixed)
        self.kind.setToolTip(
            self.tr(
                "A new kind sets the due dates again from the date received, by the standard for that kind."
            )
        )
        self.help.setText(
            self.tr(
                "The reference, the sides and the date received stay as logged: the reference "
                "is quoted in both sides' correspondence and the due dates are counted from the "
                "date received. A new kind sets the due dates again by its standard. To correct "
                "the date received, withdraw the request with the reason and log it again."
            )
        )

    @Slot(int)
    def _from_changed(self, index: int) -> None:
        # The other side responds: keep the pair different when there are two sides.
        if self.to_side.currentIndex() == index and self.to_side.count() == 2:
            self.to_side.setCurrentIndex(1 - index)
        self._sides_changed()

    @Slot()
    def _sides_changed(self, *_args) -> None:
        """Each agency field offers the agencies of its own side."""
        for picker, side in (
            (self.requesting_agency, self.from_side.currentData()),
            (self.responding_agency, self.to_side.currentData()),
        ):
            if side and side != picker.side:
                self._load_agencies(picker, side)

    def _load_agencies(self, picker: AgencyPicker, side: str, keep: int | None = None) -> None:
        """Fill ``picker`` with the agencies of ``side`` (fetched off the GUI thread), ``keep`` chosen."""

        def fill(agencies) -> None:
            if keep is not None:
                picker.set_agencies(side, agencies, keep)
            elif side == self._side_of(picker):  # the side was not changed again meanwhile
                picker.set_agencies(side, agencies)

        if keep is not None:
            self.app.ops.run(side_agencies, self.app.ctx, side, keep=keep, on_done=fill)
        else:
            self.app.ops.run(side_agencies, self.app.ctx, side, on_done=fill)

    def _side_of(self, picker: AgencyPicker) -> str:
        return (self.from_side if picker is self.requesting_agency else self.to_side).currentData()

    # -- saving ------------------------------------------------------------------------------------------
    def labels(self) -> dict[str, str]:
        return {
            "kind": self.tr("Kind"),
            "subject": self.tr("Subject"),
            "description": self.tr("Description"),
            "subject_zh": self.tr("Subject (Chinese)"),
            "description_zh": self.tr("Description (Chinese)"),
            "requesting_agency_id": self.tr("Requesting agency"),
            "responding_agency_id": self.tr("Responding agency"),
            "acknowledge_due_on": self.tr("Acknowledge by"),
            "response_due_on": self.tr("Respond by"),
        }

    @Slot()
    def save(self) -> None:
        """Save, or show why not and keep everything typed. Reading the fields checks the agencies typed (a
        refusal shown in the dialog): that runs on the GUI thread, where the widgets live; the save does not."""
        if self.request is None:
            self.app.ops.run(self._add, on_error=self._refused, background=False)
        else:
            self.app.ops.run(self._edit, self.request, on_error=self._refused, background=False)

    def _saved(self, record: RequestRecord) -> None:
        self.saved = record
        self.accept()

    def _refused(self, exc: BaseException) -> bool:
        """A refusal is shown in the dialog, which stays open with everything typed."""
        if not isinstance(exc, DialogueError):
            return False
        self.show_problem(exc.message)
        return True

    def _add(self) -> None:
        """Read the fields (the agencies may be refused here), then add the request off the GUI thread."""
        received = self.received.text().strip()
        missing = self.tr("Give the date the request was received.")

        def add(**values) -> RequestRecord:
            day = parse_date(received) if received else None
            if day is None:
                raise ValidationError(missing)
            return add_request(self.app.ctx, received_on=day, **values)

        self.app.ops.run(
            add,
            from_side=self.from_side.currentData(),
            to_side=self.to_side.currentData(),
            kind=self.kind.currentData(),
            subject=self.subject.text(),
            requesting_agency=self.requesting_agency.acronym(),
            responding_agency=self.responding_agency.acronym(),
            description=self.description.toPlainText(),
            subject_zh=self.texts.text("subject_zh"),
            description_zh=self.texts.text("description_zh"),
            today=self.today,
            on_done=self._saved,
            on_error=self._refused,
            busy_widget=self.save_button,
        )

    def edits(self, r: RequestRecord) -> dict:
        """The fields changed from the request as shown, in the stored names."""
        values = {
            "kind": self.kind.currentData(),
            "subject": self.subject.text().strip(),
            "description": self.description.toPlainText().strip(),
            "subject_zh": " ".join(self.texts.text("subject_zh").split()),
            "description_zh": self.texts.text("description_zh").strip(),
            "requesting_agency_id": self.requesting_agency.agency_id(),
            "responding_agency_id": self.responding_agency.agency_id(),
        }
        return {name: value for name, value in values.items() if value != getattr(r, name)}

    def _edit(self, r: RequestRecord) -> None:
        changed = self.edits(r)
        if not changed:
            self._saved(r)
            return

        def save(values: dict, expected_version: int | None) -> RequestRecord:
            return edit_request(self.app.ctx, r.reference, values, expected_version=expected_version)

        def settled(outcome) -> None:
            if outcome.decided_later:
                self.show_problem(
                    self.tr(
                        "Not saved: someone else changed this request meanwhile. Save again to "
                        "compare and choose."
                    )
                )
            elif outcome.record is not None:
                self._saved(outcome.record)
            else:  # keeping theirs saves nothing; the page then shows their version
                self.app.ops.run(
                    get_request, self.app.ctx, r.reference, on_done=lambda detail: self._saved(detail.request)
                )

        agencies = {
            self.requesting_agency.itemData(i): self.requesting_agency.itemText(i)
            for i in range(1, self.requesting_agency.count())
        }
        agencies.update(
            {
                self.responding_agency.itemData(i): self.responding_agency.itemText(i)
                for i in range(1, self.responding_agency.count())
            }
        )
        save_in_background(
            self,
            self.app,
            record=r,
            entity="request",
            edits=changed,
            attempt=lambda: save(changed, r.version),
            save=save,
            what=self.tr("Request {0}").format(r.reference),
            labels=self.labels(),
            value_names={
                "requesting_agency_id": agencies,
                "responding_agency_id": agencies,
                "kind": {k: word(k) for k in RequestKind.values()},
            },
            exec_dialog=self.exec_conflict_dialog,
            on_outcome=settled,
            on_refused=self._refused,
            busy_widget=self.save_button,
        )

    def show_problem(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()
