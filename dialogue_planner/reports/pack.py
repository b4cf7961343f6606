"""Render a briefing pack: records in, PDF bytes out.

``render_pack`` checks the font's coverage first (a name the font cannot draw is reported, never
printed as empty boxes), then builds the story and lays it out once (document.HeldPagesCanvas draws the
page count and the contents' page numbers at the end).
"""

from __future__ import annotations

import dataclasses
import io
import re
import threading
from collections.abc import Callable
from datetime import date

from reportlab import rl_config
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.platypus import KeepTogether, PageBreak, Spacer

from dialogue_planner.domain.briefing import BriefingPack, PackOptions, meeting_times
from dialogue_planner.domain.vocabulary import PaperSize

from . import contacts, continuity, cover, glossary, review, sections
from .document import Heading, PackDocTemplate, PageDecor
from .fonts import missing_glyphs, replace_missing
from .rendered import FontCoverageError, MissingGlyphs, RenderedPack
from .styles import make_styles
from .text import shorten
from .wording import label

# The PDF's /Lang: its main language. A bilingual pack is declared en-US: its layout, headings and order
# are the English pack's, with the Chinese beside; the PDF is untagged, so its Chinese runs carry no
# language of their own (a screen reader picks the voice by script).
PDF_LANG = {"en": "en-US", "zh": "zh-CN", "bilingual": "en-US"}
PAGE_SIZES = {PaperSize.A4: A4, PaperSize.LETTER: LETTER}
SECTION_BUILDERS = (
    continuity.glance,
    sections.logistics,
    sections.delegations,
    continuity.outcomes,
    continuity.since,
    sections.agenda,
    review.review,
    sections.escalations,
    sections.actions,
    sections.annex,
    contacts.contact_sheet,
    glossary.glossary,
    sections.control,
)

# rl_config.invariant is process-wide; builds that change it take turns.
_invariant_lock = threading.Lock()


def check_pack(pack: BriefingPack, options: PackOptions) -> list[MissingGlyphs]:
    """Every field of the pack and its options holding a character the font cannot draw."""
    return [
        dataclasses.replace(m, where=field_name(pack, m.field))
        for m in missing_glyphs(pack, options, names=("pack", "options"))
    ]


_PATH = re.compile(r"^(pack|options)((?:\.\w+|\[\d+\])*)$")


def field_name(pack: BriefingPack, path: str) -> str:
    """A field path (``pack.agenda[11].title``) as a user knows the field: "agenda item 12, title"."""
    match = _PATH.match(path)
    if not match:
        return path
    steps = re.findall(r"\.(\w+)|\[(\d+)\]", match.group(2))
    parts = [name or int(index) for name, index in steps]
    leaf = parts[-1] if parts and isinstance(parts[-1], str) else ""
    field = leaf.replace("_zh", " (Chinese)").replace("_en", " (English)").replace("_", " ")
    try:
        if match.group(1) == "options" or len(parts) < 3:
            owner = (
                "meeting"
                if parts and parts[0] == "meeting"
                else ("briefing options" if match.group(1) == "options" else "pack")
            )
            return f"{owner} {pack.meeting.number}, {field}" if owner == "meeting" else f"{owner}, {field}"
        collection, index = parts[0], parts[1]
        if collection == "agenda":
            return f"agenda item {pack.agenda[index].number}, {field}"
        if collection == "delegations" and len(parts) >= 5 and parts[2] == "members":
            delegation = pack.delegations[index]
            return f"delegation of {delegation.side.name_en}, delegate {parts[3] + 1}, {field}"
        if collection in ("open_requests", "overdue_requests"):
            return f"request {getattr(pack, collection)[index].reference}, {field}"
        if collection == "escalations":
            return f"escalation {pack.escalations[index].reference}, {field}"
        if collection == "actions":
            return f"commitment {index + 1}, {field}"
        if collection == "activities":
            return f"activity {index + 1} since the last meeting, {field}"
        if collection == "contacts":
            contact = pack.contacts[index]
            return f"contact sheet, {contact.kind} {contact.side_code} {index + 1}, {field}"
        if collection == "terms":
            return f"glossary term {pack.terms[index].en!r}, {field}"
        if collection == "previous_outcomes" and len(parts) >= 4 and isinstance(parts[2], int):
            return f"outcomes of the previous meeting, paragraph {parts[2] + 1}, {field}"
    except (IndexError, AttributeError, TypeError):
        return path
    return path


def render_pack(
    pack: BriefingPack,
    options: PackOptions,
    *,
    replace_missing_glyphs: bool = False,
    progress: Callable[[int], None] | None = None,
) -> RenderedPack:
    """The pack as PDF bytes. Raises FontCoverageError (listing every field and character) when the
    font lacks a character, unless ``replace_missing_glyphs`` asks to print U+FFFD instead."""
    missing = check_pack(pack, options)
    if missing and not replace_missing_glyphs:
        raise FontCoverageError(missing)
    if missing:
        pack = _map_strings(pack)
        options = _map_strings(options)
    meeting_times(pack.meeting, pack.sides)  # an unknown time zone is a clear error before any work
    if options.deterministic:
        with _invariant_lock:
            saved = rl_config.invariant
            rl_config.invariant = 1
            try:
                pdf, pages, passes = _build(pack, options, progress)
            finally:
                rl_config.invariant = saved
    else:
        pdf, pages, passes = _build(pack, options, progress)
    return RenderedPack(pdf, pages, passes, tuple(missing))


def _build(pack: BriefingPack, options: PackOptions, progress) -> tuple[bytes, int, int]:
    lang = options.language
    styles = make_styles()
    # A deterministic pack prints no preparation date unless it is given (never a made-up one).
    prepared = options.prepared_on or (None if options.deterministic else date.today())
    meeting_title = label("meeting_title", lang, n=pack.meeting.number)
    copy_line = ""
    if options.numbered:
        copy_line = label("copy_of", lang, k=options.copy_number, n=options.copies_total)
        if options.recipient:
            copy_line += f" — {options.recipient}"
    dialogue = pack.dialogue_name_zh if lang == "zh" and pack.dialogue_name_zh else pack.dialogue_name_en
    decor = PageDecor(
        running_head=" · ".join(p for p in (shorten(dialogue, 90), meeting_title) if p),
        marking=options.marking.strip(),
        copy_line=copy_line,
        page_label=label("page_of", lang, x="{x}", y="{y}"),
        issue_line=cover.issue_line(options, lang),
    )
    buffer = io.BytesIO()
    doc = PackDocTemplate(
        buffer,
        pagesize=PAGE_SIZES[options.paper],
        decor=decor,
        title=" — ".join(
            p for p in (shorten(dialogue, 200), meeting_title, label("briefing_pack", lang)) if p
        ),
        subject=label("document_subject", lang, n=pack.meeting.number),
        author=pack_author(pack, options),
        invariant=options.deterministic,
        lang=PDF_LANG.get(getattr(lang, "value", lang), "en"),
        progress=progress,
    )
    story = pack_story(pack, options, styles, doc.width, prepared)
    toc = next(item for item in story if isinstance(item, cover.Contents))
    _flatten_headings(story, toc, doc.heading_pages)
    doc.build(story)
    return buffer.getvalue(), doc.page, doc.passes


def pack_story(pack: BriefingPack, options: PackOptions, styles, width: float, prepared: date | None) -> list:
    """The pack's flowables, cover to the last section, before layout (the contents are not yet filled
    in). ``benchmarks/briefing.py`` counts the rows of its tables."""
    story = cover.cover(pack, options, styles, width, prepared)
    contents = cover.contents(options, styles)
    story += contents
    for build in SECTION_BUILDERS:
        story += build(pack, options, styles, width)
    return _no_space_before_breaks(story)


def pack_author(pack: BriefingPack, options: PackOptions) -> str:
    """The PDF's Author: the one asked for, else the host side's secretariat (its name in the pack's
    language), else any secretariat, else the dialogue; never the login of whoever printed it."""
    if options.author.strip():
        return options.author.strip()
    secretariats = [c for c in pack.contacts if c.kind == "secretariat" and c.name]
    host = [c for c in secretariats if c.side_code == pack.meeting.host_side_code]
    for c in host + secretariats:
        return c.name_zh if options.language == "zh" and c.name_zh else c.name
    if options.language == "zh" and pack.dialogue_name_zh:
        return pack.dialogue_name_zh
    return pack.dialogue_name_en or pack.dialogue_name_zh


def _no_space_before_breaks(story: list) -> list:
    """The story without the spacers that end a section before a page break: at a page's foot such a
    spacer spilled onto a page of its own, and the break then left that page blank."""
    out: list = []
    for item in story:
        if isinstance(item, PageBreak):
            while out and isinstance(out[-1], Spacer):
                out.pop()
        out.append(item)
    return out


def _flatten_headings(story: list, toc: cover.Contents, pages: dict[str, int]) -> None:
    """Give the contents every heading of the story, including those inside KeepTogether groups."""
    headings: list = []

    def walk(items) -> None:
        for item in items:
            if isinstance(item, Heading):
                headings.append(item)
            elif isinstance(item, KeepTogether):
                walk(item._content)  # type: ignore[attr-defined]  # KeepTogether's flowables, not in the stubs

    walk(story)
    toc.preset(headings, pages)


def _map_strings(value):
    """A copy of a record tree with every string passed through replace_missing."""
    if isinstance(value, str):
        return replace_missing(value)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        changes = {f.name: _map_strings(getattr(value, f.name)) for f in dataclasses.fields(value) if f.init}
        return dataclasses.replace(value, **changes)
    if isinstance(value, tuple):
        return tuple(_map_strings(v) for v in value)
    if isinstance(value, list):
        return [_map_strings(v) for v in value]
    if isinstance(value, dict):
        return {_map_strings(k): _map_strings(v) for k, v in value.items()}
    return value
