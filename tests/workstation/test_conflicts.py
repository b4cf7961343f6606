"""Conflict resolution over snapshot dicts, and end to end with two workstations editing one meeting
(SQLite and PostgreSQL): keep theirs, apply mine on top (audited), merge field by field."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dialogue_planner.domain.errors import ConflictError, ValidationError
from dialogue_planner.services.audit import list_audit
from dialogue_planner.services.conflicts import (
    Choice,
    Conflict,
    apply_resolution,
    merged_values,
    resolve,
)
from dialogue_planner.services.context import ServiceContext
from dialogue_planner.services.meetings import update_meeting

BASE = {
    "id": 7,
    "version": 3,
    "venue": "",
    "notes": "",
    "planned_city": "Beijing",
    "time_zone": "Asia/Shanghai",
}


def conflict(mine: dict, theirs: dict) -> Conflict:
    return Conflict("meeting", 7, BASE, {**BASE, **mine}, {**BASE, "version": 4, **theirs})


def test_fields_lists_only_what_someone_changed():
    c = conflict({"venue": "Diaoyutai"}, {"notes": "agenda agreed"})
    assert [(f.name, f.mine_changed, f.theirs_changed, f.collides) for f in c.fields()] == [
        ("venue", True, False, False),
        ("notes", False, True, False),
    ]
    assert c.can_merge and c.their_version == 4


def test_keep_theirs_saves_nothing():
    r = resolve(conflict({"venue": "A"}, {"venue": "B"}), Choice.KEEP_THEIRS)
    assert r.saves_nothing and r.expected_version is None and r.overwrites == ()


def test_merge_keeps_both_sides_edits():
    c = conflict({"venue": "Diaoyutai"}, {"notes": "agenda agreed"})
    r = resolve(c, "merge")
    assert r.values == {"venue": "Diaoyutai"} and r.expected_version == 4 and r.overwrites == ()
    assert merged_values(c, r) | {"version": 0} == {
        **BASE,
        "version": 0,
        "venue": "Diaoyutai",
        "notes": "agenda agreed",
    }


def test_merge_is_refused_where_fields_collide():
    c = conflict({"venue": "Diaoyutai", "notes": "mine"}, {"venue": "Great Hall"})
    assert c.collisions() == ["venue"] and not c.can_merge
    with pytest.raises(ValidationError, match="venue"):
        resolve(c, Choice.MERGE)


def test_equal_edits_do_not_collide_and_need_no_saving():
    c = conflict({"venue": "Diaoyutai"}, {"venue": "Diaoyutai"})
    assert c.collisions() == []
    assert resolve(c, Choice.MERGE).saves_nothing


def test_apply_mine_names_the_fields_it_overwrites():
    c = conflict({"venue": "Diaoyutai", "notes": "mine"}, {"venue": "Great Hall", "planned_city": "Shanghai"})
    r = resolve(c, Choice.APPLY_MINE)
    assert r.values == {"venue": "Diaoyutai", "notes": "mine"} and r.overwrites == ("venue",)
    assert merged_values(c, r)["planned_city"] == "Shanghai"  # their other edits survive


def test_unknown_choice_and_missing_theirs_are_refused():
    with pytest.raises(ValueError):
        resolve(conflict({}, {}), "overwrite everything")
    with pytest.raises(ValidationError, match="reload"):
        Conflict.from_error(ConflictError("stale"), BASE, BASE)


values = st.sampled_from(["", "a", "b", "c"])
fields = ("venue", "notes", "planned_city", "time_zone")


@settings(max_examples=150, deadline=None)
@given(
    st.fixed_dictionaries({f: values for f in fields}),
    st.fixed_dictionaries({f: values for f in fields}),
    st.fixed_dictionaries({f: values for f in fields}),
)
def test_no_resolution_loses_an_edit_it_did_not_mean_to(base, mine, theirs):
    c = Conflict("meeting", 1, {**base, "version": 1}, {**mine, "version": 1}, {**theirs, "version": 2})
    for choice in Choice:
        try:
            r = resolve(c, choice)
        except ValidationError:
            assert choice is Choice.MERGE and c.collisions()
            continue
        result = merged_values(c, r)
        for f in fields:
            if choice is Choice.KEEP_THEIRS or mine[f] == base[f]:
                assert result[f] == theirs[f]  # their values stay where I did not edit
            else:
                assert result[f] == mine[f]  # my edits are applied
            if choice is Choice.MERGE and theirs[f] != base[f]:
                assert result[f] == theirs[f]  # a merge never undoes their edits
        assert set(r.overwrites) <= {f for f in fields if theirs[f] != base[f] and mine[f] != theirs[f]}


# -- end to end: two workstations on one database --------------------------------------------------
def meeting_values(m) -> dict:
    """An editor's snapshot, in the stored column names ConflictError.theirs uses."""
    return {"id": m.id, "version": m.version, "venue": m.venue, "notes": m.notes}


def save_meeting(ctx, number):
    def save(values: dict, expected_version: int | None):
        return update_meeting(
            ctx,
            number,
            expected_version=expected_version,
            **{k: v for k, v in values.items() if k in ("venue", "notes")},
        )

    return save


@pytest.fixture
def two_workstations(any_ctx, meeting_number):
    other = ServiceContext(any_ctx.db, any_ctx.user, any_ctx.dialogue_id)
    from dialogue_planner.services.meetings import get_meeting

    loaded = get_meeting(any_ctx, meeting_number)
    return any_ctx, other, meeting_number, loaded


def _stale_save(ctx, number, base, mine) -> Conflict:
    with pytest.raises(ConflictError) as caught:
        save_meeting(ctx, number)({k: v for k, v in mine.items() if base.get(k) != v}, base["version"])
    assert caught.value.theirs["version"] == base["version"] + 1
    return Conflict.from_error(caught.value, base, mine)


def test_a_stale_save_is_refused_with_their_values(two_workstations):
    mine_ctx, theirs_ctx, number, loaded = two_workstations
    update_meeting(theirs_ctx, number, expected_version=loaded.version, notes="agenda agreed")
    base = meeting_values(loaded)
    c = _stale_save(mine_ctx, number, base, {**base, "venue": "Diaoyutai"})
    assert c.theirs["notes"] == "agenda agreed" and c.entity == "meeting"


def test_merge_saves_both_edits(two_workstations):
    mine_ctx, theirs_ctx, number, loaded = two_workstations
    update_meeting(theirs_ctx, number, expected_version=loaded.version, notes="agenda agreed")
    base = meeting_values(loaded)
    c = _stale_save(mine_ctx, number, base, {**base, "venue": "Diaoyutai"})
    saved = apply_resolution(mine_ctx, c, resolve(c, Choice.MERGE), save_meeting(mine_ctx, number))
    assert (saved.venue, saved.notes, saved.version) == ("Diaoyutai", "agenda agreed", loaded.version + 2)
    assert not [a for a in list_audit(mine_ctx, entity="meeting") if a.action == "conflict.overwrite"]


def test_apply_mine_overwrites_deliberately_and_the_audit_keeps_theirs(two_workstations):
    mine_ctx, theirs_ctx, number, loaded = two_workstations
    update_meeting(theirs_ctx, number, expected_version=loaded.version, venue="Great Hall", notes="theirs")
    base = meeting_values(loaded)
    c = _stale_save(mine_ctx, number, base, {**base, "venue": "Diaoyutai"})
    saved = apply_resolution(mine_ctx, c, resolve(c, Choice.APPLY_MINE), save_meeting(mine_ctx, number))
    assert (saved.venue, saved.notes) == ("Diaoyutai", "theirs")
    overwrite = [a for a in list_audit(mine_ctx, entity="meeting") if a.action == "conflict.overwrite"]
    assert len(overwrite) == 1 and overwrite[0].before["venue"] == "Great Hall"
    assert overwrite[0].after["venue"] == "Diaoyutai" and "deliberate overwrite" in overwrite[0].summary
    assert mine_ctx.overwrite_notes == {}


def test_keep_theirs_leaves_the_record_alone(two_workstations):
    mine_ctx, theirs_ctx, number, loaded = two_workstations
    theirs = update_meeting(theirs_ctx, number, expected_version=loaded.version, venue="Great Hall")
    base = meeting_values(loaded)
    c = _stale_save(mine_ctx, number, base, {**base, "venue": "Diaoyutai"})
    assert (
        apply_resolution(mine_ctx, c, resolve(c, Choice.KEEP_THEIRS), save_meeting(mine_ctx, number)) is None
    )
    from dialogue_planner.services.meetings import get_meeting

    assert get_meeting(mine_ctx, number).version == theirs.version


def test_a_third_save_during_resolution_is_a_new_conflict(two_workstations):
    mine_ctx, theirs_ctx, number, loaded = two_workstations
    update_meeting(theirs_ctx, number, expected_version=loaded.version, notes="first")
    base = meeting_values(loaded)
    c = _stale_save(mine_ctx, number, base, {**base, "venue": "Diaoyutai"})
    update_meeting(theirs_ctx, number, notes="second, while I was choosing")
    with pytest.raises(ConflictError) as again:
        apply_resolution(mine_ctx, c, resolve(c, Choice.MERGE), save_meeting(mine_ctx, number))
    assert again.value.theirs["notes"] == "second, while I was choosing"
    assert mine_ctx.overwrite_notes == {}


def test_a_conflict_found_at_flush_time_reads_their_values_afresh(two_workstations):
    mine_ctx, theirs_ctx, number, loaded = two_workstations
    update_meeting(theirs_ctx, number, expected_version=loaded.version, notes="theirs")
    base = meeting_values(loaded)
    flush_time = ConflictError("Someone else saved this record while you were editing it.")  # no theirs
    c = Conflict.from_error(flush_time, base, {**base, "venue": "Diaoyutai"}, ctx=mine_ctx, entity="meeting")
    assert (c.entity, c.entity_id, c.theirs["notes"], c.their_version) == (
        "meeting",
        loaded.id,
        "theirs",
        loaded.version + 1,
    )
    with pytest.raises(ValidationError, match="not a kind of record"):
        Conflict.from_error(flush_time, base, base, ctx=mine_ctx, entity="no_such_table")
    from dialogue_planner.domain.errors import NotFoundError

    with pytest.raises(NotFoundError, match="deleted by someone else"):
        Conflict.from_error(flush_time, {**base, "id": 99999}, base, ctx=mine_ctx, entity="meeting")
