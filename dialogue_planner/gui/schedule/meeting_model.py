"""The meetings as a table: number, dates, window, host, city, status, and the times on both sides."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor

from dialogue_planner.domain.compliance import NOT_RECORDED, MeetingConcern
from dialogue_planner.domain.errors import DialogueError
from dialogue_planner.domain.meeting_times import spans_for_sides
from dialogue_planner.domain.meetings import MeetingRecord
from dialogue_planner.gui.kit.icons import icon
from dialogue_planner.gui.kit.table_model import SORT_ROLE, Column, RecordTableModel, role_number

from .attention import concern_text
from .words import MEETING_COLOURS, word

# The row of a meeting that needs attention (see ``gui/schedule/attention.py``).
ATTENTION_BACKGROUND = QColor("#fff4e6")

__all__ = [
    "SORT_ROLE",
    "NUMBER_ROLE",
    "COLUMNS",
    "MeetingTableModel",
    "day_span",
    "local_times",
    "planned_note",
]

#: Role giving the meeting's number.
NUMBER_ROLE = Qt.ItemDataRole.UserRole + 2
_NUMBER = role_number(NUMBER_ROLE)
_BACKGROUND = role_number(Qt.ItemDataRole.BackgroundRole)
_DECORATION = role_number(Qt.ItemDataRole.DecorationRole)

COLUMNS = ("number", "dates", "window", "host", "city", "status", "times")


_TITLES = {
    "number": QT_TRANSLATE_NOOP("MeetingTableModel", "No."),
    "dates": QT_TRANSLATE_NOOP("MeetingTableModel", "Dates"),
    "window": QT_TRANSLATE_NOOP("MeetingTableModel", "Window"),
    "host": QT_TRANSLATE_NOOP("MeetingTableModel", "Host"),
    "city": QT_TRANSLATE_NOOP("MeetingTableModel", "City"),
    "status": QT_TRANSLATE_NOOP("MeetingTableModel", "Status"),
    "times": QT_TRANSLATE_NOOP("MeetingTableModel", "Local times"),
}


def day_span(meeting: MeetingRecord) -> str:
    if meeting.end == meeting.start:
        return meeting.start.isoformat()
    return f"{meeting.start.isoformat()} – {meeting.end.isoformat()}"


def local_times(meeting: MeetingRecord, side_zones: dict[str, str]) -> list[str]:
    """ "US 09:00–17:00 EST" lines for each side; empty when the meeting has no times."""
    if meeting.start_time is None or meeting.end_time is None:
        return []
    try:
        spans = spans_for_sides(
            meeting.start,
            meeting.end,
            meeting.start_time,
            meeting.end_time,
            meeting.time_zone,
            list(side_zones.values()),
        )
    except DialogueError:
        return []
    codes = {zone: code for code, zone in side_zones.items()}
    return [f"{codes.get(s.zone_name, s.zone_name)} {s.describe()}" for s in spans]


def planned_note(meeting: MeetingRecord) -> str | None:
    """ "Planned: 2016-06-10, Washington (US)" when the meeting took place otherwise than planned."""
    planned = (meeting.planned_start, meeting.planned_city, meeting.planned_host)
    if meeting.actual_start is None or planned == (meeting.start, meeting.city, meeting.host):
        return None
    return QCoreApplication.translate("MeetingTableModel", "Planned: {0}, {1} ({2})").format(
        meeting.planned_start.isoformat(), meeting.planned_city, meeting.planned_host
    )


class MeetingTableModel(RecordTableModel):
    """Rows are :class:`MeetingRecord`; a meeting with a concern is tinted, marked, and says why."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._side_zones: dict[str, str] = {}
        self._times: dict[int, list[str]] = {}
        self._texts: list[tuple] = []
        self._concerns: dict[int, MeetingConcern] = {}
        self.chinese = False  # the Chinese interface names the city in Chinese where it was written
        self.set_columns(
            (
                Column(
                    _TITLES["number"],
                    lambda m: m.number,
                    sort_key=lambda m: m.number,
                    alignment=Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                ),
                Column(
                    _TITLES["dates"], day_span, sort_key=lambda m: m.start.toordinal(), tooltip=planned_note
                ),
                Column(_TITLES["window"], lambda m: m.window),
                Column(_TITLES["host"], lambda m: m.host, tooltip=planned_note),
                Column(
                    _TITLES["city"],
                    lambda m: (m.city_zh if self.chinese else "") or m.city,
                    tooltip=planned_note,
                ),
                Column(_TITLES["status"], self._status, tooltip=self._concern_tip, foreground=_status_brush),
                Column(
                    _TITLES["times"],
                    lambda m: " · ".join(self._times[m.number]),
                    tooltip=lambda m: "\n".join(self._times[m.number]) or None,
                ),
            )
        )

    def set_meetings(
        self,
        meetings: list[MeetingRecord],
        side_zones: dict[str, str],
        concerns: tuple[MeetingConcern, ...] = (),
    ) -> None:
        """Texts are worked out once here: views ask for them thousands of times while laying out.
        A meeting with a concern is marked: tinted row, a sign and the reason on its status."""
        self._side_zones = dict(side_zones)
        self._concerns = {c.meeting: c for c in concerns}
        self.set_rows(meetings)

    def rows_changed(self) -> None:
        self._times = {m.number: local_times(m, self._side_zones) for m in self._rows}
        self._texts = [tuple(c.value(m) for c in self._columns) for m in self._rows]

    def display(self, row: int, column: int, record):
        return self._texts[row][column]

    def shown(self) -> tuple:
        """What the cells show, in the meetings' order: the same value, the same column widths."""
        return tuple(self._texts), frozenset(self._concerns)

    def concern(self, number: int) -> MeetingConcern | None:
        return self._concerns.get(number)

    def row_of(self, number: int) -> int:
        return self.row_where(lambda m: m.number == number)

    extra_roles = (_NUMBER, _BACKGROUND, _DECORATION)

    def role_data(self, meeting: MeetingRecord, column: int, role: int):
        if role == _NUMBER:
            return meeting.number
        if meeting.number not in self._concerns:
            return None
        if role == _BACKGROUND:
            return QBrush(ATTENTION_BACKGROUND)
        if role == _DECORATION and COLUMNS[column] == "status":
            return icon("attention")
        return None

    def _status(self, meeting: MeetingRecord) -> str:
        concern = self._concerns.get(meeting.number)
        if concern is None:
            return word(meeting.status)
        if concern.kind == NOT_RECORDED:
            state = QCoreApplication.translate("MeetingTableModel", "to be recorded")
        else:
            state = QCoreApplication.translate("MeetingTableModel", "day off")
        return f"{word(meeting.status)} · {state}"

    def _concern_tip(self, meeting: MeetingRecord) -> str | None:
        concern = self._concerns.get(meeting.number)
        return concern_text(concern) if concern is not None else None


def _status_brush(meeting: MeetingRecord) -> QBrush | None:
    colour = MEETING_COLOURS.get(meeting.status)
    return QBrush(colour) if colour is not None else None
