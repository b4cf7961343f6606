"""The pack's bilingual glossary: the dialogue's vocabulary (roles, statuses, kinds), its standing items
and the agencies of both sides, English | Chinese, sorted by the English term. In every pack's annex,
whatever its language (a reader of either side finds the other side's word)."""

from __future__ import annotations

from reportlab.platypus import PageBreak

from dialogue_planner.domain.briefing import BriefingPack, PackOptions, PackTerm

from .blocks import data_table
from .document import Heading
from .sections import empty_note
from .styles import Styles
from .wording import VOCABULARY_ZH, label, word


def glossary_terms(pack: BriefingPack) -> list[PackTerm]:
    """Every term once (by its English), sorted case-insensitively by the English."""
    terms = [PackTerm(word(value, "en"), zh, "word") for value, zh in VOCABULARY_ZH.items()]
    terms += [t for t in pack.terms if t.en.strip()]
    seen: dict[str, PackTerm] = {}
    for t in terms:
        key = t.en.strip().casefold()
        if key not in seen or (not seen[key].zh and t.zh):
            seen[key] = t
    return sorted(seen.values(), key=lambda t: (t.en.casefold(), t.en))


def glossary(pack: BriefingPack, options: PackOptions, styles: Styles, width: float) -> list:
    lang = options.language
    story: list = [
        PageBreak(),
        Heading(label("glossary", lang), styles.h1, key="section-glossary", level=0),
    ]
    terms = glossary_terms(pack)
    if not terms:
        return story + empty_note(label("no_terms", lang), styles)
    story += empty_note(label("glossary_note", lang), styles)
    rows = [[t.en, t.zh or "—"] for t in terms]
    header = [label("english", "en"), label("chinese", "zh")]
    return story + [data_table(styles, header, rows, [width * 0.55, width * 0.45])]
