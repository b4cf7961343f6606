"""ORM rows to the core records (domain/records.py). Services return these, never ORM objects."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import object_session

from dialogue_planner.domain.dialogue_life import CadenceStep
from dialogue_planner.domain.records import (
    AgencyRecord,
    AuditRecord,
    DelegateRecord,
    DialogueRecord,
    SideRecord,
)
from dialogue_planner.storage.models import Agency, AuditEntry, Delegate, Dialogue, DialogueCadence, Side

from .context import user_record  # noqa: F401  (re-exported: one place to map rows)


def side_record(s: Side) -> SideRecord:
    return SideRecord(
        id=s.id,
        code=s.code,
        name_en=s.name_en,
        name_zh=s.name_zh,
        time_zone=s.time_zone,
        paper_size=s.paper_size,
        holiday_country=s.holiday_country,
        version=s.version,
    )


def dialogue_record(d: Dialogue) -> DialogueRecord:
    return DialogueRecord(
        id=d.id,
        name_en=d.name_en,
        name_zh=d.name_zh,
        short_name=d.short_name,
        sides=(side_record(d.side_a), side_record(d.side_b)),
        meetings_per_year=d.meetings_per_year,
        first_meeting_deadline=d.first_meeting_deadline,
        established_on=d.established_on,
        ended_on=d.ended_on,
        travel_days=d.travel_days,
        min_spacing_days=d.min_spacing_days,
        preferred_position=d.preferred_position,
        meeting_length_days=d.meeting_length_days,
        version=d.version,
        code=d.code,
        replaced_by_id=d.replaced_by_id,
        cadence=cadence_steps(d),
    )


def cadence_steps(d: Dialogue) -> tuple[CadenceStep, ...]:
    """The dialogue's cadence changes, oldest first (a lazy load when the rows were not loaded)."""
    session = object_session(d)
    if session is None:
        return ()
    rows = session.scalars(
        select(DialogueCadence).where(DialogueCadence.dialogue_id == d.id).order_by(DialogueCadence.from_on)
    )
    return tuple(CadenceStep(r.from_on, r.meetings_per_year) for r in rows)


def agency_record(a: Agency) -> AgencyRecord:
    return AgencyRecord(
        id=a.id,
        side_code=a.side.code,
        acronym=a.acronym,
        name_en=a.name_en,
        name_zh=a.name_zh,
        kind=a.kind,
        parent_id=a.parent_id,
        dialogue_role=a.dialogue_role,
        rank=a.rank,
        active=a.active,
        version=a.version,
        merged_into_id=a.merged_into_id,
    )


def delegate_record(d: Delegate) -> DelegateRecord:
    return DelegateRecord(
        id=d.id,
        agency_id=d.agency_id,
        agency_acronym=d.agency.acronym,
        side_code=d.agency.side.code,
        family_name=d.family_name,
        given_name=d.given_name,
        native_name=d.native_name,
        title=d.title,
        email=d.email,
        phone=d.phone,
        external_id=d.external_id,
        active=d.active,
        version=d.version,
        title_zh=d.title_zh or "",
    )


def audit_record(e: AuditEntry) -> AuditRecord:
    return AuditRecord(
        id=e.id,
        at=e.at,
        actor=e.actor,
        action=e.action,
        entity=e.entity,
        entity_id=e.entity_id,
        before=e.before,
        after=e.after,
        summary=e.summary,
        operation_id=e.operation_id,
        summary_message=e.summary_message,
    )
