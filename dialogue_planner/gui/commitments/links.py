"""The links between commitments and activities as the two dialogs show them: a list of checkable entries,
the linked ones ticked, with a search field above it. What was ticked or cleared is the change to save."""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from dialogue_planner.gui.kit.widgets import EmptyText


class LinkList(QWidget):
    """``entries``: (id, text); ``linked``: the ids ticked at first, shown first."""

    def __init__(
        self, name: str, accessible: str, placeholder: str, empty: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.find = QLineEdit()
        self.find.setObjectName(f"{name}Search")
        self.find.setClearButtonEnabled(True)
        self.find.setPlaceholderText(placeholder)
        self.find.setAccessibleName(placeholder)
        self.find.textChanged.connect(self._find)
        self.list = QListWidget()
        self.list.setObjectName(name)
        self.list.setAccessibleName(accessible)
        self.list.setMinimumHeight(90)
        EmptyText(self.list, empty)
        layout.addWidget(self.find)
        layout.addWidget(self.list)
        self.linked: set[int] = set()

    def set_entries(self, entries: list[tuple[int, str]], linked) -> None:
        self.linked = set(linked)
        self.list.clear()
        # The linked ones first, so the list shows them without scrolling; the rest in the order given.
        for ident, text in sorted(entries, key=lambda entry: entry[0] not in self.linked):
            entry = QListWidgetItem(text)
            entry.setToolTip(text)
            entry.setData(Qt.ItemDataRole.UserRole, ident)
            entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            entry.setCheckState(Qt.CheckState.Checked if ident in self.linked else Qt.CheckState.Unchecked)
            self.list.addItem(entry)

    def entry(self, ident: int) -> QListWidgetItem | None:
        for row in range(self.list.count()):
            if self.list.item(row).data(Qt.ItemDataRole.UserRole) == ident:
                return self.list.item(row)
        return None

    def chosen(self) -> set[int]:
        return {
            self.list.item(r).data(Qt.ItemDataRole.UserRole)
            for r in range(self.list.count())
            if self.list.item(r).checkState() == Qt.CheckState.Checked
        }

    def added(self) -> list[int]:
        return sorted(self.chosen() - self.linked)

    def removed(self) -> list[int]:
        return sorted(self.linked - self.chosen())

    @Slot(str)
    def _find(self, text: str) -> None:
        needle = text.strip().casefold()
        for row in range(self.list.count()):
            entry = self.list.item(row)
            entry.setHidden(bool(needle) and needle not in entry.text().casefold())
