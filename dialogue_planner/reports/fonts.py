"""The pack's faces: Bitstream Vera Sans (TrueType, with real bold, italic and bold italic) for Latin
text and WenQuanYi Micro Hei for CJK and whatever else Vera lacks, each embedded as a subset; and their
coverage.

WenQuanYi Micro Hei has no bold, and no bold CJK face Debian or PyPI ships is TrueType (Noto Sans CJK
and Source Han Sans are CFF, which ReportLab cannot embed). A CJK run inside bold text is therefore
set in a synthetic bold: the same face registered again as ``CJK_BOLD_NAME``, which
:class:`SyntheticBoldText` draws in text render mode 2 (fill, then stroke the outline in the fill
colour, :data:`SYNTHETIC_BOLD_STROKE` of the size wide). The glyphs' advances are unchanged, so the
layout is the regular face's.

ReportLab has no font fallback and cannot embed CFF fonts, so text is split into runs by face here
(:func:`runs`): a run of characters Vera has is set in Vera, anything else in the CJK face (or, for a
character neither has, in a fallback face when one is installed, e.g. for CJK Extension B).
:func:`missing_glyphs` finds the characters no face can draw before anything is drawn.
"""

from __future__ import annotations

import copy
import dataclasses
import threading
import unicodedata
from array import array
from collections.abc import Iterable, Mapping, Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any, overload
from weakref import WeakKeyDictionary

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.textobject import PDFTextObject

from dialogue_planner.domain.errors import ValidationError
from dialogue_planner.domain.messages import msg
from dialogue_planner.resources_path import resource

from .rendered import BIDI_OVERRIDES, MissingGlyphs

FONT_NAME = "DPSans"  # the Latin family (Vera); the styles' font
BOLD_NAME = "DPSans-Bold"
ITALIC_NAME = "DPSans-Italic"
BOLD_ITALIC_NAME = "DPSans-BoldItalic"
CJK_NAME = "WQYMicroHei"
CJK_BOLD_NAME = "WQYMicroHei-SynthBold"  # the same face, drawn with a stroke (see SyntheticBoldText)
SYNTHETIC_BOLD_STROKE = 0.035  # the outline's stroke width, as a share of the font size
FALLBACK_NAME = "DPFallback"
LATIN_FILES = {
    FONT_NAME: "Vera.ttf",
    BOLD_NAME: "VeraBd.ttf",
    ITALIC_NAME: "VeraIt.ttf",
    BOLD_ITALIC_NAME: "VeraBI.ttf",
}
FONT_FILE = ("fonts", "wqy-microhei.ttc")
# Faces with CJK Extension B and other rare characters, used when installed (the first found).
FALLBACK_CANDIDATES = (
    ("fonts", "fallback.ttf"),
    Path("/usr/share/fonts/truetype/hanazono/HanaMinB.ttf"),
    Path("/usr/share/fonts/truetype/unifont/unifont_upper.ttf"),
    Path("/usr/share/fonts/opentype/unifont/unifont_upper.otf"),
)
REPLACEMENT = "\ufffd"

_lock = threading.Lock()
_fallback: list[str | None] = []


def register_fonts() -> str:
    """Register the faces once per process; returns the Latin family's name (the styles' font)."""
    with _lock:
        if FONT_NAME not in pdfmetrics.getRegisteredFontNames():
            path = resource(*FONT_FILE)
            if not path.is_file():
                raise ValidationError(
                    msg("The briefing font is missing from the installation ({path}).", path=path)
                )
            for name, file in LATIN_FILES.items():
                latin = resource("fonts", file)
                if not latin.is_file():
                    raise ValidationError(
                        msg("The briefing font is missing from the installation ({latin}).", latin=latin)
                    )
                pdfmetrics.registerFont(TTFont(name, str(latin)))
            addMapping(FONT_NAME, 0, 0, FONT_NAME)
            addMapping(FONT_NAME, 1, 0, BOLD_NAME)
            addMapping(FONT_NAME, 0, 1, ITALIC_NAME)
            addMapping(FONT_NAME, 1, 1, BOLD_ITALIC_NAME)
            cjk = _slim(TTFont(CJK_NAME, str(path), subfontIndex=0))
            pdfmetrics.registerFont(cjk)
            pdfmetrics.registerFont(_same_face(cjk, CJK_BOLD_NAME))
            for italic in (0, 1):  # no bold CJK face: bold CJK runs are drawn in a synthetic bold
                addMapping(CJK_NAME, 0, italic, CJK_NAME)
                addMapping(CJK_NAME, 1, italic, CJK_BOLD_NAME)
                addMapping(CJK_BOLD_NAME, 0, italic, CJK_NAME)
                addMapping(CJK_BOLD_NAME, 1, italic, CJK_BOLD_NAME)
            _fallback.append(_register_fallback())
    return FONT_NAME


class _Metrics(Sequence[tuple[Any, Any]]):
    """A face's horizontal metrics, (advance, left side bearing) per glyph, in one array of unsigned
    shorts (as the font file holds them) instead of a list of tuples: WenQuanYi's 49,531 glyphs took
    4 MB as tuples, 0.2 MB here. A pair that is not two such integers (ReportLab stores the scaled
    advance, a float, for the glyphs after the last full metric) is kept as it was, beside the array.
    ReportLab reads them only by index, when it embeds a subset."""

    def __init__(self, pairs: Sequence[tuple[Any, Any]]) -> None:
        self._values = array("H", bytes(4 * len(pairs)))
        self._other: dict[int, tuple[Any, Any]] = {}
        for glyph, pair in enumerate(pairs):
            if len(pair) == 2 and all(type(v) is int and 0 <= v <= 0xFFFF for v in pair):
                self._values[2 * glyph], self._values[2 * glyph + 1] = pair
            else:
                self._other[glyph] = pair

    def __len__(self) -> int:
        return len(self._values) // 2

    @overload
    def __getitem__(self, index: int) -> tuple[Any, Any]: ...
    @overload
    def __getitem__(self, index: slice) -> list[tuple[Any, Any]]: ...
    def __getitem__(self, index):
        if isinstance(index, slice):
            return [self[i] for i in range(len(self))[index]]
        glyph = range(len(self))[index]  # negative indexes and IndexError as a list's
        other = self._other.get(glyph)
        return other if other is not None else (self._values[2 * glyph], self._values[2 * glyph + 1])


def _slim(font: TTFont) -> TTFont:
    """``font`` with the tables ReportLab keeps after parsing a face held compactly (issue 19: peak memory;
    WenQuanYi's parsed face held 22 MB, the file's 5 MB included): the glyphs' positions in an array,
    their metrics as :class:`_Metrics`, and without the glyph -> characters lists, which only HarfBuzz
    shaping reads (not installed: ``font.shapable`` is false). Every value read is the same, so the
    embedded subsets are byte for byte the same. A ReportLab whose face differs is left as it is."""
    face = font.face
    positions = getattr(face, "glyphPos", None)
    if isinstance(positions, list) and all(type(p) is int and 0 <= p <= 0xFFFFFFFF for p in positions):
        face.glyphPos = array("L", positions)
    metrics = getattr(face, "hmetrics", None)
    if isinstance(metrics, list) and all(isinstance(m, tuple) for m in metrics):
        face.hmetrics = _Metrics(metrics)
    if not font.shapable and isinstance(getattr(face, "glyphToChar", None), dict):
        face.glyphToChar = {}  # type: ignore[attr-defined]  # set by the parser; not in the stubs
    return font


def _same_face(font: TTFont, name: str) -> TTFont:
    """``font`` under another name, without reading its file again. ReportLab registers a second font of
    an already registered face as that face's first font anyway (so the synthetic bold's name draws with
    the regular's subsets, as it always did), but a second ``TTFont`` of the file parsed the 5 MB
    collection again into about 22 MB of glyph tables only to drop them (issue 19: peak memory)."""
    twin = copy.copy(font)
    twin.fontName = name
    twin.state = WeakKeyDictionary()
    return twin


def _register_fallback() -> str | None:
    for candidate in FALLBACK_CANDIDATES:
        path = resource(*candidate) if isinstance(candidate, tuple) else candidate
        if path.is_file() and path.suffix.lower() == ".ttf":
            try:
                pdfmetrics.registerFont(_slim(TTFont(FALLBACK_NAME, str(path))))
            except Exception:  # noqa: BLE001 - an unusable optional face is simply not used
                continue
            for bold in (0, 1):
                for italic in (0, 1):
                    addMapping(FALLBACK_NAME, bold, italic, FALLBACK_NAME)
            return FALLBACK_NAME
    return None


def fallback_font() -> str | None:
    register_fonts()
    return _fallback[0] if _fallback else None


_cache: dict[str, frozenset[int]] = {}


def _face_codepoints(name: str) -> frozenset[int]:
    if name not in _cache:
        _cache[name] = frozenset(_char_map(name))
    return _cache[name]


def _char_map(name: str) -> Mapping[int, int]:
    """A registered face's own character -> glyph map (asked directly: no copy of it is kept)."""
    font: TTFont = pdfmetrics.getFont(name)  # type: ignore[assignment]  # registered TTFonts; stubs say Font
    return font.face.charToGlyph


_latin: list[frozenset[int]] = []  # the Latin face's characters, once the faces are registered


def latin_codepoints() -> frozenset[int]:
    """The characters the Latin face draws (asked for every line a pack prints: kept once known)."""
    if not _latin:
        register_fonts()
        _latin.append(_face_codepoints(FONT_NAME))
    return _latin[0]


class Coverage:
    """The characters some face of the pack draws: the Latin face's (a small set) or any the other faces'
    own character maps hold. Copies of the CJK face's 35,000 characters, alone and in a union, held 4 MB
    for the life of the process (issue 19: peak memory)."""

    __slots__ = ("_latin", "_others")

    def __init__(self, latin: frozenset[int], others: tuple[Mapping[int, int], ...]) -> None:
        self._latin = latin
        self._others = others

    def __contains__(self, code: object) -> bool:
        return code in self._latin or any(code in m for m in self._others)

    def issuperset(self, codes: Iterable[int]) -> bool:
        rest = set(codes)
        rest -= self._latin  # the usual text ends here
        return all(any(code in m for m in self._others) for code in rest)


CodePoints = Coverage | frozenset[int]
_coverage: list[Coverage] = []


def covered_codepoints() -> Coverage:
    """Every character some face of the pack can draw."""
    register_fonts()
    if not _coverage:
        others = [CJK_NAME] + ([_fallback[0]] if _fallback and _fallback[0] else [])
        _coverage.append(Coverage(latin_codepoints(), tuple(_char_map(f) for f in others)))
    return _coverage[0]


def is_latin(text: str) -> bool:
    """Whether the Latin face draws every character of the text (then one run, in that face)."""
    return latin_codepoints().issuperset(map(ord, text))


def face_for(ch: str) -> str:
    code = ord(ch)
    if code in latin_codepoints() or ch in "\n\r\t" or unicodedata.category(ch) in ("Cc", "Cf", "Zs"):
        return FONT_NAME
    if code in _char_map(CJK_NAME):
        return CJK_NAME
    fallback = fallback_font()
    if fallback and code in _char_map(fallback):
        return fallback
    return CJK_NAME


@lru_cache(maxsize=8192)
def runs(text: str) -> tuple[tuple[str, str], ...]:
    """The text as (run, face) pieces: Latin in the Latin face, CJK and the rest in theirs."""
    if is_latin(text):
        return ((text, FONT_NAME),) if text else ()
    out: list[tuple[str, str]] = []
    for ch in text:
        face = face_for(ch)
        if out and out[-1][1] == face:
            out[-1] = (out[-1][0] + ch, face)
        else:
            out.append((ch, face))
    return tuple(out)


def text_width(text: str, size: float) -> float:
    """The width of the text set in the pack's faces, run by run."""
    return sum(pdfmetrics.stringWidth(run, face, size) for run, face in runs(text))


def draw_runs(
    canvas, x: float, y: float, text: str, size: float, *, align: str = "left", bold: bool = False
) -> None:
    """One line of text on a canvas, each run in its face (the pack's footer, head and marking)."""
    width = text_width(text, size)
    if align == "right":
        x -= width
    elif align == "centre":
        x -= width / 2
    obj = canvas.beginText(x, y)
    for run, face in runs(text):
        if bold and face in (FONT_NAME, CJK_NAME):
            face = BOLD_NAME if face == FONT_NAME else CJK_BOLD_NAME
        obj.setFont(face, size)
        obj.textOut(run)
    canvas.drawText(obj)


class SyntheticBoldText(PDFTextObject):
    """A text object that draws runs set in ``CJK_BOLD_NAME`` as a synthetic bold: render mode 2 (fill
    and stroke) with the stroke in the fill colour. It ends in render mode 0, so nothing after it is
    stroked."""

    _bold_size: float = 0.0

    def _synthetic(self, name: str, size: float) -> None:
        if name == CJK_BOLD_NAME:
            if self._bold_size != size:
                self._code.append(f"{size * SYNTHETIC_BOLD_STROKE:.3f} w")  # type: ignore[attr-defined]  # set in PDFTextObject.__init__
                self._bold_size = size
            # the fill in force: this text object's own, else the canvas's (set before the text began)
            canvas = self.__dict__.get("_canvas")
            fill = self.__dict__.get("_fillColorObj", getattr(canvas, "_fillColorObj", None))
            if fill is not None:
                PDFTextObject.setStrokeColor(self, fill)
            self.setTextRenderMode(2)
        else:
            self.setTextRenderMode(0)

    def _setFont(self, psfontname, size):  # noqa: N802 - ReportLab's names
        super()._setFont(psfontname, size)
        self._synthetic(psfontname, size)

    def setFont(self, psfontname, size, leading=None):  # noqa: N802
        super().setFont(psfontname, size, leading)
        self._synthetic(psfontname, size)

    def setFillColor(self, color, alpha=None):  # noqa: N802
        super().setFillColor(color, alpha)
        if self._textRenderMode == 2:  # the outline in the new fill colour too
            PDFTextObject.setStrokeColor(self, color)

    def getCode(self):  # noqa: N802
        self.setTextRenderMode(0)
        return super().getCode()


def is_drawable(ch: str, codepoints: CodePoints) -> bool:
    """Line breaks and tabs are layout, not glyphs; format characters (ZWJ, bidi marks) draw nothing."""
    if ch in "\n\r\t":
        return True
    if ch in BIDI_OVERRIDES:  # would reverse what follows: reported, never silently stripped
        return False
    if unicodedata.category(ch) in ("Cc", "Cf"):
        return True
    return ord(ch) in codepoints


def missing_in_text(text: str, codepoints: CodePoints) -> tuple[str, ...]:
    if codepoints.issuperset(map(ord, text)) and not BIDI_OVERRIDES.intersection(text):  # the usual case
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


def _walk(value: object, path: str, codepoints: CodePoints, found: list[MissingGlyphs]) -> None:
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
