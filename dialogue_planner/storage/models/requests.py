"""Requests for information and assistance, their updates and responses, and hotline escalations."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    Column,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, Timestamped, UTCDateTime, Versioned, utcnow


class Request(Versioned, Timestamped, Base):
    """A request from one side to the other. Due dates are fixed when received; overdue is computed."""

    __tablename__ = "request"
    __table_args__ = (
        UniqueConstraint("from_side_id", "year", "sequence"),
        Index("ix_request_to_side_received", "to_side_id", "received_on"),
        Index("ix_request_status_due", "status", "response_due_on"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    dialogue_id: Mapped[int] = mapped_column(ForeignKey("dialogue.id", ondelete="RESTRICT"), index=True)
    # "US-2016-0042": requesting side, year received, sequence within the side and year.
    reference: Mapped[str] = mapped_column(String(32), unique=True)
    year: Mapped[int] = mapped_column(Integer)
    sequence: Mapped[int] = mapped_column(Integer)
    from_side_id: Mapped[int] = mapped_column(ForeignKey("side.id", ondelete="RESTRICT"))
    to_side_id: Mapped[int] = mapped_column(ForeignKey("side.id", ondelete="RESTRICT"))
    requesting_agency_id: Mapped[int | None] = mapped_column(ForeignKey("agency.id", ondelete="RESTRICT"))
    responding_agency_id: Mapped[int | None] = mapped_column(ForeignKey("agency.id", ondelete="RESTRICT"))
    kind: Mapped[str] = mapped_column(String(32))
    subject: Mapped[str] = mapped_column(String(500))
    description: Mapped[str] = mapped_column(Text, default="")
    received_on: Mapped[date] = mapped_column(Date)
    acknowledge_due_on: Mapped[date] = mapped_column(Date)
    response_due_on: Mapped[date] = mapped_column(Date)
    acknowledged_on: Mapped[date | None] = mapped_column(Date)
    # Denormalised from the updates for fast lists: the first response's date and the latest quality.
    first_response_on: Mapped[date | None] = mapped_column(Date, index=True)
    latest_quality: Mapped[str | None] = mapped_column(String(16))
    status: Mapped[str] = mapped_column(String(16), default="open")
    closed_on: Mapped[date | None] = mapped_column(Date)
    close_reason: Mapped[str] = mapped_column(Text, default="")
    # Chinese beside the English (empty: not translated yet).
    subject_zh: Mapped[str] = mapped_column(String(500), default="")
    description_zh: Mapped[str] = mapped_column(Text, default="")
    # The clock: the response due date fixed when the request arrived (``response_due_on`` is the due date
    # in force, moved by resumed pauses and agreed extensions), the days paused in ended pauses, the start
    # of a pause still running, and the date of the latest agreed extension.
    original_response_due_on: Mapped[date | None] = mapped_column(Date)
    paused_days: Mapped[int] = mapped_column(Integer, default=0)
    paused_since: Mapped[date | None] = mapped_column(Date)
    extended_until: Mapped[date | None] = mapped_column(Date)
    # The outcome of the investigation (arrests, evidence delivered, mitigation done), and whether the
    # responding side lets the requesting side see it.
    result: Mapped[str] = mapped_column(Text, default="")
    result_shareable: Mapped[bool] = mapped_column(Boolean, default=False)
    result_zh: Mapped[str] = mapped_column(Text, default="", server_default="")


class RequestUpdate(Timestamped, Base):
    """An event in a request's life: acknowledgement, response (with quality), status update, note."""

    __tablename__ = "request_update"

    id: Mapped[int] = mapped_column(primary_key=True)
    request_id: Mapped[int] = mapped_column(ForeignKey("request.id", ondelete="CASCADE"), index=True)
    # "acknowledgement", "response", "status", "note", "closed", "withdrawn", "reopened", "paused",
    # "resumed", "extended", "result".
    kind: Mapped[str] = mapped_column(String(20))
    on: Mapped[date] = mapped_column(Date)
    quality: Mapped[str | None] = mapped_column(String(16))
    status: Mapped[str | None] = mapped_column(String(40))
    note: Mapped[str] = mapped_column(Text, default="")
    note_zh: Mapped[str] = mapped_column(Text, default="", server_default="")  # a progress report's Chinese
    author: Mapped[str] = mapped_column(String(120), default="")
    # "extended": the agreed new due date.
    new_due_on: Mapped[date | None] = mapped_column(Date)
    # "response": who rated its quality, and why.
    rated_by: Mapped[str] = mapped_column(String(120), default="")
    quality_reason: Mapped[str] = mapped_column(Text, default="")


escalation_request = Table(
    "escalation_request",
    Base.metadata,
    Column("escalation_id", ForeignKey("escalation.id", ondelete="CASCADE"), primary_key=True),
    Column("request_id", ForeignKey("request.id", ondelete="CASCADE"), primary_key=True),
)


class Escalation(Versioned, Timestamped, Base):
    """An issue raised over the hotline, usually about one or more requests."""

    __tablename__ = "escalation"

    id: Mapped[int] = mapped_column(primary_key=True)
    dialogue_id: Mapped[int] = mapped_column(ForeignKey("dialogue.id", ondelete="RESTRICT"), index=True)
    reference: Mapped[str] = mapped_column(String(32), unique=True)
    raised_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True, default=utcnow)
    raised_by_side_id: Mapped[int] = mapped_column(ForeignKey("side.id", ondelete="RESTRICT"))
    raised_by_agency_id: Mapped[int | None] = mapped_column(ForeignKey("agency.id", ondelete="RESTRICT"))
    severity: Mapped[str] = mapped_column(String(16), default="medium")
    summary: Mapped[str] = mapped_column(String(500))
    details: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(16), default="open", index=True)
    resolution: Mapped[str] = mapped_column(Text, default="")
    resolved_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # When the responding side acknowledged it over the hotline, and who (free text); null when unknown.
    acknowledged_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    acknowledged_by: Mapped[str] = mapped_column(String(200), default="", server_default="")
    summary_zh: Mapped[str] = mapped_column(String(500), default="", server_default="")
    details_zh: Mapped[str] = mapped_column(Text, default="", server_default="")
    resolution_zh: Mapped[str] = mapped_column(Text, default="", server_default="")
