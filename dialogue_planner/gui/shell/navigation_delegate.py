"""How the sidebar draws a page's entry: room around it, a darker band under the pointer, and the page
shown on a lighter band with a 3 px accent on its left (what a style sheet drew until December 2026, see
``kit.looks``).

The delegate draws the whole entry, icon and title too, and asks the style for nothing: the style's state
flags are enums of QStyle, which PySide6 creates all at once on first use, 5-10 ms before the window's
first paint (issue 19). Which entry is shown and which is under the pointer it knows from the list.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QPalette, QPen
from PySide6.QtWidgets import QListWidget, QStyledItemDelegate

from dialogue_planner.gui.kit.looks import FOCUS, SIDEBAR_HOVERED, fill

ACCENT = 3  # the shown entry's left accent, kept (transparent) on every entry so text never moves
PADDING = (16, 10, 6, 10)  # left, top, right, bottom, inside the accent
ICON_GAP = 5  # between the icon and the title


class NavigationDelegate(QStyledItemDelegate):
    def __init__(self, view: QListWidget) -> None:
        super().__init__(view)
        self.view = view
        self.hovered = -1  # the row under the pointer, -1 for none
        self._pointer = _PointerWatch(self)

    def follow_pointer(self) -> None:
        """Band the entry under the pointer from now on (the window does so once the entries open pages)."""
        viewport = self.view.viewport()
        viewport.setAttribute(Qt.WidgetAttribute.WA_Hover)
        viewport.installEventFilter(self._pointer)

    def sizeHint(self, option, index) -> QSize:
        return self.entry_size(option.fontMetrics, index.data(Qt.ItemDataRole.DisplayRole) or "")

    def entry_size(self, metrics, title: str) -> QSize:
        """An entry's size: its title's, the icon's and the padding."""
        left, top, right, bottom = PADDING
        icon = self.view.iconSize()
        height = max(icon.height(), metrics.height()) + 2
        width = ACCENT + left + icon.width() + ICON_GAP + metrics.horizontalAdvance(title) + right
        return QSize(width, top + height + bottom)

    def widest_entry(self) -> int:
        """The width the longest title's entry needs (the sidebar's width; asked of the view, each entry's
        size would be a Python call from Qt, 1-2 ms before the first paint)."""
        metrics = self.view.fontMetrics()
        titles = (self.view.item(row).text() for row in range(self.view.count()))
        return max((self.entry_size(metrics, title).width() for title in titles), default=0)

    def paint(self, painter, option, index) -> None:
        rect, palette = option.rect, option.palette
        row = index.row()
        shown = row == self.view.currentRow()
        if shown:
            fill(painter, rect, palette.color(QPalette.ColorRole.Highlight))
            fill(painter, rect.adjusted(0, 0, ACCENT - rect.width(), 0), QColor(FOCUS))
            if self.view.hasFocus():  # where the arrow keys move from
                painter.setPen(QPen(QColor(FOCUS), 1))
                painter.drawRect(rect.adjusted(ACCENT, 0, -1, -1))
        elif row == self.hovered:
            fill(painter, rect, QColor(SIDEBAR_HOVERED))
        left, top, right, bottom = PADDING
        inner = rect.adjusted(ACCENT + left, top, -right, -bottom)
        size = self.view.iconSize()
        icon = index.data(Qt.ItemDataRole.DecorationRole)
        if isinstance(icon, QIcon):
            spot = QRect(
                inner.left(), inner.top() + (inner.height() - size.height()) // 2, size.width(), size.height()
            )
            icon.paint(painter, spot)
        text = inner.adjusted(size.width() + ICON_GAP, 0, 0, 0)
        role = QPalette.ColorRole.HighlightedText if shown else QPalette.ColorRole.Text
        painter.setPen(palette.color(role))
        painter.setFont(option.font)
        flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextSingleLine
        painter.drawText(text, flags, index.data(Qt.ItemDataRole.DisplayRole) or "")


class _PointerWatch(QObject):
    """The row under the pointer, from the list's hover events, for ``NavigationDelegate``."""

    def __init__(self, delegate: NavigationDelegate) -> None:
        super().__init__(delegate)
        self.delegate = delegate

    def eventFilter(self, watched, event) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.HoverEnter, QEvent.Type.HoverMove, QEvent.Type.HoverLeave):
            view = self.delegate.view
            row = -1 if kind == QEvent.Type.HoverLeave else view.indexAt(event.position().toPoint()).row()
            if row != self.delegate.hovered:
                self.delegate.hovered = row
                watched.update()
        return False
