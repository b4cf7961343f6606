"""Delegates: list and search, add, edit, deactivate and reactivate (never delete), history, export."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from sys import intern

from sqlalchemy import select

from dialogue_planner.domain.errors import NotFoundError, ValidationError
from dialogue_planner.domain.limits import check_record_number
from dialogue_planner.domain.messages import msg
from dialogue_planner.domain.records import AuditRecord, DelegateRecord
from dialogue_planner.domain.roster import fold
from dialogue_planner.domain.vocabulary import Role
from dialogue_planner.interchange.roster_cells import clean_cell, control_characters, is_email
from dialogue_planner.interchange.roster_fields import FIELD_BY_NAME
from dialogue_planner.interchange.tabular_export import write_table
from dialogue_planner.storage.models import Agency, AuditEntry, Delegate, Side

from .context import ServiceContext, snapshot
from .mapping import audit_record, delegate_record

EDITABLE_FIELDS = (
    "family_name",
    "given_name",
    "native_name",
    "title",
    "title_zh",
    "email",
    "phone",
    "external_id",
)
EXPORT_HEADER = [
    "Side",
    "Agency",
    "Family name",
    "Given name",
    "Native name",
    "Title",
    "Email",
    "Phone",
    "External ID",
    "Title (Chinese)",
    "Active",
]
NOTES_MAX = 4000


def _matches(d: DelegateRecord, needle: str) -> bool:
    haystack = " ".join(
        (
            d.family_name,
            d.given_name,
            d.native_name,
            d.email,
            d.title,
            d.title_zh,
            d.external_id or "",
            f"{d.given_name} {d.family_name}",
            d.agency_acronym,
        )
    )
    return needle in fold(haystack) or needle.replace(" ", "") in fold(haystack).replace(" ", "")


def list_delegates(
    ctx: ServiceContext,
    *,
    agency_ids: set[int] | None = None,
    side_code: str | None = None,
    search: str = "",
    include_inactive: bool = True,
) -> list[DelegateRecord]:
    """Delegates by side, agency and name; ``search`` matches any name, email or id, Latin or Chinese,
    ignoring case, accents and full-width forms."""
    with ctx.read() as s:
        # Columns, not ORM objects: the Roster page lists every delegate (8,000 on a twenty-year archive).
        q = (
            select(
                Delegate.id,
                Delegate.agency_id,
                Agency.acronym,
                Side.code,
                Delegate.family_name,
                Delegate.given_name,
                Delegate.native_name,
                Delegate.title,
                Delegate.email,
                Delegate.phone,
                Delegate.external_id,
                Delegate.active,
                Delegate.version,
                Delegate.title_zh,
            )
            .join(Agency, Agency.id == Delegate.agency_id)
            .join(Side, Side.id == Agency.side_id)
        )
        if agency_ids is not None:
            q = q.where(Delegate.agency_id.in_(agency_ids))
        if not include_inactive:
            q = q.where(Delegate.active.is_(True))
        # One string per distinct agency, side and title (interned): 8,000 rows held 8,000 copies of each
        # (issue 19).
        records = [
            DelegateRecord(
                ident,
                agency_id,
                intern(acronym),
                intern(side),
                family,
                given,
                native,
                intern(title),
                email,
                phone,
                external_id,
                active,
                version,
                intern(title_zh),
            )
            for (
                ident,
                agency_id,
                acronym,
                side,
                family,
                given,
                native,
                title,
                email,
                phone,
                external_id,
                active,
                version,
                title_zh,
            ) in s.execute(q)
        ]
    if side_code:
        records = [d for d in records if d.side_code == side_code.upper()]
    needle = fold(search)
    if needle:
        records = [d for d in records if _matches(d, needle)]
    return sorted(
        records, key=lambda d: (d.side_code, d.agency_acronym, fold(d.family_name), fold(d.given_name), d.id)
    )


def get_delegate(ctx: ServiceContext, delegate_id: int) -> DelegateRecord:
    check_record_number(delegate_id, "delegate id")
    with ctx.read() as s:
        d = s.get(Delegate, delegate_id)
        if d is None:
            raise NotFoundError(msg("No delegate with id {delegate_id}.", delegate_id=delegate_id))
        return delegate_record(d)


def get_notes(ctx: ServiceContext, delegate_id: int) -> str:
    check_record_number(delegate_id, "delegate id")
    with ctx.read() as s:
        d = s.get(Delegate, delegate_id)
        if d is None:
            raise NotFoundError(msg("No delegate with id {delegate_id}.", delegate_id=delegate_id))
        return d.notes


def clean_delegate_values(values: Mapping[str, object]) -> dict:
    """Delegate fields cleaned and checked as an import checks them; every problem in one message."""
    unknown = sorted(set(values) - set(EDITABLE_FIELDS) - {"agency_id", "notes"})
    if unknown:
        raise ValidationError(msg("Unknown delegate fields: {unknown}.", unknown=", ".join(unknown)))
    cleaned: dict = {}
    problems: list[str] = []
    for name, value in values.items():
        if name == "agency_id":
            cleaned[name] = value
            continue
        text = "" if value is None else str(value)
        label = FIELD_BY_NAME[name].label if name in FIELD_BY_NAME else "Notes"
        controls = control_characters(text.replace("\n", "").replace("\t", "") if name == "notes" else text)
        if controls:
            problems.append(f"{label} contains control characters ({', '.join(controls)})")
            continue
        text = text.strip() if name == "notes" else clean_cell(text)
        limit = FIELD_BY_NAME[name].max_length if name in FIELD_BY_NAME else NOTES_MAX
        if len(text) > limit:
            problems.append(f"{label} is {len(text)} characters long; at most {limit}")
        if name == "email" and text and not is_email(text):
            problems.append(f"'{text}' is not an email address")
        cleaned[name] = text
    if "family_name" in cleaned and not cleaned["family_name"]:
        problems.append("Family name is required")
    if problems:
        raise ValidationError("; ".join(problems) + ".")
    if "external_id" in cleaned:
        cleaned["external_id"] = cleaned["external_id"] or None
    return cleaned


def _check_unique_external_id(session, external_id: str | None, delegate_id: int | None) -> None:
    if not external_id:
        return
    other = session.scalar(select(Delegate).where(Delegate.external_id == external_id))
    if other is not None and other.id != delegate_id:
        who = f"{other.family_name} {other.given_name}".strip()
        raise ValidationError(
            msg(
                "External id '{external_id}' already belongs to {who} (id {id}).",
                external_id=external_id,
                who=who,
                id=other.id,
            )
        )


def _agency(session, agency_id) -> Agency:
    agency = session.get(Agency, agency_id) if agency_id is not None else None
    if agency is None:
        raise ValidationError(
            "Choose the delegate's agency." if agency_id is None else f"No agency with id {agency_id}."
        )
    return agency


def add_delegate(ctx: ServiceContext, values: Mapping[str, object]) -> DelegateRecord:
    """A new active delegate; ``values`` needs agency_id and family_name."""
    cleaned = clean_delegate_values({**values, "family_name": values.get("family_name", "")})
    with ctx.write(Role.SECRETARIAT) as tx:
        _agency(tx.session, cleaned.get("agency_id"))
        _check_unique_external_id(tx.session, cleaned.get("external_id"), None)
        delegate = Delegate(**cleaned)
        tx.session.add(delegate)
        tx.audit("delegate.add", delegate, None)
        return delegate_record(delegate)


def update_delegate(
    ctx: ServiceContext,
    delegate_id: int,
    values: Mapping[str, object],
    *,
    expected_version: int | None = None,
) -> DelegateRecord:
    """Change the given fields; ConflictError when someone saved the delegate since ``expected_version``."""
    check_record_number(delegate_id, "delegate id")
    cleaned = clean_delegate_values(values)
    with ctx.write(Role.SECRETARIAT) as tx:
        delegate = tx.get(Delegate, delegate_id, expected_version=expected_version)
        if "agency_id" in cleaned:
            _agency(tx.session, cleaned["agency_id"])
        _check_unique_external_id(tx.session, cleaned.get("external_id"), delegate_id)
        before = snapshot(delegate)
        changed = {k: v for k, v in cleaned.items() if getattr(delegate, k) != v}
        if not changed:
            return delegate_record(delegate)
        for key, value in changed.items():
            setattr(delegate, key, value)
        tx.audit("delegate.update", delegate, before, summary="changed " + ", ".join(sorted(changed)))
        return delegate_record(delegate)


def set_delegate_active(
    ctx: ServiceContext, delegate_id: int, active: bool, *, expected_version: int | None = None
) -> DelegateRecord:
    """Deactivate (kept with its history, left off new delegations) or reactivate a delegate."""
    check_record_number(delegate_id, "delegate id")
    with ctx.write(Role.SECRETARIAT) as tx:
        delegate = tx.get(Delegate, delegate_id, expected_version=expected_version)
        if delegate.active == active:
            state = "active" if active else "inactive"
            raise ValidationError(
                msg(
                    "{family_name} {given_name} is already {state}.",
                    family_name=delegate.family_name,
                    given_name=delegate.given_name,
                    state=state,
                )
            )
        before = snapshot(delegate)
        delegate.active = active
        tx.audit("delegate.reactivate" if active else "delegate.deactivate", delegate, before)
        return delegate_record(delegate)


def delegate_history(ctx: ServiceContext, delegate_id: int) -> list[AuditRecord]:
    """Every audit entry about the delegate, newest first."""
    check_record_number(delegate_id, "delegate id")
    with ctx.read() as s:
        if s.get(Delegate, delegate_id) is None:
            raise NotFoundError(msg("No delegate with id {delegate_id}.", delegate_id=delegate_id))
        q = (
            select(AuditEntry)
            .where(AuditEntry.entity == "delegate", AuditEntry.entity_id == delegate_id)
            .order_by(AuditEntry.id.desc())
        )
        return [audit_record(e) for e in s.scalars(q)]


def roster_rows(delegates: list[DelegateRecord], agency_names: Mapping[int, str]) -> list[list[object]]:
    """Rows of the export table, in the column order of the import template."""
    return [
        [
            d.side_code,
            agency_names.get(d.agency_id, d.agency_acronym),
            d.family_name,
            d.given_name,
            d.native_name,
            d.title,
            d.email,
            d.phone,
            d.external_id or "",
            d.title_zh,
            "yes" if d.active else "no",
        ]
        for d in delegates
    ]


def export_roster(ctx: ServiceContext, path: str | Path, *, include_inactive: bool = False) -> int:
    """Write the roster to FILE.csv or FILE.xlsx in the import template's columns; returns the row count."""
    delegates = list_delegates(ctx, include_inactive=include_inactive)
    with ctx.read() as s:
        acronyms = {a.id: a.acronym for a in s.scalars(select(Agency))}
    write_table(path, EXPORT_HEADER, roster_rows(delegates, acronyms), sheet_title="Roster")
    return len(delegates)
