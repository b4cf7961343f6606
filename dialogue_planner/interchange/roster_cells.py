"""Cleaning and checking one cell of a roster row: spacing, control characters, length, email form."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

from dialogue_planner.domain import text as text_rules

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
INVISIBLE = dict.fromkeys(map(ord, "\ufeff\u200b\u200e\u200f\u2060"), None)
_EMAIL = re.compile(r"^[^@\s<>()\[\],;:\"]+@[^@\s<>()\[\],;:\"]+\.[^@\s<>()\[\],;:\".]{2,}$")


def control_characters(text: str) -> list[str]:
    """The control characters in a cell (tab and line breaks are spacing, clean_cell folds them) as U+XXXX."""
    return text_rules.control_characters(text, allowed=text_rules.LINE_BREAKS_AND_TABS)


def has_control_characters(text: str) -> bool:
    """The quick test before :func:`control_characters` (it may count tabs and line breaks too)."""
    return text_rules.has_control_characters(text)


_UNSHOWABLE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def shown(text: str, limit: int = 60) -> str:
    """Text from a file as a message may quote it: one line, control characters escaped, cut at ``limit``."""
    text = _UNSHOWABLE.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), text)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def clean_cell(text: str) -> str:
    """A cell as it will be stored: NFC, invisible marks dropped, runs of spacing made one space.

    An apostrophe that an export put before a formula-like value is removed again, so an exported
    roster imports unchanged; the value itself is kept as plain text.
    """
    if not text:
        return ""
    if not text.isascii():
        text = unicodedata.normalize("NFC", text.translate(INVISIBLE))
    text = " ".join(text.split())
    if len(text) > 1 and text[0] == "'" and text[1] in "=+-@":
        text = text[1:]
    return text


def already_clean(cells: Sequence[str]) -> bool:
    """True only when :func:`clean_cell` gives every cell back unchanged: a few scans of the whole row in
    C instead of a call for each cell, for the common row whose cells are clean already.

    A printable text has no control character, no invisible mark and no spacing but the plain space, so
    what remains to look for is a space at a cell's ends or beside another one, a formula's apostrophe,
    and, in text beyond ASCII, a form that is not NFC. A cell holding the separator may be said not clean
    when it is; never the other way round.
    """
    joined = "|".join(cells)
    if (
        not joined.isprintable()
        or "  " in joined
        or " |" in joined
        or "| " in joined
        or joined.startswith(" ")
        or joined.endswith(" ")
    ):
        return False
    if (joined.startswith("'") or "|'" in joined) and any(
        len(cell) > 1 and cell[0] == "'" and cell[1] in "=+-@" for cell in cells
    ):
        return False
    # The separator combines with nothing, so the cells are all NFC exactly when the joined text is.
    return joined.isascii() or unicodedata.is_normalized("NFC", joined)


def is_email(text: str) -> bool:
    return bool(_EMAIL.match(text)) and ".." not in text
