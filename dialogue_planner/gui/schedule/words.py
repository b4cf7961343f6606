"""Display labels of the schedule's words (meeting and window statuses, positions) and their colours.

Stored words stay English; these are what a reader sees. Each label is a literal ``translate`` call so
that lupdate finds it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

#: Colours of window statuses on the timeline and in the legend.
WINDOW_COLOURS = {
    "met": QColor("#2f9e44"),
    "missed": QColor("#e03131"),
    "scheduled": QColor("#1c7ed6"),
    "at-risk": QColor("#f08c00"),
    "upcoming": QColor("#ced4da"),
}
#: Colours of meeting statuses (markers on the timeline, the status column).
MEETING_COLOURS = {
    "held": QColor("#1f2d3d"),
    "confirmed": QColor("#1864ab"),
    "planned": QColor("#1c7ed6"),
    "postponed": QColor("#e67700"),
    "cancelled": QColor("#868e96"),
}


def _labels() -> dict[str, str]:
    return {
        "planned": QCoreApplication.translate("ScheduleWords", "planned"),
        "confirmed": QCoreApplication.translate("ScheduleWords", "confirmed"),
        "held": QCoreApplication.translate("ScheduleWords", "held"),
        "postponed": QCoreApplication.translate("ScheduleWords", "postponed"),
        "cancelled": QCoreApplication.translate("ScheduleWords", "cancelled"),
        "met": QCoreApplication.translate("ScheduleWords", "met"),
        "missed": QCoreApplication.translate("ScheduleWords", "missed"),
        "scheduled": QCoreApplication.translate("ScheduleWords", "scheduled"),
        "at-risk": QCoreApplication.translate("ScheduleWords", "at risk"),
        "upcoming": QCoreApplication.translate("ScheduleWords", "upcoming"),
        "start": QCoreApplication.translate("ScheduleWords", "start"),
        "middle": QCoreApplication.translate("ScheduleWords", "middle"),
        "end": QCoreApplication.translate("ScheduleWords", "end"),
    }


def word(value: str | None) -> str:
    """The translated label of a schedule word; unknown words are shown as they are."""
    if value is None:
        return ""
    return _labels().get(value, value)


def ordinal_label(number: int) -> str:
    """ "3rd meeting"; the catalogue may use the plain number instead ({1}), as Chinese does."""
    from dialogue_planner.domain.meetings import ordinal

    return QCoreApplication.translate("ScheduleWords", "{0} meeting").format(ordinal(number), number)
