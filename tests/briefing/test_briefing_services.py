"""Assembling, rendering and issuing packs from the database (SQLite and PostgreSQL)."""

from __future__ import annotations

import hashlib
from datetime import date

import pytest

from dialogue_planner.domain.briefing import PackOptions
from dialogue_planner.domain.errors import NotFoundError, PermissionDenied, ValidationError
from dialogue_planner.reports import FontCoverageError
from dialogue_planner.services.briefing import (
    assemble_pack,
    default_paper,
    distribution_log,
    issue_copies,
    render_meeting_pack,
)
from dialogue_planner.services.delegation import add_member, update_member

from .pdf_reading import all_text, page_texts


def test_pack_of_a_fresh_meeting(any_scene):
    ctx, n = any_scene.ctx, any_scene.meeting
    chair = add_member(ctx, meeting=n, delegate="US-001", role="co-chair")
    add_member(ctx, meeting=n, delegate="sally@example.gov")
    update_member(ctx, chair.id, represented_by="sally@example.gov")
    add_member(ctx, meeting=n, delegate="CN-001", role="head")
    pack = assemble_pack(ctx, n, today=date(2015, 11, 20))
    assert (
        pack.meeting.number == 1
        and pack.meeting.city == "Washington"
        and pack.meeting.venue == "Main Justice"
    )
    assert [d.side.code for d in pack.delegations] == [s.code for s in pack.sides]
    us = next(d for d in pack.delegations if d.side.code == "US")
    assert {(m.name, m.role, m.represented_by) for m in us.members} == {
        ("JOHNSON Jeh", "co-chair", "YATES Sally"),
        ("YATES Sally", "member", ""),
    }
    assert pack.previous_meeting is None and pack.agenda == () or all(i.number >= 1 for i in pack.agenda)
    result = render_meeting_pack(ctx, n, PackOptions(deterministic=True), today=date(2015, 11, 20))
    text = "".join(all_text(result.pdf).split())
    for s in (
        "1st meeting",
        "Washington",
        "Main Justice",
        "JOHNSON Jeh",
        "absent; represented by YATES Sally",
        "GUO Shengkun",
        "郭声琨",
    ):
        assert "".join(s.split()) in text, s


def test_demo_pack_has_every_section_filled(demo_ctx):
    from dialogue_planner.services.meetings import list_meetings

    upcoming = next(m for m in list_meetings(demo_ctx) if m.status == "confirmed")
    pack = assemble_pack(demo_ctx, upcoming.number, today=date(2026, 11, 20))
    assert pack.delegations and all(d.members for d in pack.delegations)
    assert pack.agenda and any(i.times_carried for i in pack.agenda)
    assert pack.previous_meeting == upcoming.number - 1
    assert pack.review_start and pack.review_end and pack.review_start <= pack.review_end
    assert {t.side for t in pack.timeliness} == {"US", "CN"}
    assert pack.open_requests and all(r.status in ("open", "acknowledged") for r in pack.open_requests)
    assert all(r.days_overdue > 0 for r in pack.overdue_requests)
    assert all(pack.review_start <= e.raised_on <= pack.review_end for e in pack.escalations)
    result = render_meeting_pack(
        demo_ctx, upcoming.number, PackOptions(language="bilingual"), today=date(2026, 11, 20)
    )
    assert result.pages >= 6
    text = all_text(result.pdf)
    assert f"{upcoming.number}rd meeting" in text or f"{upcoming.number}th meeting" in text
    assert "first raised at the" in text


def test_default_paper_follows_the_recipient_then_the_host(scene):
    ctx = scene.ctx
    host_paper = default_paper(ctx, scene.meeting)
    assert host_paper in ("letter", "a4")
    from dialogue_planner.services.schedule import current_dialogue

    papers = {s.code: s.paper_size for s in current_dialogue(ctx).sides}
    assert host_paper == papers["US"]
    assert default_paper(ctx, scene.meeting, "CN-001") == papers["CN"]


def test_numbered_copies_are_written_and_logged(any_scene, tmp_path):
    ctx, n = any_scene.ctx, any_scene.meeting
    add_member(ctx, meeting=n, delegate="CN-001", role="head")
    options = PackOptions(marking="LIMITED", deterministic=True)
    copies = issue_copies(
        ctx,
        n,
        ["CN-001", "US-001", "sally@example.gov"],
        options,
        tmp_path / "pack.pdf",
        paper_from_recipient=True,
        today=date(2015, 11, 20),
    )
    names = [c.path.name for c in copies]
    assert names == [
        "pack-copy01of3-CN-001.pdf",
        "pack-copy02of3-US-001.pdf",
        "pack-copy03of3-sally-example.gov.pdf",
    ]
    first = page_texts(copies[0].path.read_bytes())
    assert "Copy 1 of 3" in first[0] and "GUO Shengkun 郭声琨" in first[0]
    assert all("Copy 1 of 3 — GUO Shengkun 郭声琨" in t for t in first)
    log = distribution_log(ctx, n)
    assert [
        (r.copy_number, r.copies_total, r.recipient_name) for r in sorted(log, key=lambda r: r.copy_number)
    ] == [(1, 3, "GUO Shengkun 郭声琨"), (2, 3, "JOHNSON Jeh"), (3, 3, "YATES Sally")]
    assert len({r.batch for r in log}) == 1
    for record, copy in zip(sorted(log, key=lambda r: r.copy_number), copies, strict=True):
        assert record.sha256 == hashlib.sha256(copy.path.read_bytes()).hexdigest()
        assert record.marking == "LIMITED" and record.issued_by == ctx.user.login
    assert log[0].copies_total == 3


def test_copies_are_all_or_nothing(scene, tmp_path):
    ctx = scene.ctx
    with pytest.raises(NotFoundError, match="'ghost'"):
        issue_copies(ctx, scene.meeting, ["CN-001", "ghost"], PackOptions(), tmp_path / "p.pdf")
    with pytest.raises(ValidationError, match="named twice"):
        issue_copies(ctx, scene.meeting, ["CN-001", "CN-001"], PackOptions(), tmp_path / "p.pdf")
    with pytest.raises(ValidationError, match="at least one recipient"):
        issue_copies(ctx, scene.meeting, [], PackOptions(), tmp_path / "p.pdf")
    blocked = tmp_path / "file-not-folder"
    blocked.write_text("x")
    with pytest.raises(Exception, match="Cannot write"):
        issue_copies(ctx, scene.meeting, ["CN-001"], PackOptions(), blocked / "p.pdf")
    assert list(tmp_path.glob("*.pdf")) == []
    assert distribution_log(ctx, scene.meeting) == []


def test_viewer_cannot_issue_copies(scene, tmp_path):
    from dataclasses import replace

    from dialogue_planner.services.context import ServiceContext

    viewer = ServiceContext(scene.ctx.db, replace(scene.ctx.user, role="viewer"), scene.ctx.dialogue_id)
    render_meeting_pack(viewer, scene.meeting, PackOptions())  # reading is allowed
    with pytest.raises(PermissionDenied):
        issue_copies(viewer, scene.meeting, ["CN-001"], PackOptions(), tmp_path / "p.pdf")


def test_a_name_the_font_cannot_draw_is_reported_with_its_field(scene):
    from dialogue_planner.services.agencies import list_agencies
    from dialogue_planner.services.roster import add_delegate

    ctx = scene.ctx
    agency = next(a for a in list_agencies(ctx) if a.side_code == "US")
    add_delegate(ctx, dict(agency_id=agency.id, family_name="Levi", given_name="לוי", external_id="US-RTL"))
    add_member(ctx, meeting=scene.meeting, delegate="US-RTL")
    with pytest.raises(FontCoverageError) as caught:
        render_meeting_pack(ctx, scene.meeting, PackOptions())
    assert "LEVI לוי" in str(caught.value) and "HEBREW LETTER LAMED" in str(caught.value)
    result = render_meeting_pack(ctx, scene.meeting, PackOptions(), replace_missing_glyphs=True)
    assert "LEVI \ufffd\ufffd\ufffd" in all_text(result.pdf)


def test_unknown_meeting(scene):
    with pytest.raises(NotFoundError, match="no meeting number 42"):
        assemble_pack(scene.ctx, 42)
