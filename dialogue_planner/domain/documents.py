"""Documents attached to records (non-papers, talking points, request files): their record and the rules
that need no I/O (what a document may be attached to, its name and media type, who may see it in a pack).

A document is attached to exactly one agenda item, request, commitment or activity. One marked "our side
only" is kept to one side (``our_side``): it is listed in, or appended to, a briefing pack only when the
pack is known to go to that side alone (see :func:`visible_in_pack`).
"""

from __future__ import annotations

import hashlib
import mimetypes
from dataclasses import dataclass, replace
from datetime import datetime

from dialogue_planner.domain.messages import msg

from .briefing import AppendState, BriefingPack, PackDocument
from .errors import ValidationError
from .limits import MAX_DOCUMENT_NAME, check_document_size, check_name
from .vocabulary import Word

PDF_MEDIA_TYPE = "application/pdf"
UNKNOWN_MEDIA_TYPE = "application/octet-stream"


class DocumentKind(Word):
    """What a document is attached to, as the command line names it."""

    ITEM = "item"
    REQUEST = "request"
    COMMITMENT = "commitment"
    ACTIVITY = "activity"


@dataclass(frozen=True)
class DocumentRecord:
    """A stored document without its bytes (``get_document_content`` reads those)."""

    id: int
    name: str
    media_type: str
    kind: str  # a DocumentKind value
    record: int  # the id of the agenda item, request, commitment or activity
    record_label: str  # the request's reference, the item's title ... (for lists)
    size: int
    sha256: str
    note: str
    our_side_only: bool
    our_side: str  # the side code it is kept to ("" unless our_side_only)
    attached_by: str
    attached_at: datetime

    @property
    def is_pdf(self) -> bool:
        return self.media_type == PDF_MEDIA_TYPE


def parse_kind(text: str) -> str:
    """``item``, ``request``, ``commitment`` or ``activity`` ("agenda item" and "agenda-item" name items)."""
    wanted = (text or "").strip().lower().replace("_", "-").replace(" ", "-")
    if wanted in ("agenda-item", "agenda"):
        wanted = DocumentKind.ITEM.value
    return DocumentKind.parse(wanted, "kind of record").value


def document_name(name: str) -> str:
    """The file name a document keeps: its last path part, no control character, at most 255 characters."""
    text = check_name((name or "").replace("\\", "/").rsplit("/", 1)[-1], "file name", MAX_DOCUMENT_NAME)
    if not text or text in (".", ".."):
        raise ValidationError(msg("A document needs a file name."))
    return text


def media_type(name: str, content: bytes) -> str:
    """The media type: PDF when the bytes say so (or the name ends in .pdf), else what the name suggests."""
    if content[:1024].lstrip().startswith(b"%PDF-"):
        return PDF_MEDIA_TYPE
    guessed, _encoding = mimetypes.guess_type(name, strict=False)
    return guessed or UNKNOWN_MEDIA_TYPE


def checked_content(name: str, content: bytes) -> tuple[str, int]:
    """The SHA-256 (hex) and size of a document's bytes, once its size is within the limit."""
    size = check_document_size(len(content), name)
    return hashlib.sha256(content).hexdigest(), size


def visible_in_pack(our_side_only: bool, our_side: str, *, audience_side: str, internal: bool) -> bool:
    """Whether a document may be printed in a pack for ``audience_side`` ("" when the pack's readers are
    not known).

    A document for both sides is always shown. One kept to a side is shown only in a pack known to go to
    that side: a numbered copy for a recipient of that side, or a pack marked internal that has no
    recipient (the secretariat's own copy). A pack with no known side may be passed on, so it never shows
    such a document; a copy for the other side never does, whatever its marking.
    """
    if not our_side_only:
        return True
    if audience_side:
        return audience_side == our_side
    return internal


# -- in the briefing pack --------------------------------------------------------------------------
def for_audience(pack: BriefingPack, *, audience_side: str, internal: bool) -> BriefingPack:
    """The pack without the documents its readers may not see (:func:`visible_in_pack`): what a pack for
    ``audience_side`` ("" when unknown), marked internal or not, may print or append."""

    def keep(documents: tuple[PackDocument, ...]) -> tuple[PackDocument, ...]:
        return tuple(
            d
            for d in documents
            if visible_in_pack(d.our_side_only, d.our_side, audience_side=audience_side, internal=internal)
        )

    return _with_documents(pack, keep)


@dataclass(frozen=True)
class ListedDocument:
    """A document of a pack once, with what it is attached to ("3. Title" or a request's reference)."""

    document: PackDocument
    attached_to: str
    attached_to_zh: str = ""  # the agenda item's Chinese title, when it has one


def listed_documents(pack: BriefingPack) -> list[ListedDocument]:
    """Every document the pack lists, once each, in the pack's order: the agenda items' first, then the
    requests' (a request listed both as overdue and as open counts once)."""
    seen: set[int] = set()
    out: list[ListedDocument] = []
    for item in pack.agenda:
        for d in item.documents:
            if d.id not in seen:
                seen.add(d.id)
                zh = f"{item.number}. {item.title_zh}" if item.title_zh else ""
                out.append(ListedDocument(d, f"{item.number}. {item.title or item.title_zh}", zh))
    for r in (*pack.overdue_requests, *pack.open_requests):
        for d in r.documents:
            if d.id not in seen:
                seen.add(d.id)
                out.append(ListedDocument(d, r.reference))
    return out


def with_append_states(pack: BriefingPack, states: dict[int, AppendState]) -> BriefingPack:
    """The pack with each listed document's append state set by id."""

    def mark(documents: tuple[PackDocument, ...]) -> tuple[PackDocument, ...]:
        return tuple(replace(d, appended=states.get(d.id, d.appended)) for d in documents)

    return _with_documents(pack, mark)


def _with_documents(pack: BriefingPack, change) -> BriefingPack:
    """The pack with ``change(documents)`` in place of each agenda item's and request's documents (records
    without documents are kept as they are: a pack may list thousands of requests)."""

    def each(records):
        return tuple(replace(r, documents=change(r.documents)) if r.documents else r for r in records)

    if not listed_documents(pack):
        return pack
    return replace(
        pack,
        agenda=each(pack.agenda),
        overdue_requests=each(pack.overdue_requests),
        open_requests=each(pack.open_requests),
    )
