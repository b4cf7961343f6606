"""The briefing pack's escalations section carries the hotline's figures per responding side, with their
denominators, and the escalations' Chinese texts reach the pack's records."""

from __future__ import annotations

import io

from pypdf import PdfReader

from dialogue_planner.domain.briefing import PackLanguage, PackOptions
from dialogue_planner.services import escalations as es
from dialogue_planner.services.briefing import assemble_pack, render_meeting_pack


def test_pack_prints_the_hotline_figures(demo_ctx):
    before = assemble_pack(demo_ctx, 10)
    assert before.escalations, "the demo's 10th meeting reviews escalations"
    # The demo records when its resolved escalations were acknowledged: each side's figures count them.
    assert all(f.acknowledged_within_target.of for f in before.hotline)
    first = before.escalations[0]
    es.update_escalation_texts(demo_ctx, first.reference, summary_zh="部分答复")
    pack = assemble_pack(demo_ctx, 10)
    assert next(e for e in pack.escalations if e.reference == first.reference).summary_zh == "部分答复"
    pdf = render_meeting_pack(demo_ctx, 10, PackOptions(language=PackLanguage.EN, deterministic=True)).pdf
    text = " ".join(
        " ".join((page.extract_text() or "").split()) for page in PdfReader(io.BytesIO(pdf)).pages
    )
    assert "Hotline response by responding side" in text
    for figures in pack.hotline:
        met = figures.acknowledged_within_target
        assert f"{met.met} of {met.of}" in text
