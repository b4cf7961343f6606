"""Agencies and delegates of both sides, and the record of roster imports."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import JSON, Boolean, Date, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, Timestamped, UTCDateTime, Versioned, utcnow
from .dialogue import Side


class Agency(Versioned, Timestamped, Base):
    """A ministry, department or bureau on one side; sub-agencies point at their parent."""

    __tablename__ = "agency"
    __table_args__ = (UniqueConstraint("side_id", "acronym"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    side_id: Mapped[int] = mapped_column(ForeignKey("side.id", ondelete="RESTRICT"), index=True)
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("agency.id", ondelete="RESTRICT"), index=True)
    acronym: Mapped[str] = mapped_column(String(32))
    name_en: Mapped[str] = mapped_column(String(300))
    name_zh: Mapped[str] = mapped_column(String(300), default="")
    kind: Mapped[str] = mapped_column(String(40), default="ministry")
    # The agency's part in the dialogue as the agreement names it ("co-chair", "lead"), or empty.
    dialogue_role: Mapped[str] = mapped_column(String(40), default="")
    rank: Mapped[str] = mapped_column(String(80), default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    # Set when the agency was merged into another (its delegates and references moved there).
    merged_into_id: Mapped[int | None] = mapped_column(ForeignKey("agency.id", ondelete="SET NULL"))

    side: Mapped[Side] = relationship(lazy="joined")


class Delegate(Versioned, Timestamped, Base):
    """A person of an agency; deactivated, never deleted, once history refers to them."""

    __tablename__ = "delegate"
    __table_args__ = (
        Index("ix_delegate_email", "email"),
        Index("ix_delegate_agency_active", "agency_id", "active"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    agency_id: Mapped[int] = mapped_column(ForeignKey("agency.id", ondelete="RESTRICT"))
    family_name: Mapped[str] = mapped_column(String(120))
    given_name: Mapped[str] = mapped_column(String(120), default="")
    native_name: Mapped[str] = mapped_column(String(120), default="")
    title: Mapped[str] = mapped_column(String(200), default="")
    title_zh: Mapped[str] = mapped_column(String(200), default="")
    email: Mapped[str] = mapped_column(String(254), default="")
    phone: Mapped[str] = mapped_column(String(60), default="")
    external_id: Mapped[str | None] = mapped_column(String(80), unique=True)
    notes: Mapped[str] = mapped_column(Text, default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)

    agency: Mapped[Agency] = relationship(lazy="joined")


class DesignatedOfficial(Versioned, Timestamped, Base):
    """The person who leads a side in a dialogue (the ministerial-level official), for a period."""

    __tablename__ = "designated_official"
    __table_args__ = (Index("ix_designated_official_dialogue_side", "dialogue_id", "side_id", "from_on"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    dialogue_id: Mapped[int] = mapped_column(ForeignKey("dialogue.id", ondelete="CASCADE"))
    side_id: Mapped[int] = mapped_column(ForeignKey("side.id", ondelete="RESTRICT"))
    delegate_id: Mapped[int] = mapped_column(ForeignKey("delegate.id", ondelete="RESTRICT"), index=True)
    from_on: Mapped[date] = mapped_column(Date)
    to_on: Mapped[date | None] = mapped_column(Date)

    side: Mapped[Side] = relationship(lazy="joined")
    delegate: Mapped[Delegate] = relationship(lazy="joined")


class RosterImport(Base):
    """One applied roster file: what, by whom, when, and the counts; undone_at once reverted."""

    __tablename__ = "roster_import"

    id: Mapped[int] = mapped_column(primary_key=True)
    operation_id: Mapped[str] = mapped_column(String(36), unique=True)
    file_name: Mapped[str] = mapped_column(String(400))
    sha256: Mapped[str] = mapped_column(String(64))
    actor: Mapped[str] = mapped_column(String(120))
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    mode: Mapped[str] = mapped_column(String(16))
    agency_id: Mapped[int | None] = mapped_column(ForeignKey("agency.id", ondelete="SET NULL"))
    created: Mapped[int] = mapped_column(Integer, default=0)
    updated: Mapped[int] = mapped_column(Integer, default=0)
    unchanged: Mapped[int] = mapped_column(Integer, default=0)
    deactivated: Mapped[int] = mapped_column(Integer, default=0)
    skipped: Mapped[int] = mapped_column(Integer, default=0)
    undone_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    undone_by: Mapped[str] = mapped_column(String(120), default="")


class ColumnMapping(Versioned, Timestamped, Base):
    """A roster column mapping the user adjusted in the import wizard, saved by name."""

    __tablename__ = "column_mapping"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)
    # {"field": "header as in the file", ...} plus optional "_header_row" and "_sheet".
    mapping: Mapped[dict] = mapped_column(JSON, default=dict)
