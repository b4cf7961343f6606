"""Excel's stored values as the text a roster cell stands for: numbers keep their digits, dates read ISO.

A phone stored as a number keeps its digits (13800138000, not 1.38e10), an identifier 42.0 reads "42", a
date reads "2016-06-14" (serial numbers become dates when the cell's number format is a date format, as
openpyxl reads them), and text keeps the characters OOXML escapes as ``_xHHHH_``.
"""

from __future__ import annotations

import math
import re
from datetime import date, datetime, time, timedelta
from decimal import Decimal

BUILTIN_DATE_FORMATS = frozenset([*range(14, 23), *range(27, 37), *range(45, 48), *range(50, 59)])
_QUOTED = re.compile(r'"[^"]*"|\[[^\]]*\]|\\.|_.|\*.')
# xsd:double as OOXML writes it; Python's float() would also take "1_000", " 5" or "infinity".
NUMBER = re.compile(r"[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?|-?INF|NaN", re.ASCII)
_ESCAPE = re.compile(r"_x([0-9A-Fa-f]{4})_")
EPOCH_1900 = datetime(1899, 12, 30)
EPOCH_1904 = datetime(1904, 1, 1)
LAST_SERIAL = 2_958_466  # 1 January 10000
_LONGEST_NUMBER = 40  # "-1.2345678901234567E+308" and then some


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


def is_date_format(code: str) -> bool:
    cleaned = _QUOTED.sub("", code).lower()
    if cleaned in ("general", "@", ""):
        return False
    return any(ch in cleaned for ch in "dmyhs") and not cleaned.startswith("[$-f400]")


def excel_datetime(serial: float, epoch: datetime):
    """A serial date as Excel (and openpyxl) reads it: millisecond precision, the fictional 29 Feb 1900
    accounted for, a time of day for serials below 1."""
    day, fraction = divmod(serial, 1)
    diff = timedelta(milliseconds=round(fraction * 86_400_000))
    if 0 <= serial < 1 and diff.days == 0:
        return (datetime.min + diff).time()
    if 0 < serial < 60 and epoch == EPOCH_1900:
        day += 1
    return epoch + timedelta(days=day) + diff


def number_text(raw: str, is_date: bool, epoch: datetime) -> str | None:
    """A numeric cell's text; None when ``raw`` is not a number (Excel's have 17 digits at most)."""
    if len(raw) > _LONGEST_NUMBER:
        return None
    if raw.isdigit() and raw.isascii() and not is_date:
        return raw.lstrip("0") or "0"
    if not NUMBER.fullmatch(raw):
        return None
    number: int | float = int(raw) if raw.isascii() and raw.lstrip("+-").isdigit() else float(raw)
    if is_date and 0 <= number < LAST_SERIAL:
        return cell_text(excel_datetime(number, epoch))
    return cell_text(number)


def iso_text(raw: str) -> str:
    """A cell of type "d" (an ISO 8601 date or time, as strict OOXML stores them), as openpyxl reads it."""
    try:
        return cell_text(datetime.fromisoformat(raw))
    except ValueError:
        return raw


def unescape(text: str) -> str | None:
    """OOXML's ``_xHHHH_`` escapes (``_x000D_`` is a carriage return, ``_x005F_`` an underscore) undone.

    None when the escapes make a lone surrogate, which is no character at all.
    """
    if "_x" not in text:
        return text
    text = _ESCAPE.sub(lambda m: chr(int(m.group(1), 16)), text)
    try:
        return text.encode("utf-16", "surrogatepass").decode("utf-16")
    except UnicodeDecodeError:
        return None
