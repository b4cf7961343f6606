"""The hotline itself: response targets per severity and the contact points of each side."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Date, ForeignKey, Index, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, Timestamped, Versioned


class EscalationTarget(Versioned, Timestamped, Base):
    """Hours the responding side has to acknowledge and to resolve an escalation of one severity. A
    severity without a row uses the default of ``domain.hotline.DEFAULT_TARGETS``."""

    __tablename__ = "escalation_target"
    __table_args__ = (UniqueConstraint("dialogue_id", "severity"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    dialogue_id: Mapped[int] = mapped_column(ForeignKey("dialogue.id", ondelete="CASCADE"))
    severity: Mapped[str] = mapped_column(String(16))
    acknowledge_hours: Mapped[int] = mapped_column(Integer)
    resolve_hours: Mapped[int] = mapped_column(Integer)


class HotlineContact(Versioned, Timestamped, Base):
    """Who answers the hotline for a side: a delegate, or a name typed in (a duty desk), with role, phone,
    e-mail and hours of duty, from and to a date (both optional)."""

    __tablename__ = "hotline_contact"
    __table_args__ = (Index("ix_hotline_contact_dialogue_side", "dialogue_id", "side_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    dialogue_id: Mapped[int] = mapped_column(ForeignKey("dialogue.id", ondelete="CASCADE"))
    side_id: Mapped[int] = mapped_column(ForeignKey("side.id", ondelete="RESTRICT"))
    delegate_id: Mapped[int | None] = mapped_column(ForeignKey("delegate.id", ondelete="RESTRICT"))
    name: Mapped[str] = mapped_column(String(200), default="")
    name_zh: Mapped[str] = mapped_column(String(200), default="")
    role: Mapped[str] = mapped_column(String(200), default="")
    role_zh: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(60), default="")
    email: Mapped[str] = mapped_column(String(254), default="")
    hours: Mapped[str] = mapped_column(String(200), default="")
    hours_zh: Mapped[str] = mapped_column(String(200), default="")
    from_on: Mapped[date | None] = mapped_column(Date)
    to_on: Mapped[date | None] = mapped_column(Date)
