"""The cover (dialogue, meeting, dates, place, time in both zones, marking, copy) and the contents."""

from __future__ import annotations

from ast import literal_eval
from datetime import date, timezone

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, NextPageTemplate, PageBreak, Paragraph, Spacer, Table, TableStyle
from reportlab.platypus.tableofcontents import TableOfContents, drawPageNumbers

from dialogue_planner.domain.briefing import BriefingPack, PackLanguage, PackOptions, meeting_times

from .blocks import CellParagraph, PackTable, TextLines, break_line, key_values, para
from .document import Heading
from .sections import own_line
from .styles import ACCENT_LIGHT, WARN, WARN_LIGHT, Styles
from .text import markup
from .wording import Bi, bi_side, format_date, format_date_range, label, pick, side_name, word, zone_place


def clock(moment, zone: str, lang: str) -> str:
    """'09:30 EST (Washington)': the time, the zone's abbreviation and the place it is the time of."""
    place = zone_place(zone, lang)
    abbreviation = moment.tzname() or ""
    if abbreviation.startswith(("+", "-")):
        abbreviation = "UTC" + abbreviation
    return " ".join(p for p in (f"{moment:%H:%M}", abbreviation, f"({place})" if place else "") if p)


def issue_line(options: PackOptions, language: str) -> str:
    """The issue run a copy belongs to, for the cover and every footer: "Batch B-2026-0007 · version 2 ·
    issued 6 Dec 2026 03:10 UTC". Empty without a batch, and in deterministic output (which prints
    nothing that differs from run to run)."""
    if not options.batch or options.deterministic:
        return ""
    zh = language == PackLanguage.ZH
    parts = [f"批次 {options.batch}" if zh else f"Batch {options.batch}"]
    if options.version is not None:
        parts.append(f"第{options.version}版" if zh else f"version {options.version}")
    if options.issued_at is not None:
        moment = options.issued_at.astimezone(timezone.utc)
        day = format_date(moment.date(), "zh" if zh else "en")
        parts.append(f"签发于 {day} {moment:%H:%M} UTC" if zh else f"issued {day} {moment:%H:%M} UTC")
    return " · ".join(parts)


def as_of_label(language: str) -> str:
    return pick("As of", "截至", language)


def meeting_heading(pack: BriefingPack, language: str) -> str:
    return label("meeting_title", language, n=pack.meeting.number)


def cover(
    pack: BriefingPack, options: PackOptions, styles: Styles, width: float, prepared: date | None
) -> list:
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
        (label("city", lang), own_line(m.city, m.city_zh, lang).replace("\n", " / ")),
        (label("venue", lang), own_line(m.venue, m.venue_zh, lang).replace("\n", " / ")),
    ]
    for side, opening, closing in meeting_times(m, pack.sides):
        text = f"{clock(opening, side.time_zone, lang)}, {format_date(opening.date(), lang)}"
        if closing:
            text += f" – {clock(closing, side.time_zone, lang)}, {format_date(closing.date(), lang)}"
        pairs.append((label("in_time_zone", lang, zone=bi_side(side)), text))
    pairs.append((label("status", lang), word(m.status, lang)))
    if m.changed_from_plan:
        planned: list[Bi] = []
        if m.planned_start and m.planned_start != m.start:
            planned.append(Bi(format_date(m.planned_start, "en"), format_date(m.planned_start, "zh")))
        if m.planned_city and m.planned_city != m.city:
            planned.append(Bi(m.planned_city, m.planned_city_zh or m.planned_city))
        if m.planned_host_side_code and m.planned_host_side_code != m.host_side_code:
            planned_host = pack.side(m.planned_host_side_code)
            planned.append(
                bi_side(planned_host)
                if planned_host
                else Bi(m.planned_host_side_code, m.planned_host_side_code)
            )
        was = Bi(", ".join(p.en for p in planned), "，".join(p.zh for p in planned))
        pairs.append(("", label("planned_was", lang, text=was)))
    if pack.as_of is not None:  # rendered as of a past day (a held meeting's pack): said on the cover
        pairs.append((as_of_label(lang), format_date(pack.as_of, lang)))
    if prepared is not None:
        pairs.append((label("prepared", lang), format_date(prepared, lang)))
    story.append(_panel(key_values(styles, pairs, width - 24, key_width=130), ACCENT_LIGHT, width))

    if options.marking or options.numbered:
        story.append(Spacer(1, 10 * mm))
        parts: list[Flowable] = []
        if options.marking:
            parts.append(CellParagraph(f"<b>{markup(options.marking)}</b>", styles.cover_copy))
        if options.numbered:
            parts.append(
                para(label("copy_of", lang, k=options.copy_number, n=options.copies_total), styles.cover_copy)
            )
            if options.recipient:
                parts.append(para(f"{label('recipient', lang)}: {options.recipient}", styles.body))
            issued = issue_line(options, lang)
            if issued:
                parts.append(para(issued, styles.body))
        story.append(_panel(parts, WARN_LIGHT, width, border=WARN))
    story += [NextPageTemplate("body"), PageBreak()]
    return story


def _panel(content, background, width: float, border=None) -> Table:
    rows = [[item] for item in content] if isinstance(content, list) else [[content]]
    table = Table(rows, colWidths=[width], hAlign="LEFT")
    commands: list[tuple] = [
        ("BACKGROUND", (0, 0), (-1, -1), background),
        ("LEFTPADDING", (0, 0), (-1, -1), 12),
        ("RIGHTPADDING", (0, 0), (-1, -1), 12),
        ("TOPPADDING", (0, 0), (0, 0), 10),
        ("BOTTOMPADDING", (0, -1), (-1, -1), 10),
    ]
    if border is not None:
        commands.append(("LINEBEFORE", (0, 0), (0, -1), 3, border))
    table.setStyle(TableStyle(commands))
    return table


class Contents(TableOfContents):
    """A table of contents laid out once, from the headings it will hold, before their pages are known.

    Page numbers take no room in the entries' layout (they are drawn after each entry's text, with
    the dots), so the contents has its final height from the start; each number is drawn at the end
    of the document, from ``pages`` (bookmark key -> page), at the place its entry's text ended.

    The rows are those TableOfContents makes (a spacer before each entry whose style asks for space,
    then the entry), in a PackTable; an entry is a :class:`ContentsEntry` wherever TextLines can lay
    it out as the Paragraph would, else that Paragraph."""

    def preset(self, headings: list, pages: dict[str, int]) -> None:
        self.pages = pages
        self._headings = [
            (h.level, h.toc_text, h.bookmark_key)
            for h in headings
            if isinstance(h, Heading) and h.bookmark_key
        ]

    def wrap(self, available_width, available_height):
        self._available = available_width, available_height
        self.canv.setNamedCB("drawTOCEntryEnd", self._number_at_page_end)
        rows = []
        for level, text, key in self._headings or [(0, "Placeholder for table of contents", None)]:
            style = self.getLevelStyle(level)
            if style.spaceBefore:
                rows.append([Spacer(1, style.spaceBefore)])
            rows.append([self._entry(level, text, key, style, available_width)])
        self._table = PackTable(rows, colWidths=(available_width,), style=self.tableStyle)
        self.width, self.height = self._table.wrapOn(self.canv, available_width, available_height)
        return self.width, self.height

    def _entry(self, level: int, text: str, key: str | None, style, width: float):
        if (
            key
            and break_line(text, style.fontName, style.fontSize, width - style.leftIndent) is not None
            and not style.rightIndent
            and not style.firstLineIndent
        ):
            return ContentsEntry(text, style, level, key, self)
        return self._paragraph_entry(level, text, key, style)

    def _paragraph_entry(self, level: int, text: str, key: str | None, style) -> Paragraph:
        """The entry as TableOfContents makes it: a link, then a callback for the dots and number."""
        linked = f'<a href="#{key}">{markup(text)}</a>' if key else markup(text)
        key_value = repr(key).replace(",", "\\x2c").replace('"', "\\x2c") if key else None
        return Paragraph(f'{linked}<onDraw name="drawTOCEntryEnd" label="0,{level},{key_value}"/>', style)

    def _number_at_page_end(self, canvas, kind, label) -> None:
        """A Paragraph entry's dots and page number, where its text ended (TableOfContents' callback)."""
        page, level, key = label.split(",")
        key = literal_eval(key)
        info = canvas._curr_tx_info
        self.number_later(
            canvas, (0, 0), info["cur_x"], info["cur_y"], int(level), key, None if key else int(page)
        )  # no key: TableOfContents' placeholder

    def number_later(
        self,
        canvas,
        origin: tuple[float, float],
        end_x: float,
        end_y: float,
        level: int,
        key: str | None,
        number: int | None = None,
    ) -> None:
        """Dots and page number drawn at the end of the page, after an entry whose text ended at
        (end_x, end_y) from ``origin``, in the coordinates in force now."""
        style = self.getLevelStyle(level)
        dot = " . " if 0 <= self.dotsMinLevel <= level else ""
        matrix = canvas._currentMatrix
        width, height = self._available

        def draw(page_canvas) -> None:
            page_canvas.saveState()
            page_canvas.transform(*matrix)
            page_canvas.translate(*origin)
            page_canvas._curr_tx_info = {"cur_x": end_x, "cur_y": end_y}  # where drawPageNumbers starts
            # a key is given whenever the number is not
            drawPageNumbers(
                page_canvas,
                style,
                [(self.pages[key or ""] if number is None else number, key)],
                width,
                height,
                dot,
            )
            del page_canvas._curr_tx_info
            page_canvas.restoreState()

        canvas.at_page_end(draw)


class ContentsEntry(TextLines):
    """A contents entry printed as TextLines: its text at the level's indent, each line a link to the
    heading (the rectangle Paragraph gives a link), then the dots and page number once known."""

    def __init__(self, text: str, style, level: int, key: str, contents: Contents) -> None:
        super().__init__(((text, style.textColor),), style)
        self.level, self.key, self.contents = level, key, contents

    def _lines(self, width: float):
        return super()._lines(width - self.style.leftIndent)

    def paragraph(self) -> Paragraph:
        if self._paragraph is None:
            self._paragraph = self.contents._paragraph_entry(
                self.level, self.parts[0][0], self.key, self.style
            )
        return self._paragraph

    def print_into(self, text, x: float, y: float) -> None:
        style = self.style
        font, size, leading, indent = style.fontName, style.fontSize, style.leading, style.leftIndent
        room = self.width - indent
        baseline = self.height - size  # from the entry's bottom left
        canvas = text.canvas
        for line, colour, used, font in self._lines(self.width):
            line_width = stringWidth(line, font, size)  # a link ends where the text does
            extra = room - used
            spaces = line.count(" ") + line.count("\xa0")
            text.line(
                x + indent,
                y + baseline,
                line,
                font,
                size,
                leading,
                colour,
                extra / spaces if extra <= -1e-8 and spaces else 0,
            )
            canvas.linkRect(
                "",
                self.key,
                (x + indent, y + baseline - 0.2 * size, x + indent + line_width, y + baseline + size),
                relative=1,
            )
            baseline -= leading
        self.contents.number_later(
            canvas, (x, y), indent + line_width, baseline + leading, self.level, self.key
        )


def contents(options: PackOptions, styles: Styles) -> list:
    toc = Contents(levelStyles=list(styles.toc_levels), dotsMinLevel=0)
    return [CellParagraph(markup(label("contents", options.language)), styles.h1), toc]
