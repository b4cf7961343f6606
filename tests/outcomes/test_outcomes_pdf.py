"""The printed summary of outcomes, read back with pypdf: the text in both languages, the watermark on
every page until the version is final, the agreement record on the last page, page X of Y, paper sizes."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pypdf
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from dialogue_planner.reports.outcomes import OutcomesOptions, render_outcomes
from dialogue_planner.services import outcomes as svc

sys.path.insert(0, str(Path(__file__).parent))
from samples import document


def pages(pdf: bytes) -> list[str]:
    return ["".join((p.extract_text() or "").split()) for p in pypdf.PdfReader(io.BytesIO(pdf)).pages]


def sizes(pdf: bytes) -> set[tuple[int, int]]:
    return {
        (round(float(p.mediabox.width)), round(float(p.mediabox.height)))
        for p in pypdf.PdfReader(io.BytesIO(pdf)).pages
    }


@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_bilingual_draft_has_both_columns_watermark_everywhere_and_record_last(paper):
    result = render_outcomes(
        document(40), OutcomesOptions(paper=paper, language="bilingual", deterministic=True)
    )
    texts = pages(result.pdf)
    assert len(texts) == result.pages >= 3
    assert sizes(result.pdf) == {(595, 842) if paper == "a4" else (612, 792)}
    whole = "".join(texts)
    for n in (1, 17, 40):
        assert f"(paragraph{n})." in whole and f"（第{n}段）" in whole
    for i, text in enumerate(texts, start=1):
        assert "DRAFT—notagreed" in text and "草案—尚未商定" in text, i
        assert f"Page{i}of{len(texts)}" in text and f"第{i}页，共{len(texts)}页" in text
    last = texts[-1]
    assert "Agreementrecord" in last and "JehJohnson" in last and "2016-06-1509:30" in last
    assert "Awaitingtheagreementof:People'sRepublicofChina" in last
    assert not any("Agreementrecord" in t for t in texts[:-1])
    assert "Version2" in texts[0] and "ClearerParagraph3".lower() in texts[0].lower()


def test_a_final_version_has_no_watermark_and_says_both_agreed():
    result = render_outcomes(
        document(5, status="final", agreed=("CN", "US")),
        OutcomesOptions(language="bilingual", deterministic=True),
    )
    texts = pages(result.pdf)
    assert not any("DRAFT" in t or "草案" in t for t in texts)
    assert (
        "GuoShengkun" in texts[-1] and "JehJohnson" in texts[-1] and "Bothsidesagreedthisversion" in texts[-1]
    )


@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_chinese_only_prints_the_chinese_text_and_chinese_furniture(paper):
    result = render_outcomes(document(40), OutcomesOptions(paper=paper, language="zh", deterministic=True))
    texts = pages(result.pdf)
    whole = "".join(texts)
    assert "（第40段）" in whole and "(paragraph40)" not in whole
    assert all("草案—尚未商定" in t and "DRAFT" not in t for t in texts)
    assert "商定记录" in texts[-1] and "尚待以下一方商定：中华人民共和国" in texts[-1]
    assert f"第{len(texts)}页，共{len(texts)}页" in texts[-1]
    # no line of Chinese starts with a full-width comma or full stop (ReportLab's list lacked them)
    lines = [
        line.strip()
        for p in pypdf.PdfReader(io.BytesIO(result.pdf)).pages
        for line in (p.extract_text() or "").splitlines()
    ]
    assert not [line for line in lines if line.startswith(("，", "。", "："))]


def test_english_only_and_missing_chinese_is_marked():
    doc = document(3)
    bare = doc.outcome.paragraphs[0].__class__(1, "Only English & <tags>", "", None, lineage="x")
    doc = doc.__class__(
        **{
            **doc.__dict__,
            "outcome": doc.outcome.__class__(**{**doc.outcome.__dict__, "paragraphs": (bare,)}),
        }
    )
    en = pages(render_outcomes(doc, OutcomesOptions(language="en")).pdf)
    assert "OnlyEnglish&<tags>" in en[0] and "DRAFT—notagreed" in en[0] and "草案" not in en[0]
    both = pages(render_outcomes(doc, OutcomesOptions(language="bilingual")).pdf)
    assert "(Chinesetextnotyetwritten)" in both[0]


def test_through_the_service_the_watermark_goes_when_both_sides_agree(demo_ctx):
    svc.draft_outcomes(demo_ctx, 3)
    svc.edit_paragraph(demo_ctx, 3, 1, text_zh="双方同意建立热线。")
    svc.propose_outcomes(demo_ctx, 3)
    svc.agree_outcomes(demo_ctx, 3, "US", by="Loretta Lynch")
    draft = pages(svc.render_outcomes_pdf(demo_ctx, 3, paper="a4").pdf)
    assert all("DRAFT—notagreed" in t for t in draft) and "LorettaLynch" in draft[-1]
    assert "双方同意建立热线。" in "".join(draft)
    svc.agree_outcomes(demo_ctx, 3, "CN", by="Guo Shengkun")
    final = svc.render_outcomes_pdf(demo_ctx, 3, paper="letter")
    texts = pages(final.pdf)
    assert final.status == "final" and not any("DRAFT" in t for t in texts)
    assert "LorettaLynch" in texts[-1] and "GuoShengkun" in texts[-1]
    svc.revise_outcomes(demo_ctx, 3, "Correction")
    old = pages(svc.render_outcomes_pdf(demo_ctx, 3, version=1).pdf)
    assert not any("DRAFT" in t for t in old) and "Alaterversionofthissummaryexists." in old[0]
    assert all("DRAFT—notagreed" in t for t in pages(svc.render_outcomes_pdf(demo_ctx, 3).pdf))


def test_a_character_the_font_lacks_is_replaced_and_reported():
    doc = document(1)
    odd = doc.outcome.paragraphs[0].__class__(1, "Cuneiform 𒀀 sign", "楔形文字 𒀀", None, lineage="x")
    doc = doc.__class__(
        **{**doc.__dict__, "outcome": doc.outcome.__class__(**{**doc.outcome.__dict__, "paragraphs": (odd,)})}
    )
    result = render_outcomes(doc, OutcomesOptions())
    assert len(result.replaced) == 2 and "\ufffd" in "".join(pages(result.pdf))


@settings(max_examples=150, deadline=None)
@given(
    st.text(alphabet="双方同意热线（第38段）。，：！“”《》Hotline test 2016", max_size=120),
    st.floats(min_value=30, max_value=260),
)
@example("000“ 0", 30.0)  # an opening mark before a space once ended a line
def test_chinese_lines_keep_marks_with_their_characters_and_lose_nothing(text, width):
    """ReportLab's CJK mode began lines with '。' after '）' and ended them with '（'; the outcome PDF
    breaks Chinese itself (reports/outcomes.chinese_lines)."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from dialogue_planner.reports.fonts import FONT_NAME, register_fonts
    from dialogue_planner.reports.outcomes import CANNOT_END, CANNOT_START, chinese_lines

    register_fonts()
    lines = chinese_lines(text, FONT_NAME, 10, width)
    assert "".join(line.replace(" ", "") for line, _w in lines) == text.replace(" ", "")
    for k, (line, used) in enumerate(lines):
        assert abs(used - stringWidth(line, FONT_NAME, 10)) < 1e-6
        if k and line:
            assert line[0] not in CANNOT_START or lines[k - 1][0] == "", (lines, k)
        if k < len(lines) - 1 and line:
            assert line[-1] not in CANNOT_END, (lines, k)


def test_no_chinese_line_of_the_printed_summary_starts_with_a_closing_mark():
    result = render_outcomes(document(12), OutcomesOptions(paper="letter", language="zh"))
    lines = [
        line.strip()
        for p in pypdf.PdfReader(io.BytesIO(result.pdf)).pages
        for line in (p.extract_text() or "").splitlines()
    ]
    assert len(lines) > 30 and not [line for line in lines if line[:1] in "，。：；！？）"]
    assert not [line for line in lines if line[-1:] in "（《"]
