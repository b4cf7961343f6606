"""Every control of every page, clicked as a user clicks it, in English and in Chinese.

On the demo database, with the first row of every view selected, each enabled visible button is clicked and
each action (the page's own, the menu bar's) triggered through ``QAbstractButton.click()`` and
``QAction.trigger()``, which emit the real signal with its real arguments (``clicked(bool)`` fills a slot's
optional parameter: Agenda ▸ Withdraw… crashed that way while its tests, which called the method, passed).
Each control is used twice: once answering every window it opens with Cancel/No, once with Save/Yes/OK
(file dialogs save into and open from a temporary folder). Pages, controls and dialogs are discovered, so a
new page or button is covered without editing this file.

A control fails when the click raises in a slot, reports a bug through the application's error path, shows a
message naming a command-line flag, refuses after the user said yes to a question with nothing to fill in
(it knew it would refuse and asked anyway), or closes the window other than by Quit. ``KNOWN_DEFECTS`` lists the
failures that are known and owned elsewhere: the test xfails while exactly those fail, and fails when one of
them is fixed (remove its line) or when anything else fails.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest
from journeys.user_seat import POPUP_MENUS_OFFSCREEN
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractButton, QApplication

from dialogue_planner.gui.shell.pages import PAGE_CLASSES, load_class

from .conftest import LANGUAGES
from .driving import (
    ACCEPT,
    COMMAND_LINE_FLAG,
    REJECT,
    DialogAnswerer,
    activate,
    control_key,
    open_modals,
    page_controls,
    select_first_rows,
    usable,
    window_actions,
)

pytestmark = POPUP_MENUS_OFFSCREEN  # the pages' menu buttons are clicked

PAGE_IDS = [load_class(spec).page_id for spec in PAGE_CLASSES]

# (page id, control key) -> why it fails and who fixes it. The key is what ``control_key`` prints.
KNOWN_DEFECTS: dict[tuple[str, str], str] = {}


@dataclass
class Run:
    """What one page's clicks found: problems per control key, and what was clicked."""

    problems: dict[str, list[str]] = field(default_factory=dict)
    clicked: list[str] = field(default_factory=list)

    def add(self, key: str, text: str) -> None:
        self.problems.setdefault(key, []).append(text)


def navigate(window, page_id: str, qtbot):
    """Open the page by clicking its entry in the sidebar."""
    ids = window.page_ids()
    item = window.navigation.item(ids.index(page_id))
    rect = window.navigation.visualItemRect(item)
    qtbot.mouseClick(window.navigation.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.stack.currentWidget().page_id == page_id
    return window.stack.currentWidget()


def page_of(window, page_id: str):
    return next(page for page in window.pages if page.page_id == page_id)


def settle(window) -> None:
    """Let background work finish and its results arrive (they may open windows of their own)."""
    for _ in range(100):
        window.app.tasks.wait()
        window.app.ops.wait_idle()  # service calls off the GUI thread (gui/kit/ops.py) and what they show
        QApplication.processEvents()
        if not window.app.tasks.active() and not window.app.ops.busy:
            break
    QApplication.processEvents()


class Clicker:
    """Clicks controls of a window that may be closed (Quit) and opened again on the same database."""

    def __init__(self, open_window, language: str, qtbot, answer_folder) -> None:
        self.open_window, self.language, self.qtbot = open_window, language, qtbot
        self.answerer = DialogAnswerer(answer_folder)
        self.window = open_window(language)
        self.run = Run()

    def use(self, key: str, find, mode: str, page_id: str | None, expect_close: bool = False) -> None:
        """Find the control again (``find()`` returns it or None), and if a user could use it, do."""
        window = self.window
        page = navigate(window, page_id, self.qtbot) if page_id else None
        if page is not None:
            select_first_rows(page)
            settle(window)
        control = find()
        if control is None or not usable(control):
            return
        errors = window.app.errors.shown
        before = len(errors)
        self.answerer.errors = errors
        self.answerer.start(mode)
        try:
            with self.qtbot.capture_exceptions() as raised:
                activate(control)
                settle(window)
                # A window opened with open() does not block the click: answer it too.
                self.qtbot.waitUntil(lambda: not open_modals(), timeout=20_000)
                settle(window)
        finally:
            self.answerer.stop()
        self.run.clicked.append(f"{key} ({mode}): " + " | ".join(self.answerer.seen))
        for exc_type, exc, _tb in raised:
            self.run.add(key, f"{mode}: {exc_type.__name__}: {exc}")
        for kind, text in errors[before:]:
            if kind == "bug":
                self.run.add(key, f"{mode}: reported a bug: {text}")
        for question, shown in self.answerer.confirmed:
            refusals = [text for kind, text in errors[max(shown, before) :] if kind == "known"]
            if refusals:
                self.run.add(key, f"{mode}: asked {question}, and refused after the yes: {refusals[0]}")
        for text in dict.fromkeys([t for _k, t in errors[before:]] + self.answerer.messages):
            if COMMAND_LINE_FLAG.search(text):
                self.run.add(key, f"{mode}: names a command-line flag: {text}")
        if not window.isVisible():
            if not expect_close:
                self.run.add(key, f"{mode}: the window closed")
            self.window = self.open_window(self.language)  # start again on the same database


def _finder(root_of, key: str, kind: type):
    """Find the control with ``key`` again under ``root_of()`` (the window may have been opened again)."""

    def find():
        root = root_of()
        candidates = (
            page_controls(root)
            if kind is not QAction or not hasattr(root, "menuBar")
            else window_actions(root)
        )
        return next((c for c in candidates if control_key(c, root) == key), None)

    return find


def _judge(run: Run, page_id: str) -> None:
    print("\n".join(run.clicked))
    expected = {key: why for (page, key), why in KNOWN_DEFECTS.items() if page == page_id}
    unexpected = {key: texts for key, texts in run.problems.items() if key not in expected}
    fixed = sorted(key for key in expected if key not in run.problems)
    lines = [f"{key}: {text}" for key, texts in unexpected.items() for text in texts]
    if lines:
        pytest.fail("clicking as a user found defects:\n" + "\n".join(lines), pytrace=False)
    if fixed:
        pytest.fail("these now work: remove them from KNOWN_DEFECTS: " + ", ".join(fixed), pytrace=False)
    if expected:
        pytest.xfail("; ".join(f"{key}: {why}" for key, why in expected.items()))


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("page_id", PAGE_IDS)
def test_every_control_of_the_page_works_when_clicked(page_id, language, open_window, qtbot, answer_folder):
    clicker = Clicker(open_window, language, qtbot, answer_folder)
    page = navigate(clicker.window, page_id, qtbot)
    select_first_rows(page)
    settle(clicker.window)
    done: set[str] = set()
    for _round in range(3):  # controls that appear or become enabled after other clicks get their turn
        page = navigate(clicker.window, page_id, qtbot)
        keys: dict[str, type] = {}
        for control in page_controls(page):
            key = control_key(control, page)
            if key not in done:
                keys.setdefault(key, QAction if isinstance(control, QAction) else QAbstractButton)
        if not keys:
            break
        for key, kind in keys.items():
            done.add(key)
            for mode in (REJECT, ACCEPT):
                clicker.use(key, _finder(lambda: page_of(clicker.window, page_id), key, kind), mode, page_id)
    assert clicker.run.clicked or not done, "the page has controls but none could be clicked"
    _judge(clicker.run, page_id)


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_menu_action_works_when_triggered(language, open_window, qtbot, answer_folder):
    """The menu bar's actions, on the first page; Quit (and a restart) closes the window and it is opened
    again on the same database."""
    clicker = Clicker(open_window, language, qtbot, answer_folder)
    first = clicker.window.page_ids()[0]
    window = clicker.window
    keys = [control_key(a, window) for a in window_actions(window)]
    assert keys, "the window has no menu actions"
    for key in keys:
        for mode in (REJECT, ACCEPT):
            clicker.use(key, _finder(lambda: clicker.window, key, QAction), mode, first, expect_close=True)
    _judge(clicker.run, "window")


def test_the_answerer_answers_what_it_is_meant_to(open_window, qtbot, answer_folder):
    """The harness itself: a message box is answered Yes and No, a text question gets a text."""
    from PySide6.QtWidgets import QInputDialog, QMessageBox

    window = open_window("en")
    answerer = DialogAnswerer(answer_folder)
    answerer.start(ACCEPT)
    try:
        assert QMessageBox.question(window, "Sure?", "Go on?") == QMessageBox.StandardButton.Yes
        assert QInputDialog.getText(window, "Why", "Why?") == ("Answered by the click test", True)
        answerer.mode = REJECT
        assert QMessageBox.question(window, "Sure?", "Go on?") == QMessageBox.StandardButton.No
        assert QInputDialog.getText(window, "Why", "Why?")[1] is False
    finally:
        answerer.stop()
    assert answerer.messages == ["Go on?", "Go on?"]
