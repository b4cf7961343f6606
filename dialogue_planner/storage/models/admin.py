"""Users and the audit trail."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, BigInteger, Boolean, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, Timestamped, UTCDateTime, Versioned, utcnow


class User(Versioned, Timestamped, Base):
    """Who may do what: the OS login on SQLite, the database user on PostgreSQL."""

    __tablename__ = "app_user"

    id: Mapped[int] = mapped_column(primary_key=True)
    login: Mapped[str] = mapped_column(String(120), unique=True)
    display_name: Mapped[str] = mapped_column(String(200), default="")
    role: Mapped[str] = mapped_column(String(16), default="viewer")
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class AuditEntry(Base):
    """Who changed what, when, with the values before and after. Never edited, never deleted."""

    __tablename__ = "audit_entry"
    __table_args__ = (Index("ix_audit_entry_entity", "entity", "entity_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)  # shown, never searched: no index
    actor: Mapped[str] = mapped_column(String(120))
    action: Mapped[str] = mapped_column(String(80))
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[int | None] = mapped_column(Integer)
    before: Mapped[dict | None] = mapped_column(JSON)
    after: Mapped[dict | None] = mapped_column(JSON)
    summary: Mapped[str] = mapped_column(Text, default="")
    # The summary's template and arguments (domain.messages), so the application can show it translated.
    summary_message: Mapped[dict | None] = mapped_column(JSON)
    # Groups the entries of one operation (a roster import, a carry-over) so it can be shown or undone.
    operation_id: Mapped[str | None] = mapped_column(String(36), index=True)


class ChangeCounter(Base):
    """One row, bumped by every committed write: other workstations poll it cheaply to refresh."""

    __tablename__ = "change_counter"

    id: Mapped[int] = mapped_column(primary_key=True)
    value: Mapped[int] = mapped_column(Integer, default=0)
    entities: Mapped[str] = mapped_column(String(400), default="")
    changed_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class DatabaseLogin(Base):
    """A PostgreSQL login this database's application may manage: one it created, or one the owner adopted.

    Only the login functions of ``storage/roles.py`` write here (no application login may): an admin may
    move a listed login between the three groups and reset the password of one the application created,
    and may touch no other role on the server. ``role_oid`` tells a login apart from a later role of the
    same name. Unused on SQLite.
    """

    __tablename__ = "database_login"

    login: Mapped[str] = mapped_column(String(63), primary_key=True)
    role_oid: Mapped[int] = mapped_column(BigInteger)
    origin: Mapped[str] = mapped_column(String(16))  # "created" or "adopted"
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    recorded_by: Mapped[str] = mapped_column(String(63))


class OperationLock(Base):
    """One row per operation that runs one at a time across workstations (``roster-import``).

    On PostgreSQL the holder keeps its row locked (``SELECT ... FOR UPDATE``), which needs UPDATE on this
    table: only admins have it, so no other login can hold an import up (see ``storage/locks.py``).
    """

    __tablename__ = "operation_lock"

    name: Mapped[str] = mapped_column(String(40), primary_key=True)
