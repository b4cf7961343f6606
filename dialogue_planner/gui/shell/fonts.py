"""Register the shipped CJK font so Chinese never shows as boxes, whatever the workstation has."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from dialogue_planner.resources_path import resource

CJK_FONT_FILE = ("fonts", "wqy-microhei.ttc")


def register_cjk_font(app: QApplication) -> list[str]:
    """Add the font and make it a fallback of the application font; returns the family names.
    Registering twice (a reconnect after a failed start) adds nothing."""
    if app.property("cjkFamilies"):
        return list(app.property("cjkFamilies"))
    font_id = QFontDatabase.addApplicationFont(str(resource(*CJK_FONT_FILE)))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    if families:
        base = app.font()
        existing = base.families() or [base.family()]
        base.setFamilies([*existing, *families])
        app.setFont(base)
        QFont.insertSubstitutions(base.family(), families)
        app.setProperty("cjkFamilies", list(families))
    return list(families)
