"""The one error path: known errors in a message box, bugs in a dialog with details and in the log."""

from __future__ import annotations

import logging
import sys

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from dialogue_planner.bug_log import bug_details, write_bug
from dialogue_planner.domain.errors import ConflictError, DialogueError
from dialogue_planner.gui.kit.messages import localize
from dialogue_planner.paths import log_file

log = logging.getLogger("dialogue_planner.gui")


def log_path():
    return log_file()


def write_bug_to_log(exc: BaseException) -> tuple[str, bool]:
    """The details to show, and whether they reached the log (a full disk or a read-only folder stops it)."""
    written = write_bug(exc, "the application") is not None
    return bug_details(exc), written


class ErrorReporter:
    """Shows errors to the user. In tests, ``shown`` collects them instead of opening dialogs."""

    def __init__(self, parent: QWidget | None = None, *, interactive: bool = True) -> None:
        self.parent = parent
        self.interactive = interactive
        self.shown: list[tuple[str, str]] = []

    def __call__(self, exc: BaseException) -> None:
        self.report(exc)

    def report(self, exc: BaseException, *, after_work: bool = False) -> None:
        """Show ``exc``: a known error as its message, a bug with the log's details. ``after_work``: the bug
        came after the work finished (in what shows its result), so a change it made was saved."""
        if isinstance(exc, DialogueError):
            localize(exc)
            if isinstance(exc, ConflictError):
                title = QCoreApplication.translate("ErrorReporter", "Could not save")
            else:
                title = QCoreApplication.translate("ErrorReporter", "Cannot do that")
            self.shown.append(("known", exc.message))
            if self.interactive:
                QMessageBox.warning(self.parent, title, exc.message)
            return
        details, written = write_bug_to_log(exc)
        if after_work:
            what = QCoreApplication.translate(
                "ErrorReporter",
                "Something went wrong inside Dialogue Planner after the work itself had finished: "
                "what it saved is saved, but the window may not show it yet (press F5 to show it).",
            )
        else:
            what = QCoreApplication.translate(
                "ErrorReporter",
                "Something went wrong inside Dialogue Planner. Your data is safe: the change was not saved.",
            )
        if written:
            where = QCoreApplication.translate(
                "ErrorReporter",
                "The details were written to {0}; please send them to the secretariat's support.",
            ).format(log_path())
        else:
            where = QCoreApplication.translate(
                "ErrorReporter",
                "The details could not be written to {0} (the disk may be full or the folder "
                "read-only): copy them from below and send them to the secretariat's support.",
            ).format(log_path())
        summary = f"{what} {where}"
        self.shown.append(("bug", f"{type(exc).__name__}: {exc}"))
        if self.interactive:
            box = QMessageBox(
                QMessageBox.Icon.Critical,
                QCoreApplication.translate("ErrorReporter", "Unexpected error"),
                summary,
                QMessageBox.StandardButton.Ok,
                self.parent,
            )
            box.setDetailedText(details)
            box.exec()

    def install_excepthook(self) -> None:
        def hook(exc_type, exc, tb):
            if issubclass(exc_type, KeyboardInterrupt):
                QApplication.quit()
                return
            self.report(exc.with_traceback(tb) if exc is not None else exc_type())

        sys.excepthook = hook
