"""Reading delimited text (comma, semicolon or tab) into raw rows numbered as in the file."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator

from dialogue_planner.domain.errors import ImportFileError

DELIMITERS = (",", ";", "\t")
DELIMITER_NAMES = {",": "comma", ";": "semicolon", "\t": "tab"}
_SNIFF_LINES = 30

# Fields of a hostile file can be huge; the csv module's own limit (128 KiB) is kept.


def sniff_delimiter(text: str) -> str:
    """The delimiter that splits the first lines into the most, and most regular, columns.

    Title rows above the header ("Roster of the MPS delegation") have one column whatever the
    delimiter, so they neither help nor hurt; a tie goes to the comma.
    """
    sample = "\n".join(text.splitlines()[:_SNIFF_LINES])
    best, best_score = ",", (0, 0)
    for delimiter in DELIMITERS:
        try:
            widths = [len(r) for r in csv.reader(io.StringIO(sample), delimiter=delimiter) if any(r)]
        except csv.Error:
            continue
        multi = [w for w in widths if w > 1]
        if not multi:
            continue
        commonest = max(set(multi), key=multi.count)
        score = (multi.count(commonest), commonest)
        if score > best_score:
            best, best_score = delimiter, score
    return best


_SEP_HINT = re.compile(r"^\s*sep=(.)\s*$", re.IGNORECASE)


def separator_hint(text: str) -> str | None:
    """The delimiter named by Excel's "sep=;" first line, if the file starts with one."""
    first = text.split("\n", 1)[0].rstrip("\r")
    match = _SEP_HINT.match(first)
    return match.group(1) if match else None


def iter_csv_rows(text: str, delimiter: str | None = None) -> Iterator[tuple[int, list[str]]]:
    """Yield (row number as in the file, cells); a quoted cell may span lines, the row keeps its start.

    Raises ImportFileError when the text is not readable as delimited rows (an unclosed quote, a field
    beyond the csv module's size limit).
    """
    hint = separator_hint(text)
    delimiter = delimiter or hint or sniff_delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=False)
    start = 1
    try:
        for cells in reader:
            if hint and start == 1:  # the "sep=;" line is Excel's, not a row of the roster
                start = reader.line_num + 1
                continue
            yield start, cells
            start = reader.line_num + 1
    except csv.Error as exc:
        name = DELIMITER_NAMES.get(delimiter, f"'{delimiter}'")
        raise ImportFileError(f"Row {start} cannot be read as {name}-separated text: {exc}.") from None
