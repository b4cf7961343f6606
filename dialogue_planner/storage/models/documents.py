"""Documents attached to records (non-papers, talking points, request files), their bytes stored here."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, CheckConstraint, ForeignKey, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, UTCDateTime, utcnow

ONE_RECORD = (
    "(CASE WHEN agenda_item_id IS NULL THEN 0 ELSE 1 END) + (CASE WHEN request_id IS NULL THEN 0 ELSE 1 END)"
    " + (CASE WHEN commitment_id IS NULL THEN 0 ELSE 1 END) + (CASE WHEN activity_id IS NULL THEN 0 ELSE 1 END)"
    " = 1"
)


class Document(Base):
    """A file attached to exactly one agenda item, request, commitment or activity of a dialogue.

    Never edited: a document is attached, and removed (the audit keeps who did either, and the file's
    name, size and SHA-256). ``content`` is deferred, so lists never load the bytes. ``our_side_id`` is set
    when the document is for that side only (never printed in a pack for the other side)."""

    __tablename__ = "document"
    __table_args__ = (CheckConstraint(ONE_RECORD, name="one_record"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    dialogue_id: Mapped[int] = mapped_column(ForeignKey("dialogue.id", ondelete="CASCADE"), index=True)
    agenda_item_id: Mapped[int | None] = mapped_column(
        ForeignKey("agenda_item.id", ondelete="CASCADE"), index=True
    )
    request_id: Mapped[int | None] = mapped_column(ForeignKey("request.id", ondelete="CASCADE"), index=True)
    commitment_id: Mapped[int | None] = mapped_column(
        ForeignKey("commitment.id", ondelete="CASCADE"), index=True
    )
    activity_id: Mapped[int | None] = mapped_column(ForeignKey("activity.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(255))
    media_type: Mapped[str] = mapped_column(String(127))
    content: Mapped[bytes] = mapped_column(LargeBinary, deferred=True)
    sha256: Mapped[str] = mapped_column(String(64))
    size: Mapped[int] = mapped_column(Integer)
    note: Mapped[str] = mapped_column(Text, default="")
    our_side_only: Mapped[bool] = mapped_column(Boolean, default=False)
    our_side_id: Mapped[int | None] = mapped_column(ForeignKey("side.id", ondelete="RESTRICT"))
    attached_by: Mapped[str] = mapped_column(String(120))
    attached_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


__all__ = ["Document"]
