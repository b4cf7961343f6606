"""The printed joint summary of outcomes of a meeting (issue 15): records in, PDF bytes out.

Numbered paragraphs in English and Chinese side by side (or one language), the agreement record (which
side, who, when, which version) at the end, kept together on the last page, a "DRAFT — not agreed"
watermark on every page until both sides have agreed the version, and "page X of Y" in the footer.
The pack's font, styles, page furniture and words are used as they are.
"""

from __future__ import annotations

import dataclasses
import io
import re
from dataclasses import dataclass
from datetime import date, timezone

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import KeepTogether, Paragraph, Spacer, Table

from dialogue_planner.domain.briefing import PackLanguage, PackSide
from dialogue_planner.domain.errors import ValidationError
from dialogue_planner.domain.messages import msg
from dialogue_planner.domain.outcomes import OutcomeStatus, OutcomeVersionRecord
from dialogue_planner.domain.vocabulary import PaperSize

from .blocks import CELL_PADDING, CellParagraph, PackTable, text_cell
from .document import Heading, PackDocTemplate, PageDecor
from .fonts import draw_runs, missing_glyphs, replace_missing
from .pack import PAGE_SIZES, PDF_LANG, _invariant_lock
from .rendered import MissingGlyphs
from .styles import MUTED, WARN, Styles, make_styles, table_style
from .text import clean, markup, shorten
from .wording import format_date_range, label, pick, side_name

WORDS: dict[str, tuple[str, str]] = {
    "title": ("Joint summary of outcomes", "共同成果摘要"),
    "version": ("Version {v}", "第{v}版"),
    "draft": ("Draft", "草案"),
    "proposed": ("Proposed, not yet agreed", "已提出，尚未商定"),
    "final": ("Final: agreed by both sides", "定稿：双方已商定"),
    "reason": ("Revised because: {reason}", "修订原因：{reason}"),
    "superseded": ("A later version of this summary exists.", "本摘要已有更新版本。"),
    "watermark": ("DRAFT — not agreed", "草案 — 尚未商定"),
    "number": ("No.", "序号"),
    "english": ("English", "英文"),
    "chinese": ("Chinese", "中文"),
    "no_zh": ("(Chinese text not yet written)", "（中文文本待补）"),
    "no_en": ("(English text not yet written)", "（英文文本待补）"),
    "no_paragraphs": ("This version has no paragraphs yet.", "本版本尚无段落。"),
    "record": ("Agreement record", "商定记录"),
    "side": ("Side", "一方"),
    "agreed_by": ("Agreed by", "商定人"),
    "agreed_at": ("When (UTC)", "时间（协调世界时）"),
    "of_version": ("Version", "版本"),
    "none_agreed": ("Neither side has agreed this version yet.", "双方均尚未商定本版本。"),
    "awaiting": ("Awaiting the agreement of: {sides}", "尚待以下一方商定：{sides}"),
    "both_agreed": ("Both sides agreed this version; it is final.", "双方已商定本版本，本版本为定稿。"),
    "prepared": ("Prepared {date}", "编制日期：{date}"),
}


def words(key: str, language: str, *, sep: str = " / ", **values) -> str:
    en, zh = WORDS[key]
    return pick(en.format(**values), zh.format(**values), language, sep=sep)


@dataclass(frozen=True)
class OutcomesDocument:
    """What the printed summary shows: the meeting, the dialogue's two sides and one version."""

    dialogue_name_en: str
    dialogue_name_zh: str
    meeting: int
    start: date
    end: date
    city: str
    sides: tuple[PackSide, ...]
    outcome: OutcomeVersionRecord

    def side(self, code: str) -> PackSide | None:
        return next((s for s in self.sides if s.code == code), None)


@dataclass(frozen=True)
class OutcomesOptions:
    paper: str = PaperSize.A4.value
    language: str = PackLanguage.BILINGUAL.value
    author: str = ""
    deterministic: bool = False

    def __post_init__(self) -> None:
        if self.paper not in PaperSize.values():
            raise ValidationError(msg("Unknown paper '{paper}': use letter or a4.", paper=self.paper))
        if self.language not in PackLanguage.values():
            raise ValidationError(
                msg("Unknown language '{language}': use en, zh or bilingual.", language=self.language)
            )


@dataclass(frozen=True)
class RenderedOutcomes:
    pdf: bytes
    pages: int
    replaced: tuple[MissingGlyphs, ...] = ()


# Chinese line breaking. ReportLab's CJK mode lets one closing mark hang at a line's end but no more, so
# '）。' began a line with '。', and it ends lines with '（'. Lines are broken here instead: a closing mark
# stays with the character before it, an opening mark with the one after, a Latin word or number is
# kept whole, and a line breaks between any other two characters.
CANNOT_START = "，。、：；！？）》」』】〕〉…%‰℃·!),.:;?]}”’"
CANNOT_END = "（《「『【〔〈([{“‘"
_UNITS = re.compile(r"[A-Za-z0-9][A-Za-z0-9'’.\-]*|\s+|.", re.DOTALL)


def chinese_lines(text: str, font: str, size: float, width: float) -> list[tuple[str, float]]:
    """(line, its width) of ``text`` broken to ``width`` as above; a unit wider than a line is cut."""
    units: list[str] = []
    for unit in _UNITS.findall(text):
        opened = units and units[-1].rstrip()[-1:] in tuple(CANNOT_END)  # an opening mark keeps what follows
        if units and (opened or (unit[0] in CANNOT_START and not unit.isspace())):
            units[-1] += unit
        else:
            units.append(unit)
    lines: list[tuple[str, float]] = []
    line, used = "", 0.0
    for unit in units:
        w = stringWidth(unit, font, size)
        if used + w <= width + 1e-6 or not line.strip():
            if line or not unit.isspace():
                line, used = line + unit, used + w
            continue
        lines.append((line.rstrip(), stringWidth(line.rstrip(), font, size)))
        line, used = ("", 0.0) if unit.isspace() else (unit, w)
    if line.strip() or not lines:
        lines.append((line.rstrip(), stringWidth(line.rstrip(), font, size)))
    return lines


class ChineseParagraph(CellParagraph):
    """A paragraph of Chinese (plain text in one style) broken by :func:`chinese_lines`. The parts
    ReportLab makes when it splits one at a page end keep the lines they were given."""

    _plain: str | None = None

    def wrap(self, available_width, available_height):
        cached = self._wrapped_for == available_width and "blPara" in self.__dict__
        size = super().wrap(available_width, available_height)
        para = self.__dict__.get("blPara")
        if (
            cached
            or self._plain is None
            or para is None
            or para.kind != 0
            or getattr(self, "_kinsoku", None) == available_width
        ):
            return size
        style = self.style
        lines = []
        for piece in self._plain.split("\n"):
            lines += chinese_lines(piece, style.fontName, style.fontSize, available_width)
        para.lines = [(available_width - used, [line]) for line, used in lines]
        self._kinsoku = available_width
        self.height = len(lines) * style.leading
        return self.width, self.height


class OutcomesDocTemplate(PackDocTemplate):
    """The pack's page furniture (running head, "page X of Y") on every page, with the watermark under
    the text while the version is not final."""

    _firstPageTemplateIndex = 1  # noqa: N815 - ReportLab's name; the body page from the first page: no cover

    def __init__(self, target, *, watermark: tuple[str, ...], **kwargs) -> None:
        super().__init__(target, **kwargs)
        self.watermark = watermark

    def _decorate_body(self, canvas, doc) -> None:
        super()._decorate_body(canvas, doc)
        if self.watermark:  # over the text (translucent), so that no table band can hide it
            canvas.at_page_end(self._draw_watermark)

    def _draw_watermark(self, canvas) -> None:
        canvas.saveState()
        width, height = self.pagesize
        canvas.translate(width / 2, height / 2)
        canvas.rotate(45)
        canvas.setFillColor(WARN)
        canvas.setFillAlpha(0.13)
        size = 50 if len(self.watermark) == 1 else 42
        lines = self.watermark
        top = (len(lines) - 1) * size * 0.6
        for i, line in enumerate(lines):  # run by run: the Chinese line in the CJK face, not the Latin one
            draw_runs(canvas, 0, top - i * size * 1.2 - size / 3, line, size, align="centre")
        canvas.restoreState()


def render_outcomes(document: OutcomesDocument, options: OutcomesOptions) -> RenderedOutcomes:
    """The summary as PDF bytes; characters the font lacks print as U+FFFD and are reported."""
    missing = missing_glyphs(document, names=("outcomes",))
    if missing:
        document = _map_strings(document)
    if options.deterministic:
        with _invariant_lock:
            saved = rl_config.invariant
            rl_config.invariant = 1
            try:
                pdf, pages = _build(document, options)
            finally:
                rl_config.invariant = saved
    else:
        pdf, pages = _build(document, options)
    return RenderedOutcomes(pdf, pages, tuple(missing))


def _styles(styles: Styles):
    text = ParagraphStyle("outcome_text", parent=styles.body, spaceAfter=0, leading=14.5)
    text_zh = ParagraphStyle("outcome_text_zh", parent=text, wordWrap="CJK")
    number = ParagraphStyle("outcome_number", parent=styles.body, spaceAfter=0, textColor=MUTED)
    missing = ParagraphStyle("outcome_missing", parent=styles.muted, spaceAfter=0)
    missing_zh = ParagraphStyle("outcome_missing_zh", parent=missing, wordWrap="CJK")
    return text, text_zh, number, missing, missing_zh


def _dialogue_name(document: OutcomesDocument, lang: str) -> str:
    if lang == PackLanguage.ZH and document.dialogue_name_zh:
        return document.dialogue_name_zh
    return document.dialogue_name_en


def _title(document: OutcomesDocument, lang: str) -> str:
    """The PDF's Title in the document's language (a bilingual summary's is English, as its /Lang)."""
    language = PackLanguage.ZH.value if lang == PackLanguage.ZH else PackLanguage.EN.value
    return " — ".join(
        p
        for p in (
            shorten(_dialogue_name(document, language), 200),
            label("meeting_title", language, n=document.meeting),
            words("title", language),
            words("version", language, v=document.outcome.version),
        )
        if p
    )


def _build(document: OutcomesDocument, options: OutcomesOptions) -> tuple[bytes, int]:
    lang = options.language
    styles = make_styles()
    text_style, zh_style, number_style, missing_style, missing_zh_style = _styles(styles)
    v = document.outcome
    final = v.status == OutcomeStatus.FINAL
    meeting_title = label("meeting_title", lang, n=document.meeting)
    # The dialogue's name heads the first page; the running head says which summary this is.
    running = " · ".join((meeting_title, words("title", lang), words("version", lang, v=v.version)))
    en, zh = WORDS["watermark"]
    by_language: dict[str, tuple[str, ...]] = {PackLanguage.EN: (en,), PackLanguage.ZH: (zh,)}
    watermark: tuple[str, ...] = () if final else by_language.get(lang, (en, zh))
    buffer = io.BytesIO()
    doc = OutcomesDocTemplate(
        buffer,
        pagesize=PAGE_SIZES[PaperSize(options.paper)],
        watermark=watermark,
        decor=PageDecor(
            running_head=running,
            marking="",
            copy_line="",
            page_label=label("page_of", lang, x="{x}", y="{y}"),
        ),
        title=_title(document, lang),
        subject=words("title", lang),
        author=options.author or _dialogue_name(document, lang) or "Secretariat",
        invariant=options.deterministic,
        lang=PDF_LANG.get(str(lang), "en-US"),
    )
    width = doc.width
    story: list = []
    kicker = document.dialogue_name_en
    if lang == PackLanguage.ZH and document.dialogue_name_zh:
        kicker = document.dialogue_name_zh
    elif lang == PackLanguage.BILINGUAL and document.dialogue_name_zh:
        kicker = f"{document.dialogue_name_en}\n{document.dialogue_name_zh}"
    story.append(Paragraph(markup(kicker), styles.cover_kicker))
    story.append(Spacer(1, 3 * mm))
    story.append(Heading(words("title", lang, sep="  ·  "), styles.h1, key="outcomes", level=0))
    place = f"{format_date_range(document.start, document.end, lang)}"
    if document.city:
        place += f", {document.city}"
    story.append(CellParagraph(markup(f"{meeting_title} — {place}"), styles.h3))
    status_key = {"draft": "draft", "proposed": "proposed", "final": "final"}.get(v.status, "draft")
    status_style = styles.body if final else ParagraphStyle("status_warn", parent=styles.body, textColor=WARN)
    story.append(
        Paragraph(markup(f"{words('version', lang, v=v.version)} · {words(status_key, lang)}"), status_style)
    )
    if v.reason:
        story.append(Paragraph(markup(words("reason", lang, reason=v.reason)), styles.muted))
    if not v.latest:
        story.append(Paragraph(markup(words("superseded", lang)), styles.muted))
    story.append(Spacer(1, 4 * mm))
    story.append(
        _paragraph_table(
            document, lang, width, styles, text_style, zh_style, number_style, missing_style, missing_zh_style
        )
    )
    story.append(Spacer(1, 8 * mm))
    story.append(KeepTogether(_agreement_record(document, lang, width, styles)))
    doc.build(story)
    return buffer.getvalue(), doc.page


PADDING = 6  # left and right in the bilingual table


def _paragraph_table(
    document: OutcomesDocument,
    lang: str,
    width: float,
    styles: Styles,
    text_style,
    zh_style,
    number_style,
    missing_style,
    missing_zh_style,
):
    paragraphs = document.outcome.paragraphs
    if not paragraphs:
        return Paragraph(markup(words("no_paragraphs", lang)), styles.muted)
    number_width = 14 * mm

    def cell(text: str, style, missing_key: str, mstyle, width: float):
        """English as TextLines where it lays out as its Paragraph would (a fraction of the cost:
        blocks.text_cell), Chinese as a Paragraph that breaks between characters."""
        if not text.strip():
            text, style = words(missing_key, lang), mstyle
        if style.wordWrap == "CJK":
            cell = ChineseParagraph(markup(text), style)
            cell._plain = clean(text)
            return cell
        return text_cell(((clean(text), None),), style, width)

    if lang == PackLanguage.BILINGUAL:
        column = (width - number_width) / 2
        widths = [number_width, column, column]
        head = [
            CellParagraph(markup(words(k, "bilingual", sep="\n")), styles.cell_head)
            for k in ("number", "english", "chinese")
        ]
        inner = column - 2 * PADDING
        rows = [
            [
                CellParagraph(f"{p.number}.", number_style),
                cell(p.text_en, text_style, "no_en", missing_style, inner),
                cell(p.text_zh, zh_style, "no_zh", missing_zh_style, inner),
            ]
            for p in paragraphs
        ]
        table = PackTable([head, *rows], colWidths=widths, repeatRows=1, splitInRow=1, hAlign="LEFT")
        style = table_style(zebra=False)
        style.add("LEFTPADDING", (0, 0), (-1, -1), PADDING)
        style.add("RIGHTPADDING", (0, 0), (-1, -1), PADDING)
        style.add("TOPPADDING", (0, 1), (-1, -1), 6)
        style.add("BOTTOMPADDING", (0, 1), (-1, -1), 7)
        style.add("LINEBEFORE", (2, 1), (2, -1), 0.4, colors.HexColor("#C5CED8"))
        table.setStyle(style)
        return table
    zh = lang == PackLanguage.ZH
    inner = width - number_width - 2 * CELL_PADDING
    rows = [
        [
            CellParagraph(f"{p.number}.", number_style),
            cell(p.text_zh, zh_style, "no_zh", missing_zh_style, inner)
            if zh
            else cell(p.text_en, text_style, "no_en", missing_style, inner),
        ]
        for p in paragraphs
    ]
    table = PackTable(rows, colWidths=[number_width, width - number_width], splitInRow=1, hAlign="LEFT")
    style = table_style(header_rows=0, zebra=False)
    style.add("TOPPADDING", (0, 0), (-1, -1), 5)
    style.add("BOTTOMPADDING", (0, 0), (-1, -1), 6)
    style.add("LINEBELOW", (0, 0), (-1, -1), 0, colors.white)
    table.setStyle(style)
    return table


def _agreement_record(document: OutcomesDocument, lang: str, width: float, styles: Styles) -> list:
    v = document.outcome
    out: list = [Heading(words("record", lang), styles.h2, key="record", level=0)]
    if v.agreements:
        head = [
            CellParagraph(markup(words(k, lang, sep="\n")), styles.cell_head)
            for k in ("side", "agreed_by", "agreed_at", "of_version")
        ]
        rows = [head]
        for a in v.agreements:
            side = document.side(a.side)
            at = a.at.astimezone(timezone.utc).strftime("%Y-%m-%d %H:%M")
            rows.append(
                [
                    CellParagraph(markup(side_name(side, lang, sep="\n") if side else a.side), styles.cell),
                    CellParagraph(markup(a.by), styles.cell),
                    CellParagraph(markup(at), styles.cell),
                    CellParagraph(str(a.version), styles.cell),
                ]
            )
        widths = [width * 0.34, width * 0.30, width * 0.22, width * 0.14]
        table = Table(rows, colWidths=widths, hAlign="LEFT")
        table.setStyle(table_style())
        out.append(table)
        out.append(Spacer(1, 3 * mm))
    else:
        out.append(Paragraph(markup(words("none_agreed", lang)), styles.body))
    if v.status == OutcomeStatus.FINAL:
        out.append(Paragraph(markup(words("both_agreed", lang)), styles.body))
    elif v.status == OutcomeStatus.PROPOSED:
        waiting = [s for s in document.sides if s.code not in v.agreed_by]
        names_en = ", ".join(side_name(s, "en") for s in waiting)
        names_zh = "、".join(side_name(s, "zh") for s in waiting)
        en, zh = WORDS["awaiting"]
        out.append(
            Paragraph(
                markup(pick(en.format(sides=names_en), zh.format(sides=names_zh), lang)),
                ParagraphStyle("awaiting", parent=styles.body, textColor=WARN),
            )
        )
    return out


def _map_strings(value):
    if isinstance(value, str):
        return replace_missing(value)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return dataclasses.replace(
            value,
            **{f.name: _map_strings(getattr(value, f.name)) for f in dataclasses.fields(value) if f.init},
        )
    if isinstance(value, tuple):
        return tuple(_map_strings(v) for v in value)
    return value


__all__ = ["OutcomesDocument", "OutcomesOptions", "RenderedOutcomes", "render_outcomes"]
