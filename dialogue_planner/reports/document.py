"""The pack's document template: cover and body page templates, running head and footer, bookmarks
from headings, and "page X of Y", all in one layout pass: a :class:`HeldPagesCanvas` keeps the pages
until the end, when the page count and the pages the contents point at are known.
"""

from __future__ import annotations

import threading
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache

from reportlab import rl_config
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

from .blocks import CellParagraph
from .fonts import SyntheticBoldText, draw_runs, text_width
from .styles import ACCENT, MUTED, RULE, WARN
from .text import clean, markup, shorten

MARGIN_X = 20 * mm
MARGIN_TOP = 22 * mm
MARGIN_BOTTOM = 22 * mm
BOOKMARK_LIMIT = 120
FOOTER_BASELINE = 8 * mm
MARKING_SIZE = 8.5
MARKING_LEADING = 10.5
ISSUE_LINE_DROP = 9


@dataclass(frozen=True)
class PageDecor:
    """What every page prints around the text: running head, marking, copy line, page label."""

    running_head: str
    marking: str
    copy_line: str
    page_label: str  # with {x} and {y}
    issue_line: str = ""  # batch, version and issue time of a numbered copy, under the copy line


class Heading(CellParagraph):
    """A heading that is also a PDF bookmark and a table-of-contents entry under a stable key.

    A heading too tall for a page (a 2,000-character title) splits like any paragraph; the first part
    keeps the key, the rest are plain continuation."""

    def __init__(
        self,
        text: str | None,
        style,
        *args,
        key: str = "",
        level: int = 0,
        toc_text: str | None = None,
        **kwargs,
    ) -> None:
        if text is None:  # Paragraph.split builds the parts itself, from fragments
            super().__init__(text, style, *args, **kwargs)  # split's fragments need no text
        else:
            super().__init__(markup(text), style, *args, **kwargs)
        self.bookmark_key = key
        self.level = level
        self.toc_text = shorten(toc_text if toc_text is not None else (text or ""), BOOKMARK_LIMIT)

    def split(self, available_width, available_height):
        parts = super().split(available_width, available_height)
        if parts and isinstance(parts[0], Heading):
            parts[0].bookmark_key, parts[0].level, parts[0].toc_text = (
                self.bookmark_key,
                self.level,
                self.toc_text,
            )
            for part in parts[1:]:
                if isinstance(part, Heading):
                    part.bookmark_key = ""
        return parts


class HeldPagesCanvas(Canvas):
    """A canvas that holds every finished page until the document ends, so that a page can still be
    given what only the whole document knows: the page count ("page X of Y") and the pages the
    contents point at. One layout pass instead of multiBuild's two.

    This is the well-known NumberedCanvas recipe with two repairs: only the page's own state is held
    and put back (the document-wide counters, such as annotation names, keep running), and bookmarks
    are held with their page, because a held page has no PDF page yet for a bookmark to point at."""

    # What starts afresh on every page (Canvas._startPage, _restartAccumulators, init_graphics_state).
    PAGE_STATE = (
        "_pageNumber",
        "_pagesize",
        "state_stack",
        "_code",
        "_psCommandsAfterPage",
        "_psCommandsBeforePage",
        "_currentPageHasImages",
        "_formsinuse",
        "_annotationrefs",
        "_formData",
        "_colorsUsed",
        "_shadingUsed",
        *Canvas.STATE_ATTRIBUTES,
    )

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.page_total: int | None = None  # known once save() starts giving out the pages
        self._held: list[tuple[dict, list]] = []
        self._page_end: list = []

    def at_page_end(self, draw) -> None:
        """Call ``draw(canvas)`` on the current page once every page is known, after its content."""
        self._page_end.append(draw)

    def beginText(self, x=0, y=0, direction=None):  # noqa: N802 - ReportLab's name
        """A text object that draws bold CJK runs in a synthetic bold (fonts.SyntheticBoldText)."""
        return SyntheticBoldText(self, x, y, direction=direction)

    def bookmarkPage(self, key, *args, **kwargs) -> None:  # type: ignore[override]  # noqa: N802 - held to the page's end
        self.at_page_end(lambda canvas: Canvas.bookmarkPage(canvas, key, *args, **kwargs))

    def showPage(self) -> None:  # noqa: N802 - ReportLab's name
        self._held.append(({name: getattr(self, name) for name in self.PAGE_STATE}, self._page_end))
        self._page_end = []
        self._startPage()  # type: ignore[attr-defined]  # Canvas's private API, not in the stubs

    def save(self) -> None:
        if self._code:  # type: ignore[attr-defined]  # Canvas's private API, not in the stubs
            self.showPage()
        self.page_total = len(self._held)
        held, self._held = self._held, []
        for state, calls in held:
            self.__dict__.update(state)
            for draw in calls:
                draw(self)
            Canvas.showPage(self)
        with _binary_streams():
            super().save()


_streams_lock = threading.Lock()


@contextmanager
def _binary_streams():
    """Page streams written compressed but not ASCII85-encoded: ReportLab's default encoding is for
    7-bit channels no PDF passes through now; without it a pack is a tenth smaller, and encoding it
    (in pure Python) took a twentieth of the rendering. rl_config is process-wide: writers take turns."""
    with _streams_lock:
        saved = rl_config.useA85
        rl_config.useA85 = 0
        try:
            yield
        finally:
            rl_config.useA85 = saved


class PackDocTemplate(BaseDocTemplate):
    def __init__(
        self,
        target,
        *,
        pagesize,
        decor: PageDecor,
        title: str,
        subject: str,
        author: str,
        invariant: bool,
        lang: str = "en",
        progress=None,
    ) -> None:
        self.marking_lines = (
            wrap_line(decor.marking, MARKING_SIZE, pagesize[0] - 2 * MARGIN_X) if decor.marking else []
        )
        extra = max(0, len(self.marking_lines) - 1) * MARKING_LEADING  # a long marking wraps, never cut
        super().__init__(
            target,
            pagesize=pagesize,
            leftMargin=MARGIN_X,
            rightMargin=MARGIN_X,
            topMargin=MARGIN_TOP + extra,
            bottomMargin=MARGIN_BOTTOM + extra,
            title=clean(title),
            subject=clean(subject),
            author=clean(author),
            creator="Dialogue Planner",
            invariant=1 if invariant else 0,
            lang=lang,
            displayDocTitle=1,
        )
        self.decor = decor
        self.progress = progress
        self.passes = 0
        self.heading_pages: dict[str, int] = {}  # bookmark key -> page, for the contents
        frame = Frame(
            self.leftMargin,
            self.bottomMargin,
            self.width,
            self.height,
            id="text",
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        self.addPageTemplates(
            [
                PageTemplate(id="cover", frames=[frame], onPage=self._decorate_cover),
                PageTemplate(id="body", frames=[frame], onPage=self._decorate_body),
            ]
        )

    def build(self, flowables, **kwargs) -> None:  # type: ignore[override]  # keyword arguments only
        """One layout pass: the page count and the contents' page numbers are drawn when the canvas
        gives out its held pages at the end."""
        kwargs["canvasmaker"] = HeldPagesCanvas
        super().build(flowables, **kwargs)

    # -- bookmarks and contents ------------------------------------------------------------------
    def afterFlowable(self, flowable) -> None:  # noqa: N802 - ReportLab's name
        if isinstance(flowable, Heading) and flowable.bookmark_key:
            key = flowable.bookmark_key
            self.heading_pages[key] = self.page
            self.canv.bookmarkPage(key)
            self.canv.addOutlineEntry(flowable.toc_text, key, level=flowable.level, closed=False)

    def beforeDocument(self) -> None:  # noqa: N802 - ReportLab's name
        self.canv.showOutline()  # the bookmarks panel open when the file opens (PageMode UseOutlines)
        self.passes += 1
        if self.progress:
            self.progress(self.passes)

    # -- page furniture ----------------------------------------------------------------------------
    def _footer(self, canvas) -> None:
        """Drawn last on each page (the total is known only then): the marking (whole, wrapped and
        centred), then the copy line on the left and "page X of Y" on the right."""
        canvas.saveState()
        width, _ = self.pagesize
        y = FOOTER_BASELINE
        label = self.decor.page_label.format(x=canvas.getPageNumber(), y=canvas.page_total)
        canvas.setFillColor(MUTED)
        draw_runs(canvas, width - MARGIN_X, y, label, 8, align="right")
        room = width - 2 * MARGIN_X - text_width(label, 8) - 12
        if self.decor.copy_line:
            draw_runs(canvas, MARGIN_X, y, _fit(self.decor.copy_line, 8, room), 8)
        if self.decor.issue_line:  # below the copy line, in the bottom margin
            draw_runs(canvas, MARGIN_X, y - ISSUE_LINE_DROP, _fit(self.decor.issue_line, 7, room), 7)
        top = y + MARKING_LEADING * (len(self.marking_lines) + 1)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN_X, top - 2, width - MARGIN_X, top - 2)
        canvas.setFillColor(WARN)
        for line in self.marking_lines:  # read top to bottom
            top -= MARKING_LEADING
            draw_runs(canvas, width / 2, top, line, MARKING_SIZE, align="centre", bold=True)
        canvas.restoreState()

    def _marking_top(self, canvas) -> None:
        if not self.marking_lines:
            return
        width, height = self.pagesize
        canvas.setFillColor(WARN)
        y = height - 10 * mm
        for line in self.marking_lines:
            draw_runs(canvas, width / 2, y, line, MARKING_SIZE, align="centre", bold=True)
            y -= MARKING_LEADING

    def _decorate_cover(self, canvas, doc) -> None:
        canvas.saveState()
        width, height = self.pagesize
        canvas.setFillColor(ACCENT)
        canvas.rect(0, height - 6 * mm, width, 6 * mm, stroke=0, fill=1)
        self._marking_top(canvas)
        canvas.restoreState()
        canvas.at_page_end(self._footer)

    def _decorate_body(self, canvas, doc) -> None:
        canvas.saveState()
        width, height = self.pagesize
        self._marking_top(canvas)
        y = height - self.topMargin + 6 * mm
        canvas.setFillColor(MUTED)
        draw_runs(canvas, MARGIN_X, y, _fit(self.decor.running_head, 8, width - 2 * MARGIN_X), 8)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN_X, y - 4, width - MARGIN_X, y - 4)
        canvas.restoreState()
        canvas.at_page_end(self._footer)


def wrap_line(text: str, size: float, room: float) -> list[str]:
    """Plain text broken into lines of ``room`` points in the pack's faces: at spaces, and within a
    word (a Chinese sentence has no spaces) only where the word alone is wider than a line. Nothing
    is cut off."""
    out: list[str] = []
    line = ""
    for word in " ".join(clean(text).split()).split(" "):
        trial = f"{line} {word}" if line else word
        if text_width(trial, size) <= room:
            line = trial
            continue
        if line:
            out.append(line)
            line = ""
        while text_width(word, size) > room and len(word) > 1:
            n = len(word) - 1
            while n > 1 and text_width(word[:n], size) > room:
                n -= 1
            out.append(word[:n])
            word = word[n:]
        line = word
    if line:
        out.append(line)
    return out


@lru_cache(maxsize=256)
def _fit(text: str, size: float, room: float) -> str:
    """One line of plain text (the running head, a recipient's copy line), cut with an ellipsis to fit
    ``room`` points. Never the marking: that wraps."""
    text = " ".join(clean(text).split())
    if text_width(text, size) <= room:
        return text
    lo, hi = 0, len(text)
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if text_width(text[:mid] + "…", size) <= room:
            lo = mid
        else:
            hi = mid - 1
    return text[:lo].rstrip() + "…"
