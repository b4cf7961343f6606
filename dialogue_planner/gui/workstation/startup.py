"""At start-up: open this workstation's saved connection, and when it cannot be opened offer the
connection settings instead of only an error (a moved server or a changed password is not fatal)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from dialogue_planner.domain.errors import DialogueError

from .connection_dialog import ConnectionDialog
from .credentials import saved_connection, startup_url

__all__ = ["offer_new_connection", "startup_url"]


def offer_new_connection(parent, settings, error: DialogueError, explicit_url: str | None) -> bool:
    """True when the user changed the connection settings and opening should be tried again.

    Only for a connection that came from the settings: ``--db`` and DIALOGUE_PLANNER_DB are the
    caller's to fix.
    """
    if explicit_url or saved_connection(settings) is None or startup_url(None, settings) is None:
        return False
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("WorkstationStartup", "Cannot open the database"),
        error.message,
        parent=parent,
    )
    change = box.addButton(
        QCoreApplication.translate("WorkstationStartup", "Connection settings…"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    box.addButton(QCoreApplication.translate("WorkstationStartup", "Quit"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    if box.clickedButton() is not change:
        return False
    dialog = ConnectionDialog(settings, parent=parent)
    changed = bool(dialog.exec()) and dialog.saved is not None
    dialog.deleteLater()
    return changed
