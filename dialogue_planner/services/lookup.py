"""ORM lookups several services share. They return database objects, so only services call them: the
command line and the GUI receive records (``domain.records``) from the services' public functions."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from dialogue_planner.domain.errors import NotFoundError
from dialogue_planner.domain.limits import check_record_number
from dialogue_planner.storage.models import Meeting


def meeting_by_number(session: Session, dialogue_id: int, number: int) -> Meeting:
    """The dialogue's meeting ``number``; a NotFoundError naming it when there is none."""
    check_record_number(number, "meeting number")
    meeting = session.scalar(select(Meeting).where(Meeting.dialogue_id == dialogue_id, Meeting.number == number))
    if meeting is None:
        raise NotFoundError(f"There is no meeting number {number} in this dialogue.")
    return meeting
