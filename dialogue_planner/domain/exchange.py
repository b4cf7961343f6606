"""Exchange packages between the two secretariats (issue 20): the rules with no I/O.

A package is a zip of three members: ``manifest.json`` (format, version, dialogue, sender side, sequence,
created at, the SHA-256 of the records), ``records.json`` (what the other side needs) and ``signature``
(Ed25519 over the manifest's bytes, in hex). Everything here checks what a package says before anything
is written: member names and sizes, the manifest, and the shape of every record. Each refusal is one line
that says why (``PackageError``).
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from dialogue_planner.domain.messages import msg

from .errors import ValidationError
from .limits import EARLIEST_DAY, LATEST_DAY, MAX_TEXT
from .requests import REFERENCE_PATTERN, UPDATE_KINDS
from .text import control_characters
from .vocabulary import (
    AgendaStatus,
    CommitmentStatus,
    DelegationRole,
    EscalationStatus,
    RequestKind,
    RequestStatus,
    ResponseQuality,
    Severity,
)

FORMAT = "dialogue-planner-exchange"
FORMAT_VERSION = 1
MANIFEST = "manifest.json"
RECORDS = "records.json"
SIGNATURE = "signature"
MEMBERS = (MANIFEST, RECORDS, SIGNATURE)

#: Limits of a package, checked before its members are read.
MAX_PACKAGE_BYTES = 64 * 1024 * 1024
MAX_MEMBER_BYTES = {MANIFEST: 16 * 1024, RECORDS: 48 * 1024 * 1024, SIGNATURE: 1024}
MAX_TOTAL_BYTES = 48 * 1024 * 1024 + 17 * 1024
#: A member may unpack to at most this many times its packed size (a stored member: 1).
MAX_RATIO = 20
MAX_RECORDS = 200_000

#: What "both" means for a database's own side: it holds both sides' records (no exchange).
BOTH = "both"

#: The kinds of shared records and the fields of each compared between the two sides.
SHARED_FIELDS: dict[str, tuple[str, ...]] = {
    "request": (
        "kind",
        "subject",
        "received_on",
        "acknowledged_on",
        "first_response_on",
        "latest_quality",
        "status",
        "closed_on",
    ),
    "escalation": ("severity", "summary", "status", "resolution"),
    "outcome": ("text_en", "text_zh"),
    # Told, not merged: this side changes these on their own pages (the rules of the delegation, the agenda
    # and the commitments apply); a difference is listed until the two agree or this side keeps its own.
    "delegation": ("role",),
    "agenda": ("title", "title_zh", "status"),
    "commitment": ("status", "completed_on", "note"),
}
#: Kinds whose differences are settled on their own pages (or by keeping ours), not by the exchange.
TOLD_KINDS = frozenset({"delegation", "agenda", "commitment"})
RESOLUTIONS = ("accepted", "kept", "agreed")


class PackageError(ValidationError):
    """A package that is refused; nothing was written."""


# -- keys --------------------------------------------------------------------------------------------
def fingerprint(public_key: bytes) -> str:
    """SHA-256 of the raw public key, in groups of four hex digits (to be read aloud and compared)."""
    digest = hashlib.sha256(public_key).hexdigest().upper()
    return " ".join(digest[i : i + 4] for i in range(0, len(digest), 4))


def same_fingerprint(given: str, expected: str) -> bool:
    """Whether a fingerprint as typed (any case, spaces, colons or dashes) is ``expected``."""
    return re.sub(r"[\s:\-]", "", given or "").upper() == re.sub(r"\s", "", expected).upper()


def parse_public_key(text: str) -> bytes:
    """A raw Ed25519 public key written as 64 hex digits (as ``exchange keys show`` prints it)."""
    cleaned = re.sub(r"[\s:]", "", text or "")
    if not re.fullmatch(r"[0-9a-fA-F]{64}", cleaned):
        raise ValidationError(
            msg("The public key must be 64 hexadecimal digits, as the other side's keys show prints it.")
        )
    return bytes.fromhex(cleaned)


def check_side_code(code: str, what: str = "side") -> str:
    word = (code or "").strip().upper()
    if not re.fullmatch(r"[A-Z]{2,8}", word):
        raise ValidationError(msg("'{code}' is not a side code: write it like US or CN.", code=code))
    return word


# -- the zip's directory -----------------------------------------------------------------------------
@dataclass(frozen=True)
class MemberInfo:
    name: str
    packed: int
    size: int
    stored: bool


def check_members(members: Iterable[MemberInfo]) -> None:
    """The zip holds exactly the three expected members, stored, within their sizes, no name twice."""
    seen: set[str] = set()
    compressed: list[str] = []
    total = 0
    for m in members:
        name = m.name
        if control_characters(name) or "\\" in name or name.startswith("/") or ".." in name.split("/"):
            raise PackageError(msg("The package holds a member with an unsafe name ({name!r}).", name=name))
        if re.match(r"^[A-Za-z]:", name):
            raise PackageError(msg("The package holds a member with an absolute name ({name!r}).", name=name))
        if name not in MEMBERS:
            raise PackageError(msg("The package holds an unexpected member ({name!r}).", name=name))
        if name in seen:
            raise PackageError(msg("The package holds the member {name} twice.", name=name))
        seen.add(name)
        if m.size > MAX_MEMBER_BYTES[name]:
            raise PackageError(
                msg(
                    "The member {name} unpacks to {size:,} bytes; at most {value:,} are allowed.",
                    name=name,
                    size=m.size,
                    value=MAX_MEMBER_BYTES[name],
                )
            )
        if m.size > MAX_RATIO * max(m.packed, 1) and m.size > 4096:
            raise PackageError(
                msg(
                    "The member {name} unpacks to {value:,} times its size (a zip bomb).",
                    name=name,
                    value=m.size // max(m.packed, 1),
                )
            )
        total += m.size
        if total > MAX_TOTAL_BYTES:
            raise PackageError(
                msg(
                    "The package unpacks to more than {max_total_bytes:,} bytes.",
                    max_total_bytes=MAX_TOTAL_BYTES,
                )
            )
        if not m.stored:
            compressed.append(name)
    if compressed:
        raise PackageError(
            msg(
                "The member {value} is compressed; packages store their members as written.",
                value=compressed[0],
            )
        )
    missing = [n for n in MEMBERS if n not in seen]
    if missing:
        raise PackageError(msg("The package lacks its {missing}.", missing=", ".join(missing)))


# -- the manifest ------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Manifest:
    format_version: int
    dialogue: str
    sender_side: str
    sequence: int
    created_at: str
    content_hash: str
    since: int | None = None

    def to_bytes(self) -> bytes:
        body = {
            "format": FORMAT,
            "format_version": self.format_version,
            "dialogue": self.dialogue,
            "sender_side": self.sender_side,
            "sequence": self.sequence,
            "created_at": self.created_at,
            "content_hash": self.content_hash,
            "since": self.since,
        }
        return json.dumps(body, indent=2, sort_keys=True, ensure_ascii=False).encode("utf-8")


def _parse_text(data: bytes, what: str) -> Any:
    try:
        return json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise PackageError(msg("The package's {what} is not valid JSON text.", what=what)) from None


def parse_manifest(data: bytes) -> Manifest:
    """The manifest, its version checked first (a package from a newer program is refused as such)."""
    body = _parse_text(data, "manifest")
    if not isinstance(body, dict) or body.get("format") != FORMAT:
        raise PackageError(
            msg("The file is not a Dialogue Planner exchange package (its manifest names no such format).")
        )
    version = body.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise PackageError(msg("The package's manifest has no valid format version."))
    if version > FORMAT_VERSION:
        raise PackageError(
            msg(
                "The package is of format version {version}, newer than this program reads ({format_version}): update the program.",
                version=version,
                format_version=FORMAT_VERSION,
            )
        )
    dialogue, sender, seq = body.get("dialogue"), body.get("sender_side"), body.get("sequence")
    created, content = body.get("created_at"), body.get("content_hash")
    since = body.get("since")
    if not isinstance(dialogue, str) or not re.fullmatch(r"[A-Za-z0-9_\-]{1,32}", dialogue):
        raise PackageError(msg("The package's manifest names no valid dialogue code."))
    if not isinstance(sender, str) or not re.fullmatch(r"[A-Z]{2,8}", sender):
        raise PackageError(msg("The package's manifest names no valid sender side."))
    if not isinstance(seq, int) or isinstance(seq, bool) or not 1 <= seq < 2**31:
        raise PackageError(msg("The package's manifest has no valid sequence number."))
    if since is not None and (not isinstance(since, int) or isinstance(since, bool) or not 0 <= since < seq):
        raise PackageError(msg("The package's manifest has an invalid 'since' number."))
    if not isinstance(created, str) or not _instant(created):
        raise PackageError(msg("The package's manifest has no valid creation time."))
    if not isinstance(content, str) or not re.fullmatch(r"[0-9a-f]{64}", content):
        raise PackageError(msg("The package's manifest has no valid content hash."))
    return Manifest(version, dialogue, sender, seq, created, content, since)


def _instant(text: str) -> datetime | None:
    try:
        value = datetime.fromisoformat(text)
    except ValueError:
        return None
    return value if value.tzinfo is not None and 1990 <= value.year <= 2100 else None


def content_hash(records: bytes) -> str:
    return hashlib.sha256(records).hexdigest()


# -- the records -------------------------------------------------------------------------------------
class _Shape:
    """Checks one record's fields, naming the record in every refusal."""

    def __init__(self, where: str, record: Any) -> None:
        if not isinstance(record, dict):
            raise PackageError(msg("{where} is not a record.", where=where))
        self.where, self.record = where, record

    def _fail(self, name: str, why: str) -> PackageError:
        return PackageError(msg("{where}: {name} {why}.", where=self.where, name=name, why=why))

    def text(self, name: str, limit: int = MAX_TEXT, *, optional: bool = True, multiline: bool = True) -> str:
        value = self.record.get(name, "" if optional else None)
        if not isinstance(value, str):
            raise self._fail(name, "is not a text")
        allowed = "\n\t\r" if multiline else ""
        if control_characters(value, allowed=allowed) if allowed else control_characters(value):
            raise self._fail(name, "holds control characters")
        if len(value) > limit:
            raise self._fail(name, f"is longer than {limit} characters")
        if not optional and not value.strip():
            raise self._fail(name, "is empty")
        return value

    def day(self, name: str, *, optional: bool = False) -> str | None:
        value = self.record.get(name)
        if value is None and optional:
            return None
        if not isinstance(value, str):
            raise self._fail(name, "is not a date")
        try:
            day = date.fromisoformat(value)
        except ValueError:
            raise self._fail(name, "is not a date") from None
        if not EARLIEST_DAY <= day <= LATEST_DAY:
            raise self._fail(name, "lies outside 1990-2100")
        return value

    def instant(self, name: str, *, optional: bool = False) -> str | None:
        value = self.record.get(name)
        if value is None and optional:
            return None
        if not isinstance(value, str) or _instant(value) is None:
            raise self._fail(name, "is not a time with its zone")
        return value

    def word(self, name: str, words: Iterable[str], *, optional: bool = False) -> str | None:
        value = self.record.get(name)
        if value is None and optional:
            return None
        if value not in set(words):
            raise self._fail(name, f"is not one of {', '.join(words)}")
        return value

    def number(self, name: str, low: int = 1, high: int = 2**31 - 1) -> int:
        value = self.record.get(name)
        if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
            raise self._fail(name, "is not a whole number in range")
        return value

    def items(self, name: str) -> list:
        value = self.record.get(name, [])
        if not isinstance(value, list):
            raise self._fail(name, "is not a list")
        return value

    def side(self, name: str, sides: Iterable[str]) -> str:
        return str(self.word(name, sorted(sides)))


REQUEST_STATUSES = RequestStatus.values()
OUTCOME_STATUSES = ("draft", "proposed", "final")
DOCUMENT_HOOK = "documents"  # the member of the records where shared documents will go (issue 19's helper)


def check_records(data: bytes, sides: Iterable[str]) -> dict:
    """The records of a package, every record's shape checked; the first fault refuses the package."""
    body = _parse_text(data, "records")
    sides = tuple(sides)
    if not isinstance(body, dict):
        raise PackageError(msg("The package's records are not a JSON object."))
    known = {
        "requests",
        "escalations",
        "outcomes",
        "delegations",
        "agenda_proposals",
        "commitments",
        "resolutions",
        DOCUMENT_HOOK,
    }
    unknown = sorted(set(body) - known)
    if unknown:
        raise PackageError(
            msg("The package's records hold an unknown part ({value!r}).", value=unknown[0][:40])
        )
    count = 0
    for part in known:
        if not isinstance(body.get(part, []), list):
            raise PackageError(msg("The package's {part} are not a list.", part=part))
        count += len(body.get(part, []))
    if count > MAX_RECORDS:
        raise PackageError(
            msg(
                "The package holds {count:,} records; at most {max_records:,} are allowed.",
                count=count,
                max_records=MAX_RECORDS,
            )
        )
    if body.get(DOCUMENT_HOOK):
        raise PackageError(msg("The package carries documents, which this version does not accept."))
    references: set[str] = set()
    for i, rec in enumerate(body.get("requests", [])):
        shape = _Shape(f"Request {i + 1}", rec)
        ref = shape.text("reference", 32, optional=False, multiline=False)
        if not REFERENCE_PATTERN.match(ref) or ref in references:
            raise PackageError(
                msg(
                    "Request {value}: reference {value2!r} is not valid or comes twice.",
                    value=i + 1,
                    value2=ref[:40],
                )
            )
        references.add(ref)
        shape.where = f"Request {ref}"
        frm, to = shape.side("from_side", sides), shape.side("to_side", sides)
        if frm == to or ref.split("-")[0] != frm:
            raise shape._fail("from_side", "does not match the reference or the responding side")
        shape.word("kind", RequestKind.values())
        shape.text("subject", 500, optional=False, multiline=False)
        shape.text("description")
        received = shape.day("received_on")
        for name in ("acknowledged_on", "first_response_on", "closed_on"):
            day = shape.day(name, optional=True)
            if day is not None and received is not None and day < received:
                raise shape._fail(name, "is before the received date")
        shape.word("latest_quality", ResponseQuality.values(), optional=True)
        shape.word("status", REQUEST_STATUSES)
        shape.text("close_reason")
        for j, update in enumerate(shape.items("updates")):
            u = _Shape(f"Request {ref}, update {j + 1}", update)
            u.word("kind", UPDATE_KINDS)
            on = u.day("on")
            if on is not None and received is not None and on < received:
                raise u._fail("on", "is before the received date")
            u.word("quality", ResponseQuality.values(), optional=True)
            u.text("status", 40, multiline=False) if u.record.get("status") is not None else None
            u.text("note")
    seen: set[str] = set()
    for i, rec in enumerate(body.get("escalations", [])):
        shape = _Shape(f"Escalation {i + 1}", rec)
        ref = shape.text("reference", 32, optional=False, multiline=False)
        if ref in seen or not re.fullmatch(r"[A-Z0-9][A-Z0-9\-]{1,31}", ref):
            raise PackageError(
                msg(
                    "Escalation {value}: reference {value2!r} is not valid or comes twice.",
                    value=i + 1,
                    value2=ref[:40],
                )
            )
        seen.add(ref)
        shape.side("raised_by_side", sides)
        shape.instant("raised_at")
        shape.word("severity", Severity.values())
        shape.text("summary", 500, optional=False, multiline=False)
        shape.text("details")
        shape.word("status", EscalationStatus.values())
        shape.text("resolution")
        shape.instant("resolved_at", optional=True)
        for r in shape.items("requests"):
            if not isinstance(r, str) or not REFERENCE_PATTERN.match(r):
                raise shape._fail("requests", "names an invalid request reference")
    meetings: set[int] = set()
    for i, rec in enumerate(body.get("outcomes", [])):
        shape = _Shape(f"Outcomes {i + 1}", rec)
        number = shape.number("meeting", 1, 10_000)
        if number in meetings:
            raise shape._fail("meeting", "comes twice")
        meetings.add(number)
        numbers: set[int] = set()
        for j, version in enumerate(shape.items("versions")):
            v = _Shape(f"Outcomes of meeting {number}, version {j + 1}", version)
            n = v.number("number", 1, 10_000)
            if n in numbers:
                raise v._fail("number", "comes twice")
            numbers.add(n)
            v.word("status", OUTCOME_STATUSES)
            lineages: set[str] = set()
            paragraphs = v.items("paragraphs")
            if len(paragraphs) > 10_000:
                raise v._fail("paragraphs", "are too many")
            for k, paragraph in enumerate(paragraphs):
                p = _Shape(f"Outcomes of meeting {number}, version {n}, paragraph {k + 1}", paragraph)
                p.number("position", 1, 10_000)
                lineage = p.text("lineage", 36, optional=False, multiline=False)
                if lineage in lineages:
                    raise p._fail("lineage", "comes twice")
                lineages.add(lineage)
                p.text("text_en")
                p.text("text_zh")
            for k, agreed in enumerate(v.items("agreements")):
                a = _Shape(f"Outcomes of meeting {number}, version {n}, agreement {k + 1}", agreed)
                a.side("side", sides)
                a.text("agreed_by", 200, multiline=False)
                a.instant("agreed_at")
    for i, rec in enumerate(body.get("delegations", [])):
        shape = _Shape(f"Delegation {i + 1}", rec)
        shape.number("meeting", 1, 10_000)
        shape.side("side", sides)
        names: set[str] = set()
        for j, member in enumerate(shape.items("members")):
            m = _Shape(f"Delegation {i + 1}, member {j + 1}", member)
            name = m.text("name", 241, optional=False, multiline=False)
            if name in names:
                raise m._fail("name", "comes twice")
            names.add(name)
            m.word("role", DelegationRole.values())
    for i, rec in enumerate(body.get("agenda_proposals", [])):
        shape = _Shape(f"Agenda proposal {i + 1}", rec)
        shape.number("meeting", 1, 10_000)
        shape.side("side", sides)
        shape.text("title", 2000, optional=False, multiline=False)
        shape.text("title_zh", 2000, multiline=False)
        shape.word("status", AgendaStatus.values())
    for i, rec in enumerate(body.get("commitments", [])):
        shape = _Shape(f"Commitment {i + 1}", rec)
        shape.number("meeting", 1, 10_000)
        shape.text("text", optional=False)
        shape.word("status", CommitmentStatus.values())
        shape.day("completed_on", optional=True)
        shape.text("note")
    for i, rec in enumerate(body.get("resolutions", [])):
        shape = _Shape(f"Resolution {i + 1}", rec)
        shape.word("record_kind", sorted(SHARED_FIELDS))
        kind = rec["record_kind"]
        shape.text("record_key", 120, optional=False, multiline=False)
        shape.word("field", SHARED_FIELDS[kind])
        shape.word("resolution", RESOLUTIONS)
    return body


# -- what the two sides compare ----------------------------------------------------------------------
def text_key(meeting: int, text: str) -> str:
    """The shared key of a record known by its text at a meeting (an agenda proposal, a commitment):
    the meeting, the text's start to read, and a hash of the whole text."""
    whole = " ".join(text.split())
    digest = hashlib.sha256(whole.encode("utf-8")).hexdigest()[:12]
    return f"M{meeting}/{whole[:60]}#{digest}"


def text_keys(meeting: int, texts: Iterable[str]) -> list[str]:
    """The keys of several records of one meeting, in their order: a text that comes again is told apart
    by its place among the same texts ("#…~2")."""
    seen: dict[str, int] = {}
    keys = []
    for text in texts:
        key = text_key(meeting, text)
        seen[key] = seen.get(key, 0) + 1
        keys.append(key if seen[key] == 1 else f"{key}~{seen[key]}")
    return keys


def member_key(meeting: int, side: str, name: str) -> str:
    return f"M{meeting}/{side}/{' '.join(name.split())[:100]}"


def outcome_text_hash(paragraphs: Iterable[Mapping[str, Any]]) -> str:
    """The text of a version (positions and both languages): two sides agree the same text when equal."""
    rows = sorted(
        (int(p["position"]), str(p["text_en"]).strip(), str(p["text_zh"]).strip()) for p in paragraphs
    )
    return hashlib.sha256(json.dumps(rows, ensure_ascii=False).encode("utf-8")).hexdigest()


def encode_value(value: Any) -> str:
    """A field's value as stored beside ours (JSON text; dates as ISO text)."""
    if isinstance(value, (date, datetime)):
        value = value.isoformat()
    return json.dumps(value, ensure_ascii=False)


def decode_value(text: str | None) -> Any:
    if text is None:
        return None
    try:
        return json.loads(text)
    except ValueError:
        return text


def shown(value: Any) -> str:
    """A value as a person reads it in the differences ("" for none)."""
    if value is None:
        return ""
    return str(value)


def is_disputed(ours: Any, theirs: Any, resolution: str, resolved_theirs: Any) -> bool:
    """A difference stays listed until the two values agree, or this side settled that value of theirs
    (kept ours, or agreed a value): a later, different value of theirs is listed again."""
    if ours == theirs:
        return False
    return not (resolution in ("kept", "agreed") and resolved_theirs == theirs)
