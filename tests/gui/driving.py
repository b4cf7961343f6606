"""Driving the main window from the user's seat: find the controls a user sees, select the first row of every
view, click, and answer whatever modal window the click opens (accepting or rejecting it by its own buttons).

The low-level pieces (a dialog's yes or no button, a file dialog given a path, the open modal windows) are
``journeys.user_seat``'s, which the journeys use too.

Written without ``QApplication.activeModalWidget()``/``activePopupWidget()``/``focusWidget()``: PySide6 6.12
drops a reference to None each time such a call returns no widget, and an answerer polling every few
milliseconds would crash the interpreter (see ``gui/workstation/watcher.py``).
"""

from __future__ import annotations

import re
from pathlib import Path

import shiboken6
from journeys.user_seat import _Expecting, fill_file_dialog, open_modals, press_answer
from PySide6.QtCore import QItemSelectionModel, QObject, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QDialog,
    QFileDialog,
    QHeaderView,
    QInputDialog,
    QLineEdit,
    QListWidget,
    QMenu,
    QMessageBox,
    QWidget,
    QWizard,
)

ANSWER_TEXT = "Answered by the click test"
ACCEPT, REJECT = "accept", "reject"
# A message for a secretary never names a command-line flag ("give the reason with --note").
COMMAND_LINE_FLAG = re.compile(r"(?<![\w-])--[a-z][a-z-]+")
MAX_ATTEMPTS = 6


# -- what a user sees --------------------------------------------------------------------------------------
def ancestors(widget: QObject):
    parent = widget.parent()
    while parent is not None:
        yield parent
        parent = parent.parent()


def control_key(control: QObject, root: QObject) -> str:
    """A name for a control that is the same in every language and every run: the attribute that holds it
    (``ItemEditor.withdraw_button``), else its object name, else its class and place among its siblings."""
    for owner in (*ancestors(control), root):
        for name, value in vars(owner).items() if hasattr(owner, "__dict__") else ():
            if value is control and not name.startswith("_"):
                return f"{type(owner).__name__}.{name}"
        if owner is root:
            break
    if control.objectName():
        return control.objectName()
    parent = control.parent()
    siblings = [c for c in parent.children() if type(c) is type(control)] if parent is not None else [control]
    where = control_key(parent, root) if parent is not None and parent is not root else type(root).__name__
    return f"{where}/{type(control).__name__}[{siblings.index(control)}]"


def is_internal(action: QAction) -> bool:
    """Qt's own actions (a line edit's clear action) and entries that are only a submenu or a separator."""
    return action.objectName().startswith("_q_") or action.isSeparator() or action.menu() is not None


def menu_actions(menu: QMenu) -> list[QAction]:
    found = []
    for action in menu.actions():
        if action.menu() is not None:
            found.extend(menu_actions(action.menu()))
        elif not is_internal(action):
            found.append(action)
    return found


def window_actions(window) -> list[QAction]:
    """Every action of the menu bar (submenus included) and of the window's toolbars, in menu order."""
    from PySide6.QtWidgets import QToolBar

    found: list[QAction] = []
    for action in window.menuBar().actions():
        if action.menu() is not None:
            found.extend(menu_actions(action.menu()))
    for bar in window.findChildren(QToolBar):
        if bar.parent() is window:
            found.extend(a for a in bar.actions() if not is_internal(a))
    unique: list[QAction] = []
    for action in found:
        if action not in unique:
            unique.append(action)
    return unique


def page_controls(page: QWidget) -> list[QObject]:
    """The buttons (check boxes and tool buttons included) and the actions a page puts on screen: its own
    toolbars, the menus of its buttons, and actions added to its widgets."""
    controls: list[QObject] = list(page.findChildren(QAbstractButton))
    for action in page.findChildren(QAction):
        if not is_internal(action) and action.associatedObjects() and action not in controls:
            controls.append(action)
    return controls


def usable(control: QObject) -> bool:
    if isinstance(control, QAction):
        places = control.associatedObjects()
        shown = any(isinstance(o, QMenu) or (isinstance(o, QWidget) and o.isVisible()) for o in places)
        return control.isEnabled() and control.isVisible() and shown
    return control.isVisible() and control.isEnabled()


def activate(control: QObject) -> None:
    """Emit the control's real signal with its real arguments, as a click or a menu choice does."""
    if isinstance(control, QAction):
        control.trigger()
    else:
        control.click()


def select_first_rows(root: QWidget) -> None:
    """As a user who clicks the first row of every list, table and tree on the page (and ticks the first
    entry of a checklist)."""
    for view in root.findChildren(QAbstractItemView):
        model = view.model()
        if (
            isinstance(view, QHeaderView)
            or not view.isVisible()
            or model is None
            or view.selectionModel() is None
            or model.rowCount() == 0
        ):
            continue
        index = model.index(0, 0)
        if isinstance(view, QListWidget):
            item = view.item(0)
            if item.flags() & Qt.ItemFlag.ItemIsUserCheckable and item.checkState() != Qt.CheckState.Checked:
                item.setCheckState(Qt.CheckState.Checked)
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect
        if view.selectionBehavior() == QAbstractItemView.SelectionBehavior.SelectRows:
            flags |= QItemSelectionModel.SelectionFlag.Rows
        view.selectionModel().setCurrentIndex(index, flags)


# -- answering ----------------------------------------------------------------------------------------------
def open_popups() -> list[QWidget]:
    return [w for w in QApplication.topLevelWidgets() if w.isVisible() and isinstance(w, QMenu)]


def is_confirmation(widget: QWidget) -> bool:
    """A question with nothing to fill in: a message box with a choice, or an application dialog without
    a field to edit (the preview of a carry-over). Saying yes to it and then being refused means the
    application knew it would refuse and asked anyway."""
    from PySide6.QtWidgets import QAbstractSpinBox, QCheckBox, QComboBox, QPlainTextEdit, QTextEdit

    if isinstance(widget, QMessageBox):
        return len(widget.buttons()) > 1
    if not isinstance(widget, QDialog) or not type(widget).__module__.startswith("dialogue_planner"):
        return False
    fields = [
        f
        for kind in (QLineEdit, QPlainTextEdit, QTextEdit, QComboBox, QAbstractSpinBox, QCheckBox)
        for f in widget.findChildren(kind)
    ]
    return not any(
        f.isVisible() and f.isEnabled() and not (hasattr(f, "isReadOnly") and f.isReadOnly()) for f in fields
    )


def describe(widget: QWidget) -> str:
    if isinstance(widget, QMessageBox):
        return f"{type(widget).__name__} “{widget.windowTitle()}”: {widget.text()} {widget.informativeText()}"
    return f"{type(widget).__name__} “{widget.windowTitle()}”"


class DialogAnswerer(QObject):
    """Answers every modal window while it runs: ``mode`` ACCEPT says yes, saves, opens, prints (into
    ``folder``); REJECT says no or cancels. A dialog that refuses an accept (it shows what is missing and
    stays open) is then cancelled; one that will not close at all is closed after a few attempts.
    Before answering one of the application's own dialogs, it first opens the further windows the dialog
    offers (its buttons ending in "…": a file to choose, the standards behind a report) and answers
    those the same way. ``seen`` lists what was answered; ``messages`` every text a message box showed."""

    def __init__(self, folder: Path, parent: QObject | None = None, *, errors: list | None = None) -> None:
        super().__init__(parent)
        self.folder = folder
        self.mode = ACCEPT
        self.seen: list[str] = []
        self.messages: list[str] = []
        self.errors = errors if errors is not None else []  # the error path's list (ErrorReporter.shown)
        self.confirmed: list[tuple[str, int]] = []  # questions answered yes: (what, errors shown before)
        self.to_open: dict[int, list[QAbstractButton]] = {}
        self.timer = QTimer(self)
        self.timer.setInterval(40)
        self.timer.timeout.connect(self._tick)

    def start(self, mode: str) -> None:
        self.mode = mode
        self.seen, self.messages, self.to_open, self.confirmed = [], [], {}, []
        if not self.timer.isActive():
            _Expecting.enter()  # the watchdog gives a running answerer more time
        self.timer.start()

    def stop(self) -> None:
        if self.timer.isActive():
            _Expecting.leave()
        self.timer.stop()

    def first_look(self, dialog: QDialog) -> None:
        """Called once for each of the application's own dialogs, before anything in it is clicked."""

    def _tick(self) -> None:
        for popup in open_popups():  # a button's menu: its actions are triggered one by one instead
            popup.close()
        modals = open_modals()
        if not modals:
            return
        widget = modals[-1]
        if isinstance(widget, QDialog) and type(widget).__module__.startswith("dialogue_planner"):
            key = shiboken6.getCppPointer(widget)[0]
            if key not in self.to_open:
                self.first_look(widget)
                self.to_open[key] = [
                    b
                    for b in widget.findChildren(QAbstractButton)
                    if usable(b) and b.text().rstrip().endswith(("…", "..."))
                ]
            waiting = self.to_open[key]
            while waiting and not usable(waiting[0]):
                waiting.pop(0)
            if waiting:
                QTimer.singleShot(0, waiting.pop(0).click)  # the window it opens is answered in turn
                return
        attempts = int(widget.property("answerAttempts") or 0)
        widget.setProperty("answerAttempts", attempts + 1)
        if attempts == 0:
            self.seen.append(describe(widget))
            if isinstance(widget, QMessageBox):
                self.messages.append(f"{widget.text()} {widget.informativeText()}".strip())
        # Act on a fresh timer: a click that opens a nested modal window blocks until it closes, and this
        # timer must stay free to answer that one.
        QTimer.singleShot(0, lambda w=widget, n=attempts: self._answer(w, n))

    def _answer(self, widget: QWidget, attempts: int) -> None:
        try:
            if not widget.isVisible():
                return
        except RuntimeError:  # deleted meanwhile
            return
        if attempts >= MAX_ATTEMPTS:
            widget.close() if not isinstance(widget, QDialog) else widget.done(QDialog.DialogCode.Rejected)
            return
        # Accept once; a dialog that stays open refused it (it shows what is missing): cancel it then.
        # A wizard takes a few Next clicks.
        accept = self.mode == ACCEPT and attempts < (5 if isinstance(widget, QWizard) else 1)
        if accept and is_confirmation(widget):
            self.confirmed.append((describe(widget), len(self.errors)))
        if isinstance(widget, QMessageBox):
            self._answer_message(widget, accept)
        elif isinstance(widget, QFileDialog):
            self._answer_file(widget, accept)
        elif isinstance(widget, QInputDialog):
            if accept and widget.inputMode() == QInputDialog.InputMode.TextInput and not widget.textValue():
                widget.setTextValue(ANSWER_TEXT)
            self._press(widget, accept)
        elif isinstance(widget, QPrintDialog):
            for field in widget.findChildren(QLineEdit, "filename"):
                field.setText(str(self.folder / "printed.pdf"))
            self._press(widget, accept)
        elif isinstance(widget, QWizard):
            self._answer_wizard(widget, accept)
        elif isinstance(widget, QDialog):
            self._press(widget, accept)
        else:
            widget.close()

    def _answer_message(self, box: QMessageBox, accept: bool) -> None:
        press_answer(box, accept)

    def _press(self, dialog: QDialog, accept: bool) -> None:
        """Click the dialog's own Save/OK (or Cancel) as a user would; without a button box, accept()
        or reject() as Enter and Escape would."""
        press_answer(dialog, accept)

    def _answer_file(self, dialog: QFileDialog, accept: bool) -> None:
        """Type a path into the file name field, as a user does (``selectFile`` waits for the folder's
        listing, which is read in the background)."""
        if not accept:
            dialog.reject()
            return
        if dialog.fileMode() == QFileDialog.FileMode.Directory:
            path = self.folder
        elif dialog.acceptMode() == QFileDialog.AcceptMode.AcceptSave:
            suffix = _first_suffix(dialog.selectedNameFilter()) or dialog.defaultSuffix()
            path = self.folder / (f"saved.{suffix}" if suffix else "saved")
        else:
            path = self._existing_file(dialog.selectedNameFilter())
            if path is None:
                dialog.reject()
                return
        fill_file_dialog(dialog, path)

    def _existing_file(self, name_filter: str) -> Path | None:
        patterns = re.findall(r"\*\.[\w]+", name_filter) or ["*"]
        for pattern in patterns:
            found = sorted(p for p in self.folder.glob(pattern) if p.is_file())
            if found:
                return found[0]
        return None

    def _answer_wizard(self, wizard: QWizard, accept: bool) -> None:
        if accept:
            for which in (QWizard.WizardButton.FinishButton, QWizard.WizardButton.NextButton):
                button = wizard.button(which)
                if button.isVisible() and button.isEnabled():
                    button.click()
                    return
        wizard.reject()


def _first_suffix(name_filter: str) -> str:
    match = re.search(r"\*\.([\w]+)", name_filter)
    return match.group(1) if match else ""


# -- looking at every window --------------------------------------------------------------------------------
class DialogInspector(DialogAnswerer):
    """Cancels every window, after ``check(dialog, name)`` looked at each kind of the application's own
    dialogs (and the answerer opened the further windows it offers)."""

    def __init__(self, folder: Path, check) -> None:
        super().__init__(folder)
        self.check = check
        self.problems: list[str] = []
        self.inspected: set[str] = set()

    def first_look(self, dialog: QDialog) -> None:
        kind = type(dialog).__name__
        if kind not in self.inspected:
            self.inspected.add(kind)
            self.problems.extend(self.check(dialog, kind))


def walk_page_and_dialogs(window, page_id: str, qtbot, folder: Path, check) -> list[str]:
    """``check(widget, name)`` on the page (first rows selected) and on every dialog its buttons open,
    each cancelled; returns what the checks found."""
    from dialogue_planner.gui.kit.ops import wait_all

    inspector = DialogInspector(folder, check)
    page = window.page(page_id)
    window.app.tasks.wait()
    wait_all()  # the page loads off the GUI thread: a user looks once it shows its rows
    select_first_rows(page)
    wait_all()  # a selected row's details load off the GUI thread too
    QApplication.processEvents()
    problems = list(check(page, page_id))
    for control in page_controls(page):
        if not isinstance(control, QAbstractButton) or not usable(control):
            continue
        inspector.start(REJECT)
        try:
            activate(control)
            qtbot.waitUntil(lambda: not open_modals(), timeout=20_000)
            window.app.tasks.wait()
            wait_all()
            QApplication.processEvents()
        finally:
            inspector.stop()
        window.page(page_id)
        wait_all()
        select_first_rows(page)
        wait_all()
    return problems + inspector.problems
