"""Each side's briefing defaults: the paper and language of a pack issued to its delegates, and its
secretariat (the contact sheet's first lines and the PDF's Author). Stored on the side (migration 0012).

A side with no language set takes its default: Chinese for a side whose public holidays are China's (or
whose code is CN), English otherwise.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from dialogue_planner.domain.briefing import PackLanguage
from dialogue_planner.domain.errors import NotFoundError, ValidationError
from dialogue_planner.domain.limits import check_line
from dialogue_planner.domain.messages import msg
from dialogue_planner.domain.vocabulary import PaperSize, Role
from dialogue_planner.storage.models import Dialogue, Side

from .context import ServiceContext, snapshot

CHINESE_SIDES = ("CN", "CHN", "PRC")


@dataclass(frozen=True)
class SideDefaults:
    """What a pack for a delegate of ``code`` is printed on and in, and who its secretariat is."""

    code: str
    name_en: str
    name_zh: str
    paper: str  # "a4" or "letter"
    language: str  # "en", "zh" or "bilingual"
    language_set: bool  # False: the side's default language (not chosen by anyone)
    secretariat_name: str
    secretariat_name_zh: str
    secretariat_phone: str
    secretariat_email: str
    version: int


def side_language(side: Side) -> str:
    """The side's pack language: the one set, else zh for a Chinese side, else en."""
    if side.pack_language:
        return side.pack_language
    chinese = (side.holiday_country or "").upper() == "CN" or side.code.upper() in CHINESE_SIDES
    return PackLanguage.ZH.value if chinese else PackLanguage.EN.value


def side_defaults_of(side: Side) -> SideDefaults:
    return SideDefaults(
        code=side.code,
        name_en=side.name_en,
        name_zh=side.name_zh or "",
        paper=side.paper_size or PaperSize.A4.value,
        language=side_language(side),
        language_set=bool(side.pack_language),
        secretariat_name=side.secretariat_name or "",
        secretariat_name_zh=side.secretariat_name_zh or "",
        secretariat_phone=side.secretariat_phone or "",
        secretariat_email=side.secretariat_email or "",
        version=side.version,
    )


def _dialogue_sides(session, ctx: ServiceContext) -> list[Side]:
    dialogue = session.get_one(Dialogue, ctx.require_dialogue())
    return [dialogue.side_a, dialogue.side_b]


def list_side_defaults(ctx: ServiceContext) -> list[SideDefaults]:
    """Both sides of the current dialogue, in the dialogue's order."""
    with ctx.read() as s:
        return [side_defaults_of(side) for side in _dialogue_sides(s, ctx)]


def _side(session, ctx: ServiceContext, code: str) -> Side:
    wanted = (code or "").strip().upper()
    for side in _dialogue_sides(session, ctx):
        if side.code.upper() == wanted:
            return side
    raise NotFoundError(msg("The dialogue has no side '{code}'.", code=code))


def set_side_defaults(
    ctx: ServiceContext,
    side: str,
    *,
    paper: str | None = None,
    language: str | None = None,
    secretariat_name: str | None = None,
    secretariat_name_zh: str | None = None,
    secretariat_phone: str | None = None,
    secretariat_email: str | None = None,
    expected_version: int | None = None,
) -> SideDefaults:
    """Change a side's defaults (what is None stays; a language of "" goes back to the side's default)."""
    with ctx.write(Role.SECRETARIAT) as tx:
        row = _side(tx.session, ctx, side)
        if expected_version is not None:
            row = tx.get(Side, row.id, expected_version=expected_version, what="side")
        before = snapshot(row)
        if paper is not None:
            row.paper_size = PaperSize.parse(paper, "paper size").value
        if language is not None:
            row.pack_language = PackLanguage.parse(language, "language").value if language.strip() else ""
        if secretariat_name is not None:
            row.secretariat_name = check_line(secretariat_name, "secretariat's name", 200)
        if secretariat_name_zh is not None:
            row.secretariat_name_zh = check_line(secretariat_name_zh, "secretariat's Chinese name", 200)
        if secretariat_phone is not None:
            row.secretariat_phone = check_line(secretariat_phone, "secretariat's phone", 64)
        if secretariat_email is not None:
            email = check_line(secretariat_email, "secretariat's email", 200)
            if email and ("@" not in email or " " in email):
                raise ValidationError(msg("'{email}' is not an email address.", email=email))
            row.secretariat_email = email
        if snapshot(row) != before:
            tx.audit("side.pack_defaults", row, before, summary=f"briefing defaults of side {row.code}")
        tx.session.flush()
        return side_defaults_of(row)


def defaults_for_side_code(ctx: ServiceContext, code: str) -> SideDefaults | None:
    with ctx.read() as s:
        row = s.scalar(select(Side).where(Side.code == code))
        return side_defaults_of(row) if row is not None else None


def secretariat_author(ctx: ServiceContext, meeting: int, language: str = "en") -> str:
    """A document's Author: the meeting's host side's secretariat (its Chinese name in a Chinese
    document), else the other side's; "" when neither is set (the renderer then names the dialogue)."""
    from .lookup import meeting_by_number

    with ctx.read() as s:
        m = meeting_by_number(s, ctx.require_dialogue(), meeting)
        host_id = m.actual_host_side_id or m.planned_host_side_id
        sides = sorted(_dialogue_sides(s, ctx), key=lambda side: side.id != host_id)
        for side in sides:
            if side.secretariat_name:
                if language == PackLanguage.ZH.value and side.secretariat_name_zh:
                    return side.secretariat_name_zh
                return side.secretariat_name
    return ""
