"""The dialogues' life (issue 16): every dialogue (mechanism) the database holds, with its cadence history;
add one, end one on a date naming its successor, change the cadence from a date, hand what an ended dialogue
still has open over to its successor (listed first), and choose the one to work on.

Adding and ending are the admins'; the cadence and the hand-over the secretariat's too (as the services
say); a viewer sees it all read-only. What the services refuse (a circle of successors, an end before the
last held meeting) is shown in their words, in the dialog that asked, which stays open.
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from dialogue_planner.domain.dialogue_life import DialogueSummary, HandOver
from dialogue_planner.domain.errors import DialogueError
from dialogue_planner.domain.vocabulary import Role
from dialogue_planner.gui.kit.column_fit import fit_columns
from dialogue_planner.gui.kit.confirm import confirm
from dialogue_planner.gui.kit.date_edit import DateEdit
from dialogue_planner.gui.kit.looks import give_look
from dialogue_planner.gui.kit.page_parts import configure_table
from dialogue_planner.gui.kit.table_model import Column, RecordTableModel, text_column
from dialogue_planner.gui.kit.widgets import SaveCancelFooter
from dialogue_planner.services.dialogues import (
    add_dialogue,
    cadence_history,
    end_dialogue,
    hand_over,
    list_dialogues,
    set_cadence,
)


def _day(value) -> str:
    return value.isoformat() if value else ""


class DialogueTableModel(RecordTableModel):
    columns = (
        Column("", lambda d: "●" if d.current else "", alignment=Qt.AlignmentFlag.AlignCenter),
        text_column(QT_TRANSLATE_NOOP("DialogueTableModel", "Code"), lambda d: d.code),
        text_column(
            QT_TRANSLATE_NOOP("DialogueTableModel", "Name"),
            lambda d: d.name_en + (f" · {d.name_zh}" if d.name_zh else ""),
        ),
        text_column(QT_TRANSLATE_NOOP("DialogueTableModel", "Established"), lambda d: _day(d.established_on)),
        text_column(QT_TRANSLATE_NOOP("DialogueTableModel", "Ended"), lambda d: _day(d.ended_on)),
        text_column(QT_TRANSLATE_NOOP("DialogueTableModel", "Successor"), lambda d: d.successor or ""),
        Column(
            QT_TRANSLATE_NOOP("DialogueTableModel", "A year"),
            lambda d: d.meetings_per_year,
            alignment=Qt.AlignmentFlag.AlignCenter,
        ),
    )


class _Editor(QDialog):
    """A small editing dialog: a form, the services' refusal in red, Save and Cancel."""

    def __init__(self, app, title: str, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.setObjectName(name)
        self.setWindowTitle(title)
        self.saved: DialogueSummary | None = None
        self.layout_ = QVBoxLayout(self)
        self.form = QFormLayout()
        self.layout_.addLayout(self.form)

    def _finish(self) -> None:
        self.layout_.addStretch(1)
        footer = SaveCancelFooter(self)
        self.error_label = footer.error_label
        self.error_label.setObjectName("dialogueError")
        self.save_button = footer.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.layout_.addWidget(footer)

    def refuse(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.show()

    def _refused(self, exc: BaseException) -> bool:
        if not isinstance(exc, DialogueError) or not self.isVisible():
            return False
        self.refuse(exc.message)
        return True

    def _saved(self, summary: DialogueSummary) -> None:
        self.saved = summary
        if self.isVisible():
            self.accept()

    def _dates_ok(self, *fields: DateEdit) -> bool:
        for field in fields:
            if field.problem():
                self.refuse(field.problem())
                return False
        return True

    def run(self, fn, *args, **kwargs) -> None:
        self.app.ops.run(
            fn, *args, **kwargs, on_done=self._saved, on_error=self._refused, busy_widget=self.save_button
        )

    def save(self) -> None:
        raise NotImplementedError


class AddDialogueDialog(_Editor):
    def __init__(self, app, parent: QWidget | None = None) -> None:
        super().__init__(app, self.tr("Add a dialogue"), "addDialogueDialog", parent)
        self.name_en = QLineEdit()
        self.name_en.setObjectName("dialogueNameEn")
        self.name_zh = QLineEdit()
        self.name_zh.setObjectName("dialogueNameZh")
        names = QHBoxLayout()
        names.addWidget(self.name_en, 1)
        names.addWidget(self.name_zh, 1)
        self.code = QLineEdit()
        self.code.setObjectName("dialogueCode")
        self.code.setPlaceholderText(self.tr("e.g. LECD"))
        self.established = DateEdit()
        self.established.setObjectName("dialogueEstablished")
        self.per_year = QSpinBox()
        self.per_year.setObjectName("dialoguePerYear")
        self.per_year.setRange(1, 2)
        self.per_year.setValue(2)
        self.first_by = DateEdit()
        self.first_by.setObjectName("dialogueFirstBy")
        self.first_by.setToolTip(self.tr("The day the first meeting is due by (may stay empty)"))
        self.name_en.setAccessibleName(self.tr("Name (English)"))
        self.name_zh.setAccessibleName(self.tr("Name (Chinese)"))
        self.form.addRow(self.tr("Name (English, Chinese)"), names)
        self.form.addRow(self.tr("Code"), self.code)
        self.form.addRow(self.tr("Established on"), self.established)
        self.form.addRow(self.tr("Meetings a year"), self.per_year)
        self.form.addRow(self.tr("First meeting by"), self.first_by)
        self._finish()
        self.resize(560, 280)

    @Slot()
    def save(self) -> None:
        if not self._dates_ok(self.established, self.first_by):
            return
        if self.established.date() is None:
            self.refuse(self.tr("Give the day the dialogue was established."))
            return
        self.run(
            add_dialogue,
            self.app.ctx,
            name_en=self.name_en.text(),
            name_zh=self.name_zh.text(),
            code=self.code.text(),
            established_on=self.established.date(),
            meetings_per_year=self.per_year.value(),
            first_by=self.first_by.date(),
        )


class EndDialogueDialog(_Editor):
    def __init__(self, app, dialogue: DialogueSummary, others, parent: QWidget | None = None) -> None:
        super().__init__(app, self.tr("End {0}").format(dialogue.code), "endDialogueDialog", parent)
        self.dialogue = dialogue
        about = QLabel(
            self.tr(
                "The dialogue's last day. Compliance stops there, and no meeting is proposed after it. "
                "Ending it again corrects the date."
            )
        )
        about.setWordWrap(True)
        give_look(about, "muted")
        self.layout_.insertWidget(0, about)
        self.on = DateEdit(dialogue.ended_on)
        self.on.setObjectName("dialogueEndOn")
        self.successor = QComboBox()
        self.successor.setObjectName("dialogueSuccessor")
        self.successor.addItem(self.tr("No successor named"), None)
        for other in others:
            if other.code != dialogue.code:
                self.successor.addItem(f"{other.code} — {other.name_en}", other.code)
        if dialogue.successor:
            self.successor.setCurrentIndex(max(self.successor.findData(dialogue.successor), 0))
        self.form.addRow(self.tr("Last day"), self.on)
        self.form.addRow(self.tr("Succeeded by"), self.successor)
        self._finish()
        self.resize(500, 230)

    @Slot()
    def save(self) -> None:
        if not self._dates_ok(self.on):
            return
        if self.on.date() is None:
            self.refuse(self.tr("Give the dialogue's last day."))
            return
        self.run(
            end_dialogue,
            self.app.ctx,
            self.dialogue.code,
            on=self.on.date(),
            successor=self.successor.currentData(),
        )


class CadenceDialog(_Editor):
    def __init__(self, app, dialogue: DialogueSummary, steps, parent: QWidget | None = None) -> None:
        super().__init__(app, self.tr("Cadence of {0}").format(dialogue.code), "cadenceDialog", parent)
        self.dialogue = dialogue
        history = QLabel(history_text(steps))
        history.setObjectName("cadenceHistory")
        history.setTextFormat(Qt.TextFormat.RichText)
        history.setWordWrap(True)
        self.layout_.insertWidget(0, history)
        self.from_on = DateEdit()
        self.from_on.setObjectName("cadenceFrom")
        self.per_year = QSpinBox()
        self.per_year.setObjectName("cadencePerYear")
        self.per_year.setRange(1, 2)
        self.per_year.setValue(dialogue.meetings_per_year)
        self.form.addRow(self.tr("From"), self.from_on)
        self.form.addRow(self.tr("Meetings a year"), self.per_year)
        self._finish()
        self.resize(480, 260)

    @Slot()
    def save(self) -> None:
        if not self._dates_ok(self.from_on):
            return
        if self.from_on.date() is None:
            self.refuse(self.tr("Give the day the new cadence starts."))
            return
        self.run(
            set_cadence,
            self.app.ctx,
            self.dialogue.code,
            from_on=self.from_on.date(),
            meetings_per_year=self.per_year.value(),
        )


def history_text(steps) -> str:
    """The cadence from the establishment on, one line per change (rich text)."""
    head = QCoreApplication.translate("DialoguesDialog", "Cadence history")
    lines = [
        (
            QCoreApplication.translate("DialoguesDialog", "from {0}: 1 meeting a year")
            if step.per_year == 1
            else QCoreApplication.translate("DialoguesDialog", "from {0}: {1} meetings a year")
        ).format(step.from_on.isoformat(), step.per_year)
        for step in steps
    ]
    return f"<b>{escape(head)}</b><br>" + "<br>".join(escape(line) for line in lines)


def load_dialogues(ctx):
    """Every dialogue and each one's cadence history, in one call off the GUI thread."""
    rows = list_dialogues(ctx)
    return rows, {d.code: cadence_history(ctx, d.code) for d in rows}


def hand_over_text(plan: HandOver) -> str:
    """What a hand-over passes on, as ``dialogues hand-over --dry-run`` lists it."""
    translate = QCoreApplication.translate
    lines = [translate("HandOverText", "From {0} to {1}:").format(plan.from_code, plan.to_code)]
    if plan.agenda_items:
        where = (
            translate("HandOverText", "to meeting {0}").format(plan.target_meeting)
            if plan.target_meeting is not None
            else translate("HandOverText", "no planned meeting of the successor takes them yet")
        )
        lines.append(
            translate("HandOverText", "{0} open agenda item(s), {1}:").format(len(plan.agenda_items), where)
        )
        for item in plan.agenda_items:
            actions = (
                translate("HandOverText", " ({0} open commitment(s))").format(item.open_actions)
                if item.open_actions
                else ""
            )
            meeting = translate("HandOverText", "meeting {0}").format(item.meeting)
            lines.append(f"  • {meeting}: {item.title}{actions}")
    if plan.requests:
        lines.append(translate("HandOverText", "Open requests: {0}").format(", ".join(plan.requests)))
    if plan.escalations:
        lines.append(translate("HandOverText", "Open escalations: {0}").format(", ".join(plan.escalations)))
    if plan.empty:
        lines.append(translate("HandOverText", "Nothing is open: there is nothing to hand over."))
    return "\n".join(lines)


class DialoguesDialog(QDialog):
    """``switch(code)``: how the window works on another dialogue (its switcher's path)."""

    def __init__(self, app, switch: Callable[[str], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app, self.switch = app, switch
        self.setObjectName("dialoguesDialog")
        self.setWindowTitle(self.tr("Dialogues"))
        ctx = app.ctx
        writable = not getattr(ctx.db, "read_only", False)
        self.admin = writable and ctx.can(Role.ADMIN)
        self.secretariat = writable and ctx.can(Role.SECRETARIAT)
        layout = QVBoxLayout(self)
        about = QLabel(
            self.tr("The dialogues (mechanisms) this database holds; every page shows the one worked on (●).")
            + ("" if self.secretariat else " " + self.tr("You may only read them."))
        )
        give_look(about, "muted")
        about.setWordWrap(True)
        layout.addWidget(about)
        self.histories: dict = {}  # code -> its cadence history (CadenceStep)
        self.model = DialogueTableModel(self)
        self.table = QTableView()
        configure_table(
            self.table,
            self.model,
            name="dialogueTable",
            accessible=self.tr("Dialogues"),
            empty=self.tr("No dialogues yet."),
            stretch=2,
        )
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.table.doubleClicked.connect(self._double_clicked)
        self.table.setMinimumHeight(120)
        layout.addWidget(self.table, 1)
        self.detail = QLabel()
        self.detail.setObjectName("dialogueDetail")
        self.detail.setTextFormat(Qt.TextFormat.RichText)
        self.detail.setWordWrap(True)
        layout.addWidget(self.detail)
        self.message = QLabel()
        self.message.setObjectName("dialoguesMessage")
        self.message.setWordWrap(True)
        self.message.hide()
        layout.addWidget(self.message)
        buttons = QHBoxLayout()
        self.add_button = self._button(self.tr("Add…"), "addDialogue", self.add)
        self.end_button = self._button(self.tr("End…"), "endDialogue", self.end)
        self.cadence_button = self._button(self.tr("Change cadence…"), "dialogueCadence", self.cadence)
        self.hand_over_button = self._button(self.tr("Hand over…"), "handOver", self.hand_over)
        self.use_button = self._button(self.tr("Work on it"), "useDialogue", self.use)
        for b in (self.add_button, self.end_button, self.cadence_button, self.hand_over_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.use_button)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.setObjectName("closeDialogues")
        close.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        close.rejected.connect(self.reject)
        buttons.addWidget(close)
        layout.addLayout(buttons)
        self.resize(820, 520)
        self._update_buttons()
        self.refresh()

    def _button(self, text: str, name: str, slot) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        return button

    # -- loading ---------------------------------------------------------------------------------------
    def refresh(self, select: str | None = None) -> None:
        wanted = select or self.selected_code()
        self.app.ops.run(load_dialogues, self.app.ctx, on_done=lambda loaded: self._loaded(*loaded, wanted))

    def _loaded(self, rows, histories, wanted: str | None) -> None:
        self.histories = histories
        self.model.set_rows(rows)
        fit_columns(self.table)
        codes = [d.code for d in rows]
        current = next((d.code for d in rows if d.current), None)
        code = wanted if wanted in codes else current
        if code is not None:
            self.table.selectRow(codes.index(code))
        self._current_changed()

    def selected(self) -> DialogueSummary | None:
        index = self.table.currentIndex()
        return self.model.record(index.row()) if index.isValid() else None

    def selected_code(self) -> str | None:
        d = self.selected()
        return d.code if d else None

    def select(self, code: str) -> None:
        row = self.model.row_where(lambda d: d.code == code)
        if row >= 0:
            self.table.selectRow(row)

    @Slot()
    def _current_changed(self, *_args) -> None:
        self._update_buttons()
        d = self.selected()
        if d is None:
            self.detail.setText("")
            return
        life = [self.tr("Established {0}").format(d.established_on.isoformat())]
        if d.first_meeting_deadline:
            life.append(self.tr("first meeting by {0}").format(d.first_meeting_deadline.isoformat()))
        if d.ended_on:
            life.append(self.tr("ended {0}").format(d.ended_on.isoformat()))
        if d.successor:
            life.append(self.tr("succeeded by {0}").format(d.successor))
        name = escape(d.name_en) + (f" · {escape(d.name_zh)}" if d.name_zh else "")
        self.detail.setText(
            f"<b>{escape(d.code)}</b> {name}<br>{escape(' · '.join(life))}<br>"
            + history_text(self.histories.get(d.code, ()))
        )

    def _update_buttons(self) -> None:
        d = self.selected()
        self.add_button.setEnabled(self.admin)
        self.end_button.setEnabled(self.admin and d is not None)
        self.cadence_button.setEnabled(self.secretariat and d is not None)
        self.hand_over_button.setEnabled(
            self.secretariat and d is not None and d.ended_on is not None and bool(d.successor)
        )
        self.use_button.setEnabled(d is not None and not d.current)
        for button in (self.add_button, self.end_button, self.cadence_button, self.hand_over_button):
            if not self.secretariat:
                button.setToolTip(self.tr("Your role may only read the dialogues."))

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))
        # A wrapped label of several lines is laid out one line high unless told its height.
        width = max(self.message.width(), self.width() - 40, 200)
        self.message.setMinimumHeight(self.message.heightForWidth(width) if text else 0)

    # -- actions ---------------------------------------------------------------------------------------
    def _edit(self, dialog: _Editor, said: str) -> None:
        accepted = dialog.exec()
        saved = dialog.saved
        dialog.deleteLater()
        if accepted and saved is not None:
            self._say(said.format(saved.code))
            self.app.changed("dialogue")
            self.refresh(select=saved.code)

    @Slot()
    def add(self) -> None:
        self._edit(AddDialogueDialog(self.app, self), self.tr("{0} added; it is now the dialogue worked on."))

    @Slot()
    def end(self) -> None:
        d = self.selected()
        if d is not None:
            self._edit(EndDialogueDialog(self.app, d, self.model.rows(), self), self.tr("{0} ended."))

    @Slot()
    def cadence(self) -> None:
        d = self.selected()
        if d is not None:
            steps = self.histories.get(d.code, ())
            self._edit(CadenceDialog(self.app, d, steps, self), self.tr("The cadence of {0} changed."))

    @Slot()
    def hand_over(self) -> None:
        """List what would pass first (as ``dialogues hand-over --dry-run``), ask, then pass it."""
        d = self.selected()
        if d is None:
            return
        self.app.ops.run(
            hand_over,
            self.app.ctx,
            d.code,
            dry_run=True,
            on_done=self._confirm_hand_over,
            on_error=self._refused,
            busy_widget=self.hand_over_button,
        )

    def _confirm_hand_over(self, plan: HandOver) -> None:
        if plan.empty:
            self._say(hand_over_text(plan))
            return
        if not confirm(
            self,
            self.tr("Hand over to {0}").format(plan.to_code),
            hand_over_text(plan),
            self.tr("Hand over"),
        ):
            return
        self.app.ops.run(
            hand_over,
            self.app.ctx,
            plan.from_code,
            dry_run=False,
            on_done=self._handed_over,
            on_error=self._refused,
            busy_widget=self.hand_over_button,
        )

    def _handed_over(self, done: HandOver) -> None:
        self._say(
            self.tr("Handed over to {0}: {1} agenda item(s), {2} request(s), {3} escalation(s).").format(
                done.to_code, len(done.agenda_items), len(done.requests), len(done.escalations)
            )
        )
        self.app.changed("dialogue", "agenda_item", "commitment", "request", "escalation")
        self.refresh()

    def _refused(self, exc: BaseException) -> bool:
        if not isinstance(exc, DialogueError):
            return False
        self._say(exc.message)
        return True

    @Slot()
    def use(self) -> None:
        d = self.selected()
        if d is not None and not d.current:
            self.switch(d.code)
            self._say(self.tr("Now working on {0}.").format(d.code))
            self.refresh(select=d.code)

    @Slot()
    def _double_clicked(self, *_args) -> None:
        if self.use_button.isEnabled():
            self.use_button.click()
