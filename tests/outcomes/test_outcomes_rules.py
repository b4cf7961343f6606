"""The workflow of the summary of outcomes as rules (domain/outcomes.py), against a model written
independently here, and the comparison of versions."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dialogue_planner.domain.errors import ValidationError
from dialogue_planner.domain.outcomes import (
    OutcomeParagraphRecord,
    WorkflowState,
    agreement,
    check_editable,
    diff_paragraphs,
    step,
)

SIDES = ("US", "CN")
ACTS = st.lists(
    st.tuples(st.sampled_from(["edit", "propose", "agree", "revise"]), st.sampled_from(["US", "CN", "XX"])),
    max_size=30,
)


def expected(state: WorkflowState, act: str, side: str) -> WorkflowState | None:
    """What the rules should give, or None where they must refuse (a plain re-statement of issue 15)."""
    v, status, agreed, n, history = state.version, state.status, state.agreed, state.paragraphs, state.history
    if act == "edit":
        return WorkflowState(v, status, agreed, n + 1, history) if status == "draft" else None
    if act == "propose":
        return WorkflowState(v, "proposed", frozenset(), n, history) if status == "draft" and n else None
    if act == "agree":
        if side not in SIDES or status != "proposed" or side in agreed:
            return None
        now = agreed | {side}
        return WorkflowState(v, "final" if now == set(SIDES) else "proposed", now, n, history)
    if status == "draft":  # revise
        return None
    return WorkflowState(v + 1, "draft", frozenset(), n, history + ((v, status, agreed),))


@settings(max_examples=300, deadline=None)
@given(ACTS)
def test_every_sequence_of_acts_follows_the_rules(acts):
    state = WorkflowState()
    for act, side in acts:
        want = expected(state, act, side)
        if want is None:
            with pytest.raises(ValidationError):
                step(state, act, side, sides=SIDES)
            continue
        state = step(state, act, side, sides=SIDES)
        assert state == want
        # Invariants: final exactly when both sides agreed; a draft has no agreement; frozen versions
        # before the latest keep the agreements they had.
        assert (state.status == "final") == (state.agreed == frozenset(SIDES))
        assert state.status != "draft" or not state.agreed
        assert [h[0] for h in state.history] == list(range(1, state.version))


@given(st.permutations(SIDES))
def test_both_sides_agree_in_either_order_and_only_then_final(order):
    state = step(step(WorkflowState(), "edit"), "propose")
    state = step(state, "agree", order[0], sides=SIDES)
    assert state.status == "proposed" and state.agreed == {order[0]}
    state = step(state, "agree", order[1], sides=SIDES)
    assert state.status == "final" and state.agreed == set(SIDES)


def test_editing_a_frozen_version_says_to_revise_it():
    for status in ("proposed", "final"):
        with pytest.raises(
            ValidationError, match="revise it to open a new draft, giving the reason"
        ) as caught:
            check_editable(status, 3, 2)
        assert "--" not in caught.value.message
    check_editable("draft", 3, 2)


def test_agreement_refusals_say_why():
    with pytest.raises(ValidationError, match="propose it first"):
        agreement("draft", (), "US", SIDES, 1, 1)
    with pytest.raises(ValidationError, match="already agreed"):
        agreement("proposed", ("US",), "US", SIDES, 1, 1)
    with pytest.raises(ValidationError, match="already final"):
        agreement("final", SIDES, "CN", SIDES, 1, 1)
    with pytest.raises(ValidationError, match="not a side of this dialogue"):
        agreement("proposed", (), "UK", SIDES, 1, 1)


def _p(number, lineage, en, zh=""):
    return OutcomeParagraphRecord(number, en, zh, lineage=lineage)


def test_the_comparison_matches_paragraphs_by_lineage_in_both_languages():
    old = [_p(1, "a", "One", "一"), _p(2, "b", "Two", "二"), _p(3, "c", "Three", "三")]
    new = [_p(1, "a", "One", "一"), _p(2, "c", "Three", "叁"), _p(3, "d", "Four", "四")]
    changes = diff_paragraphs(old, new)
    assert [(c.change, c.number_from, c.number_to) for c in changes] == [
        ("same", 1, 1),
        ("removed", 2, None),
        ("changed", 3, 2),
        ("added", None, 3),
    ]
    changed = changes[2]
    assert not changed.en_changed and changed.zh_changed and (changed.zh_from, changed.zh_to) == ("三", "叁")


LINEAGES = st.lists(st.sampled_from("abcdefgh"), unique=True, max_size=8)


@settings(max_examples=200, deadline=None)
@given(LINEAGES, LINEAGES, st.data())
def test_the_comparison_accounts_for_every_paragraph_of_both_versions(old_keys, new_keys, data):
    text = st.sampled_from(["x", "y", "与"])
    old = [_p(i, k, data.draw(text), data.draw(text)) for i, k in enumerate(old_keys, 1)]
    new = [_p(i, k, data.draw(text), data.draw(text)) for i, k in enumerate(new_keys, 1)]
    changes = diff_paragraphs(old, new)
    assert [c.number_to for c in changes if c.change != "removed"] == [p.number for p in new]
    assert sorted(c.number_from for c in changes if c.change != "added") == [p.number for p in old]
    by_key_old = {p.lineage: p for p in old}
    for c, p in zip([c for c in changes if c.change != "removed"], new, strict=True):
        before = by_key_old.get(p.lineage)
        if before is None:
            assert c.change == "added"
        else:
            same = (before.text_en, before.text_zh) == (p.text_en, p.text_zh)
            assert c.change == ("same" if same else "changed")
