"""Cleaning and checking one cell of a roster row: spacing, control characters, length, email form."""

from __future__ import annotations

import re
import unicodedata

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
INVISIBLE = dict.fromkeys(map(ord, "\ufeff\u200b\u200e\u200f\u2060"), None)
_EMAIL = re.compile(r"^[^@\s<>()\[\],;:\"]+@[^@\s<>()\[\],;:\"]+\.[^@\s<>()\[\],;:\".]{2,}$")


_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")  # category Cc, less tab and line breaks


def control_characters(text: str) -> list[str]:
    """The control characters in a text (other than tab and line breaks), as U+XXXX."""
    found: list[str] = []
    for ch in _CONTROL.findall(text):
        code = f"U+{ord(ch):04X}"
        if code not in found:
            found.append(code)
    return found


def has_control_characters(text: str) -> bool:
    return _CONTROL.search(text) is not None


_UNSHOWABLE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def shown(text: str, limit: int = 60) -> str:
    """Text from a file as a message may quote it: one line, control characters escaped, cut at ``limit``."""
    text = _UNSHOWABLE.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), text)
    return text if len(text) <= limit else text[:limit - 1] + "…"


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
