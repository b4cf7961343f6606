"""Previewing an import: what applying the file would do, row by row, changing nothing."""

from __future__ import annotations

from pathlib import Path

from dialogue_planner.domain.roster import ChangeKind
from dialogue_planner.interchange.roster_agencies import AgencyCatalogue

from ..context import ServiceContext
from .plan import _PLANS, _build, _Built, _collection_deferred, _memo_key
from .records import FieldDifference, ImportOptions, ImportPreview, PreviewRow, _name


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
            rows.append(
                PreviewRow(
                    raw.number,
                    ChangeKind.ERROR,
                    None,
                    values.get("side", ""),
                    values.get("agency", ""),
                    _name(values),
                    (),
                    tuple(messages.get(raw.number, ())),
                )
            )
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
            if before is not None:
                before = getattr(catalogue.agency_by_id(int(before)), "acronym", before)
            after = getattr(agency, "acronym", after)
        differences.append(FieldDifference(name, _text(before), _text(after)))
    return PreviewRow(
        change.row,
        change.kind,
        change.delegate_id,
        agency.side_code if agency else "",
        agency.acronym if agency else "",
        _name(change.after),
        tuple(differences),
    )


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
    with _collection_deferred(keep=True):
        with ctx.read() as s:
            built = _build(s, data, options, key)
        _PLANS.put(key, built)
        return _preview(built, options, key[0])


def _preview(built: _Built, options: ImportOptions, sha256: str) -> ImportPreview:
    table = built.parsed.table
    return ImportPreview(
        file_name=Path(options.file_name).name,
        sha256=sha256,
        kind=table.kind,
        encoding=table.encoding,
        delimiter=table.delimiter,
        sheet=table.sheet,
        sheets=table.sheets,
        header_row=built.parsed.header_row,
        header=table.row(built.parsed.header_row),
        columns=built.parsed.column_map.as_saved(),
        mode=built.mode.value,
        agency_id=built.scope_agency.id if built.scope_agency else None,
        rows=tuple(_preview_rows(built)),
        issues=tuple(built.issues),
        counts=_counts(built),
        _plan=built,
        new_agencies=built.new_agencies,
    )


def _counts(built: _Built) -> dict[str, int]:
    counts = dict(built.plan.counts)
    counts[ChangeKind.ERROR.value] = len({i.row for i in built.issues})
    return counts
