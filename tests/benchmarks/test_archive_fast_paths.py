"""The shortcuts taken for speed at the archive's scale give what the plain way gives: the briefing pack
reads only pending requests and one review period's escalations, in SQL."""

from __future__ import annotations

from datetime import date
from zoneinfo import ZoneInfo

import pytest


@pytest.fixture(scope="module")
def archive_ctx(small_archive, run_module):
    ctx = run_module.open_context(small_archive.url)
    yield ctx
    ctx.db.dispose()


@pytest.mark.parametrize("today", [date(2026, 11, 20), date(2027, 2, 1), date(2024, 6, 30)])
def test_pack_lists_what_a_full_scan_lists(archive_ctx, small_archive, today):
    from dialogue_planner.services.briefing import OPEN_REQUEST_STATUSES, _pack_request, assemble_pack
    from dialogue_planner.services.escalations import list_escalations
    from dialogue_planner.services.requests import list_request_rows, timeliness_report

    for meeting in range(1, small_archive.upcoming_meeting + 1):
        pack = assemble_pack(archive_ctx, meeting, today=today)
        report = timeliness_report(archive_ctx, meeting=meeting, today=today)
        every = list_request_rows(archive_ctx)
        overdue = tuple(
            _pack_request(r, report.as_of)
            for r in sorted(
                (r for r in every if r.overdue(report.as_of)), key=lambda r: (r.response_due_on, r.reference)
            )
        )
        still_open = tuple(_pack_request(r, report.as_of) for r in every if r.status in OPEN_REQUEST_STATUSES)
        escalations = [
            e.reference
            for e in sorted(list_escalations(archive_ctx), key=lambda e: (e.raised_at, e.reference))
            if report.start <= e.raised_at.astimezone(ZoneInfo(e.time_zone)).date() <= report.end
        ]
        assert pack.overdue_requests == overdue
        assert pack.open_requests == still_open
        assert [e.reference for e in pack.escalations] == escalations
    assert still_open and escalations  # the archive gives every list something to hold


def test_overdue_rows_in_sql_match_the_rule_on_every_row(archive_ctx):
    from dialogue_planner.services.requests import list_request_rows

    for as_of in (date(2010, 1, 1), date(2026, 11, 20), date(2030, 1, 1)):
        expected = [r for r in list_request_rows(archive_ctx) if r.overdue(as_of)]
        assert list_request_rows(archive_ctx, overdue_as_of=as_of) == expected


def test_delegate_table_sorts_by_folded_text_and_forgets_old_keys(archive_ctx, qtmodeltester):
    from PySide6.QtCore import Qt

    from dialogue_planner.domain.roster import fold
    from dialogue_planner.gui.roster.delegate_model import DelegateFilterProxy, DelegateTableModel
    from dialogue_planner.services.roster import list_delegates

    delegates = list_delegates(archive_ctx)
    model = DelegateTableModel()
    proxy = DelegateFilterProxy()
    proxy.setSourceModel(model)
    model.set_rows(delegates[:5])
    proxy.sort(0, Qt.SortOrder.AscendingOrder)
    model.set_rows(delegates)  # the keys of the first five must not be reused for these rows
    shown = [proxy.index(row, 0).data(Qt.ItemDataRole.DisplayRole) for row in range(proxy.rowCount())]
    expected = sorted(delegates, key=lambda d: fold(f"{d.family_name} {d.given_name}"))
    assert [fold(name) for name in shown] == [
        fold(" ".join(p for p in (d.family_name.upper(), d.given_name) if p)) for d in expected
    ]
    proxy.sort(4, Qt.SortOrder.DescendingOrder)
    emails = [proxy.index(row, 4).data(Qt.ItemDataRole.DisplayRole) for row in range(proxy.rowCount())]
    assert [fold(e) for e in emails] == sorted((fold(d.email) for d in delegates), reverse=True)
    qtmodeltester.check(model)
