"""Agencies of both sides: listing them as a tree, and the catalogue roster rows are matched against."""

from __future__ import annotations

from sqlalchemy import func, select

from dialogue_planner.domain.errors import NotFoundError, ValidationError
from dialogue_planner.domain.records import AgencyRecord
from dialogue_planner.interchange.roster_agencies import AgencyCatalogue, AgencyRef, SideRef
from dialogue_planner.storage.models import Agency, Delegate, Side

from .context import ServiceContext
from .mapping import agency_record


def tree_order(agencies: list[AgencyRecord]) -> list[AgencyRecord]:
    """Agencies side by side, each parent followed by its sub-agencies (depth first, by acronym)."""
    children: dict[int | None, list[AgencyRecord]] = {}
    ids = {a.id for a in agencies}
    for a in agencies:
        parent = a.parent_id if a.parent_id in ids else None
        children.setdefault(parent, []).append(a)
    ordered: list[AgencyRecord] = []

    def walk(parent: int | None) -> None:
        for a in sorted(children.get(parent, []), key=lambda a: (a.side_code, a.acronym.casefold())):
            ordered.append(a)
            walk(a.id)

    walk(None)
    return ordered


def list_agencies(ctx: ServiceContext, *, include_inactive: bool = True) -> list[AgencyRecord]:
    """Every agency, in tree order (side, parent, sub-agencies)."""
    with ctx.read() as s:
        q = select(Agency)
        if not include_inactive:
            q = q.where(Agency.active.is_(True))
        return tree_order([agency_record(a) for a in s.scalars(q)])


def delegate_counts(ctx: ServiceContext) -> dict[int, tuple[int, int]]:
    """Per agency id: (active delegates, all delegates)."""
    with ctx.read() as s:
        rows = s.execute(select(Delegate.agency_id, Delegate.active, func.count()).group_by(Delegate.agency_id,
                                                                                             Delegate.active))
        counts: dict[int, list[int]] = {}
        for agency_id, active, n in rows:
            entry = counts.setdefault(agency_id, [0, 0])
            entry[1] += n
            if active:
                entry[0] += n
        return {k: (v[0], v[1]) for k, v in counts.items()}


def agency_catalogue(ctx: ServiceContext) -> AgencyCatalogue:
    """Sides and agencies as the roster reader matches them."""
    with ctx.read() as s:
        sides = [SideRef(x.code, x.name_en, x.name_zh) for x in s.scalars(select(Side).order_by(Side.id))]
        agencies = [AgencyRef(a.id, a.side.code, a.acronym, a.name_en, a.name_zh, a.parent_id, a.active)
                    for a in s.scalars(select(Agency).order_by(Agency.id))]
    return AgencyCatalogue(sides, agencies)


def find_agency(catalogue: AgencyCatalogue, text: str) -> AgencyRef:
    """An agency named by acronym, optionally with its side ("CN:MOJ"); ambiguity and absence explained."""
    text = (text or "").strip()
    side_text, _, acronym = text.rpartition(":")
    if side_text:
        side = catalogue.side(side_text)
        if side is None:
            raise NotFoundError(f"Unknown side '{side_text}': use one of {', '.join(catalogue.side_codes())}.")
        agency = catalogue.agency(side.code, acronym)
        if agency is None:
            raise NotFoundError(f"No agency '{acronym}' on side {side.code}.")
        return agency
    found = catalogue.agency_by_acronym(acronym)
    if not found:
        known = ", ".join(sorted({f"{a.side_code}:{a.acronym}" for a in catalogue.agencies}))
        raise NotFoundError(f"No agency with acronym '{acronym}'. Known agencies: {known}.")
    if len(found) > 1:
        options = " or ".join(f"{a.side_code}:{a.acronym}" for a in found)
        raise ValidationError(f"'{acronym}' is an agency on both sides: say {options}.")
    return found[0]


def side_agencies(ctx: ServiceContext, side_code: str, *, keep: int | None = None) -> list[AgencyRecord]:
    """The agencies of one side a user may choose, in tree order: the active ones, and ``keep`` (the one
    chosen before, so an edit can show it) even when it has been deactivated since."""
    with ctx.read() as s:
        q = select(Agency).join(Side, Agency.side_id == Side.id).where(Side.code == (side_code or "").strip().upper())
        return tree_order([agency_record(a) for a in s.scalars(q) if a.active or a.id == keep])
