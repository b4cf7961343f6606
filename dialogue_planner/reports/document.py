"""The pack's document template: cover and body page templates, running head and footer, bookmarks
and table-of-contents entries from headings, and "page X of Y" counted over multiBuild passes.

The well-known NumberedCanvas recipe (defer every page, draw the total at the end) breaks bookmarks;
here the total of one pass is drawn on the next, and a :class:`PageCounter` keeps multiBuild going
until the count is stable, just as the table of contents does for its page numbers.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.pdfgen.textobject import PDFTextObject
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Paragraph

from .fonts import FONT_NAME
from .styles import ACCENT, MUTED, RULE, WARN
from .text import clean, markup, shorten

MARGIN_X = 20 * mm
MARGIN_TOP = 22 * mm
MARGIN_BOTTOM = 22 * mm
BOOKMARK_LIMIT = 120


@dataclass(frozen=True)
class PageDecor:
    """What every page prints around the text: running head, marking, copy line, page label."""

    running_head: str
    marking: str
    copy_line: str
    page_label: str  # with {x} and {y}


class Heading(Paragraph):
    """A heading that is also a PDF bookmark and a table-of-contents entry under a stable key.

    A heading too tall for a page (a 2,000-character title) splits like any paragraph; the first part
    keeps the key, the rest are plain continuation."""

    def __init__(self, text: str | None, style, *args, key: str = "", level: int = 0,
                 toc_text: str | None = None, **kwargs) -> None:
        if text is None:  # Paragraph.split builds the parts itself, from fragments
            super().__init__(text, style, *args, **kwargs)
        else:
            super().__init__(markup(text), style, *args, **kwargs)
        self.bookmark_key = key
        self.level = level
        self.toc_text = shorten(toc_text if toc_text is not None else (text or ""), BOOKMARK_LIMIT)

    def split(self, available_width, available_height):
        parts = super().split(available_width, available_height)
        if parts and isinstance(parts[0], Heading):
            parts[0].bookmark_key, parts[0].level, parts[0].toc_text = self.bookmark_key, self.level, self.toc_text
            for part in parts[1:]:
                if isinstance(part, Heading):
                    part.bookmark_key = ""
        return parts


class PageCounter(Flowable):
    """An invisible indexing flowable: satisfied once two passes end on the same page count."""

    def __init__(self, doc: PackDocTemplate) -> None:
        super().__init__()
        self.doc = doc
        self.width = self.height = 0
        self._satisfied = False

    def isIndexing(self) -> int:
        return 1

    def isSatisfied(self) -> bool:
        return self._satisfied

    def beforeBuild(self) -> None:
        self._satisfied = False

    def afterBuild(self) -> None:
        self._satisfied = self.doc.page_total == self.doc.page
        self.doc.page_total = self.doc.page

    def notify(self, kind, stuff) -> None:
        """multiBuild tells every indexing flowable about every entry; the count needs none."""

    def wrap(self, available_width, available_height):
        return 0, 0

    def draw(self) -> None:
        return None


class _SilentText(PDFTextObject):
    """A text object that lays out but writes nothing: formatting text is most of a pass's cost."""

    def _formatText(self, text):
        return ""


class LayoutCanvas(Canvas):
    """The canvas of the first pass, which only finds where things fall (contents entries, page count)
    and is thrown away: it measures everything but draws no text. Later passes use a real Canvas."""

    layout_only = True  # blocks.PackTable skips its cells on this canvas

    def drawString(self, *args, **kwargs):
        return None

    drawRightString = drawCentredString = drawString

    def drawText(self, *args, **kwargs):
        return None

    def beginText(self, x=0, y=0, direction=None):
        return _SilentText(self, x, y, direction)


class PackDocTemplate(BaseDocTemplate):
    def __init__(self, target, *, pagesize, decor: PageDecor, title: str, subject: str, author: str,
                 invariant: bool, progress=None) -> None:
        super().__init__(target, pagesize=pagesize, leftMargin=MARGIN_X, rightMargin=MARGIN_X,
                         topMargin=MARGIN_TOP, bottomMargin=MARGIN_BOTTOM, title=clean(title),
                         subject=clean(subject), author=clean(author), creator="Dialogue Planner",
                         invariant=1 if invariant else 0)
        self.decor = decor
        self.page_total: int | None = None
        self.progress = progress
        self.passes = 0
        frame = Frame(self.leftMargin, self.bottomMargin, self.width, self.height, id="text",
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        self.addPageTemplates([
            PageTemplate(id="cover", frames=[frame], onPage=self._decorate_cover),
            PageTemplate(id="body", frames=[frame], onPage=self._decorate_body),
        ])

    def build(self, flowables, **kwargs) -> None:
        """The first multiBuild pass can never be the last (its page total is unknown), so it lays out
        on a LayoutCanvas; every later pass draws for real."""
        kwargs["canvasmaker"] = LayoutCanvas if self.page_total is None else Canvas
        super().build(flowables, **kwargs)

    # -- bookmarks and contents ------------------------------------------------------------------
    def afterFlowable(self, flowable) -> None:
        if isinstance(flowable, Heading) and flowable.bookmark_key:
            key = flowable.bookmark_key
            self.canv.bookmarkPage(key)
            self.canv.addOutlineEntry(flowable.toc_text, key, level=flowable.level, closed=False)
            self.notify("TOCEntry", (flowable.level, markup(flowable.toc_text), self.page, key))

    def beforeDocument(self) -> None:
        self.passes += 1
        if self.progress:
            self.progress(self.passes)

    # -- page furniture ----------------------------------------------------------------------------
    def _page_label(self, page: int) -> str:
        total = str(self.page_total) if self.page_total else "…"
        return self.decor.page_label.format(x=page, y=total)

    def _footer(self, canvas) -> None:
        width, _ = self.pagesize
        y = MARGIN_BOTTOM - 12 * mm
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN_X, y + 10, width - MARGIN_X, y + 10)
        label = self._page_label(canvas.getPageNumber())
        canvas.setFont(FONT_NAME, 8)
        canvas.setFillColor(MUTED)
        canvas.drawRightString(width - MARGIN_X, y, label)
        room = width - 2 * MARGIN_X - stringWidth(label, FONT_NAME, 8) - 12
        left = "   ".join(p for p in (self.decor.marking, self.decor.copy_line) if p)
        if left:
            canvas.setFillColor(WARN if self.decor.marking else MUTED)
            canvas.drawString(MARGIN_X, y, _fit(left, FONT_NAME, 8, room))

    def _marking_top(self, canvas) -> None:
        if not self.decor.marking:
            return
        width, height = self.pagesize
        canvas.setFont(FONT_NAME, 9)
        canvas.setFillColor(WARN)
        canvas.drawCentredString(width / 2, height - 10 * mm,
                                 _fit(self.decor.marking, FONT_NAME, 9, width - 2 * MARGIN_X))

    def _decorate_cover(self, canvas, doc) -> None:
        canvas.saveState()
        width, height = self.pagesize
        canvas.setFillColor(ACCENT)
        canvas.rect(0, height - 6 * mm, width, 6 * mm, stroke=0, fill=1)
        self._marking_top(canvas)
        self._footer(canvas)
        canvas.restoreState()

    def _decorate_body(self, canvas, doc) -> None:
        canvas.saveState()
        width, height = self.pagesize
        self._marking_top(canvas)
        y = height - MARGIN_TOP + 6 * mm
        canvas.setFont(FONT_NAME, 8)
        canvas.setFillColor(MUTED)
        canvas.drawString(MARGIN_X, y, _fit(self.decor.running_head, FONT_NAME, 8, width - 2 * MARGIN_X))
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN_X, y - 4, width - MARGIN_X, y - 4)
        self._footer(canvas)
        canvas.restoreState()


def _fit(text: str, font: str, size: float, room: float) -> str:
    """One line of plain text, cut with an ellipsis to fit ``room`` points."""
    text = " ".join(clean(text).split())
    if stringWidth(text, font, size) <= room:
        return text
    lo, hi = 0, len(text)
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if stringWidth(text[:mid] + "…", font, size) <= room:
            lo = mid
        else:
            hi = mid - 1
    return text[:lo].rstrip() + "…"
