"""The pages of the main window, in sidebar order: "module:Class". Each area adds its own line."""

from __future__ import annotations

import importlib

PAGE_CLASSES = [
    "dialogue_planner.gui.shell.overview:OverviewPage",
    "dialogue_planner.gui.schedule.page:SchedulePage",
    "dialogue_planner.gui.roster.page:RosterPage",
    "dialogue_planner.gui.agenda.page:AgendaPage",
    "dialogue_planner.gui.requests.page:RequestsPage",
    "dialogue_planner.gui.escalations.page:EscalationsPage",
    "dialogue_planner.gui.briefing.page:BriefingPage",
    "dialogue_planner.gui.workstation.page:WorkstationPage",
]


def load_class(spec: str) -> type:
    module, _, name = spec.partition(":")
    return getattr(importlib.import_module(module), name)


def page_classes() -> list[type]:
    return [load_class(spec) for spec in PAGE_CLASSES]
