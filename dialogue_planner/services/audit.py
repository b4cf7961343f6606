"""Reading the audit trail (it is written by every mutation through Transaction.audit)."""

from __future__ import annotations

from sqlalchemy import select

from dialogue_planner.domain.records import AuditRecord
from dialogue_planner.storage.models import AuditEntry

from .context import ServiceContext
from .mapping import audit_record


def list_audit(
    ctx: ServiceContext,
    *,
    entity: str | None = None,
    entity_id: int | None = None,
    operation_id: str | None = None,
    limit: int = 500,
) -> list[AuditRecord]:
    """Newest first."""
    q = select(AuditEntry).order_by(AuditEntry.id.desc()).limit(limit)
    if entity is not None:
        q = q.where(AuditEntry.entity == entity)
    if entity_id is not None:
        q = q.where(AuditEntry.entity_id == entity_id)
    if operation_id is not None:
        q = q.where(AuditEntry.operation_id == operation_id)
    with ctx.read() as s:
        return [audit_record(e) for e in s.scalars(q)]
