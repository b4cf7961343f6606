"""Reading a roster file into rows plus every problem found, without touching the database.

Two steps, so the import wizard can show the raw table and let the user pick the sheet, the header
row and the columns: :func:`load_table` gives the raw rows of a CSV or XLSX file, :func:`parse_table`
maps and checks them. File-level problems raise ImportFileError; row problems are collected, never
raised, so the user sees all of them at once.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from itertools import chain, repeat
from operator import itemgetter
from pathlib import Path

from dialogue_planner.domain.errors import ImportFileError
from dialogue_planner.domain.messages import msg
from dialogue_planner.domain.roster import RosterRow, RowIssue

from . import roster_limits as limits
from .roster_cells import (
    already_clean,
    clean_cell,
    control_characters,
    has_control_characters,
    is_email,
    shown,
)
from .roster_csv import iter_csv_rows, separator_hint, sniff_delimiter
from .roster_decode import ZIP_MAGIC, decode_roster_text, describe_binary
from .roster_fields import FIELD_BY_NAME, OTHER_LANGUAGE, REQUIRED_FIELDS, field_for_header
from .roster_header import ColumnMap, detect_header_row, map_columns
from .roster_limits import beyond, megabytes
from .roster_xlsx import choose_sheet, open_workbook


@dataclass(frozen=True)
class RosterTable:
    """The non-empty rows of one file (or sheet), as text, numbered as the file numbers them."""

    file_name: str
    kind: str  # "csv" or "xlsx"
    rows: tuple[tuple[int, tuple[str, ...]], ...]
    encoding: str = ""
    delimiter: str = ""
    sheet: str = ""
    sheets: tuple[str, ...] = ()

    def row(self, number: int) -> tuple[str, ...]:
        for n, cells in self.rows:
            if n == number:
                return cells
        raise ImportFileError(msg("Row {number} is empty or beyond the end of the file.", number=number))


@dataclass(frozen=True)
class ParsedRoster:
    """Mapped, cleaned rows; ``valid_rows`` holds the rows with no issue."""

    table: RosterTable
    header_row: int
    column_map: ColumnMap
    rows: tuple[RosterRow, ...]
    issues: tuple[RowIssue, ...]

    @property
    def valid_rows(self) -> list[RosterRow]:
        bad = {i.row for i in self.issues}
        return [r for r in self.rows if r.number not in bad]


def read_file_bytes(path: str | Path) -> bytes:
    """A roster file's bytes, with clear errors for a missing, unreadable, special or oversized file.

    The file is opened without blocking (a named pipe would wait for a writer forever) and checked on the
    opened descriptor; the read stops one byte past the limit, so a file that grows while it is read, or
    a device that never ends, cannot fill the memory.
    """
    path = Path(path)
    named = shown(str(path), 1000)
    try:
        descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
        with open(descriptor, "rb") as stream:
            mode = os.fstat(descriptor).st_mode
            if stat.S_ISDIR(mode):
                raise IsADirectoryError
            if not stat.S_ISREG(mode):
                raise ImportFileError(
                    msg("{named} is not a regular file (it is a device or a pipe).", named=named)
                )
            data = stream.read(limits.MAX_FILE_BYTES + 1)
    except FileNotFoundError:
        raise ImportFileError(msg("There is no file {named}.", named=named)) from None
    except IsADirectoryError:
        raise ImportFileError(msg("{named} is a folder, not a roster file.", named=named)) from None
    except PermissionError:
        raise ImportFileError(msg("{named} cannot be read: permission denied.", named=named)) from None
    except OSError as exc:
        raise ImportFileError(
            msg("{named} cannot be read: {value}.", named=named, value=exc.strerror or exc)
        ) from None
    if len(data) > limits.MAX_FILE_BYTES:
        most = megabytes(limits.MAX_FILE_BYTES)
        raise beyond(f"{shown(path.name)} is larger than {most}", most, "a roster file may be")
    return data


def is_xlsx(data: bytes, file_name: str = "") -> bool:
    if data.startswith(ZIP_MAGIC):
        return True
    if file_name.lower().endswith((".xlsx", ".xlsm")) and data:
        what = describe_binary(data)
        raise ImportFileError(
            f"This is not a roster file: it is {what}."
            if what
            else "It is named like an Excel workbook but is not one."
        )
    return False


def sheet_names(data: bytes, file_name: str = "") -> list[str]:
    """The sheets of a workbook; an empty list for a CSV file."""
    with _naming(file_name):
        return open_workbook(data).sheet_names if is_xlsx(data, file_name) else []


@contextmanager
def _naming(file_name: str) -> Iterator[None]:
    """File-level errors name the file: "roster.xlsx: The Excel workbook is damaged (...)"."""
    try:
        yield
    except ImportFileError as exc:
        name = shown(Path(file_name).name) if file_name else ""
        if not name or exc.message.startswith(name):
            raise
        raise ImportFileError(msg("{name}: {message}", name=name, message=exc.message)) from None


def load_table(data: bytes, file_name: str = "", sheet: str | None = None) -> RosterTable:
    """The raw, non-empty rows of a CSV file or of one XLSX sheet (the first when none is named)."""
    with _naming(file_name):
        return _load_table(data, Path(file_name).name, sheet)


def _load_table(data: bytes, name: str, sheet: str | None) -> RosterTable:
    if len(data) > limits.MAX_FILE_BYTES:
        most = megabytes(limits.MAX_FILE_BYTES)
        raise beyond(f"The file is larger than {most}", most, "a roster file may be")
    if is_xlsx(data, name):
        workbook = open_workbook(data)
        names = tuple(workbook.sheet_names)
        chosen = choose_sheet(list(names), sheet)
        rows = tuple((n, tuple(c)) for n, c in workbook.rows(chosen) if any(map(str.strip, c)))
        if not rows:
            raise ImportFileError(msg("Sheet '{shown}' is empty.", shown=shown(chosen)))
        return RosterTable(name, "xlsx", rows, sheet=chosen, sheets=names)
    if sheet:
        raise ImportFileError(msg("A CSV file has no sheets; leave the sheet out."))
    text, encoding = decode_roster_text(data)
    delimiter = separator_hint(text) or sniff_delimiter(text)
    rows = tuple((n, tuple(c)) for n, c in iter_csv_rows(text, delimiter) if any(map(str.strip, c)))
    if not rows:
        raise ImportFileError(msg("The file is empty."))
    return RosterTable(name, "csv", rows, encoding=encoding, delimiter=delimiter)


def parse_table(
    table: RosterTable, header_row: int | None = None, mapping: Mapping[str, str] | None = None
) -> ParsedRoster:
    """Find (or take) the header, map the columns, clean and check every row below it."""
    number = header_row if header_row is not None else detect_header_row(table.rows)
    column_map = map_columns(table.row(number), mapping)
    rows: list[RosterRow] = []
    issues: list[RowIssue] = []
    required = tuple((f, column_map.header_of(f)) for f in REQUIRED_FIELDS if f in column_map.columns)
    layout = _Layout.of(_columns(column_map), required)
    body = [(n, cells) for n, cells in table.rows if n > number]
    first = 0
    while first < len(body) and _repeats_header(body[first][1], column_map):
        first += 1  # a second header line, e.g. the Chinese names under the English ones
    for start in range(first, len(body), _BLOCK):
        block = body[start : start + _BLOCK]
        quick = _quick_block(block, layout)
        if quick is not None:
            rows.extend(quick)
            continue
        for row_number, cells in block:
            row, row_issues = _parse_row(row_number, cells, layout, required)
            if row is not None:
                rows.append(row)
                issues.extend(row_issues)
    if not rows:
        raise ImportFileError(
            msg("The file has a header (row {number}) but no delegate rows below it.", number=number)
        )
    return ParsedRoster(table, number, column_map, tuple(rows), tuple(issues))


def _repeats_header(cells: tuple[str, ...], column_map: ColumnMap) -> bool:
    """True for a row that names at least two fields, each in the column the header gave it (or the column
    of its other language: "职务" under "Title")."""
    named = [(i, field_for_header(c)) for i, c in enumerate(cells) if c.strip()]
    fields = [(i, f) for i, f in named if f]
    return len(fields) >= 2 and all(
        i in (column_map.columns.get(f), column_map.columns.get(OTHER_LANGUAGE.get(f, f))) for i, f in fields
    )


@dataclass(frozen=True)
class _Column:
    """A mapped column as every row's check needs it, looked up once per file instead of once per cell."""

    field: str
    index: int
    header: str
    max_length: int


def _columns(column_map: ColumnMap) -> tuple[_Column, ...]:
    return tuple(
        _Column(field, index, column_map.header_of(field), FIELD_BY_NAME[field].max_length)
        for field, index in column_map.columns.items()
    )


@dataclass(frozen=True)
class _Layout:
    """The mapped columns, and what the quick check of a whole row needs (:func:`_fine`)."""

    columns: tuple[_Column, ...]
    fields: tuple[str, ...]  # each column's field, in column order
    shortest_limit: int  # the smallest of the columns' length limits
    email: int | None  # the email column's place among them
    required: tuple[int, ...]  # the places of the required columns

    @classmethod
    def of(cls, columns: tuple[_Column, ...], required: tuple[tuple[str, str], ...]) -> _Layout:
        fields = tuple(c.field for c in columns)
        return cls(
            columns,
            fields,
            min((c.max_length for c in columns), default=0),
            fields.index("email") if "email" in fields else None,
            tuple(fields.index(field) for field, _ in required),
        )


_BLOCK = 500  # rows tested together by the quick path; a block with any doubt is read row by row


def _quick_block(block: list[tuple[int, tuple[str, ...]]], layout: _Layout) -> list[RosterRow] | None:
    """The rows of a block of rows that all have no problem and that cleaning leaves as they are (most
    blocks), tested together: what :func:`_fine` asks of each row, asked of all their cells at once (the
    cells joined by one separator, between rows as within them, so any row's flaw is the whole's). None
    when in any doubt (a row too short for a column, a required column empty, anything :func:`_fine`
    would refuse): the caller then reads the block row by row."""
    indexes = [c.index for c in layout.columns]
    if len(indexes) < 2 or not layout.required:  # a required text is what keeps a row from being blank
        return None
    needed = max(indexes) + 1
    if min(len(cells) for _, cells in block) < needed:
        return None
    texts = list(map(itemgetter(*indexes), [cells for _, cells in block]))
    cells = list(chain.from_iterable(texts))
    if max(map(len, cells)) > layout.shortest_limit or not already_clean(cells):
        return None
    if not all(all(map(itemgetter(i), texts)) for i in layout.required):
        return None
    if layout.email is not None:
        emails = filter(None, map(itemgetter(layout.email), texts))
        if not all(map(is_email, emails)):
            return None
    values = map(dict, map(zip, repeat(layout.fields), texts))  # as many fields as texts in each
    return list(map(RosterRow, [n for n, _ in block], values))


def _parse_row(
    number: int, cells: tuple[str, ...], layout: _Layout, required: tuple[tuple[str, str], ...]
) -> tuple[RosterRow | None, list[RowIssue]]:
    """A row's cleaned values and its problems; ``required`` holds (field, header) of the required columns."""
    width = len(cells)
    columns = layout.columns
    texts = [cells[c.index] if c.index < width else "" for c in columns]
    if not any(map(str.strip, texts)):
        return None, []
    if _fine(texts, layout):
        return RosterRow(number, dict(zip(layout.fields, texts, strict=True))), []
    # One search of the whole row spares a search per cell: control characters are rare.
    suspect = has_control_characters("".join(texts))
    values: dict[str, str] = {}
    issues: list[RowIssue] = []
    for column, text in zip(columns, texts, strict=False):
        if suspect:
            controls = control_characters(text)
            if controls:
                issues.append(
                    RowIssue(
                        number,
                        column.header,
                        f"Contains control characters ({', '.join(controls)}).",
                        column.field,
                    )
                )
                continue
        value = clean_cell(text)
        if len(value) > column.max_length:
            issues.append(
                RowIssue(
                    number,
                    column.header,
                    f"Too long: {len(value)} characters, at most {column.max_length}.",
                    column.field,
                )
            )
        if column.field == "email" and value and not is_email(value):
            issues.append(
                RowIssue(number, column.header, f"Malformed email address '{value}'.", column.field)
            )
        values[column.field] = value
    for field, header in required:
        if field in values and not values[field]:
            issues.append(RowIssue(number, header, "Required value missing.", field))
    return RosterRow(number, values), issues


def _fine(texts: list[str], layout: _Layout) -> bool:
    """True for a row that has no problem and that cleaning leaves as it is (most rows): its values are its
    texts. Any doubt says False, and the row is checked cell by cell (clean cells have no control
    character either)."""
    if max(map(len, texts)) > layout.shortest_limit or not already_clean(texts):
        return False
    if layout.email is not None:
        email = texts[layout.email]
        if email and not is_email(email):
            return False
    return all(texts[i] for i in layout.required)


def read_roster(
    data: bytes,
    file_name: str = "",
    sheet: str | None = None,
    header_row: int | None = None,
    mapping: Mapping[str, str] | None = None,
) -> ParsedRoster:
    """load_table then parse_table: the whole reading step in one call; every error names the file."""
    with _naming(file_name):
        return parse_table(load_table(data, file_name, sheet), header_row, mapping)
