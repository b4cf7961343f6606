"""The first page: what needs doing first, the dialogue, both sides with their agencies, counts, and the
cards other areas add. Every card and figure opens the page with what it counts.

At the application's start the page is built before the database is attached, to show the first look
(``show_first_look``: the dialogue, the agencies and the counts, read before the database layer is
loaded); the other areas' alerts and cards join it when the database is attached (``attach``)."""

from __future__ import annotations

from datetime import date
from html import escape

from PySide6.QtCore import QEvent, QObject, Qt, Slot
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from dialogue_planner.domain.vocabulary import Role
from dialogue_planner.gui.kit.confirm import confirm
from dialogue_planner.gui.kit.looks import give_look
from dialogue_planner.gui.kit.page_parts import page_header
from dialogue_planner.gui.kit.scroll import FittingScrollArea
from dialogue_planner.gui.kit.widgets import Card, FigureTile
from dialogue_planner.gui.shell.page import Page
from dialogue_planner.gui.shell.pages import CARD_PAGES, OVERVIEW_ALERTS, OVERVIEW_CARDS, load_class

# The page each figure tile opens.
TILE_PAGES = {
    "agencies": "roster",
    "delegates": "roster",
    "meetings": "schedule",
    "requests": "requests",
    "escalations": "escalations",
    "agenda_items": "agenda",
}


class PageOpener(QObject):
    """Makes cards and tiles open a page: a click anywhere on one (its labels included), or Enter or Space
    when it has the keyboard focus.

    It hears the card itself only: a click on one of its labels, which a label does not take, goes on to
    the card, and to its filter. (It used to hear every child too: every event of every label then called
    into Python, 323 calls in the Overview's first showing, each waiting for the interpreter lock while the
    pages were imported beside it; benchmarks, issue 19.)"""

    def __init__(self, page: Page) -> None:
        super().__init__(page)
        self.page = page  # its app, once the database is attached
        self.targets: dict[QWidget, object] = {}

    def add(self, widget: QWidget, target, tooltip: str) -> None:
        """``target``: a page id, or a callable returning (page id, what to show there)."""
        self.targets[widget] = target
        widget.setCursor(Qt.CursorShape.PointingHandCursor)
        widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        widget.setToolTip(tooltip)
        widget.installEventFilter(self)

    def owner(self, widget) -> QWidget | None:
        while widget is not None and widget not in self.targets:
            widget = widget.parentWidget() if isinstance(widget, QWidget) else None
        return widget

    def eventFilter(self, obj, event) -> bool:
        kind = event.type()
        clicked = kind == QEvent.Type.MouseButtonRelease and event.button() == Qt.MouseButton.LeftButton
        pressed = (
            kind == QEvent.Type.KeyPress
            and obj in self.targets
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space)
        )
        if not (clicked or pressed):
            return False
        owner = self.owner(obj)
        if owner is None or self.page.app is None:  # the first look, before the database is attached
            return False
        target = self.targets[owner]
        page_id, what = target() if callable(target) else (target, {})
        self.page.app.open_page(page_id, **what)
        return True


class OverviewPage(Page):
    page_id = "overview"

    def __init__(self, app=None, parent: QWidget | None = None) -> None:
        super().__init__(app, parent)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        host = QWidget()
        give_look(host, "pageHost")
        scroll = FittingScrollArea(host, transparent=False)  # wrapped agency lists scroll, never overlap
        self.scroll = scroll
        scroll.content_changed.connect(self._arrange_again)  # a card grown after the columns were chosen
        scroll.setAccessibleName(self.tr("Overview"))
        outer.addWidget(scroll)
        layout = QVBoxLayout(host)
        layout.setContentsMargins(24, 20, 24, 24)
        layout.setSpacing(14)
        self.today: date | None = None  # None: the real date (tests and screenshots fix it)
        self.opener = PageOpener(self)
        self.body = layout

        self.alerts: list[QWidget] = []
        self.setup_card = self._build_setup_card()
        layout.addWidget(self.setup_card)
        self.heading, self.subheading = page_header(layout, " ", " ")
        self.subheading.setWordWrap(False)
        self.facts = QLabel()
        give_look(self.facts, "pageSubtitle")
        self.facts.setWordWrap(True)
        layout.addWidget(self.facts)
        layout.addLayout(self._build_tiles())
        layout.addLayout(self._build_side_cards())
        self.extra_cards: list[QWidget] = []
        self.columns: tuple[int, int] = (0, 0)
        _reflow(self.tiles_grid, list(self.tiles.values()), len(self.tiles))
        _reflow(self.cards_grid, self.side_cards, 2)
        layout.addStretch(1)
        if app is not None:
            self._add_area_parts(app)

    def attach(self, app) -> None:
        super().attach(app)
        self._add_area_parts(app)

    def _build_tiles(self) -> QGridLayout:
        """The counts, each opening the page that lists what it counts."""
        self.tiles_grid = QGridLayout()
        self.tiles_grid.setSpacing(14)
        self.tiles = {
            key: FigureTile(label)
            for key, label in (
                ("agencies", self.tr("agencies")),
                ("delegates", self.tr("delegates")),
                ("meetings", self.tr("meetings")),
                ("requests", self.tr("requests")),
                ("escalations", self.tr("escalations")),
                ("agenda_items", self.tr("agenda items")),
            )
        }
        for key, tile in self.tiles.items():
            tile.setAccessibleName(tile.label.text())
            self.opener.add(tile, TILE_PAGES[key], self.tr("Open the page"))
        return self.tiles_grid

    def _build_side_cards(self) -> QGridLayout:
        """The two sides' cards; the cards other areas add join them (``_add_area_parts``)."""
        self.cards_grid = QGridLayout()
        self.cards_grid.setSpacing(14)
        self.side_cards: list[Card] = []
        for _side in range(2):
            card = Card()
            card.layout().setAlignment(
                Qt.AlignmentFlag.AlignTop
            )  # the shorter side's card keeps its heading up
            self.side_cards.append(card)
        return self.cards_grid

    def _add_area_parts(self, app) -> None:
        """The alerts over the page and the cards other areas add beside the sides' cards: each area's
        module is imported here, so the page itself can show before the database layer is loaded."""
        self.alerts = [load_class(spec)(app, self) for spec in OVERVIEW_ALERTS]
        for index, alert in enumerate(self.alerts):
            self.body.insertWidget(index, alert)
        for spec in OVERVIEW_CARDS:
            card = load_class(spec)(app, self)
            self.extra_cards.append(card)
            target = getattr(card, "target", None) or CARD_PAGES.get(spec)
            if target is not None:
                self.opener.add(card, target, self.tr("Open the page"))
        self.columns = (0, 0)  # arranged again with them
        _reflow(self.cards_grid, [*self.side_cards, *self.extra_cards], 2)
        self._rearrange()

    def arrange(self, width: int) -> None:
        """Tiles and cards in as many columns as fit in ``width`` (the page's inner width): on a wide
        screen six tiles a row and cards side by side, on a small one fewer, never cut on the right."""
        tiles = list(self.tiles.values())
        cards = [*self.side_cards, *self.extra_cards]
        columns = (
            _columns_fitting(tiles, (len(tiles), 3, 2), self.tiles_grid.spacing(), width),
            _columns_fitting(cards, (2,), self.cards_grid.spacing(), width),
        )
        if columns == self.columns:
            return
        self.columns = columns
        _reflow(self.tiles_grid, tiles, columns[0])
        _reflow(self.cards_grid, cards, columns[1])

    def resizeEvent(self, event) -> None:
        self.arrange(self._inner_width(event.size().width()))
        super().resizeEvent(event)

    @Slot()
    def _arrange_again(self) -> None:
        """The columns checked again whenever the content's layout changes: a card's own load may come back
        after the page's, and two cards grown too wide to stand side by side were cut at the right edge."""
        if self.width() > 0:
            self.arrange(self._inner_width(self.width()))

    def _inner_width(self, width: int) -> int:
        """From the page's own width (its scroll area fills it; its viewport is resized after a resize
        event), leaving room for the vertical scroll bar whether or not it shows."""
        margins = self.scroll.widget().layout().contentsMargins()
        bar = self.scroll.verticalScrollBar().sizeHint().width()
        return width - bar - margins.left() - margins.right()

    def _build_setup_card(self) -> Card:
        """Shown on a database that holds no dialogue yet: set it up here, no command line needed."""
        card = Card(self.tr("This database holds no dialogue yet"))
        card.setAccessibleName(self.tr("Set up the dialogue"))
        text = QLabel(
            self.tr(
                "Create the dialogue this program keeps (its two sides, their agencies, the standing agenda items "
                "and the response standards), or load the demonstration data: the same dialogue with ten years of "
                "fictional meetings, delegates, requests and escalations, to try the program."
            )
        )
        text.setWordWrap(True)
        card.body.addWidget(text)
        buttons = QHBoxLayout()
        self.create_button = QPushButton(self.tr("Create the dialogue"))
        self.create_button.setObjectName("createDialogue")
        self.create_button.clicked.connect(self.create_dialogue)
        self.demo_button = QPushButton(self.tr("Load demonstration data…"))
        self.demo_button.setObjectName("loadDemo")
        self.demo_button.clicked.connect(self.load_demonstration)
        buttons.addWidget(self.create_button)
        buttons.addWidget(self.demo_button)
        buttons.addStretch(1)
        card.body.addLayout(buttons)
        card.hide()
        return card

    @Slot()
    def create_dialogue(self) -> None:
        from dialogue_planner.services.setup import initialise  # rarely used: not imported at start

        self.app.tasks.run(
            self.tr("Creating the dialogue"),
            lambda _progress: initialise(self.app.ctx),
            on_done=lambda _result: self.app.changed("dialogue"),
        )

    @Slot()
    def load_demonstration(self) -> None:
        if not confirm(
            self,
            self.tr("Load demonstration data"),
            self.tr(
                "Add ten years of fictional meetings, delegates, requests and escalations to this database? "
                "They are meant for trying the program, not for the secretariat's real records."
            ),
            self.tr("Load demonstration data"),
        ):
            return
        from dialogue_planner.services.demo import load_demo  # rarely used: not imported at start

        self.app.tasks.run(
            self.tr("Loading the demonstration data"),
            lambda _progress: load_demo(self.app.ctx),
            on_done=lambda _result: self.app.changed("dialogue"),
        )

    def refresh(self) -> None:
        for widget in (*self.alerts, *self.extra_cards):
            if hasattr(widget, "today"):
                widget.today = self.today
        for alert in self.alerts:
            alert.refresh()
        for card in self.extra_cards:
            card.refresh()
        from dialogue_planner.services.overview import overview

        self.app.ops.run(overview, self.app.ctx, on_done=self._show)  # after the cards' loads, in order

    def show_first_look(self, look, language: str) -> None:
        """What the first look read (``domain.records.FirstLook``), before the database is attached."""
        self.setup_card.hide()
        self._show_facts(look.dialogue, look.agencies, look.counts, language)
        self._rearrange()

    def _show(self, data) -> None:
        d = data.dialogue
        self.setup_card.setVisible(d is None)
        writable = self.app.ctx.can(Role.ADMIN)
        for button in (self.create_button, self.demo_button):
            button.setEnabled(writable)
            button.setToolTip("" if writable else self.tr("Only an administrator can set up the dialogue."))
        self._show_facts(d, data.agencies, data.counts, self.app.language)
        self._rearrange()

    def _rearrange(self) -> None:
        """The columns again for what the tiles and cards now show: arranged when the page was sized, they
        may have been empty then (a card's line grew wider than its column, cut at 1024 px), then fit the
        scroll area's height to them."""
        if self.width() > 0:
            self.arrange(self._inner_width(self.width()))
        self.scroll.fit()

    def _show_facts(self, d, agencies, counts, language: str) -> None:
        """The dialogue's names and facts, both sides' agencies, and the counts."""
        if d is None:
            self.heading.setText(self.tr("No dialogue yet"))
            self.subheading.clear()
            self.facts.clear()
        else:
            chinese_first = language == "zh_CN" and d.name_zh
            self.heading.setText(d.name_zh if chinese_first else d.name_en)
            self.subheading.setText(d.name_en if chinese_first else d.name_zh)
            deadline = d.first_meeting_deadline.isoformat() if d.first_meeting_deadline else self.tr("none")
            self.facts.setText(
                self.tr("Established {0} · {1} meetings a year · first meeting by {2}").format(
                    d.established_on.isoformat(), d.meetings_per_year, deadline
                )
            )
            for card, side in zip(self.side_cards, d.sides, strict=False):
                self._fill_side(card, side, agencies.get(side.code, ()))
        for key, tile in self.tiles.items():
            tile.set_value(getattr(counts, key))

    def _fill_side(self, card: Card, side, agencies) -> None:
        card.set_heading(f"{side.name_en} · {side.name_zh} ({side.code})")
        while card.body.count():
            item = card.body.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        paper = {"letter": self.tr("US Letter"), "a4": "A4"}.get(
            side.paper_size.lower(), side.paper_size.upper()
        )
        zone = QLabel(self.tr("Time zone {0} · paper {1}").format(side.time_zone, paper))
        give_look(zone, "muted")
        card.body.addWidget(zone)
        role_words = {"co-chair": self.tr("co-chair"), "lead": self.tr("lead")}
        # The agencies at the table: those under another one are counted, and listed on the Roster page
        # (a long-running dialogue has a hundred and more a side).
        top = [a for a in agencies if a.parent_id is None]
        lines = []
        for a in top:
            role = role_words.get(a.dialogue_role, a.dialogue_role)
            names = " · ".join(escape(name) for name in (a.name_en, a.name_zh) if name)
            lines.append(
                f'<p style="margin-top:0; margin-bottom:4px"><b>{escape(a.acronym)}</b> — {names}'
                + (f" <i>({escape(role)})</i>" if role else "")
                + "</p>"
            )
        if lines:  # one label for them all: 150 word-wrapped labels a side took seconds to lay out
            label = QLabel("".join(lines))
            label.setObjectName("agencyList")
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setWordWrap(True)
            card.body.addWidget(label)
        if len(agencies) > len(top):
            more = QLabel(
                self.tr("Agencies under these: {0}, listed on the Roster page.").format(
                    len(agencies) - len(top)
                )
            )
            give_look(more, "muted")
            card.body.addWidget(more)
        if not agencies:
            card.body.addWidget(QLabel(self.tr("No agencies yet.")))


def _columns_fitting(widgets, choices, spacing: int, width: int) -> int:
    """The first of ``choices`` (most columns first) whose columns of the widest widget fit in ``width``;
    one column when none does."""
    widest = max(widget.minimumSizeHint().width() for widget in widgets)
    return next((n for n in choices if n * widest + (n - 1) * spacing <= width), 1)


def _reflow(grid: QGridLayout, widgets, columns: int) -> None:
    """Put ``widgets`` into ``grid`` row by row, ``columns`` a row, the columns sharing the width."""
    for widget in widgets:
        grid.removeWidget(widget)
    for index, widget in enumerate(widgets):
        grid.addWidget(widget, index // columns, index % columns)
    for column in range(max(len(widgets), grid.columnCount())):
        grid.setColumnStretch(column, 1 if column < columns else 0)
