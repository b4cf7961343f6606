"""``brief --check-translation``: the printed texts of a meeting's pack that have no Chinese yet.

The list of printed texts is made in one place, ``domain.translation.pack_texts``, from the pack as
``services.briefing.assemble_pack`` reads it; the Chinese pack's control page counts the same list.
A new printed field (a request's or an escalation's Chinese, say) is one line there.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from dialogue_planner.domain.translation import PrintedText, pack_texts

from .briefing import assemble_pack
from .context import ServiceContext


@dataclass(frozen=True)
class TranslationCheck:
    """A meeting's printed texts (``texts`` of them) and those whose Chinese is missing, in pack order."""

    meeting: int
    texts: int
    missing: tuple[PrintedText, ...]

    @property
    def complete(self) -> bool:
        return not self.missing


def check_translation(ctx: ServiceContext, meeting: int, *, today: date | None = None) -> TranslationCheck:
    """Which texts meeting ``meeting``'s Chinese pack would print in English, marked untranslated."""
    texts = pack_texts(assemble_pack(ctx, meeting, today=today))
    return TranslationCheck(meeting, len(texts), tuple(t for t in texts if t.missing))


__all__ = ["TranslationCheck", "check_translation"]
