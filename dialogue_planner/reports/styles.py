"""Colours, paragraph and table styles of the pack: one restrained palette, one Latin family (regular
and bold) with a CJK face for Chinese runs."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import TableStyle

from .fonts import BOLD_NAME, register_fonts

INK = colors.HexColor("#1F2933")
MUTED = colors.HexColor("#5F6B7A")
ACCENT = colors.HexColor("#1D4E89")
ACCENT_LIGHT = colors.HexColor("#E8EEF6")
RULE = colors.HexColor("#C5CED8")
ZEBRA = colors.HexColor("#F6F8FA")
WARN = colors.HexColor("#A4262C")
WARN_LIGHT = colors.HexColor("#FBEAEA")
SERIES = (
    colors.HexColor("#1D4E89"),
    colors.HexColor("#D08C2B"),
    colors.HexColor("#4C8C4A"),
    colors.HexColor("#A4262C"),
)


@dataclass(frozen=True)
class Styles:
    body: ParagraphStyle
    small: ParagraphStyle
    muted: ParagraphStyle
    cell: ParagraphStyle
    cell_head: ParagraphStyle
    cell_head_right: ParagraphStyle
    cell_right: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    h3: ParagraphStyle
    cover_kicker: ParagraphStyle
    cover_title: ParagraphStyle
    cover_subtitle: ParagraphStyle
    cover_meeting: ParagraphStyle
    cover_copy: ParagraphStyle
    marking: ParagraphStyle
    toc_levels: tuple[ParagraphStyle, ...]


def make_styles() -> Styles:
    font = register_fonts()

    def style(name: str, size: float, leading: float, **kw) -> ParagraphStyle:
        kw.setdefault("textColor", INK)
        kw.setdefault("fontName", font)
        return ParagraphStyle(name, fontSize=size, leading=leading, **kw)

    return Styles(
        body=style("body", 10, 14, spaceAfter=6),
        small=style("small", 8.5, 11),
        muted=style("muted", 9, 12, textColor=MUTED, spaceAfter=6),
        cell=style("cell", 8.5, 11),
        cell_head=style("cell_head", 8, 10.5, textColor=colors.white, fontName=BOLD_NAME),
        cell_head_right=style(
            "cell_head_right", 8, 10.5, textColor=colors.white, alignment=TA_RIGHT, fontName=BOLD_NAME
        ),
        cell_right=style("cell_right", 8.5, 11, alignment=TA_RIGHT),
        h1=style(
            "h1", 17, 22, fontName=BOLD_NAME, keepWithNext=1, textColor=ACCENT, spaceBefore=4, spaceAfter=10
        ),
        h2=style(
            "h2", 12.5, 16, fontName=BOLD_NAME, keepWithNext=1, textColor=ACCENT, spaceBefore=12, spaceAfter=6
        ),
        h3=style(
            "h3", 10.5, 14, fontName=BOLD_NAME, keepWithNext=1, textColor=INK, spaceBefore=8, spaceAfter=4
        ),
        cover_kicker=style("cover_kicker", 11, 15, textColor=MUTED, alignment=TA_LEFT),
        cover_title=style("cover_title", 22, 29, fontName=BOLD_NAME, textColor=ACCENT, spaceAfter=4),
        cover_subtitle=style("cover_subtitle", 15, 21, textColor=INK, spaceAfter=18),
        cover_meeting=style("cover_meeting", 19, 25, textColor=INK, spaceBefore=6, spaceAfter=14),
        cover_copy=style("cover_copy", 12, 16, fontName=BOLD_NAME, textColor=WARN, alignment=TA_LEFT),
        marking=style("marking", 10, 13, textColor=WARN, alignment=TA_CENTER),
        toc_levels=(
            style("toc0", 11, 15, leftIndent=0, firstLineIndent=0, spaceBefore=5),
            style("toc1", 9.5, 12.5, leftIndent=16, firstLineIndent=0, textColor=MUTED),
        ),
    )


def table_style(header_rows: int = 1, *, zebra: bool = True) -> TableStyle:
    """Header band in the accent colour, thin rules, zebra rows; header repeats on every page."""
    commands: list[Any] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
    ]
    if header_rows:
        commands += [
            ("BACKGROUND", (0, 0), (-1, header_rows - 1), ACCENT),
            ("LINEBELOW", (0, header_rows - 1), (-1, header_rows - 1), 0.8, ACCENT),
        ]
    if zebra:
        commands.append(("ROWBACKGROUNDS", (0, header_rows), (-1, -1), [colors.white, ZEBRA]))
    return TableStyle(commands)


def key_value_style() -> TableStyle:
    return TableStyle(
        [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 8),
            ("TOPPADDING", (0, 0), (-1, -1), 2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ]
    )
