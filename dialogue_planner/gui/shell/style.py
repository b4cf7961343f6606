"""The application's style: the platform's, with the looks named widgets are given when polished
(``kit.looks``). It overrides nothing Qt calls while painting: an override there is a Python call for every
frame, focus rectangle and cell background of every widget (a table's sort arrow is turned round by its
header, ``kit.sort_header``).
"""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QProxyStyle, QWidget

from dialogue_planner.gui.kit.looks import apply_look


class ApplicationStyle(QProxyStyle):
    def polish(self, target):
        result = super().polish(target)
        if isinstance(target, QWidget):
            apply_look(target)
        return result


def install_style(app: QApplication) -> None:
    """Wrap the platform style once (idempotent)."""
    if not isinstance(app.style(), ApplicationStyle):
        app.setStyle(ApplicationStyle(app.style().name()))
