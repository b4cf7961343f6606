"""Acting from the user's seat: keys, clicks on widgets found by object name or visible text, and answers
to the dialogs an action opens, given by their buttons as a user gives them.

A modal dialog blocks the click that opened it, so its answer is scheduled before the click and given once
the dialog is open. Three ways to answer:

- ``dialogs`` (fixture, :class:`DialogAnswerer`): the dialogs a test expects, answered in turn
  (``dialogs.expect("Withdraw", fill)`` before the click); any other one is closed and fails the test.
- ``answers`` / :class:`AnswerEvery`: every dialog answered the same way (OK/Yes, or Cancel/No), a text
  typed into a field that asks why; what each said is kept.
- :func:`when_modal`, :func:`answer_next_box`, :func:`answer_file_dialog`: the next dialog of a kind.

The low-level pieces (a button by its text or its role, a file dialog given a path) are shared with the
click-everything harness (``tests/gui/driving.py``). :class:`ModalWatchdog` (an autouse fixture of
``tests/conftest.py``) closes a modal window nobody answers and fails the test with what it said, so that
no test hangs on one.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from dataclasses import dataclass

import pytest
from PySide6.QtCore import QObject, QPoint, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QRadioButton,
    QWidget,
)

#: A menu that pops up (a button's menu, the menu bar's) makes the offscreen platform say it cannot grab the
#: keyboard for it or raise it: the platform's limits, not the application's. Mark the tests that open menus.
POPUP_MENUS_OFFSCREEN = pytest.mark.qt_log_ignore(
    "This plugin does not support grabbing the keyboard", "This plugin does not support raise"
)

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
REASON = "Dealt with at the working level"


_MNEMONIC = re.compile(r"\s*\(&[A-Za-z0-9]\)")  # "文件(&F)": the mnemonic Chinese texts add in brackets


def plain(text: str) -> str:
    """A text as read: without its mnemonic ("&Save", "保存(&S)"; "&&" is a real ampersand)."""
    return _MNEMONIC.sub("", text).replace("&&", "\0").replace("&", "").replace("\0", "&")


# -- who is answering: the watchdog leaves a dialog longer to an answerer that is running ----------------
class _Expecting:
    """How many answerers are running now (they register while they wait for a dialog)."""

    count = 0

    @classmethod
    def enter(cls) -> None:
        cls.count += 1

    @classmethod
    def leave(cls) -> None:
        cls.count = max(0, cls.count - 1)


def answerer_running() -> bool:
    return _Expecting.count > 0


# -- finding what a user sees -------------------------------------------------------------------------------
def button_text(button: QAbstractButton) -> str:
    """A button's text as read: without its mnemonic ("&Save", "保存(&S)")."""
    return plain(button.text()).strip()


def _without_ellipsis(text: str) -> str:
    return text.rstrip().removesuffix("…").removesuffix("...").strip()


def find_button(parent: QWidget, text: str) -> QAbstractButton | None:
    """The visible button under ``parent`` labelled ``text``; a label that only adds "…" (the button opens a
    window) is taken when no button reads exactly ``text``."""
    visible = [b for b in parent.findChildren(QAbstractButton) if b.isVisible()]
    exact = [b for b in visible if button_text(b) == plain(text).strip()]
    loose = [b for b in visible if _without_ellipsis(button_text(b)) == _without_ellipsis(plain(text))]
    return (exact or loose or [None])[0]


def button(parent: QWidget, text: str) -> QAbstractButton:
    """The visible button under ``parent`` labelled ``text`` (see :func:`find_button`)."""
    found = find_button(parent, text)
    shown = [button_text(b) for b in parent.findChildren(QAbstractButton) if b.isVisible()]
    assert found is not None, f"no visible button {text!r} among {shown}"
    return found


def role_button(dialog: QWidget, accept: bool) -> QAbstractButton | None:
    """The enabled, visible button that says yes (OK, Save, Yes, the act's name) or no (Cancel, No) in a
    message box or a dialog's button box; None when there is none."""
    if isinstance(dialog, QMessageBox):
        role_of = QMessageBox.ButtonRole
        wanted = (
            (role_of.AcceptRole, role_of.YesRole, role_of.ApplyRole)
            if accept
            else (role_of.RejectRole, role_of.NoRole, role_of.DestructiveRole)
        )
        for role in wanted:
            for candidate in dialog.buttons():
                if dialog.buttonRole(candidate) == role:
                    return candidate
        return None
    box_role = QDialogButtonBox.ButtonRole
    wanted = (
        (box_role.AcceptRole, box_role.YesRole, box_role.ApplyRole)
        if accept
        else (box_role.RejectRole, box_role.NoRole)
    )
    for box in dialog.findChildren(QDialogButtonBox):
        if not box.isVisible():
            continue
        for role in wanted:
            for candidate in box.buttons():
                if box.buttonRole(candidate) == role and candidate.isVisible() and candidate.isEnabled():
                    return candidate
    return None


def press_answer(dialog: QWidget, accept: bool) -> None:
    """Say yes or no by the dialog's own button, as a user does; without one, as Enter or Escape would."""
    chosen = role_button(dialog, accept)
    if chosen is not None:
        chosen.click()
    elif isinstance(dialog, QMessageBox):
        fallback = dialog.escapeButton() or next(iter(dialog.buttons()), None)
        fallback.click() if fallback is not None else dialog.close()
    elif isinstance(dialog, QDialog):
        dialog.accept() if accept else dialog.reject()
    else:
        dialog.close()


def fill_file_dialog(dialog: QFileDialog, path) -> None:
    """Name ``path`` in a file dialog's name field and accept it. (Typed keys race the dialog's folder
    loading and completion, which move the text: the field is set at once; ``selectFile`` when there is
    no field.)"""
    name_field = dialog.findChild(QLineEdit, "fileNameEdit")
    if name_field is not None:
        name_field.setText(str(path))
    else:
        dialog.selectFile(str(path))
    dialog.accept()


def reason_field(dialog: QWidget) -> QWidget | None:
    """The empty field of a dialog asking why (``ReasonDialog``), or None."""
    for kind in (QLineEdit, QPlainTextEdit):
        for editor in dialog.findChildren(kind, "reasonText"):
            text = editor.text() if isinstance(editor, QLineEdit) else editor.toPlainText()
            if editor.isVisible() and editor.isEnabled() and not text:
                return editor
    return None


def dialog_text(dialog: QWidget) -> str:
    """What a dialog says: a message box's text, else its labels and then the rows of its lists."""
    if isinstance(dialog, QMessageBox):
        return f"{dialog.text()} {dialog.informativeText()}".strip()
    lines = [label.text() for label in dialog.findChildren(QLabel) if label.text() and label.isVisible()]
    for view in dialog.findChildren(QAbstractItemView):
        model = view.model()
        if view.isVisible() and model is not None:
            lines += [str(model.index(row, 0).data()) for row in range(model.rowCount())]
    return "\n".join(lines)


def open_modals() -> list[QWidget]:
    """Visible modal windows, the innermost (opened last, from another modal) last. (Asked of the top-level
    widgets rather than ``activeModalWidget()``, which depends on which window the offscreen platform
    thinks is active.)"""
    modals = [w for w in QApplication.topLevelWidgets() if w.isVisible() and w.isModal()]

    def depth(widget: QWidget) -> int:
        count, parent = 0, widget.parent()
        while parent is not None:
            count += parent in modals
            parent = parent.parent()
        return count

    return sorted(modals, key=depth)


# -- acting ---------------------------------------------------------------------------------------------------
def find(parent: QWidget, kind: type, name: str):
    """The visible widget of ``kind`` called ``name`` (object name) under ``parent``."""
    found = [w for w in parent.findChildren(kind, name) if w.isVisible()]
    assert found, f"no visible {kind.__name__} {name!r}"
    return found[0]


def click(qtbot, widget: QWidget) -> None:
    """A left click where a user aims: a check box on its box, anything else in its middle."""
    assert widget.isEnabled(), f"{widget.objectName() or widget} is disabled"
    aim = (
        QPoint(8, widget.height() // 2)
        if isinstance(widget, (QCheckBox, QRadioButton))
        else widget.rect().center()
    )
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=aim)


def click_row_showing(qtbot, view, text: str, column: int = 0) -> None:
    """Click the row whose cell in ``column`` shows ``text`` (scrolled into view first, as a user scrolls)."""
    model = view.model()
    rows = [r for r in range(model.rowCount()) if str(model.index(r, column).data()) == text]
    assert rows, f"no row “{text}” in {view.objectName()}"
    index = model.index(rows[0], column)
    view.scrollTo(index)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center())
    assert view.currentIndex().row() == rows[0]


def retype(qtbot, widget: QWidget, text: str) -> None:
    """Select what a field holds and type ``text`` over it, as a user does."""
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_A, CTRL)
    qtbot.keyClick(widget, Qt.Key.Key_Delete)
    if text:
        qtbot.keyClicks(widget, text)


def activate_window(qtbot, window) -> None:
    """The offscreen platform does not give a window back its activation when a dialog closes, as a desktop
    does: the user's window is made active first, or its shortcuts would not hear the keys."""
    if QApplication.activeWindow() is not window:
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def focus(qtbot, widget: QWidget) -> None:
    """Give the keyboard to ``widget``, as a user clicking into its window would."""
    activate_window(qtbot, widget.window())
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)


def key(qtbot, window, pressed, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    """A key press where the keyboard focus is (or the window, when nothing has it)."""
    activate_window(qtbot, window)
    target = QApplication.focusWidget() or window
    qtbot.keyClick(target, pressed, modifiers)


def key_in(qtbot, window, widget, pressed, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    """A key press in ``widget``, which has the keyboard focus (the user clicked it before)."""
    activate_window(qtbot, window)
    assert QApplication.focusWidget() is widget, f"the focus is on {QApplication.focusWidget()}, not {widget}"
    qtbot.keyClick(widget, pressed, modifiers)


def open_page(qtbot, window, title: str):
    """Click the page's name in the sidebar; returns the page shown."""
    nav = window.navigation
    item = next(nav.item(r) for r in range(nav.count()) if nav.item(r).text() == title)
    qtbot.mouseClick(nav.viewport(), Qt.MouseButton.LeftButton, pos=nav.visualItemRect(item).center())
    return window.stack.currentWidget()


def choose_in_menu(qtbot, opener: QWidget, text: str) -> None:
    """Click ``opener`` (a menu button) and then the entry ``text`` of the menu it pops up."""
    chosen: list[str] = []

    def attempt() -> None:
        menus = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMenu) and w.isVisible()]
        if not menus:
            QTimer.singleShot(10, attempt)
            return
        menu = menus[0]
        action = next((a for a in menu.actions() if plain(a.text()) == text), None)
        if action is None:
            menu.close()
            raise AssertionError(f"no entry {text!r} in {[a.text() for a in menu.actions()]}")
        chosen.append(text)
        qtbot.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(action).center())

    QTimer.singleShot(0, attempt)
    click(qtbot, opener)
    qtbot.waitUntil(lambda: bool(chosen), timeout=5_000)


# -- the next dialog of a kind -------------------------------------------------------------------------------
def when_modal(act: Callable[[QWidget], None], *, kind: type = QDialog) -> list[QWidget]:
    """Run ``act(dialog)`` on the next modal dialog of ``kind`` not answered yet. Returns a list that then
    holds the dialog, to assert on it."""
    seen: list[QWidget] = []
    _Expecting.enter()

    def attempt() -> None:
        dialogs = [w for w in open_modals() if isinstance(w, kind) and not w.property("answered")]
        if not dialogs:
            QTimer.singleShot(10, attempt)
            return
        dialog = dialogs[-1]
        dialog.setProperty("answered", True)
        seen.append(dialog)
        _Expecting.leave()
        from dialogue_planner.gui.kit.ops import wait_all

        wait_all()  # a person reads the dialog once it shows what it loads off the GUI thread
        act(dialog)

    QTimer.singleShot(0, attempt)
    return seen


def answer_next_box(qtbot, answer: str, *, expect: str = "") -> list[str]:
    """Answer the next message box by clicking its button labelled ``answer``, after checking that its
    text starts with ``expect``. Returns a list that then holds the box's text."""
    texts: list[str] = []

    def act(box: QMessageBox) -> None:
        texts.append(box.text())
        if not box.text().startswith(expect):
            box.reject()
            raise AssertionError(f"unexpected question: {box.text()}")
        chosen = next((b for b in box.buttons() if button_text(b) == answer), None)
        if chosen is None:
            box.reject()
            raise AssertionError(f"no button {answer!r} in {[button_text(b) for b in box.buttons()]}")
        qtbot.mouseClick(chosen, Qt.MouseButton.LeftButton)

    when_modal(act, kind=QMessageBox)
    return texts


def answer_file_dialog(qtbot, path) -> list:
    """Name ``path`` in the next file dialog and accept it (Open, Save or Choose)."""
    return when_modal(lambda dialog: fill_file_dialog(dialog, path), kind=QFileDialog)


# -- every dialog, the same way ---------------------------------------------------------------------------
@dataclass
class SeenDialog:
    name: str
    title: str
    texts: list[str]


class _Poller(QObject):
    """A timer that looks for a modal window to answer, each one once; registered with the watchdog while
    it runs."""

    interval = 20

    def __init__(self) -> None:
        super().__init__()
        self.timer = QTimer(self)
        self.timer.setInterval(self.interval)
        self.timer.timeout.connect(self._poll)
        self.timer.start()
        _Expecting.enter()

    def stop(self) -> None:
        if self.timer.isActive():
            self.timer.stop()
            _Expecting.leave()

    close = stop

    def _poll(self) -> None:
        for dialog in reversed(open_modals()):
            if not dialog.property(
                "answered"
            ):  # on the window itself: a new one may take a closed one's address
                dialog.setProperty("answered", True)
                # Answered on a fresh timer: a click that opens a nested modal window blocks until it
                # closes, and this timer must stay free to answer that one.
                QTimer.singleShot(0, lambda d=dialog: self._answer(d))
                return

    def _answer(self, dialog: QWidget) -> None:
        try:
            if not dialog.isVisible():
                return
        except RuntimeError:  # deleted meanwhile
            return
        from dialogue_planner.gui.kit.ops import wait_all

        wait_all()  # a person answers once the dialog shows what it loads off the GUI thread
        try:
            if not dialog.isVisible():
                return
        except RuntimeError:
            return
        try:
            self.answer(dialog)
        except BaseException:
            if dialog.isVisible():  # the test fails; the dialog must not block it
                dialog.done(QDialog.DialogCode.Rejected) if isinstance(dialog, QDialog) else dialog.close()
            raise

    def answer(self, dialog: QWidget) -> None:
        raise NotImplementedError


class AnswerEvery(_Poller):
    """Answers every modal dialog as it opens: ``accept`` clicks its OK/Yes button (typing ``text`` first
    into an input dialog or the field of a dialog asking why), otherwise Cancel/No. What each dialog said
    is kept in ``seen``; ``inspect(dialog)``, when given, looks at it first."""

    def __init__(
        self, qtbot, accept: bool = True, text: str = REASON, inspect: Callable | None = None
    ) -> None:
        self.qtbot, self.accept, self.text, self.inspect = qtbot, accept, text, inspect
        self.seen: list[SeenDialog] = []
        super().__init__()

    def answer(self, dialog: QWidget) -> None:
        self.seen.append(
            SeenDialog(
                dialog.objectName(),
                dialog.windowTitle(),
                [label.text() for label in dialog.findChildren(QLabel) if label.text()],
            )
        )
        if self.inspect is not None:
            self.inspect(dialog)
        if self.accept:
            if isinstance(dialog, QInputDialog):
                dialog.setTextValue(self.text)
            editor = reason_field(dialog)
            if editor is not None:
                self.qtbot.keyClicks(editor, self.text)
        chosen = role_button(dialog, self.accept)
        if chosen is not None:
            self.qtbot.mouseClick(chosen, Qt.MouseButton.LeftButton)
        else:
            press_answer(dialog, self.accept)


# -- the dialogs a test expects, answered in turn --------------------------------------------------------
@dataclass
class Answer:
    """What a dialog said when it was answered."""

    button: str
    fill: object = None
    title: str = ""
    text: str = ""
    kind: str = ""
    answered: bool = False


class DialogAnswerer(_Poller):
    """The dialogs a test expects, in turn: the next one to open gets ``fill(dialog)``, then a click on the
    button expected; any other one is closed and listed in ``unexpected``."""

    interval = 10

    def __init__(self, qtbot) -> None:
        self.qtbot = qtbot
        self.steps: list[Answer] = []
        self.unexpected: list[str] = []
        super().__init__()

    def expect(self, answer: str, fill=None) -> Answer:
        step = Answer(answer, fill)
        self.steps.append(step)
        return step

    def answer(self, dialog: QWidget) -> None:
        title, text = (
            dialog.windowTitle(),
            dialog_text(dialog) if not isinstance(dialog, QMessageBox) else dialog.text(),
        )
        if not self.steps:
            self.unexpected.append(f"{type(dialog).__name__} {title!r}: {text}")
            dialog.reject() if isinstance(dialog, QDialog) else dialog.close()
            return
        step = self.steps.pop(0)
        step.title, step.text, step.kind = title, text, type(dialog).__name__
        if step.fill is not None:
            step.fill(dialog)
        target = button(dialog, step.button)
        assert target.isEnabled(), f"{step.button!r} is disabled in {title!r}"
        target.click()
        step.answered = True


@pytest.fixture
def dialogs(qtbot):
    """Answers dialogs as the test says (``dialogs.expect("Withdraw", fill)`` before the click); at the end
    every expected dialog was answered and no other one opened."""
    answerer = DialogAnswerer(qtbot)
    yield answerer
    answerer.stop()
    assert not answerer.unexpected, f"dialogs nobody expected: {answerer.unexpected}"
    assert not answerer.steps, f"dialogs that never opened: {[s.button for s in answerer.steps]}"


@pytest.fixture
def answers(qtbot):
    """Every dialog answered yes (a reason typed where one is asked)."""
    answerer = AnswerEvery(qtbot)
    yield answerer
    answerer.stop()


# -- no test hangs on a dialog nobody answers -------------------------------------------------------------
class ModalWatchdog(QObject):
    """Closes a modal window that stayed open ``patience`` seconds (``patient`` while an answerer runs, which
    may be slow under load) and keeps what it said in ``stuck``: a dialog nobody answers would otherwise
    block the test in its event loop for ever."""

    def __init__(self, patience: float = 5.0, patient: float = 30.0) -> None:
        super().__init__()
        self.patience, self.patient = patience, patient
        self.stuck: list[str] = []
        self.timer = QTimer(self)
        self.timer.setInterval(250)
        self.timer.timeout.connect(self._look)
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def _look(self) -> None:
        now = time.monotonic()
        limit = self.patient if answerer_running() else self.patience
        for widget in reversed(open_modals()):
            since = widget.property("openSince")
            if since is None:  # kept on the window: a new one may take a closed one's address
                widget.setProperty("openSince", now)
            elif now - since >= limit:
                name = f" ({widget.objectName()})" if widget.objectName() else ""
                self.stuck.append(
                    f"{type(widget).__name__} {widget.windowTitle()!r}{name}: {dialog_text(widget)}"
                )
                widget.done(QDialog.DialogCode.Rejected) if isinstance(widget, QDialog) else widget.close()
                return
