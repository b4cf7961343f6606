"""The meetings as a table: number, dates, window, host, city, status, and the times on both sides."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from dialogue_planner.domain.compliance import NOT_RECORDED, MeetingConcern
from dialogue_planner.domain.errors import DialogueError
from dialogue_planner.domain.meeting_times import spans_for_sides
from dialogue_planner.domain.meetings import MeetingRecord
from dialogue_planner.gui.shell.icons import icon

from .attention import concern_text
from .words import MEETING_COLOURS, word

# The row of a meeting that needs attention (see ``gui/schedule/attention.py``).
ATTENTION_BACKGROUND = QColor("#fff4e6")

#: Role giving a value that sorts a column correctly (numbers and dates as numbers).
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
#: Role giving the meeting's number.
NUMBER_ROLE = Qt.ItemDataRole.UserRole + 2

COLUMNS = ("number", "dates", "window", "host", "city", "status", "times")


def _header(column: str) -> str:
    return {
        "number": QCoreApplication.translate("MeetingTableModel", "No."),
        "dates": QCoreApplication.translate("MeetingTableModel", "Dates"),
        "window": QCoreApplication.translate("MeetingTableModel", "Window"),
        "host": QCoreApplication.translate("MeetingTableModel", "Host"),
        "city": QCoreApplication.translate("MeetingTableModel", "City"),
        "status": QCoreApplication.translate("MeetingTableModel", "Status"),
        "times": QCoreApplication.translate("MeetingTableModel", "Local times"),
    }[column]


def day_span(meeting: MeetingRecord) -> str:
    if meeting.end == meeting.start:
        return meeting.start.isoformat()
    return f"{meeting.start.isoformat()} – {meeting.end.isoformat()}"


def local_times(meeting: MeetingRecord, side_zones: dict[str, str]) -> list[str]:
    """"US 09:00–17:00 EST" lines for each side; empty when the meeting has no times."""
    if meeting.start_time is None or meeting.end_time is None:
        return []
    try:
        spans = spans_for_sides(meeting.start, meeting.end, meeting.start_time, meeting.end_time,
                                meeting.time_zone, list(side_zones.values()))
    except DialogueError:
        return []
    codes = {zone: code for code, zone in side_zones.items()}
    return [f"{codes.get(s.zone_name, s.zone_name)} {s.describe()}" for s in spans]


def planned_note(meeting: MeetingRecord) -> str | None:
    """"Planned: 2016-06-10, Washington (US)" when the meeting took place otherwise than planned."""
    planned = (meeting.planned_start, meeting.planned_city, meeting.planned_host)
    if meeting.actual_start is None or planned == (meeting.start, meeting.city, meeting.host):
        return None
    return QCoreApplication.translate("MeetingTableModel", "Planned: {0}, {1} ({2})").format(
        meeting.planned_start.isoformat(), meeting.planned_city, meeting.planned_host)


class MeetingTableModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[MeetingRecord] = []
        self._side_zones: dict[str, str] = {}
        self._times: list[list[str]] = []
        self._texts: list[tuple] = []
        self._concerns: dict[int, MeetingConcern] = {}

    def set_meetings(self, meetings: list[MeetingRecord], side_zones: dict[str, str],
                     concerns: tuple[MeetingConcern, ...] = ()) -> None:
        """Texts are worked out once here: views ask for them thousands of times while laying out.
        A meeting with a concern is marked: tinted row, a sign and the reason on its status."""
        self.beginResetModel()
        self._rows = list(meetings)
        self._side_zones = dict(side_zones)
        self._concerns = {c.meeting: c for c in concerns}
        self._times = [local_times(m, self._side_zones) for m in self._rows]
        self._texts = [tuple(self._display(m, column, times, self._concerns.get(m.number)) for column in COLUMNS)
                       for m, times in zip(self._rows, self._times)]
        self.endResetModel()

    def concern(self, number: int) -> MeetingConcern | None:
        return self._concerns.get(number)

    def meeting(self, row: int) -> MeetingRecord:
        return self._rows[row]

    def row_of(self, number: int) -> int:
        return next((i for i, m in enumerate(self._rows) if m.number == number), -1)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal \
                and 0 <= section < len(COLUMNS):
            return _header(COLUMNS[section])
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        row, col = index.row(), index.column()
        if not index.isValid() or not 0 <= row < len(self._rows):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._texts[row][col]
        column = COLUMNS[col]
        meeting = self._rows[row]
        if role == SORT_ROLE:
            if column == "number":
                return meeting.number
            if column == "dates":
                return meeting.start.toordinal()
            return self._texts[row][col]
        if role == NUMBER_ROLE:
            return meeting.number
        concern = self._concerns.get(meeting.number)
        if concern is not None:
            if role == Qt.ItemDataRole.BackgroundRole:
                return QBrush(ATTENTION_BACKGROUND)
            if role == Qt.ItemDataRole.DecorationRole and column == "status":
                return icon("attention")
            if role == Qt.ItemDataRole.ToolTipRole and column == "status":
                return concern_text(concern)
        if role == Qt.ItemDataRole.ForegroundRole and column == "status":
            colour = MEETING_COLOURS.get(meeting.status)
            return QBrush(colour) if colour is not None else None
        if role == Qt.ItemDataRole.ToolTipRole and column == "times":
            return "\n".join(self._times[row]) or None
        if role == Qt.ItemDataRole.ToolTipRole and column in ("dates", "host", "city"):
            return planned_note(meeting)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == "number":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    @staticmethod
    def _display(meeting: MeetingRecord, column: str, times: list[str],
                 concern: MeetingConcern | None = None) -> str | int:
        if column == "number":
            return meeting.number
        if column == "dates":
            return day_span(meeting)
        if column == "window":
            return meeting.window
        if column == "host":
            return meeting.host
        if column == "city":
            return meeting.city
        if column == "status":
            if concern is None:
                return word(meeting.status)
            if concern.kind == NOT_RECORDED:
                state = QCoreApplication.translate("MeetingTableModel", "to be recorded")
            else:
                state = QCoreApplication.translate("MeetingTableModel", "day off")
            return f"{word(meeting.status)} · {state}"
        return " · ".join(times)
