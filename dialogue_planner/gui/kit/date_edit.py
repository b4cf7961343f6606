"""A date field that takes a date as typed, or refuses it with the reason.

QDateEdit clamps what is typed to its range without a word (2027-01-01 became 2026-01-01) and its Tab
walks year → month → day, so keyboard entry lands in the wrong field. This field is a line edit: the text
is the date (YYYY-MM-DD), Tab leaves it, a calendar drops down from its button (or Alt+↓, F4), ↑/↓ step
a day and Page ↑/↓ a month. Whether a date is allowed (not in the future, not before the request was
received ...) is the service's rule and its message; this field only says when the text is not a date.
"""

from __future__ import annotations

import calendar
import contextlib
import re
from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal, Slot
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtWidgets import QCalendarWidget, QLineEdit, QWidget

from dialogue_planner.domain.errors import ValidationError
from dialogue_planner.gui.kit.icons import icon
from dialogue_planner.gui.kit.qt_dates import from_qdate, to_qdate

_PATTERN = re.compile(
    r"^\s*(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?\s*$|^\s*(\d{4})(\d{2})(\d{2})\s*$"
)
INVALID_STYLE = "QLineEdit { border: 1px solid #b42318; border-radius: 3px; }"
# The calendar button inside the field is given 22x18 by the line edit whatever it asks; without the tool
# button's own frame and padding it asks for no more than it gets, so nothing of it is cut off.
PICK_STYLE = "QToolButton { border: none; padding: 0px; }"


def parse_date(text: str) -> date:
    """The date ``text`` names (2027-01-01, 2027-1-1, 2027/01/01, 20270101, 2027年1月1日), exactly as
    typed; a ValidationError saying why for anything else."""
    shown = (text or "").strip()
    match = _PATTERN.match(shown)
    if not match:
        raise ValidationError(
            QCoreApplication.translate(
                "DateEdit", "“{0}” is not a date: write it as YYYY-MM-DD, e.g. 2016-06-14."
            ).format(shown)
        )
    year, month, day = (int(g) for g in (match.groups()[:3] if match.group(1) else match.groups()[3:]))
    if year < 1:
        raise ValidationError(
            QCoreApplication.translate("DateEdit", "“{0}” is not a date: there is no year 0.").format(shown)
        )
    if not 1 <= month <= 12:
        raise ValidationError(
            QCoreApplication.translate("DateEdit", "“{0}” is not a date: there is no month {1}.").format(
                shown, month
            )
        )
    last = calendar.monthrange(year, month)[1]
    if not 1 <= day <= last:
        raise ValidationError(
            QCoreApplication.translate(
                "DateEdit", "“{0}” is not a date: {1:04d}-{2:02d} has {3} days."
            ).format(shown, year, month, last)
        )
    return date(year, month, day)


def add_months(day: date, months: int) -> date:
    """The same day ``months`` later (or earlier), on the month's last day when it is shorter (within years
    1 to 9999)."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    year = min(max(year, 1), 9999)
    return date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


class DateEdit(QLineEdit):
    """``dateChanged(date)`` fires when the field settles on another valid date: Enter or leaving the field
    after typing, a pick in the calendar, an arrow key, or ``setDate``. ``value()`` is the date, None when
    empty, and raises ValidationError (with the reason) when the text is not a date."""

    dateChanged = Signal(object)

    def __init__(self, value: date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dateEdit")
        self.setPlaceholderText(self.tr("YYYY-MM-DD"))
        self._settled: date | None = None
        self._calendar: QCalendarWidget | None = None
        self.pick_action = QAction(icon("date-pick"), self.tr("Pick from the calendar"), self)
        self.pick_action.setObjectName("datePick")
        self.pick_action.triggered.connect(self.show_calendar)
        self.addAction(self.pick_action, QLineEdit.ActionPosition.TrailingPosition)
        self.editingFinished.connect(self._settle)
        self.textEdited.connect(self._typed)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("2026-12-31") + 48)
        self.setDate(value)

    # -- the value -------------------------------------------------------------------------------------
    def value(self) -> date | None:
        text = self.text().strip()
        return parse_date(text) if text else None

    def date(self) -> date | None:
        """The date shown, None when the field is empty or the text is not a date."""
        try:
            return self.value()
        except ValidationError:
            return None

    def problem(self) -> str:
        """Why the text is not a date; empty when it is one (or the field is empty)."""
        try:
            self.value()
        except ValidationError as exc:
            return exc.message
        return ""

    def setDate(self, value: date | None) -> None:
        self.setText(value.isoformat() if value else "")
        self._check()
        self._settle()

    # -- settling and showing problems -----------------------------------------------------------------
    @Slot(str)
    def _typed(self, _text: str) -> None:
        """While typing, a half-written date is not flagged; a mark from before goes once the text is a date."""
        if not self.problem():
            self._check()

    def _check(self) -> None:
        problem = self.problem()
        self.setStyleSheet(INVALID_STYLE + PICK_STYLE if problem else PICK_STYLE)
        self.setToolTip(
            problem or self.tr("Type the date as YYYY-MM-DD, or pick it from the calendar (Alt+↓).")
        )

    @Slot()
    def _settle(self) -> None:
        value = self.date()
        if value is not None and self.text() != value.isoformat():
            self.setText(value.isoformat())  # 2027-1-1 reads back as 2027-01-01
        self._check()
        if value is not None and value != self._settled:
            self._settled = value
            self.dateChanged.emit(value)
        elif value is None and not self.text().strip():
            self._settled = None

    def _step(self, value: date) -> None:
        self.setText(value.isoformat())
        self._settle()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, modifiers = event.key(), event.modifiers()
        if key == Qt.Key.Key_F4 or (key == Qt.Key.Key_Down and modifiers & Qt.KeyboardModifier.AltModifier):
            self.show_calendar()
            return
        current = self.date()
        steps = {
            Qt.Key.Key_Up: ("days", 1),
            Qt.Key.Key_Down: ("days", -1),
            Qt.Key.Key_PageUp: ("months", 1),
            Qt.Key.Key_PageDown: ("months", -1),
        }
        if key in steps and not modifiers & ~Qt.KeyboardModifier.KeypadModifier:
            unit, n = steps[key]
            if current is None:
                self._step(date.today())
            else:
                with contextlib.suppress(OverflowError):  # before year 1 or after 9999: stay where it is
                    self._step(current + timedelta(days=n) if unit == "days" else add_months(current, n))
            return
        super().keyPressEvent(event)

    # -- the calendar ----------------------------------------------------------------------------------
    @Slot()
    def show_calendar(self) -> QCalendarWidget:
        if self._calendar is None:
            self._calendar = QCalendarWidget(self)
            self._calendar.setObjectName("datePopup")
            self._calendar.setWindowFlags(Qt.WindowType.Popup)
            self._calendar.setGridVisible(True)
            self._calendar.clicked.connect(self._picked)
            self._calendar.activated.connect(self._picked)
        shown = self.date() or date.today()
        self._calendar.setSelectedDate(to_qdate(shown))
        self._calendar.adjustSize()
        below = self.mapToGlobal(self.rect().bottomLeft())
        screen = self.screen().availableGeometry() if self.screen() else None
        x, y = below.x(), below.y()
        if screen is not None:
            x = max(screen.left(), min(x, screen.right() - self._calendar.width()))
            if y + self._calendar.height() > screen.bottom():
                y = self.mapToGlobal(self.rect().topLeft()).y() - self._calendar.height()
        self._calendar.move(x, y)
        self._calendar.show()
        self._calendar.setFocus()
        return self._calendar

    @Slot(QDate)
    def _picked(self, picked: QDate) -> None:
        if self._calendar is not None:
            self._calendar.hide()
        self._step(from_qdate(picked))
        self.setFocus()
