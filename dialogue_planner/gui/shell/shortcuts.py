"""Keyboard commands: Ctrl+1…9 and Ctrl+0 open the pages, Ctrl+N and Ctrl+F act on the page shown, Enter and Delete
on the selected row of its list, and Help ▸ Keyboard shortcuts lists every action that has keys, made from
the actions themselves (so it is always complete and in the interface language).

A page names its controls (``Page.new_control()`` ...); a command presses the button, or focuses the field,
as a user would, and only while it is enabled, so the keyboard does exactly what a click does.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, QObject, Qt, Slot
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLineEdit,
    QMenu,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from .page import Page

OPEN_KEYS = (QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter))
DELETE_KEYS = (QKeySequence(QKeySequence.StandardKey.Delete),)


_MNEMONIC = re.compile(r"\s*\(&?[A-Za-z0-9]\)")  # "文件(&F)": the mnemonic Chinese menus add in brackets


def plain(text: str) -> str:
    """An action's text without its mnemonic ("&File", "文件(&F)"; "&&" is a real ampersand)."""
    return _MNEMONIC.sub("", text).replace("&&", "\0").replace("&", "").replace("\0", "&")


def press(control: QWidget | None) -> bool:
    """Click a button, or put the cursor in a field, as a user would; False when it is not usable now."""
    if control is None or not control.isEnabled() or control.isHidden():
        return False
    if isinstance(control, QAbstractButton):
        control.click()
    else:
        control.setFocus(Qt.FocusReason.ShortcutFocusReason)
        if isinstance(control, QLineEdit):
            control.selectAll()
    return True


class PageCommands(QObject):
    """The page commands of a window: the Go actions, New and Find for the page shown, Enter and Delete in
    each page's list."""

    def __init__(self, window, new_action: QAction, find_action: QAction) -> None:
        super().__init__(window)
        self.window = window
        self.new_action, self.find_action = new_action, find_action
        self.go_actions = QActionGroup(self)
        self.go_actions.setExclusionPolicy(QActionGroup.ExclusionPolicy.None_)
        self.go_actions.triggered.connect(self._go)
        self.list_actions: list[QAction] = []
        new_action.triggered.connect(self.new)
        find_action.triggered.connect(self.find)

    def build(self, go_menu: QMenu, entries) -> None:
        """The Go entries of the pages (``shell.pages.PageEntry``), built or not."""
        for index, entry in enumerate(entries):
            go = QAction(entry.title(), self.window)
            go.setData(index)
            if index < 10:  # the digits in keyboard order: Ctrl+1 … Ctrl+9, then Ctrl+0 for the tenth
                go.setShortcut(QKeySequence(f"Ctrl+{(index + 1) % 10}"))
            self.go_actions.addAction(go)
            go_menu.addAction(go)
        self.update()

    def add_page(self, page: Page) -> None:
        """Enter and Delete in a page's list, once the page is built."""
        view = page.list_view()
        if view is not None:
            self._list_action(page, view, "open", page.open_control(), OPEN_KEYS)
            self._list_action(page, view, "delete", page.delete_control(), DELETE_KEYS)

    def _list_action(self, page: Page, view: QAbstractItemView, command: str, control, keys) -> None:
        if getattr(type(page), f"{command}_control") is getattr(Page, f"{command}_control"):
            return  # the page has no such control
        if any(key in action.shortcuts() for action in view.actions() for key in keys):
            return  # the list has its own action on these keys (two would be ambiguous: neither would fire)
        text = plain(control.text()) if control is not None else ""
        action = QAction(
            text
            or (
                self.tr("Open the selected row") if command == "open" else self.tr("Act on the selected row")
            ),
            view,
        )
        action.setObjectName(f"{page.page_id}-{command}")
        action.setShortcuts(list(keys))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.setData(command)
        action.triggered.connect(self._list_command)
        view.addAction(action)
        self.list_actions.append(action)

    def current_page(self) -> Page | None:
        page = self.window.stack.currentWidget()
        return page if isinstance(page, Page) else None

    @Slot()
    def update(self) -> None:
        """New and Find are enabled on pages that have a control for them."""
        page = self.current_page()
        self.new_action.setEnabled(page is not None and page.new_control() is not None)
        self.find_action.setEnabled(page is not None and page.search_control() is not None)

    def _act(self, control: QWidget | None, name: str) -> None:
        if not press(control):
            QApplication.beep()
            self.window.statusBar().showMessage(
                self.tr("“{0}” is not available here now.").format(name), 4000
            )

    @Slot(QAction)
    def _go(self, action: QAction) -> None:
        self.window.navigation.setCurrentRow(action.data())

    @Slot()
    def new(self) -> None:
        page = self.current_page()
        if page is not None:
            self._act(page.new_control(), plain(self.new_action.text()))

    @Slot()
    def find(self) -> None:
        page = self.current_page()
        if page is not None:
            self._act(page.search_control(), plain(self.find_action.text()))

    @Slot()
    def _list_command(self) -> None:
        action = self.sender()
        page = next((p for p in self.window.built_pages() if p.list_view() is action.parent()), None)
        if page is not None:
            control = page.open_control() if action.data() == "open" else page.delete_control()
            self._act(control, plain(action.text()))


def _group_of(action: QAction, window) -> str:
    """Where an action works: its menu, or the page (and list) it belongs to."""
    for owner in action.associatedObjects():
        if isinstance(owner, QMenu) and owner.title():
            return plain(owner.title())
    widget = action.parent()
    in_list = isinstance(widget, QAbstractItemView)
    while isinstance(widget, QWidget) and widget is not window:
        if isinstance(widget, Page):
            return (
                QCoreApplication.translate("ShortcutsDialog", "{0} list").format(widget.title())
                if in_list
                else widget.title()
            )
        widget = widget.parentWidget()
    return QCoreApplication.translate("ShortcutsDialog", "Everywhere")


def _typed(sequence: QKeySequence) -> bool:
    """A sequence typed on an ordinary keyboard (not the Undo, Find or Help keys some keyboards have)."""
    return not sequence.isEmpty() and sequence[0].key().value < Qt.Key.Key_Help.value


def shortcut_rows(window) -> list[tuple[str, str, str]]:
    """(where, command, keys) for every action of the window that has keys, menus first, as they appear."""
    rows: list[tuple[str, str, str]] = []
    for action in window.findChildren(QAction):
        keys = "; ".join(
            s.toString(QKeySequence.SequenceFormat.NativeText) for s in action.shortcuts() if _typed(s)
        )
        row = (_group_of(action, window), plain(action.iconText()), keys)  # "Undo", not "Undo Withdraw …"
        if keys and row[1] and row not in rows:
            rows.append(row)
    menus = [plain(m.title()) for m in window.menuBar().findChildren(QMenu)]
    order = {row: index for index, row in enumerate(rows)}
    return sorted(rows, key=lambda r: (menus.index(r[0]) if r[0] in menus else len(menus), order[r]))


class ShortcutsDialog(QDialog):
    """Help ▸ Keyboard shortcuts."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        layout = QVBoxLayout(self)
        rows = shortcut_rows(window)
        self.table = QTableWidget(len(rows), 3)
        self.table.setObjectName("shortcutTable")
        self.table.setHorizontalHeaderLabels([self.tr("Where"), self.tr("Command"), self.tr("Keys")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        for row, values in enumerate(rows):
            for column, value in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(value))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(620, 520)
