"""Roster rules without I/O: delegate keys, name folding, and the plan that turns rows into changes.

A delegate's key is its external id, else its email, else its folded name within its agency. The plan
says, for every row, whether it makes a new delegate, changes one (and which fields) or changes
nothing, and in ``replace`` mode which active delegates of the agency the file leaves out (they are
deactivated, never deleted).
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime

from dialogue_planner.domain.bulk_records import made_in_bulk
from dialogue_planner.domain.vocabulary import Word

DELEGATE_FIELDS: tuple[str, ...] = (
    "family_name",
    "given_name",
    "native_name",
    "title",
    "title_zh",
    "email",
    "phone",
    "external_id",
)

_UNFILLED = dict.fromkeys(DELEGATE_FIELDS, "")  # a new delegate's fields that its row leaves empty


class ImportMode(Word):
    UPDATE = "update"
    REPLACE = "replace"


class ChangeKind(Word):
    NEW = "new"
    CHANGED = "changed"
    UNCHANGED = "unchanged"
    DEACTIVATED = "deactivated"
    ERROR = "error"


@made_in_bulk
@dataclass(frozen=True)
class RowIssue:
    """One problem of one row: the row number as in the file (0 for the file itself), column, reason."""

    row: int
    column: str
    message: str
    field: str = ""


@made_in_bulk
@dataclass(frozen=True)
class RosterRow:
    """A row read from a file: its number as in the file and its cleaned values by field name."""

    number: int
    values: Mapping[str, str]


@made_in_bulk
@dataclass(frozen=True)
class RosterEntry:
    """A valid row with its agency resolved; ``values`` holds only the fields the row fills in."""

    row: int
    agency_id: int
    values: Mapping[str, str]


@made_in_bulk
@dataclass(frozen=True)
class ExistingDelegate:
    """What the plan needs to know of a stored delegate."""

    id: int
    agency_id: int
    family_name: str
    given_name: str = ""
    native_name: str = ""
    title: str = ""
    email: str = ""
    phone: str = ""
    external_id: str | None = None
    active: bool = True
    version: int = 1
    title_zh: str = ""

    def values(self) -> dict:
        data = {name: getattr(self, name) for name in DELEGATE_FIELDS}
        data["external_id"] = data["external_id"] or ""
        data["agency_id"] = self.agency_id
        data["active"] = self.active
        return data


@made_in_bulk
@dataclass(frozen=True)
class PlannedChange:
    """What applying one row (or one deactivation) does; ``before`` is None for a new delegate."""

    kind: ChangeKind
    row: int | None
    delegate_id: int | None
    after: Mapping[str, object]
    before: Mapping[str, object] | None = None
    changed: tuple[str, ...] = ()


@dataclass(frozen=True)
class RosterPlan:
    changes: tuple[PlannedChange, ...]
    issues: tuple[RowIssue, ...] = ()
    counts: Mapping[str, int] = field(default_factory=dict)

    def of_kind(self, kind: ChangeKind) -> list[PlannedChange]:
        return [c for c in self.changes if c.kind == kind]


class _WithoutCombiningMarks(dict):
    """``str.translate`` table that drops combining marks (accents after NFKD): each character is judged
    once, then looked up in C (a generator over the characters made folding 8,000 names' search texts
    take 0.25 s)."""

    def __missing__(self, code: int):
        kept = None if unicodedata.combining(chr(code)) else code
        self[code] = kept
        return kept


_DROP_COMBINING = _WithoutCombiningMarks()


def fold(text: str | None) -> str:
    """Compare-form of a name or email: NFKC, accents dropped, case-folded, spaces collapsed."""
    if not text:
        return ""
    if text.isascii():
        return " ".join(text.lower().split())
    text = unicodedata.normalize("NFKD", unicodedata.normalize("NFKC", text))
    return " ".join(text.translate(_DROP_COMBINING).casefold().split())


def name_key(family_name: str, given_name: str = "") -> str:
    """A person's folded Latin name, family name first, order of the parts kept."""
    return f"{fold(family_name)}|{fold(given_name)}"


def delegate_key(values: Mapping[str, object], agency_id: int) -> tuple:
    """The key of a delegate: ("id", external id), else ("email", email), else ("name", agency, name)."""
    return _key(
        values, agency_id, fold(str(values.get("external_id") or "")), fold(str(values.get("email") or ""))
    )


def _key(values: Mapping[str, object], agency_id: int, ext: str, email: str) -> tuple:
    """delegate_key with the folded external id and email already at hand."""
    if ext:
        return ("id", ext)
    if email:
        return ("email", email)
    return (
        "name",
        agency_id,
        name_key(str(values.get("family_name") or ""), str(values.get("given_name") or "")),
    )


def describe_key(key: tuple) -> str:
    if key[0] == "id":
        return f"external id '{key[1]}'"
    if key[0] == "email":
        return f"email '{key[1]}'"
    family, given = key[2].split("|", 1)
    return f"name '{f'{family} {given}'.strip()}' in the same agency"


class _Index:
    """Stored delegates by external id, email and name, for matching rows.

    Names are keys only within an agency, so an agency's names are folded when a row of that agency is
    first matched by name: a roster from a few agencies folds their delegates' names, not the archive's.
    """

    def __init__(self, existing: Iterable[ExistingDelegate]) -> None:
        self.by_external: dict[str, ExistingDelegate] = {}
        self.by_email: dict[str, list[ExistingDelegate]] = {}
        self.by_agency: dict[int, list[ExistingDelegate]] = {}
        self._names: dict[int, dict[str, list[ExistingDelegate]]] = {}
        self.all: list[ExistingDelegate] = sorted(existing, key=lambda d: d.id)
        for d in self.all:
            if d.external_id:
                self.by_external[fold(d.external_id)] = d
            if d.email:
                self.by_email.setdefault(fold(d.email), []).append(d)
            self.by_agency.setdefault(d.agency_id, []).append(d)

    def same_name(self, agency_id: int, family_name: str, given_name: str) -> list[ExistingDelegate]:
        """The agency's stored delegates with this folded name, oldest first."""
        stored = self.by_agency.get(agency_id)
        if not stored:
            return []
        names = self._names.get(agency_id)
        if names is None:
            names = self._names[agency_id] = {}
            for d in stored:
                names.setdefault(name_key(d.family_name, d.given_name), []).append(d)
        return names.get(name_key(family_name, given_name), [])

    def candidates(
        self, entry: RosterEntry, ext: str | None = None, email: str | None = None
    ) -> list[ExistingDelegate]:
        """Stored delegates the row may be, best first: by external id, else email, else name in agency.

        ``ext`` and ``email`` are the row's folded external id and email when the caller has them already.
        """
        if ext is None:
            ext = fold(entry.values.get("external_id", ""))
        if email is None:
            email = fold(entry.values.get("email", ""))
        if ext and ext in self.by_external:
            return [self.by_external[ext]]
        same_email = self.by_email.get(email) if email else None
        if same_email:
            found = [d for d in same_email if not (ext and d.external_id)]
            if found:
                return _ranked(found, entry.agency_id, ext)
        same_name = self.same_name(
            entry.agency_id, entry.values.get("family_name", ""), entry.values.get("given_name", "")
        )
        if not same_name:
            return []
        found = [
            d
            for d in same_name
            if not (ext and d.external_id) and not (email and d.email and fold(d.email) != email)
        ]
        return _ranked(found, entry.agency_id, ext, email)


def _ranked(
    candidates: Sequence[ExistingDelegate], agency_id: int, ext: str = "", email: str | None = None
) -> list[ExistingDelegate]:
    """Delegates sharing a key, best first: active, of the row's agency, keyed like the row, oldest."""
    if len(candidates) < 2:
        return list(candidates)

    def rank(d: ExistingDelegate) -> tuple:
        keyed_otherwise = bool(d.external_id) != bool(ext) or (
            email is not None and bool(d.email) != bool(email)
        )
        return (not d.active, d.agency_id != agency_id, keyed_otherwise, d.id)

    return sorted(candidates, key=rank)


def _compare(entry: RosterEntry, current: ExistingDelegate) -> tuple[dict, tuple[str, ...]]:
    """The delegate's values after the row, and the fields the row changes."""
    after = current.values()
    changed: list[str] = []
    for name in DELEGATE_FIELDS:
        new = entry.values.get(name, "")
        if not new:
            continue  # an empty cell never erases a stored value
        old = after[name] or ""
        same = fold(new) == fold(old) if name in ("email", "external_id") else new == old
        if not same:
            after[name] = new
            changed.append(name)
    if entry.agency_id != current.agency_id:
        after["agency_id"] = entry.agency_id
        changed.append("agency_id")
    if not current.active:
        after["active"] = True
        changed.append("active")
    return after, tuple(changed)


def folded_keys(entries: Sequence[RosterEntry]) -> list[tuple[str, str]]:
    """Each entry's folded external id and email, which both :func:`delegates_to_match` and
    :func:`plan_roster` match by (folded once when the caller hands them to both)."""
    return [
        (fold(values.get("external_id", "")), fold(values.get("email", "")))
        for values in [entry.values for entry in entries]
    ]


def delegates_to_match(
    entries: Sequence[RosterEntry],
    keys: Iterable[tuple[int, int, str | None, str | None]],
    scope: Iterable[int] | None = None,
    folded: Sequence[tuple[str, str]] | None = None,
) -> list[int]:
    """The ids of the stored delegates that :func:`plan_roster` may match the rows to or deactivate, from
    every stored delegate's ``(id, agency_id, email, external_id)``: those whose folded external id or
    email a row gives, and all those of a row's agency or of the scope (a name is matched within its
    agency, replace deactivates within the scope). Planning against these alone gives the plan planning
    against every stored delegate gives, so only these need reading in full. ``folded``: the entries'
    :func:`folded_keys`."""
    pairs = folded_keys(entries) if folded is None else folded
    external_ids = {external_id for external_id, _ in pairs if external_id}
    emails = {email for _, email in pairs if email}
    agencies = {entry.agency_id for entry in entries}.union(scope or ())
    return [
        delegate_id
        for delegate_id, agency_id, email, external_id in keys
        if agency_id in agencies
        or (external_id and fold(external_id) in external_ids)
        or (email and fold(email) in emails)
    ]


def plan_roster(
    entries: Sequence[RosterEntry],
    existing: Iterable[ExistingDelegate],
    mode: ImportMode = ImportMode.UPDATE,
    scope: Iterable[int] | None = None,
    folded: Sequence[tuple[str, str]] | None = None,
) -> RosterPlan:
    """Match rows to stored delegates and say what applying them changes.

    ``scope`` holds the ids of the agency the file is for and its sub-agencies: a row outside it is an
    issue; in replace mode (which needs a scope) the scope's active delegates that no row matches are
    deactivated. Rows with issues (duplicates within the file, two rows for one delegate) change nothing.
    ``folded``: the entries' :func:`folded_keys`, when the caller has them already.
    """
    mode = ImportMode(mode)
    scope = frozenset(scope or ())
    if mode == ImportMode.REPLACE and not scope:
        raise ValueError("replace mode needs the agency being replaced")
    index = _Index(existing)
    seen_keys: dict[tuple, int] = {}
    claimed: dict[int, int] = {}
    changes: list[PlannedChange] = []
    issues: list[RowIssue] = []
    for entry, (ext, email) in zip(entries, folded_keys(entries) if folded is None else folded, strict=True):
        if scope and entry.agency_id not in scope:
            issues.append(
                RowIssue(
                    entry.row,
                    "agency",
                    "This row's agency is not the one being imported (nor one of its sub-agencies).",
                    "agency",
                )
            )
            continue
        key = _key(entry.values, entry.agency_id, ext, email)
        if key in seen_keys:
            issues.append(
                RowIssue(
                    entry.row,
                    _key_column(key),
                    f"Duplicate of row {seen_keys[key]}: same {describe_key(key)}.",
                    _key_column(key),
                )
            )
            continue
        seen_keys[key] = entry.row
        candidates = index.candidates(entry, ext, email)
        current = next((d for d in candidates if d.id not in claimed), None) if candidates else None
        if current is None and candidates:
            first = candidates[0]
            who = f"{first.family_name} {first.given_name}".strip()
            issues.append(
                RowIssue(
                    entry.row,
                    _key_column(key),
                    f"Row {claimed[first.id]} already updates this delegate ({who}).",
                    _key_column(key),
                )
            )
            continue
        if current is None:
            after: dict[str, object] = {**_UNFILLED, **entry.values}  # in C, not a lookup per field
            if len(after) != len(_UNFILLED):  # values beyond the delegate's fields are not the delegate's
                after = {name: after[name] for name in DELEGATE_FIELDS}
            after["agency_id"], after["active"] = entry.agency_id, True
            changes.append(PlannedChange(ChangeKind.NEW, entry.row, None, after))
            continue
        claimed[current.id] = entry.row
        after, changed = _compare(entry, current)
        kind = ChangeKind.CHANGED if changed else ChangeKind.UNCHANGED
        changes.append(PlannedChange(kind, entry.row, current.id, after, current.values(), changed))
    if mode == ImportMode.REPLACE:
        for d in index.all:
            if d.active and d.agency_id in scope and d.id not in claimed:
                after = d.values()
                after["active"] = False
                changes.append(
                    PlannedChange(ChangeKind.DEACTIVATED, None, d.id, after, d.values(), ("active",))
                )
    counts = {kind.value: 0 for kind in ChangeKind}
    for kind, count in Counter([change.kind for change in changes]).items():  # counted in C
        counts[kind.value] = count
    counts[ChangeKind.ERROR.value] = len({i.row for i in issues})
    return RosterPlan(tuple(changes), tuple(issues), counts)


def _key_column(key: tuple) -> str:
    return {"id": "external_id", "email": "email"}.get(key[0], "family_name")


@dataclass(frozen=True)
class RosterImportRecord:
    """One applied roster file, as the import history shows it."""

    id: int
    operation_id: str
    file_name: str
    sha256: str
    actor: str
    at: datetime  # UTC
    mode: str
    agency_id: int | None
    created: int
    updated: int
    unchanged: int
    deactivated: int
    skipped: int
    undone_at: object | None = None
    undone_by: str = ""


@dataclass(frozen=True)
class SavedMapping:
    """A column mapping saved by name: {field: header as in the file}, with the header row and sheet."""

    id: int
    name: str
    columns: Mapping[str, str]
    header_row: int | None = None
    sheet: str | None = None
    version: int = 1


def latin_name(family: str, given: str) -> str:
    """Family name in capitals first, as protocol lists print it ("ZHANG Wei")."""
    return " ".join(p for p in ((family or "").strip().upper(), (given or "").strip()) if p)
