"""How big a roster file may be, in one place: every reader checks these before it spends memory.

A roster is tens of thousands of delegates in a few dozen columns; the limits leave room for several times
that and keep the worst file anyone can send (a zip bomb, a sheet claiming 16,384 columns, millions of
shared strings) well under 500 MB of memory and a few seconds of work. Each limit is named, with its value,
in the message that refuses a file, in words a secretary understands.
"""

from __future__ import annotations

from dialogue_planner.domain.errors import ImportFileError
from dialogue_planner.domain.messages import msg

# -- any roster file ---------------------------------------------------------------------------------------
MAX_FILE_BYTES = 50 * 1024 * 1024
"""The file as sent (CSV text or the zipped workbook)."""

MAX_ROWS = 100_000
"""Rows read: lines of a CSV file (blank ones too), rows stored in a sheet."""

MAX_COLUMNS = 200
"""The rightmost column that may hold a value; empty cells further right are ignored."""

MAX_CELLS = 2_000_000
"""Cells read in all: fields of a CSV file, cells stored in a sheet (empty but formatted ones too)."""

MAX_ROW_CHARACTERS = 1_000_000
"""Characters of one CSV row (a quoted cell may hold line breaks, so a row may span lines)."""

MAX_CELL_CHARACTERS = 32_767
"""Characters of one cell: Excel's own limit."""

# -- workbooks (.xlsx) -------------------------------------------------------------------------------------
MAX_SHEETS = 250
MAX_SHARED_STRINGS = 2_000_000
"""Entries of the workbook's shared-strings table (one per distinct text)."""

MAX_SHARED_CHARACTERS = 20_000_000
"""Characters of all shared strings together: they are held in memory while the sheet is read."""

MAX_STYLES = 100_000
"""Cell formats and number formats (Excel itself allows about 64,000)."""

MAX_ARCHIVE_MEMBERS = 10_000
"""Parts in the zip archive (a workbook has tens; sheets with pictures and comments add a few each)."""

MAX_PART_BYTES = 200 * 1024 * 1024
"""One part unpacked: a sheet of two million cells is about 100-150 MB of XML."""

MAX_UNPACKED_BYTES = 512 * 1024 * 1024
"""All parts unpacked together."""

MAX_COMPRESSION_RATIO = 100
"""Unpacked size against packed size of a part (as Apache POI checks): XML packs 5-30 times, bombs 1,000."""

COMPRESSION_RATIO_FROM_BYTES = 1024 * 1024
"""Parts smaller than this unpacked are not held to the ratio: a short, repetitive part packs very well."""

MAX_XML_DEPTH = 64
"""Nesting of XML elements (a sheet needs six)."""

MAX_XML_NAMES = 1_000
"""Different element and attribute names in a workbook part (a sheet uses a few dozen): expat keeps every
name it has seen until the part ends."""

MAX_XML_NAME_CHARACTERS = 256
"""One element or attribute name."""

MAX_KEPT_CHARACTERS = 1_024
"""An attribute the reader keeps for later (a sheet's name, a part's name and type): Excel's are short."""

MAX_XML_TOKEN_BYTES = 1024 * 1024
"""Bytes from one ">" to the next in a workbook part: a tag with its attributes, or a text. Expat keeps a
whole tag, and Python all its attributes, before the reader sees any of it; a cell's text (32,767
characters, at most 128 KB) fits many times over."""


def count(number: int) -> str:
    """A number as the messages print it: 16,384."""
    return f"{number:,}"


def megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):,.0f} MB"


def beyond(found: str, limit: int | str, allowed: str = "a roster may have") -> ImportFileError:
    """A file refused for a limit, in one line: "Sheet 'Roster' claims 16,384 columns; a roster may have at
    most 200."."""
    shown = count(limit) if isinstance(limit, int) else limit
    return ImportFileError(
        msg("{found}; {allowed} at most {shown}.", found=found, allowed=allowed, shown=shown)
    )
