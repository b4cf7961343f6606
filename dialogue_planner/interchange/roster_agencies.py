"""Matching a row's side and agency text to the stored sides and agencies.

Agencies are matched on the row's side by acronym, English name or Chinese name, folded (case,
spacing, full-width forms); an unknown agency is reported with the closest known one.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from dialogue_planner.domain.roster import RosterEntry, RosterRow, RowIssue, fold

# What agencies write for the two sides of the model dialogue, besides each side's code and names.
SIDE_ALIASES: dict[str, tuple[str, ...]] = {
    "US": ("usa", "u.s.", "u.s.a.", "united states", "united states of america", "america", "美国", "美方"),
    "CN": (
        "chn",
        "prc",
        "china",
        "people's republic of china",
        "p.r.c.",
        "p.r. china",
        "中国",
        "中方",
        "中华人民共和国",
    ),
}


@dataclass(frozen=True)
class SideRef:
    code: str
    name_en: str
    name_zh: str = ""


@dataclass(frozen=True)
class AgencyRef:
    id: int
    side_code: str
    acronym: str
    name_en: str
    name_zh: str = ""
    parent_id: int | None = None
    active: bool = True

    def label(self) -> str:
        return f"{self.acronym} ({self.name_en})" if self.name_en else self.acronym


class AgencyCatalogue:
    """The sides and agencies rows may name, indexed by every name they go by."""

    def __init__(self, sides: Iterable[SideRef], agencies: Iterable[AgencyRef]) -> None:
        self.sides = list(sides)
        self.agencies = list(agencies)
        self._agency_by_id: dict[int, AgencyRef] = {}
        for agency in self.agencies:
            self._agency_by_id.setdefault(agency.id, agency)
        self._side_by_name: dict[str, SideRef] = {}
        for side in self.sides:
            for name in (side.code, side.name_en, side.name_zh, *SIDE_ALIASES.get(side.code.upper(), ())):
                if fold(name):
                    self._side_by_name.setdefault(fold(name), side)
        # "美国司法部" and "司法部", "U.S. Department of Justice" and "Department of Justice" name one agency.
        self._side_prefixes: dict[str, list[str]] = {}
        for name, side in self._side_by_name.items():
            self._side_prefixes.setdefault(side.code, []).append(name)
        for prefixes in self._side_prefixes.values():
            prefixes.sort(key=len, reverse=True)
        self._agency_by_name: dict[tuple[str, str], AgencyRef] = {}
        for agency in sorted(self.agencies, key=lambda a: (not a.active, a.id)):
            for name in (agency.acronym, agency.name_en, agency.name_zh):
                for form in self._forms(agency.side_code, name):
                    self._agency_by_name.setdefault((agency.side_code, form), agency)

    def _forms(self, side_code: str, text: str) -> list[str]:
        """The folded name, and the name without a leading side name ("美国", "U.S.", "the")."""
        folded = fold(text)
        if not folded:
            return []
        forms = [folded]
        rest = folded[4:] if folded.startswith("the ") else folded
        for prefix in self._side_prefixes.get(side_code, ()):
            if rest.startswith(prefix) and len(rest) > len(prefix):
                rest = rest[len(prefix) :].lstrip()
                break
        if rest and rest != folded:
            forms.append(rest)
        return forms

    def side(self, text: str) -> SideRef | None:
        return self._side_by_name.get(fold(text))

    def agency(self, side_code: str, text: str) -> AgencyRef | None:
        for form in self._forms(side_code, text):
            found = self._agency_by_name.get((side_code, form))
            if found is not None:
                return found
        return None

    def agency_by_id(self, agency_id: int) -> AgencyRef | None:
        return self._agency_by_id.get(agency_id)

    def agency_by_acronym(self, acronym: str) -> list[AgencyRef]:
        """Agencies with this acronym (one per side at most)."""
        return [a for a in self.agencies if fold(a.acronym) == fold(acronym)]

    def with_descendants(self, agency_id: int) -> frozenset[int]:
        """The agency and all its sub-agencies, at any depth."""
        scope = {agency_id}
        grew = True
        while grew:
            grew = False
            for agency in self.agencies:
                if agency.parent_id in scope and agency.id not in scope:
                    scope.add(agency.id)
                    grew = True
        return frozenset(scope)

    def closest_agency(self, side_code: str, text: str) -> AgencyRef | None:
        """The agency of the side whose acronym or name is nearest to the text, if any is near."""
        names = {name: agency for (code, name), agency in self._agency_by_name.items() if code == side_code}
        near = difflib.get_close_matches(fold(text), list(names), n=1, cutoff=0.6)
        return names[near[0]] if near else None

    def side_codes(self) -> list[str]:
        return [s.code for s in self.sides]


def resolve_rows(
    rows: Sequence[RosterRow], catalogue: AgencyCatalogue, headers: dict[str, str] | None = None
) -> tuple[list[RosterEntry], list[RowIssue]]:
    """Rows with their side and agency resolved; an issue for every row whose side or agency is unknown."""
    headers = headers or {}
    entries: list[RosterEntry] = []
    issues: list[RowIssue] = []
    # A roster names a few sides and agencies many times over: each pair is resolved once.
    resolved: dict[tuple[str, str], tuple[int | None, tuple[str, str, str] | None]] = {}
    for row in rows:
        pair = (row.values.get("side", ""), row.values.get("agency", ""))
        found = resolved.get(pair)
        if found is None:
            found = resolved[pair] = _resolve(catalogue, headers, *pair)
        agency_id, problem = found
        if problem is not None:
            issues.append(RowIssue(row.number, *problem))
            continue
        assert agency_id is not None  # an agency or a problem
        values = {k: v for k, v in row.values.items() if v and k != "side" and k != "agency"}
        entries.append(RosterEntry(row.number, agency_id, values))
    return entries, issues


def _resolve(
    catalogue: AgencyCatalogue, headers: dict[str, str], side_text: str, agency_text: str
) -> tuple[int | None, tuple[str, str, str] | None]:
    """The id of the agency that a side and an agency text name, or the problem as (column, message, field)."""
    side = catalogue.side(side_text)
    if side is None:
        return None, (
            headers.get("side", "side"),
            f"Unknown side '{side_text}': use one of {', '.join(catalogue.side_codes())}.",
            "side",
        )
    agency = catalogue.agency(side.code, agency_text)
    if agency is None:
        near = catalogue.closest_agency(side.code, agency_text)
        hint = f"; did you mean {near.label()}?" if near else "."
        return None, (
            headers.get("agency", "agency"),
            f"Unknown agency '{agency_text}' on side {side.code}{hint}",
            "agency",
        )
    return agency.id, None


# -- agencies a roster names that do not exist yet (``roster import --create-agencies``) ---------------
ACRONYM_MAX = 32
_WORDS = re.compile(r"[^\w]+")


@dataclass(frozen=True)
class NewAgency:
    """An agency a file names on a known side that is not stored: what creating it would store."""

    side_code: str
    text: str
    acronym: str
    name_en: str
    name_zh: str
    rows: tuple[int, ...]


def _has_han(text: str) -> bool:
    return any("\u3400" <= c <= "\u9fff" or "\uf900" <= c <= "\ufaff" for c in text)


def proposed_acronym(text: str) -> str:
    """The acronym a new agency gets from the name a file gives: the name itself when it is one short word
    ("DOS", "USSS", "外交部"), else the initials of its words ("Department of State" gives "DOS")."""
    name = " ".join(text.replace(":", " ").split())
    if name and " " not in name and len(name) <= ACRONYM_MAX:
        return name
    words = [w for w in _WORDS.split(name) if w and w.lower() != "the"]
    initials = "".join(w[0].upper() for w in words)
    if len(initials) >= 2 and not _has_han(initials):
        return initials[:ACRONYM_MAX]
    return name.replace(" ", "")[:ACRONYM_MAX] or "NEW"


def new_agencies(
    rows: Sequence[RosterRow], catalogue: AgencyCatalogue, skip_rows: set[int]
) -> list[NewAgency]:
    """The agencies the rows name on a known side that the catalogue does not know, in order of first
    mention, each with a unique acronym on its side (a number is added to one already taken)."""
    found: dict[tuple[str, str], tuple[str, str, list[int]]] = {}
    # A roster names a few sides and agencies many times over: each pair is looked up once.
    unknown: dict[tuple[str, str], tuple[tuple[str, str], str] | None] = {}
    for row in rows:
        if row.number in skip_rows:
            continue
        pair = (row.values.get("side", ""), row.values.get("agency") or "")
        if pair in unknown:
            known = unknown[pair]
        else:
            known = unknown[pair] = _unknown_agency(catalogue, *pair)
        if known is None:
            continue
        key, text = known
        entry = found.setdefault(key, (key[0], text, []))
        entry[2].append(row.number)
    taken = {(a.side_code, fold(a.acronym)) for a in catalogue.agencies}
    out: list[NewAgency] = []
    for side_code, text, numbers in found.values():
        base = proposed_acronym(text)
        acronym, n = base, 1
        while (side_code, fold(acronym)) in taken:
            n += 1
            suffix = f"-{n}"
            acronym = base[: ACRONYM_MAX - len(suffix)] + suffix
        taken.add((side_code, fold(acronym)))
        han = _has_han(text)
        out.append(NewAgency(side_code, text, acronym, text, text if han else "", tuple(numbers)))
    return out


def _unknown_agency(
    catalogue: AgencyCatalogue, side_text: str, agency_text: str
) -> tuple[tuple[str, str], str] | None:
    """(side code, folded name) and the name as written, for an agency text naming no agency of a known
    side; None for a known agency, an unknown side or no agency text."""
    side = catalogue.side(side_text)
    text = " ".join(agency_text.split())
    if side is None or not text or catalogue.agency(side.code, text) is not None:
        return None
    return (side.code, fold(text)), text


def with_new_agencies(catalogue: AgencyCatalogue, agencies: Sequence[NewAgency]) -> AgencyCatalogue:
    """The catalogue with the new agencies in it, under ids -1, -2 ... until they are stored."""
    provisional = [
        AgencyRef(-n, a.side_code, a.acronym, a.name_en, a.name_zh) for n, a in enumerate(agencies, 1)
    ]
    return AgencyCatalogue(catalogue.sides, [*catalogue.agencies, *provisional])
