"""Asking before a destructive or far-reaching act: a question naming the act on its button, or a dialog
asking for the text the act needs (why an item is withdrawn, how an escalation was resolved)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)


def confirm(parent: QWidget | None, title: str, text: str, action: str, *, keep: str | None = None) -> bool:
    """True when the user chose ``action`` (the button's text); Enter and Escape choose ``keep`` (default
    "Cancel"), so nothing is destroyed by a stray key."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, parent)
    box.setObjectName("confirmDialog")
    yes = box.addButton(action, QMessageBox.ButtonRole.AcceptRole)
    no = box.addButton(
        keep or QCoreApplication.translate("Confirm", "Cancel"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(no)
    box.setEscapeButton(no)
    box.exec()
    chosen = box.clickedButton() is yes
    box.deleteLater()
    return chosen


class ReasonDialog(QDialog):
    """Says what the act will do and asks for its text; the act's button waits until something is written.
    Accepted: :meth:`text` is the answer, stripped."""

    def __init__(
        self,
        title: str,
        explanation: str,
        label: str,
        action: str,
        parent: QWidget | None = None,
        *,
        multi_line: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("reasonDialog")
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        self.explanation = QLabel(explanation)
        self.explanation.setObjectName("reasonExplanation")
        self.explanation.setWordWrap(True)
        layout.addWidget(self.explanation)
        caption = QLabel(label)
        layout.addWidget(caption)
        self.editor = QPlainTextEdit() if multi_line else QLineEdit()
        self.editor.setObjectName("reasonText")
        self.editor.setAccessibleName(label)
        caption.setBuddy(self.editor)
        if multi_line:
            self.editor.setTabChangesFocus(True)
            self.editor.textChanged.connect(self._text_changed)
        else:
            self.editor.textChanged.connect(self._text_changed)
        layout.addWidget(self.editor, 1 if multi_line else 0)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(action)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._text_changed()
        self.resize(480, 260 if multi_line else 160)

    def text(self) -> str:
        editor = self.editor
        return (editor.toPlainText() if isinstance(editor, QPlainTextEdit) else editor.text()).strip()

    @Slot()
    def _text_changed(self, *_args) -> None:
        self.ok_button.setEnabled(bool(self.text()))
