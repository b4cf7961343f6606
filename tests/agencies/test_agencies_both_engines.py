"""The agencies' services on SQLite and PostgreSQL alike: add, merge with references, a designated official,
a running order, and the new meeting texts, in one run per engine (PostgreSQL carries the postgres marker)."""

from __future__ import annotations

from datetime import date, time

import pytest

from dialogue_planner.domain.errors import ConflictError, ValidationError


def test_agencies_meetings_and_running_order_on_each_engine(any_ctx):
    from dialogue_planner.services.agencies import (
        add_agency,
        current_officials,
        designate_official,
        list_agencies,
        merge_agencies,
        update_agency,
    )
    from dialogue_planner.services.agenda import add_item
    from dialogue_planner.services.meetings import add_meeting, get_meeting, update_meeting
    from dialogue_planner.services.requests import add_request
    from dialogue_planner.services.roster import add_delegate, list_delegates
    from dialogue_planner.services.running_order import running_order, set_item_slot

    ctx = any_ctx
    dos = add_agency(
        ctx, side="US", acronym="DOS", name_en="Department of State", name_zh="美国国务院", role="participant"
    )
    with pytest.raises(ConflictError, match="already has an agency 'DOS'"):
        add_agency(ctx, side="US", acronym="dos", name_en="Again")
    with pytest.raises(ValidationError, match="parent cycle"):
        update_agency(ctx, "DOJ", parent="FBI")
    kerry = add_delegate(ctx, {"agency_id": dos.id, "family_name": "Kerry", "external_id": "US-DOS-1"})
    add_request(
        ctx,
        from_side="US",
        to_side="CN",
        kind="information",
        subject="Merged",
        received_on=date(2016, 3, 1),
        requesting_agency="DOS",
        responding_agency="MPS",
    )
    merged = merge_agencies(ctx, "US:DOS", "DHS")
    assert merged.delegates == 1 and merged.references == {"request": 1}
    assert [d.agency_acronym for d in list_delegates(ctx) if d.id == kerry.id] == ["DHS"]
    assert next(a for a in list_agencies(ctx) if a.acronym == "DOS").merged_into_id is not None

    guo = add_delegate(
        ctx,
        {
            "agency_id": next(a.id for a in list_agencies(ctx) if a.acronym == "MPS"),
            "family_name": "Guo",
            "external_id": "CN-1",
        },
    )
    designate_official(ctx, side="CN", delegate="CN-1", from_on=date(2015, 9, 25))
    assert current_officials(ctx, date(2016, 1, 1))["CN"].delegate_id == guo.id

    add_meeting(ctx, start=date(2016, 6, 14), host="CN", city="Beijing")
    update_meeting(
        ctx, 1, venue_zh="钓鱼台国宾馆", address="Fuchengmen", logistics_zh="会议证件", notes_zh="第二轮"
    )
    m = get_meeting(ctx, 1)
    assert (m.venue_zh, m.address, m.logistics_zh, m.notes_zh) == (
        "钓鱼台国宾馆",
        "Fuchengmen",
        "会议证件",
        "第二轮",
    )
    item = add_item(ctx, meeting=1, title="Opening")
    set_item_slot(ctx, item.id, lead="CN-1", start=time(9, 30), minutes=20)
    [entry] = running_order(ctx, 1)
    by_side = {t.side_code: t for t in entry.times}
    assert by_side["CN"].start.hour == 9 and by_side["US"].start.hour == 21  # 12 hours behind in June (EDT)
    assert by_side["US"].start.date() == date(2016, 6, 13) and entry.lead_name == "GUO"
