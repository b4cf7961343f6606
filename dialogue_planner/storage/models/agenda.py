"""Agenda items of a meeting, their carry-over chain and links (action items are commitments now)."""

from __future__ import annotations

from datetime import time

from sqlalchemy import Column, ForeignKey, Integer, String, Table, Text, Time
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, Timestamped, Versioned


class AgendaItem(Versioned, Timestamped, Base):
    """An item on one meeting's agenda. A carried item points at the item it was carried from;
    every item of a chain knows the meeting it was first raised at and how often it was carried."""

    __tablename__ = "agenda_item"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="RESTRICT"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    title: Mapped[str] = mapped_column(String(2000))
    title_zh: Mapped[str] = mapped_column(String(2000), default="")
    # standing, escalation, request, proposal
    source: Mapped[str] = mapped_column(String(16), default="proposal")
    standing_item_id: Mapped[int | None] = mapped_column(ForeignKey("standing_item.id", ondelete="SET NULL"))
    owner_side_id: Mapped[int | None] = mapped_column(ForeignKey("side.id", ondelete="RESTRICT"))
    owner_agency_id: Mapped[int | None] = mapped_column(ForeignKey("agency.id", ondelete="RESTRICT"))
    briefing_note: Mapped[str] = mapped_column(Text, default="")
    briefing_note_zh: Mapped[str] = mapped_column(Text, default="")
    # open, discussed, resolved, withdrawn, carried
    status: Mapped[str] = mapped_column(String(16), default="open", index=True)
    outcome: Mapped[str] = mapped_column(Text, default="")
    outcome_zh: Mapped[str] = mapped_column(Text, default="")
    withdraw_reason: Mapped[str] = mapped_column(Text, default="")
    carried_from_id: Mapped[int | None] = mapped_column(
        ForeignKey("agenda_item.id", ondelete="RESTRICT"), index=True
    )
    first_raised_meeting_id: Mapped[int | None] = mapped_column(ForeignKey("meeting.id", ondelete="RESTRICT"))
    times_carried: Mapped[int] = mapped_column(Integer, default=0)
    # The running order: who leads the item, and its slot (day of the meeting from 1, local start, minutes).
    lead_delegate_id: Mapped[int | None] = mapped_column(ForeignKey("delegate.id", ondelete="RESTRICT"))
    slot_day: Mapped[int | None] = mapped_column(Integer)
    start_time: Mapped[time | None] = mapped_column(Time)
    duration_minutes: Mapped[int | None] = mapped_column(Integer)


agenda_item_request = Table(
    "agenda_item_request",
    Base.metadata,
    Column("agenda_item_id", ForeignKey("agenda_item.id", ondelete="CASCADE"), primary_key=True),
    Column("request_id", ForeignKey("request.id", ondelete="CASCADE"), primary_key=True),
)

agenda_item_escalation = Table(
    "agenda_item_escalation",
    Base.metadata,
    Column("agenda_item_id", ForeignKey("agenda_item.id", ondelete="CASCADE"), primary_key=True),
    Column("escalation_id", ForeignKey("escalation.id", ondelete="CASCADE"), primary_key=True),
)
