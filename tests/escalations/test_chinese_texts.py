"""The Chinese of an escalation's summary, details and resolution (issue 17)."""

from __future__ import annotations

import json

import pytest

from dialogue_planner.domain.errors import ValidationError
from dialogue_planner.services import escalations as es

from .conftest import NOW


def test_add_resolve_and_edit_keep_both_languages(ctx):
    e = es.add_escalation(
        ctx,
        side="CN",
        summary="No answer",
        summary_zh="未答复",
        details="D",
        details_zh="详情",
        at="2016-03-01 10:00",
        now=NOW,
    )
    assert (e.summary_zh, e.details_zh) == ("未答复", "详情")
    done = es.set_escalation_status(
        ctx, e.reference, "resolved", resolution="Delivered", resolution_zh="已提供", now=NOW
    )
    assert (done.resolution, done.resolution_zh) == ("Delivered", "已提供")
    edited = es.update_escalation_texts(ctx, e.reference, summary_zh="尚未答复", details=None)
    assert (edited.summary, edited.summary_zh, edited.details) == ("No answer", "尚未答复", "D")


def test_edit_refuses_an_empty_summary_and_unknown_fields(ctx):
    e = es.add_escalation(ctx, side="CN", summary="S", at="2016-03-01 10:00", now=NOW)
    with pytest.raises(ValidationError, match="needs a summary"):
        es.update_escalation_texts(ctx, e.reference, summary="  ")
    with pytest.raises(ValidationError, match="no text called"):
        es.update_escalation_texts(ctx, e.reference, status="closed")
    with pytest.raises(ValidationError):
        es.update_escalation_texts(ctx, e.reference, summary_zh="长" * 501)


def test_cli_flags_and_json(run):
    code, out, _ = run(
        "escalations",
        "add",
        "--side",
        "CN",
        "--summary",
        "S",
        "--summary-zh",
        "摘要",
        "--details-zh",
        "详情",
        "--at",
        "2016-03-01T10:00",
        "--json",
    )
    e = json.loads(out)
    assert code == 0 and (e["summary_zh"], e["details_zh"], e["resolution_zh"]) == ("摘要", "详情", "")
    run(
        "escalations",
        "resolve",
        e["reference"],
        "--resolution",
        "R",
        "--resolution-zh",
        "已解决",
        "--at",
        "2016-03-02T10:00",
    )
    code, out, _ = run("escalations", "edit", e["reference"], "--details", "Details", "--json")
    e = json.loads(out)
    assert (e["details"], e["details_zh"], e["resolution_zh"]) == ("Details", "详情", "已解决")


def test_a_resolved_escalation_keeps_a_resolution(ctx):
    e = es.add_escalation(ctx, side="CN", summary="S", at="2016-03-01 10:00", now=NOW)
    es.set_escalation_status(ctx, e.reference, "resolved", resolution="R", now=NOW)
    with pytest.raises(ValidationError, match="cannot be empty"):
        es.update_escalation_texts(ctx, e.reference, resolution=" ")
