"""SVG icons shipped in resources/icons (theme icons are empty offscreen and on Windows)."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QColor, QIcon, QPainter

from dialogue_planner.resources_path import resource


@cache
def icon(name: str) -> QIcon:
    path = resource("icons", f"{name}.svg")
    return QIcon(str(path)) if path.exists() else QIcon()


@cache
def tinted(name: str, color: str, size: int = 40) -> QIcon:
    """The icon drawn in one colour: the sidebar is dark, whatever colour the file was drawn in."""
    source = icon(name)
    if source.isNull():
        return source
    pixmap = source.pixmap(size, size)
    painter = QPainter(pixmap)
    painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceIn)
    painter.fillRect(pixmap.rect(), QColor(color))
    painter.end()
    result = QIcon(pixmap)
    result.addPixmap(pixmap, QIcon.Mode.Selected)
    return result
