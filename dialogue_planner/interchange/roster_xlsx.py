"""Reading an XLSX sheet into raw text rows, streamed (read-only mode) so memory stays flat.

Excel gives numbers, dates and booleans; a roster wants text. A phone stored as a number keeps its
digits (13800138000, not 1.38e10), an identifier 42.0 reads "42", a date reads ISO "2016-06-14".
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator
from datetime import date, datetime, time
from decimal import Decimal

from dialogue_planner.domain.errors import ImportFileError


def cell_text(value: object) -> str:
    """The text a roster cell stands for, whatever type Excel stored it as."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")):
            return ""
        if value.is_integer() and abs(value) < 1e17:
            return str(int(value))
        return format(Decimal(repr(value)), "f")
    if isinstance(value, datetime):
        if value.time() == time(0, 0):
            return value.date().isoformat()
        return value.isoformat(sep=" ", timespec="minutes")
    if isinstance(value, (date, time)):
        return value.isoformat()
    return str(value)


def _open_workbook(data: bytes):
    from openpyxl import load_workbook

    try:
        return load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, EOFError) as exc:
        raise ImportFileError(f"The Excel workbook is damaged or not an .xlsx file ({exc.__class__.__name__}).") from None
    except Exception as exc:  # openpyxl raises many kinds of errors on hostile archives
        raise ImportFileError(f"The Excel workbook cannot be read: {exc}") from None


def xlsx_sheet_names(data: bytes) -> list[str]:
    """The worksheet names, in workbook order."""
    workbook = _open_workbook(data)
    try:
        return list(workbook.sheetnames)
    finally:
        workbook.close()


def iter_xlsx_rows(data: bytes, sheet: str | None = None) -> Iterator[tuple[int, list[str]]]:
    """Yield (Excel row number, cell texts) of one sheet (the first when none is named)."""
    workbook = _open_workbook(data)
    try:
        names = list(workbook.sheetnames)
        if not names:
            raise ImportFileError("The Excel workbook has no worksheets.")
        if sheet is None:
            worksheet = workbook[names[0]]
        elif sheet in names:
            worksheet = workbook[sheet]
        else:
            raise ImportFileError(f"The workbook has no sheet '{sheet}': it has {', '.join(names)}.")
        if not hasattr(worksheet, "iter_rows"):
            raise ImportFileError(f"Sheet '{worksheet.title}' is a chart, not a table.")
        # Stored dimensions are often wrong in files written by other tools: read every row there is.
        worksheet.reset_dimensions()
        try:
            for row_number, values in enumerate(worksheet.iter_rows(values_only=True), start=1):
                yield row_number, [cell_text(v) for v in values]
        except ImportFileError:
            raise
        except Exception as exc:
            raise ImportFileError(f"The Excel workbook cannot be read: {exc}") from None
    finally:
        workbook.close()
