"""The timeline: one row per year, its windows coloured by compliance, the meetings as numbered marks, and
the activities between meetings (exercises, seminars, hotline tests, calls, visits) in a lane below them,
each a tag with its kind's letter spanning its days.

Painted rather than built from widgets, so that forty years of meetings draw in a few milliseconds.
Hovering shows what a window, meeting or activity is; clicking a meeting selects it, double-clicking edits
it; double-clicking an activity asks for it to be opened (``activity_activated``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from dialogue_planner.domain.commitments import ActivityRecord
from dialogue_planner.domain.compliance import ComplianceReport
from dialogue_planner.domain.meetings import MeetingRecord
from dialogue_planner.domain.windows import Window

from .words import (
    ACTIVITY_COLOURS,
    MEETING_COLOURS,
    WINDOW_COLOURS,
    activity_letter,
    activity_title,
    kind_label,
    ordinal_label,
    word,
)

LANE = 13  # the activities' lane below the windows
ROW_HEIGHT = 30 + LANE
WINDOW_HEIGHT = 22
MEETING_Y = 4 + WINDOW_HEIGHT / 2  # a meeting's centre below the row's top
ACTIVITY_TOP = 4 + WINDOW_HEIGHT + 3
LABEL_WIDTH = 56
MARGIN = 10
MARK_RADIUS = 8
ACTIVITY_MIN_WIDTH = 14


@dataclass(frozen=True)
class _Mark:
    centre: QPointF
    meeting: MeetingRecord


class TimelineWidget(QWidget):
    """Rows of years; call :meth:`set_data` with the meetings and the compliance report."""

    meeting_clicked = Signal(int)
    meeting_activated = Signal(int)
    activity_activated = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scheduleTimeline")
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._meetings: list[MeetingRecord] = []
        self._status: dict[Window, str] = {}
        self._years: list[int] = []
        self._per_year = 2
        self._today = date.today()
        self._marks: list[_Mark] = []
        self._activities: list[ActivityRecord] = []
        self.chinese = False  # activities are named by their Chinese summary first
        self._first_window: Window | None = None
        self.selected: int | None = None

    # -- data ----------------------------------------------------------------------------------------
    def set_data(
        self,
        meetings: list[MeetingRecord],
        report: ComplianceReport | None,
        per_year: int,
        today: date,
        extra_years: int = 1,
        activities: list[ActivityRecord] | None = None,
    ) -> None:
        self._meetings = sorted(meetings, key=lambda m: (m.start, m.number))
        self._activities = sorted(activities or [], key=lambda a: (a.start_on, a.id))
        self._status = {w.window: w.status for w in report.windows} if report else {}
        self._per_year = per_year
        self._today = today
        years = (
            {w.year for w in self._status}
            | {m.start.year for m in meetings}
            | {a.start_on.year for a in self._activities}
        )
        first = min(years, default=today.year)
        last = max(max(years, default=today.year), today.year + extra_years)
        self._years = list(range(first, last + 1))
        self._first_window = min(self._status, default=None)
        self.setFixedHeight(self.sizeHint().height())
        self.update()

    def years(self) -> list[int]:
        return list(self._years)

    def window_status(self, label: str) -> str | None:
        return next((s for w, s in self._status.items() if w.label == label), None)

    def select(self, number: int | None) -> None:
        self.selected = number
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(720, MARGIN * 2 + 18 + ROW_HEIGHT * max(len(self._years), 1))

    # -- geometry ------------------------------------------------------------------------------------
    def _bar_left(self) -> float:
        return MARGIN + LABEL_WIDTH

    def _bar_width(self) -> float:
        return max(self.width() - self._bar_left() - MARGIN, 100)

    def _x_of(self, day: date) -> float:
        start = date(day.year, 1, 1)
        days = (date(day.year, 12, 31) - start).days + 1
        return self._bar_left() + self._bar_width() * ((day - start).days + 0.5) / days

    def _row_top(self, year: int) -> float:
        return MARGIN + 18 + ROW_HEIGHT * self._years.index(year)

    def _window_rect(self, window: Window) -> QRectF:
        top = self._row_top(window.year) + 4
        left = self._x_of(window.start) - 0.5 * self._bar_width() / 366
        right = self._x_of(window.end) + 0.5 * self._bar_width() / 366
        return QRectF(left + 1, top, right - left - 2, WINDOW_HEIGHT)

    def _windows_of(self, year: int) -> list[Window]:
        return [Window(year)] if self._per_year == 1 else [Window(year, 1), Window(year, 2)]

    # -- painting ------------------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("white"))
        small = QFont(self.font())
        small.setPointSizeF(max(self.font().pointSizeF() - 1, 7))
        painter.setFont(small)
        self._paint_month_scale(painter)
        self._marks = []
        clip = event.rect()
        for year in self._years:
            top = self._row_top(year)
            if top > clip.bottom() or top + ROW_HEIGHT < clip.top():
                continue
            painter.setPen(QColor("#52606d"))
            painter.drawText(
                QRectF(MARGIN, top + 4, LABEL_WIDTH - 8, WINDOW_HEIGHT),
                int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight),
                str(year),
            )
            for window in self._windows_of(year):
                if self._first_window is None or window >= self._first_window:
                    self._paint_window(painter, window)
        self._paint_today(painter)
        tags = sorted(
            ((rect, activity) for activity in self._activities for rect in self.activity_rects(activity)),
            key=lambda tag: (tag[0].top(), tag[0].left()),
        )
        for index, (rect, activity) in enumerate(tags):
            following = tags[index + 1][0] if index + 1 < len(tags) else None
            room_end = (
                following.left() if following is not None and following.top() == rect.top() else self.width()
            )
            self._paint_activity(painter, activity, rect, room_end - MARGIN / 2)
        for meeting in self._meetings:
            if meeting.start.year in self._years:
                self._paint_meeting(painter, meeting)
        painter.end()

    def _paint_month_scale(self, painter: QPainter) -> None:
        painter.setPen(QColor("#7b8794"))
        for month in range(1, 13):
            x = self._x_of(date(2001, month, 15))
            painter.drawText(
                QRectF(x - 20, MARGIN, 40, 16),
                int(Qt.AlignmentFlag.AlignCenter),
                date(2001, month, 1).strftime("%m"),
            )

    def _paint_window(self, painter: QPainter, window: Window) -> None:
        rect = self._window_rect(window)
        status = self._status.get(window)
        colour = QColor(WINDOW_COLOURS.get(status, WINDOW_COLOURS["upcoming"]))
        if status is None:
            colour.setAlpha(70)
        elif status in ("upcoming", "scheduled"):
            colour.setAlpha(120 if status == "upcoming" else 90)
        else:
            colour.setAlpha(150)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawRoundedRect(rect, 4, 4)
        painter.setPen(QColor("#323f4b"))
        label = window.label if status is None else f"{window.label} · {word(status)}"
        painter.drawText(
            rect.adjusted(6, 0, -6, 0), int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft), label
        )

    def _paint_today(self, painter: QPainter) -> None:
        if self._today.year not in self._years:
            return
        x = self._x_of(self._today)
        top = self._row_top(self._today.year)
        painter.setPen(QPen(QColor("#c92a2a"), 2))
        painter.drawLine(QPointF(x, top + 1), QPointF(x, top + ROW_HEIGHT - 1))

    def _paint_meeting(self, painter: QPainter, meeting: MeetingRecord) -> None:
        centre = QPointF(self._x_of(meeting.start), self._row_top(meeting.start.year) + MEETING_Y)
        self._marks.append(_Mark(centre, meeting))
        colour = MEETING_COLOURS.get(meeting.status, QColor("#1c7ed6"))
        selected = meeting.number == self.selected
        pen = QPen(QColor("#fab005") if selected else QColor("white"), 3 if selected else 1.5)
        if meeting.status == "postponed":
            pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.setBrush(colour if meeting.status != "cancelled" else QColor("#e9ecef"))
        painter.drawEllipse(centre, MARK_RADIUS + 1, MARK_RADIUS + 1)
        painter.setPen(QColor("white") if meeting.status != "cancelled" else QColor("#868e96"))
        painter.drawText(
            QRectF(centre.x() - 12, centre.y() - 9, 24, 18),
            int(Qt.AlignmentFlag.AlignCenter),
            str(meeting.number),
        )
        if meeting.status == "cancelled":
            painter.setPen(QPen(QColor("#868e96"), 1.5))
            painter.drawLine(centre + QPointF(-7, 7), centre + QPointF(7, -7))

    # -- interaction ---------------------------------------------------------------------------------
    def meeting_at(self, point: QPointF) -> MeetingRecord | None:
        best = None
        for mark in self._marks:
            distance = (mark.centre - point).manhattanLength()
            if distance <= MARK_RADIUS * 2 and (best is None or distance < best[0]):
                best = (distance, mark.meeting)
        return best[1] if best else None

    def window_at(self, point: QPointF) -> Window | None:
        for year in self._years:
            for window in self._windows_of(year):
                if self._window_rect(window).contains(point):
                    return window
        return None

    def row_top(self, day: date) -> int:
        """The top of the row holding ``day`` (the page scrolls it into view)."""
        return int(self._row_top(day.year)) if day.year in self._years else 0

    def mark_position(self, number: int) -> QPointF | None:
        """Where a meeting is drawn (tests click there)."""
        for meeting in self._meetings:
            if meeting.number == number and meeting.start.year in self._years:
                return QPointF(self._x_of(meeting.start), self._row_top(meeting.start.year) + MEETING_Y)
        return None

    def activity_rects(self, activity: ActivityRecord) -> list[QRectF]:
        """Where an activity is drawn: one tag per year it spans (at least wide enough for its letter)."""
        last = activity.end_on or activity.start_on
        rects = []
        for year in range(activity.start_on.year, last.year + 1):
            if year not in self._years:
                continue
            first_day = max(activity.start_on, date(year, 1, 1))
            last_day = min(last, date(year, 12, 31))
            half_day = 0.5 * self._bar_width() / 366
            left, right = self._x_of(first_day) - half_day, self._x_of(last_day) + half_day
            if right - left < ACTIVITY_MIN_WIDTH:
                middle = (left + right) / 2
                left, right = middle - ACTIVITY_MIN_WIDTH / 2, middle + ACTIVITY_MIN_WIDTH / 2
            rects.append(QRectF(left, self._row_top(year) + ACTIVITY_TOP, right - left, LANE - 2))
        return rects

    def activity_position(self, activity_id: int) -> QPointF | None:
        """The middle of an activity's first tag (tests click there)."""
        for activity in self._activities:
            if activity.id == activity_id:
                rects = self.activity_rects(activity)
                return rects[0].center() if rects else None
        return None

    def activity_at(self, point: QPointF) -> ActivityRecord | None:
        for activity in reversed(self._activities):  # the one drawn last is on top
            if any(r.adjusted(-2, -2, 2, 2).contains(point) for r in self.activity_rects(activity)):
                return activity
        return None

    def activities(self) -> list[ActivityRecord]:
        return list(self._activities)

    def _paint_activity(
        self, painter: QPainter, activity: ActivityRecord, rect: QRectF, room_end: float
    ) -> None:
        """The tag with the kind's letter, and the activity's title after it as far as the next tag."""
        colour = QColor(ACTIVITY_COLOURS.get(activity.kind, "#5f3dc4"))
        painter.setPen(QPen(colour.darker(130), 1))
        painter.setBrush(colour)
        painter.drawRoundedRect(rect, 3, 3)
        painter.setPen(QColor("white"))
        painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), activity_letter(activity.kind))
        room = room_end - rect.right() - 4
        if room > 30:
            painter.setPen(colour.darker(140))
            title = painter.fontMetrics().elidedText(
                activity_title(activity, chinese=self.chinese), Qt.TextElideMode.ElideRight, int(room)
            )
            painter.drawText(
                QRectF(rect.right() + 4, rect.top() - 2, room, rect.height() + 4),
                int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
                title,
            )

    def describe_activity(self, a: ActivityRecord) -> str:
        days = a.start_on.isoformat() + (f" – {a.end_on.isoformat()}" if a.end_on else "")
        lines = [f"{kind_label(a.kind)}: {activity_title(a, chinese=self.chinese)}", days]
        if a.place:
            lines.append(self.tr("Place: {0}").format(a.place))
        for summary in (a.summary_en, a.summary_zh):
            if summary.strip():
                lines.append(summary.strip() if len(summary) <= 300 else summary[:300].rstrip() + "…")
        lines.append(self.tr("Double-click to open it."))
        return "\n".join(lines)

    def describe_point(self, point: QPointF) -> str:
        activity = self.activity_at(point)
        if activity is not None:
            return self.describe_activity(activity)
        meeting = self.meeting_at(point)
        if meeting is not None:
            return self.tr("{0}: {1}, {2} ({3}), {4}, window {5}").format(
                ordinal_label(meeting.number),
                meeting.start.isoformat(),
                meeting.city,
                meeting.host,
                word(meeting.status),
                meeting.window,
            )
        window = self.window_at(point)
        if window is None:
            return ""
        status = self._status.get(window)
        if status is None:
            return self.tr("{0}: not yet judged").format(window.label)
        return self.tr("{0}: {1}").format(window.label, word(status))

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        text = self.describe_point(event.position())
        if text:
            QToolTip.showText(event.globalPosition().toPoint(), text, self)
        else:
            QToolTip.hideText()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        meeting = self.meeting_at(event.position())
        if meeting is not None and event.button() == Qt.MouseButton.LeftButton:
            self.select(meeting.number)
            self.meeting_clicked.emit(meeting.number)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        meeting = self.meeting_at(event.position())
        if meeting is not None:
            self.meeting_activated.emit(meeting.number)
            return
        activity = self.activity_at(event.position())
        if activity is not None:
            self.activity_activated.emit(activity.id)
