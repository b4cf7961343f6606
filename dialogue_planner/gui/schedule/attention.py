"""Meetings that need the secretariat first: a past meeting nobody recorded, a meeting on a day off of
either side. Worded here once for the Schedule page and the Overview, from the schedule check's concerns."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Qt, Signal, Slot
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QPushButton, QWidget

from dialogue_planner.domain.compliance import NOT_RECORDED, MeetingConcern
from dialogue_planner.domain.proposals import DayConflict
from dialogue_planner.gui.kit.icons import icon
from dialogue_planner.gui.kit.looks import give_look
from dialogue_planner.services.schedule import check_schedule

from .words import word


def day_reason(conflict: DayConflict) -> str:
    """ "2027-10-01 National Day (CN)", "2027-10-02 weekend (US)", "2027-10-03 blackout: Summit"."""
    day = conflict.day.isoformat()
    if conflict.kind == "blackout":
        return QCoreApplication.translate("ScheduleAttention", "{0} blackout: {1}").format(
            day, conflict.reason
        )
    reason = (
        QCoreApplication.translate("ScheduleAttention", "weekend")
        if conflict.kind == "weekend"
        else conflict.reason
    )
    return QCoreApplication.translate("ScheduleAttention", "{0} {1} ({2})").format(day, reason, conflict.side)


def concern_text(concern: MeetingConcern) -> str:
    """One sentence saying what is wrong and what to do."""
    if concern.kind == NOT_RECORDED:
        return QCoreApplication.translate(
            "ScheduleAttention",
            "Meeting {0} ({1}) has passed but is still {2}: record what happened and carry "
            "over its open items.",
        ).format(concern.meeting, concern.first_day.isoformat(), word(concern.status))
    return QCoreApplication.translate(
        "ScheduleAttention",
        "Meeting {0} ({1}) falls on a day that is not a working day: {2}. Move it to a "
        "working day of both sides.",
    ).format(
        concern.meeting, concern.first_day.isoformat(), "; ".join(day_reason(c) for c in concern.conflicts)
    )


class AttentionBanner(QFrame):
    """The concerns, each with a button; ``chosen(concern)`` when one is clicked. Hidden when there is none.
    Subclasses word the button for the page they are on (:meth:`button_text`)."""

    chosen = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        give_look(self, "attentionBanner")
        self.concerns: list[MeetingConcern] = []
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(10, 6, 10, 6)
        self.grid.setColumnStretch(1, 1)
        self.hide()

    def set_concerns(self, concerns) -> None:
        while self.grid.count():
            widget = self.grid.takeAt(0).widget()
            if widget is not None:
                widget.deleteLater()
        self.concerns = list(concerns)
        for row, concern in enumerate(self.concerns):
            sign = QLabel()
            sign.setPixmap(icon("attention").pixmap(18, 18))
            text = QLabel(concern_text(concern))
            text.setObjectName("attentionText")
            text.setWordWrap(True)
            button = QPushButton(self.button_text(concern))
            button.setObjectName(f"attention-{concern.meeting}")
            button.setProperty("row", row)
            button.clicked.connect(self._clicked)
            self.grid.addWidget(sign, row, 0, Qt.AlignmentFlag.AlignTop)
            self.grid.addWidget(text, row, 1)
            self.grid.addWidget(button, row, 2, Qt.AlignmentFlag.AlignTop)
        self.setVisible(bool(self.concerns))

    def button_text(self, concern: MeetingConcern) -> str:
        raise NotImplementedError

    def texts(self) -> list[str]:
        return [concern_text(c) for c in self.concerns]

    @Slot()
    def _clicked(self) -> None:
        row = self.sender().property("row")
        if row is not None and 0 <= row < len(self.concerns):
            self.chosen.emit(self.concerns[row])


class ScheduleAlerts(AttentionBanner):
    """The Overview's first lines: each concern with a button to where it is dealt with (a past meeting on the
    Agenda page, where its items are recorded and carried over; a bad date on the Schedule page)."""

    def __init__(self, app, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.today: date | None = None
        self.chosen.connect(self._open)

    def button_text(self, concern: MeetingConcern) -> str:
        if concern.kind == NOT_RECORDED:
            return self.tr("Record meeting {0}…").format(concern.meeting)
        return self.tr("Open meeting {0}").format(concern.meeting)

    def refresh(self) -> None:
        if self.app.ctx.dialogue_id is None:
            self.set_concerns([])
            return
        self.app.ops.run(
            check_schedule,
            self.app.ctx,
            as_of=self.today or date.today(),
            on_done=lambda report: self.set_concerns(report.concerns),
        )

    @Slot(object)
    def _open(self, concern: MeetingConcern) -> None:
        if concern.kind == NOT_RECORDED:
            self.app.open_page("agenda", meeting=concern.meeting)
        else:
            self.app.open_page("schedule", meeting=concern.meeting)
