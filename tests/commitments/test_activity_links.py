"""Linking commitments and activities (issue 15): from the activity's side (``activities update
--link-commitment/--unlink-commitment``, several at once) and from the commitment's (``link_activities``),
with the refusals a user meets: unknown ids, another dialogue's, unlinking what is not linked."""

from __future__ import annotations

from datetime import date

import pytest

from dialogue_planner.domain.errors import NotFoundError, PermissionDenied, ValidationError
from dialogue_planner.services.activities import (
    activities_of_commitment,
    add_activity,
    get_activity,
    link_activities,
)
from dialogue_planner.services.commitments import list_commitments
from dialogue_planner.services.undo import undo_operation


@pytest.fixture
def two(demo_ctx):
    a = add_activity(demo_ctx, kind="hotline-test", start=date(2026, 9, 3))
    b = add_activity(demo_ctx, kind="visit", start=date(2026, 10, 3), place="Shanghai")
    return a, b


def test_the_command_line_links_and_unlinks_several_commitments_at_once(run, demo_ctx, two):
    a, _ = two
    c1, c2, c3 = (c.id for c in list_commitments(demo_ctx)[:3])
    code, out, err = run("activities", "update", a.id, "--link-commitment", c1, c2, "--link-commitment", c3)
    assert code == 0, err
    assert get_activity(demo_ctx, a.id).commitment_ids == tuple(sorted((c1, c2, c3)))
    code, _, err = run("activities", "update", a.id, "--unlink-commitment", c1, c3)
    assert code == 0, err
    assert get_activity(demo_ctx, a.id).commitment_ids == (c2,)
    code, out, err = run("activities", "list", "--json")
    assert [x["commitments"] for x in out if x["id"] == a.id] == [[c2]]
    # Refusals, one line each, and nothing changed.
    for argv, words in (
        (("--unlink-commitment", c1), f"Commitment {c1} is not linked to activity {a.id}."),
        (("--link-commitment", 999999), "No commitment with id 999999 in this dialogue"),
    ):
        code, _, err = run("activities", "update", a.id, *argv)
        assert code == 1 and words in err and len(err.strip().splitlines()) == 1
    code, _, err = run("activities", "update", a.id, "--link-commitment")
    assert code == 2  # a flag without its ids is a usage error
    assert get_activity(demo_ctx, a.id).commitment_ids == (c2,)


def test_a_commitment_links_its_activities_and_the_link_can_be_undone(demo_ctx, two):
    a, b = two
    c = list_commitments(demo_ctx)[0].id
    assert [x.id for x in link_activities(demo_ctx, c, link=[b.id, a.id, a.id])] == [a.id, b.id]
    assert get_activity(demo_ctx, b.id).commitment_ids == (c,)
    assert [x.id for x in link_activities(demo_ctx, c, unlink=[a.id])] == [b.id]
    undo_operation(demo_ctx, demo_ctx.last_operation)  # the unlink undone
    assert [x.id for x in activities_of_commitment(demo_ctx, c)] == [a.id, b.id]
    with pytest.raises(ValidationError, match="already linked"):
        link_activities(demo_ctx, c, link=[a.id])
    with pytest.raises(ValidationError, match="cannot be linked and unlinked at once"):
        link_activities(demo_ctx, c, link=[a.id], unlink=[a.id])
    with pytest.raises(ValidationError, match="Nothing to change"):
        link_activities(demo_ctx, c)
    with pytest.raises(NotFoundError, match="No activity with id 424242"):
        link_activities(demo_ctx, c, link=[424242])
    with pytest.raises(NotFoundError, match="No commitment with id 424242"):
        link_activities(demo_ctx, 424242, link=[a.id])
    with pytest.raises(ValidationError):
        link_activities(demo_ctx, c, link=[0])
    assert [x.id for x in activities_of_commitment(demo_ctx, c)] == [a.id, b.id]  # nothing changed


def viewer_of(ctx):
    from dialogue_planner.domain.records import UserRecord
    from dialogue_planner.services.context import ServiceContext

    return ServiceContext(ctx.db, UserRecord(998, "vera", "Vera", "viewer", True), ctx.dialogue_id)


def test_a_viewer_may_not_link(demo_ctx, two):
    a, _ = two
    c = list_commitments(demo_ctx)[0].id
    with pytest.raises(PermissionDenied):
        link_activities(viewer_of(demo_ctx), c, link=[a.id])
    assert activities_of_commitment(viewer_of(demo_ctx), c) == []


def test_links_on_both_engines(any_ctx):
    from dialogue_planner.services.commitments import add_commitment
    from dialogue_planner.services.meetings import add_meeting

    add_meeting(
        any_ctx, start=date(2015, 12, 1), host="US", city="Washington", status="held", today=date(2016, 1, 5)
    )
    c = add_commitment(any_ctx, 1, text="Test the hotline", owner="CN", due_on=date(2016, 3, 1))
    a = add_activity(any_ctx, kind="hotline test", start=date(2016, 2, 10), commitments=[c.id])
    b = add_activity(any_ctx, kind="working-level-call", start=date(2016, 2, 20))
    assert [x.id for x in link_activities(any_ctx, c.id, link=[b.id], unlink=[a.id])] == [b.id]
    assert get_activity(any_ctx, a.id).commitment_ids == ()
    assert [x.kind for x in activities_of_commitment(any_ctx, c.id)] == ["working-level-call"]
