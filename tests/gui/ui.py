"""Acting on the window as a user does: keys, clicks on widgets found by object name or visible text, and
answers to the dialogs that open (a modal dialog blocks the click that opened it, so a timer answers it)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractButton, QApplication, QDialog, QDialogButtonBox, QInputDialog, QLabel, QMessageBox,
)

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


@dataclass
class SeenDialog:
    name: str
    title: str
    texts: list[str]


@dataclass
class DialogAnswerer:
    """Answers every modal dialog as it opens: ``accept`` clicks its OK/Yes button (typing ``text`` into an
    input dialog first), otherwise Cancel/No. What each dialog said is kept in ``seen``; ``inspect(dialog)``,
    when given, looks at it first."""

    qtbot: object
    accept: bool = True
    text: str = "Dealt with at the working level"
    inspect: Callable | None = None
    seen: list[SeenDialog] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.timer = QTimer()
        self.timer.setInterval(20)
        self.timer.timeout.connect(self._answer)
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def _answer(self) -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QDialog) or not dialog.isVisible():
            return
        self.seen.append(SeenDialog(dialog.objectName(), dialog.windowTitle(),
                                    [label.text() for label in dialog.findChildren(QLabel) if label.text()]))
        if self.inspect is not None:
            self.inspect(dialog)
        if isinstance(dialog, QInputDialog) and self.accept:
            dialog.setTextValue(self.text)
        button = self._button(dialog)
        if button is not None:
            self.qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        elif self.accept:
            dialog.accept()
        else:
            dialog.reject()

    def _button(self, dialog: QDialog) -> QAbstractButton | None:
        if isinstance(dialog, QMessageBox):
            wanted = {QMessageBox.ButtonRole.AcceptRole, QMessageBox.ButtonRole.YesRole} if self.accept else {
                QMessageBox.ButtonRole.RejectRole, QMessageBox.ButtonRole.NoRole}
            return next((b for b in dialog.buttons() if dialog.buttonRole(b) in wanted), None)
        for box in dialog.findChildren(QDialogButtonBox):
            wanted = {QDialogButtonBox.ButtonRole.AcceptRole, QDialogButtonBox.ButtonRole.YesRole} if self.accept \
                else {QDialogButtonBox.ButtonRole.RejectRole, QDialogButtonBox.ButtonRole.NoRole}
            found = next((b for b in box.buttons() if box.buttonRole(b) in wanted and b.isEnabled()), None)
            if found is not None:
                return found
        return None


def button(widget, text: str) -> QAbstractButton:
    """The visible button showing ``text`` (mnemonics and a trailing "…" ignored)."""
    def plain(value: str) -> str:
        return value.replace("&", "").rstrip("…").strip()

    found = [b for b in widget.findChildren(QAbstractButton) if plain(b.text()) == plain(text) and b.isVisible()]
    assert found, f"no visible button “{text}”"
    return found[0]


def click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def click_row(qtbot, view, text: str, column: int = 0) -> None:
    """Click the row whose cell in ``column`` shows ``text`` (scrolled into view first, as a user scrolls)."""
    model = view.model()
    rows = [r for r in range(model.rowCount()) if str(model.index(r, column).data()) == text]
    assert rows, f"no row “{text}” in {view.objectName()}"
    index = model.index(rows[0], column)
    view.scrollTo(index)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center())
    assert view.currentIndex().row() == rows[0]


def key(qtbot, window, key, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    """A key press where the keyboard focus is (or the window, when nothing has it). The offscreen platform
    does not give the window back its activation when a dialog closes, as a desktop does: the user's window
    is made active first, or its shortcuts would not hear the keys."""
    if QApplication.activeWindow() is not window:
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    target = QApplication.focusWidget() or window
    qtbot.keyClick(target, key, modifiers)


def key_in(qtbot, window, widget, key, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    """A key press in ``widget``, which has the keyboard focus (the user clicked it before)."""
    if QApplication.activeWindow() is not window:
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    assert QApplication.focusWidget() is widget, f"the focus is on {QApplication.focusWidget()}, not {widget}"
    qtbot.keyClick(widget, key, modifiers)
