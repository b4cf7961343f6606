"""Documents attached to agenda items, requests, commitments and activities (issue 15).

A document's bytes are stored in the database with their SHA-256 and size, who attached it and when. It
is never edited: it is attached and removed, each with an audit entry that names the file, its size and
checksum (not its bytes). Neither is undone through Edit ▸ Undo (the audit does not hold the bytes): a
removed document is attached again from its file.

The briefing pack reads the documents through :func:`pack_documents`, which leaves out those the pack's
readers may not see (``domain.documents.visible_in_pack``).
"""

from __future__ import annotations

import hashlib
import stat
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from dialogue_planner.domain.documents import (
    DocumentKind,
    DocumentRecord,
    checked_content,
    document_name,
    media_type,
    parse_kind,
)
from dialogue_planner.domain.errors import NotFoundError, ValidationError
from dialogue_planner.domain.limits import (
    MAX_DOCUMENT_BYTES,
    check_document_size,
    check_key,
    check_record_number,
    check_text,
    size_text,
)
from dialogue_planner.domain.messages import msg
from dialogue_planner.domain.vocabulary import Role
from dialogue_planner.storage.models import (
    Activity,
    AgendaItem,
    Commitment,
    Dialogue,
    Document,
    Meeting,
    Request,
    Side,
)

from .context import ServiceContext, Transaction
from .lookup import request_by_reference, side_by_code

_COLUMN = {
    DocumentKind.ITEM.value: "agenda_item_id",
    DocumentKind.REQUEST.value: "request_id",
    DocumentKind.COMMITMENT.value: "commitment_id",
    DocumentKind.ACTIVITY.value: "activity_id",
}
_WHAT = {
    DocumentKind.ITEM.value: "agenda item",
    DocumentKind.REQUEST.value: "request",
    DocumentKind.COMMITMENT.value: "commitment",
    DocumentKind.ACTIVITY.value: "activity",
}
MAX_NOTE = 2_000
# Every column but the bytes: lists and records never load a document's content.
_LISTED = (
    Document.id,
    Document.name,
    Document.media_type,
    Document.agenda_item_id,
    Document.request_id,
    Document.commitment_id,
    Document.activity_id,
    Document.size,
    Document.sha256,
    Document.note,
    Document.our_side_only,
    Document.our_side_id,
    Document.attached_by,
    Document.attached_at,
)


@dataclass(frozen=True)
class DocumentContent:
    """A document's record and its bytes (checked against the stored SHA-256)."""

    record: DocumentRecord
    content: bytes


# -- reading a file ----------------------------------------------------------------------------------
def read_document_file(path: str | Path) -> tuple[str, bytes]:
    """The name and bytes of the file at ``path``; a ValidationError naming the file when it cannot be
    read, is not a file, is empty or is larger than the limit (checked before it is read whole)."""
    path = Path(path).expanduser()
    shown = str(path)
    try:
        info = path.stat()
    except FileNotFoundError as exc:
        raise ValidationError(msg("There is no file '{shown}'.", shown=shown)) from exc
    except OSError as exc:
        raise ValidationError(
            msg("Cannot read '{shown}': {value}.", shown=shown, value=exc.strerror or exc)
        ) from exc
    if stat.S_ISDIR(info.st_mode):
        raise ValidationError(msg("'{shown}' is a folder: choose a file to attach.", shown=shown))
    if not stat.S_ISREG(info.st_mode):
        raise ValidationError(msg("'{shown}' is not a regular file: choose a file to attach.", shown=shown))
    check_document_size(info.st_size, path.name)
    try:
        with path.open("rb") as handle:
            content = handle.read(MAX_DOCUMENT_BYTES + 1)
    except OSError as exc:
        raise ValidationError(
            msg("Cannot read '{shown}': {value}.", shown=shown, value=exc.strerror or exc)
        ) from exc
    check_document_size(len(content), path.name)  # it may have grown or shrunk since
    return path.name, content


# -- records ---------------------------------------------------------------------------------------
def _kind_and_record(row) -> tuple[str, int]:
    for kind, column in _COLUMN.items():
        value = getattr(row, column)
        if value is not None:
            return kind, value
    raise ValidationError(
        msg("Document {id} is attached to no record.", id=row.id)
    )  # the CHECK constraint forbids it


def _labels(s: Session, rows) -> dict[tuple[str, int], str]:
    """What a list shows for each record: the request's reference, the item's or commitment's text..."""
    wanted: dict[str, set[int]] = {}
    for row in rows:
        kind, ident = _kind_and_record(row)
        wanted.setdefault(kind, set()).add(ident)
    out: dict[tuple[str, int], str] = {}
    queries = {
        DocumentKind.ITEM.value: (AgendaItem.id, AgendaItem.title),
        DocumentKind.REQUEST.value: (Request.id, Request.reference),
        DocumentKind.COMMITMENT.value: (Commitment.id, Commitment.text),
        DocumentKind.ACTIVITY.value: (Activity.id, Activity.kind),
    }
    for kind, ids in wanted.items():
        key, text = queries[kind]
        for ident, label in s.execute(select(key, text).where(key.in_(sorted(ids)))):
            out[(kind, ident)] = (label or "")[:120]
    return out


def _records(s: Session, rows) -> list[DocumentRecord]:
    rows = list(rows)
    if not rows:
        return []
    sides = dict(s.execute(select(Side.id, Side.code)).all())
    labels = _labels(s, rows)
    out = []
    for row in rows:
        kind, ident = _kind_and_record(row)
        out.append(
            DocumentRecord(
                id=row.id,
                name=row.name,
                media_type=row.media_type,
                kind=kind,
                record=ident,
                record_label=labels.get((kind, ident), ""),
                size=row.size,
                sha256=row.sha256,
                note=row.note or "",
                our_side_only=bool(row.our_side_only),
                our_side=sides.get(row.our_side_id, "") if row.our_side_only else "",
                attached_by=row.attached_by,
                attached_at=row.attached_at,
            )
        )
    return out


def _target(s: Session, dialogue_id: int, kind: str, record: int | str) -> int:
    """The id of the record a document goes to, checked to be of this dialogue. A request may be named by
    its reference as well as its id."""
    what = _WHAT[kind]
    if kind == DocumentKind.REQUEST.value and isinstance(record, str) and not record.strip().isdigit():
        req = request_by_reference(s, check_key(record, "request reference"))
        if req.dialogue_id != dialogue_id:
            raise NotFoundError(msg("No request {reference} in this dialogue.", reference=req.reference))
        return req.id
    ident = _number(record, f"{what} id")
    if kind == DocumentKind.ITEM.value:
        found = s.scalar(
            select(AgendaItem.id)
            .join(Meeting, Meeting.id == AgendaItem.meeting_id)
            .where(AgendaItem.id == ident, Meeting.dialogue_id == dialogue_id)
        )
    elif kind == DocumentKind.REQUEST.value:
        found = s.scalar(select(Request.id).where(Request.id == ident, Request.dialogue_id == dialogue_id))
    elif kind == DocumentKind.COMMITMENT.value:
        found = s.scalar(
            select(Commitment.id)
            .join(Meeting, Meeting.id == Commitment.meeting_id)
            .where(Commitment.id == ident, Meeting.dialogue_id == dialogue_id)
        )
    else:
        found = s.scalar(select(Activity.id).where(Activity.id == ident, Activity.dialogue_id == dialogue_id))
    if found is None:
        raise NotFoundError(msg("No {what} with id {ident} in this dialogue.", what=what, ident=ident))
    return found


def _number(value: int | str, what: str) -> int:
    if isinstance(value, str):
        text = check_key(value, what, 20)
        if not text.isdigit():
            raise ValidationError(msg("'{text}' is not a {what}: give a whole number.", text=text, what=what))
        return check_record_number(int(text), what)
    return check_record_number(value, what)


# -- use cases ---------------------------------------------------------------------------------------
def attach_document(
    ctx: ServiceContext,
    *,
    kind: str,
    record: int | str,
    name: str,
    content: bytes,
    note: str = "",
    our_side_only: bool = False,
    our_side: str | None = None,
) -> DocumentRecord:
    """Attach ``content`` (a file called ``name``) to an agenda item, request, commitment or activity.

    ``our_side_only`` keeps it to one side (``our_side``, default the dialogue's first side): it is then
    never printed in a pack for the other side."""
    dialogue_id = ctx.require_dialogue()
    kind = parse_kind(kind)
    name = document_name(name)
    content = bytes(content)
    sha256, size = checked_content(name, content)
    note = check_text(note, "note", MAX_NOTE)
    with ctx.write(Role.SECRETARIAT) as tx:
        s = tx.session
        target = _target(s, dialogue_id, kind, record)
        side_id = None
        if our_side_only:
            dialogue = s.get_one(Dialogue, dialogue_id)
            if our_side:
                side = side_by_code(s, our_side)
                if side.id not in (dialogue.side_a_id, dialogue.side_b_id):
                    raise ValidationError(
                        msg(
                            "Side {code} is not a side of this dialogue: use {code2} or {code3}.",
                            code=side.code,
                            code2=dialogue.side_a.code,
                            code3=dialogue.side_b.code,
                        )
                    )
                side_id = side.id
            else:
                side_id = dialogue.side_a_id
        elif our_side:
            raise ValidationError(msg("A side is named only for a document kept to one side."))
        row = Document(
            dialogue_id=dialogue_id,
            name=name,
            media_type=media_type(name, content),
            content=content,
            sha256=sha256,
            size=size,
            note=note,
            our_side_only=bool(our_side_only),
            our_side_id=side_id,
            attached_by=ctx.user.login,
            **{_COLUMN[kind]: target},
        )
        s.add(row)
        s.flush()
        record_ = _records(s, [row])[0]
        _audit(tx, "document.attach", row, after=True)
        return record_


def attach_file(
    ctx: ServiceContext,
    *,
    kind: str,
    record: int | str,
    path: str | Path,
    note: str = "",
    our_side_only: bool = False,
    our_side: str | None = None,
) -> DocumentRecord:
    """:func:`attach_document` with the name and bytes of the file at ``path`` (read before the write)."""
    ctx.require(Role.SECRETARIAT)  # a viewer is refused before the file is even read
    name, content = read_document_file(path)
    return attach_document(
        ctx,
        kind=kind,
        record=record,
        name=name,
        content=content,
        note=note,
        our_side_only=our_side_only,
        our_side=our_side,
    )


def _audit(tx: Transaction, action: str, row: Document, *, after: bool) -> None:
    """The document's columns, its bytes named by size and SHA-256 only."""
    values = {
        "id": row.id,
        "dialogue_id": row.dialogue_id,
        "agenda_item_id": row.agenda_item_id,
        "request_id": row.request_id,
        "commitment_id": row.commitment_id,
        "activity_id": row.activity_id,
        "name": row.name,
        "media_type": row.media_type,
        "sha256": row.sha256,
        "size": row.size,
        "note": row.note,
        "our_side_only": row.our_side_only,
        "our_side_id": row.our_side_id,
        "attached_by": row.attached_by,
        "attached_at": row.attached_at.isoformat() if row.attached_at else None,
    }
    tx.audit(
        action,
        entity="document",
        entity_id=row.id,
        before=None if after else values,
        after=values if after else None,
        summary=f"{row.name} ({size_text(row.size)}, SHA-256 {row.sha256[:12]}…)",
    )


def _row(s: Session, dialogue_id: int, document_id: int) -> Document:
    check_record_number(document_id, "document id")
    row = s.get(Document, document_id)
    if row is None or row.dialogue_id != dialogue_id:
        raise NotFoundError(
            msg("No document with id {document_id} in this dialogue.", document_id=document_id)
        )
    return row


def remove_document(ctx: ServiceContext, document_id: int) -> DocumentRecord:
    """Remove a document (its name, size and SHA-256 stay in the audit)."""
    dialogue_id = ctx.require_dialogue()
    with ctx.write(Role.SECRETARIAT) as tx:
        row = _row(tx.session, dialogue_id, document_id)
        record = _records(tx.session, [row])[0]
        _audit(tx, "document.remove", row, after=False)
        tx.session.delete(row)
        return record


def get_document(ctx: ServiceContext, document_id: int) -> DocumentRecord:
    dialogue_id = ctx.require_dialogue()
    with ctx.read() as s:
        return _records(s, [_row(s, dialogue_id, document_id)])[0]


def get_document_content(ctx: ServiceContext, document_id: int) -> DocumentContent:
    """A document's record and bytes; a damaged copy (its SHA-256 no longer matches) is refused."""
    dialogue_id = ctx.require_dialogue()
    with ctx.read() as s:
        row = _row(s, dialogue_id, document_id)
        record = _records(s, [row])[0]
        content = bytes(row.content)
    if hashlib.sha256(content).hexdigest() != record.sha256:
        raise ValidationError(
            msg(
                "The stored copy of '{name}' (document {document_id}) no longer matches its SHA-256; attach the file again.",
                name=record.name,
                document_id=document_id,
            )
        )
    return DocumentContent(record, content)


def save_document(ctx: ServiceContext, document_id: int, out: str | Path) -> DocumentRecord:
    """Write a document's bytes to ``out`` (whole or not at all)."""
    from dialogue_planner.files import write_file

    found = get_document_content(ctx, document_id)
    write_file(out, found.content)
    return found.record


def list_documents(
    ctx: ServiceContext, *, kind: str | None = None, record: int | str | None = None
) -> list[DocumentRecord]:
    """The dialogue's documents (or one record's, with ``kind`` and ``record``), oldest first."""
    dialogue_id = ctx.require_dialogue()
    if (kind is None) != (record is None):
        raise ValidationError(msg("Name both the kind of record and its id, or neither."))
    with ctx.read() as s:
        query = select(*_LISTED).where(Document.dialogue_id == dialogue_id)
        if kind is not None and record is not None:
            kind = parse_kind(kind)
            target = _target(s, dialogue_id, kind, record)
            query = query.where(getattr(Document, _COLUMN[kind]) == target)
        rows = s.execute(query.order_by(Document.attached_at, Document.id)).all()
        return _records(s, rows)


# -- for the briefing pack ---------------------------------------------------------------------------
@dataclass(frozen=True)
class PackDocuments:
    """The documents of a pack's agenda items and requests, by record id (every one: the pack leaves out
    those its readers may not see, ``domain.documents.for_audience``)."""

    items: dict[int, tuple[DocumentRecord, ...]]
    requests: dict[int, tuple[DocumentRecord, ...]]


def pack_documents(
    ctx: ServiceContext, *, item_ids: Iterable[int], request_ids: Iterable[int]
) -> PackDocuments:
    """The documents of these agenda items and requests, oldest first, without their bytes."""
    dialogue_id = ctx.require_dialogue()
    items: dict[int, list[DocumentRecord]] = {}
    requests: dict[int, list[DocumentRecord]] = {}
    wanted_items, wanted_requests = set(item_ids), set(request_ids)
    with ctx.read() as s:
        # Every document of the dialogue's items and requests, kept when its record is in the pack: a
        # dialogue holds few documents, and a pack may list thousands of requests (too many for IN).
        rows = s.execute(
            select(*_LISTED)
            .where(
                Document.dialogue_id == dialogue_id,
                or_(Document.agenda_item_id.is_not(None), Document.request_id.is_not(None)),
            )
            .order_by(Document.attached_at, Document.id)
        ).all()
        rows = [r for r in rows if r.agenda_item_id in wanted_items or r.request_id in wanted_requests]
        for r in _records(s, rows):
            target = items if r.kind == DocumentKind.ITEM.value else requests
            target.setdefault(r.record, []).append(r)
    return PackDocuments({k: tuple(v) for k, v in items.items()}, {k: tuple(v) for k, v in requests.items()})


def document_contents(ctx: ServiceContext, ids: Iterable[int]) -> dict[int, bytes]:
    """The bytes of these documents (for appending PDFs to a pack); a damaged one is left out."""
    dialogue_id = ctx.require_dialogue()
    wanted = sorted(set(ids))
    if not wanted:
        return {}
    out: dict[int, bytes] = {}
    with ctx.read() as s:
        for ident, content, sha256 in s.execute(
            select(Document.id, Document.content, Document.sha256).where(
                Document.dialogue_id == dialogue_id, Document.id.in_(wanted)
            )
        ):
            data = bytes(content)
            if hashlib.sha256(data).hexdigest() == sha256:
                out[ident] = data
    return out


__all__ = [
    "DocumentContent",
    "PackDocuments",
    "attach_document",
    "attach_file",
    "document_contents",
    "get_document",
    "get_document_content",
    "list_documents",
    "pack_documents",
    "read_document_file",
    "remove_document",
    "save_document",
]
