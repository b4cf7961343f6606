"""Meetings (rounds), who attends them, and the numbered copies of their briefing packs."""

from __future__ import annotations

from datetime import date, datetime, time

from sqlalchemy import Boolean, Date, ForeignKey, Integer, String, Text, Time, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, Timestamped, UTCDateTime, Versioned, utcnow


class Meeting(Versioned, Timestamped, Base):
    """One session of a dialogue. Planned and actual values are kept apart; the number is for good."""

    __tablename__ = "meeting"
    __table_args__ = (UniqueConstraint("dialogue_id", "number"), UniqueConstraint("uid"))

    id: Mapped[int] = mapped_column(primary_key=True)
    dialogue_id: Mapped[int] = mapped_column(ForeignKey("dialogue.id", ondelete="RESTRICT"))
    number: Mapped[int] = mapped_column(Integer)
    # Window it fulfils ("2016-H1", or "2017" for yearly dialogues); explicit when the secretariat set it.
    window: Mapped[str] = mapped_column(String(16), index=True)
    window_explicit: Mapped[bool] = mapped_column(Boolean, default=False)
    status: Mapped[str] = mapped_column(String(16), default="planned", index=True)
    planned_host_side_id: Mapped[int] = mapped_column(ForeignKey("side.id", ondelete="RESTRICT"))
    actual_host_side_id: Mapped[int | None] = mapped_column(ForeignKey("side.id", ondelete="RESTRICT"))
    planned_city: Mapped[str] = mapped_column(String(120), default="")
    actual_city: Mapped[str] = mapped_column(String(120), default="")
    planned_city_zh: Mapped[str] = mapped_column(String(120), default="")
    actual_city_zh: Mapped[str] = mapped_column(String(120), default="")
    venue: Mapped[str] = mapped_column(String(300), default="")
    venue_zh: Mapped[str] = mapped_column(String(300), default="")
    address: Mapped[str] = mapped_column(Text, default="")
    address_zh: Mapped[str] = mapped_column(Text, default="")
    # IANA zone of the host city; dates and times below are local to it.
    time_zone: Mapped[str] = mapped_column(String(64))
    planned_start: Mapped[date] = mapped_column(Date, index=True)
    planned_end: Mapped[date] = mapped_column(Date)
    actual_start: Mapped[date | None] = mapped_column(Date)
    actual_end: Mapped[date | None] = mapped_column(Date)
    start_time: Mapped[time | None] = mapped_column(Time)
    end_time: Mapped[time | None] = mapped_column(Time)
    # Stable iCalendar identity and the sequence raised on every change.
    uid: Mapped[str] = mapped_column(String(80))
    ical_sequence: Mapped[int] = mapped_column(Integer, default=0)
    # Set when the meeting was closed and its unresolved items carried over (closing twice is a no-op).
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    notes: Mapped[str] = mapped_column(Text, default="")
    notes_zh: Mapped[str] = mapped_column(Text, default="")
    # Logistics for the briefing pack (free text the secretariat writes).
    logistics: Mapped[str] = mapped_column(Text, default="")
    logistics_zh: Mapped[str] = mapped_column(Text, default="")


class DelegationMember(Versioned, Timestamped, Base):
    """A delegate attending a meeting, in a role; an absent member may be represented by another."""

    __tablename__ = "delegation_member"
    __table_args__ = (UniqueConstraint("meeting_id", "delegate_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"), index=True)
    delegate_id: Mapped[int] = mapped_column(ForeignKey("delegate.id", ondelete="RESTRICT"), index=True)
    role: Mapped[str] = mapped_column(String(20), default="member")
    position: Mapped[int] = mapped_column(Integer, default=0)
    attended: Mapped[bool | None] = mapped_column(Boolean)
    represented_by_id: Mapped[int | None] = mapped_column(ForeignKey("delegate.id", ondelete="RESTRICT"))
    notes: Mapped[str] = mapped_column(Text, default="")


class DistributionCopy(Base):
    """The distribution log: who received which numbered copy of a meeting's briefing pack."""

    __tablename__ = "distribution_copy"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="RESTRICT"), index=True)
    batch: Mapped[str] = mapped_column(String(36))
    copy_number: Mapped[int] = mapped_column(Integer)
    copies_total: Mapped[int] = mapped_column(Integer)
    recipient_delegate_id: Mapped[int | None] = mapped_column(ForeignKey("delegate.id", ondelete="RESTRICT"))
    recipient_name: Mapped[str] = mapped_column(String(300))
    marking: Mapped[str] = mapped_column(String(200), default="")
    language: Mapped[str] = mapped_column(String(16), default="en")
    paper: Mapped[str] = mapped_column(String(16), default="a4")
    file_name: Mapped[str] = mapped_column(String(400), default="")
    sha256: Mapped[str] = mapped_column(String(64), default="")
    issued_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    issued_by: Mapped[str] = mapped_column(String(120), default="")
