"""The Overview's roster card: active delegates per side, and the last roster import."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from dialogue_planner.gui.kit.looks import give_look
from dialogue_planner.gui.kit.widgets import Card
from dialogue_planner.services.agencies import delegate_counts, list_agencies
from dialogue_planner.services.roster_import import last_import


def _card_facts(ctx):
    return delegate_counts(ctx), list_agencies(ctx), last_import(ctx)


class RosterCard(Card):
    def __init__(self, app, parent: QWidget | None = None) -> None:
        super().__init__(parent=parent)
        self.app = app
        give_look(self, "card")
        self.set_heading(self.tr("Roster"))
        self.sides = QLabel()
        self.sides.setWordWrap(True)
        self.last = QLabel()
        give_look(self.last, "muted")
        self.last.setWordWrap(True)
        self.body.addWidget(self.sides)
        self.body.addWidget(self.last)

    def refresh(self) -> None:
        self.app.ops.run(_card_facts, self.app.ctx, on_done=self._show)

    def _show(self, facts) -> None:
        counts, agencies, record = facts
        per_side: dict[str, list[int]] = {}
        for agency in agencies:
            entry = per_side.setdefault(agency.side_code, [0, 0])
            entry[0] += counts.get(agency.id, (0, 0))[0]
            entry[1] += 1
        self.sides.setText(
            "\n".join(
                self.tr("{0}: {1} active delegates in {2} agencies").format(code, n, a)
                for code, (n, a) in per_side.items()
            )
            or self.tr("No agencies yet.")
        )
        if record is None:
            self.last.setText(self.tr("No roster import yet."))
        else:
            self.last.setText(
                self.tr("Last import: {0}, by {1} on {2} ({3} new, {4} changed, {5} deactivated).").format(
                    record.file_name,
                    record.actor,
                    record.at.strftime("%Y-%m-%d %H:%M UTC"),
                    record.created,
                    record.updated,
                    record.deactivated,
                )
            )
