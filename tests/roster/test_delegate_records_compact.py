"""The roster as the Roster page holds it (issue 19: peak memory): slotted records, and one string per
distinct agency, side and title."""

from __future__ import annotations

from dialogue_planner.services.roster import list_delegates


def test_delegates_share_their_agency_side_and_title_strings(demo_ctx):
    delegates = list_delegates(demo_ctx)
    assert len(delegates) > 2
    by_side: dict[str, str] = {}
    by_agency: dict[str, str] = {}
    for d in delegates:
        assert by_side.setdefault(d.side_code, d.side_code) is d.side_code
        assert by_agency.setdefault(d.agency_acronym, d.agency_acronym) is d.agency_acronym
    assert len(by_side) == 2
    assert not hasattr(delegates[0], "__dict__")
