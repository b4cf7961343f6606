"""Finding the header row below any title rows, and mapping its columns to roster fields."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from dialogue_planner.domain.errors import ImportFileError
from dialogue_planner.domain.messages import msg

from .roster_fields import FIELD_BY_NAME, FIELD_NAMES, REQUIRED_FIELDS, field_for_header, normalise_header

HEADER_SEARCH_ROWS = 30
MIN_HEADER_FIELDS = 2


def column_letter(index: int) -> str:
    """Spreadsheet letters for a 0-based column index: 0 -> A, 27 -> AB."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


@dataclass(frozen=True)
class ColumnMap:
    """Which column (0-based) feeds each field, and the header text the user sees for it."""

    columns: Mapping[str, int]
    headers: Mapping[str, str]

    def header_of(self, field: str) -> str:
        return self.headers.get(field) or FIELD_BY_NAME[field].label

    def as_saved(self) -> dict[str, str]:
        """The mapping in the form saved by name: {field: header text as in the file}."""
        return {field: self.headers[field] for field in self.columns}


def header_score(cells: Sequence[str]) -> int:
    """How many distinct roster fields a row's cells name."""
    return len({f for f in (field_for_header(c) for c in cells) if f})


def detect_header_row(rows: Sequence[tuple[int, Sequence[str]]]) -> int:
    """The row number of the header: the first of the top rows that names the most fields (at least two)."""
    best_number, best_score = None, MIN_HEADER_FIELDS - 1
    for number, cells in rows[:HEADER_SEARCH_ROWS]:
        score = header_score(cells)
        if score > best_score:
            best_number, best_score = number, score
    if best_number is None:
        raise ImportFileError(
            msg(
                "No header row found: none of the first rows names the roster columns ({required_fields}). Add a header row or choose the header row and columns by hand.",
                required_fields=", ".join(REQUIRED_FIELDS),
            )
        )
    return best_number


def map_columns(header: Sequence[str], overrides: Mapping[str, str] | None = None) -> ColumnMap:
    """Map header cells to fields by alias, then apply the user's overrides ({field: header text}).

    An override with an empty header unmaps the field. Raises ImportFileError for an ambiguous header
    (two columns naming one field), an override naming a header the file lacks, or a missing required
    column, each named.
    """
    columns: dict[str, int] = {}
    headers: dict[str, str] = {}
    overrides = dict(overrides or {})
    unknown = sorted(set(overrides) - set(FIELD_NAMES))
    if unknown:
        raise ImportFileError(
            msg("The column mapping names unknown fields: {unknown}.", unknown=", ".join(unknown))
        )
    for index, cell in enumerate(header):
        field = field_for_header(cell)
        if field is None or field in overrides:
            continue
        if field in columns:
            first = columns[field]
            raise ImportFileError(
                msg(
                    "Ambiguous header: columns {column_letter} '{value}' and {column_letter2} '{strip}' both name {field}. Rename one of them or map the columns by hand.",
                    column_letter=column_letter(first),
                    value=headers[field],
                    column_letter2=column_letter(index),
                    strip=cell.strip(),
                    field=field,
                )
            )
        columns[field], headers[field] = index, cell.strip()
    folded = [normalise_header(c) for c in header]
    for field, wanted in overrides.items():
        if not (wanted or "").strip():
            continue
        key = normalise_header(wanted)
        matches = [i for i, h in enumerate(folded) if h == key]
        if not matches:
            raise ImportFileError(
                msg(
                    "The mapping puts {field} in column '{wanted}', which the file does not have.",
                    field=field,
                    wanted=wanted,
                )
            )
        if len(matches) > 1:
            letters = " and ".join(column_letter(i) for i in matches)
            raise ImportFileError(
                msg(
                    "Ambiguous header: columns {letters} are all called '{wanted}'.",
                    letters=letters,
                    wanted=wanted,
                )
            )
        columns[field], headers[field] = matches[0], header[matches[0]].strip()
    missing = [f for f in REQUIRED_FIELDS if f not in columns]
    if missing:
        names = ", ".join(f"{f} ({FIELD_BY_NAME[f].label})" for f in missing)
        hint = ""
        if "family_name" in missing and "native_name" in columns:
            hint = (
                f" The names are in column '{headers['native_name']}' only: add a family name column, or map "
                "family_name to that column in the import wizard (--mapping)."
            )
        raise ImportFileError(
            msg(
                "Missing required column{value}: {names}.{hint}",
                value="s" if len(missing) > 1 else "",
                names=names,
                hint=hint,
            )
        )
    return ColumnMap(columns=columns, headers=headers)
