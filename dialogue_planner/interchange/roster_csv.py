"""Reading delimited text (comma, semicolon or tab) into raw rows numbered as in the file.

The csv module reads strictly: a quote that is never closed, or text after a closing quote, is an error
naming the line where the quoted cell began, never a cell that swallows the rows after it. Spaces before
an opening quote are skipped (``CN, "Zhang, Wei"`` is two cells, as its writer meant); a quote inside an
unquoted cell (``Zhang "Tony" Wei``) is kept as written, as Excel keeps it. Rows, columns, cells and the
characters of one row are bounded (:mod:`roster_limits`) before the csv module builds a row's list.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator
from itertools import islice

from dialogue_planner.domain.errors import ImportFileError
from dialogue_planner.domain.messages import msg

from . import roster_limits as limits
from .roster_cells import shown
from .roster_header import column_letter
from .roster_limits import beyond, count

DELIMITERS = (",", ";", "\t")
DELIMITER_NAMES = {",": "comma", ";": "semicolon", "\t": "tab"}
_SNIFF_LINES = 30
_SNIFF_CHARACTERS = 64 * 1024


def sniff_delimiter(text: str) -> str:
    """The delimiter that splits the first lines into the most, and most regular, columns.

    Title rows above the header ("Roster of the MPS delegation") have one column whatever the
    delimiter, so they neither help nor hurt; a tie goes to the comma.
    """
    sample = "".join(islice(io.StringIO(text[:_SNIFF_CHARACTERS], newline=""), _SNIFF_LINES))
    best, best_score = ",", (0, 0)
    for delimiter in DELIMITERS:
        try:
            rows = csv.reader(io.StringIO(sample, newline=""), delimiter=delimiter)
            widths = [len(r) for r in rows if any(r)]
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
    first = text[:64].split("\n", 1)[0].rstrip("\r")
    match = _SEP_HINT.match(first)
    if match is None:
        return None
    delimiter = match.group(1)
    if delimiter != "\t" and (delimiter == '"' or delimiter.isspace() or not delimiter.isprintable()):
        raise ImportFileError(
            msg(
                "The first line (sep={shown}) names a separator that cannot separate cells: use a comma, a semicolon or a tab.",
                shown=shown(delimiter),
            )
        )
    return delimiter


class _RowTooLong(Exception):
    pass


_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)?")  # a line as the csv module counts them: CR LF, LF or CR
# Where str.splitlines also breaks a line (the csv module does not).
_OTHER_BREAKS = re.compile("[\v\f\x1c\x1d\x1e\x85\u2028\u2029]")


class _Lines:
    """The text's lines for the csv reader, without a copy of the text (io.StringIO keeps four bytes a
    character); a row (``used`` characters since ``row_start``) longer than allowed stops the reading
    before the csv module builds it."""

    __slots__ = ("_position", "_size", "_text", "row_start", "used")

    def __init__(self, text: str) -> None:
        self._text, self._position, self._size = text, 0, len(text)
        self.used = self.row_start = 0

    def __iter__(self) -> _Lines:
        return self

    def __next__(self) -> str:
        start = self._position
        if start >= self._size:
            raise StopIteration
        line = _LINE.match(self._text, start)
        assert line is not None  # the pattern matches an empty line too
        end = line.end()
        self.used += end - start
        if self.used > limits.MAX_ROW_CHARACTERS:
            raise _RowTooLong
        self._position = end
        return self._text[start:end]

    def next_row(self) -> None:
        self.used, self.row_start = 0, self._position


def _unquoted_rows(text: str, delimiter: str) -> list[list[str]] | None:
    """The rows of a text with no quote and no longer than a row may be, when they are within the limits
    of rows, columns and cells (the text's length bounds them already); None when the reading line by
    line is to say what is wrong (a limit, a cell beyond the csv module's size limit)."""
    try:
        rows = list(csv.reader(_lines_of(text), delimiter=delimiter, strict=True, skipinitialspace=True))
    except csv.Error:
        return None
    if (
        len(rows) > limits.MAX_ROWS
        or max(map(len, rows), default=0) > limits.MAX_COLUMNS
        or sum(map(len, rows)) > limits.MAX_CELLS
    ):
        return None
    return rows


def _lines_of(text: str) -> Iterator[str]:
    """The text's lines as :class:`_Lines` gives them, cut in C: by ``str.splitlines`` when the text
    holds none of the other characters it breaks lines at, else by the pattern (whose one empty match
    is the text's end)."""
    if _OTHER_BREAKS.search(text) is None:
        return iter(text.splitlines(keepends=True))
    return filter(None, map(re.Match.group, _LINE.finditer(text)))


def _line_start(text: str, line: int) -> int:
    """Where line ``line`` (1 for the first) begins in ``text``, lines counted as :class:`_Lines` counts them."""
    position, size = 0, len(text)
    for _ in range(line - 1):
        if position >= size:
            break
        found = _LINE.match(text, position)
        assert found is not None  # the pattern matches an empty line too
        position = found.end()
    return position


def iter_csv_rows(text: str, delimiter: str | None = None) -> Iterator[tuple[int, list[str]]]:
    """Yield (row number as in the file, cells); a quoted cell may span lines, the row keeps its start.

    Raises ImportFileError when the text is not readable as delimited rows (an unclosed quote, text after
    a closing quote, a cell beyond the csv module's size limit) or goes beyond a limit.
    """
    hint = separator_hint(text)
    delimiter = delimiter or hint or sniff_delimiter(text)
    # A text no longer than a row may be has no row too long, so its lines are cut in C, not counted.
    whole = len(text) <= limits.MAX_ROW_CHARACTERS
    if whole and '"' not in text:  # no quoted cell: a row is a line, and the rows are read in C at once
        rows_read = _unquoted_rows(text, delimiter)
        if rows_read is not None:
            numbered = enumerate(rows_read, 1)
            if hint:
                next(numbered)  # the "sep=;" line is Excel's, not a row of the roster
            yield from numbered
            return
    lines = _Lines(text)
    reader = csv.reader(
        _lines_of(text) if whole else lines, delimiter=delimiter, strict=True, skipinitialspace=True
    )
    start, rows, cells_read = 1, 0, 0
    try:
        for cells in reader:
            number, start = start, reader.line_num + 1
            if not whole:
                lines.next_row()
            rows += 1
            if rows > limits.MAX_ROWS:
                raise beyond(f"The file has more than {count(limits.MAX_ROWS)} rows", limits.MAX_ROWS)
            if hint and number == 1:  # the "sep=;" line is Excel's, not a row of the roster
                continue
            if len(cells) > limits.MAX_COLUMNS:
                _check_far_columns(number, cells)
                del cells[limits.MAX_COLUMNS :]
            cells_read += len(cells)
            if cells_read > limits.MAX_CELLS:
                raise beyond(f"The file has more than {count(limits.MAX_CELLS)} cells", limits.MAX_CELLS)
            yield number, cells
    except csv.Error as exc:
        row_start = _line_start(text, start) if whole else lines.row_start
        raise _unreadable(text, row_start, start, delimiter, str(exc)) from None
    except _RowTooLong:
        raise _unreadable(text, lines.row_start, start, delimiter, "") from None


def _check_far_columns(number: int, cells: list[str]) -> None:
    for index in range(limits.MAX_COLUMNS, len(cells)):
        if cells[index].strip():
            found = f"Row {number} has a value in column {column_letter(index)} (column {count(index + 1)})"
            raise beyond(found, f"{count(limits.MAX_COLUMNS)} columns")


def _unreadable(text: str, offset: int, start: int, delimiter: str, reason: str) -> ImportFileError:
    """The clearest account of why the row beginning on line ``start`` (at ``offset``) cannot be read."""
    window = text[offset : offset + limits.MAX_ROW_CHARACTERS + csv.field_size_limit() + 2]
    problem = quote_problem(window, delimiter, start)
    limit = count(csv.field_size_limit())
    if problem is not None:
        kind, opened, line = problem
        if kind == "unclosed" and "field larger" in reason:
            return ImportFileError(
                msg(
                    'Line {opened}: a cell opens with a quote (") that is not closed within {limit} characters; add the closing quote and import again.',
                    opened=opened,
                    limit=limit,
                )
            )
        if kind == "unclosed":
            return ImportFileError(
                msg(
                    'Line {opened}: a cell opens with a quote (") that is never closed; add the closing quote and import again.',
                    opened=opened,
                )
            )
        if line > opened:
            return ImportFileError(
                msg(
                    'Line {opened}: the quote (") that opens a cell is not closed on that line but runs on to line {line}; check the quotes on line {opened} and import again.',
                    opened=opened,
                    line=line,
                )
            )
        return ImportFileError(
            msg(
                'Line {line}: a quoted cell has text after its closing quote ("); put the whole cell in quotes and double every quote inside it ("").',
                line=line,
            )
        )
    if "field larger" in reason:
        return ImportFileError(
            msg("Line {start}: a cell holds more than {limit} characters.", start=start, limit=limit)
        )
    if not reason:
        most = count(limits.MAX_ROW_CHARACTERS)
        return beyond(
            f"Line {start}: the row is longer than {most} characters",
            limits.MAX_ROW_CHARACTERS,
            "a roster row may have",
        )
    name = DELIMITER_NAMES.get(delimiter, f"'{delimiter}'")
    return ImportFileError(
        msg(
            "Line {start} cannot be read as {name}-separated text: {reason}.",
            start=start,
            name=name,
            reason=reason,
        )
    )


def _breaks(text: str) -> int:
    """Line breaks in ``text``, counted as the csv reader counts lines (CR LF, LF or CR alone)."""
    return text.count("\n") + text.count("\r") - text.count("\r\n")


def quote_problem(text: str, delimiter: str, first_line: int) -> tuple[str, int, int] | None:
    """Where the quoting of a row (``text`` from its first line on) goes wrong, as the strict reader sees it.

    ("unclosed", line opened, line opened) for a quote never closed; ("after", line opened, line closed)
    for text after a closing quote; None when the row's quotes are sound. A quoted cell opens only at the
    start of a cell (after spaces); quotes inside an unquoted cell are plain text.
    """
    opening = re.compile(f'(?:^|(?<={re.escape(delimiter)})) *"')
    row_end = re.compile(r"[\r\n]")
    position, line = 0, first_line
    while True:
        found = opening.search(text, position)
        end = row_end.search(text, position)
        if found is None or (end is not None and end.start() < found.start()):
            return None
        opened, i = line, found.end()
        while True:
            j = text.find('"', i)
            if j < 0:
                return "unclosed", opened, opened
            line += _breaks(text[i:j])
            if text.startswith('""', j):
                i = j + 2
                continue
            i = j + 1
            break
        if i < len(text) and text[i] not in (delimiter, "\r", "\n"):
            return "after", opened, line
        position = i
