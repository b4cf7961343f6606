"""The foundation's services: init, demo, users and roles, audit, info — on SQLite and PostgreSQL."""

from __future__ import annotations

import pytest

from dialogue_planner.domain.errors import PermissionDenied, Remedy, ValidationError
from dialogue_planner.services.audit import list_audit
from dialogue_planner.services.context import ServiceContext
from dialogue_planner.services.demo import load_demo
from dialogue_planner.services.info import count_rows, database_info
from dialogue_planner.services.setup import initialise
from dialogue_planner.services.users import list_users
from dialogue_planner.services.workstation import add_user, set_role


def test_init_creates_the_2015_mechanism(any_ctx):
    info = database_info(any_ctx)
    (dialogue,) = info.dialogues
    assert dialogue.name_zh == "中美打击网络犯罪及相关事项高级别联合对话"
    assert [s.code for s in dialogue.sides] == ["US", "CN"]
    assert dialogue.side("US").time_zone == "America/New_York" and dialogue.side("US").paper_size == "letter"
    assert dialogue.side("CN").time_zone == "Asia/Shanghai" and dialogue.side("CN").paper_size == "a4"
    assert dialogue.meetings_per_year == 2 and str(dialogue.first_meeting_deadline) == "2015-12-31"
    assert info.counts.agencies == 8


def test_init_and_demo_are_idempotent(any_ctx):
    assert initialise(any_ctx).created == 0
    first = load_demo(any_ctx)
    counts = count_rows(any_ctx)
    audit_rows = len(list_audit(any_ctx, limit=100_000))
    second = load_demo(any_ctx)
    assert first.loaded and not second.loaded
    assert count_rows(any_ctx) == counts
    assert len(list_audit(any_ctx, limit=100_000)) == audit_rows
    assert counts.delegates >= 30 and counts.meetings >= 20 and counts.requests >= 100
    assert counts.escalations >= 10 and counts.agenda_items >= 50


def test_demo_is_the_same_on_both_databases(ctx, any_ctx):
    load_demo(ctx)
    load_demo(any_ctx)
    assert count_rows(ctx) == count_rows(any_ctx)


def test_first_user_is_admin_and_every_change_is_audited(ctx):
    assert ctx.user.login == "tester" and ctx.user.role == "admin"
    add_user(ctx, "li.wei", "secretariat")
    entry = list_audit(ctx, entity="app_user")[0]
    assert entry.action == "user.add" and entry.actor == "tester"
    assert entry.before is None and entry.after["login"] == "li.wei" and entry.after["role"] == "secretariat"
    set_role(ctx, "li.wei", "viewer")
    entry = list_audit(ctx, entity="app_user")[0]
    assert entry.before["role"] == "secretariat" and entry.after["role"] == "viewer"


def test_roles_are_enforced(ctx, monkeypatch):
    add_user(ctx, "viewer1", "viewer")
    monkeypatch.setenv("DIALOGUE_PLANNER_USER", "viewer1")
    viewer = ServiceContext.connect(ctx.db)
    with pytest.raises(PermissionDenied, match="viewer"):
        add_user(viewer, "x", "viewer")
    monkeypatch.setenv("DIALOGUE_PLANNER_USER", "stranger")
    stranger = ServiceContext.connect(ctx.db)
    assert stranger.user.role == "viewer"
    with pytest.raises(PermissionDenied, match="Ask an administrator to add it as a user") as refused:
        initialise(stranger)
    assert refused.value.remedy == (Remedy.ADD_USER, "stranger")
    assert [u.login for u in list_users(ctx)] == ["tester", "viewer1"]


def test_bad_user_input_is_refused_and_nothing_changes(ctx):
    with pytest.raises(ValidationError, match="Unknown role"):
        add_user(ctx, "a", "emperor")
    with pytest.raises(ValidationError, match="not a usable login"):
        add_user(ctx, "two words", "viewer")
    with pytest.raises(ValidationError, match="last admin"):
        set_role(ctx, "tester", "viewer")
    add_user(ctx, "dup", "viewer")
    with pytest.raises(ValidationError, match="already exists"):
        add_user(ctx, "dup", "admin")
    assert [u.role for u in list_users(ctx)] == ["viewer", "admin"]
