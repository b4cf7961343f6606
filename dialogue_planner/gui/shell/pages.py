"""What the shell assembles from the areas, by name ("module:Class"), so that no area imports another: the
pages of the main window in sidebar order, and the alerts and cards each area adds to the Overview. Each
area adds its own line."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from collections.abc import Callable


class PageEntry(NamedTuple):
    """A page as the sidebar knows it before its module is imported: the window paints its whole sidebar
    at once and builds a page (importing its area) when it is first shown. (A named tuple: importing
    ``dataclasses`` before the first paint cost 3 ms.)"""

    page_id: str
    icon_name: str
    spec: str  # "module:Class"

    def title(self) -> str:
        return page_title(self.page_id)


PAGES = [
    PageEntry("overview", "overview", "dialogue_planner.gui.overview.page:OverviewPage"),
    PageEntry("schedule", "schedule-page", "dialogue_planner.gui.schedule.page:SchedulePage"),
    PageEntry("roster", "roster-page", "dialogue_planner.gui.roster.page:RosterPage"),
    PageEntry("agenda", "agenda-page", "dialogue_planner.gui.agenda.page:AgendaPage"),
    PageEntry("outcomes", "outcomes-page", "dialogue_planner.gui.outcomes.page:OutcomesPage"),
    PageEntry("commitments", "commitments-page", "dialogue_planner.gui.commitments.page:CommitmentsPage"),
    PageEntry("requests", "requests-page", "dialogue_planner.gui.requests.page:RequestsPage"),
    PageEntry("escalations", "requests-hotline", "dialogue_planner.gui.escalations.page:EscalationsPage"),
    PageEntry("briefing", "briefing-pack", "dialogue_planner.gui.briefing.page:BriefingPage"),
    PageEntry("workstation", "workstation-page", "dialogue_planner.gui.workstation.page:WorkstationPage"),
    # Past the tenth page, no Ctrl+digit: the Go menu and the navigation reach it.
    PageEntry("exchange", "workstation-connection", "dialogue_planner.gui.exchange.page:ExchangePage"),
]
PAGE_CLASSES = [entry.spec for entry in PAGES]


def page_title(page_id: str) -> str:
    """A page's title in the interface language (the sidebar, the Go menu, the window title)."""
    titles = {
        "overview": QCoreApplication.translate("OverviewPage", "Overview"),
        "schedule": QCoreApplication.translate("SchedulePage", "Schedule"),
        "roster": QCoreApplication.translate("RosterPage", "Roster"),
        "agenda": QCoreApplication.translate("AgendaPage", "Agenda"),
        "outcomes": QCoreApplication.translate("OutcomesPage", "Outcomes"),
        "commitments": QCoreApplication.translate("CommitmentsPage", "Commitments"),
        "requests": QCoreApplication.translate("RequestsPage", "Requests"),
        "escalations": QCoreApplication.translate("EscalationsPage", "Escalations"),
        "briefing": QCoreApplication.translate("BriefingPage", "Briefing"),
        "workstation": QCoreApplication.translate("WorkstationPage", "Workstation"),
        "exchange": QCoreApplication.translate("ExchangePage", "Reconciliation"),
    }
    return titles[page_id]


# What needs doing first, shown above everything ("module:Class"; as the cards, hidden when there is nothing).
OVERVIEW_ALERTS: list[str] = [
    "dialogue_planner.gui.schedule.attention:ScheduleAlerts",
]
# Cards other areas add to the Overview ("module:Class"; the class takes (app, parent) and has refresh()).
OVERVIEW_CARDS: list[str] = [
    "dialogue_planner.gui.schedule.overview_card:NextMeetingCard",
    "dialogue_planner.gui.requests.overview_cards:OverdueRequestsCard",
    "dialogue_planner.gui.requests.overview_cards:TimelinessCard",
    "dialogue_planner.gui.escalations.overview_card:OpenEscalationsCard",
    "dialogue_planner.gui.commitments.overview_card:CommitmentsCard",
    "dialogue_planner.gui.roster.overview_card:RosterCard",
]
# The page a card opens when clicked; a card with ``target() -> (page_id, what)`` says it itself.
CARD_PAGES: dict[str, str] = {
    "dialogue_planner.gui.roster.overview_card:RosterCard": "roster",
}


def load_class(spec: str) -> type:
    module, _, name = spec.partition(":")
    return getattr(importlib.import_module(module), name)


#: Imported after the pages' modules, in pieces of 15-75 ms: the pack's renderer, which the Briefing page's
#: preview and the Outcomes page's PDF load on their first render (ReportLab, 200 ms of imports).
AFTER_PAGES = (
    "reportlab.lib.colors",
    "reportlab.pdfbase.ttfonts",
    "reportlab.platypus",
    "reportlab.graphics.charts.barcharts",
    "dialogue_planner.reports.pack",
)


def import_pages(before_each: Callable[[], object] = lambda: None) -> None:
    """Import every page's module (and so its area's services), then what their first actions load
    (``AFTER_PAGES``): the window does it off the GUI thread once the first page shows its data, so that
    opening a page later only builds its widgets. ``before_each`` runs before each import (the warm-up
    waits there while the user works). What the imports make is frozen (``collection_deferred``): it
    lives as long as the process."""
    from ..kit.collector import collection_deferred

    with collection_deferred(keep=True):
        for name in (*(entry.spec.partition(":")[0] for entry in PAGES), *AFTER_PAGES):
            before_each()
            importlib.import_module(name)
