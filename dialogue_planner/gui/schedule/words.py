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


#: Colours of the activities between meetings on the timeline, by kind.
ACTIVITY_COLOURS = {
    "tabletop-exercise": "#5f3dc4",
    "expert-seminar": "#0b7285",
    "hotline-test": "#c2255c",
    "working-level-call": "#5c940d",
    "visit": "#a61e4d",
}


def kind_label(kind: str) -> str:
    """The translated name of an activity's kind (hotline tests are activities too)."""
    labels = {
        "tabletop-exercise": QCoreApplication.translate("ScheduleWords", "Tabletop exercise"),
        "expert-seminar": QCoreApplication.translate("ScheduleWords", "Expert seminar"),
        "hotline-test": QCoreApplication.translate("ScheduleWords", "Hotline test"),
        "working-level-call": QCoreApplication.translate("ScheduleWords", "Working-level call"),
        "visit": QCoreApplication.translate("ScheduleWords", "Visit"),
    }
    return labels.get(kind, kind)


def activity_letter(kind: str) -> str:
    """The one letter an activity's tag on the timeline shows (its kind: T, S, H, C, V)."""
    letters = {
        "tabletop-exercise": QCoreApplication.translate("ScheduleWords", "T"),
        "expert-seminar": QCoreApplication.translate("ScheduleWords", "S"),
        "hotline-test": QCoreApplication.translate("ScheduleWords", "H"),
        "working-level-call": QCoreApplication.translate("ScheduleWords", "C"),
        "visit": QCoreApplication.translate("ScheduleWords", "V"),
    }
    return letters.get(kind, kind[:1].upper())


def activity_title(activity, *, chinese: bool = False) -> str:
    """What an activity is called on the timeline: the first line of its summary (in the interface's
    language first, then the other), else its place, else its kind's name (activities have no title)."""
    texts = (
        (activity.summary_zh, activity.summary_en) if chinese else (activity.summary_en, activity.summary_zh)
    )
    for text in texts:
        line = next((part.strip() for part in text.splitlines() if part.strip()), "")
        if line:
            return line if len(line) <= 80 else line[:79].rstrip() + "…"
    return activity.place or kind_label(activity.kind)
