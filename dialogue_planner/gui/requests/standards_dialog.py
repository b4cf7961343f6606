"""The timeliness standards: per kind of request, the days allowed to acknowledge and to respond."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QComboBox, QDialog, QGridLayout, QLabel, QSpinBox, QVBoxLayout, QWidget

from dialogue_planner.domain.errors import DialogueError
from dialogue_planner.gui.kit.looks import give_look
from dialogue_planner.gui.kit.widgets import SaveCancelFooter
from dialogue_planner.gui.kit.words import word
from dialogue_planner.services.requests import StandardRecord, list_standards, set_standards

MAX_DAYS = 999


class StandardsDialog(QDialog):
    """One row per kind; saving changes every edited kind in one transaction, or none."""

    def __init__(self, app, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("standardsDialog")
        self.setWindowTitle(self.tr("Timeliness standards"))
        self.app = app
        self.standards: list[StandardRecord] = []
        self.rows: dict[str, tuple[QSpinBox, QSpinBox, QComboBox]] = {}
        self.editable = app.ctx.can("secretariat")
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Days allowed to acknowledge and to respond to each kind of request. Working "
                "days are those of the responding side. Requests already logged keep the due "
                "dates they were given; new requests get these."
            )
        )
        give_look(intro, "muted")
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.grid = QGridLayout()
        for column, heading in enumerate(
            (self.tr("Kind"), self.tr("Acknowledge within"), self.tr("Respond within"), self.tr("Counted in"))
        ):
            label = QLabel(f"<b>{heading}</b>")
            self.grid.addWidget(label, 0, column)
        layout.addLayout(self.grid)
        if not self.editable:
            note = QLabel(self.tr("Your role may read the standards but not change them."))
            give_look(note, "muted")
            layout.addWidget(note)
        layout.addStretch(1)
        self.footer = SaveCancelFooter(self)
        self.save_button = self.footer.buttons.button(self.footer.buttons.StandardButton.Save)
        self.save_button.setEnabled(False)  # until the standards are shown
        layout.addWidget(self.footer)
        self.resize(560, 320)
        app.ops.run(list_standards, app.ctx, on_done=self._show_standards)

    def _show_standards(self, standards: list[StandardRecord]) -> None:
        self.standards = standards
        for r, standard in enumerate(self.standards, start=1):
            acknowledge, respond = self._days(standard.acknowledge_days), self._days(standard.response_days)
            basis = QComboBox()
            basis.addItem(self.tr("calendar days"), "calendar")
            basis.addItem(self.tr("working days"), "working")
            basis.setCurrentIndex(max(0, basis.findData(standard.day_basis)))
            name = word(standard.kind) + ("" if standard.configured else " " + self.tr("(default)"))
            self.grid.addWidget(QLabel(name), r, 0)
            for column, widget in enumerate((acknowledge, respond, basis), start=1):
                widget.setObjectName(f"{standard.kind}-{('acknowledge', 'respond', 'basis')[column - 1]}")
                widget.setEnabled(self.editable)
                widget.setAccessibleName(
                    word(standard.kind)
                    + " · "
                    + (self.tr("Acknowledge within"), self.tr("Respond within"), self.tr("Counted in"))[
                        column - 1
                    ]
                )
                self.grid.addWidget(widget, r, column)
            self.rows[standard.kind] = (acknowledge, respond, basis)
        self.save_button.setEnabled(self.editable)

    def _days(self, value: int) -> QSpinBox:
        box = QSpinBox()
        box.setRange(0, MAX_DAYS)
        box.setValue(value)
        box.setSuffix(self.tr(" days"))
        return box

    def changes(self) -> dict[str, dict]:
        """The kinds whose values were edited, with all three values."""
        out = {}
        for standard in self.standards:
            acknowledge, respond, basis = self.rows[standard.kind]
            values = dict(
                acknowledge_days=acknowledge.value(),
                response_days=respond.value(),
                day_basis=basis.currentData(),
            )
            if (values["acknowledge_days"], values["response_days"], values["day_basis"]) != (
                standard.acknowledge_days,
                standard.response_days,
                standard.day_basis,
            ):
                out[standard.kind] = values
        return out

    @Slot()
    def save(self) -> None:
        changes = self.changes()
        if not changes:
            self.accept()
            return
        self.app.ops.run(
            set_standards,
            self.app.ctx,
            changes,
            on_done=lambda _saved: self.accept(),
            on_error=self._refused,
            busy_widget=self.save_button,
        )

    def _refused(self, exc: BaseException) -> bool:
        """A refusal is shown in the dialog, which stays open with the values typed."""
        if not isinstance(exc, DialogueError):
            return False
        self.footer.error_label.setText(exc.message)
        self.footer.error_label.show()
        return True
