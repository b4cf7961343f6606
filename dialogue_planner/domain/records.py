"""The core records the layers pass around: frozen, plain, never ORM objects.

Records of one area live beside that area's rules (``domain/meetings.py``, ``domain/requests.py`` ...);
these are the ones every area shares.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime


@dataclass(frozen=True)
class SideRecord:
    id: int
    code: str
    name_en: str
    name_zh: str
    time_zone: str
    paper_size: str
    holiday_country: str
    version: int = 1


@dataclass(frozen=True)
class DialogueRecord:
    id: int
    name_en: str
    name_zh: str
    short_name: str
    sides: tuple[SideRecord, SideRecord]
    meetings_per_year: int
    first_meeting_deadline: date | None
    established_on: date
    ended_on: date | None
    travel_days: int
    min_spacing_days: int
    preferred_position: str
    meeting_length_days: int
    version: int = 1
    code: str = ""
    replaced_by_id: int | None = None
    #: Changes of cadence after the establishment (domain.dialogue_life.CadenceStep), oldest first.
    cadence: tuple = ()

    def side(self, code: str) -> SideRecord:
        for s in self.sides:
            if s.code == code:
                return s
        raise KeyError(code)

    def other_side(self, code: str) -> SideRecord:
        return self.sides[1] if self.sides[0].code == code else self.sides[0]


@dataclass(frozen=True)
class AgencyRecord:
    id: int
    side_code: str
    acronym: str
    name_en: str
    name_zh: str
    kind: str
    parent_id: int | None
    dialogue_role: str
    rank: str
    active: bool
    version: int = 1
    merged_into_id: int | None = None

    @property
    def label(self) -> str:
        return f"{self.acronym} — {self.name_en}" if self.acronym else self.name_en


@dataclass(frozen=True)
class DesignatedOfficialRecord:
    """The official who leads a side in a dialogue from one day to another (open-ended: ``to_on`` None)."""

    id: int
    side_code: str
    delegate_id: int
    delegate_key: str
    name: str
    agency_acronym: str
    from_on: date
    to_on: date | None
    version: int = 1

    def covers(self, day: date) -> bool:
        return self.from_on <= day and (self.to_on is None or day <= self.to_on)


@dataclass(frozen=True)
class AgencyMergeRecord:
    """What ``agencies merge`` moved: delegates and every other reference, per table."""

    merged: AgencyRecord
    into: AgencyRecord
    delegates: int
    references: dict[str, int]


@dataclass(frozen=True, slots=True)  # slotted: the Roster page holds every delegate (no dict per record)
class DelegateRecord:
    id: int
    agency_id: int
    agency_acronym: str
    side_code: str
    family_name: str
    given_name: str
    native_name: str
    title: str
    email: str
    phone: str
    external_id: str | None
    active: bool
    version: int = 1
    title_zh: str = ""

    @property
    def display_name(self) -> str:
        """Latin name, family name first in capitals as protocol lists print it, then native script."""
        latin = " ".join(p for p in (self.family_name.upper(), self.given_name) if p)
        if self.native_name and self.native_name != latin:
            return f"{latin} ({self.native_name})" if latin else self.native_name
        return latin

    @property
    def key(self) -> str:
        return self.external_id or self.email or str(self.id)


@dataclass(frozen=True)
class UserRecord:
    id: int
    login: str
    display_name: str
    role: str
    active: bool
    version: int = 1


@dataclass(frozen=True)
class AuditRecord:
    id: int
    at: datetime
    actor: str
    action: str
    entity: str
    entity_id: int | None
    before: dict | None
    after: dict | None
    summary: str
    operation_id: str | None = None
    summary_message: dict | None = None  # {"template": ..., "args": {...}}: the summary, translatable


@dataclass(frozen=True)
class Counts:
    agencies: int = 0
    delegates: int = 0
    meetings: int = 0
    requests: int = 0
    escalations: int = 0
    agenda_items: int = 0


@dataclass(frozen=True)
class FirstLook:
    """What the Overview shows first, read before the database layer is loaded (``services.first_look``):
    the dialogue worked on, the active agencies by side code, and the counts."""

    dialogue: DialogueRecord
    agencies: dict[str, tuple[AgencyRecord, ...]]
    counts: Counts


@dataclass(frozen=True)
class DatabaseInfo:
    database: str
    schema_revision: str
    dialogues: tuple[DialogueRecord, ...]
    counts: Counts
    user: UserRecord | None = None
    dialect: str = "sqlite"
    extra: dict = field(default_factory=dict)
