"""What a meeting leaves the sides to do (commitments, once called action items), and the dated activities
between meetings (exercises, seminars, hotline tests, calls, visits) that belong to the dialogue."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Column, Date, ForeignKey, String, Table, Text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, Timestamped, Versioned


class Commitment(Versioned, Timestamped, Base):
    """Something a meeting left a side (an agency, a person) to do by a date, tracked to done or dropped.

    Rows carried over from the action items of revision 0002 keep their id, may have no owner side or due
    date, and keep the free-text owner name they had in ``owner_name``."""

    __tablename__ = "commitment"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="RESTRICT"), index=True)
    agenda_item_id: Mapped[int | None] = mapped_column(
        ForeignKey("agenda_item.id", ondelete="SET NULL"), index=True
    )
    text: Mapped[str] = mapped_column(Text)
    text_zh: Mapped[str] = mapped_column(Text, default="")
    owner_side_id: Mapped[int | None] = mapped_column(ForeignKey("side.id", ondelete="RESTRICT"))
    owner_agency_id: Mapped[int | None] = mapped_column(ForeignKey("agency.id", ondelete="RESTRICT"))
    owner_delegate_id: Mapped[int | None] = mapped_column(ForeignKey("delegate.id", ondelete="RESTRICT"))
    owner_name: Mapped[str] = mapped_column(String(200), default="")
    due_on: Mapped[date | None] = mapped_column(Date, index=True)
    # open, in-progress, done, dropped
    status: Mapped[str] = mapped_column(String(16), default="open", index=True)
    note: Mapped[str] = mapped_column(Text, default="")
    evidence: Mapped[str] = mapped_column(Text, default="")
    completed_on: Mapped[date | None] = mapped_column(Date)


class Activity(Versioned, Timestamped, Base):
    """A dated event of the dialogue that is not a meeting."""

    __tablename__ = "activity"

    id: Mapped[int] = mapped_column(primary_key=True)
    dialogue_id: Mapped[int] = mapped_column(ForeignKey("dialogue.id", ondelete="RESTRICT"), index=True)
    # tabletop-exercise, expert-seminar, hotline-test, working-level-call, visit
    kind: Mapped[str] = mapped_column(String(32))
    start_on: Mapped[date] = mapped_column(Date, index=True)
    end_on: Mapped[date | None] = mapped_column(Date)
    place: Mapped[str] = mapped_column(String(400), default="")
    summary_en: Mapped[str] = mapped_column(Text, default="")
    summary_zh: Mapped[str] = mapped_column(Text, default="")


activity_participant = Table(
    "activity_participant",
    Base.metadata,
    Column("activity_id", ForeignKey("activity.id", ondelete="CASCADE"), primary_key=True),
    Column("delegate_id", ForeignKey("delegate.id", ondelete="RESTRICT"), primary_key=True),
)

activity_commitment = Table(
    "activity_commitment",
    Base.metadata,
    Column("activity_id", ForeignKey("activity.id", ondelete="CASCADE"), primary_key=True),
    Column("commitment_id", ForeignKey("commitment.id", ondelete="CASCADE"), primary_key=True),
)

__all__ = ["Activity", "Commitment", "activity_commitment", "activity_participant"]
