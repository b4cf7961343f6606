"""The briefing pack and the requests (issue 16, 17): progress reports and results under the standing item
"Status and results of investigations", a result not shareable only in copies for its own side, the
timeliness table's clock rows, and the Chinese subject in a Chinese pack."""

from __future__ import annotations

from datetime import date

import pytest
from briefing.conftest import build_scene
from briefing.pdf_reading import flat_text

from dialogue_planner.domain.briefing import PackOptions
from dialogue_planner.reports import render_pack
from dialogue_planner.services import requests as rs
from dialogue_planner.services.briefing import assemble_pack, issue_copies

TODAY = date(2015, 11, 30)
SECRET = "Twoarrestsinsecret"
OPEN = "Serversseizedandimaged"


@pytest.fixture
def reviewed(ctx):
    from dialogue_planner.services.agenda import add_standing_items

    scene = build_scene(ctx)
    add_standing_items(ctx, scene.meeting)
    us_cn = rs.add_request(
        ctx, from_side="US", to_side="CN", kind="investigation", subject="Botnet", subject_zh="僵尸网络",
        received_on=date(2015, 9, 26), today=TODAY,
    )  # fmt: skip
    cn_us = rs.add_request(
        ctx, from_side="CN", to_side="US", kind="investigation", subject="Phishing", received_on=date(2015, 9, 27),
        today=TODAY,
    )  # fmt: skip
    late = rs.add_request(
        ctx, from_side="US", to_side="CN", kind="information", subject="Late one", subject_zh="逾期请求",
        received_on=date(2015, 9, 26), today=TODAY,
    )  # fmt: skip
    rs.pause_clock(ctx, late.reference, reason="Clarification", on=date(2015, 9, 28), today=TODAY)
    rs.resume_clock(ctx, late.reference, on=date(2015, 10, 8), today=TODAY)
    rs.update_status(
        ctx,
        us_cn.reference,
        status="progress",
        note="Suspects identified",
        on=date(2015, 10, 20),
        today=TODAY,
    )
    rs.set_result(ctx, us_cn.reference, text="Two arrests in secret", on=date(2015, 11, 2), today=TODAY)
    rs.set_result(
        ctx,
        cn_us.reference,
        text="Servers seized and imaged",
        shareable=True,
        on=date(2015, 11, 3),
        today=TODAY,
    )
    return scene, us_cn, cn_us, late


def test_progress_and_results_sit_under_the_standing_item(reviewed):
    scene, us_cn, cn_us, late = reviewed
    pack = assemble_pack(scene.ctx, scene.meeting, today=TODAY)
    item = next(i for i in pack.agenda if i.investigations)
    assert item.title == "Status and results of investigations" and pack.investigations == ()
    by_ref = {i.reference: i for i in item.investigations}
    assert by_ref[us_cn.reference].progress == ((date(2015, 10, 20), "Suspects identified"),)
    assert (by_ref[us_cn.reference].result, by_ref[us_cn.reference].result_shareable) == (
        "Two arrests in secret",
        False,
    )
    assert late.reference not in by_ref
    text = flat_text(render_pack(pack, PackOptions(deterministic=True)).pdf)
    assert "Suspectsidentified" in text and OPEN in text
    assert SECRET not in text  # a pack for no one side: the unshared result is not printed
    assert "Ontimeonlyunderanextension" in text
    assert "Dayspaused" in text
    # the Chinese pack: the Chinese subject where it exists
    zh = flat_text(render_pack(pack, PackOptions(language="zh", deterministic=True)).pdf)
    assert "逾期请求" in zh and "僵尸网络" in zh and SECRET not in zh


def test_a_result_not_shared_is_printed_only_in_copies_for_its_own_side(reviewed, tmp_path):
    scene = reviewed[0]
    issued = issue_copies(
        scene.ctx,
        scene.meeting,
        [scene.keys["us_chair"], scene.keys["cn_head"]],
        PackOptions(deterministic=True),
        tmp_path / "pack.pdf",
        today=TODAY,
    )
    us, cn = (flat_text(c.path.read_bytes()) for c in issued)
    assert SECRET in cn and SECRET not in us
    assert OPEN in cn and OPEN in us
