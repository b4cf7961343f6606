"""How the sidebar draws a page's entry: room around it, a darker band under the pointer, and the
selected page on a lighter band with a 3 px accent on its left (what a style sheet drew until December
2026, see ``kit.looks``)."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate

from dialogue_planner.gui.kit.looks import FOCUS, SIDEBAR_HOVERED

ACCENT = 3  # the selected entry's left accent, kept (transparent) on every entry so text never moves
PADDING = (12, 10, 4, 10)  # left, top, right, bottom, inside the accent


class NavigationDelegate(QStyledItemDelegate):
    def sizeHint(self, option, index) -> QSize:
        left, top, right, bottom = PADDING
        return super().sizeHint(option, index) + QSize(ACCENT + left + right, top + bottom)

    def paint(self, painter, option, index) -> None:
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        if selected:
            painter.fillRect(option.rect, option.palette.color(QPalette.ColorRole.Highlight))
            painter.fillRect(option.rect.adjusted(0, 0, ACCENT - option.rect.width(), 0), QColor(FOCUS))
        elif option.state & QStyle.StateFlag.State_MouseOver:
            painter.fillRect(option.rect, QColor(SIDEBAR_HOVERED))
        inner = type(option)(option)
        left, top, right, bottom = PADDING
        inner.rect = option.rect.adjusted(ACCENT + left, top, -right, -bottom)
        # The bands above say it; the style's own selection and hover would be drawn over them.
        inner.state &= ~(QStyle.StateFlag.State_Selected | QStyle.StateFlag.State_MouseOver)
        if selected:
            inner.palette.setColor(
                QPalette.ColorRole.Text, option.palette.color(QPalette.ColorRole.HighlightedText)
            )
        super().paint(painter, inner, index)
