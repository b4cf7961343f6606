"""Delegation membership through the services, on SQLite and PostgreSQL."""

from __future__ import annotations

import pytest

from dialogue_planner.cli.json_shapes import delegation_member_json
from dialogue_planner.domain.errors import ConflictError, NotFoundError, PermissionDenied, ValidationError
from dialogue_planner.services.audit import list_audit
from dialogue_planner.services.delegation import add_member, list_members, remove_member, update_member
from dialogue_planner.services.lookup import find_delegate


def test_add_list_update_remove(any_scene):
    ctx, n, keys = any_scene.ctx, any_scene.meeting, any_scene.keys
    chair = add_member(ctx, meeting=n, delegate="US-001", role="co-chair")
    deputy = add_member(ctx, meeting=n, delegate="SALLY@example.gov")  # email, any case
    head = add_member(ctx, meeting=n, delegate=keys["cn_head"], role="head")
    assert (chair.name, chair.role, chair.position, chair.side_code) == ("JOHNSON Jeh", "co-chair", 1, "US")
    assert (deputy.delegate_key, deputy.position) == ("sally@example.gov", 2)
    assert head.native_name == "郭声琨"

    listed = list_members(ctx, n)
    assert [m.name for m in listed] == ["JOHNSON Jeh", "YATES Sally", "GUO Shengkun"]

    changed = update_member(ctx, chair.id, expected_version=chair.version, represented_by="sally@example.gov")
    assert (changed.attended, changed.represented_by) == (False, "YATES Sally")
    assert delegation_member_json(changed)["represented_by"] == "YATES Sally"

    remove_member(ctx, head.id, expected_version=head.version)
    assert [m.name for m in list_members(ctx, n)] == ["JOHNSON Jeh", "YATES Sally"]
    actions = [a.action for a in list_audit(ctx) if a.entity == "delegation_member"]
    assert {"delegation.add", "delegation.update", "delegation.remove"} <= set(actions)


def test_delegate_keys_external_id_email_numeric_id(scene):
    from dialogue_planner.services.roster import list_delegates

    ctx = scene.ctx
    pat = next(d for d in list_delegates(ctx) if d.given_name == "<Pat>")
    assert pat.key == str(pat.id)
    with ctx.read() as s:
        assert find_delegate(s, str(pat.id)).id == pat.id
        assert find_delegate(s, " CN-002 ").native_name == "张伟"
        with pytest.raises(NotFoundError, match="No delegate with external id, email or id 'nobody'"):
            find_delegate(s, "nobody")
        with pytest.raises(ValidationError, match="Name a delegate"):
            find_delegate(s, "  ")


@pytest.mark.parametrize(
    "kwargs, error, message",
    [
        ({"delegate": "US-001", "role": "king"}, ValidationError, "Unknown delegation role 'king'"),
        ({"delegate": "ghost"}, NotFoundError, "No delegate"),
    ],
)
def test_bad_additions(scene, kwargs, error, message):
    with pytest.raises(error, match=message):
        add_member(scene.ctx, meeting=scene.meeting, **kwargs)
    assert list_members(scene.ctx, scene.meeting) == []


def test_rules_of_membership(scene):
    ctx, n = scene.ctx, scene.meeting
    with pytest.raises(NotFoundError, match="no meeting number 99"):
        add_member(ctx, meeting=99, delegate="US-001")
    chair = add_member(ctx, meeting=n, delegate="US-001", role="co-chair")
    with pytest.raises(ValidationError, match="already on the delegation of meeting 1"):
        add_member(ctx, meeting=n, delegate="US-001")
    with pytest.raises(ValidationError, match="cannot represent themselves"):
        update_member(ctx, chair.id, represented_by="US-001")
    with pytest.raises(ValidationError, match="same side"):
        update_member(ctx, chair.id, represented_by="CN-001")
    with pytest.raises(ValidationError, match="attended is not represented"):
        update_member(ctx, chair.id, attended=True, represented_by="sally@example.gov")
    assert list_members(ctx, n)[0].represented_by == ""  # nothing half-saved
    with pytest.raises(ConflictError, match="changed by someone else"):
        update_member(ctx, chair.id, expected_version=chair.version + 1, role="head")
    deputy = add_member(ctx, meeting=n, delegate="sally@example.gov")
    update_member(ctx, chair.id, represented_by="sally@example.gov")
    with pytest.raises(ValidationError, match="stands in for an absent member"):
        remove_member(ctx, deputy.id)
    cleared = update_member(ctx, chair.id, represented_by=None, attended=None)
    assert (cleared.represented_by, cleared.attended) == ("", None)


def test_inactive_delegates_cannot_be_added(scene):
    from dialogue_planner.services.roster import set_delegate_active

    ctx = scene.ctx
    with ctx.read() as s:
        d = find_delegate(s, "CN-002")
        delegate_id, version = d.id, d.version
    set_delegate_active(ctx, delegate_id, False, expected_version=version)
    with pytest.raises(ValidationError, match="ZHANG Wei is deactivated"):
        add_member(ctx, meeting=scene.meeting, delegate="CN-002")


def test_viewers_may_read_but_not_change(scene):
    from dataclasses import replace

    from dialogue_planner.services.context import ServiceContext

    ctx = scene.ctx
    add_member(ctx, meeting=scene.meeting, delegate="US-001")
    viewer = ServiceContext(ctx.db, replace(ctx.user, role="viewer"), ctx.dialogue_id)
    assert len(list_members(viewer, scene.meeting)) == 1
    with pytest.raises(PermissionDenied):
        add_member(viewer, meeting=scene.meeting, delegate="CN-001")
