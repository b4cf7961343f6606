"""User text made safe for ReportLab: markup escaped, control characters dropped, lines kept.

ReportLab's Paragraph parses its text as markup ("AT&T" would print "AT&T;", "Zhang <Wei>" would print
"Zhang"), so every string that enters a Paragraph passes through :func:`markup` here, and only here.
"""

from __future__ import annotations

import re
import unicodedata
from xml.sax.saxutils import escape

from .fonts import BOLD_ITALIC_NAME, BOLD_NAME, CJK_BOLD_NAME, CJK_NAME, FONT_NAME, is_latin, runs

_CJK_TAG = f'<font face="{CJK_NAME}">'
_CJK_BOLD_TAG = f'<font face="{CJK_BOLD_NAME}">'
_BOLD_SPAN = re.compile(r"<b>(.*?)</b>", re.S)


def clean(text: object) -> str:
    """Plain text with control and format characters other than line breaks removed."""
    if text is None:
        return ""
    s = str(text)
    if s.isprintable():  # no control, format or surrogate character (nor line break, tab, odd space)
        return s
    s = s.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    return "".join(ch for ch in s if ch == "\n" or unicodedata.category(ch) not in ("Cc", "Cf", "Cs"))


def markup(text: object) -> str:
    """Escaped Paragraph markup for user text; line breaks become <br/>; runs the Latin face lacks
    (Chinese) are set in their own face (fonts.runs)."""
    s = clean(text)
    if is_latin(s):
        return escape(s, {'"': "&quot;"}).replace("\n", "<br/>")
    out = []
    for run, face in runs(s):
        piece = escape(run, {'"': "&quot;"}).replace("\n", "<br/>")
        out.append(piece if face == FONT_NAME else f'<font face="{face}">{piece}</font>')
    return "".join(out)


def embolden(text: str, font_name: str) -> str:
    """Paragraph markup with its CJK runs in the synthetic bold where the text is bold: all of them
    in a bold style, else those inside <b>...</b>. (ReportLab's <font face> takes its weight from the
    face named, so a CJK run inside bold text would otherwise print regular.)"""
    if _CJK_TAG not in text:
        return text
    if font_name in (BOLD_NAME, BOLD_ITALIC_NAME):
        return text.replace(_CJK_TAG, _CJK_BOLD_TAG)
    return _BOLD_SPAN.sub(lambda m: "<b>" + m.group(1).replace(_CJK_TAG, _CJK_BOLD_TAG) + "</b>", text)


def bold(text: object) -> str:
    return f"<b>{markup(text)}</b>"


def shorten(text: object, limit: int) -> str:
    """For bookmarks and running heads: one line, at most ``limit`` characters."""
    s = " ".join(clean(text).split())
    return s if len(s) <= limit else s[: limit - 1].rstrip() + "…"
