"""The interface font: the platform's UI font for Latin text, the shipped CJK font only for what it lacks.

The CJK font is registered so Chinese never shows as boxes, whatever the workstation has. It must come after
the platform's font, never instead of it: Latin text in the CJK font draws "…" as a centred "⋯" and quotes
and middle dots at full width.
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase, QFontInfo
from PySide6.QtWidgets import QApplication

from dialogue_planner.resources_path import resource

CJK_FONT_FILE = ("fonts", "wqy-microhei.ttc")


def interface_family(font: QFont) -> str:
    """The family the platform really draws ``font`` with ("Sans Serif" is only an alias: naming the
    alias first would let the CJK font behind it win)."""
    return QFontInfo(font).family() or font.family()


def register_cjk_font(app: QApplication) -> list[str]:
    """Add the font and make it the fallback of the platform's UI font; returns the CJK family names.
    Registering twice (a reconnect after a failed start) adds nothing."""
    if app.property("cjkFamilies"):
        return list(app.property("cjkFamilies"))
    font_id = QFontDatabase.addApplicationFont(str(resource(*CJK_FONT_FILE)))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    if families:
        base = app.font()
        ui_family = interface_family(base)
        base.setFamilies([ui_family, *(f for f in families if f != ui_family)])
        app.setFont(base)
        app.setProperty("cjkFamilies", list(families))
    return list(families)
