"""Issue 17, the pack's polish: each side's briefing defaults (paper, language, secretariat), the PDF's
metadata in the pack's language, a synthetic bold for CJK runs in bold text, the contact sheet and the
bilingual glossary in the annex."""

from __future__ import annotations

import io
import json
import re
from dataclasses import replace

import pypdf
import pytest

from dialogue_planner.cli import main
from dialogue_planner.domain.briefing import PackContact, PackOptions, PackTerm
from dialogue_planner.domain.errors import NotFoundError, ValidationError
from dialogue_planner.reports import render_pack
from dialogue_planner.reports.glossary import glossary_terms
from dialogue_planner.reports.wording import VOCABULARY_ZH

from .conftest import build_scene
from .pdf_reading import page_texts
from .samples import demo_pack


def run(db_url, *args):
    return main(["--db", db_url, *args])


def metadata(pdf: bytes):
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    return reader.metadata, reader.trailer["/Root"]


CONTACTS = (
    PackContact(
        "secretariat", "US", "US Secretariat", "美方秘书处", "", "+1 202 555 0100", "sec@example.gov"
    ),
    PackContact(
        "secretariat", "CN", "CN Secretariat", "中方秘书处", "", "+86 10 5555 0000", "mishu@example.cn"
    ),
    PackContact(
        "liaison", "CN", "GUO Shengkun", "郭声琨", "head — MPS", "+86 10 5555 0100", "guo@example.cn"
    ),
    PackContact("hotline", "US", "DHS duty desk", "", "24/7 duty officer", "+1 202 555 0199", ""),
)


@pytest.fixture(scope="module")
def polished():
    """The sample pack with contacts and terms, rendered once per language."""
    pack = replace(
        demo_pack(),
        contacts=CONTACTS,
        terms=(
            PackTerm("Review of timeliness", "时效审议", "item"),
            PackTerm("FBI — Federal Bureau of Investigation", "美国联邦调查局", "agency"),
        ),
    )
    return pack, {
        lang: render_pack(pack, PackOptions(language=lang)).pdf for lang in ("en", "zh", "bilingual")
    }


# -- the PDF's metadata ------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "lang, code, title_word, subject_word",
    [
        ("en", "en-US", "Briefing pack", "Briefing pack"),
        ("zh", "zh-CN", "会议简报", "简报"),
        ("bilingual", "en-US", "Briefing pack", "Briefing pack"),
    ],
)
def test_title_subject_and_lang_in_the_pack_language(polished, lang, code, title_word, subject_word):
    pack, pdfs = polished
    meta, root = metadata(pdfs[lang])
    assert root["/Lang"] == code
    assert root["/PageMode"] == "/UseOutlines"  # the bookmarks panel open
    assert title_word in meta.title and subject_word in meta.subject
    # the Author is the host side's secretariat (the demo's meeting is hosted by CN), in the pack's language
    assert meta.author == ("中方秘书处" if lang == "zh" else "CN Secretariat")


def test_author_falls_back_to_the_dialogue_never_a_login():
    meta, _ = metadata(render_pack(demo_pack(), PackOptions(language="zh")).pdf)
    assert meta.author == demo_pack().dialogue_name_zh
    meta, _ = metadata(render_pack(demo_pack(), PackOptions(author="Given Author")).pdf)
    assert meta.author == "Given Author"


def test_deterministic_pack_prints_no_preparation_date():
    pages = page_texts(render_pack(demo_pack(), PackOptions(deterministic=True)).pdf)
    assert "Prepared" not in pages[0] and "2000" not in pages[0]


# -- synthetic bold -----------------------------------------------------------------------------------
def test_chinese_headings_are_drawn_in_synthetic_bold_and_body_text_is_not(polished):
    _, pdfs = polished
    reader = pypdf.PdfReader(io.BytesIO(pdfs["zh"]))
    streams = [page.get_contents().get_data().decode("latin-1") for page in reader.pages]
    # every page has a Chinese heading or table header: fill-and-stroke is switched on, and back off
    assert all(" 2 Tr" in s for s in streams[2:])
    for s in streams:
        for text_object in s.split("BT")[1:]:
            body = text_object.split("ET")[0]
            modes = re.findall(r"\b(\d) Tr\b", body)
            assert not modes or modes[-1] == "0"  # never left on past the end of a text object
    english = pypdf.PdfReader(io.BytesIO(pdfs["en"]))
    assert all(" 2 Tr" not in p.get_contents().get_data().decode("latin-1") for p in english.pages[:2])


def test_embolden_marks_only_bold_cjk_runs():
    from dialogue_planner.reports.fonts import BOLD_NAME, CJK_BOLD_NAME, FONT_NAME
    from dialogue_planner.reports.text import embolden, markup

    text = markup("Agenda 议程")
    assert CJK_BOLD_NAME in embolden(text, BOLD_NAME)
    assert CJK_BOLD_NAME not in embolden(text, FONT_NAME)
    mixed = f"{markup('正文')} <b>{markup('加粗')}</b>"
    out = embolden(mixed, FONT_NAME)
    assert out.count(CJK_BOLD_NAME) == 1 and out.index(CJK_BOLD_NAME) > out.index("<b>")
    assert embolden("plain <b>bold</b>", FONT_NAME) == "plain <b>bold</b>"


# -- the contact sheet and the glossary ----------------------------------------------------------------
def _page_with(pages: list[str], heading: str) -> str:
    found = [p for p in pages if heading in p]
    assert found, heading
    return found[-1]  # the section itself, not its line in the contents


def test_contact_sheet_lists_every_row_by_kind(polished):
    _, pdfs = polished
    english = _page_with(page_texts(pdfs["en"]), "Contact sheet")
    for words in (
        "Secretariats",
        "Liaison officers",
        "Hotline contact points",
        "US Secretariat",
        "GUO Shengkun",
        "Head of delegation — MPS",
        "DHS duty desk",
        "+1 202 555 0199",
        "mishu@example.cn",
    ):
        assert words in english, words
    assert english.index("Secretariats") < english.index("Liaison officers") < english.index("Hotline")
    chinese = _page_with(page_texts(pdfs["zh"]), "联络表")
    assert "联络官" in chinese and "郭声琨" in chinese and "团长 — MPS" in chinese


def test_contact_sheet_without_contacts_says_where_to_set_them():
    pages = page_texts(render_pack(demo_pack(), PackOptions()).pdf)
    assert "briefing defaults" in _page_with(pages, "Contact sheet")


def test_glossary_is_sorted_bilingual_and_in_every_pack(polished):
    pack, pdfs = polished
    terms = glossary_terms(pack)
    english = [t.en for t in terms]
    assert english == sorted(english, key=str.casefold)
    assert len(english) == len({e.casefold() for e in english})  # each term once
    assert len(terms) == len(VOCABULARY_ZH) + 2
    assert all(t.zh for t in terms)
    for lang, heading in (("en", "Glossary"), ("zh", "术语表"), ("bilingual", "Glossary / 术语表")):
        page = _page_with(page_texts(pdfs[lang]), heading)
        assert "English" in page and "中文" in page
        assert "Acknowledged" in page and "已确认收到" in page
    glossary_pages = "".join(p for p in page_texts(pdfs["en"]) if "中文" in p)
    assert "FBI — Federal Bureau of Investigation" in glossary_pages and "美国联邦调查局" in glossary_pages
    assert "Review of timeliness" in glossary_pages and "时效审议" in glossary_pages


def test_glossary_keeps_a_translated_duplicate_over_an_untranslated_one():
    pack = replace(
        demo_pack(), terms=(PackTerm("Held", ""), PackTerm("New item", ""), PackTerm("new item", "新议题"))
    )
    terms = {t.en.casefold(): t.zh for t in glossary_terms(pack)}
    assert terms["held"] == VOCABULARY_ZH["held"] and terms["new item"] == "新议题"


def test_contacts_and_terms_in_the_bookmarks(polished):
    from .pdf_reading import outline

    _, pdfs = polished
    titles = [title for _level, title, _page in outline(pdfs["en"])]
    assert "Contact sheet" in titles and "Glossary" in titles


# -- each side's defaults --------------------------------------------------------------------------------
def test_side_defaults_service(ctx):
    from dialogue_planner.services.pack_defaults import list_side_defaults, set_side_defaults

    build_scene(ctx)
    sides = {d.code: d for d in list_side_defaults(ctx)}
    assert (sides["CN"].paper, sides["CN"].language, sides["CN"].language_set) == ("a4", "zh", False)
    assert (sides["US"].paper, sides["US"].language) == ("letter", "en")
    cn = set_side_defaults(
        ctx,
        "cn",
        language="bilingual",
        secretariat_name="CN Secretariat",
        secretariat_name_zh="中方秘书处",
        secretariat_email="mishu@example.cn",
    )
    assert (cn.language, cn.language_set, cn.secretariat_name_zh) == ("bilingual", True, "中方秘书处")
    assert set_side_defaults(ctx, "CN", language="").language == "zh"  # back to the side's own
    with pytest.raises(ValidationError):
        set_side_defaults(ctx, "CN", paper="A5")
    with pytest.raises(ValidationError):
        set_side_defaults(ctx, "CN", language="fr")
    with pytest.raises(ValidationError):
        set_side_defaults(ctx, "CN", secretariat_email="not an address")
    with pytest.raises(ValidationError):
        set_side_defaults(ctx, "CN", secretariat_name="bell\x07")
    with pytest.raises(NotFoundError):
        set_side_defaults(ctx, "FR", paper="a4")


def test_viewer_cannot_change_side_defaults(ctx, viewer_ctx=None):
    from dialogue_planner.domain.errors import PermissionDenied
    from dialogue_planner.domain.records import UserRecord
    from dialogue_planner.services.context import ServiceContext
    from dialogue_planner.services.pack_defaults import set_side_defaults

    build_scene(ctx)
    viewer = ServiceContext(
        ctx.db, UserRecord(id=0, login="viewer", display_name="", role="viewer", active=True), ctx.dialogue_id
    )
    with pytest.raises(PermissionDenied):
        set_side_defaults(viewer, "CN", paper="letter")


def test_cli_brief_defaults_and_copies_take_their_side_defaults(ctx, db_url, capsys, tmp_path):
    scene = build_scene(ctx)
    assert run(db_url, "brief-defaults", "--json") == 0
    shown = {d["side"]: d for d in json.loads(capsys.readouterr().out)}
    assert (shown["CN"]["paper"], shown["CN"]["language"], shown["US"]["paper"]) == ("a4", "zh", "letter")
    assert set(shown["CN"]["secretariat"]) == {"name", "name_zh", "phone", "email"}
    assert (
        run(
            db_url,
            "brief-defaults",
            "--side",
            "CN",
            "--language",
            "bilingual",
            "--secretariat-name",
            "CN Secretariat",
            "--secretariat-name-zh",
            "中方秘书处",
        )
        == 0
    )
    assert "bilingual" in capsys.readouterr().out
    assert run(db_url, "brief-defaults", "--paper", "a4") == 1  # which side?
    assert "Name the side" in capsys.readouterr().err
    out = tmp_path / "pack.pdf"
    assert (
        run(
            db_url,
            "brief",
            "--meeting",
            str(scene.meeting),
            "--out",
            str(out),
            "--copy-for",
            "CN-001",
            "US-001",
            "--deterministic",
        )
        == 0
    )
    printed = capsys.readouterr().out
    assert "GUO Shengkun 郭声琨 (a4, bilingual)" in printed and "JOHNSON Jeh (letter, en)" in printed
    cn_copy, us_copy = sorted(tmp_path.glob("pack-copy*.pdf"))
    cn_meta, cn_root = metadata(cn_copy.read_bytes())
    assert cn_root["/Lang"] == "en-US" and "会议简报" in cn_meta.title  # bilingual: both in the title
    assert "Contact sheet / 联络表" in "".join(page_texts(cn_copy.read_bytes()))
    page = pypdf.PdfReader(us_copy).pages[0]
    assert round(float(page.mediabox.width)) == 612  # Letter
    # an explicit --language and --paper win over the sides' defaults
    assert (
        run(
            db_url,
            "brief",
            "--meeting",
            str(scene.meeting),
            "--out",
            str(tmp_path / "x" / "p.pdf"),
            "--copy-for",
            "CN-001",
            "--language",
            "en",
            "--paper",
            "letter",
        )
        == 0
    )
    assert "(letter, en)" in capsys.readouterr().out


def test_cli_brief_defaults_refuses_an_unknown_side(ctx, db_url, capsys):
    build_scene(ctx)
    assert run(db_url, "brief-defaults", "--side", "FR") != 0
    assert "no side 'FR'" in capsys.readouterr().err


# -- migration 0012 ----------------------------------------------------------------------------------------
def test_migration_0012_gives_the_demo_sides_their_defaults(tmp_path):
    import shutil
    from pathlib import Path

    from dialogue_planner.services.context import ServiceContext
    from dialogue_planner.services.pack_defaults import list_side_defaults
    from dialogue_planner.storage.database import open_database

    fixture = Path(__file__).parents[1] / "fixtures" / "schemas" / "schema-0006.sqlite"
    copy = tmp_path / "demo.sqlite"
    shutil.copy(fixture, copy)
    database = open_database(copy)
    try:
        ctx = ServiceContext.connect(database)
        sides = {d.code: d for d in list_side_defaults(ctx)}
        assert (sides["CN"].paper, sides["CN"].language, sides["CN"].language_set) == ("a4", "zh", False)
        assert (sides["US"].paper, sides["US"].language) == ("letter", "en")
        assert all(d.secretariat_name == "" for d in sides.values())
    finally:
        database.dispose()


@pytest.mark.postgres
def test_side_defaults_on_any_backend(any_ctx):
    from dialogue_planner.services.briefing import assemble_pack
    from dialogue_planner.services.pack_defaults import set_side_defaults

    scene = build_scene(any_ctx)
    set_side_defaults(any_ctx, "US", secretariat_name="US Secretariat", secretariat_phone="+1 202 555 0100")
    pack = assemble_pack(any_ctx, scene.meeting)
    assert [(c.kind, c.side_code, c.name) for c in pack.contacts] == [("secretariat", "US", "US Secretariat")]
    assert any(t.kind == "agency" for t in pack.terms) and any(t.kind == "item" for t in pack.terms)


@pytest.mark.parametrize(
    "lang, code, title_word",
    [
        ("en", "en-US", "Joint summary"),
        ("zh", "zh-CN", "共同成果摘要"),
        ("bilingual", "en-US", "Joint summary"),
    ],
)
def test_outcomes_pdf_metadata_in_its_language(lang, code, title_word):
    from outcomes.samples import document

    from dialogue_planner.reports.outcomes import OutcomesOptions, render_outcomes

    pdf = render_outcomes(document(3), OutcomesOptions(language=lang)).pdf
    meta, root = metadata(pdf)
    assert root["/Lang"] == code and title_word in meta.title and title_word in meta.subject
    assert root["/PageMode"] == "/UseOutlines"
    assert ("中美" in meta.title) == (lang == "zh") and ("第2版" in meta.title) == (lang == "zh")
    assert meta.author == (
        "中美打击网络犯罪及相关事项高级别联合对话" if lang == "zh" else document().dialogue_name_en
    )


def test_contact_rows_name_the_secretariats_then_the_meeting_leaders(ctx):
    from dialogue_planner.services.briefing import contact_rows
    from dialogue_planner.services.delegation import add_member
    from dialogue_planner.services.pack_defaults import secretariat_author, set_side_defaults

    scene = build_scene(ctx)
    assert contact_rows(ctx, scene.meeting) == ()
    assert secretariat_author(ctx, scene.meeting) == ""
    add_member(ctx, meeting=scene.meeting, delegate="US-001", role="co-chair")
    add_member(ctx, meeting=scene.meeting, delegate="CN-001", role="head")
    add_member(ctx, meeting=scene.meeting, delegate="CN-002", role="member")  # not a liaison
    set_side_defaults(ctx, "CN", secretariat_name="CN Secretariat", secretariat_name_zh="中方秘书处")
    rows = contact_rows(ctx, scene.meeting)
    assert [(r.kind, r.side_code, r.name) for r in rows][0] == ("secretariat", "CN", "CN Secretariat")
    liaisons = {(r.side_code, r.name, r.name_zh, r.role) for r in rows if r.kind == "liaison"}
    assert {(side, name) for side, name, *_ in liaisons} == {("US", "JOHNSON Jeh"), ("CN", "GUO Shengkun")}
    assert ("CN", "GUO Shengkun", "郭声琨") in {(s, n, z) for s, n, z, _ in liaisons}
    assert all(role.split(" — ")[0] in ("co-chair", "head") for *_, role in liaisons)
    # the host (US) has no secretariat: the other side's names the documents
    assert secretariat_author(ctx, scene.meeting) == "CN Secretariat"
    assert secretariat_author(ctx, scene.meeting, "zh") == "中方秘书处"


@pytest.mark.parametrize("lang, paper", [("zh", "a4"), ("bilingual", "letter")])
def test_a_long_contact_sheet_and_the_glossary_pass_the_pack_lint(monkeypatch, lang, paper):
    from . import test_pack_lint as pack_lint

    monkeypatch.setattr(
        pack_lint, "TABLE_HEADERS", (*pack_lint.TABLE_HEADERS, ("side", "name", "phone", "email"))
    )
    many = tuple(
        PackContact(
            "hotline",
            "US" if i % 2 else "CN",
            f"Duty officer {i} " + "of a very long unit name " * (i % 3),
            f"值班员{i}",
            "24/7 duty desk",
            f"+1 202 555 {i:04d}",
            f"duty{i}@example.gov",
        )
        for i in range(60)
    )
    pack = replace(
        demo_pack(),
        contacts=CONTACTS + many,
        terms=tuple(PackTerm(f"Agency {i} — A long agency name", f"机构{i}", "agency") for i in range(40)),
    )
    assert pack_lint.lint(pack, pack_lint.options(lang, paper)) == []


def test_a_contact_the_font_cannot_draw_is_named_and_an_override_reported():
    from dialogue_planner.reports import FontCoverageError

    pack = replace(
        demo_pack(),
        contacts=(PackContact("secretariat", "US", "Desk \u202eNIAM", phone="☎😀"),),
        terms=(PackTerm("Emoji 😀", "表情"),),
    )
    with pytest.raises(FontCoverageError) as caught:
        render_pack(pack, PackOptions())
    message = str(caught.value)
    assert "contact sheet, secretariat US 1, name" in message and "direction override" in message
    assert "contact sheet, secretariat US 1, phone" in message
    assert "glossary term 'Emoji 😀', en" in message
