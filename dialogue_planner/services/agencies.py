"""Agencies of both sides: listing them as a tree, the catalogue roster rows are matched against, and
the admins' changes (add, update, deactivate, reactivate, merge) and each side's designated official.

Agencies are never deleted once anything refers to them: deactivating keeps the row and its history;
merging moves the delegates and every reference (requests, escalations, agenda and action items, roster
imports, sub-agencies) to the agency merged into, then deactivates the merged one and notes where it went.
Every row a change touches is audited whole, so the Edit menu's undo can reverse it.
"""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from dialogue_planner.domain.errors import ConflictError, NotFoundError, ValidationError
from dialogue_planner.domain.limits import check_day, check_key, check_name, check_optional_day
from dialogue_planner.domain.messages import msg
from dialogue_planner.domain.records import AgencyMergeRecord, AgencyRecord, DesignatedOfficialRecord
from dialogue_planner.domain.vocabulary import AgencyRole, Role
from dialogue_planner.interchange.roster_agencies import AgencyCatalogue, AgencyRef, SideRef
from dialogue_planner.storage.models import (
    Agency,
    AgendaItem,
    Commitment,
    Delegate,
    DesignatedOfficial,
    Dialogue,
    Escalation,
    Request,
    RosterImport,
    Side,
)

from .context import ServiceContext, Transaction, snapshot
from .delegation import delegate_key
from .lookup import find_delegate, side_by_code
from .mapping import agency_record

ACRONYM_MAX = 32
NAME_MAX = 300
KIND_MAX = 40
KINDS = ("ministry", "department", "bureau", "office", "community", "agency", "other")


class _Unset:
    def __repr__(self) -> str:
        return "UNSET"


UNSET = _Unset()

# Every column that points at an agency, besides a delegate's: (model, attribute, what it is called).
_REFERENCES = (
    (Request, "requesting_agency_id", "request"),
    (Request, "responding_agency_id", "request"),
    (Escalation, "raised_by_agency_id", "escalation"),
    (AgendaItem, "owner_agency_id", "agenda_item"),
    (Commitment, "owner_agency_id", "commitment"),
    (RosterImport, "agency_id", "roster_import"),
    (Agency, "parent_id", "agency"),
)


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
        rows = s.execute(
            select(Delegate.agency_id, Delegate.active, func.count()).group_by(
                Delegate.agency_id, Delegate.active
            )
        )
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
        agencies = [
            AgencyRef(a.id, a.side.code, a.acronym, a.name_en, a.name_zh, a.parent_id, a.active)
            for a in s.scalars(select(Agency).order_by(Agency.id))
        ]
    return AgencyCatalogue(sides, agencies)


def find_agency(catalogue: AgencyCatalogue, text: str) -> AgencyRef:
    """An agency named by acronym, optionally with its side ("CN:MOJ"); ambiguity and absence explained."""
    text = (text or "").strip()
    side_text, _, acronym = text.rpartition(":")
    if side_text:
        side = catalogue.side(side_text)
        if side is None:
            raise NotFoundError(
                msg(
                    "Unknown side '{side_text}': use one of {side_codes}.",
                    side_text=side_text,
                    side_codes=", ".join(catalogue.side_codes()),
                )
            )
        agency = catalogue.agency(side.code, acronym)
        if agency is None:
            raise NotFoundError(msg("No agency '{acronym}' on side {code}.", acronym=acronym, code=side.code))
        return agency
    found = catalogue.agency_by_acronym(acronym)
    if not found:
        known = ", ".join(sorted({f"{a.side_code}:{a.acronym}" for a in catalogue.agencies}))
        raise NotFoundError(
            msg("No agency with acronym '{acronym}'. Known agencies: {known}.", acronym=acronym, known=known)
        )
    if len(found) > 1:
        options = " or ".join(f"{a.side_code}:{a.acronym}" for a in found)
        raise ValidationError(
            msg("'{acronym}' is an agency on both sides: say {options}.", acronym=acronym, options=options)
        )
    return found[0]


def side_agencies(ctx: ServiceContext, side_code: str, *, keep: int | None = None) -> list[AgencyRecord]:
    """The agencies of one side a user may choose, in tree order: the active ones, and ``keep`` (the one
    chosen before, so an edit can show it) even when it has been deactivated since."""
    with ctx.read() as s:
        q = (
            select(Agency)
            .join(Side, Agency.side_id == Side.id)
            .where(Side.code == (side_code or "").strip().upper())
        )
        return tree_order([agency_record(a) for a in s.scalars(q) if a.active or a.id == keep])


# -- admins' changes ----------------------------------------------------------------------------------
def check_acronym(text: str | None) -> str:
    acronym = check_name(text, "acronym", ACRONYM_MAX)
    if not acronym:
        raise ValidationError(msg("Give the agency an acronym (e.g. DOS)."))
    if ":" in acronym:
        raise ValidationError(
            msg("The acronym '{acronym}' may not hold ':' (SIDE:ACRONYM names an agency).", acronym=acronym)
        )
    return acronym


def _check_name_en(text: str | None) -> str:
    name = check_name(text, "English name", NAME_MAX)
    if not name:
        raise ValidationError(msg("Give the agency's English name."))
    return name


def check_role(text: str | None) -> str:
    """A role in the dialogue (lead, co-chair, participant, observer); empty or 'none' for none."""
    cleaned = check_key(text, "role in the dialogue", 40)
    if cleaned.lower() in ("", "none", "-"):
        return ""
    return AgencyRole.parse(cleaned, "role in the dialogue").value


def _check_kind(text: str | None) -> str:
    cleaned = check_key(text, "kind of agency", KIND_MAX).lower()
    if cleaned not in KINDS:
        raise ValidationError(
            msg("Unknown kind of agency '{text}': use one of {kinds}.", text=text, kinds=", ".join(KINDS))
        )
    return cleaned


def agency_by_key(session: Session, text: str, side: Side | None = None) -> Agency:
    """The agency an acronym names (case-insensitive), or SIDE:ACRONYM; inactive ones too."""
    wanted = check_key(text, "agency acronym")
    if not wanted:
        raise ValidationError(msg("Name an agency by its acronym, or SIDE:ACRONYM."))
    side_text, _, acronym = wanted.rpartition(":")
    if side_text:
        named = side_by_code(session, side_text)
        if side is not None and named.id != side.id:
            raise ValidationError(msg("Agency '{text}' is not on side {code}.", text=text, code=side.code))
        side = named
    q = select(Agency).where(func.lower(Agency.acronym) == acronym.strip().lower())
    if side is not None:
        q = q.where(Agency.side_id == side.id)
    found = list(session.scalars(q.order_by(Agency.id)))
    if not found:
        where = f" on side {side.code}" if side is not None else ""
        raise NotFoundError(
            msg(
                "Unknown agency '{text}'{where}: name one by the acronym the agency list shows.",
                text=text,
                where=where,
            )
        )
    if len(found) > 1:
        options = " or ".join(f"{a.side.code}:{a.acronym}" for a in found)
        raise ValidationError(
            msg("'{acronym}' is an agency on both sides: say {options}.", acronym=acronym, options=options)
        )
    return found[0]


def _refuse_duplicate(session: Session, side: Side, acronym: str, keep: int | None = None) -> None:
    clash = session.scalar(
        select(Agency).where(Agency.side_id == side.id, func.lower(Agency.acronym) == acronym.lower())
    )
    if clash is not None and clash.id != keep:
        state = "" if clash.active else " (inactive: reactivate it instead)"
        raise ConflictError(
            msg(
                "Side {code} already has an agency '{acronym}'{state}; choose another acronym.",
                code=side.code,
                acronym=clash.acronym,
                state=state,
            )
        )


def _ancestors(session: Session, agency: Agency) -> list[int]:
    seen: list[int] = []
    current: Agency | None = agency
    while current is not None and current.parent_id is not None and current.parent_id not in seen:
        seen.append(current.parent_id)
        current = session.get(Agency, current.parent_id)
    return seen


def _parent(session: Session, side: Side, text: str | None, agency: Agency | None = None) -> Agency | None:
    if not (text or "").strip() or (text or "").strip().lower() in ("none", "-"):
        return None
    parent = agency_by_key(session, (text or "").strip(), side)
    if not parent.active:
        raise ValidationError(
            msg(
                "The parent agency {acronym} is inactive: reactivate it or choose another.",
                acronym=parent.acronym,
            )
        )
    if agency is not None and (parent.id == agency.id or agency.id in _ancestors(session, parent)):
        raise ValidationError(
            msg(
                "{acronym} cannot be the parent of {acronym2}: it is {value} (a parent cycle).",
                acronym=parent.acronym,
                acronym2=agency.acronym,
                value="the agency itself" if parent.id == agency.id else "one of its sub-agencies",
            )
        )
    return parent


def add_agency(
    ctx: ServiceContext,
    *,
    side: str,
    acronym: str,
    name_en: str,
    name_zh: str = "",
    parent: str | None = None,
    role: str = "",
    kind: str = "agency",
) -> AgencyRecord:
    """A new active agency of a side (admins)."""
    acronym, name_en = check_acronym(acronym), _check_name_en(name_en)
    name_zh, role, kind = check_name(name_zh, "Chinese name", NAME_MAX), check_role(role), _check_kind(kind)
    with ctx.write(Role.ADMIN) as tx:
        s = tx.session
        side_row = side_by_code(s, side)
        _refuse_duplicate(s, side_row, acronym)
        parent_row = _parent(s, side_row, parent)
        agency = Agency(
            side=side_row,
            side_id=side_row.id,
            acronym=acronym,
            name_en=name_en,
            name_zh=name_zh,
            parent_id=parent_row.id if parent_row else None,
            dialogue_role=role,
            kind=kind,
            rank="",
            active=True,
        )
        s.add(agency)
        tx.audit("agency.add", agency, summary=f"{side_row.code}:{acronym} added")
        return agency_record(agency)


def update_agency(
    ctx: ServiceContext,
    key: str,
    *,
    acronym=UNSET,
    name_en=UNSET,
    name_zh=UNSET,
    parent=UNSET,
    role=UNSET,
    kind=UNSET,
    expected_version: int | None = None,
) -> AgencyRecord:
    """Rename, re-acronym, move under another parent or change the role of an agency (admins); UNSET
    leaves a value alone, a parent or role of None or '' clears it. Unchanged values write nothing."""
    with ctx.write(Role.ADMIN) as tx:
        s = tx.session
        agency = agency_by_key(s, key)
        if expected_version is not None:
            agency = tx.get(Agency, agency.id, expected_version=expected_version, what="agency")
        before = snapshot(agency)
        if acronym is not UNSET:
            new = check_acronym(acronym)
            _refuse_duplicate(s, agency.side, new, keep=agency.id)
            agency.acronym = new
        if name_en is not UNSET:
            agency.name_en = _check_name_en(name_en)
        if name_zh is not UNSET:
            agency.name_zh = check_name(name_zh, "Chinese name", NAME_MAX)
        if parent is not UNSET:
            found = _parent(s, agency.side, parent, agency)
            agency.parent_id = found.id if found else None
        if role is not UNSET:
            agency.dialogue_role = check_role(role)
        if kind is not UNSET:
            agency.kind = _check_kind(kind)
        after = snapshot(agency)
        changed = sorted(k for k in after if after[k] != before.get(k))
        if changed:
            tx.audit(
                "agency.update",
                agency,
                before,
                summary=f"{agency.side.code}:{agency.acronym}: {', '.join(changed)}",
            )
        return agency_record(agency)


def _active_children(s: Session, agency: Agency) -> list[Agency]:
    return list(
        s.scalars(
            select(Agency)
            .where(Agency.parent_id == agency.id, Agency.active.is_(True))
            .order_by(Agency.acronym)
        )
    )


def deactivate_agency(ctx: ServiceContext, key: str, *, with_delegates: bool = False) -> AgencyRecord:
    """Deactivate an agency, keeping it and its history (admins). Refused while it has active sub-agencies,
    or active delegates unless ``with_delegates`` (they are deactivated too, each audited)."""
    with ctx.write(Role.ADMIN) as tx:
        s = tx.session
        agency = agency_by_key(s, key)
        if not agency.active:
            raise ValidationError(
                msg(
                    "Agency {code}:{acronym} is already inactive.",
                    code=agency.side.code,
                    acronym=agency.acronym,
                )
            )
        children = _active_children(s, agency)
        if children:
            raise ValidationError(
                msg(
                    "{acronym} has active sub-agencies ({items}): deactivate them, or give them another parent, first.",
                    acronym=agency.acronym,
                    items=", ".join(c.acronym for c in children),
                )
            )
        people = list(
            s.scalars(
                select(Delegate)
                .where(Delegate.agency_id == agency.id, Delegate.active.is_(True))
                .order_by(Delegate.id)
            )
        )
        if people and not with_delegates:
            raise ValidationError(
                msg(
                    "{acronym} has {count} active delegate(s): merge it into another agency, or deactivate its delegates with it.",
                    acronym=agency.acronym,
                    count=len(people),
                ),
                field="with_delegates",
            )
        for person in people:
            before = snapshot(person)
            person.active = False
            tx.audit("delegate.deactivate", person, before, summary=f"with agency {agency.acronym}")
        before = snapshot(agency)
        agency.active = False
        tx.audit(
            "agency.deactivate", agency, before, summary=f"{agency.side.code}:{agency.acronym} deactivated"
        )
        return agency_record(agency)


def reactivate_agency(ctx: ServiceContext, key: str) -> AgencyRecord:
    """Make a deactivated agency active again (its delegates stay as they are)."""
    with ctx.write(Role.ADMIN) as tx:
        s = tx.session
        agency = agency_by_key(s, key)
        if agency.active:
            raise ValidationError(
                msg(
                    "Agency {code}:{acronym} is already active.",
                    code=agency.side.code,
                    acronym=agency.acronym,
                )
            )
        if agency.parent_id is not None and not s.get_one(Agency, agency.parent_id).active:
            raise ValidationError(
                msg(
                    "The parent of {acronym} is inactive: reactivate it first, or give {acronym} another parent.",
                    acronym=agency.acronym,
                )
            )
        before = snapshot(agency)
        agency.active = True
        agency.merged_into_id = None
        tx.audit(
            "agency.reactivate", agency, before, summary=f"{agency.side.code}:{agency.acronym} reactivated"
        )
        return agency_record(agency)


def merge_agencies(ctx: ServiceContext, key: str, into: str) -> AgencyMergeRecord:
    """Move the delegates and every reference of one agency to another of the same side, then deactivate it
    and note where it went (admins). One transaction; each moved row is audited whole."""
    with ctx.write(Role.ADMIN) as tx:
        s = tx.session
        agency = agency_by_key(s, key)
        target = agency_by_key(s, into)
        if agency.id == target.id:
            raise ValidationError(
                msg("Cannot merge {acronym} into itself: name another agency.", acronym=agency.acronym)
            )
        if agency.side_id != target.side_id:
            raise ValidationError(
                msg(
                    "Cannot merge {code}:{acronym} into {code2}:{acronym2}: agencies merge within one side.",
                    code=agency.side.code,
                    acronym=agency.acronym,
                    code2=target.side.code,
                    acronym2=target.acronym,
                )
            )
        if not agency.active:
            raise ValidationError(
                f"{agency.side.code}:{agency.acronym} is inactive"
                + (" (already merged)" if agency.merged_into_id else "")
                + ": only an active agency can be merged."
            )
        if not target.active:
            raise ValidationError(
                msg(
                    "{code}:{acronym} is inactive: reactivate it first, or merge into an active agency.",
                    code=target.side.code,
                    acronym=target.acronym,
                )
            )
        label = f"merged {agency.side.code}:{agency.acronym} into {target.acronym}"
        moved_people = 0
        for person in s.scalars(
            select(Delegate).where(Delegate.agency_id == agency.id).order_by(Delegate.id)
        ):
            _move(tx, person, "agency_id", target.id, label)
            moved_people += 1
        references: dict[str, int] = {}
        for model, column, name in _REFERENCES:
            rows: list = list(
                s.scalars(select(model).where(getattr(model, column) == agency.id).order_by(model.id))
            )
            for row in rows:
                if model is Agency and row.id == target.id:  # the target was a sub-agency: it takes the place
                    _move(tx, row, column, agency.parent_id, label)
                else:
                    _move(tx, row, column, target.id, label)
            if rows:
                references[name] = references.get(name, 0) + len(rows)
        before = snapshot(agency)
        agency.active = False
        agency.merged_into_id = target.id
        tx.audit("agency.merge", agency, before, summary=label)
        s.flush()
        return AgencyMergeRecord(agency_record(agency), agency_record(target), moved_people, references)


def agency_references(s: Session, agency_id: int) -> int:
    """How many rows refer to the agency: delegates, designated officials' agencies aside, and every
    column of ``_REFERENCES`` (merged agencies pointing at it too)."""
    total = s.scalar(select(func.count()).select_from(Delegate).where(Delegate.agency_id == agency_id)) or 0
    for model, column, _name in (*_REFERENCES, (Agency, "merged_into_id", "agency")):
        total += (
            s.scalar(select(func.count()).select_from(model).where(getattr(model, column) == agency_id)) or 0
        )
    return total


def _move(tx: Transaction, row, column: str, value: int | None, label: str) -> None:
    before = snapshot(row)
    setattr(row, column, value)
    tx.audit("agency.merge.move", row, before, summary=label)


# -- the designated official of a side ------------------------------------------------------------
def _official_record(o: DesignatedOfficial) -> DesignatedOfficialRecord:
    d = o.delegate
    return DesignatedOfficialRecord(
        id=o.id,
        side_code=o.side.code,
        delegate_id=d.id,
        delegate_key=delegate_key(d),
        name=_display(d),
        agency_acronym=d.agency.acronym,
        from_on=o.from_on,
        to_on=o.to_on,
        version=o.version,
    )


def _display(d: Delegate) -> str:
    latin = " ".join(p for p in (d.family_name.upper(), d.given_name) if p)
    if d.native_name and d.native_name != latin:
        return f"{latin} ({d.native_name})" if latin else d.native_name
    return latin


def _dialogue_side(s: Session, ctx: ServiceContext, side: str) -> tuple[Dialogue, Side]:
    dialogue = s.get_one(Dialogue, ctx.require_dialogue())
    side_row = side_by_code(s, side)
    if side_row.id not in (dialogue.side_a_id, dialogue.side_b_id):
        raise ValidationError(msg("Side {code} is not a side of this dialogue.", code=side_row.code))
    return dialogue, side_row


def designate_official(
    ctx: ServiceContext, *, side: str, delegate: str, from_on: date, to_on: date | None = None
) -> DesignatedOfficialRecord:
    """Record who leads ``side`` in the dialogue from ``from_on`` (to ``to_on``, or open-ended), admins.

    An open-ended earlier period is closed the day before; any other overlap is refused."""
    check_day(from_on, "from date")
    check_optional_day(to_on, "to date")
    if to_on is not None and to_on < from_on:
        raise ValidationError(
            msg(
                "The period ends ({to_on}) before it starts ({from_on}).",
                to_on=to_on.isoformat(),
                from_on=from_on.isoformat(),
            )
        )
    with ctx.write(Role.ADMIN) as tx:
        s = tx.session
        dialogue, side_row = _dialogue_side(s, ctx, side)
        person = find_delegate(s, delegate)
        if person.agency.side_id != side_row.id:
            raise ValidationError(
                msg(
                    "{display} is a delegate of side {code}, not {code2}.",
                    display=_display(person),
                    code=person.agency.side.code,
                    code2=side_row.code,
                )
            )
        periods = list(
            s.scalars(
                select(DesignatedOfficial)
                .where(
                    DesignatedOfficial.dialogue_id == dialogue.id, DesignatedOfficial.side_id == side_row.id
                )
                .order_by(DesignatedOfficial.from_on)
            )
        )
        for p in periods:
            ends = p.to_on or date.max
            if p.to_on is None and p.from_on < from_on:
                before = snapshot(p)
                p.to_on = from_on - timedelta(days=1)
                tx.audit("designated_official.update", p, before, summary=f"{side_row.code}: period closed")
                continue
            if p.from_on <= (to_on or date.max) and from_on <= ends:
                shown = f"{p.from_on.isoformat()} to {p.to_on.isoformat() if p.to_on else 'now'}"
                raise ValidationError(
                    msg(
                        "{display} is the designated official of {code} from {shown}, which overlaps; choose other dates.",
                        display=_display(p.delegate),
                        code=side_row.code,
                        shown=shown,
                    )
                )
        official = DesignatedOfficial(
            dialogue_id=dialogue.id, side_id=side_row.id, delegate_id=person.id, from_on=from_on, to_on=to_on
        )
        s.add(official)
        tx.audit(
            "designated_official.add",
            official,
            summary=f"{side_row.code}: {_display(person)} from {from_on.isoformat()}",
        )
        s.refresh(official)
        return _official_record(official)


def designated_officials(ctx: ServiceContext, side: str | None = None) -> list[DesignatedOfficialRecord]:
    """Every recorded period of the dialogue, by side and date."""
    dialogue_id = ctx.require_dialogue()
    with ctx.read() as s:
        q = select(DesignatedOfficial).where(DesignatedOfficial.dialogue_id == dialogue_id)
        if side:
            q = q.where(DesignatedOfficial.side_id == side_by_code(s, side).id)
        return sorted((_official_record(o) for o in s.scalars(q)), key=lambda r: (r.side_code, r.from_on))


def current_officials(ctx: ServiceContext, as_of: date | None = None) -> dict[str, DesignatedOfficialRecord]:
    """Per side code, the official designated on ``as_of`` (default today), where one is."""
    as_of = as_of or date.today()
    if ctx.dialogue_id is None:
        return {}
    return {o.side_code: o for o in designated_officials(ctx) if o.covers(as_of)}
