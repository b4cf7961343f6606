"""The one font of the pack: WenQuanYi Micro Hei (TrueType, embedded as a subset), and its coverage.

ReportLab has no font fallback and cannot embed CFF fonts, so every character of the pack must exist
in this TrueType collection; :func:`missing_glyphs` finds those that do not before anything is drawn.
"""

from __future__ import annotations

import dataclasses
import threading
import unicodedata
from dataclasses import dataclass

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from dialogue_planner.domain.errors import ValidationError
from dialogue_planner.resources_path import resource

FONT_NAME = "WQYMicroHei"
FONT_FILE = ("fonts", "wqy-microhei.ttc")
REPLACEMENT = "\ufffd"

_lock = threading.Lock()


def register_fonts() -> str:
    """Register the font once per process (bold and italic map to it: it has no other faces)."""
    with _lock:
        if FONT_NAME not in pdfmetrics.getRegisteredFontNames():
            path = resource(*FONT_FILE)
            if not path.is_file():
                raise ValidationError(f"The briefing font is missing from the installation ({path}).")
            pdfmetrics.registerFont(TTFont(FONT_NAME, str(path), subfontIndex=0))
            for bold in (0, 1):
                for italic in (0, 1):
                    addMapping(FONT_NAME, bold, italic, FONT_NAME)
    return FONT_NAME


def covered_codepoints() -> frozenset[int]:
    register_fonts()
    return _codepoints()


_cache: dict[str, frozenset[int]] = {}


def _codepoints() -> frozenset[int]:
    if FONT_NAME not in _cache:
        _cache[FONT_NAME] = frozenset(pdfmetrics.getFont(FONT_NAME).face.charToGlyph)  # type: ignore[attr-defined]  # a TTFont
    return _cache[FONT_NAME]


def is_drawable(ch: str, codepoints: frozenset[int]) -> bool:
    """Line breaks and tabs are layout, not glyphs; format characters (ZWJ, bidi marks) draw nothing."""
    if ch in "\n\r\t":
        return True
    if unicodedata.category(ch) in ("Cc", "Cf"):
        return True
    return ord(ch) in codepoints


@dataclass(frozen=True)
class MissingGlyphs:
    """Characters of one field that the font cannot draw."""

    field: str
    text: str
    characters: tuple[str, ...]

    def describe(self) -> str:
        chars = ", ".join(f"'{c}' (U+{ord(c):04X} {unicodedata.name(c, 'unnamed')})"
                          for c in self.characters)
        shown = self.text if len(self.text) <= 60 else self.text[:57] + "..."
        return f"{self.field} \"{shown}\": {chars}"


class FontCoverageError(ValidationError):
    """Some names or texts hold characters the pack's font lacks; ``missing`` says which and where."""

    def __init__(self, missing: list[MissingGlyphs]) -> None:
        lines = [m.describe() for m in missing[:12]]
        more = f"; and {len(missing) - 12} more fields" if len(missing) > 12 else ""
        super().__init__("The briefing font cannot draw some characters; correct these entries or "
                         "render with the characters replaced: " + "; ".join(lines) + more)
        self.missing = missing


def missing_in_text(text: str, codepoints: frozenset[int]) -> tuple[str, ...]:
    if codepoints.issuperset(map(ord, text)):  # the usual case, checked at C speed
        return ()
    seen: dict[str, None] = {}
    for ch in text:
        if not is_drawable(ch, codepoints):
            seen.setdefault(ch, None)
    return tuple(seen)


def missing_glyphs(*records: object, names: tuple[str, ...] | None = None) -> list[MissingGlyphs]:
    """Every string field of the records (walked through dataclasses, tuples and dicts) that holds a
    character the font lacks, with a path such as ``delegations[0].members[2].name``."""
    codepoints = covered_codepoints()
    found: list[MissingGlyphs] = []
    labels = names or tuple(type(r).__name__ for r in records)
    for label, record in zip(labels, records, strict=False):
        _walk(record, label, codepoints, found)
    return found


def _walk(value: object, path: str, codepoints: frozenset[int], found: list[MissingGlyphs]) -> None:
    if isinstance(value, str):
        chars = missing_in_text(value, codepoints)
        if chars:
            found.append(MissingGlyphs(path, value, chars))
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for f in dataclasses.fields(value):
            _walk(getattr(value, f.name), f"{path}.{f.name}", codepoints, found)
    elif isinstance(value, (list, tuple)):
        for i, item in enumerate(value):
            _walk(item, f"{path}[{i}]", codepoints, found)
    elif isinstance(value, dict):
        for k, item in value.items():
            _walk(k, f"{path}.{k}", codepoints, found)
            _walk(item, f"{path}[{k!r}]", codepoints, found)
    elif hasattr(value, "__dict__") and not isinstance(value, type):
        for k, item in vars(value).items():
            _walk(item, f"{path}.{k}", codepoints, found)


def replace_missing(text: str) -> str:
    """The text with every character the font lacks shown as U+FFFD (a visible, honest mark)."""
    codepoints = covered_codepoints()
    return "".join(ch if is_drawable(ch, codepoints) else REPLACEMENT for ch in text)
