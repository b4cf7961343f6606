"""Overview cards of the requests area: overdue requests, and timeliness per side since the last meeting."""

from __future__ import annotations

from datetime import date
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from dialogue_planner.gui.kit.looks import give_look
from dialogue_planner.gui.kit.widgets import Card, FigureCard
from dialogue_planner.services.requests import overdue_summary, timeliness_report


class OverdueRequestsCard(FigureCard):
    def __init__(self, app, parent: QWidget | None = None) -> None:
        super().__init__(app, "", parent)
        self.set_heading(self.tr("Overdue requests"))
        self.today: date | None = None

    def target(self) -> tuple[str, dict]:
        """A click opens the Requests page showing the overdue requests, all of them."""
        return "requests", {"overdue": True}

    def refresh(self) -> None:
        if self.app.ctx.dialogue_id is None:
            self.show_nothing()
            return
        self.app.ops.run(overdue_summary, self.app.ctx, as_of=self.today or date.today(), on_done=self._show)

    def _show(self, summary) -> None:
        total = sum(summary.by_side.values())
        self.figure.setText(str(total))
        owed = " · ".join(self.tr("{0} owed by {1}").format(n, side) for side, n in summary.by_side.items())
        rows = [escape(owed)]
        for r in summary.oldest:
            rows.append(
                self.tr("{0} to {1}: due {2}, {3} days late").format(
                    f"<b>{escape(r.reference)}</b>",
                    escape(r.to_side),
                    r.response_due_on.isoformat(),
                    (summary.as_of - r.response_due_on).days,
                )
            )
        if not summary.oldest:
            rows.append(self.tr("Nothing overdue."))
        self.lines.setText("<br>".join(rows))


def _share(value: float | None) -> str:
    return "–" if value is None else f"{value:.0%}"


def _days(value: float | None) -> str:
    return "–" if value is None else f"{value:g}"


class TimelinessCard(Card):
    def __init__(self, app, parent: QWidget | None = None) -> None:
        super().__init__("", parent)
        give_look(self, "card")
        self.app = app
        self.today: date | None = None
        self.set_heading(self.tr("Timeliness since the last meeting"))
        self.period = QLabel()
        give_look(self.period, "muted")
        self.table = QLabel()
        self.table.setTextFormat(Qt.TextFormat.RichText)
        self.body.addWidget(self.period)
        self.body.addWidget(self.table)

    def target(self) -> tuple[str, dict]:
        """A click opens the timeliness report these figures come from, on the Requests page."""
        return "requests", {"report": True}

    def refresh(self) -> None:
        if self.app.ctx.dialogue_id is None:
            self.period.clear()
            self.table.clear()
            return
        self.app.ops.run(
            timeliness_report, self.app.ctx, today=self.today or date.today(), on_done=self._show
        )

    def _show(self, report) -> None:
        self.period.setText(
            self.tr("Requests received {0} to {1}, by responding side").format(
                report.start.isoformat(), report.end.isoformat()
            )
        )
        sides = list(report.by_side.values())
        rows = [
            (self.tr("requests"), [str(t.requests) for t in sides]),
            (self.tr("responded"), [str(t.responded) for t in sides]),
            (self.tr("on time"), [f"{t.on_time} ({_share(t.on_time_share)})" for t in sides]),
            (self.tr("median days"), [_days(t.median_days) for t in sides]),
            (self.tr("overdue now"), [str(t.overdue) for t in sides]),
        ]
        head = "".join(f"<th style='padding:0 12px; text-align:right'>{escape(t.side)}</th>" for t in sides)
        body = "".join(
            f"<tr><td style='color:#52606d; padding-right:12px'>{escape(label)}</td>"
            + "".join(f"<td style='padding:0 12px; text-align:right'>{escape(v)}</td>" for v in values)
            + "</tr>"
            for label, values in rows
        )
        self.table.setText(f"<table><tr><td></td>{head}</tr>{body}</table>")
