"""References, due dates, overdue and the life-cycle rules of a request (pure domain)."""

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dialogue_planner.domain.errors import ValidationError
from dialogue_planner.domain.requests import (
    RequestState,
    TimelinessRule,
    check_new_request,
    days_overdue,
    due_dates,
    format_reference,
    is_overdue,
    normalise_reference,
    parse_reference,
    record_response,
    record_status,
)

TODAY = date(2016, 6, 1)


def test_reference_is_side_year_and_four_digit_sequence():
    assert format_reference("us", 2016, 42) == "US-2016-0042"
    assert format_reference("CN", 2015, 12345) == "CN-2015-12345"


@given(st.sampled_from(["US", "CN"]), st.integers(2000, 2099), st.integers(1, 99999))
@settings(max_examples=60)
def test_reference_round_trips(side, year, sequence):
    assert parse_reference(format_reference(side, year, sequence)) == (side, year, sequence)


@pytest.mark.parametrize(
    "text",
    ["", "US2016-0042", "US-16-0042", "US-2016-42", "US-2016-0000", "1-2016-0001", "US-2016-0042-1", None],
)
def test_bad_references_are_refused_with_an_example(text):
    with pytest.raises(ValidationError, match="US-2016-0042"):
        parse_reference(text)


def test_reference_typed_in_lower_case_is_normalised():
    assert normalise_reference(" us-2016-0042 ") == "US-2016-0042"


def test_calendar_due_dates_count_calendar_days():
    ack, response = due_dates(date(2016, 1, 29), TimelinessRule(7, 30), "CN")
    assert ack == date(2016, 2, 5)
    assert response == date(2016, 2, 28)


def test_working_due_dates_use_the_responding_sides_calendar():
    calls = []

    def fake(country, start, n):
        calls.append((country, start, n))
        return start + timedelta(days=n * 2)

    ack, response = due_dates(date(2016, 1, 4), TimelinessRule(5, 10, "working"), "CN", add_working_days=fake)
    assert calls == [("CN", date(2016, 1, 4), 5), ("CN", date(2016, 1, 4), 10)]
    assert (ack, response) == (date(2016, 1, 14), date(2016, 1, 24))


@pytest.mark.parametrize(
    "ack, response, basis, message",
    [(-1, 30, "calendar", "negative"), (10, 5, "calendar", "cannot exceed"), (1, 5, "lunar", "day basis")],
)
def test_bad_rules_are_refused(ack, response, basis, message):
    with pytest.raises(ValidationError, match=message):
        TimelinessRule(ack, response, basis)


def test_responding_on_the_due_day_is_not_overdue():
    due = date(2016, 3, 1)
    assert not is_overdue(status="open", response_due_on=due, first_response_on=None, as_of=due)
    assert is_overdue(status="open", response_due_on=due, first_response_on=None, as_of=due + timedelta(1))
    assert (
        days_overdue(
            status="acknowledged", response_due_on=due, first_response_on=None, as_of=date(2016, 3, 11)
        )
        == 10
    )


@pytest.mark.parametrize("status", ["responded", "closed", "withdrawn"])
def test_answered_or_ended_requests_are_never_overdue(status):
    assert not is_overdue(
        status=status, response_due_on=date(2016, 1, 1), first_response_on=None, as_of=date(2017, 1, 1)
    )
    assert (
        days_overdue(
            status=status, response_due_on=date(2016, 1, 1), first_response_on=None, as_of=date(2017, 1, 1)
        )
        == 0
    )


def test_new_request_is_checked():
    assert check_new_request(
        from_side="US", to_side="CN", kind="Evidence", subject="  Botnet  ", received_on=TODAY, today=TODAY
    ) == ("evidence", "Botnet")


@pytest.mark.parametrize(
    "kwargs, message",
    [
        (dict(to_side="US"), "both sides are US"),
        (dict(kind="gossip"), "Unknown request kind 'gossip'"),
        (dict(subject="   "), "needs a subject"),
        (dict(subject="x" * 501), "501 characters"),
        (dict(received_on=TODAY + timedelta(1)), "in the future"),
    ],
)
def test_bad_new_requests_are_refused(kwargs, message):
    values = dict(
        from_side="US", to_side="CN", kind="information", subject="Phishing", received_on=TODAY, today=TODAY
    )
    values.update(kwargs)
    with pytest.raises(ValidationError, match=message):
        check_new_request(**values)


STATE = RequestState(reference="US-2016-0001", status="open", received_on=date(2016, 5, 1))


def test_first_response_sets_date_quality_and_acknowledges():
    change = record_response(STATE, on=date(2016, 5, 10), quality="partial", note=" n ", today=TODAY)
    assert (change.status, change.first_response_on, change.latest_quality, change.acknowledged_on) == (
        "responded",
        date(2016, 5, 10),
        "partial",
        date(2016, 5, 10),
    )
    assert change.update_kind == "response" and change.note == "n"


def test_later_response_keeps_first_date_and_updates_quality():
    answered = RequestState(
        reference="US-2016-0001",
        status="responded",
        received_on=date(2016, 5, 1),
        acknowledged_on=date(2016, 5, 2),
        first_response_on=date(2016, 5, 10),
        latest_quality="partial",
    )
    change = record_response(answered, on=date(2016, 5, 20), quality="complete", note="", today=TODAY)
    assert change.first_response_on == date(2016, 5, 10)
    assert change.latest_quality == "complete"
    assert change.acknowledged_on == date(2016, 5, 2)


def test_backdated_response_moves_first_date_but_not_latest_quality():
    answered = RequestState(
        reference="US-2016-0001",
        status="responded",
        received_on=date(2016, 5, 1),
        first_response_on=date(2016, 5, 10),
        latest_quality="complete",
    )
    change = record_response(answered, on=date(2016, 5, 5), quality="partial", note="", today=TODAY)
    assert change.first_response_on == date(2016, 5, 5)
    assert change.latest_quality == "complete"


@pytest.mark.parametrize(
    "state, kwargs, message",
    [
        (STATE, dict(on=date(2016, 4, 30), quality="complete"), "before the request was received"),
        (STATE, dict(on=TODAY + timedelta(1), quality="complete"), "in the future"),
        (STATE, dict(on=date(2016, 5, 2), quality="superb"), "Unknown response quality 'superb'"),
        (
            RequestState("US-2016-0001", "withdrawn", date(2016, 5, 1)),
            dict(on=date(2016, 5, 2), quality="none"),
            "reopen it",
        ),
    ],
)
def test_bad_responses_are_refused(state, kwargs, message):
    with pytest.raises(ValidationError, match=message):
        record_response(state, note="", today=TODAY, **kwargs)


def test_acknowledge_close_and_reopen():
    ack = record_status(STATE, status="acknowledged", on=date(2016, 5, 3), note="", today=TODAY)
    assert (ack.status, ack.acknowledged_on, ack.update_kind) == (
        "acknowledged",
        date(2016, 5, 3),
        "acknowledgement",
    )
    acknowledged = RequestState(
        "US-2016-0001", "acknowledged", date(2016, 5, 1), acknowledged_on=date(2016, 5, 3)
    )
    closed = record_status(
        acknowledged, status="closed", on=date(2016, 5, 20), note="Resolved by phone", today=TODAY
    )
    assert (closed.status, closed.closed_on, closed.close_reason) == (
        "closed",
        date(2016, 5, 20),
        "Resolved by phone",
    )
    assert closed.acknowledged_on == date(2016, 5, 3)
    ended = RequestState("US-2016-0001", "closed", date(2016, 5, 1), acknowledged_on=date(2016, 5, 3))
    reopened = record_status(ended, status="open", on=date(2016, 5, 21), note="", today=TODAY)
    assert reopened.status == "acknowledged" and reopened.update_kind == "reopened"


def test_progress_report_keeps_status_and_needs_text():
    change = record_status(
        STATE, status="progress", on=date(2016, 5, 4), note="Suspect identified", today=TODAY
    )
    assert (change.status, change.update_status, change.note) == ("open", "progress", "Suspect identified")
    with pytest.raises(ValidationError, match="needs its text"):
        record_status(STATE, status="progress", on=date(2016, 5, 4), note=" ", today=TODAY)


@pytest.mark.parametrize(
    "state, status, note, message",
    [
        (STATE, "withdrawn", "", "Say why"),
        (STATE, "closed", "  ", "Say why"),
        (STATE, "responded", "", "recorded as a response, with its quality"),
        (STATE, "open", "", "nothing to reopen"),
        (RequestState("US-2016-0001", "closed", date(2016, 5, 1)), "withdrawn", "x", "already closed"),
        (
            RequestState("US-2016-0001", "acknowledged", date(2016, 5, 1), acknowledged_on=date(2016, 5, 2)),
            "acknowledged",
            "",
            "already acknowledged",
        ),
    ],
)
def test_bad_status_changes_are_refused(state, status, note, message):
    with pytest.raises(ValidationError, match=message):
        record_status(state, status=status, on=date(2016, 5, 5), note=note, today=TODAY)


def test_received_on_a_chinese_holiday_counts_from_the_next_working_day():
    # Spring Festival 2016: 7-13 February off, Sunday 14 February a make-up working day.
    ack, response = due_dates(date(2016, 2, 8), TimelinessRule(1, 5, "working"), "CN")
    assert ack == date(2016, 2, 14)
    assert response == date(2016, 2, 18)


def test_received_on_a_us_holiday_in_working_days_and_in_calendar_days():
    assert due_dates(date(2016, 7, 4), TimelinessRule(1, 3, "working"), "US") == (
        date(2016, 7, 5),
        date(2016, 7, 7),
    )
    assert due_dates(date(2016, 7, 4), TimelinessRule(1, 3), "US") == (date(2016, 7, 5), date(2016, 7, 7))
    assert due_dates(date(2016, 7, 1), TimelinessRule(1, 3, "working"), "US") == (
        date(2016, 7, 5),
        date(2016, 7, 7),
    )
