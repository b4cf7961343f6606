"""The pack archive: every briefing pack exported or issued is kept byte for byte, with its SHA-256, the
options it was made with, its recipients, who issued it and when, and the issue run (batch) it belongs to.

A run is one export or one issue of numbered copies. Its batch id ("B-2026-0007") counts the runs of a
year across the database, so copy numbers are unique across runs ("copy 2 of 5, batch B-2026-0007");
its version counts the runs of its meeting ("version 3": the third time this meeting's pack went out).
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from datetime import date, datetime, timezone
from typing import Any

from sqlalchemy import func, select

from dialogue_planner.domain.briefing import PackOptions
from dialogue_planner.domain.errors import ConflictError, DialogueError, NotFoundError, ValidationError
from dialogue_planner.domain.limits import check_record_number
from dialogue_planner.domain.messages import msg
from dialogue_planner.domain.vocabulary import Role
from dialogue_planner.storage.models import ArchivedPack, Meeting

from .context import ServiceContext, Transaction
from .lookup import meeting_by_number

MAX_ARCHIVED_BYTES = 64 * 1024 * 1024  # a pack is a few hundred KB; appended documents make it larger
BATCH = re.compile(r"^B-(\d{4})-(\d+)$")


@dataclass(frozen=True)
class IssueRun:
    """The batch id, version and time one export or issue of copies is recorded (and printed) with."""

    batch: str
    version: int
    issued_at: datetime


@dataclass(frozen=True)
class ArchivedRecipient:
    copy_number: int
    copies_total: int
    name: str
    key: str = ""


@dataclass(frozen=True)
class ArchivedPackRecord:
    """One archived PDF, without its bytes (``archived_pack`` gives them)."""

    id: int
    meeting: int
    batch: str
    version: int
    kind: str  # "export" or "copy"
    issued_at: datetime
    issued_by: str
    sha256: str
    size: int
    paper: str
    language: str
    marking: str
    as_of: date | None
    file_name: str
    recipients: tuple[ArchivedRecipient, ...]
    options: dict[str, Any]


@dataclass(frozen=True)
class PackToArchive:
    """What the caller hands over for one PDF: its bytes and how it was made."""

    pdf: bytes
    options: PackOptions
    file_name: str = ""
    recipient_key: str = ""
    distribution_copy_id: int | None = None


def stored_options(options: PackOptions, as_of: date | None) -> dict[str, Any]:
    """The options a pack was made with, as the archive keeps them."""
    return {
        "paper": options.paper.value,
        "language": options.language.value,
        "marking": options.marking,
        "copy_number": options.copy_number,
        "copies_total": options.copies_total,
        "recipient": options.recipient,
        "deterministic": options.deterministic,
        "author": options.author,
        "batch": options.batch,
        "version": options.version,
        "issued_at": options.issued_at.isoformat() if options.issued_at else None,
        "as_of": as_of.isoformat() if as_of else None,
    }


def _next_run(s, meeting_id: int, now: datetime) -> IssueRun:
    year = now.astimezone(timezone.utc).year
    numbers = [
        int(m.group(2))
        for b in s.scalars(
            select(ArchivedPack.batch).where(ArchivedPack.batch.like(f"B-{year}-%")).distinct()
        )
        if (m := BATCH.match(b))
    ]
    runs = s.scalar(
        select(func.count(func.distinct(ArchivedPack.batch))).where(ArchivedPack.meeting_id == meeting_id)
    )
    return IssueRun(f"B-{year}-{max(numbers, default=0) + 1:04d}", (runs or 0) + 1, now)


def next_issue_run(ctx: ServiceContext, meeting: int, *, now: datetime | None = None) -> IssueRun:
    """The batch, version and time the next run of meeting ``meeting``'s pack will carry."""
    now = (now or datetime.now(timezone.utc)).replace(microsecond=0)
    with ctx.read() as s:
        return _next_run(s, meeting_by_number(s, ctx.require_dialogue(), meeting).id, now)


def can_archive(ctx: ServiceContext) -> bool:
    """Whether this caller may write the archive (a viewer's or a read-only file's export is not kept)."""
    return ctx.can(Role.SECRETARIAT) and not ctx.db.read_only


def store_run(
    tx: Transaction,
    meeting: int,
    run: IssueRun,
    packs: list[PackToArchive],
    *,
    kind: str,
    as_of: date | None,
) -> list[ArchivedPackRecord]:
    """Archive the PDFs of one run inside the caller's transaction. Refused whole when a PDF is larger
    than the archive takes, or when another workstation took the run's batch meanwhile."""
    s = tx.session
    m = meeting_by_number(s, tx.ctx.require_dialogue(), meeting)
    for pack in packs:
        if len(pack.pdf) > MAX_ARCHIVED_BYTES:
            raise ValidationError(
                msg(
                    "The pack is {value:.1f} MB; the archive keeps packs of up to {value2:.0f} MB. Nothing was issued.",
                    value=len(pack.pdf) / 1e6,
                    value2=MAX_ARCHIVED_BYTES / 1e6,
                )
            )
    if s.scalar(select(func.count()).select_from(ArchivedPack).where(ArchivedPack.batch == run.batch)):
        raise ConflictError(
            msg(
                "Batch {batch} was issued by another workstation meanwhile; nothing was issued. Issue again.",
                batch=run.batch,
            )
        )
    rows = []
    for pack in packs:
        o = pack.options
        row = ArchivedPack(
            meeting_id=m.id,
            batch=run.batch,
            version=run.version,
            kind=kind,
            copy_number=o.copy_number or 0,
            copies_total=o.copies_total or 0,
            recipient_name=o.recipient[:300],
            recipient_key=pack.recipient_key[:120],
            distribution_copy_id=pack.distribution_copy_id,
            paper=o.paper.value,
            language=o.language.value,
            marking=o.marking,
            options=json.dumps(stored_options(o, as_of), ensure_ascii=False, sort_keys=True),
            as_of=as_of,
            file_name=pack.file_name[:400],
            sha256=hashlib.sha256(pack.pdf).hexdigest(),
            size=len(pack.pdf),
            pdf=pack.pdf,
            issued_at=run.issued_at,
            issued_by=tx.ctx.user.login,
        )
        s.add(row)
        rows.append(row)
    s.flush()
    for row in rows:
        tx.audit(
            "briefing.archive",
            row,
            after=_audit_values(row),
            summary=f"archived the meeting {meeting} pack ({row.kind}"
            + (f" {row.copy_number} of {row.copies_total}" if row.copy_number else "")
            + f", batch {row.batch}, {row.size} bytes)",
        )
    return [_record(row, meeting) for row in rows]


def _audit_values(row: ArchivedPack) -> dict[str, Any]:
    """The row as the audit keeps it: everything but the bytes (their SHA-256 and size say them)."""
    return {
        "id": row.id,
        "meeting_id": row.meeting_id,
        "batch": row.batch,
        "version": row.version,
        "kind": row.kind,
        "copy_number": row.copy_number,
        "copies_total": row.copies_total,
        "recipient_name": row.recipient_name,
        "paper": row.paper,
        "language": row.language,
        "as_of": row.as_of.isoformat() if row.as_of else None,
        "file_name": row.file_name,
        "sha256": row.sha256,
        "size": row.size,
        "issued_at": row.issued_at.isoformat() if row.issued_at else None,
        "issued_by": row.issued_by,
    }


def archive_export(
    ctx: ServiceContext,
    meeting: int,
    pdf: bytes,
    options: PackOptions,
    *,
    as_of: date | None = None,
    file_name: str = "",
    run: IssueRun | None = None,
) -> ArchivedPackRecord:
    """Archive an exported pack (the bytes as written) as a run of its own."""
    with ctx.write(Role.SECRETARIAT) as tx:
        if run is None:
            m = meeting_by_number(tx.session, ctx.require_dialogue(), meeting)
            run = _next_run(tx.session, m.id, datetime.now(timezone.utc).replace(microsecond=0))
        (record,) = store_run(
            tx, meeting, run, [PackToArchive(pdf, options, file_name)], kind="export", as_of=as_of
        )
        return record


_LISTED = [c for c in ArchivedPack.__table__.columns if c.key != "pdf"]


def list_archive(ctx: ServiceContext, meeting: int) -> list[ArchivedPackRecord]:
    """The archived packs of a meeting, newest run first, then by copy number (without their bytes)."""
    dialogue_id = ctx.require_dialogue()
    with ctx.read() as s:
        m = meeting_by_number(s, dialogue_id, meeting)
        rows = s.execute(
            select(*_LISTED)
            .where(ArchivedPack.meeting_id == m.id)
            .order_by(ArchivedPack.issued_at.desc(), ArchivedPack.batch.desc(), ArchivedPack.copy_number)
        ).all()
    return [_record(row, meeting) for row in rows]


def latest_archived(ctx: ServiceContext, meeting: int) -> ArchivedPackRecord | None:
    """The pack that went out last for a meeting (the first copy of the newest run), or None."""
    records = list_archive(ctx, meeting)
    return records[0] if records else None


def archived_pack(ctx: ServiceContext, archive_id: int) -> tuple[ArchivedPackRecord, bytes]:
    """An archived pack and its exact bytes, checked against the SHA-256 taken when it was archived."""
    check_record_number(archive_id, "archived pack")
    dialogue_id = ctx.require_dialogue()
    with ctx.read() as s:
        found = s.execute(
            select(ArchivedPack, Meeting.number)
            .join(Meeting, Meeting.id == ArchivedPack.meeting_id)
            .where(ArchivedPack.id == archive_id, Meeting.dialogue_id == dialogue_id)
        ).first()
        if found is None:
            raise NotFoundError(msg("No archived pack {archive_id} in this dialogue.", archive_id=archive_id))
        row, number = found
        pdf = bytes(row.pdf)
        record = _record(row, number)
    if hashlib.sha256(pdf).hexdigest() != record.sha256 or len(pdf) != record.size:
        raise DialogueError(
            msg(
                "Archived pack {archive_id} is damaged: its bytes no longer match the SHA-256 taken when it was archived. Restore the database from a backup.",
                archive_id=archive_id,
            )
        )
    return record, pdf


def _record(row, meeting: int) -> ArchivedPackRecord:
    recipients = (
        (ArchivedRecipient(row.copy_number, row.copies_total, row.recipient_name, row.recipient_key),)
        if row.copy_number
        else ()
    )
    try:
        options = json.loads(row.options or "{}")
    except ValueError:
        options = {}
    issued_at = row.issued_at
    if issued_at.tzinfo is None:
        issued_at = issued_at.replace(tzinfo=timezone.utc)
    return ArchivedPackRecord(
        id=row.id,
        meeting=meeting,
        batch=row.batch,
        version=row.version,
        kind=row.kind,
        issued_at=issued_at,
        issued_by=row.issued_by,
        sha256=row.sha256,
        size=row.size,
        paper=row.paper,
        language=row.language,
        marking=row.marking,
        as_of=row.as_of,
        file_name=row.file_name,
        recipients=recipients,
        options=options if isinstance(options, dict) else {},
    )


__all__ = [
    "MAX_ARCHIVED_BYTES",
    "ArchivedPackRecord",
    "ArchivedRecipient",
    "IssueRun",
    "PackToArchive",
    "archive_export",
    "archived_pack",
    "can_archive",
    "latest_archived",
    "list_archive",
    "next_issue_run",
    "store_run",
]
