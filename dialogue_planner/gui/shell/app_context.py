"""What pages share: the service context, the operations path and the task runner, the error path, settings
and a change signal."""

from __future__ import annotations

from PySide6.QtCore import QObject, QSettings, Signal

from dialogue_planner.gui.kit.ops import Ops
from dialogue_planner.gui.kit.tasks import TaskRunner

from .errors import ErrorReporter


class AppContext(QObject):
    """Handed to every page as ``self.app``. ``data_changed(areas)`` tells other pages to redraw."""

    data_changed = Signal(object)  # set of entity names that changed
    page_requested = Signal(str, object)  # page id, what to show on it (a dict, maybe empty)

    def __init__(
        self,
        ctx,
        settings: QSettings,
        errors: ErrorReporter,
        parent: QObject | None = None,
        *,
        language: str = "en",
        changes_at_open=None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        # The change counter as the session opened, before any page loaded (the start reads it with the
        # opening): the change watcher's baseline, taken once (``take_changes_at_open``).
        self._changes_at_open = changes_at_open
        self.language = language  # the interface language in use: "en" or "zh_CN"
        self.settings = settings
        self.errors = errors
        self.tasks = TaskRunner(errors.report, self)  # long work with progress and cancel
        self.ops = Ops(errors.report, self)  # every other call into the services

    def take_changes_at_open(self):
        """The change counter read as the session opened (``ChangeState``), the first time it is asked;
        None after, or when the session was opened without it (tests open the database at once)."""
        state, self._changes_at_open = self._changes_at_open, None
        return state

    def report_error(self, exc: BaseException) -> None:
        self.errors.report(exc)

    def changed(self, *areas: str) -> None:
        self.data_changed.emit(set(areas))

    def open_page(self, page_id: str, **target) -> None:
        """Show another page, and on it ``target`` (e.g. ``meeting=23``): see ``Page.show_target``."""
        self.page_requested.emit(page_id, target)
