"""The application's looks, by object name: the sidebar's and titles' colours and fonts, the cards' white
rounded boxes, the pages' grey background. ``give_look(label, "muted")`` names a widget and gives it the look of
that name (``"card"``, ``"pageTitle"``, …) where it is made; tests find it by the name.

Until December 2026 a style sheet on the main window gave these looks; it sent every widget of every page
and dialog through Qt's style-sheet style, which cost about 40 % of each page's build. Palettes, fonts and
a painter for the boxes and backgrounds give the same looks for a Python call per widget.

Until December 2026 too, a proxy style gave each named widget its look when Qt polished it. Every widget Qt
polished then passed through Python, the ones Qt makes itself (viewports, scroll bars) among them, and the
first of those made PySide6 create every class of QtWidgets and their enums: 9 ms before the window's first
paint, 5 ms more for QStyle's enums (benchmarks, issue 19). A look given where the widget is made costs neither.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QEvent, QObject, QRect, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPalette, QPen
from PySide6.QtWidgets import QAbstractScrollArea, QFrame, QLabel, QWidget

W = TypeVar("W", bound=QWidget)

INK = "#1f2d3d"  # titles and headings; the sidebar's background
SUBTITLE = "#52606d"
MUTED = "#7b8794"
PAGE_BACKGROUND = "#f4f6f9"
CARD_BORDER = "#dde3ea"
FOCUS = "#4ea1ff"  # a focused card's ring, the selected page's accent in the sidebar
STATUS_BACKGROUND = "#e9edf2"
SIDEBAR_TEXT = "#d9e2ec"
SIDEBAR_SELECTED = "#2c3e50"
SIDEBAR_HOVERED = "#263747"


def set_text_colour(widget: QWidget, colour: str) -> None:
    """The widget's text in ``colour`` (in every state, as a style sheet's ``color`` did)."""
    palette = widget.palette()
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text):
        palette.setColor(role, QColor(colour))
    widget.setPalette(palette)


def _font(widget: QWidget, pixels: int = 0, bold: bool = False) -> None:
    font = widget.font()
    if pixels:
        font.setPixelSize(pixels)
    if bold:
        font.setWeight(QFont.Weight.DemiBold)  # a style sheet's font-weight: 600
    widget.setFont(font)


def fill(painter: QPainter, rect: QRect, colour: QColor) -> None:
    """``rect`` filled with ``colour``. ``QPainter.fillRect`` does the same, but resolving its overloads makes
    PySide6 create QGradient's enums, 2 ms before the window's first paint (issue 19)."""
    painter.save()
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    painter.drawRect(rect)
    painter.restore()


class Backdrop(QObject):
    """Paints, before a widget's own painting, a plain fill or a rounded box with a border (a ring of
    ``FOCUS`` while it has the keyboard focus, when it takes it): an event filter, shared by the widgets of
    one look, so that the fill is not handed down to their children as a palette would be."""

    def __init__(self, fill: str, border: str = "", radius: float = 0) -> None:
        super().__init__()
        self.fill = QColor(fill)
        self.border = QColor(border) if border else None
        self.radius = radius

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Paint:
            painter = QPainter(watched)
            if self.border is None:
                fill(painter, watched.rect(), self.fill)
            else:
                self._box(painter, watched)
            painter.end()
        return False

    def _box(self, painter: QPainter, widget: QWidget) -> None:
        focused = widget.hasFocus()
        width = 2 if focused else 1
        inset = width / 2
        rect = QRectF(widget.rect()).adjusted(inset, inset, -inset, -inset)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor(FOCUS) if focused else self.border, width))
        painter.setBrush(self.fill)
        painter.drawRoundedRect(rect, self.radius - inset, self.radius - inset)


def _boxed(fill: str, border: str) -> Callable[[QWidget], None]:
    backdrop = Backdrop(fill, border, radius=6)

    def look(widget: QWidget) -> None:
        widget.installEventFilter(backdrop)
        widget.setContentsMargins(1, 1, 1, 1)  # inside the border

    return look


def _filled(fill: str) -> Callable[[QWidget], None]:
    backdrop = Backdrop(fill)
    return lambda widget: widget.installEventFilter(backdrop)


def _text(colour: str, pixels: int = 0, bold: bool = False) -> Callable[[QWidget], None]:
    def look(widget: QWidget) -> None:
        set_text_colour(widget, colour)
        if pixels or bold:
            _font(widget, pixels, bold)

    return look


def _app_title(widget: QWidget) -> None:
    _LOOKS["sidebarFill"](widget)
    _text("white", 15, bold=True)(widget)
    widget.setContentsMargins(14, 14, 14, 6)
    if isinstance(widget, QLabel):  # the indent a label with a frame (a style sheet's padding) has
        widget.setIndent(widget.fontMetrics().horizontalAdvance("x") // 2)


def _navigation(widget: QWidget) -> None:
    """The sidebar's list of pages (its items are drawn by ``shell.navigation_delegate``)."""
    _LOOKS["sidebarFill"](widget)  # the strip above the items
    palette = widget.palette()
    palette.setColor(QPalette.ColorRole.Base, QColor(INK))
    palette.setColor(QPalette.ColorRole.Text, QColor(SIDEBAR_TEXT))
    # The band of the page shown (``shell.navigation_delegate``).
    palette.setColor(QPalette.ColorRole.Highlight, QColor(SIDEBAR_SELECTED))
    palette.setColor(QPalette.ColorRole.HighlightedText, QColor("white"))
    widget.setPalette(palette)
    _font(widget, 14)
    if isinstance(widget, QAbstractScrollArea):
        widget.setFrameShape(QFrame.Shape.NoFrame)
        widget.setViewportMargins(0, 8, 0, 0)


_LOOKS: dict[str, Callable[[QWidget], None]] = {
    "sidebarFill": _filled(INK),
    "mainWindow": _filled(PAGE_BACKGROUND),
    "pageHost": _filled(PAGE_BACKGROUND),
    "navigation": _navigation,
    "appTitle": _app_title,
    "pageTitle": _text(INK, 20, bold=True),
    "pageSubtitle": _text(SUBTITLE),
    "card": _boxed("white", CARD_BORDER),
    "tile": _boxed("white", CARD_BORDER),
    "attentionBanner": _boxed("#fff4e6", "#ffc078"),
    "cardHeading": _text(INK, 14, bold=True),
    "tileValue": _text(INK, 24, bold=True),
    "tileLabel": _text(SUBTITLE),
    "muted": _text(MUTED),
    "statusBar": _filled(STATUS_BACKGROUND),
}


def give_look(widget: W, name: str) -> W:
    """Name ``widget`` and give it the look of that name (a ``KeyError`` for a name that is no look)."""
    look = _LOOKS[name]
    widget.setObjectName(name)
    look(widget)
    return widget
