"""Small layout pieces every section uses: paragraphs, data tables, key-value blocks, and the cheap
text they are mostly made of (TextLines in PackTables, printing as the Paragraphs they stand for)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from functools import lru_cache

from reportlab.lib.colors import Color, HexColor
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph, Spacer, Table

from .fonts import BOLD_NAME, FONT_NAME, is_latin, runs, text_width
from .styles import Styles, key_value_style, table_style
from .text import clean, embolden, markup


class CellParagraph(Paragraph):
    """A paragraph that remembers its layout for a width. A long table re-measures every remaining row
    each time it splits at a page end: without this, wrapping cells costs time that grows with the
    square of the rows. (Paragraph.split drops the layout when a cell finds no room on a page, so the
    remembered size is only trusted alongside it.)"""

    _wrapped_for: float | None = None

    def __init__(self, text, style, *args, **kwargs) -> None:
        if isinstance(text, str):  # CJK runs in bold text drawn bold (text.embolden)
            text = embolden(text, style.fontName)
        super().__init__(text, style, *args, **kwargs)

    def wrap(self, available_width, available_height):
        if self._wrapped_for == available_width and "blPara" in self.__dict__:
            return self.width, self.height
        size = super().wrap(available_width, available_height)
        self._wrapped_for = available_width
        return size


def para(text: object, style) -> Flowable:
    """A paragraph of user or label text: TextLines where it lays out as the Paragraph of the escaped
    text would, else that Paragraph (see :func:`text_cell`)."""
    return text_cell(((clean(text), None),), style)


# Tags of Lines parts, and their colours (styles.MUTED and styles.WARN).
TAG_HEX = {"muted": "#5F6B7A", "warn": "#A4262C"}
TAG_COLOURS: dict[str | None, Color] = {tag: HexColor(value) for tag, value in TAG_HEX.items()}
SPACE_SHRINKAGE = 0.05  # ParagraphStyle.spaceShrinkage (rl_config), how far a line may overrun
CELL_PADDING = 4  # styles.table_style: left and right padding of every cell
KEY_VALUE_PADDING = 8  # styles.key_value_style: left and right padding together


@dataclass(frozen=True)
class Lines:
    """Several (text, tag) parts in one cell, each on a line of its own:
    ``lines([("ZHANG Wei", "bold"), ("张伟", "muted")])``. Tags: None, "bold", "muted", "warn"."""

    parts: tuple[tuple[str, str | None], ...]

    def markup(self) -> str:
        """The same lines as escaped Paragraph markup."""
        out = []
        for text, tag in self.parts:
            piece = markup(text)
            if tag in TAG_HEX:
                piece = f'<font color="{TAG_HEX[tag]}">{piece}</font>'
            elif tag == "bold":
                piece = f"<b>{piece}</b>"
            out.append(piece)
        return "<br/>".join(out)


def lines(parts: Sequence[tuple[object, str | None]]) -> Lines:
    """Several (text, style-tag) parts in one cell; empty parts are left out."""
    return Lines(tuple((clean(text), tag) for text, tag in parts if text not in (None, "")))


# A laid-out line: text, colour, the width Paragraph counts, and its font (Runs: its pieces in their faces).
_Line = tuple[str, object, float, "str | Runs"]


class TextLines(Flowable):
    """Plain text lines (a table cell, or a paragraph in the frame), each part in its own colour, laid
    out exactly as a Paragraph of the same style lays out the same text (greedy breaks at white space,
    the same 5% allowance for squeezing spaces, long words cut alike, the first baseline one font size
    below the top, the same splitting at a page end) without parsing markup or building fragments:
    it costs a fraction of a Paragraph, and a long pack has thousands of them. Made by
    :func:`text_cell`, which keeps a Paragraph wherever this could not do the same; at a width where
    it cannot (a word to cut in text of several fragments) it hands over to that Paragraph."""

    def __init__(
        self,
        parts: tuple[tuple[str, object] | tuple[str, object, str], ...],
        style,
        *,
        cut: bool = False,
        markup: str = "",
    ) -> None:
        super().__init__()
        self.parts = parts  # (text, colour[, font]); "\n" in a text starts a line
        self.style = style
        self.cut = cut  # cut words wider than a line, as a Paragraph of one fragment does
        self.markup = markup  # the Paragraph's text, for a width where this cannot do the same
        self._broken: tuple[float, list[_Line] | None] | None = None
        self._paragraph: Paragraph | None = None

    def _lines(self, width: float) -> list[_Line] | None:
        """(text, colour, width Paragraph counts) of each line at this width; None where a word is
        wider than the line and this may not cut it (the Paragraph then stands in)."""
        if self._broken is None or self._broken[0] != width:
            style = self.style
            out: list[_Line] = []
            fits = True
            for part in self.parts:
                text, colour = part[0], part[1]
                font = str(part[2]) if len(part) > 2 else style.fontName
                for line in text.split("\n"):
                    if not is_latin(line):  # runs in other faces (an arrow, Chinese)
                        mixed = break_runs(line, font, style.fontSize, width)
                        if mixed is None:
                            fits = False
                            break
                        out += [(piece, colour, used, pieces) for piece, used, pieces in mixed]
                    else:
                        broken = break_line(line, font, style.fontSize, width, self.cut)
                        if broken is None:
                            fits = False
                            break
                        out += [(piece, colour, used, font) for piece, used in broken]
                if not fits:
                    break
            self._broken = (width, out if fits else None)
        return self._broken[1]

    def stands_in(self, width: float) -> bool:
        """Whether the Paragraph stands in for this at this width."""
        return self._lines(width) is None

    def paragraph(self) -> Paragraph:
        if self._paragraph is None:
            self._paragraph = CellParagraph(self.markup, self.style)
        return self._paragraph

    def wrap(self, available_width, available_height):
        if self.stands_in(available_width):
            self.width, self.height = self.paragraph().wrap(available_width, available_height)
        else:
            self.width = available_width
            self.height = len(self._lines(available_width)) * self.style.leading
        return self.width, self.height

    def split(self, available_width, available_height):
        """At line ends, as Paragraph splits: the lines of the last layout (a Table splitting a row
        passes the column's width, padding included), never a single line left at the foot of a page."""
        width = self._broken[0] if self._broken is not None else available_width
        if self.stands_in(width):
            return self.paragraph().split(available_width, available_height)
        broken = self._lines(width)
        fit = int(available_height / self.style.leading)
        if fit <= 1:
            return []
        if len(broken) <= fit:
            return [self]
        # (Paragraph split right after a line break of its text carries the break over: its second part
        # starts with an empty line, out of line with the row's other cells. The lines here do not.)
        return [self._piece(broken[:fit], width), self._piece(broken[fit:], width)]

    def _piece(self, broken: list[_Line], width: float) -> TextLines:
        """Some of the lines, laid out as they are at ``width`` (and broken again at another)."""
        piece = TextLines(
            tuple((line, colour, _font_of(font)) for line, colour, _used, font in broken),
            self.style,
            cut=True,
            markup="<br/>".join(
                f"<b>{markup(line)}</b>" if font == BOLD_NAME else markup(line)
                for line, _colour, _used, font in broken
            ),
        )
        piece._broken = (width, broken)
        return piece

    def print_into(self, text: TextBatch, x: float, y: float) -> None:
        """The lines into a table's shared text object, this flowable's bottom left at (x, y): the
        same places and spacing as :meth:`draw`."""
        style = self.style
        size, leading = style.fontSize, style.leading
        right = style.alignment == TA_RIGHT
        baseline = y + self.height - size
        for line, colour, used, font in self._lines(self.width) or ():
            extra = self.width - used
            spaces = line.count(" ") + line.count("\xa0")
            squeeze = extra / spaces if extra <= -1e-8 and spaces else 0
            shift = extra if right and not squeeze and abs(extra) > 1e-6 else 0
            text.line(x + shift, baseline, line, font, size, leading, colour, squeeze)
            baseline -= leading

    def draw(self) -> None:
        """As Paragraph draws each line: right-aligned lines start where they end at the right edge; a
        line over the width (within the allowance) has its spaces narrowed to fit."""
        if self.stands_in(self.width):
            self.paragraph().drawOn(self.canv, 0, 0)
            return
        if any(isinstance(font, Runs) for *_, font in self._lines(self.width) or ()):
            # Runs in other faces are printed batched in tables (PackTable); a paragraph of the frame
            # that has them is drawn by its Paragraph, which lays it out the same.
            paragraph = self.paragraph()
            paragraph.wrap(self.width, self.height)
            paragraph.drawOn(self.canv, 0, 0)
            return
        style = self.style
        size, leading = style.fontSize, style.leading
        right = style.alignment == TA_RIGHT
        if not self._lines(self.width):
            return
        text = self.canv.beginText(0, self.height - size)
        colour = font = None
        for line, line_colour, used, line_font in self._lines(self.width) or ():
            if line_font != font:
                text.setFont(_font_of(line_font), size, leading)
                font = line_font
            if line_colour is not colour:
                text.setFillColor(line_colour)  # type: ignore[arg-type]  # a colour of the style or TAG_COLOURS
                colour = line_colour
            extra = self.width - used
            spaces = line.count(" ") + line.count("\xa0")
            if extra > -1e-8 or not spaces:
                shift = right and abs(extra) > 1e-6
                if shift:
                    text.setXPos(extra)
                text.textLine(line)
                if shift:
                    text.setXPos(-extra)
            else:
                text.setWordSpace(extra / spaces)
                text.textLine(line)
                text.setWordSpace(0)
        self.canv.drawText(text)


# Where Paragraph breaks a line: any white space except the no-break space.
_BREAKS = re.compile(r"[^\S\xa0]+")
_ESCAPED = re.compile(r'[&<>"]')  # what text.markup turns into entities


@lru_cache(maxsize=8192)
def break_line(
    text: str, font: str, size: float, width: float, cut: bool = False
) -> tuple[tuple[str, float], ...] | None:
    """One line of text broken at white space into lines of ``width``, as Paragraph.breakLines does
    for a paragraph of one fragment: a line may run over by 5% of its spaces' width (ReportLab's
    ``spaceShrinkage``; the spaces are then drawn narrower), and with ``cut`` a word wider than a line
    is cut where Paragraph cuts it (its first piece filling the line it starts on). None where
    Paragraph would do otherwise: a word too wide without ``cut`` (a paragraph of several fragments
    cuts its own way), nothing to print, or a character that markup escapes (Paragraph splits the
    text into fragments there and measures the spaces beside them its own way).

    Each line comes with the width Paragraph counts for it, which decides how far a right-aligned
    line is moved and how much a line over the width has its spaces narrowed: a line ended by the
    first piece of a cut word counts the space before that piece, even when the piece is empty."""
    if _ESCAPED.search(text) or not is_latin(text):
        return None
    queue = [w for w in _BREAKS.split(text) if w]
    if not queue:
        return None
    space = stringWidth(" ", font, size)
    allowance = SPACE_SHRINKAGE * space
    out: list[tuple[str, float]] = []
    line: list[str] = []
    used = -space
    forced = False  # the line ends after this word: the first piece of a cut word
    while queue:
        word = queue.pop(0)
        word_width = stringWidth(word, font, size)
        wider = used + space + word_width
        limit = width + allowance * len(line)
        if wider > limit and not forced and not isinstance(word, _Piece) and word_width > width:
            if not cut:
                return None
            queue[0:0] = _cut_word(word, used + space, width, font, size)
            forced = True
            continue
        if wider <= limit or not line or forced:
            if word:
                line.append(word)
            if forced:
                out.append((" ".join(line), wider))
                line, used, forced = [], -space, False
            else:
                used = wider
        else:
            out.append((" ".join(line), used))
            line, used = [word], word_width
    if line:
        out.append((" ".join(line), used))
    return tuple(out)


class _Piece(str):
    """A piece of a word cut to fit (never cut again)."""


def _cut_word(word: str, used: float, width: float, font: str, size: float) -> list[_Piece]:
    """As reportlab's paragraph._splitWord: character by character, the first piece filling what is
    left of the line (``used`` points are taken; it may be empty), each next piece a whole line."""
    pieces: list[_Piece] = []
    piece = ""
    for ch in word:
        ch_width = stringWidth(ch, font, size)
        wider = used + ch_width
        if wider > width and (piece or ch_width <= width):
            pieces.append(_Piece(piece))
            wider, piece = ch_width, ""
        piece += ch
        used = wider
    pieces.append(_Piece(piece))
    return pieces


class Runs(tuple):
    """A laid-out line set in several faces: its (text, face) pieces in print order (fonts.runs), as
    Paragraph prints a line of several fragments. ``font`` is its part's font."""

    font: str = FONT_NAME


def _font_of(font: str | Runs) -> str:
    return font.font if isinstance(font, Runs) else font


@lru_cache(maxsize=8192)
def break_runs(text: str, font: str, size: float, width: float) -> tuple[tuple[str, float, Runs], ...] | None:
    """One line of text holding runs the Latin face lacks (an arrow, Chinese: fonts.runs) broken at white
    space into lines of ``width``, as Paragraph breaks a paragraph of several fragments (the markup sets
    each run in its face, white space in the Latin face): a word's width is its runs' widths; a line may
    run over by 5% of its spaces' widths. Each line comes with the width Paragraph counts for it and its
    pieces (:class:`Runs`).

    None where Paragraph would do more than break at spaces, or where this does not follow it: text in
    bold (its Chinese is drawn in a synthetic bold), a character that markup escapes, a no-break space
    (Paragraph measures its room otherwise), nothing to print, a word wider than the line (Paragraph cuts
    it), or a line kept over the width (its spaces narrowed)."""
    if font != FONT_NAME or _ESCAPED.search(text) or "\xa0" in text:
        return None
    words = [w for w in _BREAKS.split(text) if w]
    if not words:
        return None
    space = stringWidth(" ", font, size)  # white space is in the Latin face's runs (fonts.runs)
    allowance = SPACE_SHRINKAGE * space
    out: list[tuple[str, float, Runs]] = []
    line: list[str] = []
    used = 0.0
    for word in words:
        word_width = sum(stringWidth(piece, face, size) for piece, face in runs(word))
        if word_width > width:
            return None
        wider = used + space + word_width
        if line and wider <= width + allowance * len(line):
            line.append(word)
            used = wider
        elif line:
            out.append(_runs_line(line, used, font))
            line, used = [word], word_width
        else:
            line, used = [word], word_width
    out.append(_runs_line(line, used, font))
    if any(used > width for _text, used, _pieces in out):
        return None
    return tuple(out)


def _runs_line(words: list[str], used: float, font: str) -> tuple[str, float, Runs]:
    text = " ".join(words)
    line = Runs(runs(text))
    line.font = font
    return text, used, line


def text_cell(parts: tuple[tuple[str, str | None], ...], style, width: float | None = None):
    """Tagged text parts (a table cell, or a paragraph with no ``width``: laid out at the frame's)
    as TextLines where it lays out as a Paragraph would, else the escaped Paragraph: escaped
    characters, an empty line, centred or justified text, indents, or (for a known width) a word too
    wide in a paragraph of several fragments (several parts or lines), which Paragraph cuts its own way.
    For a width known only later, TextLines hands such a case to the Paragraph itself."""
    cut = len(parts) == 1 and "\n" not in parts[0][0]  # one fragment
    lines = [line for text, _tag in parts for line in text.split("\n")]
    simple = (
        style.alignment in (TA_LEFT, TA_RIGHT)
        and not (style.leftIndent or style.rightIndent or style.firstLineIndent or style.wordWrap)
        and all(_BREAKS.sub("", line) and not _ESCAPED.search(line) for line in lines)
        and (
            width is None
            or all(
                (
                    break_line(line, style.fontName, style.fontSize, width, cut)
                    if is_latin(line)
                    else None
                    if tag == "bold"
                    else break_runs(line, style.fontName, style.fontSize, width)
                )
                is not None
                for text, tag in parts
                for line in text.split("\n")
            )
        )
    )
    markup_text = Lines(parts).markup()
    if simple:
        return TextLines(
            tuple(
                (text, TAG_COLOURS.get(tag, style.textColor), BOLD_NAME if tag == "bold" else style.fontName)
                for text, tag in parts
            ),
            style,
            cut=cut,
            markup=markup_text,
        )
    return CellParagraph(markup_text, style)


class TextBatch:
    """One text object for all the lines a table prints: font and colour set only when they change."""

    def __init__(self, canvas) -> None:
        self.canvas = canvas
        self.text = canvas.beginText(0, 0)
        self._font: tuple | None = None
        self._colour = None

    def line(
        self,
        x: float,
        y: float,
        line: str,
        font: str | Runs,
        size: float,
        leading: float,
        colour,
        word_space: float = 0,
    ) -> None:
        if isinstance(font, Runs):  # a TextLines line in several faces, each space in its word's face
            if colour != self._colour:
                self.text.setFillColor(colour)
                self._colour = colour
            self.text.setTextOrigin(x, y)
            for run, face in font:
                if self._font != (face, size, leading):
                    self.text.setFont(face, size, leading)
                    self._font = (face, size, leading)
                self.text.textOut(run)
            return
        if self._font != (font, size, leading):
            self.text.setFont(font, size, leading)
            self._font = (font, size, leading)
        if colour != self._colour:
            self.text.setFillColor(colour)
            self._colour = colour
        self.text.setTextOrigin(x, y)  # each line placed absolutely: textLine's own move is not used
        if not word_space and not is_latin(line):  # runs in their faces (a plain string cell)
            for run, face in runs(line):
                self.text.setFont(face, size, leading)
                self.text.textOut(run)
            self._font = None
            return
        if word_space:
            self.text.setWordSpace(word_space)
            self.text.textLine(line)
            self.text.setWordSpace(0)
        else:
            self.text.textLine(line)


class PackTable(Table):
    """A Table that prints the text of its plain-string and TextLines cells into one text object,
    at the places ReportLab's Table (strings) and TextLines would print them, instead of opening a
    text object, with its own font, colour and position settings, for every line or cell: the pack's
    tables have thousands of cells. Other cells, and cells with links or right-to-left text, are
    drawn by Table itself. The text is printed after the rules, which never cross it."""

    _batch: TextBatch | None = None
    _laid_out_for: float | None = None

    def _calc(self, availWidth, availHeight) -> None:  # noqa: N803 - ReportLab's names
        """Lay out once per width: a table is measured by KeepTogether, then by the frame, then to
        split it, and a complete layout (every row measured) does not depend on the room left."""
        if self._laid_out_for == availWidth:
            return
        super()._calc(availWidth, availHeight)  # type: ignore[misc]  # ReportLab's private layout, not in the stubs
        self._laid_out_for = availWidth if self._hmax == self._nrows else None  # type: ignore[attr-defined]  # same

    def draw(self) -> None:
        self._batch = None
        super().draw()
        self._flush()

    def _flush(self) -> None:
        """Print the lines gathered so far (before a cell Table draws itself, to keep reading order)."""
        if self._batch is not None:
            self.canv.drawText(self._batch.text)
            self._batch = None

    def _batched(self) -> TextBatch:
        if self._batch is None:
            self._batch = TextBatch(self.canv)
        return self._batch

    def _drawCell(self, cellval, cellstyle, pos, size) -> None:  # noqa: N802 - ReportLab's name
        plain = (
            not (cellstyle.href or cellstyle.destination or cellstyle.direction or cellstyle.shaping)
            and cellstyle.alignment in _STRING_ALIGNMENTS
        )
        if plain and isinstance(cellval, str):
            return self._print_string(cellval, cellstyle, pos, size)
        single = cellval[0] if isinstance(cellval, (tuple, list)) and len(cellval) == 1 else cellval
        if (
            plain
            and isinstance(single, TextLines)
            and not single.stands_in(size[0] - cellstyle.leftPadding - cellstyle.rightPadding)
        ):
            return self._print_lines(single, cellstyle, pos, size)
        if isinstance(single, Spacer):
            return None
        self._flush()
        return super()._drawCell(cellval, cellstyle, pos, size)  # type: ignore[misc]  # ReportLab's private API

    def _print_string(self, value: str, cellstyle, pos, size) -> None:
        """As Table._drawCell prints a string: each line from the cell's alignment and padding."""
        (colpos, rowpos), (colwidth, rowheight) = pos, size
        lines = value.split("\n")
        font, fontsize, leading = cellstyle.fontname, cellstyle.fontsize, cellstyle.leading
        if cellstyle.valign == "BOTTOM":
            y = rowpos + cellstyle.bottomPadding + len(lines) * leading - fontsize
        elif cellstyle.valign == "MIDDLE":
            y = (
                rowpos
                + (cellstyle.bottomPadding + rowheight - cellstyle.topPadding + len(lines) * leading) / 2.0
                - fontsize
            )
        else:
            y = rowpos + rowheight - cellstyle.topPadding - fontsize
        batch = self._batched()
        for line in lines:
            if cellstyle.alignment == "LEFT":
                x = colpos + cellstyle.leftPadding
            elif cellstyle.alignment == "RIGHT":
                x = colpos + colwidth - cellstyle.rightPadding - _width(line, font, fontsize)
            else:
                x = (
                    colpos
                    + (colwidth + cellstyle.leftPadding - cellstyle.rightPadding) * 0.5
                    - 0.5 * _width(line, font, fontsize)
                )
            batch.line(x, y, line, font, fontsize, leading, cellstyle.color)
            y -= leading

    def _print_lines(self, cell: TextLines, cellstyle, pos, size) -> None:
        """As Table._drawCell places a flowable (a TextLines fills the cell's width)."""
        (colpos, rowpos), (colwidth, rowheight) = pos, size
        _, height = cell.wrapOn(
            self.canv,
            colwidth - cellstyle.leftPadding - cellstyle.rightPadding,
            rowheight - cellstyle.topPadding - cellstyle.bottomPadding,
        )
        if cellstyle.valign == "BOTTOM":
            y = rowpos + cellstyle.bottomPadding
        elif cellstyle.valign == "MIDDLE":
            y = rowpos + (rowheight + cellstyle.bottomPadding - cellstyle.topPadding + height) / 2.0 - height
        else:
            y = rowpos + rowheight - cellstyle.topPadding - height
        cell.print_into(self._batched(), colpos + cellstyle.leftPadding, y)


_STRING_ALIGNMENTS = ("LEFT", "RIGHT", "CENTRE", "CENTER")


def data_table(
    styles: Styles,
    header: list[str],
    rows: Sequence[Sequence[object]],
    widths: list[float],
    *,
    right: AbstractSet[int] = frozenset(),
    extra_styles: Sequence[tuple] = (),
) -> Table:
    """A table whose header repeats on every page and whose tall rows may split across pages.

    A cell is plain text, :class:`Lines`, or markup (wrapped in a 1-tuple). Plain text is broken into
    lines here and drawn as a string (no markup parsing, several times faster than a Paragraph); Lines
    become TextLines; text that cannot break at spaces (Chinese, one very long word) or runs very long
    becomes an escaped, wrapping Paragraph instead."""
    widths = fit_widths(widths, [header, *rows], styles.cell.fontSize)
    inner = [w - 2 * CELL_PADDING for w in widths]
    head = [
        text_cell(((h, None),), styles.cell_head_right if i in right else styles.cell_head, inner[i])
        for i, h in enumerate(header)
    ]
    font, size = styles.cell.fontName, styles.cell.fontSize
    room = [w - 8.5 for w in widths]
    body = []
    for row in rows:
        cells: list[object] = []
        for i, cell in enumerate(row):
            style = styles.cell_right if i in right else styles.cell
            if isinstance(cell, Lines):
                cells.append(text_cell(cell.parts, style, inner[i]))
                continue
            if isinstance(cell, tuple) and len(cell) == 1:
                cells.append(CellParagraph(cell[0], style))
                continue
            text = clean("" if cell is None else cell)
            wrapped = _wrap_plain(text, font, size, room[i])
            cells.append(wrapped if wrapped is not None else text_cell(((text, None),), style, inner[i]))
        body.append(cells)
    table = PackTable([head] + body, colWidths=widths, repeatRows=1, splitInRow=1, hAlign="LEFT")
    look = table_style()
    look.add("FONT", (0, 1), (-1, -1), font, size, styles.cell.leading)
    look.add("TEXTCOLOR", (0, 1), (-1, -1), styles.cell.textColor)
    for i in right:
        look.add("ALIGN", (i, 1), (i, -1), "RIGHT")
    for command in extra_styles:
        look.add(*command)
    table.setStyle(look)
    return table


MAX_STRING_LINES = 12


def _width(line: str, font: str, size: float) -> float:
    return stringWidth(line, font, size) if is_latin(line) else text_width(line, size)


# The pack's dates and short Chinese terms (a vocabulary word such as 已确认收到): never broken.
_UNBREAKABLE = re.compile(r"\d{1,2}\xa0\w+\xa0\d{4}|\d{4}年\d{1,2}月\d{1,2}日|[\u4e00-\u9fff%0-9]{1,8}")
_TOKENS = re.compile(r"[^\s\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]+")


@lru_cache(maxsize=16384)
def widest_word(text: str, size: float) -> float:
    """The width of the text's widest word (CJK characters each stand alone: a line may break
    between them), where a column must not break it."""
    words = [
        w
        for line in text.split("\n")
        for w in ([line] if _UNBREAKABLE.fullmatch(line) else _TOKENS.findall(line))
    ]
    return max((text_width(w, size) for w in words), default=0.0)


def fit_widths(widths: list[float], rows: Sequence[Sequence[object]], size: float) -> list[float]:
    """The columns widened where a word would not fit whole (a date, "Acknowledged", a side's name),
    the room taken from the columns with the most slack; the total width stays."""
    need = [0.0] * len(widths)
    for row in rows:
        for i, cell in enumerate(row[: len(widths)]):
            if isinstance(cell, Lines):
                texts = [t for t, _tag in cell.parts]
            elif isinstance(cell, str):
                texts = [cell]
            else:
                continue
            for t in texts:
                w = widest_word(t, size)
                need[i] = max(need[i], w)
    need = [n + 2 * CELL_PADDING + 1 for n in need]
    short = sum(max(0.0, n - w) for n, w in zip(need, widths, strict=True))
    if short <= 0:
        return widths
    slack = [max(0.0, w - n) for n, w in zip(need, widths, strict=True)]
    total_slack = sum(slack)
    if total_slack <= 0:
        return widths
    take = min(short, total_slack)
    return [
        max(w, n) if n > w else w - slack_i * take / total_slack
        for w, n, slack_i in zip(widths, need, slack, strict=True)
    ]


@lru_cache(maxsize=4096)
def _wrap_plain(text: str, font: str, size: float, room: float) -> str | None:
    """The text broken at spaces into lines that fit ``room``, or None when it cannot be. Cached: the
    same short values (sides, kinds, statuses, dates) fill most cells of a long table."""
    if not is_latin(text):  # runs in several faces ("US → CN"): printed run by run when each line fits
        split = text.split("\n")
        if len(split) <= MAX_STRING_LINES and all(text_width(line, size) <= room for line in split):
            return text
        return None  # else a cell that sets its runs (text_cell)
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


def key_values(
    styles: Styles, pairs: list[tuple[str, object]], width: float, key_width: float = 110
) -> Table:
    """Label/value lines (cover details, agenda item facts); empty values are left out. A value in a
    1-tuple is markup."""
    widths = [key_width, width - key_width]
    inner = [w - KEY_VALUE_PADDING for w in widths]
    rows = []
    for key, value in pairs:
        if value in (None, "", ()):
            continue
        if isinstance(value, tuple):
            cell = Paragraph(value[0], styles.body)
        else:
            cell = text_cell(((clean(value), None),), styles.body, inner[1])
        rows.append([text_cell(((clean(key), None),), styles.muted, inner[0]), cell])
    if not rows:
        rows = [["", ""]]
    table = PackTable(rows, colWidths=widths, hAlign="LEFT", splitInRow=1)
    table.setStyle(key_value_style())
    return table
