"""What the shell assembles from the areas, by name ("module:Class"), so that no area imports another: the
pages of the main window in sidebar order, and the alerts and cards each area adds to the Overview. Each
area adds its own line."""

from __future__ import annotations

import importlib

PAGE_CLASSES = [
    "dialogue_planner.gui.overview.page:OverviewPage",
    "dialogue_planner.gui.schedule.page:SchedulePage",
    "dialogue_planner.gui.roster.page:RosterPage",
    "dialogue_planner.gui.agenda.page:AgendaPage",
    "dialogue_planner.gui.outcomes.page:OutcomesPage",
    "dialogue_planner.gui.commitments.page:CommitmentsPage",
    "dialogue_planner.gui.requests.page:RequestsPage",
    "dialogue_planner.gui.escalations.page:EscalationsPage",
    "dialogue_planner.gui.briefing.page:BriefingPage",
    "dialogue_planner.gui.workstation.page:WorkstationPage",
    # Past the tenth page, no Ctrl+digit: the Go menu and the navigation reach it.
    "dialogue_planner.gui.exchange.page:ExchangePage",
]


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


def page_classes() -> list[type]:
    return [load_class(spec) for spec in PAGE_CLASSES]
