"""Building an import's plan: the file read and checked, then matched against the stored rows.

Reading and checking (interchange) and matching (domain) are pure; this module fetches the stored
sides, agencies and delegates they are matched against, and keeps the plans of previews still held so
that applying the file just previewed reuses its plan. Both preview and apply build their plan here.
"""

from __future__ import annotations

import gc
import hashlib
import weakref
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from sqlalchemy import select

from dialogue_planner.domain.errors import ValidationError
from dialogue_planner.domain.messages import msg
from dialogue_planner.domain.roster import (
    ExistingDelegate,
    ImportMode,
    RosterPlan,
    RowIssue,
    delegates_to_match,
    folded_keys,
    plan_roster,
)
from dialogue_planner.interchange.roster_agencies import (
    AgencyCatalogue,
    AgencyRef,
    NewAgency,
    SideRef,
    new_agencies,
    resolve_rows,
    with_new_agencies,
)
from dialogue_planner.interchange.roster_fields import FIELD_BY_NAME
from dialogue_planner.interchange.roster_reader import ParsedRoster, read_roster
from dialogue_planner.storage.data_mark import DataMark, data_mark
from dialogue_planner.storage.models import Agency, Delegate, Side

from ..agencies import find_agency
from .records import ImportOptions

_DELEGATE_COLUMNS = (
    "id",
    "agency_id",
    "family_name",
    "given_name",
    "native_name",
    "title",
    "email",
    "phone",
    "external_id",
    "active",
    "version",
    "title_zh",
)  # ExistingDelegate's fields, in order


_KEY_COLUMNS = ("id", "agency_id", "email", "external_id")  # what delegates_to_match reads of each
_IDS_AT_ONCE = 2_000  # delegates read in full by one query, their ids bound as its parameters


@dataclass(frozen=True)
class _Stored:
    """The stored rows a plan is made from, as plain tuples in id order: sides, agencies, every delegate's
    keys, and the delegates the file may match read in full (``domain.roster.delegates_to_match``).

    The plan is a pure function of the file, the options and these rows, so equal rows give an equal plan.
    """

    sides: list[tuple]
    agencies: list[tuple]
    keys: list[tuple]
    delegates: list[tuple]

    def existing(self) -> list[ExistingDelegate]:
        return [ExistingDelegate(*row) for row in self.delegates]


def _catalogue_rows(session) -> tuple[list[tuple], list[tuple]]:
    """The sides and agencies (Core: no ORM rows wanted)."""
    side, agency = Side.__table__.c, Agency.__table__.c
    sides = session.execute(select(side.code, side.name_en, side.name_zh).order_by(side.id))
    agencies = session.execute(
        select(
            agency.id,
            side.code,
            agency.acronym,
            agency.name_en,
            agency.name_zh,
            agency.parent_id,
            agency.active,
        )
        .join_from(Agency.__table__, Side.__table__, agency.side_id == side.id)
        .order_by(agency.id)
    )
    return [tuple(row) for row in sides.all()], [tuple(row) for row in agencies.all()]


def _delegate_keys(session) -> list[tuple]:
    """Every stored delegate's id, agency, email and external id: a third of its columns, which is what
    matching looks at across the whole roster."""
    delegate = Delegate.__table__.c
    query = select(*(delegate[name] for name in _KEY_COLUMNS)).order_by(delegate.id)
    return [tuple(row) for row in session.execute(query).all()]


def _delegates(session, ids: list[int]) -> list[tuple]:
    """The delegates with these ids (in increasing order), in full: ExistingDelegate's fields."""
    delegate = Delegate.__table__.c
    columns = [delegate[name] for name in _DELEGATE_COLUMNS]
    rows: list[tuple] = []
    for start in range(0, len(ids), _IDS_AT_ONCE):
        chunk = ids[start : start + _IDS_AT_ONCE]
        query = select(*columns).where(delegate.id.in_(chunk)).order_by(delegate.id)
        rows.extend(tuple(row) for row in session.execute(query).all())
    return rows


@dataclass(eq=False)
class _Built:
    parsed: ParsedRoster
    catalogue: AgencyCatalogue
    plan: RosterPlan
    issues: list[RowIssue]
    scope_agency: AgencyRef | None
    mode: ImportMode
    stored: _Stored
    new_agencies: tuple[NewAgency, ...] = ()
    create_agencies: bool = False
    mark: DataMark | None = None  # the database as the stored rows were read (SQLite)


def _scope_agency(
    catalogue: AgencyCatalogue, options: ImportOptions, mode: ImportMode, entries
) -> AgencyRef | None:
    if options.agency:
        return find_agency(catalogue, options.agency)
    if mode != ImportMode.REPLACE:
        return None
    agency_ids = {e.agency_id for e in entries}
    if len(agency_ids) != 1:
        names = sorted(a.acronym for a in (catalogue.agency_by_id(i) for i in agency_ids) if a)
        listed = f": the file names {', '.join(names)}" if names else ""
        raise ValidationError(
            msg("Replace mode replaces one agency's roster; name the agency{listed}.", listed=listed),
            field="agency",
        )
    return catalogue.agency_by_id(agency_ids.pop())


@contextmanager
def _collection_deferred(*, keep: bool = False) -> Iterator[None]:
    """Python's cyclic garbage collector held off while an import builds and writes its records.

    A collection runs after every few hundred new containers, and the full ones walk every object of the
    process: previewing and applying 10,000 rows triggered enough of them to take a fifth to a quarter of
    the time. These records form no cycles, so there is nothing for the collector to find; it runs as
    usual again when the block ends. (Mercurial's ``util.nogc`` does the same, for the same reason.)

    ``keep``: what the block made is meant to live (a preview's plan and rows, until the file is applied):
    it is frozen when the block ends (``gc.freeze``, as the application's pages freeze the rows they keep),
    so the collector's next young collection does not walk its 100,000 objects (10-15 ms) at once. Frozen
    objects are still freed by reference counting when the preview is let go.
    """
    if not gc.isenabled():  # someone further out has already held it off
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        if keep:
            gc.freeze()
        gc.enable()


class _PlanMemo:
    """The plans of previews that their callers still hold, by file digest and options.

    Applying the file just previewed then skips reading, checking and matching it again when the stored
    rows are still those the preview matched against; a change made by anyone, even outside the services,
    is seen: on SQLite the database's mark proves that nothing was written since (``storage.data_mark``),
    and otherwise the stored rows are read again and compared in full. When any of them differs, the file
    is matched afresh (its reading, which depends on the bytes only, is still reused). A preview holds its
    plan and the memo refers to it weakly, so the plan goes with the preview instead of staying in memory
    for the life of the process.
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
    return (
        file_digest(data),
        options.file_name,
        options.sheet,
        options.header_row,
        mapping,
        options.mode,
        options.agency,
        options.create_agencies,
    )


def _read(data: bytes, options: ImportOptions, memo_key: tuple | None) -> ParsedRoster:
    """The file read and checked on its own (it depends on the bytes and options only): the memo's reading
    when the same file was previewed with the same options."""
    earlier = _PLANS.get(memo_key) if memo_key is not None else None
    if earlier is not None:
        return earlier.parsed
    mapping = dict(options.mapping) if options.mapping is not None else None
    return read_roster(bytes(data), options.file_name, options.sheet, options.header_row, mapping)


def _build(
    session,
    data: bytes,
    options: ImportOptions,
    memo_key: tuple | None = None,
    parsed: ParsedRoster | None = None,
) -> _Built:
    """The plan of the file against the stored rows; the memo's plan when it was made from the same rows."""
    mode = ImportMode.parse(options.mode, "import mode")
    mark = data_mark(session.connection())
    earlier = _PLANS.get(memo_key) if memo_key is not None else None
    if earlier is not None and mark is not None and earlier.mark == mark:
        return earlier  # nothing written since its rows were read: not even read again
    sides, agencies = _catalogue_rows(session)
    keys = _delegate_keys(session)
    if earlier is not None and _same_rows(session, earlier.stored, sides, agencies, keys):
        return earlier
    if earlier is not None:
        parsed = earlier.parsed
    elif parsed is None:
        parsed = _read(data, options, memo_key)
    catalogue = AgencyCatalogue([SideRef(*row) for row in sides], [AgencyRef(*row) for row in agencies])
    headers = dict(parsed.column_map.headers)
    bad_rows = {i.row for i in parsed.issues}
    unknown = tuple(new_agencies(parsed.rows, catalogue, bad_rows))
    if options.create_agencies and unknown:  # matched as if stored, under provisional ids until applied
        catalogue = with_new_agencies(catalogue, unknown)
    # Every row's side and agency are checked, so a row shows all its problems at once; only rows
    # without any problem go on to the plan.
    entries, resolve_issues = resolve_rows(parsed.rows, catalogue, headers)
    flagged = {(i.row, i.field) for i in parsed.issues}
    resolve_issues = [i for i in resolve_issues if (i.row, i.field) not in flagged]
    entries = [e for e in entries if e.row not in bad_rows]
    agency = _scope_agency(catalogue, options, mode, entries)
    scope = catalogue.with_descendants(agency.id) if agency else None
    folded = folded_keys(entries)
    matched = delegates_to_match(entries, keys, scope, folded)
    stored = _Stored(sides, agencies, keys, _delegates(session, matched))
    plan = plan_roster(entries, stored.existing(), mode, scope, folded)
    plan_issues = [
        RowIssue(
            i.row,
            parsed.column_map.header_of(i.field) if i.field in FIELD_BY_NAME else i.column,
            i.message,
            i.field,
        )
        for i in plan.issues
    ]
    issues = sorted([*parsed.issues, *resolve_issues, *plan_issues], key=lambda i: (i.row, i.column))
    return _Built(
        parsed, catalogue, plan, issues, agency, mode, stored, unknown, options.create_agencies, mark
    )


def _same_rows(session, stored: _Stored, sides: list, agencies: list, keys: list) -> bool:
    """Whether the stored rows are those ``stored`` holds. Equal sides, agencies and keys resolve and key
    the file's rows alike, so the same delegates are the ones to compare in full."""
    if (stored.sides, stored.agencies, stored.keys) != (sides, agencies, keys):
        return False
    return _delegates(session, [row[0] for row in stored.delegates]) == stored.delegates


def file_digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()
