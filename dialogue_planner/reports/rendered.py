"""What a render gives its caller, importable without ReportLab: the rendered pack, the characters the
fonts lack, and the error that lists them. The pages and services name these at import; ReportLab itself
(a fifth of what the pages import) is loaded by the first render, on the thread that renders."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from dialogue_planner.domain.errors import ValidationError

# Embeddings, overrides and isolates: a name holding one would read differently in another program.
BIDI_OVERRIDES = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


@dataclass(frozen=True)
class MissingGlyphs:
    """Characters of one field that the font cannot draw."""

    field: str
    text: str
    characters: tuple[str, ...]
    where: str = ""  # the field as a user knows it ("agenda item 12, title"); else ``field``

    def describe(self) -> str:
        chars = ", ".join(
            f"'{c}' (U+{ord(c):04X} {unicodedata.name(c, 'unnamed')}"
            + (", a direction override: remove it" if c in BIDI_OVERRIDES else "")
            + ")"
            for c in self.characters
        )
        shown = self.text if len(self.text) <= 60 else self.text[:57] + "..."
        return f'{self.where or self.field} "{shown}": {chars}'


class FontCoverageError(ValidationError):
    """Some names or texts hold characters the pack's font lacks; ``missing`` says which and where."""

    def __init__(self, missing: list[MissingGlyphs]) -> None:
        lines = [m.describe() for m in missing[:12]]
        more = f"; and {len(missing) - 12} more fields" if len(missing) > 12 else ""
        super().__init__(
            "The briefing font cannot draw some characters; correct these entries or "
            "render with the characters replaced: " + "; ".join(lines) + more
        )
        self.missing = missing


@dataclass(frozen=True)
class RenderedPack:
    """A pack as PDF bytes: its pages, the layout passes it took, and the characters replaced."""

    pdf: bytes
    pages: int
    passes: int
    replaced: tuple[MissingGlyphs, ...] = ()
