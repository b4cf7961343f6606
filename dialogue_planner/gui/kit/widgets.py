"""Small building blocks every page uses: cards, figure tiles, section headings, a label that elides, and
the line an empty table shows."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import QAbstractItemView, QFrame, QLabel, QVBoxLayout, QWidget

from dialogue_planner.gui.kit.looks import give_look


class Card(QFrame):
    """A white panel with a heading; pages put their content in ``body``."""

    def __init__(self, heading: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        give_look(self, "card")
        self.setFrameShape(QFrame.Shape.NoFrame)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 14)
        layout.setSpacing(8)
        self.heading = QLabel(heading)
        give_look(self.heading, "cardHeading")
        layout.addWidget(self.heading)
        self.body = QVBoxLayout()
        self.body.setSpacing(6)
        layout.addLayout(self.body)
        self.setAccessibleName(heading)  # a card the keyboard reaches (it opens a page) is named by it

    def set_heading(self, text: str) -> None:
        self.heading.setText(text)
        self.setAccessibleName(text)


class FigureCard(Card):
    """An Overview card: a big number and, under it, lines of rich text (escape what users typed)."""

    def __init__(self, app, heading: str, parent: QWidget | None = None) -> None:
        super().__init__(heading, parent)
        self.app = app
        self.figure = QLabel()
        give_look(self.figure, "tileValue")
        self.lines = QLabel()
        self.lines.setTextFormat(Qt.TextFormat.RichText)
        self.lines.setWordWrap(True)
        self.body.addWidget(self.figure)
        self.body.addWidget(self.lines)

    def show_nothing(self) -> None:
        self.figure.setText("–")
        self.lines.clear()


class FigureTile(QFrame):
    """A number with its label, e.g. "368 requests"."""

    def __init__(self, label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        give_look(self, "tile")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        self.value = QLabel("–")
        give_look(self.value, "tileValue")
        self.value.setAlignment(Qt.AlignmentFlag.AlignLeft)
        self.label = QLabel(label)
        give_look(self.label, "tileLabel")
        layout.addWidget(self.value)
        layout.addWidget(self.label)
        self.setAccessibleName(label)

    def set_value(self, value) -> None:
        self.value.setText(f"{value:,}" if isinstance(value, int) else str(value))
        self.setAccessibleName(f"{self.value.text()} {self.label.text()}")


class ElidedLabel(QLabel):
    """One line of plain text that gives up width gracefully: shortened with "…" (the whole text in the
    tooltip) instead of widening the window, e.g. a database path in the status bar."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full = ""
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setText(text)

    def setText(self, text: str) -> None:
        self._full = text
        self.setToolTip(text)
        self.setAccessibleName(text)
        self._elide()

    def full_text(self) -> str:
        return self._full

    def minimumSizeHint(self) -> QSize:
        return QSize(self.fontMetrics().horizontalAdvance("…") * 4, super().minimumSizeHint().height())

    def sizeHint(self) -> QSize:
        return QSize(self.fontMetrics().horizontalAdvance(self._full) + 4, super().sizeHint().height())

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        shown = self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideMiddle, max(self.width(), 1))
        if shown != super().text():
            super().setText(shown)


class EmptyText(QObject):
    """The line an item view shows in its middle when it has no rows: that there is nothing yet, or, when a
    search or filter hides every row, that nothing matches. One line per view: ``EmptyText(self.table)``.

    A filter is noticed when the view's model is a proxy whose source has rows (``filtered`` tells it for a
    model that filters its own rows)."""

    def __init__(
        self,
        view: QAbstractItemView,
        nothing_yet: str = "",
        nothing_matches: str = "",
        *,
        filtered: Callable[[], bool] | None = None,
    ) -> None:
        super().__init__(view)
        self.setObjectName("emptyText")
        self.view = view
        self.nothing_yet = nothing_yet
        self.nothing_matches = nothing_matches
        self.filtered = filtered
        view.viewport().installEventFilter(self)

    def text(self) -> str:
        """What the view shows now ("" while it has rows)."""
        model = self.view.model()
        if model is None or model.rowCount() > 0:
            return ""
        if self._is_filtered(model):
            return self.nothing_matches or self.tr("Nothing matches the search or filter.")
        return self.nothing_yet or self.tr("Nothing here yet.")

    def _is_filtered(self, model) -> bool:
        if self.filtered is not None:
            return self.filtered()
        source = model.sourceModel() if hasattr(model, "sourceModel") else None
        return source is not None and source.rowCount() > 0

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Paint and watched is self.view.viewport():
            text = self.text()
            if text:
                self.view.viewportEvent(event)  # the view's own painting (grid, background) first
                painter = QPainter(watched)
                muted = self.view.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
                painter.setPen(muted)
                painter.drawText(
                    watched.rect().adjusted(12, 12, -12, -12),
                    int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap),
                    text,
                )
                painter.end()
                return True
        return False


class SaveCancelFooter(QWidget):
    """The foot of an editing dialog: a red line for what cannot be saved, and Save / Cancel."""

    def __init__(self, dialog, parent: QWidget | None = None) -> None:
        from PySide6.QtWidgets import QDialogButtonBox

        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.error_label = QLabel()
        self.error_label.setStyleSheet("color: #c92a2a;")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        layout.addWidget(self.error_label)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(dialog.save)
        buttons.rejected.connect(dialog.reject)
        layout.addWidget(buttons)
        self.buttons = buttons
