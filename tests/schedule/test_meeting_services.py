"""Meeting services on SQLite and PostgreSQL: numbers, planned versus actual, status, versions."""

from __future__ import annotations

from datetime import date, time

import pytest
from sqlalchemy import select

from dialogue_planner.domain.errors import ConflictError, NotFoundError, PermissionDenied, ValidationError
from dialogue_planner.services import meetings as svc
from dialogue_planner.storage.models import AuditEntry


def add_real_history(ctx):
    today = date(2017, 1, 10)
    m1 = svc.add_meeting(
        ctx, start=date(2015, 12, 1), host="US", city="Washington", status="held", today=today
    )
    m2 = svc.add_meeting(ctx, start=date(2016, 6, 10), host="US", city="Washington", today=today)
    m2 = svc.update_meeting(ctx, 2, host="CN", city="Beijing", start=date(2016, 6, 14), today=today)
    svc.set_status(ctx, 2, "held", today=today)
    m3 = svc.add_meeting(ctx, start=date(2016, 12, 7), host="us", city="Washington", today=today)
    svc.set_status(ctx, 3, "held", today=today)
    return m1, m2, m3


def test_the_real_history_keeps_numbers_windows_and_planned_values(any_ctx):
    add_real_history(any_ctx)
    meetings = svc.list_meetings(any_ctx)
    assert [(m.number, m.window, m.status, m.host, m.city) for m in meetings] == [
        (1, "2015-H2", "held", "US", "Washington"),
        (2, "2016-H1", "held", "CN", "Beijing"),
        (3, "2016-H2", "held", "US", "Washington"),
    ]
    second = svc.get_meeting(any_ctx, 2)
    assert second.planned_start == second.actual_start == date(2016, 6, 14)
    assert second.time_zone == "Asia/Shanghai"  # followed the host
    assert second.sequence == 2 and second.uid.endswith("@dialogue-planner")


def test_edits_of_a_held_meeting_change_the_actual_values_only(any_ctx):
    add_real_history(any_ctx)
    svc.add_meeting(any_ctx, start=date(2017, 6, 1), host="CN", city="Beijing", today=date(2017, 1, 10))
    held = svc.set_status(any_ctx, 4, "held", today=date(2017, 6, 2))
    changed = svc.update_meeting(
        any_ctx,
        4,
        start=date(2017, 6, 2),
        city="Shanghai",
        host="US",
        expected_version=held.version,
        today=date(2017, 6, 5),
    )
    assert (changed.planned_start, changed.planned_city, changed.planned_host) == (
        date(2017, 6, 1),
        "Beijing",
        "CN",
    )
    assert (changed.actual_start, changed.actual_city, changed.actual_host) == (
        date(2017, 6, 2),
        "Shanghai",
        "US",
    )
    assert (changed.start, changed.city, changed.host) == (date(2017, 6, 2), "Shanghai", "US")


def test_cancelled_meetings_keep_their_number_and_numbers_are_not_reused(ctx):
    svc.add_meeting(ctx, start=date(2017, 5, 10), host="CN", city="Beijing")
    cancelled = svc.set_status(ctx, 1, "cancelled")
    assert cancelled.status == "cancelled" and cancelled.sequence == 1
    assert svc.add_meeting(ctx, start=date(2017, 11, 10), host="CN", city="Beijing").number == 2
    assert [m.number for m in svc.list_meetings(ctx)] == [1, 2]
    with pytest.raises(ValidationError, match="A cancelled meeting cannot become held"):
        svc.set_status(ctx, 1, "held")
    assert svc.set_status(ctx, 1, "planned").status == "planned"


def test_next_open_meeting(ctx):
    assert svc.next_open_meeting(ctx, after=date(2016, 1, 1)) is None
    add_real_history(ctx)
    svc.add_meeting(ctx, start=date(2017, 9, 1), host="CN", city="Beijing")
    svc.add_meeting(ctx, start=date(2017, 6, 1), host="CN", city="Beijing")
    svc.set_status(ctx, 5, "postponed")
    svc.add_meeting(ctx, start=date(2017, 4, 1), host="CN", city="Beijing", status="cancelled")
    nxt = svc.next_open_meeting(ctx, after=date(2017, 1, 1))
    assert (nxt.number, nxt.status) == (5, "postponed")
    assert svc.next_open_meeting(ctx, after=date(2017, 6, 2)).number == 4
    assert svc.next_open_meeting(ctx, after=date(2017, 9, 2)) is None


def test_explicit_window_stays_and_auto_window_follows_the_date(ctx):
    m = svc.add_meeting(ctx, start=date(2016, 7, 2), host="CN", city="Beijing", window="2016-H1")
    assert (m.window, m.window_explicit) == ("2016-H1", True)
    m = svc.update_meeting(ctx, 1, start=date(2016, 7, 9))
    assert m.window == "2016-H1"
    m = svc.update_meeting(ctx, 1, window="auto")
    assert (m.window, m.window_explicit) == ("2016-H2", False)
    m = svc.update_meeting(ctx, 1, start=date(2017, 1, 20))
    assert m.window == "2017-H1"


def test_times_are_validated_in_the_host_zone(ctx):
    m = svc.add_meeting(
        ctx, start=date(2016, 3, 13), host="US", city="Washington", start_time=time(9), end_time=time(17)
    )
    assert m.time_zone == "America/New_York" and m.start_time == time(9)
    with pytest.raises(ValidationError, match="02:30 does not exist"):
        svc.update_meeting(ctx, 1, start_time=time(2, 30))
    with pytest.raises(ValidationError, match="both a start and an end time"):
        svc.add_meeting(ctx, start=date(2016, 3, 1), host="US", city="Washington", start_time=time(9))
    with pytest.raises(ValidationError, match="Unknown time zone"):
        svc.add_meeting(ctx, start=date(2016, 3, 1), host="US", city="Washington", time_zone="Mars/Base")
    assert svc.get_meeting(ctx, 1).start_time == time(9)  # nothing lost


@pytest.mark.parametrize(
    "kwargs, message",
    [
        (dict(host="FR"), "Unknown host side 'FR': this dialogue's sides are US and CN"),
        (dict(city=" "), "Give the city"),
        (dict(end=date(2016, 2, 1)), "before it starts"),
        (dict(status="done"), "Unknown meeting status 'done'"),
        (dict(window="2016-Q1"), "is not a window"),
        (dict(window="2014-H1"), "before the dialogue was established"),
        (dict(status="held"), "cannot be marked held before then"),
    ],
)
def test_bad_input_is_refused_and_changes_nothing(ctx, kwargs, message):
    base = dict(start=date(2016, 3, 1), host="US", city="Washington", today=date(2016, 1, 1))
    with pytest.raises(ValidationError, match=message):
        svc.add_meeting(ctx, **{**base, **kwargs})
    assert svc.list_meetings(ctx) == []


def test_missing_meeting_stale_version_and_viewer(ctx):
    with pytest.raises(NotFoundError, match="no meeting number 9"):
        svc.get_meeting(ctx, 9)
    m = svc.add_meeting(ctx, start=date(2016, 3, 1), host="US", city="Washington")
    svc.update_meeting(ctx, 1, city="New York", expected_version=m.version)
    with pytest.raises(ConflictError, match="changed by someone else"):
        svc.update_meeting(ctx, 1, city="Boston", expected_version=m.version)
    assert svc.get_meeting(ctx, 1).city == "New York"
    from dialogue_planner.domain.records import UserRecord
    from dialogue_planner.services.context import ServiceContext

    viewer = ServiceContext(ctx.db, UserRecord(5, "v", "v", "viewer", True), ctx.dialogue_id)
    with pytest.raises(PermissionDenied):
        svc.update_meeting(viewer, 1, city="Boston")
    assert svc.list_meetings(viewer)[0].city == "New York"


def test_every_change_is_audited_and_a_no_op_raises_nothing(ctx):
    svc.add_meeting(ctx, start=date(2016, 3, 1), host="US", city="Washington")
    svc.update_meeting(ctx, 1, city="Washington")
    assert svc.get_meeting(ctx, 1).sequence == 0
    svc.set_status(ctx, 1, "postponed")
    with ctx.read() as s:
        actions = [e.action for e in s.scalars(select(AuditEntry).where(AuditEntry.entity == "meeting"))]
    assert actions == ["meeting.add", "meeting.postponed"]


def test_the_agenda_hook_is_called_on_cancel_and_postpone(ctx, monkeypatch):
    from dialogue_planner.services import agenda

    calls = []
    monkeypatch.setattr(
        agenda,
        "on_meeting_cancelled_or_postponed",
        lambda tx, meeting: calls.append((meeting.number, meeting.status)),
    )
    svc.add_meeting(ctx, start=date(2016, 3, 1), host="US", city="Washington")
    svc.set_status(ctx, 1, "postponed")
    svc.set_status(ctx, 1, "postponed")
    svc.set_status(ctx, 1, "cancelled")
    assert calls == [(1, "postponed"), (1, "cancelled")]


def test_marking_a_meeting_held_closes_it_and_carries_its_unresolved_items(demo_ctx):
    """Marking held from the Schedule page is closing the meeting: the carry-over happens once."""
    from dialogue_planner.services import agenda

    before_next = {i.title for i in agenda.list_items(demo_ctx, 24)}
    unresolved = [i for i in agenda.list_items(demo_ctx, 23) if i.status == "open" and i.source != "standing"]
    assert unresolved
    held = svc.set_status(demo_ctx, 23, "held", today=date(2026, 12, 2))
    assert held.status == "held"
    carried = [i for i in agenda.list_items(demo_ctx, 24) if i.title not in before_next]
    assert {i.title for i in carried} == {i.title for i in unresolved}
    assert all(i.times_carried >= 1 for i in carried)
    again = agenda.close_meeting(demo_ctx, 23, today=date(2026, 12, 2))
    assert again.already_closed and len(agenda.list_items(demo_ctx, 24)) == len(before_next) + len(carried)


def test_cancelling_a_demo_meeting_moves_its_agenda_on_through_the_agenda_hook(demo_ctx):
    from dialogue_planner.storage.models import AgendaItem

    open_meetings = [m for m in svc.list_meetings(demo_ctx) if m.status in ("planned", "confirmed")]
    first, last = open_meetings[0], open_meetings[-1]
    with demo_ctx.read() as s:
        before = s.scalars(select(AgendaItem.id).where(AgendaItem.meeting_id == first.id)).all()
    cancelled = svc.set_status(demo_ctx, first.number, "cancelled")
    assert cancelled.status == "cancelled" and cancelled.number == first.number
    with demo_ctx.read() as s:
        left = s.scalars(select(AgendaItem.id).where(AgendaItem.meeting_id == first.id)).all()
        moved = s.scalars(select(AgendaItem.id).where(AgendaItem.meeting_id == last.id)).all()
    assert before and len(left) < len(before)
    assert set(before) - set(left) <= set(moved)


def test_a_past_meeting_still_confirmed_needs_closing_until_it_is_recorded(demo_ctx):
    """The demo's meeting 23 (2026-12-01) is still confirmed three days later: one rule says so everywhere."""
    today = date(2026, 12, 4)
    assert [m.number for m in svc.meetings_to_close(demo_ctx, today)] == [23]
    assert [m.number for m in svc.meetings_to_close(demo_ctx, date(2026, 12, 1))] == []  # on the day: not yet
    from dialogue_planner.services import agenda

    choices = {m.number: m.needs_closing for m in agenda.agenda_meetings(demo_ctx, today=today)}
    assert choices[23] and not choices[22] and not choices[24]
    svc.set_status(demo_ctx, 23, "postponed", today=today)  # postponed: it waits for new dates instead
    assert svc.meetings_to_close(demo_ctx, today) == []


def test_preview_of_marking_held_or_cancelling_changes_nothing_and_refuses_first(demo_ctx):
    from dialogue_planner.services import agenda

    today = date(2026, 12, 4)
    before = {
        n: [(i.id, i.status, i.meeting_number) for i in agenda.list_items(demo_ctx, n)] for n in (23, 24)
    }
    unresolved = [
        i.title
        for i in agenda.list_items(demo_ctx, 23)
        if i.status in ("open", "discussed") and i.source != "standing"
    ]
    held = svc.preview_status(demo_ctx, 23, "held", today=today)
    assert (held.meeting_number, held.marked_held, held.target_meeting_number) == (23, True, 24)
    assert [c.title for c in held.moved] == unresolved
    cancel = svc.preview_status(demo_ctx, 23, "cancelled", today=today)
    assert (cancel.marked_held, cancel.target_meeting_number, cancel.stranded) == (False, 24, ())
    assert [c.title for c in cancel.moved] == unresolved and not any(c.new_link for c in cancel.moved)
    postpone = svc.preview_status(demo_ctx, 23, "postponed", today=today)
    assert all(c.times_carried > 0 for c in postpone.moved)  # only what was carried to it moves on
    assert svc.preview_status(demo_ctx, 23, "planned", today=today) is None
    after = {
        n: [(i.id, i.status, i.meeting_number) for i in agenda.list_items(demo_ctx, n)] for n in (23, 24)
    }
    assert after == before
    with pytest.raises(ValidationError, match="starts on 2027-06-22: it cannot be marked held before then"):
        svc.preview_status(demo_ctx, 24, "held", today=today)
    with pytest.raises(ValidationError, match="already confirmed"):
        svc.preview_status(demo_ctx, 23, "confirmed", today=today)
    with pytest.raises(ValidationError, match="was held: its status cannot change"):
        svc.preview_status(demo_ctx, 22, "cancelled", today=today)


def test_cancelling_the_last_open_meeting_says_which_items_stay(demo_ctx):
    """With no open meeting after it, a cancelled meeting's unresolved items stay on its agenda (never lost)."""
    from dialogue_planner.services import agenda

    agenda.add_item(demo_ctx, meeting=24, title="Points of contact for 2027")
    preview = svc.preview_status(demo_ctx, 24, "cancelled", today=date(2026, 12, 4))
    assert preview.target_meeting_number is None and preview.moved == ()
    assert "Points of contact for 2027" in preview.stranded
    svc.set_status(demo_ctx, 24, "cancelled", today=date(2026, 12, 4))
    assert "Points of contact for 2027" in [i.title for i in agenda.list_items(demo_ctx, 24)]
