"""The rendered pack read back: sections, contents and bookmarks, footer, paper, fonts, languages."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest
from reportlab import rl_config

from dialogue_planner.domain.briefing import PackAgendaItem, PackOptions
from dialogue_planner.reports import render_pack
from dialogue_planner.reports.cover import Contents

from .pdf_reading import all_text, embedded_font_files, flat_text, outline, page_texts, reader
from .samples import demo_pack, large_pack


@pytest.fixture(scope="module")
def english():
    return render_pack(demo_pack(), PackOptions(marking="SENSITIVE BUT UNCLASSIFIED", deterministic=True))


def test_every_section_prints_its_content(english):
    text = flat_text(english.pdf)

    def has(s: str) -> bool:
        return "".join(s.split()) in text

    # cover
    for s in (
        "China–US High-Level Joint Dialogue on Cybercrime and Related Issues",
        "中美打击网络犯罪及相关事项高级别联合对话",
        "2nd meeting",
        "2016-H1",
        "14 Jun 2016",
        "Beijing",
        "Diaoyutai State Guesthouse",
        "09:30 CST (Beijing), 14 Jun 2016",
        "21:30 EDT (Washington), 13 Jun 2016",
        "Originally planned: 7 Jun 2016",
    ):
        assert has(s), s
    # logistics, delegations (names in both scripts, representation of an absent co-chair)
    for s in (
        "Transport from the hotel leaves at 08:45",
        "GUO Shengkun",
        "郭声琨",
        "张伟",
        "Ministry of State Security",
        "absent; represented by YATES Sally",
        "Interpreter",
    ):
        assert has(s), s
    # agenda: origin, carry-over history, owner, note, linked requests and escalations
    for s in (
        "Hotline use: escalation of request US-2016-0003",
        "Hotline escalation",
        "first raised at the 1st meeting, carried once",
        "US — DHS",
        "The US side asks for an update.",
        "ESC-2016-001",
        "new at this meeting",
    ):
        assert has(s), s
    # review: figures per side, overdue list, quality distribution
    for s in (
        "Timeliness by responding side",
        "United States",
        "75%",
        "57%",
        "25",
        "Overdue requests",
        "US-2016-0002",
        "Quality of responses",
        "Insufficient",
        "No answer",
    ):
        assert has(s), s
    # escalations, actions, annex
    for s in (
        "No answer on US-2016-0003",
        "Scope agreed by phone on 20 April.",
        "Share the points of contact of both hotline desks",
        "1 Feb 2016",
        "Annex: all open requests",
        "CN-2016-0008",
    ):
        assert has(s), s


def test_contents_and_bookmarks_agree_and_point_at_their_sections(english):
    marks = outline(english.pdf)
    titles = [t for _, t, _ in marks]
    assert titles == [
        "At a glance",
        "Logistics",
        "Delegations",
        "Delegation of China",
        "Delegation of United States",
        "Agenda",
        "1. Review of the timeliness and quality of responses",
        "2. Hotline use: escalation of request US-2016-0003",
        "3. Cases of mutual concern",
        "Review of requests",
        "Timeliness by responding side",
        "Overdue requests",
        "Quality of responses",
        "Escalations since the previous meeting",
        "Commitments",
        "Annex: all open requests",
        "Contact sheet",
        "Glossary",
    ]
    assert [lvl for lvl, _, _ in marks][:5] == [0, 0, 0, 1, 1]
    pages = page_texts(english.pdf)
    contents = "".join(pages[1].split())
    for title in titles:
        assert "".join(title.split()) in contents, title
    # the contents print, in order, the page each bookmark points at
    numbers = [
        int(m.group(1)) for line in pages[1].splitlines() if (m := re.fullmatch(r"[\s.]*\.\s*(\d+)\s*", line))
    ]
    assert numbers == [page + 1 for _, _, page in marks]
    for _level, title, page_index in marks:
        # and the page a bookmark points at shows the heading
        assert "".join(title.split()) in "".join(pages[page_index].split()), title


def test_contents_entries_and_their_page_numbers_link_to_the_bookmarked_pages(english):
    """Entries and numbers are links; the numbers are drawn after the layout, when the pages are
    known, and must still land on the contents pages and point where the bookmarks do."""
    pdf = reader(english.pdf)
    marks = outline(english.pdf)
    targets = []
    for index, page in enumerate(pdf.pages):
        for annotation in page.get("/Annots", None) or []:
            annotation = annotation.get_object()
            assert index == 1, "only the contents page holds links"
            targets.append(pdf.get_page_number(annotation["/Dest"][0].get_object()))
    # one link on each entry's text, then one on each number
    assert targets == [page for _, _, page in marks] * 2


def contents_print(pdf: bytes) -> tuple[list[tuple[str, float, float]], list[tuple[int, list[float]]]]:
    """Text runs (text, x, y) and links (target page, rectangle) of the contents page."""
    document = reader(pdf)
    page = document.pages[1]
    runs: list[tuple[str, float, float]] = []

    def visit(text, cm, tm, _font, _size):
        if text.strip():
            runs.append(
                (text.strip(), tm[4] * cm[0] + tm[5] * cm[2] + cm[4], tm[4] * cm[1] + tm[5] * cm[3] + cm[5])
            )

    page.extract_text(visitor_text=visit)
    links = [
        (
            document.get_page_number(a.get_object()["/Dest"][0].get_object()),
            [float(v) for v in a.get_object()["/Rect"]],
        )
        for a in page.get("/Annots", None) or []
    ]
    return runs, links


def test_contents_entries_print_and_link_as_the_paragraphs_they_stand_for(monkeypatch):
    """Entries of one line or two, escaped characters (a Paragraph entry), indented levels."""
    pack = demo_pack(
        agenda=(
            PackAgendaItem(1, "Tom & Jerry <i>not italic</i>", owner="US"),
            PackAgendaItem(2, "Cross-border investigation of a botnet " * 3, owner="CN"),
            PackAgendaItem(3, "Short", owner="CN"),
        )
    )
    ours = contents_print(render_pack(pack, PackOptions(deterministic=True)).pdf)
    monkeypatch.setattr(
        Contents,
        "_entry",
        lambda self, level, text, key, style, width: self._paragraph_entry(level, text, key, style),
    )
    reference = contents_print(render_pack(pack, PackOptions(deterministic=True)).pdf)
    assert [t for t, _, _ in ours[0]] == [t for t, _, _ in reference[0]]
    for (text, x, y), (_, ex, ey) in zip(ours[0], reference[0], strict=True):
        assert abs(x - ex) < 0.015 and abs(y - ey) < 0.015, text
    assert len(ours[1]) == len(reference[1]) > 2 * len(outline(render_pack(pack, PackOptions()).pdf))
    for (page, rect), (expected_page, expected_rect) in zip(
        sorted(ours[1]), sorted(reference[1]), strict=True
    ):
        assert page == expected_page and all(
            abs(a - b) < 0.015 for a, b in zip(rect, expected_rect, strict=True)
        )


def test_footer_on_every_page_with_marking_and_page_x_of_y(english):
    pages = page_texts(english.pdf)
    assert len(pages) == english.pages >= 6
    for number, text in enumerate(pages, start=1):
        assert f"Page {number} of {len(pages)}" in text
        assert "SENSITIVE BUT UNCLASSIFIED" in text


def test_document_properties(english):
    meta = reader(english.pdf).metadata
    assert meta.title.startswith(
        "China–US High-Level Joint Dialogue on Cybercrime and Related Issues — 2nd meeting"
    )
    assert meta.subject == "Briefing pack for the 2nd meeting"
    assert meta.author


@pytest.mark.parametrize("paper, size", [("a4", (595.3, 841.9)), ("letter", (612.0, 792.0))])
def test_paper_sizes(paper, size):
    pdf = render_pack(demo_pack(), PackOptions(paper=paper)).pdf
    for page in reader(pdf).pages:
        assert (round(float(page.mediabox.width), 1), round(float(page.mediabox.height), 1)) == size


def test_the_cjk_font_is_embedded_as_a_subset(english):
    embedded = embedded_font_files(english.pdf)
    # Latin runs in Bitstream Vera Sans (regular and bold), CJK runs in WenQuanYi Micro Hei, all subsets
    assert embedded and all(
        re.fullmatch(r"/[A-Z]{6}\+(WenQuanYiMicroHei-\d+|BitstreamVeraSans-\w+)", name) for name in embedded
    )
    assert any("WenQuanYiMicroHei" in n for n in embedded) and any("VeraSans-Bold" in n for n in embedded)
    # a subset, not the 5 MB collection
    assert len(english.pdf) < 400_000


def test_chinese_pack():
    result = render_pack(demo_pack(), PackOptions(language="zh", deterministic=True))
    text = flat_text(result.pdf)
    for s in (
        "中美打击网络犯罪及相关事项高级别联合对话",
        "第2次会议",
        "目录",
        "会务安排",
        "代表团",
        "中国代表团",
        "议程",
        "审议请求答复的及时性和质量",
        "第1次会议首次提出，已延续一次",
        "请求办理情况审议",
        "逾期请求",
        "答复质量",
        "承诺事项",
        "附件：全部未结请求",
        "共同主席",
        "郭声琨",
    ):
        assert s in text, s
    assert text.index("郭声琨") < text.index("GUOShengkun")  # characters first for a Chinese reader
    assert "Logistics" not in text and "Page 1 of" not in text
    assert "第1页，共" in text
    titles = [t for _, t, _ in outline(result.pdf)]
    assert titles[:3] == ["要点概览", "会务安排", "代表团"] and "1. 审议请求答复的及时性和质量" in titles


def test_bilingual_pack_has_both_languages():
    result = render_pack(demo_pack(), PackOptions(language="bilingual"))
    text = all_text(result.pdf)
    assert re.search(r"Page 1 of (\d+) / 第1页，共\1页", text)
    for s in (
        "Agenda / 议程",
        "Delegation of China / 中国代表团",
        "Co-chair",
        "共同主席",
        "MPS — Ministry of Public Security / 公安部",
        "审议请求答复的及时性和质量",
        "first raised at the 1st meeting, carried once / 第1次会议首次提出，已延续一次",
    ):
        assert "".join(s.split()) in "".join(text.split()), s
    assert "Agenda / 议程" in [t for _, t, _ in outline(result.pdf)]


def test_numbered_copy_shows_number_and_recipient_on_cover_and_every_footer():
    options = PackOptions(copy_number=3, copies_total=12, recipient="ZHANG Wei 张伟")
    result = render_pack(demo_pack(), options)
    pages = page_texts(result.pdf)
    assert "Recipient: ZHANG Wei 张伟" in pages[0]
    for text in pages:
        assert "Copy 3 of 12 — ZHANG Wei 张伟" in text


def test_page_streams_are_compressed_without_ascii85_and_reportlab_settings_stay_as_found():
    before = (rl_config.useA85, rl_config.invariant)
    pdf = render_pack(demo_pack(), PackOptions(deterministic=True)).pdf
    assert (rl_config.useA85, rl_config.invariant) == before
    assert b"/FlateDecode" in pdf and b"/ASCII85Decode" not in pdf
    assert all(page.extract_text() for page in reader(pdf).pages)


def test_same_input_gives_byte_identical_output_in_deterministic_mode():
    options = PackOptions(language="bilingual", marking="LIMITED", deterministic=True)
    first = render_pack(demo_pack(), options).pdf
    second = render_pack(demo_pack(), options).pdf
    assert first == second
    assert render_pack(demo_pack(), replace(options, marking="OTHER")).pdf != first


def test_a_long_pack_keeps_table_headers_on_every_page_and_is_laid_out_once():
    result = render_pack(large_pack(), PackOptions(deterministic=True))
    assert result.passes == 1
    assert 50 <= result.pages <= 85  # with the page at a glance and the commitments grouped
    pages = page_texts(result.pdf)
    annex_start = next(page for _, title, page in outline(result.pdf) if title.startswith("Annex"))
    contacts_start = next(page for _, title, page in outline(result.pdf) if title == "Contact sheet")
    assert contacts_start - annex_start >= 20
    for text in pages[annex_start:contacts_start]:
        assert "Reference" in text and "Subject" in text  # the header row repeats
    assert f"Page {result.pages} of {result.pages}" in pages[-1]


def test_progress_reports_the_one_layout_pass():
    seen: list[int] = []
    render_pack(demo_pack(), PackOptions(), progress=seen.append)
    assert seen == [1]
