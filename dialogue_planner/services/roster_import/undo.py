"""The history of applied imports, and undoing the newest one not undone yet."""

from __future__ import annotations

from sqlalchemy import or_, select

from dialogue_planner.domain.errors import ConflictError, NotFoundError
from dialogue_planner.domain.messages import msg
from dialogue_planner.domain.roster import DELEGATE_FIELDS, RosterImportRecord
from dialogue_planner.domain.vocabulary import Role
from dialogue_planner.storage.models import (
    Agency,
    AuditEntry,
    Delegate,
    DelegationMember,
    DistributionCopy,
    RosterImport,
)
from dialogue_planner.storage.models.base import utcnow

from ..context import ServiceContext, snapshot
from ..workstation import exclusive_import
from .records import IMPORT_WAIT_SECONDS, UndoResult, _audit_entry, _name


def _import_record(r: RosterImport) -> RosterImportRecord:
    return RosterImportRecord(
        r.id,
        r.operation_id,
        r.file_name,
        r.sha256,
        r.actor,
        r.at,
        r.mode,
        r.agency_id,
        r.created,
        r.updated,
        r.unchanged,
        r.deactivated,
        r.skipped,
        r.undone_at,
        r.undone_by,
    )


def list_imports(ctx: ServiceContext, limit: int = 100) -> list[RosterImportRecord]:
    """Applied imports, newest first."""
    with ctx.read() as s:
        q = select(RosterImport).order_by(RosterImport.id.desc()).limit(limit)
        return [_import_record(r) for r in s.scalars(q)]


def last_import(ctx: ServiceContext) -> RosterImportRecord | None:
    """The newest import not undone yet: the one undo would revert."""
    with ctx.read() as s:
        r = s.scalar(
            select(RosterImport).where(RosterImport.undone_at.is_(None)).order_by(RosterImport.id.desc())
        )
        return _import_record(r) if r else None


def _referenced(session, delegate_id: int) -> bool:
    member = select(DelegationMember.id).where(
        or_(DelegationMember.delegate_id == delegate_id, DelegationMember.represented_by_id == delegate_id)
    )
    copy = select(DistributionCopy.id).where(DistributionCopy.recipient_delegate_id == delegate_id)
    return session.scalar(member.limit(1)) is not None or session.scalar(copy.limit(1)) is not None


def undo_last_import(ctx: ServiceContext) -> UndoResult:
    """Revert the newest import that is not undone, in one transaction.

    Delegates it created are removed (kept, deactivated, when a delegation already refers to them);
    delegates it changed or deactivated get their earlier values back. Refused, changing nothing, when
    any of them was edited after the import.
    """
    with exclusive_import(ctx, wait_seconds=IMPORT_WAIT_SECONDS) as committing, ctx.write(Role.ADMIN) as tx:
        s = tx.session
        record = s.scalar(
            select(RosterImport).where(RosterImport.undone_at.is_(None)).order_by(RosterImport.id.desc())
        )
        if record is None:
            raise NotFoundError(msg("There is no roster import to undo."))
        entries = list(
            s.scalars(
                select(AuditEntry)
                .where(AuditEntry.operation_id == record.operation_id, AuditEntry.entity == "delegate")
                .order_by(AuditEntry.id)
            )
        )
        delegates = {
            d.id: d
            for d in s.scalars(select(Delegate).where(Delegate.id.in_([e.entity_id for e in entries])))
        }
        edited = [
            e
            for e in entries
            if e.entity_id not in delegates
            or delegates[e.entity_id].version != (e.after or {}).get("version")
        ]
        if edited:
            names = ", ".join(_name(e.after or {}) for e in edited[:5]) + (" …" if len(edited) > 5 else "")
            raise ConflictError(
                msg(
                    "The import of {file_name} cannot be undone: {count} of its delegates were changed since ({names}). Nothing was changed; edit them by hand instead.",
                    file_name=record.file_name,
                    count=len(edited),
                    names=names,
                )
            )
        removed = restored = kept = 0
        audits: list[AuditEntry | tuple[Delegate, dict, str]] = []  # a tuple is written after the flush
        summary = f"undo of import {record.id} ({record.file_name})"
        for entry in entries:
            delegate_id = entry.entity_id
            assert delegate_id is not None  # an import's entries name their delegate
            delegate = delegates[delegate_id]
            before = snapshot(delegate)
            if entry.action == "delegate.import.add" and not _referenced(s, delegate.id):
                s.delete(delegate)
                audits.append(
                    _audit_entry(tx, "delegate.import_undo", delegate_id, before, None, f"{summary}: removed")
                )
                removed += 1
                continue
            if entry.action == "delegate.import.add":
                delegate.active = False
                kept += 1
                note = "kept inactive, a delegation refers to this delegate"
            else:
                earlier = entry.before or {}
                for key in (*DELEGATE_FIELDS, "agency_id", "active"):
                    if key in earlier and getattr(delegate, key) != earlier[key]:
                        setattr(delegate, key, earlier[key])
                restored += 1
                note = "earlier values restored"
            audits.append((delegate, before, f"{summary}: {note}"))
        s.flush()
        s.add_all(
            [
                a
                if isinstance(a, AuditEntry)
                else _audit_entry(tx, "delegate.import_undo", a[0].id, a[1], snapshot(a[0]), a[2])
                for a in audits
            ]
        )
        tx.changed.add("delegate")
        agencies_removed, agencies_kept = _undo_new_agencies(tx, record, summary)
        import_before = snapshot(record)
        record.undone_at = utcnow()
        record.undone_by = ctx.user.login
        tx.audit("roster.import_undo", record, import_before, summary=f"undo of {record.file_name}")
        committing()
        return UndoResult(
            record.id, record.file_name, removed, restored, kept, agencies_removed, agencies_kept
        )


def _undo_new_agencies(tx, record: RosterImport, summary: str) -> tuple[int, int]:
    """The agencies the import created (``--create-agencies``): removed when nothing refers to them any
    more, else kept but deactivated (a delegate kept for a delegation, a request logged since ...)."""
    from ..agencies import agency_references

    s = tx.session
    s.flush()
    created = list(
        s.scalars(
            select(AuditEntry.entity_id).where(
                AuditEntry.operation_id == record.operation_id, AuditEntry.action == "agency.import.add"
            )
        )
    )
    removed = kept = 0
    for agency in s.scalars(select(Agency).where(Agency.id.in_(created)).order_by(Agency.id.desc())):
        before = snapshot(agency)
        own = (
            1 if record.agency_id == agency.id else 0
        )  # the import's own scope goes with the agency (SET NULL)
        if agency_references(s, agency.id) > own:
            if agency.active:
                agency.active = False
                tx.audit(
                    "agency.import_undo",
                    agency,
                    before,
                    summary=f"{summary}: kept inactive, still referred to",
                )
            kept += 1
            continue
        s.delete(agency)
        s.flush()
        tx.audit(
            "agency.import_undo",
            entity="agency",
            entity_id=before["id"],
            before=before,
            after=None,
            summary=f"{summary}: removed",
        )
        removed += 1
    return removed, kept
