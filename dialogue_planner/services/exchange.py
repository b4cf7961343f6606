"""Exchange with the other side's secretariat (issue 20): this database's own side, signing keys, signed
packages out and in, and the reconciliation of what the two sides recorded.

Import never overwrites what this side recorded: records this side lacks are created, events (a response,
an acknowledgement) this side lacks are added, and the other side's value of every shared field is kept
beside ours (``ExchangeTheirs``); where the two differ, the difference is listed until this side accepts
theirs, keeps ours (the next package says so) or agrees a value. A package is checked whole (form,
signature, sequence, dialogue, every record's shape) before anything is written, and written in one
transaction: a refused package changes nothing.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from dialogue_planner.domain.errors import NotFoundError, ValidationError
from dialogue_planner.domain.exchange import (
    BOTH,
    FORMAT_VERSION,
    MAX_PACKAGE_BYTES,
    SHARED_FIELDS,
    TOLD_KINDS,
    Manifest,
    PackageError,
    check_records,
    check_side_code,
    content_hash,
    decode_value,
    encode_value,
    fingerprint,
    is_disputed,
    member_key,
    outcome_text_hash,
    parse_public_key,
    same_fingerprint,
    shown,
    text_keys,
)
from dialogue_planner.domain.limits import check_line, check_text
from dialogue_planner.domain.messages import msg
from dialogue_planner.domain.outcomes import agreement
from dialogue_planner.domain.requests import (
    Change,
    RequestState,
    due_dates,
    parse_reference,
    record_response,
    record_status,
)
from dialogue_planner.domain.vocabulary import (
    EscalationStatus,
    RequestKind,
    RequestStatus,
    ResponseQuality,
    Role,
    Severity,
)
from dialogue_planner.storage.models import (
    AgendaItem,
    Commitment,
    Delegate,
    DelegationMember,
    Dialogue,
    Escalation,
    ExchangePackage,
    ExchangeSetting,
    ExchangeTheirs,
    ExchangeTrustedKey,
    Meeting,
    OutcomeAgreement,
    OutcomeParagraph,
    OutcomeVersion,
    Request,
    RequestUpdate,
    Side,
    escalation_request,
    utcnow,
)

from .context import ServiceContext, Transaction, snapshot
from .requests import dialogue_side_codes, timeliness_rule


def _files():
    """The package files and keys (``interchange.exchange_package``), imported when first used: it loads
    cryptography and OpenSSL (about 12 MB), which the briefing pack, importing this module for the
    disputed records, never needs (issue 19: peak memory)."""
    from dialogue_planner.interchange import exchange_package

    return exchange_package


OWN_SIDE = "own_side"


# -- records -----------------------------------------------------------------------------------------
@dataclass(frozen=True)
class KeyInfo:
    side: str
    fingerprint: str
    public_key: str  # hex


@dataclass(frozen=True)
class TrustedKeyRecord:
    side: str
    fingerprint: str
    public_key: str
    trusted_by: str
    trusted_at: datetime


@dataclass(frozen=True)
class ExportResult:
    path: str
    sequence: int
    dialogue: str
    side: str
    counts: dict[str, int]


@dataclass(frozen=True)
class ImportResult:
    sequence: int
    sender: str
    created: int
    added_events: int
    theirs: int
    agreements: int
    differences: int
    notes: tuple[str, ...]


@dataclass(frozen=True)
class DifferenceRecord:
    id: int
    kind: str
    key: str
    field: str
    ours: str
    theirs: str
    their_resolution: str

    @property
    def record(self) -> str:
        return f"{self.kind} {self.key}"


# -- own side ----------------------------------------------------------------------------------------
def _own_side(s: Session) -> str:
    row = s.get(ExchangeSetting, OWN_SIDE)
    return row.value if row is not None and row.value else BOTH


def own_side(ctx: ServiceContext) -> str:
    """This database's side (US, CN ...), or "both" for a database that holds both sides' records."""
    with ctx.read() as s:
        return _own_side(s)


def set_own_side(ctx: ServiceContext, side: str) -> str:
    """Say which side's secretariat keeps this database ("both": the single-secretariat mode). Once a
    package was exchanged the side stays (the other side knows this database by it)."""
    word = BOTH if (side or "").strip().lower() == BOTH else check_side_code(side)
    with ctx.write(Role.ADMIN) as tx:
        s = tx.session
        if word != BOTH and s.scalar(select(Side.id).where(Side.code == word)) is None:
            known = ", ".join(s.scalars(select(Side.code).order_by(Side.code)))
            raise ValidationError(
                msg("Unknown side '{side}': use one of {known}, or both.", side=side, known=known)
            )
        row = s.get(ExchangeSetting, OWN_SIDE)
        current = row.value if row is not None else BOTH
        if current == word:
            return word
        if s.scalar(select(func.count(ExchangePackage.id))) and current != BOTH:
            raise ValidationError(
                msg(
                    "This database has exchanged packages as side {current}; its side can no longer change.",
                    current=current,
                )
            )
        before = {"name": OWN_SIDE, "value": current}
        if row is None:
            row = ExchangeSetting(name=OWN_SIDE, value=word)
            s.add(row)
        else:
            row.value = word
        s.flush()
        tx.audit(
            "exchange.own_side",
            entity="exchange_setting",
            before=before,
            after={"name": OWN_SIDE, "value": word},
            summary=f"this database is kept by the secretariat of side {word}"
            if word != BOTH
            else "this database holds both sides' records",
        )
        return word


def _exchanging_side(s: Session) -> str:
    side = _own_side(s)
    if side == BOTH:
        raise ValidationError(
            msg(
                "This database holds both sides' records: say which side keeps it (init with its side) before exchanging packages."
            )
        )
    return side


# -- keys --------------------------------------------------------------------------------------------
def init_keys(ctx: ServiceContext) -> KeyInfo:
    """Make this secretariat's signing key (kept in a protected file on this workstation, never in the
    database); its fingerprint is what the other side compares before trusting it."""
    with ctx.write(Role.SECRETARIAT) as tx:
        side = _exchanging_side(tx.session)
        raw = _files().create_key(side)
        info = KeyInfo(side, fingerprint(raw), raw.hex())
        tx.audit(
            "exchange.keys_init",
            entity="exchange_key",
            after={"side": side, "fingerprint": info.fingerprint, "public_key": info.public_key},
            summary=f"signing key of side {side} made, fingerprint {info.fingerprint}",
        )
        return info


def show_keys(ctx: ServiceContext) -> KeyInfo:
    with ctx.read() as s:
        side = _exchanging_side(s)
    raw = _files().public_key_of(side)
    return KeyInfo(side, fingerprint(raw), raw.hex())


def _key_record(k: ExchangeTrustedKey) -> TrustedKeyRecord:
    return TrustedKeyRecord(k.side_code, k.fingerprint, k.public_key, k.trusted_by, k.updated_at)


def trust_key(ctx: ServiceContext, side: str, public_key: str, expected_fingerprint: str) -> TrustedKeyRecord:
    """Trust the other side's public key, once the fingerprint read out by them matches the key's."""
    code = check_side_code(side)
    raw = parse_public_key(public_key)
    actual = fingerprint(raw)
    if not same_fingerprint(expected_fingerprint, actual):
        raise ValidationError(
            msg(
                "The fingerprint given does not match the key: compare it with the other side again; the key is not trusted."
            )
        )
    with ctx.write(Role.SECRETARIAT) as tx:
        s = tx.session
        if s.scalar(select(Side.id).where(Side.code == code)) is None:
            raise ValidationError(msg("Unknown side '{side}'.", side=side))
        if code == _own_side(s):
            raise ValidationError(
                msg("Side {code} is this database's own side; trust the other side's key.", code=code)
            )
        row = s.scalar(select(ExchangeTrustedKey).where(ExchangeTrustedKey.side_code == code))
        before = snapshot(row) if row is not None else None
        if row is None:
            row = ExchangeTrustedKey(side_code=code, public_key=raw.hex(), fingerprint=actual)
            s.add(row)
        row.public_key, row.fingerprint, row.trusted_by = raw.hex(), actual, ctx.user.login
        tx.audit("exchange.trust", row, before, summary=f"key of side {code} trusted, fingerprint {actual}")
        return _key_record(row)


def list_trusted_keys(ctx: ServiceContext) -> list[TrustedKeyRecord]:
    with ctx.read() as s:
        return [
            _key_record(k)
            for k in s.scalars(select(ExchangeTrustedKey).order_by(ExchangeTrustedKey.side_code))
        ]


# -- export ------------------------------------------------------------------------------------------
def _iso(value: date | datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def _side_codes(s: Session) -> dict[int, str]:
    return {ident: code for ident, code in s.execute(select(Side.id, Side.code))}


def _update_key(kind: str, on: str, quality: str | None, note: str) -> str:
    digest = hashlib.sha256(note.strip().encode("utf-8")).hexdigest()[:16]
    return f"{kind}|{on}|{quality or ''}|{digest}"


def _request_entry(r: Request, codes: dict[int, str], updates: list[RequestUpdate]) -> dict:
    return {
        "reference": r.reference,
        "from_side": codes[r.from_side_id],
        "to_side": codes[r.to_side_id],
        "kind": r.kind,
        "subject": r.subject,
        "description": r.description,
        "received_on": _iso(r.received_on),
        "acknowledged_on": _iso(r.acknowledged_on),
        "first_response_on": _iso(r.first_response_on),
        "latest_quality": r.latest_quality,
        "status": r.status,
        "closed_on": _iso(r.closed_on),
        "close_reason": r.close_reason,
        "updates": [
            {"kind": u.kind, "on": _iso(u.on), "quality": u.quality, "status": u.status, "note": u.note}
            for u in updates
        ],
    }


def _escalation_entry(e: Escalation, codes: dict[int, str], refs: list[str]) -> dict:
    return {
        "reference": e.reference,
        "raised_by_side": codes[e.raised_by_side_id],
        "raised_at": _iso(e.raised_at),
        "severity": e.severity,
        "summary": e.summary,
        "details": e.details,
        "status": e.status,
        "resolution": e.resolution,
        "resolved_at": _iso(e.resolved_at),
        "requests": refs,
    }


def _paragraph_entry(p: OutcomeParagraph) -> dict:
    return {"position": p.position, "lineage": p.lineage, "text_en": p.text_en, "text_zh": p.text_zh}


def shared_documents(s: Session, dialogue_id: int, since: datetime | None) -> list[dict]:
    """The documents a package carries: none yet. The helper that adds documents fills this in, and it
    must never return a document marked as this side's only (the import refuses any documents today)."""
    return []


def _records(s: Session, dialogue_id: int, since: datetime | None) -> dict[str, list]:
    codes = _side_codes(s)
    updates: dict[int, list[RequestUpdate]] = {}
    for u in s.scalars(
        select(RequestUpdate)
        .join(Request, Request.id == RequestUpdate.request_id)
        .where(Request.dialogue_id == dialogue_id)
        .order_by(RequestUpdate.on, RequestUpdate.id)
    ):
        updates.setdefault(u.request_id, []).append(u)
    requests = []
    for r in s.scalars(select(Request).where(Request.dialogue_id == dialogue_id).order_by(Request.reference)):
        own = updates.get(r.id, [])
        if since is not None and r.updated_at <= since and all(u.created_at <= since for u in own):
            continue
        requests.append(_request_entry(r, codes, own))
    links: dict[int, list[str]] = {}
    for esc_id, ref in s.execute(
        select(escalation_request.c.escalation_id, Request.reference).join(
            Request, Request.id == escalation_request.c.request_id
        )
    ):
        links.setdefault(esc_id, []).append(ref)
    escalations = [
        _escalation_entry(e, codes, sorted(links.get(e.id, [])))
        for e in s.scalars(
            select(Escalation).where(Escalation.dialogue_id == dialogue_id).order_by(Escalation.reference)
        )
        if since is None or e.updated_at > since
    ]
    outcomes = []
    for m in s.scalars(select(Meeting).where(Meeting.dialogue_id == dialogue_id).order_by(Meeting.number)):
        versions = []
        for v in s.scalars(
            select(OutcomeVersion).where(OutcomeVersion.meeting_id == m.id).order_by(OutcomeVersion.number)
        ):
            paragraphs = s.scalars(
                select(OutcomeParagraph)
                .where(OutcomeParagraph.outcome_version_id == v.id)
                .order_by(OutcomeParagraph.position)
            ).all()
            agreements = s.scalars(
                select(OutcomeAgreement).where(OutcomeAgreement.outcome_version_id == v.id)
            )
            versions.append(
                {
                    "number": v.number,
                    "status": v.status,
                    "paragraphs": [_paragraph_entry(p) for p in paragraphs],
                    "agreements": [
                        {"side": codes[a.side_id], "agreed_by": a.agreed_by, "agreed_at": _iso(a.agreed_at)}
                        for a in agreements
                    ],
                }
            )
        if versions:
            outcomes.append({"meeting": m.number, "versions": versions})
    told = _told(s, dialogue_id, codes)
    resolutions = [
        {
            "record_kind": t.record_kind,
            "record_key": t.record_key,
            "field": t.field,
            "resolution": t.resolution,
        }
        for t in s.scalars(
            select(ExchangeTheirs)
            .where(ExchangeTheirs.dialogue_id == dialogue_id, ExchangeTheirs.resolution != "")
            .order_by(ExchangeTheirs.id)
        )
    ]
    return {
        "requests": requests,
        "escalations": escalations,
        "outcomes": outcomes,
        **told,
        "resolutions": resolutions,
        "documents": shared_documents(s, dialogue_id, since),
    }


COMING = ("planned", "confirmed", "postponed")


def _member_name(d: Delegate) -> str:
    return " ".join(f"{d.family_name} {d.given_name}".split())


def _told(s: Session, dialogue_id: int, codes: dict[int, str]) -> dict[str, list]:
    """This side's delegation for the coming meetings, its agenda proposals and the commitments' progress."""
    side = _own_side(s)
    meetings = s.scalars(
        select(Meeting).where(Meeting.dialogue_id == dialogue_id).order_by(Meeting.number)
    ).all()
    delegations, proposals, commitments = [], [], []
    for m in meetings:
        if m.status in COMING:
            members = [
                {"name": _member_name(d), "role": row.role}
                for row, d in s.execute(
                    select(DelegationMember, Delegate)
                    .join(Delegate, Delegate.id == DelegationMember.delegate_id)
                    .where(DelegationMember.meeting_id == m.id)
                    .order_by(DelegationMember.position, DelegationMember.id)
                )
                if codes.get(d.agency.side_id) == side
            ]
            unique = list({member["name"]: member for member in members}.values())
            if unique:
                delegations.append({"meeting": m.number, "side": side, "members": unique})
            for item in s.scalars(
                select(AgendaItem)
                .where(AgendaItem.meeting_id == m.id, AgendaItem.source == "proposal")
                .order_by(AgendaItem.position)
            ):
                if item.owner_side_id is not None and codes.get(item.owner_side_id) == side:
                    proposals.append(
                        {
                            "meeting": m.number,
                            "side": side,
                            "title": item.title,
                            "title_zh": item.title_zh,
                            "status": item.status,
                        }
                    )
        for c in s.scalars(select(Commitment).where(Commitment.meeting_id == m.id).order_by(Commitment.id)):
            commitments.append(
                {
                    "meeting": m.number,
                    "text": c.text,
                    "status": c.status,
                    "completed_on": _iso(c.completed_on),
                    "note": c.note,
                }
            )
    return {"delegations": delegations, "agenda_proposals": proposals, "commitments": commitments}


def export_package(
    ctx: ServiceContext, out: str | Path, *, since: int | None = None, now: datetime | None = None
) -> ExportResult:
    """Write the next signed package for the other side to ``out``: every shared record (or, with
    ``since``, those changed after this side's package of that number)."""
    dialogue_id = ctx.require_dialogue()
    now = now or utcnow()
    target = Path(out)
    with ctx.write(Role.SECRETARIAT) as tx:
        s = tx.session
        side = _exchanging_side(s)
        key = _files().load_key(side)
        dialogue = s.get_one(Dialogue, dialogue_id)
        last = s.scalar(
            select(func.max(ExchangePackage.sequence)).where(
                ExchangePackage.dialogue_id == dialogue_id,
                ExchangePackage.direction == "out",
                ExchangePackage.sender_side == side,
            )
        )
        sequence = (last or 0) + 1
        since_at = None
        if since is not None:
            earlier = s.scalar(
                select(ExchangePackage).where(
                    ExchangePackage.dialogue_id == dialogue_id,
                    ExchangePackage.direction == "out",
                    ExchangePackage.sender_side == side,
                    ExchangePackage.sequence == since,
                )
            )
            if earlier is None:
                raise NotFoundError(
                    msg("This side wrote no package number {since} for this dialogue.", since=since)
                )
            since_at = earlier.processed_at
        records = _records(s, dialogue_id, since_at)
        body = json.dumps(records, ensure_ascii=False, sort_keys=True, indent=1).encode("utf-8")
        manifest = Manifest(
            FORMAT_VERSION, dialogue.code, side, sequence, now.isoformat(), content_hash(body), since
        )
        data = _files().write_package(manifest, body, key)
        counts = {name: len(rows) for name, rows in records.items()}
        row = ExchangePackage(
            dialogue_id=dialogue_id,
            direction="out",
            sender_side=side,
            sequence=sequence,
            content_hash=manifest.content_hash,
            created_at=now,
            processed_at=now,
            processed_by=ctx.user.login,
            records=sum(counts.values()),
            summary=", ".join(f"{n} {name}" for name, n in counts.items() if n),
        )
        s.add(row)
        tx.audit(
            "exchange.export", row, summary=f"package {sequence} of side {side} written to {target.name}"
        )
        _write_file(target, data)
        return ExportResult(str(target), sequence, dialogue.code, side, counts)


def _write_file(target: Path, data: bytes) -> None:
    temporary = target.with_name(target.name + ".part")
    try:
        temporary.write_bytes(data)
        os.replace(temporary, target)
    except OSError as exc:
        temporary.unlink(missing_ok=True)
        raise ValidationError(
            msg(
                "The package could not be written to {target}: {value}.",
                target=target,
                value=exc.strerror or exc,
            )
        ) from None


# -- import ------------------------------------------------------------------------------------------
def _read_file(path: Path) -> bytes:
    try:
        size = path.stat().st_size
        if size > MAX_PACKAGE_BYTES:
            raise PackageError(
                msg(
                    "The package is {size:,} bytes; at most {max_package_bytes:,} are allowed.",
                    size=size,
                    max_package_bytes=MAX_PACKAGE_BYTES,
                )
            )
        with path.open("rb") as handle:
            return handle.read(MAX_PACKAGE_BYTES + 1)
    except OSError as exc:
        raise ValidationError(
            msg("The package {path} could not be read: {value}.", path=path, value=exc.strerror or exc)
        ) from None


class _Importer:
    """Applies checked records inside one transaction."""

    def __init__(self, tx: Transaction, dialogue_id: int, sender: str, sequence: int) -> None:
        self.tx, self.s = tx, tx.session
        self.dialogue_id, self.sender, self.sequence = dialogue_id, sender, sequence
        self.sides = {code: ident for ident, code in _side_codes(self.s).items()}
        self.created = self.events = self.theirs = self.agreements = 0
        self.notes: list[str] = []
        self.stored = {
            (t.record_kind, t.record_key, t.field): t
            for t in self.s.scalars(select(ExchangeTheirs).where(ExchangeTheirs.dialogue_id == dialogue_id))
        }

    def keep_theirs(self, kind: str, key: str, values: dict[str, Any]) -> None:
        for name in SHARED_FIELDS[kind]:
            text = encode_value(values.get(name))
            row = self.stored.get((kind, key, name))
            if row is None:
                row = ExchangeTheirs(
                    dialogue_id=self.dialogue_id, record_kind=kind, record_key=key, field=name, value=text
                )
                self.s.add(row)
                self.stored[(kind, key, name)] = row
            elif row.value == text:
                row.package_seq = self.sequence
                continue
            row.value, row.package_seq = text, self.sequence
            self.theirs += 1

    # requests ---------------------------------------------------------------------------------------
    def request(self, rec: dict) -> None:
        ref = rec["reference"]
        r = self.s.scalar(select(Request).where(Request.reference == ref))
        if r is not None and r.dialogue_id != self.dialogue_id:
            raise PackageError(msg("Request {ref} belongs to another dialogue in this database.", ref=ref))
        if r is None:
            r = self._new_request(rec)
        else:
            self._add_events(r, rec["updates"])
        self.keep_theirs("request", ref, rec)

    def _new_request(self, rec: dict) -> Request:
        side, year, sequence = parse_reference(rec["reference"])
        to = self.s.get_one(Side, self.sides[rec["to_side"]])
        received = date.fromisoformat(rec["received_on"])
        ack_due, response_due = due_dates(
            received, timeliness_rule(self.s, self.dialogue_id, rec["kind"]), to.holiday_country or to.code
        )
        r = Request(
            dialogue_id=self.dialogue_id,
            reference=rec["reference"],
            year=year,
            sequence=sequence,
            from_side_id=self.sides[side],
            to_side_id=to.id,
            kind=rec["kind"],
            subject=check_line(rec["subject"], "subject", 500),
            description=check_text(rec["description"], "description"),
            received_on=received,
            acknowledge_due_on=ack_due,
            response_due_on=response_due,
            acknowledged_on=_day(rec["acknowledged_on"]),
            first_response_on=_day(rec["first_response_on"]),
            latest_quality=rec["latest_quality"],
            status=rec["status"],
            closed_on=_day(rec["closed_on"]),
            close_reason=rec["close_reason"],
        )
        self.s.add(r)
        self.tx.audit("exchange.request_add", r, summary=f"{r.reference} received from side {self.sender}")
        for u in rec["updates"]:
            self._event(r, u)
        self.created += 1
        return r

    def _event(self, r: Request, u: dict) -> None:
        row = RequestUpdate(
            request_id=r.id,
            kind=u["kind"],
            on=date.fromisoformat(u["on"]),
            quality=u.get("quality"),
            status=u.get("status"),
            note=u.get("note", ""),
            author=f"side {self.sender} (exchange)",
        )
        self.s.add(row)
        self.tx.audit(
            "request_update.add",
            row,
            summary=f"{r.reference}: {row.kind} on {u['on']} from side {self.sender}",
        )
        self.events += 1

    def _add_events(self, r: Request, updates: list[dict]) -> None:
        have = {
            _update_key(u.kind, u.on.isoformat(), u.quality, u.note)
            for u in self.s.scalars(select(RequestUpdate).where(RequestUpdate.request_id == r.id))
        }
        for u in sorted(updates, key=lambda x: x["on"]):
            key = _update_key(u["kind"], u["on"], u.get("quality"), u.get("note", ""))
            if key in have:
                continue
            have.add(key)
            change = self._transition(r, u)
            if change is not None:
                before = snapshot(r)
                r.status = change.status
                r.acknowledged_on = change.acknowledged_on
                r.first_response_on = change.first_response_on
                r.latest_quality = change.latest_quality
                if change.update_kind in ("closed", "withdrawn"):
                    r.closed_on, r.close_reason = change.closed_on, change.close_reason
                elif change.update_kind == "reopened":
                    r.closed_on, r.close_reason = None, ""
                self.tx.audit(
                    "exchange.request_event",
                    r,
                    before,
                    summary=f"{r.reference}: {u['kind']} from side {self.sender}",
                )
            self._event(r, u)

    def _transition(self, r: Request, u: dict) -> Change | None:
        """What the event does to our request by the usual rules; None when they refuse it here (the
        event is still kept in the history, and the fields it would change show as differences)."""
        state = RequestState(
            reference=r.reference,
            status=r.status,
            received_on=r.received_on,
            acknowledged_on=r.acknowledged_on,
            first_response_on=r.first_response_on,
            latest_quality=r.latest_quality,
        )
        on, today = date.fromisoformat(u["on"]), max(date.today(), date.fromisoformat(u["on"]))
        word = {
            "acknowledgement": "acknowledged",
            "closed": "closed",
            "withdrawn": "withdrawn",
            "reopened": "open",
            "status": "progress",
        }.get(u["kind"])
        try:
            if u["kind"] == "response":
                return record_response(
                    state, on=on, quality=u.get("quality") or "", note=u.get("note", ""), today=today
                )
            if word is not None:
                return record_status(state, status=word, on=on, note=u.get("note", ""), today=today)
        except ValidationError:
            return None
        return None

    # escalations ------------------------------------------------------------------------------------
    def escalation(self, rec: dict) -> None:
        ref = rec["reference"]
        e = self.s.scalar(select(Escalation).where(Escalation.reference == ref))
        if e is not None and e.dialogue_id != self.dialogue_id:
            raise PackageError(msg("Escalation {ref} belongs to another dialogue in this database.", ref=ref))
        if e is None:
            e = Escalation(
                dialogue_id=self.dialogue_id,
                reference=ref,
                raised_at=datetime.fromisoformat(rec["raised_at"]),
                raised_by_side_id=self.sides[rec["raised_by_side"]],
                severity=rec["severity"],
                summary=check_line(rec["summary"], "summary", 500),
                details=check_text(rec["details"], "details"),
                status=rec["status"],
                resolution=rec["resolution"],
                resolved_at=datetime.fromisoformat(rec["resolved_at"]) if rec.get("resolved_at") else None,
            )
            self.s.add(e)
            self.tx.audit("exchange.escalation_add", e, summary=f"{ref} received from side {self.sender}")
            for about in rec["requests"]:
                req_id = self.s.scalar(select(Request.id).where(Request.reference == about))
                if req_id is not None:
                    link = {"escalation_id": e.id, "request_id": req_id}
                    self.s.execute(escalation_request.insert().values(**link))
                    self.tx.audit("escalation.link_request", entity=escalation_request.name, after=link)
            self.created += 1
        self.keep_theirs("escalation", ref, rec)

    # outcomes ---------------------------------------------------------------------------------------
    def outcomes(self, rec: dict) -> None:
        m = self.s.scalar(
            select(Meeting).where(Meeting.dialogue_id == self.dialogue_id, Meeting.number == rec["meeting"])
        )
        if m is None:
            self.notes.append(f"outcomes of meeting {rec['meeting']} skipped: no such meeting here")
            return
        ours = {
            v.number: v
            for v in self.s.scalars(select(OutcomeVersion).where(OutcomeVersion.meeting_id == m.id))
        }
        versions = sorted(rec["versions"], key=lambda v: v["number"])
        for theirs in versions:
            v = ours.get(theirs["number"])
            if v is None:
                v = self._new_version(m, theirs)
                ours[v.number] = v
            self._agreements(m, v, theirs)
        if versions:
            latest = versions[-1]
            for p in latest["paragraphs"]:
                self.keep_theirs("outcome", f"M{m.number}/v{latest['number']}/p{p['position']}", p)

    def _new_version(self, m: Meeting, theirs: dict) -> OutcomeVersion:
        status = "draft" if theirs["status"] == "draft" else "proposed"
        v = OutcomeVersion(
            meeting_id=m.id, number=theirs["number"], status=status, created_by=f"side {self.sender}"
        )
        self.s.add(v)
        self.tx.audit(
            "exchange.outcomes_add",
            v,
            summary=f"outcomes of meeting {m.number}: version {v.number} from side {self.sender}",
        )
        for p in theirs["paragraphs"]:
            row = OutcomeParagraph(
                outcome_version_id=v.id,
                position=p["position"],
                lineage=p["lineage"],
                text_en=p["text_en"],
                text_zh=p["text_zh"],
            )
            self.s.add(row)
            self.tx.audit("outcomes.paragraph_add", row)
        self.created += 1
        return v

    def _agreements(self, m: Meeting, v: OutcomeVersion, theirs: dict) -> None:
        """The sender's agreement to a version counts here when our version has the same text."""
        agreed = [a for a in theirs["agreements"] if a["side"] == self.sender]
        if not agreed:
            return
        mine = self.s.scalars(
            select(OutcomeParagraph).where(OutcomeParagraph.outcome_version_id == v.id)
        ).all()
        ours_hash = outcome_text_hash(_paragraph_entry(p) for p in mine)
        if ours_hash != outcome_text_hash(theirs["paragraphs"]):
            self.notes.append(
                f"side {self.sender}'s agreement to version {v.number} of the outcomes of meeting {m.number} "
                "not taken: the texts differ"
            )
            return
        codes = _side_codes(self.s)
        have = [
            codes[sid]
            for sid in self.s.scalars(
                select(OutcomeAgreement.side_id).where(OutcomeAgreement.outcome_version_id == v.id)
            )
        ]
        if self.sender in have:
            return
        sides = dialogue_side_codes(self.s, self.dialogue_id)
        try:
            status, _ = agreement(v.status, have, self.sender, sides, m.number, v.number)
        except ValidationError as exc:
            self.notes.append(f"side {self.sender}'s agreement not taken: {exc}")
            return
        row = OutcomeAgreement(
            outcome_version_id=v.id,
            side_id=self.sides[self.sender],
            agreed_by=agreed[0]["agreed_by"],
            agreed_at=datetime.fromisoformat(agreed[0]["agreed_at"]),
        )
        self.s.add(row)
        self.tx.audit(
            "outcomes.agree",
            row,
            summary=f"{self.sender} agreed version {v.number} of the outcomes of meeting {m.number} (by package)",
        )
        self.agreements += 1
        if status != v.status:
            before = snapshot(v)
            v.status = status
            self.tx.audit(
                "outcomes.final",
                v,
                before,
                summary=f"outcomes of meeting {m.number}: version {v.number} agreed by both sides",
            )

    def resolution(self, rec: dict) -> None:
        row = self.stored.get((rec["record_kind"], rec["record_key"], rec["field"]))
        if row is not None and row.their_resolution != rec["resolution"]:
            row.their_resolution = rec["resolution"]


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def import_package(ctx: ServiceContext, path: str | Path) -> ImportResult:
    """Check a package from the other side whole, then take what it holds in one transaction."""
    dialogue_id = ctx.require_dialogue()
    data = _read_file(Path(path))
    opened = _files().read_package(data)
    m = opened.manifest
    with ctx.write(Role.SECRETARIAT) as tx:
        s = tx.session
        own = _exchanging_side(s)
        dialogue = s.get_one(Dialogue, dialogue_id)
        if m.dialogue != dialogue.code:
            raise PackageError(
                msg(
                    "The package is for dialogue {dialogue}, not this one ({code}).",
                    dialogue=m.dialogue,
                    code=dialogue.code,
                )
            )
        if m.sender_side == own:
            raise PackageError(
                msg(
                    "The package was written by this side ({own}); import the other side's packages.", own=own
                )
            )
        key = s.scalar(select(ExchangeTrustedKey).where(ExchangeTrustedKey.side_code == m.sender_side))
        if key is None:
            raise PackageError(
                msg(
                    "No key of side {sender_side} is trusted here: trust it before importing its packages.",
                    sender_side=m.sender_side,
                )
            )
        opened.verify(bytes.fromhex(key.public_key))
        last = s.scalar(
            select(func.max(ExchangePackage.sequence)).where(
                ExchangePackage.dialogue_id == dialogue_id,
                ExchangePackage.direction == "in",
                ExchangePackage.sender_side == m.sender_side,
            )
        )
        if last is not None and m.sequence <= last:
            raise PackageError(
                f"Package {m.sequence} of side {m.sender_side} is "
                + ("already imported" if m.sequence == last else f"older than the last one imported ({last})")
                + ": refused as a replay."
            )
        records = check_records(opened.records, dialogue_side_codes(s, dialogue_id))
        importer = _Importer(tx, dialogue_id, m.sender_side, m.sequence)
        for rec in records.get("requests", []):
            importer.request(rec)
        for rec in records.get("escalations", []):
            importer.escalation(rec)
        for rec in records.get("outcomes", []):
            importer.outcomes(rec)
        for rec in records.get("delegations", []):
            for member in rec["members"]:
                importer.keep_theirs(
                    "delegation", member_key(rec["meeting"], rec["side"], member["name"]), member
                )
        for kind, part, text in (
            ("agenda", "agenda_proposals", "title"),
            ("commitment", "commitments", "text"),
        ):
            by_meeting: dict[int, list[dict]] = {}
            for rec in records.get(part, []):
                by_meeting.setdefault(rec["meeting"], []).append(rec)
            for number, recs in by_meeting.items():
                for shared_key, rec in zip(text_keys(number, (r[text] for r in recs)), recs, strict=True):
                    importer.keep_theirs(kind, shared_key, rec)
        for rec in records.get("resolutions", []):
            importer.resolution(rec)
        s.flush()
        differences = len(_differences(s, dialogue_id))
        row = ExchangePackage(
            dialogue_id=dialogue_id,
            direction="in",
            sender_side=m.sender_side,
            sequence=m.sequence,
            content_hash=m.content_hash,
            created_at=datetime.fromisoformat(m.created_at),
            processed_by=ctx.user.login,
            records=sum(len(records.get(p, [])) for p in ("requests", "escalations", "outcomes")),
            summary=(
                f"{importer.created} created, {importer.events} events added, {importer.theirs} values of theirs, "
                f"{importer.agreements} agreements; {differences} differences"
            ),
        )
        s.add(row)
        tx.audit(
            "exchange.import", row, summary=f"package {m.sequence} of side {m.sender_side}: {row.summary}"
        )
        return ImportResult(
            m.sequence,
            m.sender_side,
            importer.created,
            importer.events,
            importer.theirs,
            importer.agreements,
            differences,
            tuple(importer.notes),
        )


# -- differences -------------------------------------------------------------------------------------
class _Ours:
    """Finds this side's record of a shared key, and reads and writes its fields."""

    def __init__(self, s: Session, dialogue_id: int) -> None:
        self.s, self.dialogue_id = s, dialogue_id

    def record(self, kind: str, key: str) -> Any:
        if kind == "request":
            return self.s.scalar(
                select(Request).where(Request.reference == key, Request.dialogue_id == self.dialogue_id)
            )
        if kind == "escalation":
            return self.s.scalar(
                select(Escalation).where(
                    Escalation.reference == key, Escalation.dialogue_id == self.dialogue_id
                )
            )
        if kind in TOLD_KINDS:
            return self._told(kind, key)
        meeting, version, position = _outcome_key(key)
        return self.s.scalar(
            select(OutcomeParagraph)
            .join(OutcomeVersion, OutcomeVersion.id == OutcomeParagraph.outcome_version_id)
            .join(Meeting, Meeting.id == OutcomeVersion.meeting_id)
            .where(
                Meeting.dialogue_id == self.dialogue_id,
                Meeting.number == meeting,
                OutcomeVersion.number == version,
                OutcomeParagraph.position == position,
            )
        )

    def _told(self, kind: str, key: str) -> Any:
        number = int(key.split("/", 1)[0][1:])
        m = self.s.scalar(
            select(Meeting).where(Meeting.dialogue_id == self.dialogue_id, Meeting.number == number)
        )
        if m is None:
            return None
        if kind == "delegation":
            for row, d in self.s.execute(
                select(DelegationMember, Delegate)
                .join(Delegate, Delegate.id == DelegationMember.delegate_id)
                .where(DelegationMember.meeting_id == m.id)
            ):
                side = self.s.get_one(Side, d.agency.side_id).code
                if member_key(number, side, _member_name(d)) == key:
                    return row
            return None
        if kind == "agenda":
            items = self.s.scalars(
                select(AgendaItem)
                .where(AgendaItem.meeting_id == m.id, AgendaItem.source == "proposal")
                .order_by(AgendaItem.position)
            ).all()
            return dict(zip(text_keys(number, (i.title for i in items)), items, strict=True)).get(key)
        commitments = self.s.scalars(
            select(Commitment).where(Commitment.meeting_id == m.id).order_by(Commitment.id)
        ).all()
        return dict(zip(text_keys(number, (c.text for c in commitments)), commitments, strict=True)).get(key)

    def value(self, obj: Any, field: str) -> Any:
        if obj is None:
            return None
        return decode_value(encode_value(getattr(obj, field)))


def _outcome_key(key: str) -> tuple[int, int, int]:
    """Meeting, version and paragraph number of "M3/v2/p4" (paragraphs are known by their numbers,
    as both sides quote them)."""
    meeting, version, position = key.split("/", 2)
    return int(meeting[1:]), int(version[1:]), int(position[1:])


def _differences(s: Session, dialogue_id: int) -> list[DifferenceRecord]:
    ours = _Ours(s, dialogue_id)
    found: dict[tuple[str, str], Any] = {}
    out = []
    for t in s.scalars(
        select(ExchangeTheirs)
        .where(ExchangeTheirs.dialogue_id == dialogue_id)
        .order_by(ExchangeTheirs.record_kind, ExchangeTheirs.record_key, ExchangeTheirs.id)
    ):
        where = (t.record_kind, t.record_key)
        if where not in found:
            found[where] = ours.record(*where)
        mine = ours.value(found[where], t.field)
        theirs = decode_value(t.value)
        if is_disputed(mine, theirs, t.resolution, decode_value(t.resolved_theirs)):
            out.append(
                DifferenceRecord(
                    t.id, t.record_kind, t.record_key, t.field, shown(mine), shown(theirs), t.their_resolution
                )
            )
    return out


def list_differences(ctx: ServiceContext) -> list[DifferenceRecord]:
    """The shared fields where this side's value and the other side's differ and are not settled."""
    dialogue_id = ctx.require_dialogue()
    with ctx.read() as s:
        return _differences(s, dialogue_id)


def disputed_count(ctx: ServiceContext) -> int:
    """How many shared fields are still disputed (0 for a database that exchanges nothing)."""
    return len(list_differences(ctx))


def disputed_records(ctx: ServiceContext) -> int:
    """How many shared records hold a field still disputed (what the timeliness report says)."""
    return len({(d.kind, d.key) for d in list_differences(ctx)})


_WORDS: dict[str, Callable[[], list[str]]] = {
    "kind": RequestKind.values,
    "latest_quality": ResponseQuality.values,
    "severity": Severity.values,
}


def _parse_value(kind: str, field: str, text: Any) -> Any:
    """A value typed for a field (agreed as ...), or one of theirs, checked as that field takes it."""
    if field.endswith("_on"):
        if text in (None, ""):
            if field == "received_on":
                raise ValidationError(msg("A request's received date cannot be empty."))
            return None
        try:
            return date.fromisoformat(str(text).strip())
        except ValueError:
            raise ValidationError(
                msg("'{text}' is not a date: write it like 2016-06-14.", text=text)
            ) from None
    if field == "status":
        words = RequestStatus.values() if kind == "request" else EscalationStatus.values()
        if text not in words:
            raise ValidationError(
                msg("'{text}' is not a status: use one of {words}.", text=text, words=", ".join(words))
            )
        return text
    if field in _WORDS:
        if text in (None, "") and field == "latest_quality":
            return None
        if text not in _WORDS[field]():
            raise ValidationError(
                msg(
                    "'{text}' is not a {replace}: use one of {value}.",
                    text=text,
                    replace=field.replace("_", " "),
                    value=", ".join(_WORDS[field]()),
                )
            )
        return text
    if field in ("subject", "summary"):
        value = check_line(str(text or ""), field, 500)
        if not value:
            raise ValidationError(msg("The {field} cannot be empty.", field=field))
        return value
    return check_text(str(text or ""), field)


def resolve_difference(
    ctx: ServiceContext,
    difference_id: int,
    *,
    accept_theirs: bool = False,
    keep_ours: bool = False,
    agreed_as: str | None = None,
) -> DifferenceRecord:
    """Settle one difference: take their value, keep ours (the next package tells them), or set the
    value both sides agreed."""
    if [accept_theirs, keep_ours, agreed_as is not None].count(True) != 1:
        raise ValidationError(
            msg("Say one way to settle the difference: accept theirs, keep ours or agreed as a value.")
        )
    dialogue_id = ctx.require_dialogue()
    with ctx.write(Role.SECRETARIAT) as tx:
        s = tx.session
        t = s.get(ExchangeTheirs, difference_id)
        if t is None or t.dialogue_id != dialogue_id:
            raise NotFoundError(msg("No difference {difference_id}.", difference_id=difference_id))
        ours = _Ours(s, dialogue_id)
        obj = ours.record(t.record_kind, t.record_key)
        theirs = decode_value(t.value)
        mine = ours.value(obj, t.field)
        if not is_disputed(mine, theirs, t.resolution, decode_value(t.resolved_theirs)):
            raise ValidationError(
                msg("Difference {difference_id} is already settled.", difference_id=difference_id)
            )
        if t.record_kind in TOLD_KINDS and not keep_ours:
            where = {"delegation": "delegation", "agenda": "agenda", "commitment": "commitments"}[
                t.record_kind
            ]
            raise ValidationError(
                msg(
                    "A {record_kind} is changed on the {where} page, by its own rules; the difference goes once both sides hold the same, or keep ours.",
                    record_kind=t.record_kind,
                    where=where,
                )
            )
        before_t = snapshot(t)
        if keep_ours:
            t.resolution, t.resolved_value = "kept", encode_value(mine)
            action, summary = "exchange.keep_ours", "kept ours"
        else:
            value = _parse_value(t.record_kind, t.field, theirs if accept_theirs else agreed_as)
            _set_ours(tx, t.record_kind, t.record_key, obj, t.field, value, dialogue_id)
            t.resolution = "accepted" if accept_theirs else "agreed"
            t.resolved_value = encode_value(value)
            action = "exchange.accept_theirs" if accept_theirs else "exchange.agreed_as"
            summary = (
                "accepted theirs" if accept_theirs else f"agreed as {shown(decode_value(t.resolved_value))}"
            )
        t.resolved_theirs, t.resolved_by, t.resolved_at = t.value, ctx.user.login, utcnow()
        tx.audit(action, t, before_t, summary=f"{t.record_kind} {t.record_key}, {t.field}: {summary}")
        s.flush()
        mine = ours.value(ours.record(t.record_kind, t.record_key), t.field)
        return DifferenceRecord(
            t.id, t.record_kind, t.record_key, t.field, shown(mine), shown(theirs), t.their_resolution
        )


def _set_ours(
    tx: Transaction, kind: str, key: str, obj: Any, field: str, value: Any, dialogue_id: int
) -> None:
    s = tx.session
    if obj is None:
        raise ValidationError(
            msg(
                "This side has no {kind} {key}, so it cannot take their value: keep ours, or add it first.",
                kind=kind,
                key=key,
            )
        )
    if kind == "outcome":
        version = s.get_one(OutcomeVersion, obj.outcome_version_id)
        if version.status != "draft":
            meeting, number, _ = _outcome_key(key)
            raise ValidationError(
                msg(
                    "Version {number} of the outcomes of meeting {meeting} is {status}: open a revision to change its text.",
                    number=number,
                    meeting=meeting,
                    status=version.status,
                )
            )
    before = snapshot(obj)
    setattr(obj, field, value)
    if kind == "request" and field == "received_on":
        to = s.get_one(Side, obj.to_side_id)
        obj.acknowledge_due_on, obj.response_due_on = due_dates(
            value, timeliness_rule(s, dialogue_id, obj.kind), to.holiday_country or to.code
        )
    if kind == "request" and field == "kind":
        to = s.get_one(Side, obj.to_side_id)
        obj.acknowledge_due_on, obj.response_due_on = due_dates(
            obj.received_on, timeliness_rule(s, dialogue_id, value), to.holiday_country or to.code
        )
    if kind == "escalation" and field == "status":
        settled = value in (EscalationStatus.RESOLVED.value, EscalationStatus.CLOSED.value)
        obj.resolved_at = (obj.resolved_at or utcnow()) if settled else None
    if kind == "outcome":
        obj.edited = True
    action = {
        "request": "exchange.request_reconcile",
        "escalation": "exchange.escalation_reconcile",
        "outcome": "exchange.outcome_reconcile",
    }[kind]
    tx.audit(action, obj, before, summary=f"{kind} {key}: {field} reconciled")


# -- the packages so far -----------------------------------------------------------------------------
@dataclass(frozen=True)
class PackageRecord:
    direction: str
    sender_side: str
    sequence: int
    created_at: datetime
    processed_at: datetime
    records: int
    summary: str


def list_packages(ctx: ServiceContext) -> list[PackageRecord]:
    dialogue_id = ctx.require_dialogue()
    with ctx.read() as s:
        return [
            PackageRecord(
                p.direction, p.sender_side, p.sequence, p.created_at, p.processed_at, p.records, p.summary
            )
            for p in s.scalars(
                select(ExchangePackage)
                .where(ExchangePackage.dialogue_id == dialogue_id)
                .order_by(ExchangePackage.processed_at, ExchangePackage.id)
            )
        ]


# -- the Reconciliation page's state -----------------------------------------------------------------
@dataclass(frozen=True)
class ExchangeState:
    """What the Reconciliation page shows: this database's side, its key (None before it is made), the
    keys trusted, the packages so far and the differences to settle."""

    side: str
    key: KeyInfo | None
    trusted: tuple[TrustedKeyRecord, ...]
    packages: int
    differences: tuple[DifferenceRecord, ...]
    dialogue_sides: tuple[str, ...] = ()


def exchange_state(ctx: ServiceContext) -> ExchangeState:
    dialogue_id = ctx.require_dialogue()
    with ctx.read() as s:
        side = _own_side(s)
        trusted = tuple(
            _key_record(k)
            for k in s.scalars(select(ExchangeTrustedKey).order_by(ExchangeTrustedKey.side_code))
        )
        packages = s.scalar(
            select(func.count(ExchangePackage.id)).where(ExchangePackage.dialogue_id == dialogue_id)
        )
        differences = tuple(_differences(s, dialogue_id))
        sides = tuple(dialogue_side_codes(s, dialogue_id))
    key = None
    if side != BOTH and _files().key_file(side).exists():
        try:
            raw = _files().public_key_of(side)
        except ValidationError:
            raw = None
        key = KeyInfo(side, fingerprint(raw), raw.hex()) if raw is not None else None
    return ExchangeState(side, key, trusted, packages or 0, differences, sides)
