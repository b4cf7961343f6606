"""The Overview card of commitments: the overdue ones (days overdue and owner) and those due soon. Hidden
while there is nothing overdue or due soon; clicked, it opens the Commitments page on the overdue ones."""

from __future__ import annotations

from datetime import date
from html import escape

from PySide6.QtWidgets import QWidget

from dialogue_planner.gui.kit.looks import give_look
from dialogue_planner.gui.kit.widgets import FigureCard
from dialogue_planner.services.commitments import CommitmentAlerts, commitment_alerts, list_commitments

SHOWN = 4  # lines of each list; the page lists them all


def load_alerts(ctx, as_of: date, chinese: bool) -> tuple[CommitmentAlerts, dict[int, str]]:
    """The overdue and due-soon commitments, and (for the Chinese interface) their Chinese texts by id."""
    alerts = commitment_alerts(ctx, as_of=as_of)
    texts = (
        {c.id: c.text_zh for c in list_commitments(ctx, open_only=True, as_of=as_of) if c.text_zh}
        if chinese
        else {}
    )
    return alerts, texts


class CommitmentsCard(FigureCard):
    def __init__(self, app, parent: QWidget | None = None) -> None:
        super().__init__(app, "", parent)
        give_look(self, "card")
        self.set_heading(self.tr("Overdue commitments"))
        self.today: date | None = None
        self.texts: dict[int, str] = {}
        self.hide()

    def target(self) -> tuple[str, dict]:
        return "commitments", {"overdue": True}

    def refresh(self) -> None:
        if self.app.ctx.dialogue_id is None:
            self.show_nothing()
            self.hide()
            return
        chinese = getattr(self.app, "language", "en") == "zh_CN"
        self.app.ops.run(load_alerts, self.app.ctx, self.today or date.today(), chinese, on_done=self._show)

    def _line(self, c, when: str) -> str:
        meeting = self.tr("Meeting {0}").format(c.meeting_number)
        text = self.texts.get(c.id) or c.text
        return self.tr("{0} {1} — {2}, {3}").format(
            f"<b>{escape(meeting)}</b>", escape(text), escape(c.owner or "–"), when
        )

    def _show(self, loaded) -> None:
        alerts, self.texts = loaded
        self.figure.setText(str(len(alerts.overdue)))
        rows: list[str] = []
        for c in alerts.overdue[:SHOWN]:
            rows.append(
                self._line(
                    c,
                    "<span style='color:#c92a2a'>"
                    + escape(self.tr("{0} days overdue").format(c.days_overdue))
                    + "</span>",
                )
            )
        if len(alerts.overdue) > SHOWN:
            rows.append(escape(self.tr("and {0} more overdue").format(len(alerts.overdue) - SHOWN)))
        if alerts.due_soon:
            rows.append(escape(self.tr("Due within {0} days:").format(alerts.due_soon_days)))
            for c in alerts.due_soon[:SHOWN]:
                left = (
                    self.tr("due today")
                    if c.days_left == 0
                    else self.tr("due {0} (in {1} days)").format(c.due_on.isoformat(), c.days_left)
                )
                rows.append(self._line(c, escape(left)))
        self.lines.setText("<br>".join(rows))
        self.setVisible(bool(alerts.overdue or alerts.due_soon))
