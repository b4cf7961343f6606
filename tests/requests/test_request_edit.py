"""Correcting a logged request (kind, subject, description, agencies): audited, conflict-checked, and the
fixed fields refused with the reason. Messages of the request services name no command-line option."""

import ast
import re
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

import dialogue_planner
from dialogue_planner.domain.errors import ConflictError, PermissionDenied, ValidationError
from dialogue_planner.domain.requests import NoteMissing
from dialogue_planner.domain.text import LINE_BREAKS_AND_TABS, control_characters
from dialogue_planner.services import requests as rs
from dialogue_planner.services.agencies import side_agencies
from dialogue_planner.storage.models import Agency, AuditEntry

from .conftest import TODAY


def add(ctx, **kw):
    values = {
        "from_side": "US",
        "to_side": "CN",
        "kind": "information",
        "subject": "Botnet servers",
        "received_on": date(2016, 1, 4),
        "requesting_agency": "FBI",
        "responding_agency": "MPS",
        "today": TODAY,
    }
    values.update(kw)
    return rs.add_request(ctx, **values)


def agency_id(ctx, side: str, acronym: str) -> int:
    return next(a.id for a in side_agencies(ctx, side) if a.acronym == acronym)


def test_edit_corrects_the_text_and_agencies_with_an_audit_entry(any_ctx):
    r = add(any_ctx)
    mss = agency_id(any_ctx, "CN", "MSS")
    edited = rs.edit_request(
        any_ctx,
        r.reference,
        {
            "subject": "  Botnet C2 servers ",
            "description": "Logs of\nMay",
            "responding_agency_id": mss,
            "requesting_agency_id": None,
        },
        expected_version=r.version,
    )
    assert (edited.subject, edited.description, edited.responding_agency, edited.requesting_agency) == (
        "Botnet C2 servers",
        "Logs of\nMay",
        "MSS",
        "",
    )
    assert (edited.responding_agency_id, edited.version) == (mss, r.version + 1)
    # What stays as logged: the reference, the sides, the received date and (same kind) the due dates.
    assert (
        edited.reference,
        edited.from_side,
        edited.to_side,
        edited.received_on,
        edited.response_due_on,
    ) == (r.reference, "US", "CN", r.received_on, r.response_due_on)
    assert rs.get_request(any_ctx, r.reference).request == edited
    with any_ctx.read() as s:
        entry = s.scalar(select(AuditEntry).where(AuditEntry.action == "request.edit"))
        assert entry.entity_id == r.id and entry.before["subject"] == "Botnet servers"
        assert entry.after["subject"] == "Botnet C2 servers" and entry.after["responding_agency_id"] == mss
        assert "subject" in entry.summary and "responding_agency" in entry.summary


def test_a_new_kind_sets_the_due_dates_again_from_the_received_date(ctx):
    r = add(ctx)  # information: 7 and 30 calendar days
    edited = rs.edit_request(ctx, r.reference, {"kind": "Evidence"}, expected_version=r.version)
    # evidence: the seeded standard gives 60 days to respond
    assert (edited.kind, edited.received_on) == ("evidence", date(2016, 1, 4))
    assert edited.response_due_on == date(2016, 3, 4)
    with ctx.read() as s:
        entry = s.scalar(select(AuditEntry).where(AuditEntry.action == "request.edit"))
        assert entry.summary.endswith("response now due 2016-03-04")


def test_nothing_changed_writes_nothing(ctx):
    r = add(ctx)
    same = rs.edit_request(
        ctx, r.reference, {"subject": "Botnet servers ", "kind": "information"}, expected_version=r.version
    )
    assert same.version == r.version
    with ctx.read() as s:
        assert s.scalar(select(AuditEntry).where(AuditEntry.action == "request.edit")) is None


@pytest.mark.parametrize(
    "changes, message",
    [
        (
            {"received_on": "2016-01-05"},
            "The received date of a request cannot be changed: the due dates are counted",
        ),
        ({"reference": "US-2016-0009"}, "The reference of a request cannot be changed: it is quoted"),
        ({"to_side_id": 1}, "The responding side of a request cannot be changed"),
        ({"status": "closed"}, "no field status that can be edited"),
        ({"subject": "   "}, "A request needs a subject."),
        ({"subject": "x" * 501}, "501 characters long; 500 is the most allowed"),
        ({"kind": "rumour"}, "Unknown request kind"),
        ({"requesting_agency_id": "MPS"}, "not an agency of side US"),
        ({"responding_agency_id": 99_999}, "The responding agency no longer exists"),
    ],
)
def test_bad_edits_are_refused_and_change_nothing(ctx, changes, message):
    r = add(ctx)
    if changes.get("requesting_agency_id") == "MPS":
        changes = {"requesting_agency_id": agency_id(ctx, "CN", "MPS")}
    with pytest.raises(ValidationError, match=re.escape(message)):
        rs.edit_request(ctx, r.reference, changes, expected_version=r.version)
    assert rs.get_request(ctx, r.reference).request == r


def test_a_stale_edit_is_a_conflict_with_their_values(any_ctx):
    r = add(any_ctx)
    rs.edit_request(any_ctx, r.reference, {"description": "theirs"}, expected_version=r.version)
    with pytest.raises(ConflictError) as caught:
        rs.edit_request(any_ctx, r.reference, {"description": "mine"}, expected_version=r.version)
    assert caught.value.entity == "request" and caught.value.theirs["description"] == "theirs"
    assert rs.get_request(any_ctx, r.reference).request.description == "theirs"


def test_a_viewer_may_not_edit(ctx):
    from dataclasses import replace

    from dialogue_planner.services.context import ServiceContext

    r = add(ctx)
    viewer = ServiceContext(ctx.db, replace(ctx.user, role="viewer"), ctx.dialogue_id)
    with pytest.raises(PermissionDenied):
        rs.edit_request(viewer, r.reference, {"subject": "x"})


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(subject=st.text(max_size=600), description=st.text(max_size=2000))
def test_any_text_is_stored_as_given_or_refused(ctx, subject, description):
    r = rs.get_request(ctx, "US-2016-0001").request if _has_request(ctx) else add(ctx)
    try:
        edited = rs.edit_request(ctx, r.reference, {"subject": subject, "description": description})
    except ValidationError as exc:
        # Refused only for a reason the rules name: empty, too long, or holding control characters (a
        # description may hold line breaks and tabs; a one-line subject may not hold anything else either).
        folded = " ".join(subject.split())
        assert (
            not folded
            or len(folded) > 500
            or control_characters(subject, allowed=LINE_BREAKS_AND_TABS)
            or control_characters(description, allowed=LINE_BREAKS_AND_TABS)
        ), exc.message
        assert rs.get_request(ctx, r.reference).request == r
        return
    # A subject is one line: its spacing, line breaks included, folds into single spaces.
    assert (edited.subject, edited.description) == (" ".join(subject.split()), description.strip())


def _has_request(ctx) -> bool:
    return bool(rs.list_request_rows(ctx))


def test_side_agencies_offer_the_active_ones_and_the_one_kept(ctx):
    with ctx.write() as tx:
        mss = tx.session.scalar(select(Agency).where(Agency.acronym == "MSS"))
        mss.active = False
        mss_id = mss.id
    acronyms = [a.acronym for a in side_agencies(ctx, "cn")]
    assert "MPS" in acronyms and "MSS" not in acronyms and "FBI" not in acronyms
    assert "MSS" in [a.acronym for a in side_agencies(ctx, "CN", keep=mss_id)]
    assert side_agencies(ctx, "FR") == []


def test_status_messages_say_what_is_missing_without_a_command_line_option(ctx):
    r = add(ctx)
    with pytest.raises(NoteMissing) as caught:
        rs.update_status(ctx, r.reference, status="withdrawn", on=date(2016, 1, 5), today=TODAY)
    assert caught.value.message == "Say why US-2016-0001 is withdrawn: give the reason."
    with pytest.raises(NoteMissing, match=r"^A progress report needs its text\.$"):
        rs.update_status(ctx, r.reference, status="progress", on=date(2016, 1, 5), today=TODAY)


OWN_MODULES = (
    "services/requests.py",
    "services/roster.py",
    "services/briefing.py",
    "services/agencies.py",
    "domain/requests.py",
)


@pytest.mark.parametrize("module", OWN_MODULES)
def test_no_message_of_these_services_names_a_command_line_option(module):
    """A screen shows these messages too: the command line adds its own options in its error handling."""
    tree = ast.parse((Path(dialogue_planner.__file__).parent / module).read_text(encoding="utf-8"))
    docstrings = {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, (ast.Module, ast.FunctionDef, ast.ClassDef))
        and node.body
        and isinstance(node.body[0], ast.Expr)
        and isinstance(node.body[0].value, ast.Constant)
    }
    flags = [
        node.value
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and id(node) not in docstrings
        and re.search(r"(^|\s)--[a-z]", node.value)
    ]
    assert flags == []
