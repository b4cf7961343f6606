"""Texts a user types in both languages: English and Chinese side by side, with a mark per row that says
whether the Chinese is there. One widget for every editor whose texts are printed or shown to the other
side (meeting logistics, agenda items, requests, escalations, delegates' titles, commitments)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QLineEdit, QPlainTextEdit, QSizePolicy, QWidget

from dialogue_planner.gui.kit.looks import give_look


@dataclass(frozen=True)
class TextRow:
    """One text in both languages: ``key`` is the English field's name, ``key + "_zh"`` the Chinese one."""

    key: str
    label: str
    multiline: bool = False


class BilingualTexts(QWidget):
    """A grid: caption | English | Chinese | completeness mark. ``values()`` gives every field by its name
    (``title``, ``title_zh``, ...); ``changed`` is emitted on every keystroke."""

    changed = Signal()

    def __init__(self, rows: list[TextRow] | tuple[TextRow, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows = tuple(rows)
        self.edits: dict[str, QLineEdit | QPlainTextEdit] = {}
        self.marks: dict[str, QLabel] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        for column, heading in ((1, self.tr("English")), (2, self.tr("Chinese"))):
            label = QLabel(heading)
            give_look(label, "cardHeading")
            grid.addWidget(label, 0, column)
        for index, row in enumerate(self.rows, start=1):
            caption = QLabel(row.label)
            grid.addWidget(caption, index, 0, Qt.AlignmentFlag.AlignTop)
            for column, (key, language) in enumerate(
                ((row.key, self.tr("English")), (f"{row.key}_zh", self.tr("Chinese"))), start=1
            ):
                edit = self._editor(row.multiline)
                edit.setObjectName(f"text-{key}")
                edit.setAccessibleName(self.tr("{0} ({1})").format(row.label, language))
                self.edits[key] = edit
                grid.addWidget(edit, index, column)
                if column == 1:
                    caption.setBuddy(edit)
                signal = edit.textChanged
                signal.connect(lambda *_a, k=row.key: self._mark(k))
                signal.connect(self.changed)
            mark = QLabel()
            mark.setObjectName(f"mark-{row.key}")
            mark.setMinimumWidth(16)
            self.marks[row.key] = mark
            grid.addWidget(mark, index, 3, Qt.AlignmentFlag.AlignTop)
            self._mark(row.key)
            if row.multiline:
                grid.setRowStretch(index, 1)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        if not any(row.multiline for row in self.rows):
            # Lines only: no taller than they need, or a dialog's spare height opens gaps between the rows.
            self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)

    @staticmethod
    def _editor(multiline: bool) -> QLineEdit | QPlainTextEdit:
        if not multiline:
            return QLineEdit()
        edit = QPlainTextEdit()
        edit.setTabChangesFocus(True)
        edit.setMinimumHeight(60)
        return edit

    def text(self, key: str) -> str:
        edit = self.edits[key]
        return edit.text() if isinstance(edit, QLineEdit) else edit.toPlainText()

    def set_text(self, key: str, value: str) -> None:
        edit = self.edits[key]
        if isinstance(edit, QLineEdit):
            edit.setText(value or "")
            edit.setCursorPosition(0)  # a long text shows its beginning, not its end
        else:
            edit.setPlainText(value or "")

    def values(self) -> dict[str, str]:
        return {key: self.text(key) for key in self.edits}

    def set_values(self, values: dict[str, str]) -> None:
        for key in self.edits:
            if key in values:
                self.set_text(key, values[key])

    def is_translated(self, key: str) -> bool:
        """True when the English is empty or the Chinese is there."""
        return not self.text(key).strip() or bool(self.text(f"{key}_zh").strip())

    def untranslated(self) -> list[str]:
        """The English field names whose Chinese is missing."""
        return [row.key for row in self.rows if not self.is_translated(row.key)]

    def _mark(self, key: str) -> None:
        mark = self.marks.get(key)
        if mark is None:
            return
        if not self.text(key).strip():
            mark.setText("")
            mark.setToolTip("")
        elif self.is_translated(key):
            mark.setText("✓")
            mark.setToolTip(self.tr("The Chinese text is there"))
        else:
            mark.setText("●")
            mark.setToolTip(
                self.tr("Chinese missing: the Chinese pack prints the English, marked untranslated")
            )
        mark.setAccessibleName(mark.toolTip())
