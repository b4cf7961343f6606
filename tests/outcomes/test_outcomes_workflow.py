"""The summary of outcomes through the services: drafting from the agenda, editing, proposing, both
sides' agreement, revisions, the comparison, audit, roles, and what a later pack gets."""

from __future__ import annotations

import pytest

from dialogue_planner.domain.errors import NotFoundError, PermissionDenied, ValidationError
from dialogue_planner.services import outcomes as svc
from dialogue_planner.services.agenda import edit_item, list_items
from dialogue_planner.services.audit import list_audit
from dialogue_planner.services.context import ServiceContext
from dialogue_planner.services.workstation import add_user

MEETING = 3  # demo: three standing items discussed with outcomes, three items resolved, one carried


def _outcome_items(ctx, meeting=MEETING):
    return [i for i in list_items(ctx, meeting) if i.status in ("resolved", "discussed") and i.outcome]


def test_the_draft_is_built_from_the_items_with_outcomes(demo_ctx):
    items = _outcome_items(demo_ctx)
    assert len(items) >= 3
    result = svc.draft_outcomes(demo_ctx, MEETING)
    assert result.created and result.outcome.version == 1 and result.outcome.status == "draft"
    assert [(p.item, p.text_en) for p in result.outcome.paragraphs] == [(i.id, i.outcome) for i in items]
    assert [p.number for p in result.outcome.paragraphs] == list(range(1, len(items) + 1))
    carried = [i.id for i in list_items(demo_ctx, MEETING) if i.status == "carried"]
    assert not {p.item for p in result.outcome.paragraphs} & set(carried)


def test_drafting_again_adds_what_is_new_and_never_overwrites_an_edited_paragraph(demo_ctx):
    first = svc.draft_outcomes(demo_ctx, MEETING).outcome
    svc.edit_paragraph(demo_ctx, MEETING, 1, text_en="Edited by hand.", text_zh="人工修改。")
    items = _outcome_items(demo_ctx)
    edit_item(demo_ctx, items[0].id, outcome="The agenda's outcome changed.")  # paragraph 1: edited
    edit_item(demo_ctx, items[1].id, outcome="Second outcome, updated.")  # paragraph 2: not edited
    again = svc.draft_outcomes(demo_ctx, MEETING)
    assert not again.created and again.added == () and again.refreshed == (2,) and again.kept == (1,)
    paras = again.outcome.paragraphs
    assert (paras[0].text_en, paras[0].text_zh) == ("Edited by hand.", "人工修改。")
    assert paras[1].text_en == "Second outcome, updated."
    assert len(paras) == len(first.paragraphs)
    # a paragraph added by hand stays where it is; drafting a third time changes nothing
    svc.add_paragraph(demo_ctx, MEETING, "Added by hand.", "手工添加。")
    third = svc.draft_outcomes(demo_ctx, MEETING)
    assert third.added == third.refreshed == () and third.outcome.paragraphs[-1].text_en == "Added by hand."


def test_the_whole_workflow_keeps_every_version_readable(demo_ctx):
    svc.draft_outcomes(demo_ctx, MEETING)
    proposed = svc.propose_outcomes(demo_ctx, MEETING)
    assert proposed.status == "proposed" and proposed.agreed_by == ()
    with pytest.raises(ValidationError, match="revise it to open a new draft"):
        svc.edit_paragraph(demo_ctx, MEETING, 1, text_en="Sneaky change")
    with pytest.raises(ValidationError, match="revise it to open a new draft"):
        svc.add_paragraph(demo_ctx, MEETING, "Sneaky addition")
    with pytest.raises(ValidationError, match="revise it to open a new draft"):
        svc.remove_paragraph(demo_ctx, MEETING, 1)
    with pytest.raises(ValidationError, match="revise it to open a new draft"):
        svc.draft_outcomes(demo_ctx, MEETING)
    assert svc.show_outcomes(demo_ctx, MEETING).paragraphs == proposed.paragraphs  # nothing changed
    after_cn = svc.agree_outcomes(demo_ctx, MEETING, "cn", by="Guo Shengkun")
    assert after_cn.status == "proposed" and after_cn.agreed_by == ("CN",)
    final = svc.agree_outcomes(demo_ctx, MEETING, "US")
    assert final.status == "final" and final.agreed_by == ("CN", "US")
    assert final.agreements[0].by == "Guo Shengkun" and final.agreements[1].by == demo_ctx.user.display_name
    with pytest.raises(ValidationError, match="revise it to open a new draft"):
        svc.edit_paragraph(demo_ctx, MEETING, 1, text_zh="改")

    revised = svc.revise_outcomes(demo_ctx, MEETING, "The US side asked to name the agencies")
    assert (revised.version, revised.status, revised.agreed_by) == (2, "draft", ())
    assert revised.reason == "The US side asked to name the agencies"
    assert [(p.text_en, p.text_zh, p.item) for p in revised.paragraphs] == [
        (p.text_en, p.text_zh, p.item) for p in final.paragraphs
    ]
    svc.edit_paragraph(demo_ctx, MEETING, 2, text_en="Both sides named their agencies.")
    svc.remove_paragraph(demo_ctx, MEETING, 1)
    svc.add_paragraph(demo_ctx, MEETING, "A new paragraph.", "新段落。")

    old = svc.show_outcomes(demo_ctx, MEETING, 1)
    assert (old.status, old.agreed_by, old.paragraphs, old.latest) == (
        "final",
        ("CN", "US"),
        final.paragraphs,
        False,
    )
    diff = svc.diff_outcomes(demo_ctx, MEETING, 1, 2)
    kinds = [(c.change, c.number_from, c.number_to) for c in diff.changes]
    assert kinds[0] == ("removed", 1, None) and kinds[1] == ("changed", 2, 1) and kinds[-1][0] == "added"
    assert diff.changes[1].en_to == "Both sides named their agencies." and not diff.changes[1].zh_changed
    assert diff.changes[-1].zh_to == "新段落。"

    # the new version needs both agreements again
    svc.propose_outcomes(demo_ctx, MEETING)
    assert svc.agree_outcomes(demo_ctx, MEETING, "US").status == "proposed"
    assert [v.status for v in svc.outcome_history(demo_ctx, MEETING)] == ["final", "proposed"]


def test_every_change_is_audited(demo_ctx):
    svc.draft_outcomes(demo_ctx, MEETING)
    svc.edit_paragraph(demo_ctx, MEETING, 1, text_zh="中文")
    svc.propose_outcomes(demo_ctx, MEETING)
    svc.agree_outcomes(demo_ctx, MEETING, "US", by="A. Person")
    actions = [e.action for e in list_audit(demo_ctx, limit=50) if e.action.startswith("outcomes.")]
    assert actions[:3] == ["outcomes.agree", "outcomes.propose", "outcomes.paragraph_edit"]
    assert "outcomes.version" in actions and "outcomes.paragraph_add" in actions
    agree = next(e for e in list_audit(demo_ctx, entity="outcome_agreement"))
    assert agree.after["agreed_by"] == "A. Person" and agree.actor == demo_ctx.user.login


def test_a_viewer_reads_but_changes_nothing(demo_ctx, monkeypatch):
    svc.add_paragraph(demo_ctx, MEETING, "Text")
    add_user(demo_ctx, "reader", "viewer")
    monkeypatch.setenv("DIALOGUE_PLANNER_USER", "reader")
    viewer = ServiceContext.connect(demo_ctx.db)
    assert svc.show_outcomes(viewer, MEETING).paragraphs[0].text_en == "Text"
    for act in (
        lambda: svc.add_paragraph(viewer, MEETING, "More"),
        lambda: svc.propose_outcomes(viewer, MEETING),
        lambda: svc.draft_outcomes(viewer, MEETING),
        lambda: svc.revise_outcomes(viewer, MEETING, "r"),
    ):
        with pytest.raises(PermissionDenied):
            act()
    assert len(svc.show_outcomes(demo_ctx, MEETING).paragraphs) == 1


def test_bad_input_is_refused_and_changes_nothing(demo_ctx):
    with pytest.raises(NotFoundError, match="no meeting number 999"):
        svc.show_outcomes(demo_ctx, 999)
    with pytest.raises(NotFoundError, match="no summary of outcomes yet"):
        svc.show_outcomes(demo_ctx, MEETING)
    with pytest.raises(ValidationError, match="may not be empty"):
        svc.add_paragraph(demo_ctx, MEETING, "   ")
    other_meeting_item = list_items(demo_ctx, 2)[0].id
    with pytest.raises(NotFoundError, match="no agenda item"):
        svc.add_paragraph(demo_ctx, MEETING, "About another meeting's item", item=other_meeting_item)
    assert svc.outcome_history(demo_ctx, MEETING) == []  # nothing was opened by the refused acts
    svc.add_paragraph(demo_ctx, MEETING, "One")
    with pytest.raises(NotFoundError, match="no paragraph 5; it has paragraphs 1 to 1"):
        svc.edit_paragraph(demo_ctx, MEETING, 5, text_en="x")
    with pytest.raises(ValidationError, match="the new English text, the new Chinese text or both"):
        svc.edit_paragraph(demo_ctx, MEETING, 1)
    with pytest.raises(ValidationError, match="control characters"):
        svc.edit_paragraph(demo_ctx, MEETING, 1, text_en="bad\x1b[2J")
    with pytest.raises(ValidationError, match="propose it first"):
        svc.agree_outcomes(demo_ctx, MEETING, "US")
    with pytest.raises(ValidationError, match="still a draft"):
        svc.revise_outcomes(demo_ctx, MEETING, "why")
    svc.propose_outcomes(demo_ctx, MEETING)
    with pytest.raises(ValidationError, match="Unknown side 'XX'"):
        svc.agree_outcomes(demo_ctx, MEETING, "XX")
    with pytest.raises(ValidationError, match="reason"):
        svc.revise_outcomes(demo_ctx, MEETING, "  ")
    with pytest.raises(NotFoundError, match="no version 7"):
        svc.diff_outcomes(demo_ctx, MEETING, 1, 7)
    svc.agree_outcomes(demo_ctx, MEETING, "US")
    with pytest.raises(ValidationError, match="already agreed"):
        svc.agree_outcomes(demo_ctx, MEETING, "US")
    assert svc.show_outcomes(demo_ctx, MEETING).agreed_by == ("US",)


def test_proposing_an_empty_draft_is_refused(demo_ctx):
    svc.add_paragraph(demo_ctx, MEETING, "Only one")
    svc.remove_paragraph(demo_ctx, MEETING, 1)
    with pytest.raises(ValidationError, match="no paragraphs"):
        svc.propose_outcomes(demo_ctx, MEETING)


def test_the_next_meeting_gets_the_final_text_or_the_proposed_one_marked_not_agreed(demo_ctx):
    assert svc.previous_meeting_outcomes(demo_ctx, MEETING + 1) is None
    svc.draft_outcomes(demo_ctx, MEETING)
    assert svc.previous_meeting_outcomes(demo_ctx, MEETING + 1) is None  # a draft is never printed
    svc.propose_outcomes(demo_ctx, MEETING)
    prev = svc.previous_meeting_outcomes(demo_ctx, MEETING + 1)
    assert (prev.meeting, prev.version, prev.status, prev.agreed) == (MEETING, 1, "proposed", False)
    svc.agree_outcomes(demo_ctx, MEETING, "US")
    svc.agree_outcomes(demo_ctx, MEETING, "CN")
    svc.revise_outcomes(demo_ctx, MEETING, "A later correction")
    svc.edit_paragraph(demo_ctx, MEETING, 1, text_en="Corrected, not yet agreed")
    prev = svc.previous_meeting_outcomes(demo_ctx, MEETING + 1)
    assert (prev.version, prev.status, prev.agreed, prev.agreed_by) == (1, "final", True, ("US", "CN"))
    assert prev.paragraphs[0].text_en != "Corrected, not yet agreed"
    assert not hasattr(prev, "_sa_instance_state")


def test_the_previous_meeting_is_the_one_just_before_even_without_outcomes(demo_ctx):
    """Meeting 2 has agreed outcomes, meeting 3 none: meeting 4's pack shows none, not meeting 2's."""
    svc.draft_outcomes(demo_ctx, 2)
    svc.propose_outcomes(demo_ctx, 2)
    assert svc.previous_meeting_outcomes(demo_ctx, 3).meeting == 2
    assert svc.previous_meeting_outcomes(demo_ctx, 4) is None
