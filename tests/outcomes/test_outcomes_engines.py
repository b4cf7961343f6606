"""The outcome workflow on both engines (SQLite and PostgreSQL), and two workstations agreeing at once."""

from __future__ import annotations

from datetime import date

import pytest

from dialogue_planner.domain.errors import ConflictError, ValidationError
from dialogue_planner.services import outcomes as svc
from dialogue_planner.services.context import ServiceContext
from dialogue_planner.services.meetings import add_meeting


def test_the_workflow_on_each_engine(any_ctx):
    m = add_meeting(any_ctx, start=date(2015, 12, 1), host="US", city="Washington")
    svc.add_paragraph(any_ctx, m.number, "Hotline established.", "热线已建立。")
    svc.add_paragraph(any_ctx, m.number, "Tabletop exercise agreed.")
    svc.propose_outcomes(any_ctx, m.number)
    svc.agree_outcomes(any_ctx, m.number, "CN", by="郭声琨")
    final = svc.agree_outcomes(any_ctx, m.number, "US")
    assert final.status == "final" and final.agreements[0].by == "郭声琨"
    svc.revise_outcomes(any_ctx, m.number, "Add the date of the exercise")
    svc.edit_paragraph(any_ctx, m.number, 2, text_en="Tabletop exercise agreed for spring 2016.")
    diff = svc.diff_outcomes(any_ctx, m.number, 1, 2)
    assert [c.change for c in diff.changes] == ["same", "changed"]
    assert [v.status for v in svc.outcome_history(any_ctx, m.number)] == ["final", "draft"]


def test_the_same_side_agreeing_from_two_workstations_is_recorded_once(ctx):
    m = add_meeting(ctx, start=date(2015, 12, 1), host="US", city="Washington")
    svc.add_paragraph(ctx, m.number, "Hotline established.")
    svc.propose_outcomes(ctx, m.number)
    other = ServiceContext.connect(ctx.db)
    svc.agree_outcomes(ctx, m.number, "US", by="First")
    with pytest.raises((ValidationError, ConflictError)):
        svc.agree_outcomes(other, m.number, "US", by="Second")
    shown = svc.show_outcomes(ctx, m.number)
    assert [(a.side, a.by) for a in shown.agreements] == [("US", "First")]
