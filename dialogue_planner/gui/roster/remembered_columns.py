"""A table's column widths and order, as the user left them: kept across refreshes and restarts.

Widths are measured from the rows once, the first time there are rows and nothing was remembered; after
that only the user changes them. (Measuring again on every refresh collapsed the columns to their headers
whenever a search showed no rows, and the last column took the whole width.)
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QObject, QSettings, QTimer, Slot
from PySide6.QtWidgets import QTableView

MIN_WIDTH, MAX_WIDTH = 70, 230
# Rows measured beyond the visible ones. Qt's default is 1,000: on the archive's 8,000 delegates the fit
# took the GUI thread 205 ms with the page on screen, 40 ms with 200 rows, 10 ms with 50; widths are held
# within 70-230 px anyway.
MEASURED_ROWS = 50


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
        precision = header.resizeContentsPrecision()
        header.setResizeContentsPrecision(MEASURED_ROWS)
        self.view.resizeColumnsToContents()
        header.setResizeContentsPrecision(precision)
        for column in range(model.columnCount()):
            header.resizeSection(column, min(max(header.sectionSize(column), MIN_WIDTH), MAX_WIDTH))
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
