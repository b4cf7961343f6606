"""Printing for people (aligned tables, wide CJK characters counted as two) and for scripts (JSON)."""

from __future__ import annotations

import dataclasses
import json
import sys
import unicodedata
from datetime import date, datetime, time
from enum import Enum

from dialogue_planner.domain.text import has_control_characters, one_line


def to_jsonable(value):
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_jsonable(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, dict):
        return {str(k): to_jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, set, frozenset)):
        return [to_jsonable(v) for v in value]
    if isinstance(value, (datetime, date, time)):
        return value.isoformat()
    if isinstance(value, Enum):
        return value.value
    return value


def emit_json(value, stream=None) -> None:
    stream = stream or sys.stdout
    json.dump(to_jsonable(value), stream, ensure_ascii=False, indent=2)
    stream.write("\n")


def display_width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def _pad(text: str, width: int) -> str:
    return text + " " * (width - display_width(text))


def table_cell(value) -> str:
    """A value as one table cell: line breaks and tabs of a multi-line text become spaces, any other
    control character (a terminal escape sequence stored in a name, say) is shown escaped."""
    text = "" if value is None else str(value)
    if not has_control_characters(text):  # nearly every cell: one search, no copy
        return text
    return one_line(
        text.replace("\r\n", " ").replace("\n", " ").replace("\r", " ").replace("\t", " "),
        limit=8 * len(text),
    )


def print_table(rows: list[list], headers: list[str], stream=None) -> None:
    """An aligned plain-text table; an empty list prints the headers and '(none)'."""
    stream = stream or sys.stdout
    cells = [[table_cell(v) for v in row] for row in rows]
    widths = [display_width(h) for h in headers]
    for row in cells:
        for i, v in enumerate(row):
            widths[i] = max(widths[i], display_width(v))
    stream.write("  ".join(_pad(h, w) for h, w in zip(headers, widths, strict=True)).rstrip() + "\n")
    stream.write("  ".join("-" * w for w in widths) + "\n")
    for row in cells:
        stream.write("  ".join(_pad(v, w) for v, w in zip(row, widths, strict=False)).rstrip() + "\n")
    if not cells:
        stream.write("(none)\n")
