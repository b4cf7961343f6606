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
from dialogue_planner.gui.kit.date_edit import DateEdit
from dialogue_planner.gui.kit.editor_conflicts import save_or_resolve
from dialogue_planner.gui.kit.widgets import SaveCancelFooter
from dialogue_planner.gui.kit.words import word
from dialogue_planner.services.agencies import side_agencies
from dialogue_planner.services.requests import add_request, edit_request, get_request

from .agency_picker import AgencyPicker


class RequestDialog(QDialog):
    """New when ``request`` is None; otherwise the correction of that request. ``saved`` is the result."""

    def __init__(self, app, sides: list[str], parent: QWidget | None = None, *, today: date | None = None,
                 request: RequestRecord | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("requestDialog")
        self.app = app
        self.today = today or date.today()
        self.request = request
        self.saved: RequestRecord | None = None
        self.exec_conflict_dialog = None  # runs the conflict dialog; None: exec()
        self.setWindowTitle(self.tr("Edit request {0}").format(request.reference) if request
                            else self.tr("New request"))
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
        self.subject = QLineEdit()
        self.subject.setObjectName("subject")
        self.subject.setMaxLength(500)
        self.subject.setPlaceholderText(self.tr("What is requested, in one line"))
        self.received = DateEdit(self.today)
        self.received.setObjectName("received")
        self.requesting_agency = AgencyPicker()
        self.requesting_agency.setObjectName("requestingAgency")
        self.responding_agency = AgencyPicker()
        self.responding_agency.setObjectName("respondingAgency")
        self.description = QPlainTextEdit()
        self.description.setObjectName("description")
        self.description.setTabChangesFocus(True)
        self.description.setMinimumHeight(80)
        if request is not None:
            reference = QLabel(request.reference)
            reference.setObjectName("reference")
            reference.setToolTip(self.tr("The reference stays as logged: it is quoted in both sides' "
                                         "correspondence."))
            form.addRow(self.tr("Reference"), reference)
        form.addRow(self.tr("From side"), self.from_side)
        form.addRow(self.tr("To side"), self.to_side)
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Subject"), self.subject)
        form.addRow(self.tr("Received"), self.received)
        form.addRow(self.tr("Requesting agency"), self.requesting_agency)
        form.addRow(self.tr("Responding agency"), self.responding_agency)
        form.addRow(self.tr("Description"), self.description)
        layout.addLayout(form, 1)
        self.help = QLabel()
        self.help.setObjectName("muted")
        self.help.setWordWrap(True)
        layout.addWidget(self.help)
        footer = SaveCancelFooter(self)
        self.error_label = footer.error_label
        layout.addWidget(footer)
        if request is None:
            self.help.setText(self.tr("The reference and the due dates are given when the request is saved: "
                                      "the due dates are counted from the date received, by the standard for "
                                      "the kind."))
            self.from_side.currentIndexChanged.connect(self._from_changed)
            self.to_side.currentIndexChanged.connect(self._sides_changed)
            self._sides_changed()
        else:
            self._show(request)
        self.resize(540, 480)

    def _show(self, r: RequestRecord) -> None:
        """The request's values; what stays as logged cannot be changed, and says why."""
        self.from_side.setCurrentIndex(max(self.from_side.findData(r.from_side), 0))
        self.to_side.setCurrentIndex(max(self.to_side.findData(r.to_side), 0))
        self.kind.setCurrentIndex(max(self.kind.findData(r.kind), 0))
        self.subject.setText(r.subject)
        self.received.setDate(r.received_on)
        self.description.setPlainText(r.description)
        self.requesting_agency.set_agencies(r.from_side, side_agencies(self.app.ctx, r.from_side,
                                                                       keep=r.requesting_agency_id),
                                            r.requesting_agency_id)
        self.responding_agency.set_agencies(r.to_side, side_agencies(self.app.ctx, r.to_side,
                                                                     keep=r.responding_agency_id),
                                            r.responding_agency_id)
        fixed = self.tr("Stays as logged: the reference is numbered by the requesting side and the year "
                        "received, and the due dates are counted from the date received.")
        for widget in (self.from_side, self.to_side, self.received):
            widget.setEnabled(False)
            widget.setToolTip(fixed)
        self.kind.setToolTip(self.tr("A new kind sets the due dates again from the date received, by the "
                                     "standard for that kind."))
        self.help.setText(self.tr("The reference, the sides and the date received stay as logged: the reference "
                                  "is quoted in both sides' correspondence and the due dates are counted from the "
                                  "date received. A new kind sets the due dates again by its standard. To correct "
                                  "the date received, withdraw the request with the reason and log it again."))

    @Slot(int)
    def _from_changed(self, index: int) -> None:
        # The other side responds: keep the pair different when there are two sides.
        if self.to_side.currentIndex() == index and self.to_side.count() == 2:
            self.to_side.setCurrentIndex(1 - index)
        self._sides_changed()

    @Slot()
    def _sides_changed(self, *_args) -> None:
        """Each agency field offers the agencies of its own side."""
        for picker, side in ((self.requesting_agency, self.from_side.currentData()),
                             (self.responding_agency, self.to_side.currentData())):
            if side and side != picker.side:
                picker.set_agencies(side, side_agencies(self.app.ctx, side))

    # -- saving ------------------------------------------------------------------------------------------
    def labels(self) -> dict[str, str]:
        return {"kind": self.tr("Kind"), "subject": self.tr("Subject"), "description": self.tr("Description"),
                "requesting_agency_id": self.tr("Requesting agency"),
                "responding_agency_id": self.tr("Responding agency"),
                "acknowledge_due_on": self.tr("Acknowledge by"), "response_due_on": self.tr("Respond by")}

    @Slot()
    def save(self) -> None:
        """Save, or show why not and keep everything typed."""
        try:
            if self.request is None:
                self.saved = self._add()
            else:
                outcome = self._edit(self.request)
                if outcome is None:
                    return
                self.saved = outcome
        except DialogueError as exc:
            self.show_problem(exc.message)
            return
        self.accept()

    def _add(self) -> RequestRecord:
        received = self.received.value()
        if received is None:
            raise ValidationError(self.tr("Give the date the request was received."))
        return add_request(
            self.app.ctx, from_side=self.from_side.currentData(), to_side=self.to_side.currentData(),
            kind=self.kind.currentData(), subject=self.subject.text(), received_on=received,
            requesting_agency=self.requesting_agency.acronym(), responding_agency=self.responding_agency.acronym(),
            description=self.description.toPlainText(), today=self.today)

    def edits(self, r: RequestRecord) -> dict:
        """The fields changed from the request as shown, in the stored names."""
        values = {"kind": self.kind.currentData(), "subject": self.subject.text().strip(),
                  "description": self.description.toPlainText().strip(),
                  "requesting_agency_id": self.requesting_agency.agency_id(),
                  "responding_agency_id": self.responding_agency.agency_id()}
        return {name: value for name, value in values.items() if value != getattr(r, name)}

    def _edit(self, r: RequestRecord) -> RequestRecord | None:
        changed = self.edits(r)
        if not changed:
            return r

        def save(values: dict, expected_version: int | None) -> RequestRecord:
            return edit_request(self.app.ctx, r.reference, values, expected_version=expected_version)

        agencies = {self.requesting_agency.itemData(i): self.requesting_agency.itemText(i)
                    for i in range(1, self.requesting_agency.count())}
        agencies.update({self.responding_agency.itemData(i): self.responding_agency.itemText(i)
                         for i in range(1, self.responding_agency.count())})
        outcome = save_or_resolve(self, self.app.ctx, record=r, entity="request", edits=changed,
                                  attempt=lambda: save(changed, r.version), save=save,
                                  what=self.tr("Request {0}").format(r.reference), labels=self.labels(),
                                  value_names={"requesting_agency_id": agencies, "responding_agency_id": agencies,
                                               "kind": {k: word(k) for k in RequestKind.values()}},
                                  exec_dialog=self.exec_conflict_dialog)
        if outcome.decided_later:
            self.show_problem(self.tr("Not saved: someone else changed this request meanwhile. Save again to "
                                      "compare and choose."))
            return None
        # Keeping theirs saves nothing; the page then shows their version.
        return outcome.record or get_request(self.app.ctx, r.reference).request

    def show_problem(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()
