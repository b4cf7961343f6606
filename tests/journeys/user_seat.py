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


# -- finding and using widgets as a user sees them ---------------------------------------------------------
def find(parent: QWidget, kind: type, name: str):
    """The visible widget of ``kind`` called ``name`` (object name) under ``parent``."""
    found = [w for w in parent.findChildren(kind, name) if w.isVisible()]
    assert found, f"no visible {kind.__name__} {name!r}"
    return found[0]


def button(parent: QWidget, text: str):
    """The visible, enabled button labelled ``text`` (without its & shortcut marker)."""
    from PySide6.QtWidgets import QAbstractButton

    found = [b for b in parent.findChildren(QAbstractButton) if b.isVisible() and _button_text(b) == text]
    assert found, f"no visible button {text!r}"
    return found[0]


def click(qtbot, widget: QWidget) -> None:
    """A left click where a user aims: a check box on its box, anything else in its middle."""
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtWidgets import QCheckBox, QRadioButton

    assert widget.isEnabled(), f"{widget.objectName() or widget} is disabled"
    aim = QPoint(8, widget.height() // 2) if isinstance(widget, (QCheckBox, QRadioButton)) else widget.rect().center()
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=aim)


def retype(qtbot, field: QWidget, text: str) -> None:
    """Select what a field holds and type ``text`` over it, as a user does."""
    from PySide6.QtCore import Qt

    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(field, Qt.Key.Key_Delete)
    if text:
        qtbot.keyClicks(field, text)


def open_page(qtbot, window, title: str):
    """Click the page's name in the sidebar; returns the page shown."""
    from PySide6.QtCore import Qt

    nav = window.navigation
    item = next(nav.item(r) for r in range(nav.count()) if nav.item(r).text() == title)
    qtbot.mouseClick(nav.viewport(), Qt.MouseButton.LeftButton, pos=nav.visualItemRect(item).center())
    return window.stack.currentWidget()


def choose_in_menu(qtbot, opener: QWidget, text: str) -> None:
    """Click ``opener`` (a menu button) and then the entry ``text`` of the menu it pops up."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMenu

    chosen: list[str] = []

    def attempt() -> None:
        menu = QApplication.activePopupWidget()
        if not isinstance(menu, QMenu):
            QTimer.singleShot(10, attempt)
            return
        action = next((a for a in menu.actions() if a.text().replace("&", "") == text), None)
        if action is None:
            menu.close()
            raise AssertionError(f"no entry {text!r} in {[a.text() for a in menu.actions()]}")
        chosen.append(text)
        qtbot.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(action).center())

    QTimer.singleShot(0, attempt)
    click(qtbot, opener)
    qtbot.waitUntil(lambda: bool(chosen), timeout=5_000)


def answer_file_dialog(qtbot, path) -> list:
    """Name ``path`` in the next file dialog and press its Open, Save or Choose button. (The name is put in
    with ``selectFile``: typed keys race the dialog's folder loading and completion, which move the text.)"""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QDialogButtonBox, QFileDialog

    def answer(dialog: QFileDialog) -> None:
        dialog.selectFile(str(path))
        box = dialog.findChild(QDialogButtonBox, "buttonBox")
        accept = box.button(QDialogButtonBox.StandardButton.Open) or box.button(QDialogButtonBox.StandardButton.Save)
        qtbot.mouseClick(accept, Qt.MouseButton.LeftButton)

    return when_modal(answer, kind=QFileDialog)
