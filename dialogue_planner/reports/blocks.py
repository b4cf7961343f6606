"""Small layout pieces every section uses: escaped paragraphs, data tables, key-value blocks."""

from __future__ import annotations

from functools import lru_cache

from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph, Table

from .styles import Styles, key_value_style, table_style
from .text import clean, markup


class CellParagraph(Paragraph):
    """A paragraph that remembers its layout for a width. A long table re-measures every remaining row
    each time it splits at a page end: without this, wrapping cells costs time that grows with the
    square of the rows. (Paragraph.split drops the
    layout when a cell finds no room on a page, so the remembered size is only trusted alongside it.)"""

    _wrapped_for: float | None = None

    def wrap(self, available_width, available_height):
        if self._wrapped_for == available_width and "blPara" in self.__dict__:
            return self.width, self.height
        size = super().wrap(available_width, available_height)
        self._wrapped_for = available_width
        return size


def para(text: object, style) -> Paragraph:
    """A paragraph of user or label text: always escaped."""
    return Paragraph(markup(text), style)


def lines(parts: list[tuple[object, object]]) -> Paragraph | str:
    """Several (text, style-tag) parts in one cell: ``("ZHANG Wei", None), ("张伟", "muted")``."""
    out = []
    for text, tag in parts:
        if text in (None, ""):
            continue
        piece = markup(text)
        if tag == "muted":
            piece = f'<font color="#5F6B7A">{piece}</font>'
        elif tag == "warn":
            piece = f'<font color="#A4262C">{piece}</font>'
        elif tag == "bold":
            piece = f"<b>{piece}</b>"
        out.append(piece)
    return "<br/>".join(out)


def data_table(styles: Styles, header: list[str], rows: list[list[object]], widths: list[float],
               *, right: set[int] = frozenset(), extra_styles: list[tuple] = ()) -> Table:
    """A table whose header repeats on every page and whose tall rows may split across pages.

    A cell is plain text or markup made by :func:`lines` (wrapped in a tuple). Plain text is broken
    into lines here and drawn as a string (no markup parsing, several times faster than a Paragraph);
    text that cannot break at spaces (Chinese, one very long word) or runs very long becomes an
    escaped, wrapping Paragraph instead."""
    head = [CellParagraph(markup(h), styles.cell_head_right if i in right else styles.cell_head)
            for i, h in enumerate(header)]
    font, size = styles.cell.fontName, styles.cell.fontSize
    room = [w - 8.5 for w in widths]
    body = []
    for row in rows:
        cells: list[object] = []
        for i, cell in enumerate(row):
            style = styles.cell_right if i in right else styles.cell
            if isinstance(cell, tuple) and len(cell) == 1:
                cells.append(CellParagraph(cell[0], style))
                continue
            text = clean("" if cell is None else cell)
            wrapped = _wrap_plain(text, font, size, room[i])
            cells.append(wrapped if wrapped is not None else CellParagraph(markup(text), style))
        body.append(cells)
    table = Table([head] + body, colWidths=widths, repeatRows=1, splitInRow=1, hAlign="LEFT")
    style = table_style()
    style.add("FONT", (0, 1), (-1, -1), font, size, styles.cell.leading)
    style.add("TEXTCOLOR", (0, 1), (-1, -1), styles.cell.textColor)
    for i in right:
        style.add("ALIGN", (i, 1), (i, -1), "RIGHT")
    for command in extra_styles:
        style.add(*command)
    table.setStyle(style)
    return table


MAX_STRING_LINES = 12


@lru_cache(maxsize=4096)
def _wrap_plain(text: str, font: str, size: float, room: float) -> str | None:
    """The text broken at spaces into lines that fit ``room``, or None when it cannot be. Cached: the
    same short values (sides, kinds, statuses, dates) fill most cells of a long table."""
    if "\n" not in text and stringWidth(text, font, size) <= room:
        return text
    out: list[str] = []
    for line in text.split("\n"):
        parts = simpleSplit(line, font, size, room) or [""]
        if any(stringWidth(p, font, size) > room for p in parts):
            return None
        out.extend(parts)
        if len(out) > MAX_STRING_LINES:
            return None
    return "\n".join(out)


def key_values(styles: Styles, pairs: list[tuple[str, object]], width: float, key_width: float = 110) -> Table:
    """Label/value lines (cover details, agenda item facts); empty values are left out."""
    rows = []
    for key, value in pairs:
        if value in (None, "", ()):
            continue
        cell = Paragraph(value[0], styles.body) if isinstance(value, tuple) else para(value, styles.body)
        rows.append([para(key, styles.muted), cell])
    if not rows:
        rows = [["", ""]]
    table = Table(rows, colWidths=[key_width, width - key_width], hAlign="LEFT", splitInRow=1)
    table.setStyle(key_value_style())
    return table
