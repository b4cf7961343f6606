"""The application's style: the platform's, with a header's sort arrow the way round users read it, and
the looks named widgets are given when polished (``kit.looks``).

Qt's own styles draw a list sorted descending (newest first) with ▲ and an ascending one with ▼; Windows
Explorer, the macOS Finder and nearly every web table draw ▲ for ascending and ▼ for descending, and a
secretary reads ▲ on "newest first" as oldest first. One proxy style fixes it for every table.
"""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle, QStyleOptionHeader, QWidget

from dialogue_planner.gui.kit.looks import apply_look

_FLIP = {
    QStyleOptionHeader.SortIndicator.SortUp: QStyleOptionHeader.SortIndicator.SortDown,
    QStyleOptionHeader.SortIndicator.SortDown: QStyleOptionHeader.SortIndicator.SortUp,
}


class ApplicationStyle(QProxyStyle):
    def polish(self, target):
        result = super().polish(target)
        if isinstance(target, QWidget):
            apply_look(target)
        return result

    def drawPrimitive(self, element, option, painter, widget=None) -> None:
        if (
            element == QStyle.PrimitiveElement.PE_IndicatorHeaderArrow
            and isinstance(option, QStyleOptionHeader)
            and option.sortIndicator in _FLIP
        ):
            option = QStyleOptionHeader(option)
            option.sortIndicator = _FLIP[option.sortIndicator]
        super().drawPrimitive(element, option, painter, widget)


def install_style(app: QApplication) -> None:
    """Wrap the platform style once (idempotent)."""
    if not isinstance(app.style(), ApplicationStyle):
        app.setStyle(ApplicationStyle(app.style().name()))
