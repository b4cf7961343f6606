"""The pack archive: every briefing pack exported or issued, byte for byte, with what it was made of."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, ForeignKey, Integer, LargeBinary, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, UTCDateTime, utcnow


class ArchivedPack(Base):
    """One PDF as it left the program: an export (``copy_number`` 0) or one numbered copy of an issue run.

    Every run has a batch ("B-2026-0007", unique across the database with the copy number) and a
    version (the how-manyeth run for its meeting). Rows are written once and never changed."""

    __tablename__ = "pack_archive"
    __table_args__ = (UniqueConstraint("batch", "copy_number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="RESTRICT"), index=True)
    batch: Mapped[str] = mapped_column(String(36), index=True)
    version: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(16))  # "export" or "copy"
    copy_number: Mapped[int] = mapped_column(Integer, default=0)
    copies_total: Mapped[int] = mapped_column(Integer, default=0)
    recipient_name: Mapped[str] = mapped_column(String(300), default="")
    recipient_key: Mapped[str] = mapped_column(String(120), default="")
    distribution_copy_id: Mapped[int | None] = mapped_column(
        ForeignKey("distribution_copy.id", ondelete="RESTRICT")
    )
    paper: Mapped[str] = mapped_column(String(16), default="a4")
    language: Mapped[str] = mapped_column(String(16), default="en")
    marking: Mapped[str] = mapped_column(String(200), default="")
    options: Mapped[str] = mapped_column(Text, default="{}")  # JSON: every option the pack was made with
    as_of: Mapped[date | None] = mapped_column(Date)
    file_name: Mapped[str] = mapped_column(String(400), default="")
    sha256: Mapped[str] = mapped_column(String(64))
    size: Mapped[int] = mapped_column(Integer)
    pdf: Mapped[bytes] = mapped_column(LargeBinary)
    issued_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    issued_by: Mapped[str] = mapped_column(String(120), default="")
