"""Saved column mappings: a file's columns saved under a name, so the next file like it maps itself."""

from __future__ import annotations

from collections.abc import Mapping

from sqlalchemy import select

from dialogue_planner.domain.errors import ValidationError
from dialogue_planner.domain.messages import msg
from dialogue_planner.domain.roster import SavedMapping
from dialogue_planner.domain.vocabulary import Role
from dialogue_planner.interchange.roster_fields import FIELD_BY_NAME
from dialogue_planner.storage.models import ColumnMapping

from ..context import ServiceContext, snapshot


def _saved(m: ColumnMapping) -> SavedMapping:
    data = dict(m.mapping or {})
    header_row = data.pop("_header_row", None)
    sheet = data.pop("_sheet", None)
    return SavedMapping(m.id, m.name, data, header_row, sheet, m.version)


def list_mappings(ctx: ServiceContext) -> list[SavedMapping]:
    with ctx.read() as s:
        return [_saved(m) for m in s.scalars(select(ColumnMapping).order_by(ColumnMapping.name))]


def save_mapping(
    ctx: ServiceContext,
    name: str,
    columns: Mapping[str, str],
    *,
    header_row: int | None = None,
    sheet: str | None = None,
) -> SavedMapping:
    """Save (or overwrite) a mapping under a name, so the next file from the same agency maps itself."""
    name = " ".join((name or "").split())
    if not name or len(name) > 120:
        raise ValidationError(msg("Give the mapping a name of 1 to 120 characters."))
    unknown = sorted(set(columns) - set(FIELD_BY_NAME))
    if unknown:
        raise ValidationError(msg("The mapping names unknown fields: {unknown}.", unknown=", ".join(unknown)))
    data: dict[str, object] = {k: str(v) for k, v in columns.items() if str(v or "").strip()}
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
