"""The cover (dialogue, meeting, dates, place, time in both zones, marking, copy) and the contents."""

from __future__ import annotations

from ast import literal_eval
from datetime import date

from reportlab.lib.units import mm
from reportlab.platypus import NextPageTemplate, PageBreak, Paragraph, Spacer, Table, TableStyle
from reportlab.platypus.tableofcontents import TableOfContents, drawPageNumbers

from dialogue_planner.domain.briefing import (
    Bi,
    BriefingPack,
    PackLanguage,
    PackOptions,
    bi_side,
    format_date,
    format_date_range,
    label,
    meeting_times,
    side_name,
    word,
)

from .blocks import key_values, para
from .document import Heading
from .styles import ACCENT_LIGHT, WARN, WARN_LIGHT, Styles
from .text import markup


def meeting_heading(pack: BriefingPack, language: str) -> str:
    return label("meeting_title", language, n=pack.meeting.number)


def cover(pack: BriefingPack, options: PackOptions, styles: Styles, width: float, prepared: date) -> list:
    lang = options.language
    m = pack.meeting
    story: list = [Spacer(1, 18 * mm), para(label("briefing_pack", lang), styles.cover_kicker), Spacer(1, 4)]
    first, second = pack.dialogue_name_en, pack.dialogue_name_zh
    if lang == PackLanguage.ZH and second:
        first, second = second, first
    story.append(para(first or "—", styles.cover_title))
    if second:
        story.append(para(second, styles.cover_subtitle))
    window = f" · {m.window}" if m.window else ""
    story.append(para(meeting_heading(pack, lang) + window, styles.cover_meeting))

    host = pack.side(m.host_side_code)
    pairs: list[tuple[str, object]] = [
        (label("dates", lang), format_date_range(m.start, m.end, lang)),
        (label("host", lang), side_name(host, lang) if host else m.host_side_code),
        (label("city", lang), m.city),
        (label("venue", lang), m.venue),
    ]
    for side, opening, closing in meeting_times(m, pack.sides):
        text = f"{opening:%H:%M}, {format_date(opening.date(), lang)}"
        if closing:
            text += f" – {closing:%H:%M}, {format_date(closing.date(), lang)}"
        pairs.append((label("in_time_zone", lang, zone=bi_side(side)), f"{text} ({side.time_zone})"))
    pairs.append((label("status", lang), word(m.status, lang)))
    if m.changed_from_plan:
        planned: list[Bi] = []
        if m.planned_start and m.planned_start != m.start:
            planned.append(Bi(format_date(m.planned_start, "en"), format_date(m.planned_start, "zh")))
        if m.planned_city and m.planned_city != m.city:
            planned.append(Bi(m.planned_city, m.planned_city))
        if m.planned_host_side_code and m.planned_host_side_code != m.host_side_code:
            planned_host = pack.side(m.planned_host_side_code)
            planned.append(bi_side(planned_host) if planned_host
                           else Bi(m.planned_host_side_code, m.planned_host_side_code))
        text = Bi(", ".join(p.en for p in planned), "，".join(p.zh for p in planned))
        pairs.append(("", label("planned_was", lang, text=text)))
    pairs.append((label("prepared", lang), format_date(prepared, lang)))
    story.append(_panel(key_values(styles, pairs, width - 24, key_width=130), ACCENT_LIGHT, width))

    if options.marking or options.numbered:
        story.append(Spacer(1, 10 * mm))
        parts = []
        if options.marking:
            parts.append(Paragraph(f"<b>{markup(options.marking)}</b>", styles.cover_copy))
        if options.numbered:
            parts.append(para(label("copy_of", lang, k=options.copy_number, n=options.copies_total),
                              styles.cover_copy))
            if options.recipient:
                parts.append(para(f"{label('recipient', lang)}: {options.recipient}", styles.body))
        story.append(_panel(parts, WARN_LIGHT, width, border=WARN))
    story += [NextPageTemplate("body"), PageBreak()]
    return story


def _panel(content, background, width: float, border=None) -> Table:
    rows = [[item] for item in content] if isinstance(content, list) else [[content]]
    table = Table(rows, colWidths=[width], hAlign="LEFT")
    commands = [("BACKGROUND", (0, 0), (-1, -1), background),
                ("LEFTPADDING", (0, 0), (-1, -1), 12), ("RIGHTPADDING", (0, 0), (-1, -1), 12),
                ("TOPPADDING", (0, 0), (0, 0), 10), ("BOTTOMPADDING", (0, -1), (-1, -1), 10)]
    if border is not None:
        commands.append(("LINEBEFORE", (0, 0), (0, -1), 3, border))
    table.setStyle(TableStyle(commands))
    return table


class Contents(TableOfContents):
    """A table of contents laid out once, from the headings it will hold, before their pages are known.

    Page numbers take no room in the entries' layout (they are drawn after each entry's text, with
    the dots), so the contents has its final height from the start; each number is drawn at the end
    of the document, from ``pages`` (bookmark key -> page), at the place its entry's text ended."""

    def preset(self, headings: list, pages: dict[str, int]) -> None:
        self.pages = pages
        self._lastEntries = [(h.level, markup(h.toc_text), 0, h.bookmark_key)
                             for h in headings if isinstance(h, Heading) and h.bookmark_key]

    def wrap(self, available_width, available_height):
        size = super().wrap(available_width, available_height)
        self._available = available_width, available_height
        self.canv.setNamedCB("drawTOCEntryEnd", self._number_at_page_end)
        return size

    def _number_at_page_end(self, canvas, kind, label) -> None:
        """The entry's dots and page number, drawn where its text ended once the page is known."""
        page, level, key = label.split(",")
        level, key = int(level), literal_eval(key)
        style = self.getLevelStyle(level)
        dot = " . " if 0 <= self.dotsMinLevel <= level else ""
        where = {"cur_x": canvas._curr_tx_info["cur_x"], "cur_y": canvas._curr_tx_info["cur_y"]}
        matrix = canvas._currentMatrix
        width, height = self._available

        def draw(page_canvas) -> None:
            page_canvas.saveState()
            page_canvas.transform(*matrix)
            page_canvas._curr_tx_info = where  # where drawPageNumbers starts, as during the entry's drawing
            number = self.pages[key] if key else int(page)  # no key: TableOfContents' placeholder
            drawPageNumbers(page_canvas, style, [(number, key)], width, height, dot)
            del page_canvas._curr_tx_info
            page_canvas.restoreState()

        canvas.at_page_end(draw)


def contents(options: PackOptions, styles: Styles) -> list:
    toc = Contents(levelStyles=list(styles.toc_levels), dotsMinLevel=0)
    return [Paragraph(markup(label("contents", options.language)), styles.h1), toc]
