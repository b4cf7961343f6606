"""SVG icons shipped in resources/icons (theme icons are empty offscreen and on Windows)."""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtGui import QIcon

from dialogue_planner.resources_path import resource


@lru_cache(maxsize=None)
def icon(name: str) -> QIcon:
    path = resource("icons", f"{name}.svg")
    return QIcon(str(path)) if path.exists() else QIcon()
