"""The ranges every date, number and text a user enters must fall in, checked by the services.

A value outside them is refused with one line a secretary can act on, before it is stored: a meeting
dated in year 1 or 9999, or a response standard of a billion days, would be accepted and then break
every later command that computes with it (calendar export, due dates). The GUI's widgets and the
command line's argument types use the same bounds, so both say the same thing.
"""

from __future__ import annotations

from datetime import date, datetime

from dialogue_planner.domain.errors import ValidationError
from dialogue_planner.domain.messages import msg
from dialogue_planner.domain.text import LINE_BREAKS_AND_TABS, control_characters, one_line

#: The dialogue's plausible life: no date a user gives may fall outside it.
EARLIEST_DAY = date(1990, 1, 1)
LATEST_DAY = date(2100, 12, 31)
#: The longest time a side may be given to acknowledge or answer a request (ten years).
MAX_STANDARD_DAYS = 3650
#: Meeting numbers, record ids and other counts are 32-bit integers in the database.
MAX_RECORD_NUMBER = 2**31 - 1
#: A place in an agenda or a delegation list.
MAX_POSITION = 10_000
#: Free texts: descriptions, notes, outcomes, resolutions, reasons written at length.
MAX_TEXT = 20_000
#: A time zone name (the longest IANA name is about 30 characters).
MAX_ZONE_NAME = 64


def check_day(value: date, what: str = "date") -> date:
    """``value`` if it lies in the dialogue's plausible life, else a ValidationError naming ``what``."""
    if isinstance(value, datetime):
        value = value.date()
    if not EARLIEST_DAY <= value <= LATEST_DAY:
        raise ValidationError(
            msg(
                "The {what} {value} is out of range: give a date between {earliest_day} and {latest_day}.",
                what=what,
                value=value.isoformat(),
                earliest_day=EARLIEST_DAY.isoformat(),
                latest_day=LATEST_DAY.isoformat(),
            )
        )
    return value


def check_optional_day(value: date | None, what: str = "date") -> date | None:
    return None if value is None else check_day(value, what)


def check_instant(value: datetime, what: str = "time") -> datetime:
    """An aware or naive instant whose date (as written) lies in the plausible life; checked before any
    conversion between zones, which overflows at the ends of the calendar."""
    check_day(value.date(), what)
    return value


def check_whole(value: int, what: str, low: int, high: int) -> int:
    """A whole number between ``low`` and ``high`` inclusive."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValidationError(msg("The {what} must be a whole number.", what=what))
    if not low <= value <= high:
        raise ValidationError(
            msg(
                "The {what} must be between {low} and {high}; {short} is not.",
                what=what,
                low=low,
                high=high,
                short=_short(value),
            )
        )
    return value


def check_record_number(value: int, what: str = "number") -> int:
    """A meeting number, an id: 1 or more and small enough to look up."""
    return check_whole(value, what, 1, MAX_RECORD_NUMBER)


def check_position(value: int, what: str = "position") -> int:
    return check_whole(value, what, 0, MAX_POSITION)


def check_standard_days(value: int, what: str = "number of days") -> int:
    return check_whole(value, what, 0, MAX_STANDARD_DAYS)


def check_text(value: str | None, what: str, limit: int = MAX_TEXT, *, multiline: bool = True) -> str:
    """A free text, stripped; ``multiline`` allows tabs and line breaks, other control characters never.
    A one-line text has its runs of spacing (line breaks included) folded into one space."""
    text = "" if value is None else str(value)
    controls = control_characters(text, allowed=LINE_BREAKS_AND_TABS)
    if controls:
        raise ValidationError(
            msg(
                "The {what} contains control characters ({controls}).",
                what=what,
                controls=", ".join(controls),
            )
        )
    text = text.strip() if multiline else " ".join(text.split())
    if len(text) > limit:
        raise ValidationError(
            msg(
                "The {what} is {count} characters long; {limit} is the most allowed.",
                what=what,
                count=len(text),
                limit=limit,
            )
        )
    return text


def check_line(value: str | None, what: str, limit: int) -> str:
    """A one-line text (a title, a city, a reason): spacing folded, no control characters."""
    return check_text(value, what, limit, multiline=False)


def check_name(value: str | None, what: str, limit: int) -> str:
    """A login or a name that is shown in lists and messages: no control character of any kind, not
    even a tab or a line break (they would be echoed into terminals and tables)."""
    text = "" if value is None else str(value)
    controls = control_characters(text)
    if controls:
        raise ValidationError(
            msg(
                "The {what} contains control characters ({controls}).",
                what=what,
                controls=", ".join(controls),
            )
        )
    text = text.strip()
    if len(text) > limit:
        raise ValidationError(
            msg(
                "The {what} is {count} characters long; {limit} is the most allowed.",
                what=what,
                count=len(text),
                limit=limit,
            )
        )
    return text


#: The longest login (a PostgreSQL role name is shorter still: 63 bytes, which the server checks).
MAX_LOGIN = 120


def check_login(value: str | None, what: str = "login") -> str:
    """A login: one word of at most :data:`MAX_LOGIN` characters with no control character, stripped.
    ``what`` says where it came from (``login``, ``DIALOGUE_PLANNER_USER``); the value is echoed on one
    line with its control characters escaped."""
    text = "" if value is None else str(value)
    controls = control_characters(text)
    shown = one_line(text.strip(), limit=60)
    if controls:
        raise ValidationError(
            msg(
                "{what} '{shown}' is not a usable login: it contains control characters ({controls}).",
                what=what,
                shown=shown,
                controls=", ".join(controls),
            )
        )
    text = text.strip()
    if not text or any(c.isspace() for c in text) or len(text) > MAX_LOGIN:
        raise ValidationError(
            msg(
                "{what} '{shown}' is not a usable login: one word, at most {max_login} characters.",
                what=what,
                shown=shown,
                max_login=MAX_LOGIN,
            )
        )
    return text


def _short(value: int) -> str:
    """The number as written, or its size when it is too long to read (or even to convert to text)."""
    if abs(value) < 10**30:
        return str(value)
    return f"{'-' if value < 0 else ''}a number of {int(value.bit_length() * 0.30103) + 1} digits"


def check_key(value: str | None, what: str, limit: int = 320) -> str:
    """A code, reference or name typed to look a record up, stripped: one that holds control characters
    or is longer than any stored one names nothing (and a NUL would not even reach PostgreSQL)."""
    text = ("" if value is None else str(value)).strip()
    if control_characters(text):
        raise ValidationError(
            msg("'{text}' is not a {what}: it contains control characters.", text=text, what=what)
        )
    if len(text) > limit:
        raise ValidationError(
            msg(
                "'{text}' is not a {what}: it is longer than {limit} characters.",
                text=text,
                what=what,
                limit=limit,
            )
        )
    return text


#: The largest document that may be attached to a record (stored in the database, printed in packs).
MAX_DOCUMENT_BYTES = 20 * 1024 * 1024
#: The longest file name a document keeps (most file systems allow 255).
MAX_DOCUMENT_NAME = 255


def size_text(size: int) -> str:
    """A number of bytes as a secretary reads it: "812 bytes", "45 KB", "20 MB" (1 KB = 1,024 bytes)."""
    if size < 1024:
        return f"{size:,} byte{'' if size == 1 else 's'}"
    for unit, scale in (("GB", 1024**3), ("MB", 1024**2), ("KB", 1024)):
        if size >= scale:
            value = size / scale
            return f"{value:,.0f} {unit}" if value >= 10 or value == int(value) else f"{value:.1f} {unit}"
    return f"{size:,} bytes"  # not reached


def check_document_size(size: int, name: str) -> int:
    """A document's size in bytes: something, and at most :data:`MAX_DOCUMENT_BYTES`."""
    if size <= 0:
        raise ValidationError(msg("'{name}' is empty: there is nothing to attach.", name=name))
    if size > MAX_DOCUMENT_BYTES:
        raise ValidationError(
            msg(
                "'{name}' is {size_text} ({size:,} bytes); a document may be at most {size_text2} ({max_document_bytes:,} bytes).",
                name=name,
                size_text=size_text(size),
                size=size,
                size_text2=size_text(MAX_DOCUMENT_BYTES),
                max_document_bytes=MAX_DOCUMENT_BYTES,
            )
        )
    return size
