"""The Overview's card for the next meeting: when, where, both sides' local times, and a countdown. Clicked,
it opens the meeting on the Schedule page."""

from __future__ import annotations

from datetime import date, datetime, timezone

from PySide6.QtCore import QTimer, Slot
from PySide6.QtWidgets import QLabel, QWidget

from dialogue_planner.domain.errors import DialogueError
from dialogue_planner.domain.meeting_times import local_instant
from dialogue_planner.gui.kit.looks import give_look
from dialogue_planner.gui.kit.widgets import Card
from dialogue_planner.services.meetings import next_open_meeting
from dialogue_planner.services.schedule import current_dialogue

from .meeting_model import day_span, local_times
from .words import ordinal_label, word


class NextMeetingCard(Card):
    """Refreshed with the Overview; the countdown ticks every minute."""

    def __init__(self, app, parent: QWidget | None = None) -> None:
        super().__init__("", parent)
        give_look(self, "card")
        self.app = app
        self.meeting = None
        self.today: date | None = None  # None: the real date (tests and screenshots fix it)
        self.set_heading(self.tr("Next meeting"))
        self.what = QLabel()
        self.what.setWordWrap(True)
        self.countdown = QLabel()
        give_look(self.countdown, "tileValue")
        self.times = QLabel()
        give_look(self.times, "muted")
        self.times.setWordWrap(True)
        for label in (self.countdown, self.what, self.times):
            self.body.addWidget(label)
        self.timer = QTimer(self)
        self.timer.setInterval(60_000)
        self.timer.timeout.connect(self.tick)
        self.timer.start()

    def target(self) -> tuple[str, dict]:
        """Where a click on the card goes: the Schedule page, on this meeting."""
        return "schedule", ({"meeting": self.meeting.number} if self.meeting is not None else {})

    def refresh(self) -> None:
        today = self.today or date.today()
        ctx = self.app.ctx

        def fetch():
            if ctx.dialogue_id is None:
                return None, {}
            meeting = next_open_meeting(ctx, after=today)
            zones = {s.code: s.time_zone for s in current_dialogue(ctx).sides} if meeting is not None else {}
            return meeting, zones

        self.app.ops.run(fetch, on_done=self._show)

    def _show(self, fetched) -> None:
        self.meeting, zones = fetched
        m = self.meeting
        if m is None:
            self.what.setText(self.tr("No meeting planned. Use Propose dates on the Schedule page."))
            self.times.clear()
        else:
            self.what.setText(
                self.tr("{0} · {1} · {2} ({3}) · {4}").format(
                    ordinal_label(m.number), day_span(m), self._city(m), m.host, word(m.status)
                )
            )
            self.times.setText("\n".join(local_times(m, zones)))
        self.tick()

    def _city(self, m) -> str:
        """The city in the interface's language (the Chinese one where it was written)."""
        chinese = getattr(self.app, "language", "en") == "zh_CN"
        return (getattr(m, "city_zh", "") if chinese else "") or m.city

    @Slot()
    def tick(self) -> None:
        self.countdown.setText(self.countdown_text(self.today or date.today(), datetime.now(timezone.utc)))

    def countdown_text(self, today: date, now: datetime) -> str:
        m = self.meeting
        if m is None:
            return "—"
        if m.status == "postponed":
            return self.tr("postponed")
        if m.start_time is not None:
            try:
                start = local_instant(m.start, m.start_time, m.time_zone)
            except DialogueError:
                start = None
            if start is not None and start > now:
                hours = int((start - now).total_seconds() // 3600)
                if hours < 48:
                    return self.tr("in {0} h {1} min").format(
                        hours, int((start - now).total_seconds() % 3600 // 60)
                    )
        days = (m.start - today).days
        if days <= 0:
            return self.tr("today")
        if days == 1:
            return self.tr("tomorrow")
        return self.tr("in {0} days").format(days)
