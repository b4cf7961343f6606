"""Exchange with the other side's secretariat (issue 20): this database's own side, the other side's
trusted signing keys, the packages sent and received, and the other side's version of each shared field."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, Timestamped, UTCDateTime, Versioned, utcnow


class ExchangeSetting(Versioned, Timestamped, Base):
    """A setting of this database for the exchange: ``own_side`` (US, CN ... or "both", the default of a
    database that holds both sides' records, the single-secretariat mode)."""

    __tablename__ = "exchange_setting"

    name: Mapped[str] = mapped_column(String(40), primary_key=True)
    value: Mapped[str] = mapped_column(String(200), default="")


class ExchangeTrustedKey(Versioned, Timestamped, Base):
    """The other side's public signing key (Ed25519, hex), trusted after comparing its fingerprint."""

    __tablename__ = "exchange_trusted_key"

    id: Mapped[int] = mapped_column(primary_key=True)
    side_code: Mapped[str] = mapped_column(String(8), unique=True)
    public_key: Mapped[str] = mapped_column(String(64))
    fingerprint: Mapped[str] = mapped_column(String(80))
    trusted_by: Mapped[str] = mapped_column(String(120), default="")


class ExchangePackage(Base):
    """A package this database wrote ("out") or accepted ("in"): the sequence guards against replays."""

    __tablename__ = "exchange_package"
    __table_args__ = (UniqueConstraint("dialogue_id", "direction", "sender_side", "sequence"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    dialogue_id: Mapped[int] = mapped_column(ForeignKey("dialogue.id", ondelete="RESTRICT"), index=True)
    direction: Mapped[str] = mapped_column(String(8))
    sender_side: Mapped[str] = mapped_column(String(8))
    sequence: Mapped[int] = mapped_column(Integer)
    content_hash: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    processed_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    processed_by: Mapped[str] = mapped_column(String(120), default="")
    records: Mapped[int] = mapped_column(Integer, default=0)
    summary: Mapped[str] = mapped_column(Text, default="")


class ExchangeTheirs(Versioned, Timestamped, Base):
    """The other side's value of one shared field of one shared record (JSON text), from the package
    ``package_seq``; how this side settled a difference (``resolution``: "", accepted, kept, agreed) and
    the value of theirs it settled (a later, different value of theirs is a new difference)."""

    __tablename__ = "exchange_theirs"
    __table_args__ = (UniqueConstraint("dialogue_id", "record_kind", "record_key", "field"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    dialogue_id: Mapped[int] = mapped_column(ForeignKey("dialogue.id", ondelete="RESTRICT"), index=True)
    record_kind: Mapped[str] = mapped_column(String(24))
    record_key: Mapped[str] = mapped_column(String(120))
    field: Mapped[str] = mapped_column(String(40))
    value: Mapped[str] = mapped_column(Text, default="null")
    package_seq: Mapped[int] = mapped_column(Integer, default=0)
    resolution: Mapped[str] = mapped_column(String(16), default="")
    resolved_theirs: Mapped[str | None] = mapped_column(Text)
    resolved_value: Mapped[str | None] = mapped_column(Text)
    resolved_by: Mapped[str] = mapped_column(String(120), default="")
    resolved_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # What the other side said of this field in its last package (kept, accepted, agreed), "" for nothing.
    their_resolution: Mapped[str] = mapped_column(String(16), default="")
