"""Recording a commitment made at a meeting, and updating one: its status, due date, a progress note and the
evidence that it was done. What the services refuse is said in the dialog, which stays open."""

from __future__ import annotations

from datetime import date
from html import escape

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from dialogue_planner.domain.commitments import CommitmentRecord
from dialogue_planner.domain.errors import DialogueError
from dialogue_planner.gui.kit.date_edit import DateEdit
from dialogue_planner.gui.kit.documents_panel import DocumentsPanel
from dialogue_planner.gui.kit.looks import give_look
from dialogue_planner.gui.kit.widgets import SaveCancelFooter
from dialogue_planner.services.activities import link_activities, list_activities
from dialogue_planner.services.agenda import list_items
from dialogue_planner.services.commitments import add_commitment, get_commitment, update_commitment

from .choices import Choices
from .links import LinkList
from .words import STATUSES, kind_word, status_word


def _first_line(activity) -> str:
    line = next((part.strip() for part in activity.summary_en.splitlines() if part.strip()), "")
    return line if len(line) <= 60 else line[:59] + "…"


def save_commitment(ctx, commitment_id: int, changes: dict, link: list[int], unlink: list[int], **how):
    """The update dialog's Save: the commitment's own changes first (refused whole), then its links to
    activities; returns the commitment as saved."""
    if any(value is not None for value in changes.values()):
        record = update_commitment(ctx, commitment_id, **changes, **how)
    else:
        record = get_commitment(ctx, commitment_id)
    if link or unlink:
        link_activities(ctx, commitment_id, link=link, unlink=unlink)
    return record


def text_box(height: int = 56) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setTabChangesFocus(True)
    box.setFixedHeight(height)
    return box


class EditDialog(QDialog):
    """An editing dialog whose refusals show in red above Save. ``closed`` once it was answered: what it
    loads or saves off the GUI thread may arrive after that, and then finds nothing to show in."""

    closed = False

    def done(self, result: int) -> None:
        self.closed = True
        super().done(result)

    def _footer(self, layout: QVBoxLayout) -> None:
        footer = SaveCancelFooter(self)
        self.error_label = footer.error_label
        self.error_label.setObjectName("commitmentError")
        self.save_button = footer.buttons.button(QDialogButtonBox.StandardButton.Save)
        layout.addWidget(footer)

    def refuse(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.show()

    def _refused(self, exc: BaseException) -> bool:
        """A refusal is shown in the dialog, which stays open to be corrected."""
        if not isinstance(exc, DialogueError) or self.closed:
            return False
        self.refuse(exc.message)
        return True

    def save(self) -> None:
        raise NotImplementedError


class NewCommitmentDialog(EditDialog):
    """``choices``: the meetings, sides, agencies and delegates; ``meeting``: the meeting chosen at first."""

    def __init__(
        self,
        app,
        choices: Choices,
        parent: QWidget | None = None,
        *,
        meeting: int | None = None,
        chinese: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("newCommitmentDialog")
        self.setWindowTitle(self.tr("New commitment"))
        self.app, self.choices, self.chinese = app, choices, chinese
        self.saved: CommitmentRecord | None = None
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.meeting = QComboBox()
        self.meeting.setObjectName("commitmentMeeting")
        for number, first_day, _status in choices.meetings:
            self.meeting.addItem(self.tr("Meeting {0} ({1})").format(number, first_day.isoformat()), number)
        if meeting is not None and self.meeting.findData(meeting) >= 0:
            self.meeting.setCurrentIndex(self.meeting.findData(meeting))
        self.text = text_box()
        self.text.setObjectName("commitmentText")
        self.text.setPlaceholderText(self.tr("What is to be done"))
        self.text_zh = text_box()
        self.text_zh.setObjectName("commitmentTextZh")
        self.side = QComboBox()
        self.side.setObjectName("commitmentSide")
        for code in choices.sides:
            self.side.addItem(code, code)
        self.agency = QComboBox()
        self.agency.setObjectName("commitmentAgency")
        self.person = QComboBox()
        self.person.setObjectName("commitmentPerson")
        self.due = DateEdit()
        self.due.setObjectName("commitmentDue")
        self.item = QComboBox()
        self.item.setObjectName("commitmentItem")
        form.addRow(self.tr("Meeting"), self.meeting)
        form.addRow(self.tr("Commitment (English)"), self.text)
        form.addRow(self.tr("Commitment (Chinese)"), self.text_zh)
        form.addRow(self.tr("Owner side"), self.side)
        form.addRow(self.tr("Owner agency"), self.agency)
        form.addRow(self.tr("Owner person"), self.person)
        form.addRow(self.tr("Due"), self.due)
        form.addRow(self.tr("Agenda item"), self.item)
        layout.addLayout(form)
        layout.addStretch(1)
        self._footer(layout)
        self.side.currentIndexChanged.connect(self._side_changed)
        self.agency.currentIndexChanged.connect(self._agency_changed)
        self.meeting.currentIndexChanged.connect(self._meeting_changed)
        self._side_changed(0)
        self._meeting_changed(0)
        self.resize(560, 460)

    @Slot(int)
    def _side_changed(self, _index: int) -> None:
        side = self.side.currentData()
        self.agency.blockSignals(True)
        self.agency.clear()
        self.agency.addItem(self.tr("No agency named"), "")
        for acronym, name in self.choices.agencies.get(side, []):
            self.agency.addItem(f"{acronym} — {name}", acronym)
        self.agency.blockSignals(False)
        self._agency_changed(0)

    @Slot(int)
    def _agency_changed(self, _index: int) -> None:
        side, agency = self.side.currentData(), self.agency.currentData()
        self.person.clear()
        self.person.addItem(self.tr("No person named"), "")
        for p in self.choices.people:
            if p.side == side and p.active and (not agency or p.agency == agency):
                self.person.addItem(f"{p.name} ({p.agency})", p.key)

    @Slot(int)
    def _meeting_changed(self, _index: int) -> None:
        self.item.clear()
        self.item.addItem(self.tr("No agenda item"), None)
        number = self.meeting.currentData()
        if number is None:
            return
        self.app.ops.run(
            list_items, self.app.ctx, number, on_done=lambda items: self._items_loaded(number, items)
        )

    def _items_loaded(self, number: int, items) -> None:
        if self.closed or self.meeting.currentData() != number:
            return  # another meeting was chosen meanwhile
        for i in items:
            title = i.title_zh if self.chinese and i.title_zh else i.title
            self.item.addItem(f"{i.position}. {title}", i.id)

    @Slot()
    def save(self) -> None:
        if self.meeting.currentData() is None:
            self.refuse(self.tr("There is no meeting to record a commitment of: add the meeting first."))
            return
        problem = self.due.problem()
        if problem:
            self.refuse(problem)
            return
        due = self.due.date()
        if due is None:
            self.refuse(self.tr("Give the due date: the day the commitment is to be done by."))
            return
        self.app.ops.run(
            add_commitment,
            self.app.ctx,
            self.meeting.currentData(),
            text=self.text.toPlainText(),
            text_zh=self.text_zh.toPlainText(),
            owner=self.side.currentData() or "",
            due_on=due,
            owner_agency=self.agency.currentData() or None,
            owner_person=self.person.currentData() or None,
            item_id=self.item.currentData(),
            on_done=self._saved,
            on_error=self._refused,
            busy_widget=self.save_button,
        )

    def _saved(self, record: CommitmentRecord) -> None:
        self.saved = record
        if self.closed:  # cancelled while it was saving: it is saved, so the pages show it
            self.app.changed("commitment")
            return
        self.accept()


class UpdateCommitmentDialog(EditDialog):
    """Status, due date, a progress note (kept with the day it was written) and the evidence of completion.
    Done needs evidence or a note: the service says so and nothing changes."""

    def __init__(
        self,
        app,
        record: CommitmentRecord,
        parent: QWidget | None = None,
        *,
        today: date | None = None,
        chinese: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("updateCommitmentDialog")
        self.setWindowTitle(self.tr("Update commitment {0}").format(record.id))
        self.app, self.record, self.today = app, record, today
        self.saved: CommitmentRecord | None = None
        layout = QVBoxLayout(self)
        shown = record.text_zh if chinese and record.text_zh else record.text
        about = QLabel(
            f"<b>{escape(shown)}</b><br>"
            + escape(self.tr("Meeting {0} · {1}").format(record.meeting_number, record.owner))
        )
        about.setObjectName("commitmentAbout")
        about.setTextFormat(Qt.TextFormat.RichText)
        about.setWordWrap(True)
        layout.addWidget(about)
        form = QFormLayout()
        self.status = QComboBox()
        self.status.setObjectName("commitmentStatus")
        for value in STATUSES:
            self.status.addItem(status_word(value), value)
        self.status.setCurrentIndex(max(self.status.findData(record.status), 0))
        self.due = DateEdit(record.due_on)
        self.due.setObjectName("commitmentDue")
        self.note = text_box()
        self.note.setObjectName("commitmentNote")
        self.note.setPlaceholderText(self.tr("Progress since the last note (kept with today's date)"))
        self.evidence = text_box()
        self.evidence.setObjectName("commitmentEvidence")
        self.evidence.setPlainText(record.evidence)
        self.evidence.setPlaceholderText(
            self.tr("What shows it was done, e.g. the letter that delivered the data")
        )
        form.addRow(self.tr("Status"), self.status)
        form.addRow(self.tr("Due"), self.due)
        if record.note:
            earlier = QLabel(escape(record.note).replace("\n", "<br>"))
            earlier.setObjectName("commitmentNotes")
            earlier.setTextFormat(Qt.TextFormat.RichText)
            earlier.setWordWrap(True)
            form.addRow(self.tr("Earlier notes"), earlier)
        form.addRow(self.tr("New note"), self.note)
        form.addRow(self.tr("Evidence"), self.evidence)
        self.links = LinkList(
            "commitmentActivities",
            self.tr("Linked activities"),
            self.tr("Find an activity"),
            self.tr("No activities yet: record them on the Activities tab."),
        )
        form.addRow(self.tr("Linked activities"), self.links)
        self.documents = DocumentsPanel(app, "commitment")
        self.documents.set_record(record.id)
        form.addRow(self.documents)  # its title says "Documents"
        layout.addLayout(form)
        hint = QLabel(self.tr("Marking it done needs evidence or a note."))
        give_look(hint, "muted")
        layout.addWidget(hint)
        layout.addStretch(1)
        self._footer(layout)
        self.resize(580, 560)
        self.app.ops.run(list_activities, self.app.ctx, on_done=self._activities_loaded)

    def _activities_loaded(self, activities) -> None:
        if self.closed:
            return
        self.links.set_entries(
            [
                (
                    a.id,
                    " · ".join(
                        p for p in (a.start_on.isoformat(), kind_word(a.kind), a.place, _first_line(a)) if p
                    ),
                )
                for a in activities
            ],
            {a.id for a in activities if self.record.id in a.commitment_ids},
        )

    @Slot()
    def save(self) -> None:
        r = self.record
        problem = self.due.problem()
        if problem:
            self.refuse(problem)
            return
        status = self.status.currentData()
        due = self.due.date()
        note = self.note.toPlainText().strip()
        evidence = self.evidence.toPlainText().strip()
        changes = {
            "status": status if status != r.status else None,
            "due_on": due if due is not None and due != r.due_on else None,
            "note": note or None,
            "evidence": evidence if evidence and evidence != r.evidence.strip() else None,
        }
        link, unlink = self.links.added(), self.links.removed()
        if all(value is None for value in changes.values()) and not link and not unlink:
            self.refuse(
                self.tr(
                    "Nothing to save: change the status or the due date, write a note or evidence, "
                    "or link an activity."
                )
            )
            return
        self.app.ops.run(
            save_commitment,
            self.app.ctx,
            r.id,
            changes,
            link,
            unlink,
            expected_version=r.version,
            today=self.today,
            on_done=self._saved,
            on_error=self._refused,
            busy_widget=self.save_button,
        )

    def _saved(self, record: CommitmentRecord) -> None:
        self.saved = record
        if self.closed:  # cancelled while it was saving: it is saved, so the pages show it
            self.app.changed("commitment")
            return
        self.accept()
