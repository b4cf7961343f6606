"""What the commitment and activity dialogs offer to choose from, loaded in one call off the GUI thread."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from dialogue_planner.domain.roster import latin_name
from dialogue_planner.services.agencies import side_agencies
from dialogue_planner.services.commitments import list_commitments
from dialogue_planner.services.info import current_dialogue
from dialogue_planner.services.meetings import list_meetings
from dialogue_planner.services.roster import list_delegates


@dataclass(frozen=True)
class Person:
    key: str  # what the services look a delegate up by (external id, email or id)
    id: int
    name: str
    side: str
    agency: str
    active: bool


@dataclass(frozen=True)
class Choices:
    meetings: list[tuple[int, date, str]] = field(default_factory=list)  # number, first day, status
    sides: list[str] = field(default_factory=list)
    agencies: dict[str, list[tuple[str, str]]] = field(default_factory=dict)  # side -> (acronym, name)
    people: list[Person] = field(default_factory=list)
    # the dialogue's commitments an activity can be linked to: id, meeting number, text, status
    commitments: list[tuple[int, int, str, str]] = field(default_factory=list)


def delegate_key(external_id: str | None, email: str, delegate_id: int) -> str:
    """The key ``services.lookup.find_delegate`` finds this delegate by: its external id, else its email,
    else its id."""
    return external_id or email or str(delegate_id)


def _name(d) -> str:
    """The Latin name, then the name in its own script where there is one ("SUN Ming 孙明")."""
    latin = latin_name(d.family_name, d.given_name)
    native = (d.native_name or "").strip()
    return f"{latin} {native}" if native and native != latin else latin


def load_choices(ctx) -> Choices:
    dialogue = current_dialogue(ctx)
    sides = [s.code for s in dialogue.sides]
    meetings = [
        (m.number, m.actual_start or m.planned_start, m.status)
        for m in list_meetings(ctx)
        if m.status != "cancelled"
    ]
    agencies = {
        code: [(a.acronym, a.name_en) for a in side_agencies(ctx, code) if a.acronym] for code in sides
    }
    people = [
        Person(
            delegate_key(d.external_id, d.email, d.id),
            d.id,
            _name(d),
            d.side_code,
            d.agency_acronym,
            d.active,
        )
        for d in list_delegates(ctx)
        if d.side_code in sides
    ]
    commitments = [(c.id, c.meeting_number, c.text, c.status) for c in list_commitments(ctx)]
    return Choices(meetings, sides, agencies, people, commitments)
