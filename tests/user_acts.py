"""Acting as a user in tests: answer the modal dialogs a click opens, find widgets by what a user sees.

A click that opens a dialog blocks in the dialog's event loop until someone answers it; a user would read it
and click a button. :class:`DialogAnswerer` does that: each dialog the test expects gets an optional
``fill(dialog)`` (typing into it, as a user) and then a click on the button with the given visible text.
A dialog nobody expected is closed and recorded, so a test never hangs on it and fails at the end.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractButton, QAbstractItemView, QApplication, QDialog, QLabel, QMessageBox, QWidget,
)


def plain(text: str) -> str:
    """A button's text as read: without the mnemonic ampersand."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def button(root: QWidget, text: str) -> QAbstractButton:
    """The visible button of ``root`` whose text is ``text`` (exactly one)."""
    found = [b for b in root.findChildren(QAbstractButton) if plain(b.text()) == text and b.isVisible()]
    assert len(found) == 1, f"{len(found)} visible buttons read {text!r} in {root.objectName() or root}"
    return found[0]


def click(qtbot, widget: QWidget) -> None:
    """A left click in the middle of the widget, as the mouse does it."""
    assert widget.isVisible() and widget.isEnabled(), f"{widget.objectName() or widget} cannot be clicked"
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=widget.rect().center())


def focus(qtbot, widget: QWidget) -> None:
    """Give the keyboard to ``widget``, as a user clicking into its window would (after a dialog closed the
    offscreen platform does not hand activation back by itself)."""
    window = widget.window()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)


@dataclass
class Answer:
    """What a dialog said when it was answered."""

    button: str
    fill: object = None
    title: str = ""
    text: str = ""
    kind: str = ""
    answered: bool = False


@dataclass
class DialogAnswerer:
    qtbot: object
    steps: list[Answer] = field(default_factory=list)
    unexpected: list[str] = field(default_factory=list)
    _seen: list = field(default_factory=list)

    def __post_init__(self) -> None:
        self.timer = QTimer()
        self.timer.setInterval(10)
        self.timer.timeout.connect(self._poll)
        self.timer.start()

    def expect(self, button_text: str, fill=None) -> Answer:
        """The next dialog to open gets ``fill(dialog)``, then a click on ``button_text``."""
        answer = Answer(button_text, fill)
        self.steps.append(answer)
        return answer

    def _poll(self) -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None or not dialog.isVisible() or any(dialog is d for d in self._seen):
            return
        self._seen.append(dialog)
        title, text = dialog.windowTitle(), self._text(dialog)
        if not self.steps:
            self.unexpected.append(f"{type(dialog).__name__} {title!r}: {text}")
            dialog.reject() if isinstance(dialog, QDialog) else dialog.close()
            return
        answer = self.steps.pop(0)
        answer.title, answer.text, answer.kind = title, text, type(dialog).__name__
        if answer.fill is not None:
            answer.fill(dialog)
        target = button(dialog, answer.button)
        assert target.isEnabled(), f"{answer.button!r} is disabled in {title!r}"
        target.click()
        answer.answered = True

    @staticmethod
    def _text(dialog: QWidget) -> str:
        """What the dialog says: its labels, then the rows of its lists and tables."""
        if isinstance(dialog, QMessageBox):
            return dialog.text()
        lines = [label.text() for label in dialog.findChildren(QLabel) if label.text() and label.isVisible()]
        for view in dialog.findChildren(QAbstractItemView):
            model = view.model()
            if view.isVisible() and model is not None:
                lines += [str(model.index(row, 0).data()) for row in range(model.rowCount())]
        return "\n".join(lines)

    def close(self) -> None:
        self.timer.stop()


@pytest.fixture
def dialogs(qtbot):
    """Answers dialogs as the test says (``dialogs.expect("Withdraw", fill)`` before the click); at the end
    every expected dialog was answered and no other one opened."""
    answerer = DialogAnswerer(qtbot)
    yield answerer
    answerer.close()
    assert not answerer.unexpected, f"dialogs nobody expected: {answerer.unexpected}"
    assert not answerer.steps, f"dialogs that never opened: {[s.button for s in answerer.steps]}"
