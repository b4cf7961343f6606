"""Recording an activity between meetings, or editing one: kind, dates, place, who took part, and the
summary in both languages, and the commitments it is linked to (ticked in a list of the dialogue's)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from dialogue_planner.domain.commitments import ActivityRecord
from dialogue_planner.gui.kit.date_edit import DateEdit
from dialogue_planner.gui.kit.documents_panel import DocumentsPanel
from dialogue_planner.services.activities import add_activity, update_activity

from .choices import Choices
from .commitment_dialogs import EditDialog, text_box
from .links import LinkList
from .words import KINDS, kind_word, status_word


class ActivityDialog(EditDialog):
    """A new activity (``record`` None) or changes to ``record``."""

    def __init__(
        self, app, choices: Choices, parent: QWidget | None = None, *, record: ActivityRecord | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("activityDialog")
        self.setWindowTitle(self.tr("New activity") if record is None else self.tr("Edit activity"))
        self.app, self.record = app, record
        self.saved: ActivityRecord | None = None
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.kind = QComboBox()
        self.kind.setObjectName("activityKind")
        for value in KINDS:
            self.kind.addItem(kind_word(value), value)
        self.start = DateEdit()
        self.start.setObjectName("activityStart")
        self.end = DateEdit()
        self.end.setObjectName("activityEnd")
        self.end.setToolTip(self.tr("The last day, for an activity of more than one day"))
        self.place = QLineEdit()
        self.place.setObjectName("activityPlace")
        self.find = QLineEdit()
        self.find.setObjectName("participantSearch")
        self.find.setClearButtonEnabled(True)
        self.find.setPlaceholderText(self.tr("Find a delegate by name or agency"))
        self.find.textChanged.connect(self._find)
        self.people = QListWidget()
        self.people.setObjectName("activityParticipants")
        self.people.setAccessibleName(self.tr("Participants"))
        self.people.setMinimumHeight(140)
        taking_part = set(record.participant_ids) if record else set()
        self.keys: dict[int, str] = {}
        for p in choices.people:
            if not p.active and p.id not in taking_part:
                continue
            self.keys[p.id] = p.key
            entry = QListWidgetItem(f"{p.name} ({p.side} {p.agency})")
            entry.setData(Qt.ItemDataRole.UserRole, p.id)
            entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            entry.setCheckState(Qt.CheckState.Checked if p.id in taking_part else Qt.CheckState.Unchecked)
            self.people.addItem(entry)
        self.summary_en = text_box(64)
        self.summary_en.setObjectName("activitySummaryEn")
        self.summary_zh = text_box(64)
        self.summary_zh.setObjectName("activitySummaryZh")
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("First day"), self.start)
        form.addRow(self.tr("Last day"), self.end)
        form.addRow(self.tr("Place"), self.place)
        form.addRow(self.tr("Find participants"), self.find)
        form.addRow(self.tr("Participants"), self.people)
        self.links = LinkList(
            "activityCommitments",
            self.tr("Linked commitments"),
            self.tr("Find a commitment by its text"),
            self.tr("No commitments yet."),
        )
        self.links.set_entries(
            [
                (
                    ident,
                    self.tr("{0}. meeting {1}, {2}: {3}").format(ident, number, status_word(status), text),
                )
                for ident, number, text, status in choices.commitments
            ],
            record.commitment_ids if record else (),
        )
        form.addRow(self.tr("Linked commitments"), self.links)
        form.addRow(self.tr("Summary (English)"), self.summary_en)
        form.addRow(self.tr("Summary (Chinese)"), self.summary_zh)
        if record is not None:  # a new activity gets its documents once it is saved
            self.documents = DocumentsPanel(app, "activity")
            self.documents.set_record(record.id)
            form.addRow(self.documents)  # its title says "Documents"
        layout.addLayout(form, 1)
        self._footer(layout)
        if record is not None:
            self.kind.setCurrentIndex(max(self.kind.findData(record.kind), 0))
            self.start.setDate(record.start_on)
            self.end.setDate(record.end_on)
            self.place.setText(record.place)
            self.summary_en.setPlainText(record.summary_en)
            self.summary_zh.setPlainText(record.summary_zh)
        self.resize(600, 720)

    @Slot(str)
    def _find(self, text: str) -> None:
        needle = text.strip().casefold()
        for row in range(self.people.count()):
            entry = self.people.item(row)
            entry.setHidden(bool(needle) and needle not in entry.text().casefold())

    def chosen(self) -> set[int]:
        return {
            self.people.item(r).data(Qt.ItemDataRole.UserRole)
            for r in range(self.people.count())
            if self.people.item(r).checkState() == Qt.CheckState.Checked
        }

    @Slot()
    def save(self) -> None:
        for field in (self.start, self.end):
            if field.problem():
                self.refuse(field.problem())
                return
        start, end = self.start.date(), self.end.date()
        if start is None:
            self.refuse(self.tr("Give the first day of the activity."))
            return
        kind, place = self.kind.currentData(), self.place.text()
        en, zh = self.summary_en.toPlainText(), self.summary_zh.toPlainText()
        chosen = self.chosen()
        r = self.record
        if r is None:
            self.app.ops.run(
                add_activity,
                self.app.ctx,
                kind=kind,
                start=start,
                end=end,
                place=place,
                participants=[self.keys[i] for i in sorted(chosen)],
                summary_en=en,
                summary_zh=zh,
                commitments=sorted(self.links.chosen()),
                on_done=self._saved,
                on_error=self._refused,
                busy_widget=self.save_button,
            )
            return
        before = set(r.participant_ids)
        changes = {
            "kind": kind if kind != r.kind else None,
            "start": start if start != r.start_on else None,
            "end": end if end is not None and end != r.end_on else None,
            "clear_end": end is None and r.end_on is not None,
            "place": place if place != r.place else None,
            "summary_en": en if en != r.summary_en else None,
            "summary_zh": zh if zh != r.summary_zh else None,
            "add_participants": [self.keys[i] for i in sorted(chosen - before)],
            "remove_participants": [self.keys[i] for i in sorted(before - chosen) if i in self.keys],
            "add_commitments": self.links.added(),
            "remove_commitments": self.links.removed(),
        }
        if not any(changes.values()):
            self.reject()  # nothing changed: nothing to save
            return
        self.app.ops.run(
            update_activity,
            self.app.ctx,
            r.id,
            **changes,
            expected_version=r.version,
            on_done=self._saved,
            on_error=self._refused,
            busy_widget=self.save_button,
        )

    def _saved(self, record: ActivityRecord) -> None:
        self.saved = record
        if self.closed:  # cancelled while it was saving: it is saved, so the pages show it
            self.app.changed("activity")
            return
        self.accept()
