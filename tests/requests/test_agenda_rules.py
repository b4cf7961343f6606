"""Carry-over rules (pure): plans for closing, cancelling, postponing and moving, and a state machine."""

from dataclasses import replace
from datetime import date, timedelta

import pytest
from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, precondition, rule

from dialogue_planner.domain.agenda import (
    ItemState,
    MeetingState,
    check_move,
    check_status_change,
    next_open_meeting,
    plan_called_off,
    plan_close,
    standing_to_settle,
)
from dialogue_planner.domain.errors import ValidationError

M1 = MeetingState(1, 1, "held", date(2015, 12, 1))
M2 = MeetingState(2, 2, "confirmed", date(2016, 6, 14))
M3 = MeetingState(3, 3, "planned", date(2016, 12, 7))
M4 = MeetingState(4, 4, "cancelled", date(2017, 6, 1))
MEETINGS = [M1, M2, M3, M4]


def test_next_open_meeting_skips_held_cancelled_and_itself():
    assert next_open_meeting(MEETINGS, M1) == M2
    assert next_open_meeting(MEETINGS, M2) == M3
    assert next_open_meeting(MEETINGS, M3) is None
    same_day = MeetingState(5, 5, "planned", M2.planned_start)
    assert next_open_meeting([*MEETINGS, same_day], M2) == same_day


def test_close_carries_only_unsettled_items_as_new_links():
    items = [
        ItemState(1, 1, "open", title="Botnet"),
        ItemState(2, 1, "discussed", carried_from_id=9, first_raised_meeting_id=7, times_carried=2),
        ItemState(3, 1, "resolved"),
        ItemState(4, 1, "withdrawn"),
        ItemState(5, 1, "carried"),
        ItemState(6, 2, "open"),
    ]
    plan = plan_close(M1, MEETINGS, items)
    assert [
        (c.item_id, c.to_meeting_id, c.times_carried, c.first_raised_meeting_id, c.new_link) for c in plan
    ] == [(1, 2, 1, 1, True), (2, 2, 3, 7, True)]
    assert plan[0].title == "Botnet"


def test_closing_twice_carries_nothing():
    items = [ItemState(1, 1, "open")]
    assert plan_close(replace(M1, closed=True), MEETINGS, items) == []


def test_closing_with_no_meeting_to_carry_to_is_refused_unless_nothing_is_open():
    with pytest.raises(ValidationError, match="plan the next meeting first"):
        plan_close(M3, MEETINGS, [ItemState(1, 3, "open")])
    assert plan_close(M3, MEETINGS, [ItemState(1, 3, "resolved")]) == []


def test_a_cancelled_meeting_cannot_be_closed():
    with pytest.raises(ValidationError, match="cancelled"):
        plan_close(M4, MEETINGS, [])


def test_cancelling_moves_every_unsettled_item_postponing_only_carried_ones():
    items = [
        ItemState(1, 2, "open", carried_from_id=10, first_raised_meeting_id=1, times_carried=1),
        ItemState(2, 2, "open"),
        ItemState(3, 2, "resolved", carried_from_id=11),
    ]
    cancelled = plan_called_off(replace(M2, status="cancelled"), MEETINGS, items)
    assert [(c.item_id, c.to_meeting_id, c.new_link, c.times_carried) for c in cancelled] == [
        (1, 3, False, 1),
        (2, 3, False, 0),
    ]
    postponed = plan_called_off(replace(M2, status="postponed"), MEETINGS, items)
    assert [c.item_id for c in postponed] == [1]
    assert plan_called_off(replace(M3, status="cancelled"), MEETINGS, [ItemState(1, 3, "open")]) == []


@pytest.mark.parametrize(
    "item, target, copy, message",
    [
        (ItemState(1, 2, "open"), M1, False, "held"),
        (ItemState(1, 2, "open"), M4, False, "cancelled"),
        (ItemState(1, 2, "open"), M2, False, "already on meeting 2"),
        (ItemState(1, 2, "resolved"), M3, False, "only open or discussed"),
    ],
)
def test_bad_moves_are_refused(item, target, copy, message):
    with pytest.raises(ValidationError, match=message):
        check_move(item, target, copy=copy)


def test_settled_items_can_be_copied():
    check_move(ItemState(1, 2, "resolved"), M3, copy=True)


@pytest.mark.parametrize(
    "current, new, outcome, reason, message",
    [
        ("open", "resolved", "", "", "outcome"),
        ("open", "withdrawn", "", " ", "Say why"),
        ("carried", "resolved", "x", "", "carried over"),
        ("open", "carried", "", "", "closing their meeting"),
        ("open", "open", "", "", "already open"),
        ("open", "maybe", "", "", "Unknown agenda item status"),
    ],
)
def test_bad_status_changes_are_refused(current, new, outcome, reason, message):
    with pytest.raises(ValidationError, match=message):
        check_status_change(current, new, outcome=outcome, reason=reason)


class CarryOverModel(RuleBasedStateMachine):
    """Applies the plans to an in-memory agenda: nothing is ever lost or duplicated, chains keep origins."""

    @initialize()
    def setup(self):
        self.meetings = {
            i: MeetingState(i, i, "planned", date(2016, 1, 1) + timedelta(days=180 * i)) for i in range(1, 6)
        }
        self.items: dict[int, ItemState] = {}
        self.next_id = 1
        self.roots = 0

    @rule()
    def plan_meeting(self):
        number = max(self.meetings) + 1
        self.meetings[number] = MeetingState(
            number, number, "planned", date(2016, 1, 1) + timedelta(days=180 * number)
        )

    def _open_meetings(self):
        return [m for m in self.meetings.values() if m.is_open]

    @rule(data=st.data())
    @precondition(lambda self: any(m.is_open for m in self.meetings.values()))
    def add(self, data):
        meeting = data.draw(st.sampled_from(self._open_meetings()))
        self.items[self.next_id] = ItemState(
            self.next_id, meeting.id, "open", first_raised_meeting_id=meeting.id
        )
        self.next_id += 1
        self.roots += 1

    @rule(data=st.data(), status=st.sampled_from(["resolved", "withdrawn", "discussed"]))
    @precondition(lambda self: any(i.status in ("open", "discussed") for i in self.items.values()))
    def settle(self, data, status):
        item = data.draw(
            st.sampled_from([i for i in self.items.values() if i.status in ("open", "discussed")])
        )
        try:
            word = check_status_change(item.status, status, outcome="done", reason="dropped")
        except ValidationError:
            return
        self.items[item.id] = replace(item, status=word)

    @rule(data=st.data())
    @precondition(lambda self: any(m.is_open for m in self.meetings.values()))
    def close(self, data):
        meeting = data.draw(st.sampled_from(self._open_meetings()))
        try:
            plan = plan_close(meeting, list(self.meetings.values()), list(self.items.values()))
        except ValidationError:
            return
        for carry in plan:
            old = self.items[carry.item_id]
            self.items[old.id] = replace(old, status="carried")
            self.items[self.next_id] = ItemState(
                self.next_id,
                carry.to_meeting_id,
                "open",
                carried_from_id=old.id,
                first_raised_meeting_id=carry.first_raised_meeting_id,
                times_carried=carry.times_carried,
            )
            self.next_id += 1
        self.meetings[meeting.id] = replace(meeting, status="held", closed=True)
        assert (
            plan_close(self.meetings[meeting.id], list(self.meetings.values()), list(self.items.values()))
            == []
        )

    @rule(data=st.data(), status=st.sampled_from(["cancelled", "postponed"]))
    @precondition(lambda self: any(m.is_open for m in self.meetings.values()))
    def call_off(self, data, status):
        meeting = replace(data.draw(st.sampled_from(self._open_meetings())), status=status)
        self.meetings[meeting.id] = meeting
        for carry in plan_called_off(meeting, list(self.meetings.values()), list(self.items.values())):
            self.items[carry.item_id] = replace(self.items[carry.item_id], meeting_id=carry.to_meeting_id)

    @rule(data=st.data())
    @precondition(lambda self: self.items and any(m.is_open for m in self.meetings.values()))
    def move(self, data):
        item = data.draw(st.sampled_from(list(self.items.values())))
        target = data.draw(st.sampled_from(self._open_meetings()))
        try:
            check_move(item, target)
        except ValidationError:
            return
        self.items[item.id] = replace(item, meeting_id=target.id)

    @invariant()
    def nothing_lost_or_duplicated(self):
        if not hasattr(self, "items"):
            return
        children = {}
        for item in self.items.values():
            if item.carried_from_id is not None:
                assert item.carried_from_id not in children, "an item was carried twice"
                children[item.carried_from_id] = item.id
        for item in self.items.values():
            # Each chain ends in exactly one live or settled item; a carried item always has its continuation.
            assert (item.status == "carried") == (item.id in children)
            if item.status in ("open", "discussed"):
                assert (
                    self.meetings[item.meeting_id].status != "held"
                    or not self.meetings[item.meeting_id].closed
                )
        ends = [i for i in self.items.values() if i.status != "carried"]
        assert len(ends) == self.roots

    @invariant()
    def chains_keep_their_origin(self):
        if not hasattr(self, "items"):
            return
        for item in self.items.values():
            depth, root = 0, item
            while root.carried_from_id is not None:
                root = self.items[root.carried_from_id]
                depth += 1
            assert item.first_raised_meeting_id == root.first_raised_meeting_id
            assert item.times_carried == depth


CarryOverModel.TestCase.settings = settings(max_examples=60, stateful_step_count=25, deadline=None)
TestCarryOverModel = CarryOverModel.TestCase


def test_standing_items_recur_instead_of_being_carried():
    items = [
        ItemState(1, 1, "open", standing=True),
        ItemState(2, 1, "discussed", standing=True),
        ItemState(3, 1, "open"),
    ]
    assert [c.item_id for c in plan_close(M1, MEETINGS, items)] == [3]
    assert standing_to_settle(M1, items) == [1]
    assert standing_to_settle(replace(M1, closed=True), items) == []
    assert (
        plan_called_off(replace(M2, status="cancelled"), MEETINGS, [ItemState(1, 2, "open", standing=True)])
        == []
    )
