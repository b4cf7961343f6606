"""Escalation services on SQLite and PostgreSQL."""

from datetime import datetime, timezone

import pytest

from dialogue_planner.cli.json_shapes import escalation_json
from dialogue_planner.domain.errors import NotFoundError, ValidationError
from dialogue_planner.services import agenda
from dialogue_planner.services import escalations as es
from dialogue_planner.services.requests import add_request, get_request

from .conftest import TODAY

NOW = datetime(2016, 6, 1, tzinfo=timezone.utc)


def test_add_list_resolve(any_meetings_ctx):
    ctx = any_meetings_ctx
    req = add_request(
        ctx,
        from_side="CN",
        to_side="US",
        kind="information",
        subject="Fraud",
        received_on=TODAY.replace(month=1),
        today=TODAY,
    )
    first = es.add_escalation(
        ctx,
        side="CN",
        summary="No answer yet",
        at="2016-03-01 14:30",
        about=[req.reference],
        severity="high",
        agency="MPS",
        now=NOW,
    )
    assert (first.reference, first.raised_at, first.raised_by_agency, first.requests, first.status) == (
        "HL-2016-001",
        datetime(2016, 3, 1, 6, 30, tzinfo=timezone.utc),
        "MPS",
        (req.reference,),
        "open",
    )
    second = es.add_escalation(
        ctx, side="US", summary="Second", at=datetime(2016, 4, 1, 12, tzinfo=timezone.utc), now=NOW
    )
    assert second.reference == "HL-2016-002"
    assert [e.reference for e in es.list_escalations(ctx)] == ["HL-2016-002", "HL-2016-001"]
    assert get_request(ctx, req.reference).escalations == ("HL-2016-001",)
    assert es.open_escalation_count(ctx) == {"US": 1, "CN": 1}
    with pytest.raises(ValidationError, match="resolution"):
        es.set_escalation_status(ctx, "HL-2016-001", "resolved")
    done = es.set_escalation_status(ctx, "hl-2016-001", "resolved", resolution="Data delivered", now=NOW)
    assert (done.status, done.resolution, done.resolved_at) == ("resolved", "Data delivered", NOW)
    assert [e.reference for e in es.list_escalations(ctx, open_only=True)] == ["HL-2016-002"]
    assert es.open_escalation_count(ctx) == {"US": 1, "CN": 0}


def test_escalation_goes_on_the_next_open_meeting(meetings_ctx):
    ctx = meetings_ctx
    esc = es.add_escalation(ctx, side="US", summary="Slow", at="2016-01-10T10:00", to_agenda=True, now=NOW)
    items = agenda.list_items(ctx, 2)
    assert [(i.title, i.source, i.owner_side, i.escalations) for i in items] == [
        ("Hotline escalation HL-2016-001: Slow", "escalation", "US", ("HL-2016-001",))
    ]
    assert esc.agenda_item_ids == (items[0].id,)
    assert [(p.meeting, p.position, p.status) for p in esc.agenda_places] == [(2, 1, "open")]
    assert escalation_json(esc)["agenda"] == [{"meeting": 2, "position": 1, "status": "open"}]


def test_an_escalation_goes_on_an_open_agenda_once(any_meetings_ctx):
    """A second click is refused with where it already is; a withdrawn item does not count."""
    ctx = any_meetings_ctx
    agenda.add_item(ctx, meeting=2, title="Points of contact")
    es.add_escalation(ctx, side="US", summary="Slow", at="2016-01-10T10:00", now=NOW)
    first = es.escalation_to_agenda(ctx, "HL-2016-001")
    assert [(p.meeting, p.position) for p in first.agenda_places] == [(2, 2)]
    with pytest.raises(
        ValidationError, match=r"HL-2016-001 is already on the agenda of meeting 2 as item 2 \(open\)"
    ):
        es.escalation_to_agenda(ctx, "hl-2016-001")
    assert len(agenda.list_items(ctx, 2)) == 2
    agenda.withdraw_item(ctx, first.agenda_item_ids[0], "Raised in the wrong meeting")
    again = es.escalation_to_agenda(ctx, "HL-2016-001")
    assert [(p.meeting, p.position, p.status) for p in again.agenda_places] == [
        (2, 2, "withdrawn"),
        (2, 3, "open"),
    ]


@pytest.mark.parametrize(
    "kw, error, message",
    [
        (dict(side="FR"), ValidationError, "Unknown side"),
        (dict(summary=" "), ValidationError, "needs a summary"),
        (dict(at="2016-13-01T10:00"), ValidationError, "not a date and time"),
        (dict(at="2016-07-01T10:00"), ValidationError, "future"),
        (dict(severity="extreme"), ValidationError, "Unknown severity"),
        (dict(about=["US-2016-0077"]), NotFoundError, "No request US-2016-0077"),
        (dict(agency="FBI"), ValidationError, "No agency 'FBI' on side CN"),
    ],
)
def test_bad_escalations_change_nothing(ctx, kw, error, message):
    values = dict(side="CN", summary="x", at="2016-03-01T10:00", now=NOW)
    values.update(kw)
    with pytest.raises(error, match=message):
        es.add_escalation(ctx, **values)
    assert es.list_escalations(ctx) == []


def test_to_agenda_without_an_open_meeting_is_refused_and_saves_nothing(ctx):
    with pytest.raises(ValidationError, match="plan the next meeting first"):
        es.add_escalation(ctx, side="US", summary="x", at="2016-03-01T10:00", to_agenda=True, now=NOW)
    assert es.list_escalations(ctx) == []
    with pytest.raises(NotFoundError, match="No escalation HL-2016-001"):
        es.escalation_to_agenda(ctx, "HL-2016-001")


def test_list_bounded_by_the_instant_raised(ctx):
    es.add_escalation(ctx, side="US", summary="First", at="2016-03-01T10:00Z", now=NOW)
    es.add_escalation(ctx, side="US", summary="Second", at="2016-04-01T10:00Z", now=NOW)
    cut = datetime(2016, 3, 15, tzinfo=timezone.utc)
    assert [e.summary for e in es.list_escalations(ctx, raised_from=cut)] == ["Second"]
    assert [e.summary for e in es.list_escalations(ctx, raised_before=cut)] == ["First"]
