"""Revision 0008 on the demo at revision 0006: existing escalations keep everything, gain no invented
acknowledgement time, and the new tables work on SQLite and PostgreSQL."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from dialogue_planner.storage.database import open_database
from dialogue_planner.storage.schema import SCHEMA_HEAD

FIXTURE = Path(__file__).parent.parent / "fixtures" / "schemas" / "schema-0006.sqlite"

_KEPT = "id, reference, raised_at, status, resolution, resolved_at, summary, details, severity"


def test_existing_escalations_are_carried(tmp_path):
    copy = tmp_path / FIXTURE.name
    shutil.copy(FIXTURE, copy)
    with sqlite3.connect(copy) as con:
        before = con.execute(f"SELECT {_KEPT} FROM escalation ORDER BY id").fetchall()
    assert len(before) >= 20 and any(row[5] for row in before), "the fixture holds resolved escalations"
    open_database(copy).dispose()
    with sqlite3.connect(copy) as con:
        after = con.execute(f"SELECT {_KEPT} FROM escalation ORDER BY id").fetchall()
        new = con.execute(
            "SELECT acknowledged_at, acknowledged_by, summary_zh, details_zh, resolution_zh FROM escalation"
        ).fetchall()
        assert con.execute("SELECT version_num FROM alembic_version").fetchone()[0] == SCHEMA_HEAD
        assert con.execute("SELECT count(*) FROM escalation_target").fetchone()[0] == 0
        assert con.execute("SELECT count(*) FROM hotline_contact").fetchone()[0] == 0
    assert after == before  # resolved ones keep their resolution time
    assert set(new) == {(None, "", "", "", "")}


def test_the_report_reads_the_carried_escalations(tmp_path):
    """Acknowledgement times were never recorded before 0008: the report says so rather than guessing."""
    from dialogue_planner.services.context import ServiceContext
    from dialogue_planner.services.hotline import escalation_report

    copy = tmp_path / FIXTURE.name
    shutil.copy(FIXTURE, copy)
    db = open_database(copy)
    try:
        ctx = ServiceContext.connect(db)
        report = escalation_report(ctx)
        total = sum(f.count for f in report.by_responding_side.values())
        assert total > 0
        for f in report.by_responding_side.values():
            assert f.median_hours_to_acknowledge.of == 0
            assert (
                f.resolved_within_target.of + f.awaiting_resolution + f.resolution_time_not_recorded
                == f.count
            )
    finally:
        db.dispose()


def test_everything_on_both_engines(any_ctx):
    """Acknowledge, resolve, targets, report and contact points on SQLite and PostgreSQL."""
    from datetime import datetime, timezone

    from dialogue_planner.services import escalations as es
    from dialogue_planner.services import hotline

    now = datetime(2016, 6, 1, tzinfo=timezone.utc)
    e = es.add_escalation(
        any_ctx,
        side="CN",
        summary="S",
        summary_zh="摘要",
        at="2016-03-01 10:00",
        severity="critical",
        now=now,
    )
    es.acknowledge_escalation(any_ctx, e.reference, at="2016-03-01 10:30", by="Li", now=now)
    done = es.set_escalation_status(
        any_ctx, e.reference, "resolved", resolution="R", resolution_zh="解决", at="2016-03-01 20:00", now=now
    )
    assert (done.acknowledged_at, done.resolved_at, done.summary_zh, done.resolution_zh) == (
        datetime(2016, 3, 1, 2, 30, tzinfo=timezone.utc),
        datetime(2016, 3, 1, 12, tzinfo=timezone.utc),
        "摘要",
        "解决",
    )
    hotline.set_target(any_ctx, "critical", acknowledge_hours=2, resolve_hours=12)
    us = hotline.escalation_report(any_ctx, now=now).by_responding_side["US"]
    assert (us.acknowledged_within_target.met, us.resolved_within_target.met) == (1, 1)
    assert (us.median_hours_to_acknowledge.hours, us.median_hours_to_resolve.hours) == (0.5, 10.0)
    c = hotline.add_contact_point(any_ctx, side="CN", name="值班室", hours="24/7")
    assert [p.name for p in hotline.list_contact_points(any_ctx, "CN")] == ["值班室"]
    hotline.remove_contact_point(any_ctx, c.id)
    assert hotline.list_contact_points(any_ctx) == []
