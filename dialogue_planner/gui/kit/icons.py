"""SVG icons shipped in resources/icons (theme icons are empty offscreen and on Windows)."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap

from dialogue_planner.resources_path import resource


@cache
def icon(name: str) -> QIcon:
    path = resource("icons", f"{name}.svg")
    return QIcon(str(path)) if path.exists() else QIcon()


@cache
def tinted(name: str, color: str, size: int) -> QIcon:
    """The icon drawn in one colour at ``size`` pixels, the size it is shown at (the screen's scaling is
    applied): the sidebar is dark, whatever colour the file was drawn in."""
    source = icon(name)
    if source.isNull():
        return source
    pixmap = source.pixmap(size, size)
    ink = QPixmap(pixmap.size())
    ink.setDevicePixelRatio(pixmap.devicePixelRatio())
    ink.fill(QColor(color))
    painter = QPainter(pixmap)
    painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceIn)
    painter.drawPixmap(0, 0, ink)  # not fillRect: its overloads make QGradient's enums (2 ms, issue 19)
    painter.end()
    result = QIcon(pixmap)
    result.addPixmap(pixmap, QIcon.Mode.Selected)
    return result
