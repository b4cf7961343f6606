"""Cleaning and checking one cell of a roster row: spacing, control characters, length, email form."""

from __future__ import annotations

import re
import unicodedata

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


def is_email(text: str) -> bool:
    return bool(_EMAIL.match(text)) and ".." not in text
