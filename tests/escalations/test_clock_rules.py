"""The rules of the hotline's clock at their edges (hypothesis), and undoing what the clock records."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dialogue_planner.domain.errors import ValidationError
from dialogue_planner.domain.escalations import check_resolution_time
from dialogue_planner.domain.hotline import check_acknowledgement_time
from dialogue_planner.services import escalations as es
from dialogue_planner.services import hotline
from dialogue_planner.services.undo import undo_operation

from .conftest import NOW

RAISED = datetime(2016, 3, 1, 6, 30, tzinfo=timezone.utc)
minutes = st.integers(-10_000, 200_000)


@given(at=minutes, resolved=st.one_of(st.none(), st.integers(0, 100_000)), now=st.integers(0, 150_000))
def test_an_acknowledgement_lies_between_raising_resolution_and_now(at, resolved, now):
    instant = RAISED + timedelta(minutes=at)
    resolved_at = None if resolved is None else RAISED + timedelta(minutes=resolved)
    current = RAISED + timedelta(minutes=now)
    allowed = RAISED <= instant <= current and (resolved_at is None or instant <= resolved_at)
    try:
        got = check_acknowledgement_time(
            "HL-2016-001", instant, raised_at=RAISED, resolved_at=resolved_at, now=current, shown=str
        )
    except ValidationError as refused:
        assert not allowed and "\n" not in refused.message
    else:
        assert allowed and got == instant


@given(at=minutes, acknowledged=st.one_of(st.none(), st.integers(0, 100_000)), now=st.integers(0, 150_000))
def test_a_resolution_lies_between_raising_acknowledgement_and_now(at, acknowledged, now):
    instant = RAISED + timedelta(minutes=at)
    acknowledged_at = None if acknowledged is None else RAISED + timedelta(minutes=acknowledged)
    current = RAISED + timedelta(minutes=now)
    allowed = RAISED <= instant <= current and (acknowledged_at is None or acknowledged_at <= instant)
    try:
        got = check_resolution_time(
            "HL-2016-001",
            instant,
            raised_at=RAISED,
            now=current,
            zone_name="Asia/Shanghai",
            acknowledged_at=acknowledged_at,
        )
    except ValidationError:
        assert not allowed
    else:
        assert allowed and got == instant


def test_undo_an_acknowledgement_and_a_target(raised_ctx):
    es.acknowledge_escalation(raised_ctx, "HL-2016-001", at="2016-03-01 15:00", by="Li", now=NOW)
    undo_operation(raised_ctx, raised_ctx.last_operation)
    e = es.get_escalation(raised_ctx, "HL-2016-001")
    assert (e.status, e.acknowledged_at, e.acknowledged_by) == ("open", None, "")
    hotline.set_target(raised_ctx, "low", acknowledge_hours=5)
    undo_operation(raised_ctx, raised_ctx.last_operation)
    assert next(t for t in hotline.list_targets(raised_ctx) if t.severity == "low").is_default


def test_a_viewer_may_not_set_targets_nor_acknowledge(raised_ctx):
    from dialogue_planner.domain.errors import PermissionDenied
    from dialogue_planner.services.workstation import add_user

    add_user(raised_ctx, "reader", "viewer")
    viewer = type(raised_ctx).connect(raised_ctx.db, login="reader")
    with pytest.raises(PermissionDenied):
        hotline.set_target(viewer, "low", acknowledge_hours=5)
    with pytest.raises(PermissionDenied):
        es.acknowledge_escalation(viewer, "HL-2016-001", now=NOW)
    with pytest.raises(PermissionDenied):
        hotline.add_contact_point(viewer, side="US", name="Desk")
    assert hotline.escalation_report(viewer, now=NOW).by_responding_side["US"].count == 1  # reading is fine
