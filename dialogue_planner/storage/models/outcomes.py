"""The joint summary of outcomes of a meeting: versions, their numbered paragraphs, and each side's
agreement to one version (issue 15). The workflow rules are in ``domain/outcomes.py``."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, Timestamped, UTCDateTime, Versioned, utcnow


class OutcomeVersion(Versioned, Timestamped, Base):
    """One version of a meeting's summary of outcomes: draft, proposed (frozen) or final (both agreed).
    ``number`` counts the versions of the meeting from 1; ``version`` is the row's concurrency counter."""

    __tablename__ = "outcome_version"
    __table_args__ = (UniqueConstraint("meeting_id", "number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="RESTRICT"), index=True)
    number: Mapped[int] = mapped_column(Integer)
    # draft, proposed, final
    status: Mapped[str] = mapped_column(String(16), default="draft")
    # Why this version was opened (empty for the first).
    reason: Mapped[str] = mapped_column(Text, default="")
    created_by: Mapped[str] = mapped_column(String(120), default="")


class OutcomeParagraph(Versioned, Timestamped, Base):
    """A numbered paragraph of one version, in English and Chinese, optionally about an agenda item.
    ``lineage`` is shared by the copies of a paragraph in later versions (for the comparison)."""

    __tablename__ = "outcome_paragraph"

    id: Mapped[int] = mapped_column(primary_key=True)
    outcome_version_id: Mapped[int] = mapped_column(
        ForeignKey("outcome_version.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)
    lineage: Mapped[str] = mapped_column(String(36))
    text_en: Mapped[str] = mapped_column(Text, default="")
    text_zh: Mapped[str] = mapped_column(Text, default="")
    agenda_item_id: Mapped[int | None] = mapped_column(ForeignKey("agenda_item.id", ondelete="SET NULL"))
    # Changed by hand: drafting again from the agenda never overwrites it.
    edited: Mapped[bool] = mapped_column(Boolean, default=False)


class OutcomeAgreement(Versioned, Timestamped, Base):
    """One side's agreement to one version: who, and when."""

    __tablename__ = "outcome_agreement"
    __table_args__ = (UniqueConstraint("outcome_version_id", "side_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    outcome_version_id: Mapped[int] = mapped_column(
        ForeignKey("outcome_version.id", ondelete="CASCADE"), index=True
    )
    side_id: Mapped[int] = mapped_column(ForeignKey("side.id", ondelete="RESTRICT"))
    agreed_by: Mapped[str] = mapped_column(String(200), default="")
    agreed_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
