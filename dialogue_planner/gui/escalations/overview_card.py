"""The Overview card of the hotline: open escalations per raising side and the most severe ones. Clicked, it
opens the Escalations page showing the open ones."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QWidget

from dialogue_planner.gui.kit.widgets import FigureCard
from dialogue_planner.gui.kit.words import word
from dialogue_planner.services.escalations import list_escalations

from .table_model import SEVERITY_RANK


class OpenEscalationsCard(FigureCard):
    def __init__(self, app, parent: QWidget | None = None) -> None:
        super().__init__(app, "", parent)
        self.set_heading(self.tr("Open escalations"))

    def target(self) -> tuple[str, dict]:
        return "escalations", {"open_only": True}

    def refresh(self) -> None:
        if self.app.ctx.dialogue_id is None:
            self.show_nothing()
            return
        self.app.ops.run(list_escalations, self.app.ctx, open_only=True, on_done=self._show)

    def _show(self, live) -> None:
        self.figure.setText(str(len(live)))
        by_side: dict[str, int] = {}
        for e in live:
            by_side[e.raised_by_side] = by_side.get(e.raised_by_side, 0) + 1
        rows = [
            escape(
                " · ".join(
                    self.tr("{0} raised by {1}").format(n, side) for side, n in sorted(by_side.items())
                )
            )
        ]
        worst = sorted(live, key=lambda e: (-SEVERITY_RANK.get(e.severity, 0), e.raised_at))[:4]
        for e in worst:
            rows.append(f"<b>{escape(e.reference)}</b> ({escape(word(e.severity))}): {escape(e.summary)}")
        if not live:
            rows = [self.tr("No open escalations.")]
        self.lines.setText("<br>".join(rows))
