"""SVG icons shipped in resources/icons (theme icons are empty offscreen and on Windows); the sidebar's page
icons, which the window paints first, as PNGs drawn from them ahead in the sidebar's colour by
packaging/render_icons.py: reading, drawing and tinting the SVGs at every start cost 2-3 ms before the
first paint (issue 19)."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon

from dialogue_planner.resources_path import resource


@cache
def icon(name: str) -> QIcon:
    path = resource("icons", f"{name}.svg")
    return QIcon(str(path)) if path.exists() else QIcon()


@cache
def sidebar_icon(name: str) -> QIcon:
    """A page's icon in the sidebar's colour: the sidebar is dark, whatever colour the file was drawn in
    (with a twice as large ``@2x`` file, which Qt picks on a scaled screen)."""
    return QIcon(str(resource("icons", "sidebar", f"{name}.png")))
