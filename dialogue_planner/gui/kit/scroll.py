"""A scroll area for word-wrapped text: its content is as tall as the text needs at the current width.

A resizable QScrollArea sizes its widget from size hints that ignore height-for-width, so word-wrapped
labels in it are squeezed into the visible height (lines drawn over each other) instead of scrolling.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget


class FittingScrollArea(QScrollArea):
    """Scrolls vertically only; refits when the content's layout or the visible width changes."""

    # The content's layout changed (a label's new text, a child shown): for a page that arranges the
    # content by its widths (the Overview's columns), without an event filter of its own.
    content_changed = Signal()

    def __init__(self, content: QWidget, parent: QWidget | None = None, *, transparent: bool = True) -> None:
        super().__init__(parent)
        self.setWidget(content)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        if transparent:  # the page's background shows through the viewport and the content
            self.viewport().setAutoFillBackground(False)
            content.setAutoFillBackground(False)
        # Refit once the content's new labels are laid out and styled (their size changes when polished).
        self._refit = QTimer(self)
        self._refit.setSingleShot(True)
        self._refit.setInterval(0)
        self._refit.timeout.connect(self.fit)
        content.installEventFilter(self)

    def fit(self) -> None:
        layout = self.widget().layout()
        width = self.viewport().width()
        if layout is not None and layout.hasHeightForWidth() and width > 0:
            height = layout.totalHeightForWidth(width)
            if height != self.widget().minimumHeight():
                self.widget().setMinimumHeight(height)

    def eventFilter(self, obj, event) -> bool:
        if obj is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self.content_changed.emit()
            self.fit()
            self._refit.start()
        return super().eventFilter(obj, event)

    def viewportEvent(self, event) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return super().viewportEvent(event)
