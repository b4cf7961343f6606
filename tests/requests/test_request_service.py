"""Request services on SQLite and PostgreSQL: logging, responses, status, lists and the report."""

from datetime import date

import pytest
from sqlalchemy import select

from dialogue_planner.cli.json_shapes import request_row_json, timeliness_report_json
from dialogue_planner.domain.errors import ConflictError, NotFoundError, PermissionDenied, ValidationError
from dialogue_planner.services import requests as rs
from dialogue_planner.storage.models import AuditEntry, Request

from .conftest import TODAY, add_meeting


def add(ctx, **kw):
    values = dict(
        from_side="US",
        to_side="CN",
        kind="information",
        subject="Botnet servers",
        received_on=date(2016, 1, 4),
        requesting_agency="FBI",
        responding_agency="MPS",
        today=TODAY,
    )
    values.update(kw)
    return rs.add_request(ctx, **values)


def test_add_numbers_per_side_and_year_and_fixes_due_dates(any_ctx):
    first = add(any_ctx)
    second = add(any_ctx, received_on=date(2016, 2, 1))
    other = add(any_ctx, from_side="CN", to_side="US", requesting_agency="MPS", responding_agency="FBI")
    old = add(any_ctx, received_on=date(2015, 12, 30))
    assert [first.reference, second.reference, other.reference, old.reference] == [
        "US-2016-0001",
        "US-2016-0002",
        "CN-2016-0001",
        "US-2015-0001",
    ]
    # information: 7 and 30 calendar days (the seeded standard)
    assert (first.acknowledge_due_on, first.response_due_on) == (date(2016, 1, 11), date(2016, 2, 3))
    assert (first.requesting_agency, first.responding_agency, first.status) == ("FBI", "MPS", "open")
    with any_ctx.read() as s:
        assert (
            s.scalar(
                select(AuditEntry).where(AuditEntry.action == "request.add", AuditEntry.entity_id == first.id)
            )
            is not None
        )


def test_working_day_standard_uses_the_responding_sides_holidays(ctx):
    # mitigation: 2 and 7 working days of China; 2016-02-08 is in the Spring Festival holiday.
    r = add(ctx, kind="mitigation", received_on=date(2016, 2, 8))
    assert (r.acknowledge_due_on, r.response_due_on) == (date(2016, 2, 15), date(2016, 2, 22))


@pytest.mark.parametrize(
    "kw, error, message",
    [
        (dict(to_side="US"), ValidationError, "both sides are US"),
        (dict(from_side="FR"), ValidationError, "Unknown side 'FR'"),
        (dict(kind="rumour"), ValidationError, "Unknown request kind"),
        (dict(requesting_agency="MPS"), ValidationError, "No agency 'MPS' on side US"),
        (dict(subject=""), ValidationError, "needs a subject"),
        (dict(received_on=date(2016, 7, 1)), ValidationError, "future"),
    ],
)
def test_bad_requests_change_nothing(ctx, kw, error, message):
    with pytest.raises(error, match=message):
        add(ctx, **kw)
    with ctx.read() as s:
        assert s.scalar(select(Request)) is None


def test_respond_status_and_history(any_ctx):
    r = add(any_ctx)
    rs.update_status(any_ctx, r.reference, status="acknowledged", on=date(2016, 1, 6), today=TODAY)
    rs.update_status(
        any_ctx, r.reference, status="progress", on=date(2016, 1, 20), note="Servers seized", today=TODAY
    )
    after = rs.respond(
        any_ctx, r.reference.lower(), on=date(2016, 2, 3), quality="partial", note="Logs", today=TODAY
    )
    assert (after.status, after.first_response_on, after.latest_quality) == (
        "responded",
        date(2016, 2, 3),
        "partial",
    )
    rs.respond(any_ctx, r.reference, on=date(2016, 2, 20), quality="complete", today=TODAY)
    closed = rs.update_status(
        any_ctx, r.reference, status="closed", on=date(2016, 3, 1), note="Done", today=TODAY
    )
    assert (closed.status, closed.closed_on, closed.close_reason) == ("closed", date(2016, 3, 1), "Done")
    detail = rs.get_request(any_ctx, r.reference)
    assert [(h.kind, h.on, h.quality, h.status, h.note) for h in detail.history] == [
        ("acknowledgement", date(2016, 1, 6), None, "acknowledged", ""),
        ("status", date(2016, 1, 20), None, "progress", "Servers seized"),
        ("response", date(2016, 2, 3), "partial", None, "Logs"),
        ("response", date(2016, 2, 20), "complete", None, ""),
        ("closed", date(2016, 3, 1), None, "closed", "Done"),
    ]
    assert detail.request.first_response_on == date(2016, 2, 3)
    assert detail.request.latest_quality == "complete"
    assert all(h.author == any_ctx.user.login for h in detail.history)


def test_bad_updates_are_refused_and_change_nothing(ctx):
    r = add(ctx)
    with pytest.raises(ValidationError, match="Say why"):
        rs.update_status(ctx, r.reference, status="withdrawn", on=date(2016, 1, 5), today=TODAY)
    with pytest.raises(NotFoundError, match="No request US-2016-0099"):
        rs.respond(ctx, "US-2016-0099", on=date(2016, 1, 5), quality="complete", today=TODAY)
    with pytest.raises(ValidationError, match="US-2016-0042"):
        rs.respond(ctx, "2016-1", on=date(2016, 1, 5), quality="complete", today=TODAY)
    with pytest.raises(ConflictError, match="changed by someone else"):
        rs.respond(
            ctx,
            r.reference,
            on=date(2016, 1, 5),
            quality="complete",
            expected_version=r.version + 1,
            today=TODAY,
        )
    assert rs.get_request(ctx, r.reference).history == ()


def test_viewer_may_not_log_requests(ctx):
    from dataclasses import replace

    from dialogue_planner.services.context import ServiceContext

    viewer = ServiceContext(ctx.db, replace(ctx.user, role="viewer"), ctx.dialogue_id)
    with pytest.raises(PermissionDenied):
        add(viewer)


def test_rows_filters_and_overdue(any_ctx):
    a = add(any_ctx)  # due 2016-02-03
    b = add(any_ctx, received_on=date(2016, 5, 20))  # due 2016-06-19
    c = add(any_ctx, from_side="CN", to_side="US", requesting_agency=None, responding_agency=None)
    rs.respond(any_ctx, c.reference, on=date(2016, 1, 10), quality="none", today=TODAY)
    rows = rs.list_request_rows(any_ctx)
    assert [r.reference for r in rows] == [a.reference, c.reference, b.reference]
    assert rows[1].requesting_agency == "" and rows[1].first_response_on == date(2016, 1, 10)
    assert [r.reference for r in rs.list_request_rows(any_ctx, side="CN")] == [a.reference, b.reference]
    assert [r.reference for r in rs.list_request_rows(any_ctx, overdue_as_of=TODAY)] == [a.reference]
    json = request_row_json(rows[0], TODAY)
    assert {
        k: json[k]
        for k in (
            "reference",
            "from",
            "to",
            "kind",
            "received",
            "due",
            "responded",
            "quality",
            "status",
            "overdue",
        )
    } == {
        "reference": a.reference,
        "from": "US",
        "to": "CN",
        "kind": "information",
        "received": "2016-01-04",
        "due": "2016-02-03",
        "responded": None,
        "quality": None,
        "status": "open",
        "overdue": True,
    }
    assert [r.reference for r in rs.list_request_rows(any_ctx, pending_only=True)] == [
        a.reference,
        b.reference,
    ]
    summary = rs.overdue_summary(any_ctx, as_of=TODAY)
    assert summary.by_side == {"US": 0, "CN": 1}
    assert [r.reference for r in summary.oldest] == [a.reference]


def test_rows_share_their_days_and_words(any_ctx):
    """100,000 rows keep one date object per distinct day and one string per status, kind and quality
    (issue 19: peak memory), on both databases (ISO text from SQLite, dates from PostgreSQL)."""
    add(any_ctx)
    add(any_ctx)
    add(any_ctx, received_on=date(2016, 5, 20))
    first, second, third = rs.list_request_rows(any_ctx)
    assert first.received_on == second.received_on == date(2016, 1, 4)
    assert first.received_on is second.received_on and first.response_due_on is second.response_due_on
    assert first.status is second.status is third.status and first.kind is third.kind
    assert third.received_on == date(2016, 5, 20) and third.first_response_on is None


def test_report_between_meetings(any_ctx):
    ctx = any_ctx
    add_meeting(ctx, 1, date(2015, 12, 1), "held")
    add_meeting(ctx, 2, date(2016, 6, 14), "planned")
    a = add(ctx, received_on=date(2015, 12, 1))  # due 2015-12-31
    rs.respond(ctx, a.reference, on=date(2015, 12, 31), quality="complete", today=TODAY)
    b = add(ctx, received_on=date(2016, 1, 4))  # due 2016-02-03, answered late
    rs.respond(ctx, b.reference, on=date(2016, 2, 13), quality="partial", today=TODAY)
    add(ctx, received_on=date(2016, 3, 1))  # due 2016-03-31, overdue
    add(ctx, received_on=date(2015, 11, 1))  # before the period, overdue
    report = rs.timeliness_report(ctx, meeting=2, today=TODAY)
    assert (report.start, report.end, report.as_of) == (date(2015, 12, 1), date(2016, 6, 13), TODAY)
    cn = report.by_side["CN"]
    assert (cn.requests, cn.responded, cn.on_time, cn.on_time_share, cn.median_days, cn.overdue) == (
        3,
        2,
        1,
        1 / 3,
        35.0,
        2,
    )  # decided: two answers and one overdue
    assert timeliness_report_json(report)["by_responding_side"]["US"]["requests"] == 0
    # Default period: since the last held meeting, as of today.
    default = rs.timeliness_report(ctx, today=TODAY)
    assert (default.start, default.end, default.as_of) == (date(2015, 12, 1), TODAY, TODAY)
    explicit = rs.timeliness_report(
        ctx, start=date(2016, 1, 1), end=date(2016, 1, 31), as_of=date(2016, 2, 10), today=TODAY
    )
    assert (
        explicit.by_side["CN"].requests,
        explicit.by_side["CN"].responded,
        explicit.by_side["CN"].overdue,
    ) == (1, 0, 2)
    with pytest.raises(NotFoundError, match="no meeting number 9"):
        rs.timeliness_report(ctx, meeting=9, today=TODAY)
    with pytest.raises(ValidationError, match="after it ends"):
        rs.timeliness_report(ctx, start=date(2016, 5, 1), end=date(2016, 4, 1), today=TODAY)


def test_standards_are_configurable_per_kind(any_ctx):
    standards = {t.kind: t for t in rs.list_standards(any_ctx)}
    assert (standards["mitigation"].acknowledge_days, standards["mitigation"].day_basis) == (2, "working")
    old = add(any_ctx)  # information: 30 calendar days
    changed = rs.set_standard(any_ctx, "information", response_days=10, day_basis="working")
    assert (changed.acknowledge_days, changed.response_days, changed.day_basis) == (7, 10, "working")
    new = add(any_ctx, received_on=date(2016, 2, 1))
    # 10 working days of China after Monday 1 February 2016: the Spring Festival week (7-13 February) is off,
    # Saturday 6 and Sunday 14 February are make-up working days.
    assert new.response_due_on == date(2016, 2, 18)
    assert rs.get_request(any_ctx, old.reference).request.response_due_on == date(2016, 2, 3)
    with pytest.raises(ValidationError, match="cannot exceed"):
        rs.set_standard(any_ctx, "information", acknowledge_days=20)
    with pytest.raises(ValidationError, match="Unknown day basis"):
        rs.set_standard(any_ctx, "information", day_basis="lunar")
    with pytest.raises(ValidationError, match="Unknown request kind"):
        rs.set_standard(any_ctx, "gossip", response_days=3)


def test_the_newest_rows_are_the_end_of_the_list(any_ctx):
    """The Requests page's first screenful: the newest requests, in the list's own order (oldest first)."""
    from dialogue_planner.services.requests import list_request_rows

    for day in (date(2016, 3, 1), date(2016, 1, 5), date(2016, 2, 1), date(2016, 2, 1)):
        add(any_ctx, received_on=day)
    everything = list_request_rows(any_ctx)
    assert list_request_rows(any_ctx, newest=3) == everything[-3:]
    assert list_request_rows(any_ctx, newest=10) == everything
