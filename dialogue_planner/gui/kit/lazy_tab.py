"""A tab whose content is built the first time it is shown: a dialog opens with the tab the user sees, and
a tab that loads data of its own (the meeting's delegation and the roster's thousands of delegates) loads it
when the user turns to it, not beside the dialog's first paint."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget


class LazyTab(QWidget):
    def __init__(self, make: Callable[[], QWidget], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._make = make
        self.content: QWidget | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

    def build(self) -> QWidget:
        """The content, made now if it was not yet."""
        if self.content is None:
            self.content = self._make()
            self.layout().addWidget(self.content)
        return self.content

    def showEvent(self, event: QShowEvent) -> None:
        self.build()
        super().showEvent(event)
