"""Acknowledging an escalation: the time (given or now), who, and its limits."""

from __future__ import annotations

import json

import pytest

from dialogue_planner.domain.errors import ValidationError
from dialogue_planner.services import escalations as es

from .conftest import NOW, utc


def test_acknowledge_at_a_local_time_and_by_whom(raised_ctx):
    done = es.acknowledge_escalation(
        raised_ctx, "HL-2016-001", at="2016-03-01 15:10", by="Duty officer Li", now=NOW
    )
    assert (done.status, done.acknowledged_at, done.acknowledged_by) == (
        "acknowledged",
        utc(2016, 3, 1, 7, 10),
        "Duty officer Li",
    )
    assert es.get_escalation(raised_ctx, "HL-2016-001").acknowledged_at == utc(2016, 3, 1, 7, 10)


def test_acknowledge_defaults_to_now_and_is_recorded_once(raised_ctx):
    assert es.acknowledge_escalation(raised_ctx, "HL-2016-002", now=NOW).acknowledged_at == NOW
    with pytest.raises(ValidationError, match="acknowledged already"):
        es.acknowledge_escalation(raised_ctx, "HL-2016-002", now=NOW)


def test_never_before_raised_nor_after_resolved_nor_in_the_future(raised_ctx):
    with pytest.raises(ValidationError) as caught:
        es.acknowledge_escalation(raised_ctx, "HL-2016-001", at="2016-03-01 14:00", now=NOW)
    assert caught.value.message == (
        "HL-2016-001 cannot be acknowledged at 2016-03-01 14:00 CST: it was raised at 2016-03-01 14:30 CST."
    )
    with pytest.raises(ValidationError, match="in the future"):
        es.acknowledge_escalation(raised_ctx, "HL-2016-001", at=utc(2016, 7, 1), now=NOW)
    es.set_escalation_status(
        raised_ctx, "HL-2016-001", "resolved", resolution="x", at="2016-03-02 09:00", now=NOW
    )
    with pytest.raises(ValidationError, match="it was resolved at 2016-03-02 09:00 CST"):
        es.acknowledge_escalation(raised_ctx, "HL-2016-001", at="2016-03-02 09:01", now=NOW)
    # Recording, late, when a resolved escalation was acknowledged keeps it resolved.
    done = es.acknowledge_escalation(raised_ctx, "HL-2016-001", at="2016-03-01 16:00", now=NOW)
    assert (done.status, done.acknowledged_at) == ("resolved", utc(2016, 3, 1, 8))


def test_resolution_never_before_the_acknowledgement(raised_ctx):
    es.acknowledge_escalation(raised_ctx, "HL-2016-001", at="2016-03-01 16:00", now=NOW)
    with pytest.raises(ValidationError, match="it was acknowledged at 2016-03-01 16:00 CST"):
        es.set_escalation_status(
            raised_ctx, "HL-2016-001", "resolved", resolution="x", at="2016-03-01 15:00", now=NOW
        )


def test_status_acknowledged_records_the_time_and_reopening_keeps_it(raised_ctx):
    done = es.set_escalation_status(
        raised_ctx, "HL-2016-002", "acknowledged", at=utc(2016, 4, 1, 13), now=NOW
    )
    assert done.acknowledged_at == utc(2016, 4, 1, 13)
    es.set_escalation_status(raised_ctx, "HL-2016-002", "resolved", resolution="x", now=NOW)
    reopened = es.set_escalation_status(raised_ctx, "HL-2016-002", "open", now=NOW)
    assert (reopened.status, reopened.resolved_at, reopened.acknowledged_at) == (
        "acknowledged",
        None,
        utc(2016, 4, 1, 13),
    )
    assert reopened.is_open


def test_who_is_one_line(raised_ctx):
    with pytest.raises(ValidationError):
        es.acknowledge_escalation(raised_ctx, "HL-2016-001", by="x" * 201, now=NOW)
    done = es.acknowledge_escalation(raised_ctx, "HL-2016-001", by="Li\nWei", now=NOW)
    assert done.acknowledged_by == "Li Wei"


def test_unknown_reference(raised_ctx):
    from dialogue_planner.domain.errors import NotFoundError

    with pytest.raises(NotFoundError, match="No escalation HL-2016-009"):
        es.acknowledge_escalation(raised_ctx, "HL-2016-009", now=NOW)


def test_cli_acknowledge(run):
    run("escalations", "add", "--side", "US", "--summary", "S", "--at", "2016-03-01T09:00")
    code, out, err = run("escalations", "acknowledge", "HL-2016-001", "--at", "2016-03-01T08:00")
    assert code == 1 and "it was raised at 2016-03-01 09:00 EST" in err
    code, out, _ = run(
        "escalations", "acknowledge", "HL-2016-001", "--at", "2016-03-01T09:45", "--by", "Desk"
    )
    assert (
        code == 0
        and out.strip() == "HL-2016-001 acknowledged at 2016-03-01 09:45 EST (2016-03-01 14:45 UTC) by Desk."
    )
    code, out, _ = run("escalations", "list", "--json")
    e = json.loads(out)[0]
    assert (e["status"], e["acknowledged_at"], e["acknowledged_by"]) == (
        "acknowledged",
        "2016-03-01T14:45:00+00:00",
        "Desk",
    )
    code, _out, err = run("escalations", "acknowledge", "HL-2016-001")
    assert code == 1 and "acknowledged already" in err


def test_reopening_as_acknowledged_clears_the_resolution_time(raised_ctx):
    es.acknowledge_escalation(raised_ctx, "HL-2016-001", at="2016-03-01 15:00", now=NOW)
    es.set_escalation_status(raised_ctx, "HL-2016-001", "resolved", resolution="x", now=NOW)
    again = es.set_escalation_status(raised_ctx, "HL-2016-001", "acknowledged", now=NOW)
    assert (again.status, again.resolved_at, again.acknowledged_at) == (
        "acknowledged",
        None,
        utc(2016, 3, 1, 7),
    )
    # Resolved without an acknowledgement on record, reopened as acknowledged: the acknowledgement is now.
    es.set_escalation_status(raised_ctx, "HL-2016-002", "resolved", resolution="x", now=NOW)
    other = es.set_escalation_status(raised_ctx, "HL-2016-002", "acknowledged", now=NOW)
    assert (other.status, other.resolved_at, other.acknowledged_at) == ("acknowledged", None, NOW)
