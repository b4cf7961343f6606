"""The first page: the dialogue, both sides with their agencies, counts, and the cards other areas add."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from dialogue_planner.services.overview import overview

from .page import Page
from .pages import load_class
from .widgets import Card, FigureTile

# Cards other areas add to the Overview ("module:Class"; the class takes (app, parent) and has refresh()).
OVERVIEW_CARDS: list[str] = [
    "dialogue_planner.gui.schedule.overview_card:NextMeetingCard",
    "dialogue_planner.gui.requests.overview_cards:OverdueRequestsCard",
    "dialogue_planner.gui.requests.overview_cards:TimelinessCard",
    "dialogue_planner.gui.escalations.overview_card:OpenEscalationsCard",
    "dialogue_planner.gui.roster.overview_card:RosterCard",
]


class OverviewPage(Page):
    page_id = "overview"
    icon_name = "overview"

    def __init__(self, app, parent: QWidget | None = None) -> None:
        super().__init__(app, parent)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setAccessibleName(self.tr("Overview"))
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        outer.addWidget(scroll)
        host = QWidget()
        host.setObjectName("pageHost")
        scroll.setWidget(host)
        layout = QVBoxLayout(host)
        layout.setContentsMargins(24, 20, 24, 24)
        layout.setSpacing(14)

        self.heading = QLabel()
        self.heading.setObjectName("pageTitle")
        self.heading.setWordWrap(True)
        self.subheading = QLabel()
        self.subheading.setObjectName("pageSubtitle")
        self.facts = QLabel()
        self.facts.setObjectName("pageSubtitle")
        self.facts.setWordWrap(True)
        for w in (self.heading, self.subheading, self.facts):
            layout.addWidget(w)

        tiles = QHBoxLayout()
        self.tiles = {key: FigureTile(label) for key, label in (
            ("agencies", self.tr("agencies")), ("delegates", self.tr("delegates")),
            ("meetings", self.tr("meetings")), ("requests", self.tr("requests")),
            ("escalations", self.tr("escalations")), ("agenda_items", self.tr("agenda items")))}
        for tile in self.tiles.values():
            tiles.addWidget(tile)
        layout.addLayout(tiles)

        self.cards_grid = QGridLayout()
        self.cards_grid.setSpacing(14)
        layout.addLayout(self.cards_grid)
        self.side_cards: list[Card] = []
        for column in range(2):
            card = Card()
            card.layout().setAlignment(Qt.AlignmentFlag.AlignTop)  # the shorter side's card keeps its heading up
            self.cards_grid.addWidget(card, 0, column)
            self.side_cards.append(card)
        self.extra_cards = []
        for index, spec in enumerate(OVERVIEW_CARDS):
            card = load_class(spec)(app, self)
            self.cards_grid.addWidget(card, 1 + index // 2, index % 2)
            self.extra_cards.append(card)
        layout.addStretch(1)

    def title(self) -> str:
        return self.tr("Overview")

    def refresh(self) -> None:
        data = overview(self.app.ctx)
        d = data.dialogue
        if d is None:
            self.heading.setText(self.tr("No dialogue yet"))
            self.subheading.setText(self.tr("Run 'dialogue-planner init' (or init --demo) to create the 2015 dialogue."))
            self.facts.clear()
        else:
            chinese_first = self.app.language == "zh_CN" and d.name_zh
            self.heading.setText(d.name_zh if chinese_first else d.name_en)
            self.subheading.setText(d.name_en if chinese_first else d.name_zh)
            deadline = d.first_meeting_deadline.isoformat() if d.first_meeting_deadline else self.tr("none")
            self.facts.setText(self.tr("Established {0} · {1} meetings a year · first meeting by {2}").format(
                d.established_on.isoformat(), d.meetings_per_year, deadline))
            for card, side in zip(self.side_cards, d.sides):
                self._fill_side(card, side, data.agencies.get(side.code, ()))
        for key, tile in self.tiles.items():
            tile.set_value(getattr(data.counts, key))
        for card in self.extra_cards:
            card.refresh()

    def _fill_side(self, card: Card, side, agencies) -> None:
        card.set_heading(f"{side.name_en} · {side.name_zh} ({side.code})")
        while card.body.count():
            item = card.body.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        zone = QLabel(self.tr("Time zone {0} · paper {1}").format(side.time_zone, side.paper_size.upper()))
        zone.setObjectName("muted")
        card.body.addWidget(zone)
        role_words = {"co-chair": self.tr("co-chair"), "lead": self.tr("lead")}
        # The agencies at the table: those under another one are counted, and listed on the Roster page
        # (a long-running dialogue has a hundred and more a side).
        top = [a for a in agencies if a.parent_id is None]
        lines = []
        for a in top:
            role = role_words.get(a.dialogue_role, a.dialogue_role)
            names = " · ".join(escape(name) for name in (a.name_en, a.name_zh) if name)
            lines.append(f'<p style="margin-top:0; margin-bottom:4px"><b>{escape(a.acronym)}</b> — {names}'
                         + (f" <i>({escape(role)})</i>" if role else "") + "</p>")
        if lines:  # one label for them all: 150 word-wrapped labels a side took seconds to lay out
            label = QLabel("".join(lines))
            label.setObjectName("agencyList")
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setWordWrap(True)
            card.body.addWidget(label)
        if len(agencies) > len(top):
            more = QLabel(self.tr("Agencies under these: {0}, listed on the Roster page.").format(
                len(agencies) - len(top)))
            more.setObjectName("muted")
            card.body.addWidget(more)
        if not agencies:
            card.body.addWidget(QLabel(self.tr("No agencies yet.")))
