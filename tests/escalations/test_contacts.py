"""The hotline's contact points per side."""

from __future__ import annotations

import json
from datetime import date

import pytest

from dialogue_planner.domain.errors import NotFoundError, ValidationError
from dialogue_planner.services import hotline


@pytest.fixture
def delegate_key(ctx):
    from sqlalchemy import select

    from dialogue_planner.services.roster import add_delegate
    from dialogue_planner.storage.models import Agency

    with ctx.read() as s:
        mps = s.scalar(select(Agency.id).where(Agency.acronym == "MPS"))
    d = add_delegate(
        ctx,
        {
            "agency_id": mps,
            "family_name": "Wang",
            "given_name": "Fang",
            "email": "wang@example.cn",
            "phone": "+86 10 1",
        },
    )
    return d.key


def test_add_list_remove(ctx, delegate_key):
    desk = hotline.add_contact_point(
        ctx,
        side="us",
        name="DHS hotline desk",
        role="Duty desk",
        phone="+1 202 555 0100",
        hours="24/7",
        from_on=date(2016, 1, 1),
    )
    wang = hotline.add_contact_point(
        ctx,
        side="CN",
        delegate=delegate_key,
        role="Liaison",
        role_zh="联络员",
        hours="08:00–18:00 Beijing",
        to_on=date(2016, 12, 31),
    )
    assert (wang.name, wang.name_zh, wang.agency, wang.phone, wang.email) == (
        "WANG Fang",
        "",
        "MPS",
        "+86 10 1",
        "wang@example.cn",
    )
    assert [c.name for c in hotline.list_contact_points(ctx)] == ["WANG Fang", "DHS hotline desk"]  # CN, US
    assert [c.id for c in hotline.list_contact_points(ctx, "US")] == [desk.id]
    assert [c.id for c in hotline.list_contact_points(ctx, on=date(2015, 6, 1))] == [wang.id]
    assert [c.id for c in hotline.list_contact_points(ctx, on=date(2017, 6, 1))] == [desk.id]
    removed = hotline.remove_contact_point(ctx, desk.id)
    assert removed.name == "DHS hotline desk"
    assert [c.id for c in hotline.list_contact_points(ctx)] == [wang.id]
    with pytest.raises(NotFoundError, match=f"id {desk.id}"):
        hotline.remove_contact_point(ctx, desk.id)


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"side": "US"}, "a delegate or a name"),
        ({"side": "US", "name": "  "}, "a delegate or a name"),
        ({"side": "US", "name": "A", "delegate": "7"}, "a delegate or a name"),
        ({"side": "XX", "name": "A"}, "Unknown side"),
        ({"side": "US", "name": "A\x1b[2J"}, "control characters"),
        ({"side": "US", "name": "A", "phone": "1" * 61}, "phone"),
        (
            {"side": "US", "name": "A", "from_on": date(2016, 2, 1), "to_on": date(2016, 1, 1)},
            "before it starts",
        ),
        ({"side": "US", "name": "A", "from_on": date(1, 1, 1)}, "start date"),
        ({"side": "US", "delegate": "nobody@example.org"}, "No delegate"),
    ],
)
def test_bad_contact_points_are_refused(ctx, kwargs, message):
    with pytest.raises((ValidationError, NotFoundError), match=message):
        hotline.add_contact_point(ctx, **kwargs)
    assert hotline.list_contact_points(ctx) == []


def test_a_delegate_of_the_other_side_is_refused(ctx, delegate_key):
    with pytest.raises(ValidationError, match="another side"):
        hotline.add_contact_point(ctx, side="US", delegate=delegate_key)


def test_undo_of_add_and_remove(ctx):
    from dialogue_planner.services.undo import undo_operation

    added = hotline.add_contact_point(ctx, side="US", name="Desk")
    undo_operation(ctx, ctx.last_operation)
    assert hotline.list_contact_points(ctx) == []
    added = hotline.add_contact_point(ctx, side="US", name="Desk")
    hotline.remove_contact_point(ctx, added.id)
    undo_operation(ctx, ctx.last_operation)
    assert [c.name for c in hotline.list_contact_points(ctx)] == ["Desk"]


def test_cli(run):
    code, out, _ = run(
        "hotline",
        "contacts",
        "add",
        "--side",
        "US",
        "--name",
        "FBI duty desk",
        "--role",
        "Duty officer",
        "--phone",
        "+1 202 555 0100",
        "--email",
        "desk@example.gov",
        "--hours",
        "24/7",
        "--from",
        "2016-01-01",
        "--json",
    )
    c = json.loads(out)
    assert code == 0 and c == {
        "id": c["id"],
        "side": "US",
        "name": "FBI duty desk",
        "name_zh": "",
        "delegate_id": None,
        "agency": None,
        "role": "Duty officer",
        "role_zh": "",
        "phone": "+1 202 555 0100",
        "email": "desk@example.gov",
        "hours": "24/7",
        "hours_zh": "",
        "from": "2016-01-01",
        "to": None,
    }
    code, out, _ = run("hotline", "contacts", "list", "--side", "US")
    assert code == 0 and "FBI duty desk" in out and "24/7" in out and "2016-01-01 to …" in out
    code, _out, err = run("hotline", "contacts", "add", "--side", "US", "--name", "A", "--delegate", "1")
    assert code == 2
    code, _out, err = run("hotline", "contacts", "add", "--side", "US")
    assert code == 2
    code, out, _ = run("hotline", "contacts", "remove", c["id"])
    assert code == 0 and out.strip() == f"Removed contact point {c['id']} of US: FBI duty desk."
    code, _out, err = run("hotline", "contacts", "remove", c["id"])
    assert code == 1 and "No hotline contact point" in err
    code, out, _ = run("hotline", "contacts", "list", "--json")
    assert json.loads(out) == []
