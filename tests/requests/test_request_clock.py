"""The clock of a request (issue 16): pauses, resumes, agreed extensions; investigation results and
whether they may be shared; who rated a response and why; the Chinese subject and description."""

from __future__ import annotations

from datetime import date

import pytest

from dialogue_planner.domain.errors import NotFoundError, ValidationError
from dialogue_planner.services import requests as rs

TODAY = date(2016, 6, 1)


def _add(ctx, received=date(2016, 1, 4), **kw):
    return rs.add_request(
        ctx,
        from_side="US",
        to_side="CN",
        kind="information",
        subject=kw.pop("subject", "Botnet servers"),
        received_on=received,
        today=TODAY,
        **kw,
    )


def test_paused_days_do_not_count_and_a_request_pauses_more_than_once(any_ctx):
    r = _add(any_ctx)
    assert (r.response_due_on, r.original_response_due_on) == (date(2016, 2, 3), date(2016, 2, 3))
    r = rs.pause_clock(
        any_ctx, r.reference, reason="Asked for the server logs", on=date(2016, 1, 10), today=TODAY
    )
    assert r.paused_since == date(2016, 1, 10) and r.response_due_on == date(2016, 2, 3)
    # paused before its due date: not overdue however long the pause lasts
    assert not r.overdue(date(2016, 5, 1)) and r.days_paused(date(2016, 1, 20)) == 10
    r = rs.resume_clock(any_ctx, r.reference, on=date(2016, 1, 20), today=TODAY)
    assert (r.paused_since, r.paused_days, r.response_due_on) == (None, 10, date(2016, 2, 13))
    r = rs.pause_clock(
        any_ctx, r.reference, reason="Translation of the logs", on=date(2016, 2, 1), today=TODAY
    )
    r = rs.resume_clock(any_ctx, r.reference, on=date(2016, 2, 6), note="Translation received", today=TODAY)
    assert (r.paused_days, r.response_due_on, r.original_response_due_on) == (
        15,
        date(2016, 2, 18),
        date(2016, 2, 3),
    )
    assert not r.overdue(date(2016, 2, 18)) and r.overdue(date(2016, 2, 19))
    detail = rs.get_request(any_ctx, r.reference)
    assert [(p.start, p.end, p.days, p.reason) for p in detail.pauses] == [
        (date(2016, 1, 10), date(2016, 1, 20), 10, "Asked for the server logs"),
        (date(2016, 2, 1), date(2016, 2, 6), 5, "Translation of the logs"),
    ]
    assert [h.kind for h in detail.history] == ["paused", "resumed", "paused", "resumed"]


def test_a_request_paused_when_already_late_stays_as_late_as_it_was(ctx):
    r = _add(ctx)
    r = rs.pause_clock(ctx, r.reference, reason="Clarification", on=date(2016, 2, 10), today=TODAY)
    from dialogue_planner.cli.json_shapes import request_json

    for day in (date(2016, 2, 10), date(2016, 3, 30)):
        shown = request_json(r, day)
        assert shown["overdue"] and shown["days_overdue"] == 7
    r = rs.resume_clock(ctx, r.reference, on=date(2016, 2, 20), today=TODAY)
    assert request_json(r, date(2016, 2, 21))["days_overdue"] == 8


def test_an_extension_moves_the_due_date_and_keeps_the_old_one(any_ctx):
    r = _add(any_ctx)
    r = rs.extend_due(
        any_ctx,
        r.reference,
        until=date(2016, 3, 1),
        reason="Agreed at the hotline",
        on=date(2016, 1, 30),
        today=TODAY,
    )
    assert (r.response_due_on, r.extended_until, r.original_response_due_on) == (
        date(2016, 3, 1),
        date(2016, 3, 1),
        date(2016, 2, 3),
    )
    # a pause after the extension moves the extended date in turn
    rs.pause_clock(any_ctx, r.reference, reason="Clarification", on=date(2016, 2, 1), today=TODAY)
    r = rs.resume_clock(any_ctx, r.reference, on=date(2016, 2, 4), today=TODAY)
    assert r.response_due_on == date(2016, 3, 4)
    detail = rs.get_request(any_ctx, r.reference)
    assert [(e.on, e.from_due, e.until, e.reason) for e in detail.extensions] == [
        (date(2016, 1, 30), date(2016, 2, 3), date(2016, 3, 1), "Agreed at the hotline")
    ]
    r = rs.respond(any_ctx, r.reference, on=date(2016, 3, 2), quality="complete", today=TODAY)
    report = rs.timeliness_report(any_ctx, start=date(2016, 1, 1), end=date(2016, 5, 1), as_of=TODAY)
    cn = report.by_side["CN"]
    assert (cn.responded, cn.on_time, cn.on_time_under_extension, cn.extended) == (1, 1, 1, 1)
    assert (cn.paused, cn.paused_days) == (1, 3)


def test_on_time_by_the_first_due_date_is_plain_on_time_even_when_extended(ctx):
    r = _add(ctx)
    rs.extend_due(
        ctx, r.reference, until=date(2016, 3, 1), reason="Agreed", on=date(2016, 1, 20), today=TODAY
    )
    rs.respond(ctx, r.reference, on=date(2016, 2, 2), quality="partial", today=TODAY)
    late = _add(ctx, subject="Late one")
    rs.respond(ctx, late.reference, on=date(2016, 2, 10), quality="partial", today=TODAY)
    cn = rs.timeliness_report(ctx, start=date(2016, 1, 1), end=date(2016, 5, 1), as_of=TODAY).by_side["CN"]
    assert (cn.responded, cn.on_time, cn.on_time_under_extension, cn.extended, cn.paused) == (2, 1, 0, 1, 0)


def test_a_response_or_a_close_ends_a_running_pause_on_its_date(ctx):
    r = _add(ctx)
    rs.pause_clock(ctx, r.reference, reason="Clarification", on=date(2016, 1, 10), today=TODAY)
    with pytest.raises(ValidationError, match="before the pause of .* began"):
        rs.respond(ctx, r.reference, on=date(2016, 1, 8), quality="complete", today=TODAY)
    r = rs.respond(ctx, r.reference, on=date(2016, 1, 15), quality="complete", today=TODAY)
    assert (r.paused_since, r.paused_days, r.response_due_on) == (None, 5, date(2016, 2, 8))
    other = _add(ctx, subject="Closed while paused")
    rs.pause_clock(ctx, other.reference, reason="Clarification", on=date(2016, 1, 10), today=TODAY)
    other = rs.update_status(
        ctx, other.reference, status="withdrawn", on=date(2016, 1, 12), note="Solved", today=TODAY
    )
    assert (other.paused_since, other.paused_days) == (None, 2)
    assert [h.kind for h in rs.get_request(ctx, other.reference).history] == [
        "paused",
        "resumed",
        "withdrawn",
    ]


@pytest.mark.parametrize(
    ("act", "message"),
    [
        (lambda c, ref: rs.resume_clock(c, ref, on=date(2016, 1, 20), today=TODAY), "is not paused"),
        (
            lambda c, ref: rs.pause_clock(c, ref, reason="x", on=date(2016, 1, 1), today=TODAY),
            "before the request",
        ),
        (
            lambda c, ref: rs.pause_clock(c, ref, reason="x", on=date(2016, 6, 2), today=TODAY),
            "in the future",
        ),
        (
            lambda c, ref: rs.pause_clock(c, ref, reason="  ", on=date(2016, 1, 5), today=TODAY),
            "give the reason",
        ),
        (
            lambda c, ref: rs.pause_clock(c, ref, reason="a\x07b", on=date(2016, 1, 5), today=TODAY),
            "control characters",
        ),
        (
            lambda c, ref: rs.extend_due(
                c, ref, until=date(2016, 2, 3), reason="x", on=date(2016, 1, 5), today=TODAY
            ),
            "is not after the due date 2016-02-03",
        ),
        (
            lambda c, ref: rs.extend_due(
                c, ref, until=date(2016, 3, 3), reason="", on=date(2016, 1, 5), today=TODAY
            ),
            "give the reason",
        ),
        (
            lambda c, ref: rs.extend_due(
                c, ref, until=date(9999, 3, 3), reason="x", on=date(2016, 1, 5), today=TODAY
            ),
            "out of range",
        ),
        (lambda c, ref: rs.pause_clock(c, "US-2016-0999", reason="x", today=TODAY), "US-2016-0999"),
        (lambda c, ref: rs.resume_clock(c, "nonsense", today=TODAY), "not a request reference"),
    ],
)
def test_clock_changes_that_cannot_be_are_refused_clearly(ctx, act, message):
    r = _add(ctx)
    with pytest.raises((ValidationError, NotFoundError), match=message):
        act(ctx, r.reference)
    assert rs.get_request(ctx, r.reference).history == ()


def test_pausing_a_paused_resuming_early_and_going_back_in_time_are_refused(ctx):
    r = _add(ctx)
    rs.pause_clock(ctx, r.reference, reason="x", on=date(2016, 1, 10), today=TODAY)
    with pytest.raises(ValidationError, match="already paused since 2016-01-10"):
        rs.pause_clock(ctx, r.reference, reason="y", on=date(2016, 1, 11), today=TODAY)
    with pytest.raises(ValidationError, match="before the pause began"):
        rs.resume_clock(ctx, r.reference, on=date(2016, 1, 9), today=TODAY)
    with pytest.raises(ValidationError, match="resume it before extending"):
        rs.extend_due(ctx, r.reference, until=date(2016, 4, 1), reason="x", on=date(2016, 1, 12), today=TODAY)
    rs.resume_clock(ctx, r.reference, on=date(2016, 1, 15), today=TODAY)
    with pytest.raises(ValidationError, match="before the last change of the clock"):
        rs.pause_clock(ctx, r.reference, reason="x", on=date(2016, 1, 14), today=TODAY)
    rs.respond(ctx, r.reference, on=date(2016, 1, 20), quality="complete", today=TODAY)
    with pytest.raises(ValidationError, match="was answered on 2016-01-20"):
        rs.pause_clock(ctx, r.reference, reason="x", on=date(2016, 1, 21), today=TODAY)
    closed = _add(ctx, subject="closed")
    rs.update_status(ctx, closed.reference, status="closed", on=date(2016, 1, 5), note="Done", today=TODAY)
    with pytest.raises(ValidationError, match="is closed; its clock cannot be extended"):
        rs.extend_due(
            ctx, closed.reference, until=date(2016, 4, 1), reason="x", on=date(2016, 1, 6), today=TODAY
        )


def test_a_new_kind_sets_the_first_due_date_again_and_replays_the_clock(ctx):
    r = _add(ctx)
    rs.pause_clock(ctx, r.reference, reason="x", on=date(2016, 1, 10), today=TODAY)
    rs.resume_clock(ctx, r.reference, on=date(2016, 1, 14), today=TODAY)
    rs.set_standard(ctx, "evidence", response_days=60)
    r = rs.edit_request(ctx, r.reference, {"kind": "evidence"})
    assert (r.original_response_due_on, r.response_due_on, r.paused_days) == (
        date(2016, 3, 4),
        date(2016, 3, 8),
        4,
    )


def test_the_result_of_the_investigation_and_whether_it_may_be_shared(any_ctx):
    r = _add(any_ctx)
    with pytest.raises(ValidationError, match="no result to share yet"):
        rs.set_result(any_ctx, r.reference, shareable=True, today=TODAY)
    with pytest.raises(ValidationError, match="Give the result"):
        rs.set_result(any_ctx, r.reference, today=TODAY)
    with pytest.raises(ValidationError, match="before the request was received"):
        rs.set_result(any_ctx, r.reference, text="x", on=date(2015, 1, 1), today=TODAY)
    r = rs.set_result(
        any_ctx, r.reference, text="Two arrests; servers seized.", on=date(2016, 3, 1), today=TODAY
    )
    assert (r.result, r.result_shareable) == ("Two arrests; servers seized.", False)
    r = rs.set_result(any_ctx, r.reference, shareable=True, on=date(2016, 3, 2), today=TODAY)
    assert (r.result, r.result_shareable) == ("Two arrests; servers seized.", True)
    same = rs.set_result(any_ctx, r.reference, shareable=True, today=TODAY)
    assert same.version == r.version  # nothing changed, nothing written
    history = rs.get_request(any_ctx, r.reference).history
    assert [(h.kind, h.status) for h in history] == [("result", "not shareable"), ("result", "shareable")]


def test_who_rated_a_response_and_why(any_ctx):
    r = _add(any_ctx)
    rs.respond(any_ctx, r.reference, on=date(2016, 1, 20), quality="partial", today=TODAY)
    rs.respond(
        any_ctx,
        r.reference,
        on=date(2016, 2, 1),
        quality="complete",
        rated_by="J. Smith (FBI)",
        quality_reason="All logs delivered, with hashes.",
        today=TODAY,
    )
    detail = rs.get_request(any_ctx, r.reference)
    assert [(h.rated_by, h.quality_reason) for h in detail.history] == [
        (any_ctx.user.login, ""),
        ("J. Smith (FBI)", "All logs delivered, with hashes."),
    ]
    assert detail.rating is not None and (detail.rating.quality, detail.rating.rated_by) == (
        "complete",
        "J. Smith (FBI)",
    )
    with pytest.raises(ValidationError, match="who rated"):
        rs.respond(any_ctx, r.reference, on=date(2016, 2, 2), quality="complete", rated_by=" ", today=TODAY)


def test_chinese_subject_and_description(any_ctx):
    r = _add(any_ctx, subject_zh="僵尸网络服务器", description_zh="请提供日志。")
    assert (r.subject_zh, r.description_zh) == ("僵尸网络服务器", "请提供日志。")
    r = rs.edit_request(any_ctx, r.reference, {"subject_zh": "  僵尸网络  ", "description_zh": ""})
    assert (r.subject_zh, r.description_zh) == ("僵尸网络", "")
    assert rs.list_request_rows(any_ctx)[0].subject_zh == "僵尸网络"
    with pytest.raises(ValidationError, match="Chinese subject"):
        rs.edit_request(any_ctx, r.reference, {"subject_zh": "x" * 501})


def test_undo_of_a_response_given_while_paused_brings_the_pause_back(ctx):
    from dialogue_planner.services.undo import undo_operation

    r = _add(ctx)
    rs.pause_clock(ctx, r.reference, reason="Clarification", on=date(2016, 1, 10), today=TODAY)
    rs.respond(ctx, r.reference, on=date(2016, 1, 15), quality="complete", today=TODAY)
    undo_operation(ctx, ctx.last_operation)
    back = rs.get_request(ctx, r.reference)
    assert (back.request.paused_since, back.request.paused_days, back.request.first_response_on) == (
        date(2016, 1, 10),
        0,
        None,
    )
    assert [h.kind for h in back.history] == ["paused"]


def test_the_list_and_the_overdue_filter_honour_a_running_pause(ctx):
    late = _add(ctx)
    rs.pause_clock(ctx, late.reference, reason="Clarification", on=date(2016, 1, 10), today=TODAY)
    _add(ctx, subject="Really late")
    rows = rs.list_request_rows(ctx, overdue_as_of=TODAY)
    assert [r.subject for r in rows] == ["Really late"]
    assert rs.overdue_summary(ctx, as_of=TODAY).by_side["CN"] == 1


# -- the clock's rules, at every edge -------------------------------------------------------------------
from datetime import timedelta  # noqa: E402

from hypothesis import given  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from dialogue_planner.domain.requests import ClockEvent, days_overdue, run_clock  # noqa: E402


@given(
    allowed=st.integers(0, 40),
    gaps=st.lists(st.integers(0, 15), max_size=8),
    open_end=st.booleans(),
    look=st.integers(0, 150),
)
def test_days_late_are_the_running_days_beyond_those_allowed(allowed, gaps, open_end, look):
    """Whatever the pauses, the days late on any day are the days the clock ran since receipt, minus the
    days allowed: the truth the moved due date and a running pause must tell."""
    received = date(2016, 1, 1)
    original = received + timedelta(days=allowed)
    day, events = received, []
    for n, gap in enumerate(gaps):
        day += timedelta(days=gap)
        events.append(ClockEvent("paused" if n % 2 == 0 else "resumed", day))
    if not open_end and len(events) % 2:
        events.pop()
    as_of = max(day, received) + timedelta(days=look)
    clock = run_clock(original, events)
    # the days the clock ran from receipt to as_of, counted one by one: a day counts at its end, so a
    # pause from P to R holds the days after P up to R (after P up to as_of while it runs)
    paused_days = set()
    for start, end in zip(events[::2], [*events[1::2], None], strict=False):
        stop = end.on if end is not None else max(as_of, start.on)
        paused_days |= {start.on + timedelta(days=i) for i in range(1, (stop - start.on).days + 1)}
    ran = sum(
        1 for i in range(1, (as_of - received).days + 1) if received + timedelta(days=i) not in paused_days
    )
    expected = max(0, ran - allowed)
    got = days_overdue(
        status="open", response_due_on=clock.response_due_on, first_response_on=None, as_of=as_of,
        paused_since=clock.paused_since,
    )  # fmt: skip
    assert got == expected
