"""The hotline log as the Escalations page holds it: twenty years of calls kept compactly (issue 19: peak
memory) and read exactly as before."""

from __future__ import annotations

from datetime import date

from dialogue_planner.services import escalations as es

from .conftest import NOW


def test_repeated_texts_are_one_string_and_records_have_no_dict(raised_ctx):
    es.add_escalation(
        raised_ctx, side="US", summary="Late again", at="2016-04-02 09:00", details="Standard line", now=NOW
    )
    es.add_escalation(
        raised_ctx,
        side="US",
        summary="Late once more",
        at="2016-04-03 09:00",
        details="Standard line",
        now=NOW,
    )
    records = es.list_escalations(raised_ctx)
    assert [r.summary for r in records] == ["Late once more", "Late again", "Late data", "No answer"]
    first, second = records[0], records[1]
    assert first.details == "Standard line" and first.details is second.details
    assert first.status == "open" and first.status is second.status
    assert first.severity is second.severity
    assert not hasattr(first, "__dict__")  # slotted: no dict per record


def test_a_bounded_read_and_one_record_still_read_in_full(raised_ctx):
    """The records are made as the rows are fetched (streamed), with their requests and agenda places."""
    records = es.list_escalations(raised_ctx)
    one = es.get_escalation(raised_ctx, records[-1].reference)
    assert one == records[-1]
    assert [r.reference for r in es.list_escalations(raised_ctx, raised_before=records[0].raised_at)] == [
        records[1].reference
    ]


def test_the_newest_few_are_the_first_of_the_whole_log_read_in_full(any_ctx):
    """The page's first screenful: the most recently raised, each with its requests and agenda places, as
    the whole log has them (on SQLite and PostgreSQL)."""
    from dialogue_planner.services.requests import add_request

    request = add_request(
        any_ctx,
        from_side="US",
        to_side="CN",
        kind="information",
        subject="Data",
        received_on=date(2016, 2, 1),
    )
    for day in (2, 3, 3, 4):  # two raised at the same instant: the later one (by id) comes first
        es.add_escalation(
            any_ctx,
            side="US",
            summary=f"Call {day}",
            at=f"2016-04-0{day} 09:00",
            about=[request.reference],
            now=NOW,
        )
    everything = es.list_escalations(any_ctx)
    assert len(everything) == 4 and all(list(r.requests) == [request.reference] for r in everything)
    assert es.list_escalations(any_ctx, newest=2) == everything[:2]
    assert es.list_escalations(any_ctx, newest=10) == everything
    assert es.list_escalations(any_ctx, newest=0) == []
    assert es.list_escalations(any_ctx, newest=1, open_only=True) == everything[:1]
