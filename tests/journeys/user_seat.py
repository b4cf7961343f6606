"""Acting from the user's seat: answering the dialogs an action opens, as a user would, by their buttons.

A modal dialog blocks the click that opened it, so the answer is scheduled before the click and given
once the dialog is the active modal window."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget


def _button_text(button) -> str:
    return button.text().replace("&", "")


def when_modal(act: Callable[[QWidget], None], *, kind: type = QDialog, skip: int = 0) -> list[QWidget]:
    """Run ``act(dialog)`` on the next modal dialog of ``kind`` (after ``skip`` others of that kind were
    answered by their own handlers). Returns a list that then holds the dialog, to assert on it."""
    seen: list[QWidget] = []

    def attempt() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, kind) or dialog.property("answered"):
            QTimer.singleShot(10, attempt)
            return
        dialog.setProperty("answered", True)
        seen.append(dialog)
        act(dialog)

    QTimer.singleShot(0, attempt)
    return seen


def answer_next_box(qtbot, button_text: str, *, expect: str = "") -> list[str]:
    """Answer the next message box by clicking its button labelled ``button_text``, after checking that its
    text starts with ``expect``. Returns a list that then holds the box's text."""
    texts: list[str] = []

    def answer(box: QMessageBox) -> None:
        texts.append(box.text())
        if not box.text().startswith(expect):
            box.reject()
            raise AssertionError(f"unexpected question: {box.text()}")
        button = next((b for b in box.buttons() if _button_text(b) == button_text), None)
        if button is None:
            box.reject()
            raise AssertionError(f"no button {button_text!r} in {[_button_text(b) for b in box.buttons()]}")
        button.click()

    when_modal(answer, kind=QMessageBox)
    return texts
