"""A table's column widths and order, as the user left them: kept across refreshes and restarts.

Widths are measured from the rows once, the first time there are rows and nothing was remembered; after
that only the user changes them. (Measuring again on every refresh collapsed the columns to their headers
whenever a search showed no rows, and the last column took the whole width.)
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QObject, QSettings, QTimer, Slot
from PySide6.QtWidgets import QTableView

from dialogue_planner.gui.kit.column_fit import content_widths

MIN_WIDTH, MAX_WIDTH = 70, 230


class RememberedColumns(QObject):
    """Restores the header of ``view`` from ``settings[key]`` and saves it whenever the user changes it."""

    def __init__(self, view: QTableView, settings: QSettings, key: str) -> None:
        super().__init__(view)
        self.view = view
        self.settings = settings
        # The column count is part of the key: a version with other columns starts afresh.
        self.key = f"{key}/columns{view.model().columnCount()}"
        self.sized = False
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(300)
        self._save_timer.timeout.connect(self.save)
        header = view.horizontalHeader()
        state = settings.value(self.key)
        if isinstance(state, QByteArray) and not state.isEmpty():
            self.sized = header.restoreState(state)
        header.sectionResized.connect(self._changed)
        header.sectionMoved.connect(self._changed)

    def fit_once(self) -> None:
        """Size the columns to their contents (within 70-230 px) the first time there are rows to measure."""
        model = self.view.model()
        if self.sized or model.rowCount() == 0:
            return
        header = self.view.horizontalHeader()
        # The first rows only (kit.page_parts.FIT_ROWS): Qt's 1,000 of the archive's 8,000 delegates took
        # the GUI thread 205 ms; widths are held within 70-230 px anyway.
        for column, width in enumerate(content_widths(self.view)):
            header.resizeSection(column, min(max(width, MIN_WIDTH), MAX_WIDTH))
        self.sized = True
        self.save()

    @Slot()
    def _changed(self, *_args) -> None:
        """A width or the order changed (by the user, or the last column following the view's width)."""
        if self.sized:  # before the first fit there is nothing worth remembering
            self._save_timer.start()

    @Slot()
    def save(self) -> None:
        self._save_timer.stop()
        self.settings.setValue(self.key, self.view.horizontalHeader().saveState())
