"""Each side's briefing defaults: the paper and language of the copies issued to its delegates, and its
secretariat (the contact sheet's first lines and the PDF's author). The service checks; a refusal shows
in the dialog."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from dialogue_planner.domain.errors import DialogueError
from dialogue_planner.gui.kit.looks import give_look
from dialogue_planner.services.pack_defaults import SideDefaults, set_side_defaults

SECRETARIAT_FIELDS = ("secretariat_name", "secretariat_name_zh", "secretariat_phone", "secretariat_email")


class SideDefaultsBox(QGroupBox):
    """One side's defaults."""

    def __init__(self, defaults: SideDefaults, parent: QWidget | None = None) -> None:
        super().__init__(f"{defaults.code} · {defaults.name_en}", parent)
        self.defaults = defaults
        code = defaults.code.lower()
        form = QFormLayout(self)
        self.paper = QComboBox()
        self.paper.setObjectName(f"defaultsPaper_{code}")
        self.paper.addItem(self.tr("A4"), "a4")
        self.paper.addItem(self.tr("US Letter"), "letter")
        self.paper.setCurrentIndex(max(0, self.paper.findData(defaults.paper)))
        form.addRow(self.tr("Paper"), self.paper)
        self.language = QComboBox()
        self.language.setObjectName(f"defaultsLanguage_{code}")
        self.language.addItem(self.tr("The side's own (Chinese for China, else English)"), "")
        self.language.addItem(self.tr("English"), "en")
        self.language.addItem(self.tr("Chinese"), "zh")
        self.language.addItem(self.tr("Bilingual"), "bilingual")
        self.language.setCurrentIndex(
            max(0, self.language.findData(defaults.language if defaults.language_set else ""))
        )
        form.addRow(self.tr("Language"), self.language)
        labels = {
            "secretariat_name": self.tr("Secretariat"),
            "secretariat_name_zh": self.tr("Secretariat (Chinese)"),
            "secretariat_phone": self.tr("Phone"),
            "secretariat_email": self.tr("Email"),
        }
        self.edits: dict[str, QLineEdit] = {}
        for field in SECRETARIAT_FIELDS:
            edit = QLineEdit(getattr(defaults, field))
            edit.setObjectName(f"defaults_{field}_{code}")
            edit.setAccessibleName(labels[field])
            edit.setMaxLength(64 if field == "secretariat_phone" else 200)
            form.addRow(labels[field], edit)
            self.edits[field] = edit

    def changes(self) -> dict:
        d = self.defaults
        out: dict = {}
        if self.paper.currentData() != d.paper:
            out["paper"] = self.paper.currentData()
        if self.language.currentData() != (d.language if d.language_set else ""):
            out["language"] = self.language.currentData()
        for field, edit in self.edits.items():
            if edit.text().strip() != getattr(d, field):
                out[field] = edit.text()
        return out


class BriefingDefaultsDialog(QDialog):
    """Both sides' defaults side by side; Save sends what changed, side by side, with the versions loaded."""

    def __init__(self, app, defaults: list[SideDefaults], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.setObjectName("briefingDefaults")
        self.setWindowTitle(self.tr("Briefing defaults"))
        layout = QVBoxLayout(self)
        hint = QLabel(
            self.tr(
                "A numbered copy for a delegate is printed on the paper and in the language set here for the "
                "delegate's side, unless the Briefing page says otherwise. The secretariat heads the pack's "
                "contact sheet and is named as the PDF's author."
            )
        )
        hint.setWordWrap(True)
        give_look(hint, "muted")
        layout.addWidget(hint)
        row = QHBoxLayout()
        self.boxes = [SideDefaultsBox(d, self) for d in defaults]
        for box in self.boxes:
            row.addWidget(box)
        layout.addLayout(row)
        self.problem = QLabel()
        self.problem.setObjectName("problem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b42318;")
        self.problem.hide()
        layout.addWidget(self.problem)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._pending: list[tuple[SideDefaults, dict]] = []
        self.saved: list[SideDefaults] = []

    def save_button(self):
        return self.buttons.button(QDialogButtonBox.StandardButton.Save)

    def save(self) -> None:
        self._pending = [(box.defaults, box.changes()) for box in self.boxes]
        self._pending = [(d, c) for d, c in self._pending if c]
        self._next()

    def _next(self, saved: SideDefaults | None = None) -> None:
        if saved is not None:
            self.saved.append(saved)
        if not self._pending:
            self.accept()
            return
        defaults, changes = self._pending.pop(0)
        self.app.ops.run(
            set_side_defaults,
            self.app.ctx,
            defaults.code,
            expected_version=defaults.version,
            **changes,
            on_done=self._next,
            on_error=self._refused,
            busy_widget=self.save_button(),
        )

    def _refused(self, exc: BaseException) -> bool:
        self._pending = []
        if isinstance(exc, DialogueError):
            self.problem.setText(exc.message)
            self.problem.show()
            return True
        return False
