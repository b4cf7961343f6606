"""Reading an XLSX sheet into raw text rows, through the bounded streaming reader.

There is one reader for every workbook: a second one (openpyxl) for the files the first did not
understand would be a second set of limits to keep, and openpyxl loads the whole shared-strings table and
pads rows to the sheet's claimed width before anything can be checked.
"""

from __future__ import annotations

from collections.abc import Iterator

from dialogue_planner.domain.errors import ImportFileError
from dialogue_planner.domain.messages import msg

from .roster_cells import shown
from .roster_xlsx_stream import StreamingWorkbook
from .roster_xlsx_values import cell_text

__all__ = ["cell_text", "choose_sheet", "iter_xlsx_rows", "open_workbook", "xlsx_sheet_names"]


def open_workbook(data: bytes) -> StreamingWorkbook:
    return StreamingWorkbook(data)


def xlsx_sheet_names(data: bytes) -> list[str]:
    """The worksheet names, in workbook order."""
    return open_workbook(data).sheet_names


def choose_sheet(names: list[str], sheet: str | None) -> str:
    """The sheet to read: the one named, or the first."""
    if not names:
        raise ImportFileError(msg("The Excel workbook has no worksheets."))
    if sheet is None:
        return names[0]
    if sheet not in names:
        listed = ", ".join(shown(n, 31) for n in names[:10]) + (", …" if len(names) > 10 else "")
        raise ImportFileError(
            msg("The workbook has no sheet '{shown}': it has {listed}.", shown=shown(sheet), listed=listed)
        )
    return sheet


def iter_xlsx_rows(data: bytes, sheet: str | None = None) -> Iterator[tuple[int, list[str]]]:
    """Yield (Excel row number, cell texts) of one sheet (the first when none is named)."""
    workbook = open_workbook(data)
    yield from workbook.rows(choose_sheet(workbook.sheet_names, sheet))
