"""The pack's contact sheet: each side's secretariat, the liaison officers and the hotline's contact
points, one table per kind, from the rows the services give (``BriefingPack.contacts``)."""

from __future__ import annotations

from reportlab.platypus import PageBreak, Spacer

from dialogue_planner.domain.briefing import BriefingPack, PackContact, PackLanguage, PackOptions

from .blocks import data_table, lines
from .document import Heading
from .sections import CELL, empty_note, head
from .styles import Styles
from .wording import VOCABULARY_ZH, label, pick, side_name, word

KINDS = (
    ("secretariat", "contacts_secretariat"),
    ("liaison", "contacts_liaison"),
    ("hotline", "contacts_hotline"),
)


def contact_sheet(pack: BriefingPack, options: PackOptions, styles: Styles, width: float) -> list:
    lang = options.language
    story: list = [
        PageBreak(),
        Heading(label("contacts", lang), styles.h1, key="section-contacts", level=0),
    ]
    if not pack.contacts:
        return story + empty_note(label("no_contacts", lang), styles)
    known = {kind for kind, _ in KINDS}
    for kind, key in KINDS:
        rows = [c for c in pack.contacts if c.kind == kind or (kind == "hotline" and c.kind not in known)]
        if not rows:
            continue
        story.append(Heading(label(key, lang), styles.h2, key="", level=1))
        story.append(_table(pack, rows, lang, styles, width))
        story.append(Spacer(1, 4))
    return story


def _table(pack: BriefingPack, rows: list[PackContact], lang: str, styles: Styles, width: float):
    body = []
    for c in rows:
        names = (
            [(c.name_zh, "bold"), (c.name, None)]
            if lang == PackLanguage.ZH and c.name_zh
            else [
                (c.name or c.name_zh or "—", "bold"),
                (c.name_zh if c.name_zh != c.name else "", None),
            ]
        )
        side = pack.side(c.side_code)
        body.append(
            [
                side_name(side, lang, sep=CELL) if side else (c.side_code or "—"),
                lines([*names, (_role(c.role, lang), "muted")]),
                (c.phone or "—").replace(" ", "\xa0"),  # a number never breaks across lines
                c.email or "—",
            ]
        )
    header = head(("side", "name", "phone", "email"), lang)
    shares = [0.18, 0.34, 0.22, 0.26]
    return data_table(styles, header, body, [width * s for s in shares])


def _role(role: str, lang: str) -> str:
    """A liaison officer's role ("head — MPS") with its vocabulary word in the pack's language."""
    first, sep, rest = role.partition(" — ")
    if first in VOCABULARY_ZH:
        return word(first, lang) + sep + rest
    return role


__all__ = ["contact_sheet", "pick"]
