"""Reading an XLSX sheet into raw text rows: the streaming reader first, openpyxl (read-only) for the rest.

Excel gives numbers, dates and booleans; a roster wants text. A phone stored as a number keeps its
digits (13800138000, not 1.38e10), an identifier 42.0 reads "42", a date reads ISO "2016-06-14".
"""

from __future__ import annotations

import io
import math
import zipfile
from collections.abc import Iterator
from datetime import date, datetime, time
from decimal import Decimal
from xml.etree.ElementTree import ParseError

from dialogue_planner.domain.errors import ImportFileError

from .roster_xlsx_stream import UnsupportedWorkbook, open_streaming


def cell_text(value: object) -> str:
    """The text a roster cell stands for, whatever type Excel stored it as."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if math.isnan(value) or math.isinf(value):
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


def _streamed(data: bytes):
    """The fast reader, or None when the workbook needs openpyxl."""
    try:
        return open_streaming(io.BytesIO(data))
    except (UnsupportedWorkbook, zipfile.BadZipFile, ParseError, OSError, EOFError):
        return None


def xlsx_sheet_names(data: bytes) -> list[str]:
    """The worksheet names, in workbook order."""
    fast = _streamed(data)
    if fast is not None:
        return [name for name, _ in fast.sheets]
    workbook = _open_workbook(data)
    try:
        return list(workbook.sheetnames)
    finally:
        workbook.close()


def _choose(names: list[str], sheet: str | None) -> str:
    if not names:
        raise ImportFileError("The Excel workbook has no worksheets.")
    if sheet is None:
        return names[0]
    if sheet not in names:
        raise ImportFileError(f"The workbook has no sheet '{sheet}': it has {', '.join(names)}.")
    return sheet


def iter_xlsx_rows(data: bytes, sheet: str | None = None) -> Iterator[tuple[int, list[str]]]:
    """Yield (Excel row number, cell texts) of one sheet (the first when none is named)."""
    fast = _streamed(data)
    if fast is not None:
        chosen = _choose([name for name, _ in fast.sheets], sheet)
        part = dict(fast.sheets)[chosen]
        try:
            rows = [(number, [v if type(v) is str else cell_text(v) for v in values])
                    for number, values in fast.rows(part)]
        except (UnsupportedWorkbook, zipfile.BadZipFile, ParseError, OSError, EOFError, ValueError):
            rows = None
        if rows is not None:
            yield from rows
            return
    yield from _iter_openpyxl_rows(data, sheet)


def _iter_openpyxl_rows(data: bytes, sheet: str | None) -> Iterator[tuple[int, list[str]]]:
    workbook = _open_workbook(data)
    try:
        worksheet = workbook[_choose(list(workbook.sheetnames), sheet)]
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
