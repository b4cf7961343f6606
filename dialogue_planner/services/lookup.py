"""ORM lookups several services share. They return database objects, so only services call them: the
command line and the GUI receive records (``domain.records``) from the services' public functions."""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from dialogue_planner.domain import escalations as escalation_rules
from dialogue_planner.domain.agenda import OPEN_MEETING_STATUSES
from dialogue_planner.domain.errors import NotFoundError, ValidationError
from dialogue_planner.domain.limits import MAX_RECORD_NUMBER, check_key, check_record_number
from dialogue_planner.domain.messages import msg
from dialogue_planner.domain.requests import normalise_reference
from dialogue_planner.storage.models import Agency, Delegate, Escalation, Meeting, Request, Side


def meeting_by_number(session: Session, dialogue_id: int, number: int) -> Meeting:
    """The dialogue's meeting ``number``; a NotFoundError naming it when there is none."""
    check_record_number(number, "meeting number")
    meeting = session.scalar(
        select(Meeting).where(Meeting.dialogue_id == dialogue_id, Meeting.number == number)
    )
    if meeting is None:
        raise NotFoundError(msg("There is no meeting number {number} in this dialogue.", number=number))
    return meeting


def side_by_code(session: Session, code: str) -> Side:
    cleaned = check_key(code, "side code").upper()
    side = session.scalar(select(Side).where(Side.code == cleaned))
    if side is None:
        known = ", ".join(session.scalars(select(Side.code).order_by(Side.code)))
        raise ValidationError(msg("Unknown side '{code}': use one of {known}.", code=code, known=known))
    return side


def agency_on_side(session: Session, side: Side, acronym: str | None) -> Agency | None:
    """The agency of ``side`` with this acronym (case-insensitive), None for an empty name."""
    if not (acronym or "").strip():
        return None
    wanted = check_key(acronym, "agency acronym")
    if ":" in wanted:
        side_code, _, wanted = wanted.partition(":")
        if side_code.strip().upper() != side.code:
            raise ValidationError(
                msg("Agency '{acronym}' is not on side {code}.", acronym=acronym, code=side.code)
            )
    agency = session.scalar(
        select(Agency).where(Agency.side_id == side.id, func.lower(Agency.acronym) == wanted.strip().lower())
    )
    if agency is None:
        known = ", ".join(
            session.scalars(select(Agency.acronym).where(Agency.side_id == side.id).order_by(Agency.acronym))
        )
        raise ValidationError(
            msg(
                "No agency '{acronym}' on side {code}: use one of {known}.",
                acronym=acronym,
                code=side.code,
                known=known,
            )
        )
    return agency


def request_by_reference(session: Session, reference: str) -> Request:
    ref = normalise_reference(reference)
    req = session.scalar(select(Request).where(Request.reference == ref))
    if req is None:
        raise NotFoundError(msg("No request {ref}.", ref=ref))
    return req


def next_open_meeting_from(s: Session, dialogue_id: int, day: date) -> Meeting | None:
    """The first open meeting planned on or after ``day``."""
    return s.scalar(
        select(Meeting)
        .where(
            Meeting.dialogue_id == dialogue_id,
            Meeting.status.in_(sorted(OPEN_MEETING_STATUSES)),
            Meeting.planned_start >= day,
        )
        .order_by(Meeting.planned_start, Meeting.number)
        .limit(1)
    )


def find_delegate(session: Session, key: str) -> Delegate:
    """The delegate a key names: external id, else email (case-insensitive), else numeric id."""
    key = check_key(key, "delegate key")
    if not key:
        raise ValidationError(msg("Name a delegate by external id, email or numeric id."))
    found = session.scalar(select(Delegate).where(Delegate.external_id == key))
    if found is not None:
        return found
    by_email = list(
        session.scalars(
            select(Delegate).where(func.lower(Delegate.email) == key.lower()).order_by(Delegate.id)
        )
    )
    if len(by_email) > 1:
        ids = ", ".join(str(d.id) for d in by_email)
        raise ValidationError(
            msg(
                "Several delegates share the email '{key}' (ids {ids}); name one by its id.", key=key, ids=ids
            )
        )
    if by_email:
        return by_email[0]
    if key.isascii() and key.isdigit() and int(key) <= MAX_RECORD_NUMBER:
        found = session.get(Delegate, int(key))
        if found is not None:
            return found
    raise NotFoundError(msg("No delegate with external id, email or id '{key}'.", key=key))


def escalation_by_reference(s: Session, reference: str) -> Escalation:
    year, sequence = escalation_rules.parse_reference(reference)
    shown = escalation_rules.format_reference(year, sequence)
    esc = s.scalar(select(Escalation).where(Escalation.reference == shown))
    if esc is None:
        raise NotFoundError(msg("No escalation {shown}.", shown=shown))
    return esc
