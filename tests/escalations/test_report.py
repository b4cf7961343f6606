"""Response targets per severity and the hotline report per responding side."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dialogue_planner.domain.errors import ValidationError
from dialogue_planner.domain.hotline import (
    ClockedEscalation,
    MedianHours,
    WithinTarget,
    check_target,
    default_target,
    format_hours,
    hotline_report,
    round_hours,
)
from dialogue_planner.services import escalations as es
from dialogue_planner.services import hotline

from .conftest import NOW, utc


def test_default_targets_most_severe_first(ctx):
    targets = hotline.list_targets(ctx)
    assert [(t.severity, t.acknowledge_hours, t.resolve_hours, t.is_default) for t in targets] == [
        ("critical", 1, 24, True),
        ("high", 4, 72, True),
        ("medium", 24, 168, True),
        ("low", 72, 336, True),
    ]


def test_set_a_target_in_part_and_whole(ctx):
    assert hotline.set_target(ctx, "HIGH", acknowledge_hours=2).resolve_hours == 72
    hotline.set_target(ctx, "high", resolve_hours=48)
    high = next(t for t in hotline.list_targets(ctx) if t.severity == "high")
    assert (high.acknowledge_hours, high.resolve_hours, high.is_default) == (2, 48, False)


@pytest.mark.parametrize(
    ("severity", "ack", "res", "message"),
    [
        ("urgent", 1, 2, "severity"),
        ("low", 0, 2, "between 1 and 8760"),
        ("low", 1, 9000, "between 1 and 8760"),
        ("low", 10, 5, "longer to be acknowledged"),
        ("low", None, None, "Give the hours"),
    ],
)
def test_bad_targets_are_refused(ctx, severity, ack, res, message):
    with pytest.raises(ValidationError, match=message):
        hotline.set_target(ctx, severity, acknowledge_hours=ack, resolve_hours=res)
    assert all(t.is_default for t in hotline.list_targets(ctx))


def test_report_per_responding_side(ctx):
    # Raised by CN, so answered by US; "high": 4 h to acknowledge, 72 h to resolve.
    a = es.add_escalation(ctx, side="CN", summary="A", at=utc(2016, 3, 1, 0), severity="high", now=NOW)
    es.acknowledge_escalation(ctx, a.reference, at=utc(2016, 3, 1, 2, 30), now=NOW)  # 2.5 h: met
    es.set_escalation_status(
        ctx, a.reference, "resolved", resolution="x", at=utc(2016, 3, 2, 0), now=NOW
    )  # 24 h
    b = es.add_escalation(ctx, side="CN", summary="B", at=utc(2016, 3, 5, 0), severity="high", now=NOW)
    es.acknowledge_escalation(ctx, b.reference, at=utc(2016, 3, 5, 6), now=NOW)  # 6 h: late
    es.add_escalation(ctx, side="CN", summary="C", at=utc(2016, 3, 9, 0), severity="high", now=NOW)  # overdue
    # Raised by US (answered by CN) an hour before "now": nothing due yet.
    es.add_escalation(ctx, side="US", summary="D", at=NOW - timedelta(hours=1), severity="low", now=NOW)
    report = hotline.escalation_report(ctx, now=NOW)
    us, cn = report.by_responding_side["US"], report.by_responding_side["CN"]
    assert (us.raised_by, us.count) == ("CN", 3)
    assert us.acknowledged_within_target == WithinTarget(1, 3)
    assert us.resolved_within_target == WithinTarget(1, 3)  # B and C are past 72 h unresolved
    assert us.median_hours_to_acknowledge == MedianHours(4.2, 2)  # median of 2.5 and 6
    assert us.median_hours_to_resolve == MedianHours(24.0, 1)
    assert (cn.raised_by, cn.count, cn.awaiting_acknowledgement, cn.awaiting_resolution) == ("US", 1, 1, 1)
    assert cn.acknowledged_within_target == WithinTarget(0, 0) and cn.acknowledged_within_target.share is None
    assert cn.median_hours_to_acknowledge == MedianHours(None, 0)
    # A period keeps the escalations raised in it (local dates of the raising side).
    march = hotline.escalation_report(ctx, start=date(2016, 3, 2), end=date(2016, 3, 31), now=NOW)
    assert march.by_responding_side["US"].count == 2
    with pytest.raises(ValidationError, match="before it starts"):
        hotline.escalation_report(ctx, start=date(2016, 4, 1), end=date(2016, 3, 1), now=NOW)


def test_report_follows_the_targets_set(ctx):
    a = es.add_escalation(ctx, side="CN", summary="A", at=utc(2016, 3, 1, 0), severity="high", now=NOW)
    es.acknowledge_escalation(ctx, a.reference, at=utc(2016, 3, 1, 6), now=NOW)
    assert (
        hotline.escalation_report(ctx, now=NOW).by_responding_side["US"].acknowledged_within_target.met == 0
    )
    hotline.set_target(ctx, "high", acknowledge_hours=8)
    assert (
        hotline.escalation_report(ctx, now=NOW).by_responding_side["US"].acknowledged_within_target.met == 1
    )


def test_times_not_recorded_are_counted_apart():
    raised = utc(2016, 1, 1)
    old = ClockedEscalation("HL-2016-001", "US", "medium", "resolved", raised, None, None)
    report = hotline_report(
        ["US", "CN"], [old], (default_target("medium"),), start=None, end=date(2016, 12, 31), as_of=NOW
    )
    cn = report.by_responding_side["CN"]
    assert (cn.acknowledgement_time_not_recorded, cn.resolution_time_not_recorded) == (1, 1)
    assert cn.acknowledged_within_target == WithinTarget(0, 0)


def test_rounding_has_no_false_precision():
    assert (round_hours(2.46), round_hours(9.94), round_hours(10.4), round_hours(37.5)) == (
        2.5,
        9.9,
        10.0,
        38.0,
    )
    assert (format_hours(2.46), format_hours(37.4), format_hours(None)) == ("2.5 h", "37 h", "–")
    assert WithinTarget(0, 0).text() == "– (none due)" and WithinTarget(2, 3).text() == "2 of 3 (67 %)"


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.sampled_from(["US", "CN"]),
            st.sampled_from(["low", "medium", "high", "critical"]),
            st.sampled_from(["open", "acknowledged", "resolved", "closed"]),
            st.integers(0, 2000),
            st.one_of(st.none(), st.integers(0, 2000)),
            st.one_of(st.none(), st.integers(0, 4000)),
        ),
        max_size=30,
    )
)
def test_figures_always_add_up(rows):
    start = datetime(2016, 1, 1, tzinfo=timezone.utc)
    escalations = [
        ClockedEscalation(
            f"HL-2016-{n:03d}",
            side,
            severity,
            status,
            start + timedelta(hours=raised),
            None if ack is None else start + timedelta(hours=raised + ack),
            None
            if res is None or status not in ("resolved", "closed")
            else start + timedelta(hours=raised + res),
        )
        for n, (side, severity, status, raised, ack, res) in enumerate(rows, start=1)
    ]
    targets = tuple(default_target(s) for s in ("critical", "high", "medium", "low"))
    report = hotline_report(
        ["US", "CN"],
        escalations,
        targets,
        start=None,
        end=date(2016, 12, 31),
        as_of=start + timedelta(hours=3000),
    )
    assert sum(f.count for f in report.by_responding_side.values()) == len(rows)
    for f in report.by_responding_side.values():
        ack, res = f.acknowledged_within_target, f.resolved_within_target
        assert 0 <= ack.met <= ack.of and 0 <= res.met <= res.of
        assert ack.of + f.awaiting_acknowledgement + f.acknowledgement_time_not_recorded == f.count
        assert res.of + f.awaiting_resolution + f.resolution_time_not_recorded == f.count
        assert (ack.share is None) == (ack.of == 0)
        for median in (f.median_hours_to_acknowledge, f.median_hours_to_resolve):
            assert (median.hours is None) == (median.of == 0)


def test_check_target_is_whole_hours():
    with pytest.raises(ValidationError, match="whole number"):
        check_target("low", 1.5, 3)  # type: ignore[arg-type]


def test_cli_targets_and_report(run):
    code, out, _ = run("escalations", "targets", "--json")
    assert code == 0 and json.loads(out)[0] == {
        "severity": "critical",
        "acknowledge_hours": 1,
        "resolve_hours": 24,
        "default": True,
    }
    code, out, _ = run(
        "escalations", "targets", "--severity", "low", "--acknowledge-hours", "48", "--resolve-hours", "240"
    )
    assert code == 0 and ["low", "48", "240", "set"] in [line.split() for line in out.splitlines()]
    code, _out, err = run("escalations", "targets", "--acknowledge-hours", "4")
    assert code == 1 and "which severity" in err
    code, _out, err = run("escalations", "targets", "--severity", "low", "--resolve-hours", "0")
    assert code == 2
    run(
        "escalations",
        "add",
        "--side",
        "CN",
        "--summary",
        "S",
        "--severity",
        "low",
        "--at",
        "2016-03-01T10:00",
    )
    run("escalations", "acknowledge", "HL-2016-001", "--at", "2016-03-01T12:00")
    code, out, _ = run("escalations", "report", "--from", "2016-01-01", "--to", "2016-12-31", "--json")
    report = json.loads(out)
    assert code == 0 and report["from"] == "2016-01-01" and report["to"] == "2016-12-31"
    us = report["by_responding_side"]["US"]
    assert us["raised_by"] == "CN" and us["count"] == 1
    assert us["acknowledged_within_target"] == {"met": 1, "of": 1, "share": 1.0}
    assert us["median_hours_to_acknowledge"] == {"hours": 2.0, "of": 1}
    assert report["by_responding_side"]["CN"]["acknowledged_within_target"] == {
        "met": 0,
        "of": 0,
        "share": None,
    }
    code, out, _ = run("escalations", "report", "--from", "2016-01-01", "--to", "2016-12-31")
    assert "by the side that must respond" in out and "1 of 1 (100 %)" in out and "– (none due)" in out
    code, _out, err = run("escalations", "report", "--from", "2016-13-01")
    assert code == 2
