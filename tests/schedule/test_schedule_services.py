"""Schedule services: proposals around existing meetings, compliance, blackouts and the calendar file."""

from __future__ import annotations

from datetime import date, timedelta

import icalendar
import pytest

from dialogue_planner.domain.errors import NotFoundError, ValidationError
from dialogue_planner.domain.working_days import is_working_day
from dialogue_planner.services import blackouts as bsvc
from dialogue_planner.services import meetings as msvc
from dialogue_planner.services import schedule as ssvc


def held(ctx, start, host, city):
    msvc.add_meeting(ctx, start=start, host=host, city=city, status="held", today=date(2017, 1, 10))


def real_history(ctx):
    held(ctx, date(2015, 12, 1), "US", "Washington")
    held(ctx, date(2016, 6, 14), "CN", "Beijing")
    held(ctx, date(2016, 12, 7), "US", "Washington")


def test_first_proposal_of_a_new_dialogue_meets_the_deadline(ctx):
    plan = ssvc.propose_dates(ctx, from_date=date(2015, 9, 25), count=2)
    first, second = plan.proposals
    assert first.window.label == "2015-H2" and first.start <= date(2015, 12, 31) and first.host == "US"
    assert "Meets the first-meeting deadline (2015-12-31)." in first.reasons
    assert second.window.label == "2016-H1" and second.host == "CN"
    assert (second.start - first.start).days >= 120


def test_proposals_skip_filled_windows_and_alternate_from_the_last_actual_host(any_ctx):
    real_history(any_ctx)
    msvc.add_meeting(any_ctx, start=date(2017, 6, 20), host="CN", city="Shanghai")
    plan = ssvc.propose_dates(any_ctx, from_date=date(2017, 1, 10), count=3)
    assert [p.window.label for p in plan.proposals] == ["2017-H2", "2018-H1", "2018-H2"]
    assert [p.host for p in plan.proposals] == ["US", "CN", "US"]
    assert (plan.proposals[0].start - date(2017, 6, 20)).days >= 120
    assert plan.host_cities == {"US": "Washington", "CN": "Shanghai"}
    for p in plan.proposals:
        for day in p.days:
            assert is_working_day("US", day) and is_working_day("CN", day)


def test_blackouts_steer_proposals_and_are_listed_and_removed(any_ctx):
    real_history(any_ctx)
    plain = ssvc.propose_dates(any_ctx, from_date=date(2017, 1, 10), count=1).proposals[0]
    b = bsvc.add_blackout(any_ctx, date(2017, 3, 1), date(2017, 5, 31), "G20 preparations", "us")
    assert (b.side, b.reason) == ("US", "G20 preparations")
    steered = ssvc.propose_dates(any_ctx, from_date=date(2017, 1, 10), count=1).proposals[0]
    assert not (date(2017, 3, 1) <= steered.start <= date(2017, 5, 31)) and steered.start != plain.start
    assert any("G20 preparations (blackout, US)" in r for r in steered.reasons)
    assert [x.reason for x in bsvc.list_blackouts(any_ctx)] == ["G20 preparations"]
    bsvc.remove_blackout(any_ctx, b.id, expected_version=b.version)
    assert bsvc.list_blackouts(any_ctx) == []


@pytest.mark.parametrize(
    "args, message",
    [
        ((date(2017, 3, 2), date(2017, 3, 1), "x"), "before it starts"),
        ((date(2017, 3, 1), date(2017, 3, 2), "  "), "Say why"),
        ((date(2017, 3, 1), date(2018, 3, 2), "x"), "more than a year"),
        ((date(2017, 3, 1), None, "x", "FR"), "Unknown side 'FR'"),
    ],
)
def test_bad_blackouts_are_refused(ctx, args, message):
    with pytest.raises(ValidationError, match=message):
        bsvc.add_blackout(ctx, *args)
    assert bsvc.list_blackouts(ctx) == []


def test_removing_a_missing_blackout_and_bad_counts(ctx):
    with pytest.raises(NotFoundError):
        bsvc.remove_blackout(ctx, 99)
    for bad in (0, 101):
        with pytest.raises(ValidationError, match="between 1 and 100"):
            ssvc.propose_dates(ctx, count=bad)


def test_compliance_of_the_real_history_then_a_gap(ctx):
    real_history(ctx)
    report = ssvc.check_schedule(ctx, as_of=date(2017, 11, 15))
    assert [(w.window.label, w.status, w.meeting) for w in report.windows] == [
        ("2015-H2", "met", 1),
        ("2016-H1", "met", 2),
        ("2016-H2", "met", 3),
        ("2017-H1", "missed", None),
        ("2017-H2", "at-risk", None),
    ]
    assert report.first_deadline.met and report.first_deadline.date == date(2015, 12, 31)


def test_calendar_export_of_all_or_one_meeting_keeps_uids(ctx):
    real_history(ctx)
    data = ssvc.calendar_bytes(ctx)
    cal = icalendar.Calendar.from_ical(data)
    uids = [str(e["UID"]) for e in cal.walk("VEVENT")]
    assert len(set(uids)) == 3
    msvc.update_meeting(ctx, 2, city="Beijing Hotel", today=date(2017, 1, 10))
    one = icalendar.Calendar.from_ical(ssvc.calendar_bytes(ctx, number=2)).walk("VEVENT")
    assert [str(e["UID"]) for e in one] == [uids[1]] and int(one[0]["SEQUENCE"]) == 1
    assert "Cybercrime Dialogue" in str(one[0]["SUMMARY"])
    with pytest.raises(NotFoundError):
        ssvc.calendar_bytes(ctx, number=7)


def test_schedule_settings_are_stored_audited_and_checked(any_ctx):
    d = ssvc.update_schedule_settings(any_ctx, travel_days=2, preferred_position=" START ")
    assert (d.travel_days, d.min_spacing_days, d.preferred_position, d.meeting_length_days) == (
        2,
        120,
        "start",
        1,
    )
    [p] = ssvc.propose_dates(any_ctx, from_date=date(2017, 1, 1), count=1).proposals
    assert p.travel_start == p.start - timedelta(days=2)
    assert "Preferred: start of 2017-H1 (around 2017-01-01)." in p.reasons
    with pytest.raises(ValidationError, match="lasts between 1 and 14 days"):
        ssvc.update_schedule_settings(any_ctx, meeting_length_days=0)
    with pytest.raises(ValidationError, match="Unknown preferred position 'late'"):
        ssvc.update_schedule_settings(any_ctx, preferred_position="late")
    assert ssvc.current_dialogue(any_ctx).meeting_length_days == 1
    from dialogue_planner.domain.errors import ConflictError

    with pytest.raises(ConflictError):
        ssvc.update_schedule_settings(any_ctx, travel_days=1, expected_version=d.version - 1)


def test_one_run_overrides_leave_the_stored_settings_alone(ctx):
    from dialogue_planner.domain.proposals import ProposalSettings

    [p] = ssvc.propose_dates(
        ctx,
        from_date=date(2017, 1, 1),
        count=1,
        settings=ProposalSettings(preferred_position="end", meeting_length_days=2),
    ).proposals
    assert p.end == p.start + timedelta(days=1) and p.start.month == 6
    assert ssvc.current_dialogue(ctx).preferred_position == "middle"


def test_schedule_check_flags_a_meeting_on_chinas_national_day_and_an_unrecorded_one(demo_ctx):
    from dialogue_planner.services import meetings as msvc

    msvc.update_meeting(demo_ctx, 24, start=date(2027, 10, 1), window="auto", today=date(2026, 12, 4))
    report = ssvc.check_schedule(demo_ctx, as_of=date(2026, 12, 4))
    assert [(c.meeting, c.kind) for c in report.concerns] == [(23, "not-recorded"), (24, "non-working-days")]
    assert report.status_of("2026-H2") == "at-risk" and report.status_of("2027-H2") == "at-risk"
    note = next(w.note for w in report.windows if w.window.label == "2027-H2")
    assert "2027-10-01 National Day (CN)" in note and "weekend (US)" not in note  # a Friday
