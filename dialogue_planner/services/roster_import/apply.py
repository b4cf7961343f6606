"""Applying an import: the file's changes written in one transaction, with its import record and audit.

Each applied import's audit entries share its operation id, which is how undo finds them.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from json.encoder import encode_basestring_ascii
from operator import itemgetter
from pathlib import Path
from typing import cast

from sqlalchemy import Table, select

from dialogue_planner.domain.errors import ConflictError, ValidationError
from dialogue_planner.domain.messages import msg
from dialogue_planner.domain.roster import DELEGATE_FIELDS, ChangeKind, ImportMode, PlannedChange
from dialogue_planner.domain.vocabulary import Role
from dialogue_planner.storage.bulk import BulkInsert, next_ids, pages_held_until_commit
from dialogue_planner.storage.models import Agency, AuditEntry, Delegate, RosterImport, Side
from dialogue_planner.storage.models.base import utcnow

from ..context import ServiceContext, snapshot
from ..workstation import exclusive_import
from .plan import _build, _Built, _collection_deferred, _memo_key, _read
from .records import IMPORT_WAIT_SECONDS, ImportOptions, ImportResult, Progress

_CHUNK = 500
_DELEGATE = cast(Table, Delegate.__table__)  # a declarative class's table is a Table (typed FromClause)
_AUDIT = cast(Table, AuditEntry.__table__)
# A new delegate's columns given row by row (the rest are the same in every row), in its audit entry's order.
_NEW_COLUMNS = ("id", *DELEGATE_FIELDS, "agency_id")
_FIELDS_OF = itemgetter(*DELEGATE_FIELDS)
_EXTERNAL_ID = DELEGATE_FIELDS.index("external_id")
# A new delegate's audit entry as json.dumps writes it: its id and version, its fields, agency, active, notes.
_ADDED_ENTRY = (
    '{"id": %d, "version": 1, '
    + "".join(f"{json.dumps(name)}: %s, " for name in DELEGATE_FIELDS)
    + '"agency_id": %d, "active": true, "notes": ""}'
)
_QUOTE = encode_basestring_ascii  # json.dumps's escaping of a text (ensure_ascii)


def apply_import(
    ctx: ServiceContext,
    data: bytes,
    options: ImportOptions,
    *,
    dry_run: bool = False,
    skip_invalid: bool = False,
    progress: Progress | None = None,
    wait_seconds: float = IMPORT_WAIT_SECONDS,
) -> ImportResult:
    """Apply the file in one transaction: all rows or none. With invalid rows nothing changes unless
    ``skip_invalid`` (then the valid rows are applied and the rest reported). ``dry_run`` only counts.
    One import at a time across workstations: another admin's import is waited for ``wait_seconds``."""
    with _collection_deferred():
        return _apply(ctx, data, options, dry_run, skip_invalid, progress, wait_seconds)


def _apply(
    ctx: ServiceContext,
    data: bytes,
    options: ImportOptions,
    dry_run: bool,
    skip_invalid: bool,
    progress: Progress | None,
    wait_seconds: float,
) -> ImportResult:
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
    with (
        exclusive_import(ctx, wait_seconds=wait_seconds) as committing,
        ctx.write(Role.ADMIN) as tx,
        pages_held_until_commit(tx.session.connection()),
    ):
        built = _build(tx.session, data, options, key, parsed)
        _refuse_skipping_in_replace(built, skip_invalid)
        if built.issues and not skip_invalid:
            return _result(
                built,
                ok=False,
                name=name,
                message="Nothing was imported: fix the rows listed, or import with skip-invalid.",
            )
        plan = built.plan
        changing = [c for c in plan.changes if c.kind != ChangeKind.UNCHANGED]
        if not changing:
            return _result(built, ok=True, name=name, message="Nothing to change: the roster is up to date.")
        ids = _create_agencies(tx, built, name) if built.create_agencies else {}
        scope_id = built.scope_agency.id if built.scope_agency else None
        record = RosterImport(
            operation_id=tx.operation_id,
            file_name=name[:400],
            sha256=key[0],
            actor=ctx.user.login,
            mode=built.mode.value,
            agency_id=None if scope_id is None else ids.get(scope_id, scope_id),
            created=plan.counts["new"],
            updated=plan.counts["changed"],
            unchanged=plan.counts["unchanged"],
            deactivated=plan.counts["deactivated"],
            skipped=len({i.row for i in built.issues}),
        )
        tx.session.add(record)
        _write_changes(tx, changing, record, progress, ids)
        tx.audit(
            "roster.import",
            record,
            None,
            summary=f"{name}: {record.created} new, {record.updated} changed, "
            f"{record.deactivated} deactivated",
        )
        committing()
        return _result(built, ok=True, name=name, import_id=record.id)


def _refuse_skipping_in_replace(built: _Built, skip_invalid: bool) -> None:
    if skip_invalid and built.issues and built.mode == ImportMode.REPLACE:
        raise ValidationError(
            msg(
                "Replace mode cannot skip invalid rows: a skipped row may be a delegate that replace would deactivate. Fix the rows listed first."
            )
        )


def _create_agencies(tx, built: _Built, name: str) -> dict[int, int]:
    """The agencies the file names that are not stored, created with the names it gives (audited with the
    import's operation, so undoing the import removes them again): provisional id -> stored id."""
    sides = {side.code: side for side in tx.session.scalars(select(Side))}
    ids: dict[int, int] = {}
    for n, new in enumerate(built.new_agencies, 1):
        agency = Agency(
            side_id=sides[new.side_code].id,
            acronym=new.acronym,
            name_en=new.name_en,
            name_zh=new.name_zh,
            kind="agency",
            dialogue_role="",
            rank="",
            active=True,
        )
        tx.session.add(agency)
        tx.audit(
            "agency.import.add",
            agency,
            summary=f"{name} rows {', '.join(map(str, new.rows[:5]))}"
            f"{' …' if len(new.rows) > 5 else ''}: new agency",
        )
        ids[-n] = agency.id
    tx.session.flush()
    return ids


def _write_changes(
    tx, changing, record: RosterImport, progress: Progress | None, agency_ids: Mapping[int, int] | None = None
) -> None:
    """New delegates and their audit entries go to the driver in bulk (``storage.bulk``: 10,000 rows in a
    fraction of a second); changed delegates are updated through the ORM so that their version check
    guards against concurrent edits."""
    session = tx.session
    connection = session.connection()
    total, done = len(changing), 0
    now = utcnow()  # one instant for the whole import's delegates and entries
    shared_audit = {
        "at": now,
        "actor": tx.ctx.user.login,
        "entity": "delegate",
        "operation_id": tx.operation_id,
    }
    file_name = record.file_name  # read once: an ORM attribute costs a call into SQLAlchemy at each read
    new = [c for c in changing if c.kind == ChangeKind.NEW]
    insert_new = BulkInsert(
        connection,
        _DELEGATE,
        _NEW_COLUMNS,
        {"notes": "", "active": True, "version": 1, "created_at": now, "updated_at": now},
    )
    ids = next_ids(connection, _DELEGATE, len(new))  # numbered up front: no RETURNING to match back
    rows, entries = _new_delegates(new, ids, agency_ids)
    for start in range(0, len(rows), _CHUNK):
        done += insert_new(rows[start : start + _CHUNK])
        if progress:
            progress(done, total)
    summary = file_name.replace("%", "%%") + " row %d: new"
    audits = list(zip(ids, entries, map(summary.__mod__, [c.row for c in new]), strict=True))
    updated: list[tuple] = []
    updates = [c for c in changing if c.kind != ChangeKind.NEW]
    for start in range(0, len(updates), _CHUNK):
        chunk = updates[start : start + _CHUNK]
        stored = {
            d.id: d
            for d in session.scalars(select(Delegate).where(Delegate.id.in_([c.delegate_id for c in chunk])))
        }
        pending = []
        for change in chunk:
            delegate = stored.get(change.delegate_id)
            if delegate is None or delegate.version != change.before.get("version", delegate.version):
                raise ConflictError(
                    msg(
                        "A delegate changed while the import was being applied; nothing was imported. Preview the file again."
                    )
                )
            before = snapshot(delegate)
            for key in change.changed:
                value = change.after[key] if key != "external_id" else (change.after[key] or None)
                if key == "agency_id" and agency_ids and isinstance(value, int):
                    value = agency_ids.get(value, value)
                setattr(delegate, key, value)
            pending.append((change, delegate, before))
        session.flush()
        for change, delegate, before in pending:
            action = (
                "delegate.import.deactivate"
                if change.kind == ChangeKind.DEACTIVATED
                else "delegate.import.update"
            )
            where = f"row {change.row}" if change.row else "left out of the file"
            updated.append(
                (
                    action,
                    delegate.id,
                    before,
                    snapshot(delegate),
                    f"{file_name} {where}: {', '.join(change.changed)}",
                )
            )
        done += len(chunk)
        if progress:
            progress(done, total)
    # The entries in the order they always had: the new delegates', then the changed ones'.
    insert_audits = BulkInsert(
        connection,
        _AUDIT,
        ("entity_id", "after", "summary"),
        {**shared_audit, "action": "delegate.import.add", "before": None},
        json_text=("after",),
    )
    for start in range(0, len(audits), _CHUNK * 4):
        insert_audits(audits[start : start + _CHUNK * 4])
    BulkInsert(connection, _AUDIT, ("action", "entity_id", "before", "after", "summary"), shared_audit)(
        updated
    )
    tx.changed.add("delegate")


def _new_delegates(
    changes: Sequence[PlannedChange], ids: Sequence[int], agency_ids: Mapping[int, int] | None = None
) -> tuple[list[tuple], list[str]]:
    """New delegates' rows in ``_NEW_COLUMNS`` order (their fields, external id or None, agency: a created
    agency's stored id) and their audit entries' JSON texts, made a column at a time in C (10,000 rows
    with their insert parameters: 23-27 ms one row at a time, 19 ms so). The texts are ``_added_entry``'s
    (equal to ``json.dumps``'s); rows holding anything but texts and whole numbers go through it row by row."""
    if not changes:
        return [], []
    afters = [change.after for change in changes]
    columns = list(zip(*map(_FIELDS_OF, afters), strict=True))  # a tuple per field
    agencies = [after["agency_id"] for after in afters]
    if agency_ids:
        agencies = [agency_ids.get(a, a) if isinstance(a, int) else a for a in agencies]
    given_external = columns[_EXTERNAL_ID]
    stored = list(columns)
    stored[_EXTERNAL_ID] = tuple(external or None for external in given_external)
    rows = list(zip(ids, *stored, agencies, strict=True))
    try:
        if {*map(type, ids), *map(type, agencies)} != {int}:  # a bool is no number in the entry
            raise TypeError("not a whole number")
        quoted = [list(map(_QUOTE, column)) for column in columns]  # TypeError for anything but a text
    except TypeError:
        return rows, [_added_entry(row[0], list(row[1:])) for row in rows]
    external = zip(given_external, quoted[_EXTERNAL_ID], strict=True)
    quoted[_EXTERNAL_ID] = [text if given else "null" for given, text in external]
    return rows, list(map(_ADDED_ENTRY.__mod__, zip(ids, *quoted, agencies, strict=True)))


def _added_entry(delegate_id: int, values: list) -> str:
    """The JSON text of a new delegate's audit entry ("after": the delegate as stored, its id and version
    first), from ``_new_delegate``'s values: exactly ``json.dumps`` of that object, made from a template
    with each text escaped as ``json.dumps`` escapes it (a third of the time); any value of another kind
    goes through ``json.dumps`` itself."""
    *fields, agency_id = values
    if type(delegate_id) is int and type(agency_id) is int:
        try:
            quoted = [_QUOTE(value) if value is not None else "null" for value in fields]
        except TypeError:  # not a text: json.dumps knows how to write it
            pass
        else:
            return _ADDED_ENTRY % (delegate_id, *quoted, agency_id)
    return json.dumps(
        {
            "id": delegate_id,
            "version": 1,
            **dict(zip(_NEW_COLUMNS[1:], values, strict=True)),
            "active": True,
            "notes": "",
        }
    )


def _result(
    built: _Built,
    *,
    ok: bool,
    name: str,
    dry_run: bool = False,
    import_id: int | None = None,
    message: str = "",
) -> ImportResult:
    counts = built.plan.counts if ok else dict.fromkeys(built.plan.counts, 0)
    return ImportResult(
        ok=ok,
        created=counts["new"],
        updated=counts["changed"],
        unchanged=counts["unchanged"],
        deactivated=counts["deactivated"],
        skipped=len({i.row for i in built.issues}) if ok else 0,
        errors=tuple(built.issues),
        dry_run=dry_run,
        import_id=import_id,
        file_name=name,
        message=message,
        new_agencies=built.new_agencies,
    )
