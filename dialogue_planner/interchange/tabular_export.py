"""Exporting any table to CSV (UTF-8 with BOM, so Excel shows Chinese) or XLSX, safe to open.

A text cell that a spreadsheet would run as a formula (starting with = + - @, tab or carriage return)
gets a leading apostrophe, in CSV and XLSX alike; XLSX strings are also written with the string type
so openpyxl never turns them into formulas. Numbers and dates stay numbers and dates in XLSX.
Files are written to a temporary name and moved into place, so a failed export never leaves half a file.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from pathlib import Path

from dialogue_planner.domain.errors import ValidationError
from dialogue_planner.domain.messages import msg
from dialogue_planner.files import write_atomically

FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
EXPORT_FORMATS = (".csv", ".xlsx")
_XLSX_SHEET_TITLE_MAX = 31


def neutralise(value: str) -> str:
    """The text with an apostrophe in front when a spreadsheet would read it as a formula."""
    return "'" + value if value.startswith(FORMULA_TRIGGERS) else value


def _csv_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    if isinstance(value, (int, float)):
        return str(value)
    return neutralise(str(value))


def csv_bytes(headers: Sequence[str], rows: Iterable[Sequence[object]]) -> bytes:
    """A CSV file (UTF-8 with BOM, comma, CRLF as Excel writes it) of the header and the rows."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow([_csv_text(h) for h in headers])
    for row in rows:
        writer.writerow([_csv_text(v) for v in row])
    return buffer.getvalue().encode("utf-8-sig")


def xlsx_bytes(
    headers: Sequence[str], rows: Iterable[Sequence[object]], sheet_title: str = "Sheet1"
) -> bytes:
    """An XLSX workbook of one sheet with a bold, frozen header row, streamed (write-only mode)."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.cell.cell import Cell
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(_sheet_title(sheet_title))
    sheet.freeze_panes = "A2"
    widths = [min(max(len(str(h)) + 2, 10), 60) for h in headers]
    for index, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    bold = Font(bold=True)

    def cell(value: object, header: bool = False) -> Cell:
        if isinstance(value, bool):
            value = "yes" if value else "no"
        if isinstance(value, str) or value is None:
            text = neutralise(_strip_illegal(value or ""))
            out = WriteOnlyCell(sheet, value=text or None)
            if text:
                out.data_type = "s"
        else:
            out = WriteOnlyCell(sheet, value=value)  # type: ignore[arg-type]  # dates and Decimals too; stubs omit them
        if header:
            out.font = bold
        return out

    sheet.append([cell(h, header=True) for h in headers])
    for row in rows:
        sheet.append([cell(v) for v in row])
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def _strip_illegal(text: str) -> str:
    """XLSX (XML) cannot hold most control characters: drop them rather than fail the export."""
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    return ILLEGAL_CHARACTERS_RE.sub("", text)


def _sheet_title(title: str) -> str:
    cleaned = "".join("_" if ch in "[]:*?/\\" else ch for ch in title).strip("'") or "Sheet1"
    return cleaned[:_XLSX_SHEET_TITLE_MAX]


def export_format(path: str | Path) -> str:
    """ ".csv" or ".xlsx" from the file name; anything else is a ValidationError."""
    suffix = Path(path).suffix.lower()
    if suffix not in EXPORT_FORMATS:
        raise ValidationError(
            msg("Cannot export to '{name}': the name must end in .csv or .xlsx.", name=Path(path).name)
        )
    return suffix


def write_table(
    path: str | Path, headers: Sequence[str], rows: Iterable[Sequence[object]], sheet_title: str = "Sheet1"
) -> Path:
    """Write the table as CSV or XLSX (chosen by the file name), atomically; returns the path."""
    path = Path(path)
    suffix = export_format(path)
    data = csv_bytes(headers, rows) if suffix == ".csv" else xlsx_bytes(headers, rows, sheet_title)
    directory = path.parent if str(path.parent) else Path(".")
    if not directory.is_dir():
        raise ValidationError(
            msg(
                "Cannot export to {path}: the folder {directory} does not exist.",
                path=path,
                directory=directory,
            )
        )
    try:
        write_atomically(path, data)
    except PermissionError:
        raise ValidationError(
            msg("Cannot export to {path}: permission denied (is the file open in Excel?).", path=path)
        ) from None
    except OSError as exc:
        raise ValidationError(
            msg("Cannot export to {path}: {value}.", path=path, value=exc.strerror or exc)
        ) from None
    return path
