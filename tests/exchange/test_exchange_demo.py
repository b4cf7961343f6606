"""Two copies of the demo, one per side: everything already matches, so a round changes nothing; then what
one side changes on its own pages (a commitment's progress, a delegate's role, a response) is told to the
other (issue 20)."""

from __future__ import annotations

import shutil
from datetime import date

import pytest
from exchange_pairs import Pair, side_context, trust_each_other

from dialogue_planner.domain.errors import ValidationError
from dialogue_planner.services import exchange
from dialogue_planner.services.commitments import list_commitments, update_commitment
from dialogue_planner.services.delegation import list_members, update_member
from dialogue_planner.services.demo import load_demo
from dialogue_planner.services.meetings import get_meeting

TODAY = date(2026, 11, 20)  # the demo's today


@pytest.fixture
def demo_pair(tmp_path, _migrated_template):
    contexts = []
    for side in ("US", "CN"):
        path = tmp_path / f"{side.lower()}.sqlite"
        shutil.copyfile(_migrated_template, path)
        ctx = side_context(f"sqlite:///{path}", side)
        load_demo(ctx)
        contexts.append(ctx)
    us, cn = contexts
    trust_each_other(us, cn)
    yield Pair(us, cn, tmp_path)
    us.db.dispose()
    cn.db.dispose()


def test_two_copies_of_the_demo_agree_and_then_tell_each_other_what_changed(demo_pair):
    pair = demo_pair
    first = pair.us_to_cn()
    assert (first.created, first.added_events, first.differences) == (0, 0, 0)
    assert pair.cn_to_us().differences == 0

    commitment = next(c for c in list_commitments(pair.us) if c.status == "open")
    update_commitment(pair.us, commitment.id, status="in-progress", note="Draft MoU sent", today=TODAY)
    result = pair.us_to_cn()
    told = {(d.kind, d.field): d for d in exchange.list_differences(pair.cn)}
    assert ("commitment", "status") in told
    assert told[("commitment", "status")].theirs == "in-progress"
    assert told[("commitment", "note")].theirs.endswith("Draft MoU sent")
    assert result.created == 0
    with pytest.raises(ValidationError, match="commitments page"):
        exchange.resolve_difference(pair.cn, told[("commitment", "status")].id, accept_theirs=True)
    exchange.resolve_difference(pair.cn, told[("commitment", "status")].id, keep_ours=True)
    remaining = {(d.kind, d.field) for d in exchange.list_differences(pair.cn)}
    assert ("commitment", "status") not in remaining

    # A delegate's role in a coming meeting's delegation, changed by the US side, is told too.
    found = None
    number = 0
    while found is None:
        number += 1
        meeting = get_meeting(pair.us, number)  # NotFoundError past the last: the demo must have one
        if meeting.status in ("planned", "confirmed"):
            found = next(
                (m for m in list_members(pair.us, number) if m.side_code == "US" and m.role == "member"), None
            )
    update_member(pair.us, found.id, role="expert")
    pair.us_to_cn()
    (told,) = [d for d in exchange.list_differences(pair.cn) if d.kind == "delegation"]
    assert (told.field, told.ours, told.theirs) == ("role", "member", "expert")
    assert told.key == f"M{number}/US/{found.name}" or told.key.startswith(f"M{number}/US/")
    update_member(
        pair.cn,
        [m for m in list_members(pair.cn, number) if m.delegate_key == found.delegate_key][0].id,
        role="expert",
    )
    assert [d for d in exchange.list_differences(pair.cn) if d.kind == "delegation"] == []
