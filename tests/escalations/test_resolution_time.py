"""The bug of issue 16: resolving stored "now" whatever the escalation's dates. The resolution time is
given (default now), never before the escalation was raised, never in the future."""

from __future__ import annotations

import pytest

from dialogue_planner.domain.errors import ValidationError
from dialogue_planner.services import escalations as es

from .conftest import NOW, utc


def test_resolution_time_given_in_the_raising_sides_local_time(raised_ctx):
    done = es.set_escalation_status(
        raised_ctx, "HL-2016-001", "resolved", resolution="Delivered", at="2016-03-02 09:00", now=NOW
    )
    assert done.resolved_at == utc(2016, 3, 2, 1)  # 09:00 Beijing
    assert es.get_escalation(raised_ctx, "HL-2016-001").resolved_at == utc(2016, 3, 2, 1)


def test_resolution_time_with_an_offset_and_as_an_aware_instant(raised_ctx):
    done = es.set_escalation_status(
        raised_ctx, "HL-2016-001", "resolved", resolution="x", at="2016-03-02T09:00Z", now=NOW
    )
    assert done.resolved_at == utc(2016, 3, 2, 9)
    other = es.set_escalation_status(
        raised_ctx, "HL-2016-002", "closed", resolution="y", at=utc(2016, 4, 1, 12), now=NOW
    )
    assert other.resolved_at == utc(2016, 4, 1, 12)  # the very instant it was raised is allowed


def test_default_is_now(raised_ctx):
    done = es.set_escalation_status(raised_ctx, "HL-2016-002", "resolved", resolution="x", now=NOW)
    assert done.resolved_at == NOW


def test_never_before_it_was_raised(raised_ctx):
    with pytest.raises(ValidationError) as caught:
        es.set_escalation_status(
            raised_ctx, "HL-2016-001", "resolved", resolution="x", at="2016-03-01 14:29", now=NOW
        )
    assert caught.value.message == (
        "HL-2016-001 cannot be resolved at 2016-03-01 14:29 CST: it was raised at 2016-03-01 14:30 CST."
    )
    assert es.get_escalation(raised_ctx, "HL-2016-001").status == "open"  # nothing stored


def test_never_in_the_future(raised_ctx):
    with pytest.raises(ValidationError, match="in the future"):
        es.set_escalation_status(
            raised_ctx, "HL-2016-001", "resolved", resolution="x", at=utc(2016, 6, 1, 12, 1), now=NOW
        )


@pytest.mark.parametrize(
    "text", ["yesterday", "2016-13-01 10:00", "0001-01-01T00:00", "9999-12-31T23:59", ""]
)
def test_bad_times_are_refused_in_one_line(raised_ctx, text):
    with pytest.raises(ValidationError) as caught:
        es.set_escalation_status(raised_ctx, "HL-2016-001", "resolved", resolution="x", at=text, now=NOW)
    assert "\n" not in caught.value.message


def test_a_naive_instant_is_refused(raised_ctx):
    from datetime import datetime

    with pytest.raises(ValidationError, match="time zone"):
        es.set_escalation_status(
            raised_ctx, "HL-2016-001", "resolved", resolution="x", at=datetime(2016, 3, 2), now=NOW
        )


def test_closing_a_resolved_escalation_keeps_its_time(raised_ctx):
    es.set_escalation_status(
        raised_ctx, "HL-2016-001", "resolved", resolution="x", at="2016-03-02 09:00", now=NOW
    )
    closed = es.set_escalation_status(raised_ctx, "HL-2016-001", "closed", now=NOW)
    assert closed.resolved_at == utc(2016, 3, 2, 1)


def test_cli_resolve_at(run):
    assert run("escalations", "add", "--side", "CN", "--summary", "S", "--at", "2016-03-01T14:30")[0] == 0
    code, _out, err = run(
        "escalations", "resolve", "HL-2016-001", "--resolution", "R", "--at", "2016-02-01T10:00"
    )
    assert code == 1 and err.strip().endswith("it was raised at 2016-03-01 14:30 CST.")
    code, out, _err = run(
        "escalations", "resolve", "HL-2016-001", "--resolution", "R", "--at", "2016-03-02T09:00"
    )
    assert code == 0 and out.strip() == "HL-2016-001 resolved at 2016-03-02 09:00 CST (2016-03-02 01:00 UTC)."
    code, out, _err = run("escalations", "list", "--json")
    import json

    assert json.loads(out)[0]["resolved_at"] == "2016-03-02T01:00:00+00:00"
