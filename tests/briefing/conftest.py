"""Fixtures of the briefing tests: a small dialogue with one meeting, named delegates and data to review."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time

import pytest
from journeys.user_seat import dialogs  # noqa: F401  (the fixture, for the tests here)


@dataclass
class Scene:
    ctx: object
    meeting: int
    keys: dict[str, str]


def build_scene(ctx) -> Scene:
    from dialogue_planner.services.agencies import list_agencies
    from dialogue_planner.services.meetings import add_meeting
    from dialogue_planner.services.roster import add_delegate

    agencies = {(a.side_code, a.acronym): a.id for a in list_agencies(ctx)}
    us_agency = next(v for (side, _), v in agencies.items() if side == "US")
    cn_agency = next(v for (side, _), v in agencies.items() if side == "CN")
    people = {
        "us_chair": dict(
            agency_id=us_agency,
            family_name="Johnson",
            given_name="Jeh",
            external_id="US-001",
            title="Secretary",
        ),
        "us_deputy": dict(
            agency_id=us_agency, family_name="Yates", given_name="Sally", email="sally@example.gov"
        ),
        "us_expert": dict(agency_id=us_agency, family_name="O'Brien & Sons", given_name="<Pat>"),
        "cn_head": dict(
            agency_id=cn_agency,
            family_name="Guo",
            given_name="Shengkun",
            native_name="郭声琨",
            external_id="CN-001",
            title="Minister",
        ),
        "cn_member": dict(
            agency_id=cn_agency,
            family_name="Zhang",
            given_name="Wei",
            native_name="张伟",
            external_id="CN-002",
        ),
    }
    keys = {}
    for name, values in people.items():
        record = add_delegate(ctx, values)
        keys[name] = record.key
    meeting = add_meeting(
        ctx,
        start=date(2015, 12, 1),
        host="US",
        city="Washington",
        venue="Main Justice",
        start_time=time(10, 0),
        end_time=time(16, 0),
        today=date(2015, 10, 1),
    )
    return Scene(ctx, meeting.number, keys)


@pytest.fixture
def scene(ctx) -> Scene:
    return build_scene(ctx)


@pytest.fixture
def any_scene(any_ctx) -> Scene:
    return build_scene(any_ctx)
