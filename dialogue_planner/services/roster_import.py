"""Roster import: preview what a file would change, apply it in one transaction, undo the last one.

Reading and checking (interchange) and matching (domain) are pure; this module adds the stored
delegates, the transaction, the import record and the audit. Each applied import's audit entries
share its operation id, which is how undo finds them.
"""

from __future__ import annotations

import gc
import hashlib
import weakref
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import insert, or_, select

from dialogue_planner.domain.errors import ConflictError, NotFoundError, ValidationError
from dialogue_planner.domain.roster import (
    DELEGATE_FIELDS,
    ChangeKind,
    ExistingDelegate,
    ImportMode,
    RosterImportRecord,
    RosterPlan,
    RowIssue,
    SavedMapping,
    plan_roster,
)
from dialogue_planner.domain.vocabulary import Role
from dialogue_planner.interchange.roster_agencies import AgencyCatalogue, AgencyRef, SideRef, resolve_rows
from dialogue_planner.interchange.roster_fields import FIELD_BY_NAME
from dialogue_planner.interchange.roster_reader import ParsedRoster, read_roster
from dialogue_planner.storage.backup import BackgroundBackup
from dialogue_planner.storage.models import (
    Agency,
    AuditEntry,
    ColumnMapping,
    Delegate,
    DelegationMember,
    DistributionCopy,
    RosterImport,
    Side,
)
from dialogue_planner.storage.models.base import utcnow

from .agencies import find_agency
from .context import ServiceContext, snapshot
from .workstation import exclusive_import

# How long a second admin's import waits for the first before being told who is importing.
IMPORT_WAIT_SECONDS = 30.0

Progress = Callable[[int, int], None]
_CHUNK = 500
_DELEGATE = Delegate.__table__
_AUDIT = AuditEntry.__table__
# The columns that tell new delegates apart (the plan keeps them unique among new rows), in this order.
_IDENTITY = tuple(_DELEGATE.c[name] for name in ("agency_id", "family_name", "given_name", "email", "external_id"))


@dataclass(frozen=True)
class ImportOptions:
    """How to read and apply a file; ``agency`` is an acronym, optionally "SIDE:ACRONYM"."""

    file_name: str = ""
    sheet: str | None = None
    header_row: int | None = None
    mapping: Mapping[str, str] | None = None
    mode: str = ImportMode.UPDATE.value
    agency: str | None = None


@dataclass(frozen=True)
class FieldDifference:
    field: str
    before: str
    after: str


@dataclass(frozen=True)
class PreviewRow:
    """One line of the preview: a file row (or a delegate the file leaves out) and what happens to it."""

    row: int | None
    kind: ChangeKind
    delegate_id: int | None
    side: str
    agency: str
    name: str
    differences: tuple[FieldDifference, ...] = ()
    messages: tuple[str, ...] = ()


@dataclass(frozen=True)
class ImportPreview:
    file_name: str
    sha256: str
    kind: str
    encoding: str
    delimiter: str
    sheet: str
    sheets: tuple[str, ...]
    header_row: int
    header: tuple[str, ...]
    columns: Mapping[str, str]
    mode: str
    agency_id: int | None
    rows: tuple[PreviewRow, ...]
    issues: tuple[RowIssue, ...]
    counts: Mapping[str, int]
    _plan: object = field(default=None, repr=False, compare=False)  # keeps the plan for applying (_PlanMemo)

    @property
    def ok(self) -> bool:
        return not self.issues


@dataclass(frozen=True)
class ImportResult:
    ok: bool
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    deactivated: int = 0
    skipped: int = 0
    errors: tuple[RowIssue, ...] = ()
    dry_run: bool = False
    import_id: int | None = None
    file_name: str = ""
    message: str = ""


@dataclass(frozen=True)
class UndoResult:
    import_id: int
    file_name: str
    removed: int
    restored: int
    kept_inactive: int


# -- building the plan ---------------------------------------------------------------------------------
_DELEGATE_COLUMNS = ("id", "agency_id", "family_name", "given_name", "native_name", "title", "email", "phone",
                     "external_id", "active", "version")  # ExistingDelegate's fields, in order


@dataclass(frozen=True)
class _Stored:
    """The stored rows a plan is made from (sides, agencies, delegates), as plain tuples in id order.

    The plan is a pure function of the file, the options and these rows, so equal rows give an equal plan.
    """

    sides: list[tuple]
    agencies: list[tuple]
    delegates: list[tuple]

    def catalogue(self) -> AgencyCatalogue:
        return AgencyCatalogue([SideRef(*row) for row in self.sides], [AgencyRef(*row) for row in self.agencies])

    def existing(self) -> list[ExistingDelegate]:
        return [ExistingDelegate(*row) for row in self.delegates]


def _stored(session) -> _Stored:
    side, agency, delegate = Side.__table__.c, Agency.__table__.c, _DELEGATE.c  # Core: no ORM rows wanted
    sides = session.execute(select(side.code, side.name_en, side.name_zh).order_by(side.id))
    agencies = session.execute(
        select(agency.id, side.code, agency.acronym, agency.name_en, agency.name_zh, agency.parent_id, agency.active)
        .join_from(Agency.__table__, Side.__table__, agency.side_id == side.id).order_by(agency.id))
    delegates = session.execute(select(*(delegate[name] for name in _DELEGATE_COLUMNS)).order_by(delegate.id))
    return _Stored(*([tuple(row) for row in result.all()] for result in (sides, agencies, delegates)))


@dataclass(eq=False)
class _Built:
    parsed: ParsedRoster
    catalogue: AgencyCatalogue
    plan: RosterPlan
    issues: list[RowIssue]
    scope_agency: AgencyRef | None
    mode: ImportMode
    stored: _Stored


def _scope_agency(catalogue: AgencyCatalogue, options: ImportOptions, mode: ImportMode,
                  entries) -> AgencyRef | None:
    if options.agency:
        return find_agency(catalogue, options.agency)
    if mode != ImportMode.REPLACE:
        return None
    agency_ids = {e.agency_id for e in entries}
    if len(agency_ids) != 1:
        names = sorted(a.acronym for a in (catalogue.agency_by_id(i) for i in agency_ids) if a)
        listed = f": the file names {', '.join(names)}" if names else ""
        raise ValidationError(f"Replace mode replaces one agency's roster; name the agency{listed}.", field="agency")
    return catalogue.agency_by_id(agency_ids.pop())


@contextmanager
def _collection_deferred() -> Iterator[None]:
    """Python's cyclic garbage collector held off while an import builds and writes its records.

    A collection runs after every few hundred new containers, and the full ones walk every object of the
    process: previewing and applying 10,000 rows triggered enough of them to take a fifth to a quarter of
    the time. These records form no cycles, so there is nothing for the collector to find; it runs as
    usual again when the block ends. (Mercurial's ``util.nogc`` does the same, for the same reason.)
    """
    if not gc.isenabled():  # someone further out has already held it off
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


class _PlanMemo:
    """The plans of previews that their callers still hold, by file digest and options.

    Applying the file just previewed then skips reading, checking and matching it again when the stored
    rows are still those the preview matched against (compared in full, so a change made by anyone, even
    outside the services, is seen); when any of them differs, the file is matched afresh (its reading,
    which depends on the bytes only, is still reused). A preview holds its plan and the memo refers to it
    weakly, so the plan goes with the preview instead of staying in memory for the life of the process.
    """

    def __init__(self) -> None:
        self._plans: weakref.WeakValueDictionary[tuple, _Built] = weakref.WeakValueDictionary()

    def get(self, key: tuple) -> _Built | None:
        return self._plans.get(key)

    def put(self, key: tuple, built: _Built) -> None:
        self._plans[key] = built

    def cache_clear(self) -> None:
        self._plans.clear()


_PLANS = _PlanMemo()


def _memo_key(data: bytes, options: ImportOptions) -> tuple:
    mapping = tuple(sorted(options.mapping.items())) if options.mapping is not None else None
    return (file_digest(data), options.file_name, options.sheet, options.header_row, mapping, options.mode,
            options.agency)


def _read(data: bytes, options: ImportOptions, memo_key: tuple | None) -> ParsedRoster:
    """The file read and checked on its own (it depends on the bytes and options only): the memo's reading
    when the same file was previewed with the same options."""
    earlier = _PLANS.get(memo_key) if memo_key is not None else None
    if earlier is not None:
        return earlier.parsed
    mapping = dict(options.mapping) if options.mapping is not None else None
    return read_roster(bytes(data), options.file_name, options.sheet, options.header_row, mapping)


def _build(session, data: bytes, options: ImportOptions, memo_key: tuple | None = None,
           parsed: ParsedRoster | None = None) -> _Built:
    """The plan of the file against the stored rows; the memo's plan when it was made from the same rows."""
    mode = ImportMode.parse(options.mode, "import mode")
    stored = _stored(session)
    earlier = _PLANS.get(memo_key) if memo_key is not None else None
    if earlier is not None and earlier.stored == stored:
        return earlier
    if earlier is not None:
        parsed = earlier.parsed
    elif parsed is None:
        parsed = _read(data, options, memo_key)
    catalogue = stored.catalogue()
    headers = dict(parsed.column_map.headers)
    # Every row's side and agency are checked, so a row shows all its problems at once; only rows
    # without any problem go on to the plan.
    entries, resolve_issues = resolve_rows(parsed.rows, catalogue, headers)
    flagged = {(i.row, i.field) for i in parsed.issues}
    bad_rows = {i.row for i in parsed.issues}
    resolve_issues = [i for i in resolve_issues if (i.row, i.field) not in flagged]
    entries = [e for e in entries if e.row not in bad_rows]
    agency = _scope_agency(catalogue, options, mode, entries)
    scope = catalogue.with_descendants(agency.id) if agency else None
    plan = plan_roster(entries, stored.existing(), mode, scope)
    plan_issues = [RowIssue(i.row, parsed.column_map.header_of(i.field) if i.field in FIELD_BY_NAME else i.column,
                            i.message, i.field) for i in plan.issues]
    issues = sorted([*parsed.issues, *resolve_issues, *plan_issues], key=lambda i: (i.row, i.column))
    return _Built(parsed, catalogue, plan, issues, agency, mode, stored)


def file_digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _name(values: Mapping[str, object]) -> str:
    latin = f"{values.get('family_name') or ''} {values.get('given_name') or ''}".strip()
    native = str(values.get("native_name") or "")
    return f"{latin} ({native})" if latin and native and native != latin else (latin or native)


def _preview_rows(built: _Built) -> list[PreviewRow]:
    catalogue = built.catalogue
    rows: list[PreviewRow] = []
    by_row = {c.row: c for c in built.plan.changes if c.row is not None}
    messages: dict[int, list[str]] = {}
    for issue in built.issues:
        messages.setdefault(issue.row, []).append(f"{issue.column}: {issue.message}")
    for raw in built.parsed.rows:
        change = by_row.get(raw.number)
        values = raw.values
        if change is None:
            rows.append(PreviewRow(raw.number, ChangeKind.ERROR, None, values.get("side", ""), values.get("agency", ""),
                                   _name(values), (), tuple(messages.get(raw.number, ()))))
            continue
        rows.append(_change_row(change, catalogue))
    for change in built.plan.of_kind(ChangeKind.DEACTIVATED):
        rows.append(_change_row(change, catalogue))
    return rows


def _change_row(change, catalogue: AgencyCatalogue) -> PreviewRow:
    agency = catalogue.agency_by_id(int(change.after["agency_id"]))
    differences = []
    for name in change.changed:
        before, after = (change.before or {}).get(name), change.after.get(name)
        if name == "agency_id":
            name = "agency"
            before = getattr(catalogue.agency_by_id(int(before)), "acronym", before)
            after = getattr(agency, "acronym", after)
        differences.append(FieldDifference(name, _text(before), _text(after)))
    return PreviewRow(change.row, change.kind, change.delegate_id, agency.side_code if agency else "",
                      agency.acronym if agency else "", _name(change.after), tuple(differences))


def _text(value) -> str:
    if isinstance(value, bool):
        return "active" if value else "inactive"
    return "" if value is None else str(value)


def preview_import(ctx: ServiceContext, data: bytes, options: ImportOptions) -> ImportPreview:
    """What applying the file would do, row by row, changing nothing. File problems raise ImportFileError.

    The preview keeps its plan, so that applying the same file and options reuses it while the stored
    delegates and agencies are still those it was matched against.
    """
    key = _memo_key(data, options)
    with _collection_deferred():
        with ctx.read() as s:
            built = _build(s, data, options, key)
        _PLANS.put(key, built)
        return _preview(built, options, key[0])


def _preview(built: _Built, options: ImportOptions, sha256: str) -> ImportPreview:
    table = built.parsed.table
    return ImportPreview(
        file_name=Path(options.file_name).name, sha256=sha256, kind=table.kind, encoding=table.encoding,
        delimiter=table.delimiter, sheet=table.sheet, sheets=table.sheets, header_row=built.parsed.header_row,
        header=table.row(built.parsed.header_row), columns=built.parsed.column_map.as_saved(),
        mode=built.mode.value, agency_id=built.scope_agency.id if built.scope_agency else None,
        rows=tuple(_preview_rows(built)), issues=tuple(built.issues), counts=_counts(built), _plan=built)


def _counts(built: _Built) -> dict[str, int]:
    counts = dict(built.plan.counts)
    counts[ChangeKind.ERROR.value] = len({i.row for i in built.issues})
    return counts


# -- applying ------------------------------------------------------------------------------------------
def apply_import(ctx: ServiceContext, data: bytes, options: ImportOptions, *, dry_run: bool = False,
                 skip_invalid: bool = False, progress: Progress | None = None,
                 wait_seconds: float = IMPORT_WAIT_SECONDS) -> ImportResult:
    """Apply the file in one transaction: all rows or none. With invalid rows nothing changes unless
    ``skip_invalid`` (then the valid rows are applied and the rest reported). ``dry_run`` only counts.
    One import at a time across workstations: another admin's import is waited for ``wait_seconds``."""
    with _collection_deferred():
        return _apply(ctx, data, options, dry_run, skip_invalid, progress, wait_seconds)


def _apply(ctx: ServiceContext, data: bytes, options: ImportOptions, dry_run: bool, skip_invalid: bool,
           progress: Progress | None, wait_seconds: float) -> ImportResult:
    name = Path(options.file_name).name
    key = _memo_key(data, options)
    if dry_run:
        with ctx.read() as s:
            built = _build(s, data, options, key)
        _refuse_skipping_in_replace(built, skip_invalid)
        return _result(built, ok=not built.issues or skip_invalid, dry_run=True, name=name)
    # Read first: a file that cannot be read is refused before the import takes the lock or backs anything up.
    ctx.require(Role.ADMIN)
    parsed = _read(data, options, key)
    with exclusive_import(ctx, wait_seconds=wait_seconds, backup=False), _backup_first(ctx) as backed_up, \
            ctx.write(Role.ADMIN) as tx:
        built = _build(tx.session, data, options, key, parsed)
        _refuse_skipping_in_replace(built, skip_invalid)
        if built.issues and not skip_invalid:
            return _result(built, ok=False, name=name,
                           message="Nothing was imported: fix the rows listed, or import with skip-invalid.")
        plan = built.plan
        changing = [c for c in plan.changes if c.kind != ChangeKind.UNCHANGED]
        if not changing:
            return _result(built, ok=True, name=name, message="Nothing to change: the roster is up to date.")
        record = RosterImport(operation_id=tx.operation_id, file_name=name[:400], sha256=key[0],
                              actor=ctx.user.login, mode=built.mode.value,
                              agency_id=built.scope_agency.id if built.scope_agency else None,
                              created=plan.counts["new"], updated=plan.counts["changed"],
                              unchanged=plan.counts["unchanged"], deactivated=plan.counts["deactivated"],
                              skipped=len({i.row for i in built.issues}))
        tx.session.add(record)
        _write_changes(tx, changing, record, progress)
        tx.audit("roster.import", record, None, summary=f"{name}: {record.created} new, {record.updated} changed, "
                                                        f"{record.deactivated} deactivated")
        backed_up()
        return _result(built, ok=True, name=name, import_id=record.id)


@contextmanager
def _backup_first(ctx: ServiceContext) -> Iterator[Callable[[], object]]:
    """The import lock's backup of a SQLite file, copied while the import does its work.

    It holds the database as it was before the import, and the import commits only once the backup is
    complete (call the function yielded before committing; leaving the block waits for it too), so a
    failed backup still stops the import, as when the backup was taken before the import began.
    """
    path = ctx.db.path if ctx.db.is_sqlite else None
    if path is None or not path.exists():
        yield lambda: None
        return
    backup = BackgroundBackup(path, "before-import")
    try:
        yield backup.wait
    except BaseException:
        backup.join()  # the import's own error is the one to report
        raise
    backup.wait()


def _refuse_skipping_in_replace(built: _Built, skip_invalid: bool) -> None:
    if skip_invalid and built.issues and built.mode == ImportMode.REPLACE:
        raise ValidationError("Replace mode cannot skip invalid rows: a skipped row may be a delegate that "
                              "replace would deactivate. Fix the rows listed first.")


def _write_changes(tx, changing, record: RosterImport, progress: Progress | None) -> None:
    """New delegates and audit entries go in as bulk inserts (10,000 rows in well under a second); changed
    delegates are updated through the ORM so that their version check guards against concurrent edits."""
    session = tx.session
    total, done = len(changing), 0
    audits: list[dict] = []
    now = utcnow()  # one instant for the whole import; given explicitly, it also spares a call per row
    actor, operation = tx.ctx.user.login, tx.operation_id
    # Core inserts on the tables: the ORM's bulk insert would look at every row's mapping once more.
    # Ordered RETURNING makes SQLite insert row by row; instead match the ids back by the identifying
    # columns, which the plan keeps unique among new rows (a duplicate key is an issue, never a row).
    insert_new = insert(_DELEGATE).returning(_DELEGATE.c.id, *_IDENTITY)
    new = [c for c in changing if c.kind == ChangeKind.NEW]
    for start in range(0, len(new), _CHUNK):
        chunk = new[start:start + _CHUNK]
        rows = [_new_delegate(change.after) for change in chunk]
        returned = session.execute(insert_new, [{**row, "created_at": now, "updated_at": now, "version": 1}
                                                for row in rows])
        ids = {tuple(r[1:]): r[0] for r in returned.all()}
        for change, row in zip(chunk, rows):
            delegate_id = ids[row["agency_id"], row["family_name"], row["given_name"], row["email"], row["external_id"]]
            audits.append({"at": now, "actor": actor, "action": "delegate.import.add", "entity": "delegate",
                           "entity_id": delegate_id, "before": None, "after": {"id": delegate_id, "version": 1, **row},
                           "summary": f"{record.file_name} row {change.row}: new", "operation_id": operation})
        done += len(chunk)
        if progress:
            progress(done, total)
    updates = [c for c in changing if c.kind != ChangeKind.NEW]
    for start in range(0, len(updates), _CHUNK):
        chunk = updates[start:start + _CHUNK]
        rows = {d.id: d for d in session.scalars(select(Delegate).where(Delegate.id.in_([c.delegate_id for c in chunk])))}
        pending = []
        for change in chunk:
            delegate = rows.get(change.delegate_id)
            if delegate is None or delegate.version != change.before.get("version", delegate.version):
                raise ConflictError("A delegate changed while the import was being applied; nothing was imported. "
                                    "Preview the file again.")
            before = snapshot(delegate)
            for key in change.changed:
                setattr(delegate, key, change.after[key] if key != "external_id" else (change.after[key] or None))
            pending.append((change, delegate, before))
        session.flush()
        for change, delegate, before in pending:
            action = "delegate.import.deactivate" if change.kind == ChangeKind.DEACTIVATED else "delegate.import.update"
            where = f"row {change.row}" if change.row else "left out of the file"
            audits.append(_audit_row(tx, action, delegate.id, before, snapshot(delegate),
                                     f"{record.file_name} {where}: {', '.join(change.changed)}", now))
        done += len(chunk)
        if progress:
            progress(done, total)
    for start in range(0, len(audits), _CHUNK * 4):
        session.execute(insert(_AUDIT), audits[start:start + _CHUNK * 4])
    tx.changed.add("delegate")


def _new_delegate(after: Mapping[str, object]) -> dict:
    """A new delegate's stored values (as its audit entry shows them, with its id and version first)."""
    row = {k: after[k] for k in DELEGATE_FIELDS}
    row["external_id"] = row["external_id"] or None
    row["agency_id"] = after["agency_id"]
    row["active"] = True
    row["notes"] = ""
    return row


def _audit_row(tx, action: str, entity_id: int, before, after, summary: str, at=None) -> dict:
    return {"at": at or utcnow(), "actor": tx.ctx.user.login, "action": action, "entity": "delegate",
            "entity_id": entity_id, "before": before, "after": after, "summary": summary,
            "operation_id": tx.operation_id}


def _audit_entry(tx, action: str, entity_id: int, before, after, summary: str) -> AuditEntry:
    return AuditEntry(**_audit_row(tx, action, entity_id, before, after, summary))


def _result(built: _Built, *, ok: bool, name: str, dry_run: bool = False, import_id: int | None = None,
            message: str = "") -> ImportResult:
    counts = built.plan.counts if ok else dict.fromkeys(built.plan.counts, 0)
    return ImportResult(ok=ok, created=counts["new"], updated=counts["changed"], unchanged=counts["unchanged"],
                        deactivated=counts["deactivated"], skipped=len({i.row for i in built.issues}) if ok else 0,
                        errors=tuple(built.issues), dry_run=dry_run, import_id=import_id, file_name=name,
                        message=message)


# -- history and undo ----------------------------------------------------------------------------------
def _import_record(r: RosterImport) -> RosterImportRecord:
    return RosterImportRecord(r.id, r.operation_id, r.file_name, r.sha256, r.actor, r.at, r.mode, r.agency_id,
                              r.created, r.updated, r.unchanged, r.deactivated, r.skipped, r.undone_at, r.undone_by)


def list_imports(ctx: ServiceContext, limit: int = 100) -> list[RosterImportRecord]:
    """Applied imports, newest first."""
    with ctx.read() as s:
        q = select(RosterImport).order_by(RosterImport.id.desc()).limit(limit)
        return [_import_record(r) for r in s.scalars(q)]


def last_import(ctx: ServiceContext) -> RosterImportRecord | None:
    """The newest import not undone yet: the one undo would revert."""
    with ctx.read() as s:
        r = s.scalar(select(RosterImport).where(RosterImport.undone_at.is_(None)).order_by(RosterImport.id.desc()))
        return _import_record(r) if r else None


def _referenced(session, delegate_id: int) -> bool:
    member = select(DelegationMember.id).where(or_(DelegationMember.delegate_id == delegate_id,
                                                   DelegationMember.represented_by_id == delegate_id))
    copy = select(DistributionCopy.id).where(DistributionCopy.recipient_delegate_id == delegate_id)
    return session.scalar(member.limit(1)) is not None or session.scalar(copy.limit(1)) is not None


def undo_last_import(ctx: ServiceContext) -> UndoResult:
    """Revert the newest import that is not undone, in one transaction.

    Delegates it created are removed (kept, deactivated, when a delegation already refers to them);
    delegates it changed or deactivated get their earlier values back. Refused, changing nothing, when
    any of them was edited after the import.
    """
    with exclusive_import(ctx, wait_seconds=IMPORT_WAIT_SECONDS), ctx.write(Role.ADMIN) as tx:
        s = tx.session
        record = s.scalar(select(RosterImport).where(RosterImport.undone_at.is_(None)).order_by(RosterImport.id.desc()))
        if record is None:
            raise NotFoundError("There is no roster import to undo.")
        entries = list(s.scalars(select(AuditEntry).where(AuditEntry.operation_id == record.operation_id,
                                                          AuditEntry.entity == "delegate").order_by(AuditEntry.id)))
        delegates = {d.id: d for d in s.scalars(select(Delegate).where(Delegate.id.in_([e.entity_id for e in entries])))}
        edited = [e for e in entries
                  if e.entity_id not in delegates or delegates[e.entity_id].version != (e.after or {}).get("version")]
        if edited:
            names = ", ".join(_name(e.after or {}) for e in edited[:5]) + (" …" if len(edited) > 5 else "")
            raise ConflictError(f"The import of {record.file_name} cannot be undone: {len(edited)} of its delegates "
                                f"were changed since ({names}). Nothing was changed; edit them by hand instead.")
        removed = restored = kept = 0
        audits: list[AuditEntry] = []
        summary = f"undo of import {record.id} ({record.file_name})"
        for entry in entries:
            delegate = delegates[entry.entity_id]
            before = snapshot(delegate)
            if entry.action == "delegate.import.add" and not _referenced(s, delegate.id):
                s.delete(delegate)
                audits.append(_audit_entry(tx, "delegate.import_undo", entry.entity_id, before, None,
                                           f"{summary}: removed"))
                removed += 1
                continue
            if entry.action == "delegate.import.add":
                delegate.active = False
                kept += 1
                note = "kept inactive, a delegation refers to this delegate"
            else:
                for key in (*DELEGATE_FIELDS, "agency_id", "active"):
                    if key in entry.before and getattr(delegate, key) != entry.before[key]:
                        setattr(delegate, key, entry.before[key])
                restored += 1
                note = "earlier values restored"
            audits.append((delegate, before, f"{summary}: {note}"))
        s.flush()
        s.add_all([a if isinstance(a, AuditEntry) else
                   _audit_entry(tx, "delegate.import_undo", a[0].id, a[1], snapshot(a[0]), a[2]) for a in audits])
        tx.changed.add("delegate")
        import_before = snapshot(record)
        record.undone_at = utcnow()
        record.undone_by = ctx.user.login
        tx.audit("roster.import_undo", record, import_before, summary=f"undo of {record.file_name}")
        return UndoResult(record.id, record.file_name, removed, restored, kept)


# -- saved column mappings -----------------------------------------------------------------------------
def _saved(m: ColumnMapping) -> SavedMapping:
    data = dict(m.mapping or {})
    header_row = data.pop("_header_row", None)
    sheet = data.pop("_sheet", None)
    return SavedMapping(m.id, m.name, data, header_row, sheet, m.version)


def list_mappings(ctx: ServiceContext) -> list[SavedMapping]:
    with ctx.read() as s:
        return [_saved(m) for m in s.scalars(select(ColumnMapping).order_by(ColumnMapping.name))]


def save_mapping(ctx: ServiceContext, name: str, columns: Mapping[str, str], *, header_row: int | None = None,
                 sheet: str | None = None) -> SavedMapping:
    """Save (or overwrite) a mapping under a name, so the next file from the same agency maps itself."""
    name = " ".join((name or "").split())
    if not name or len(name) > 120:
        raise ValidationError("Give the mapping a name of 1 to 120 characters.")
    unknown = sorted(set(columns) - set(FIELD_BY_NAME))
    if unknown:
        raise ValidationError(f"The mapping names unknown fields: {', '.join(unknown)}.")
    data = {k: str(v) for k, v in columns.items() if str(v or "").strip()}
    if header_row is not None:
        data["_header_row"] = int(header_row)
    if sheet:
        data["_sheet"] = sheet
    with ctx.write(Role.ADMIN) as tx:
        mapping = tx.session.scalar(select(ColumnMapping).where(ColumnMapping.name == name))
        before = snapshot(mapping) if mapping is not None else None
        if mapping is None:
            mapping = ColumnMapping(name=name, mapping=data)
            tx.session.add(mapping)
        else:
            mapping.mapping = data
        tx.audit("column_mapping.save", mapping, before)
        return _saved(mapping)


def delete_mapping(ctx: ServiceContext, mapping_id: int) -> None:
    with ctx.write(Role.ADMIN) as tx:
        mapping = tx.get(ColumnMapping, mapping_id, what="saved mapping")
        before = snapshot(mapping)
        tx.session.delete(mapping)
        tx.audit("column_mapping.delete", None, before, entity="column_mapping", entity_id=mapping_id)
