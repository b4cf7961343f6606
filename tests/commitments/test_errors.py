"""Bad input to the commitments and activities commands: each refused with one line (exit 1 for what the
services refuse, 2 for what the parser refuses), never a traceback, and nothing changes."""

from __future__ import annotations

from sqlalchemy import func, select

from dialogue_planner.services.commitments import update_commitment
from dialogue_planner.storage.models import (
    Activity,
    AuditEntry,
    Commitment,
    activity_commitment,
    activity_participant,
)

HUGE = "x" * 20_001
CONTROL = "evil\x1b[31m\nline"


def _state(ctx):
    with ctx.read() as s:
        return tuple(
            s.scalar(select(func.count()).select_from(t))
            for t in (
                Commitment.__table__,
                Activity.__table__,
                activity_participant,
                activity_commitment,
                AuditEntry.__table__,
            )
        ) + (
            tuple(
                s.execute(
                    select(
                        Commitment.id,
                        Commitment.status,
                        Commitment.due_on,
                        Commitment.note,
                        Commitment.evidence,
                    ).order_by(Commitment.id)
                ).all()
            ),
        )


def test_worst_values_are_refused_with_one_line_and_change_nothing(run, demo_ctx):
    code, rows, _ = run("commitments", "list", "--json")
    open_id = next(r["id"] for r in rows if r["status"] == "open")
    code, mps, _ = run("delegates", "list", "--json")
    us_person = next(str(d["id"]) for d in mps if d["side"] == "US")
    cn_mps = next(str(d["id"]) for d in mps if d["side"] == "CN" and d["agency"] == "MPS")
    cn_other = next(str(d["id"]) for d in mps if d["side"] == "CN" and d["agency"] != "MPS")
    add = ("commitments", "add", "--meeting", 23, "--text", "T")
    cases = {
        # services: exit 1 and what to do
        (*add, "--owner", "XX", "--due", "2027-01-01"): "Unknown side 'XX'",
        (*add, "--owner", "", "--due", "2027-01-01"): "side",
        (*add, "--owner", CONTROL, "--due", "2027-01-01"): "\\x1b",
        (*add, "--owner", "US", "--owner-agency", "MPS", "--due", "2027-01-01"): "No agency 'MPS' on side US",
        (*add, "--owner", "CN", "--owner-person", us_person, "--due", "2027-01-01"): "not CN",
        (
            *add,
            "--owner",
            "CN",
            "--owner-agency",
            "MPS",
            "--owner-person",
            cn_other,
            "--due",
            "2027-01-01",
        ): "not MPS",
        (*add, "--owner", "CN", "--owner-person", "nobody@nowhere", "--due", "2027-01-01"): "No delegate",
        (*add, "--owner", "US", "--due", "2026-11-30"): "before meeting 23 (2026-12-01)",
        (*add, "--owner", "US", "--due", "1900-01-01"): "1990-01-01",
        (
            "commitments",
            "add",
            "--meeting",
            23,
            "--text",
            "  ",
            "--owner",
            "US",
            "--due",
            "2027-01-01",
        ): "needs a text",
        (
            "commitments",
            "add",
            "--meeting",
            23,
            "--text",
            HUGE,
            "--owner",
            "US",
            "--due",
            "2027-01-01",
        ): "20000 is the most",
        (
            "commitments",
            "add",
            "--meeting",
            999,
            "--text",
            "T",
            "--owner",
            "US",
            "--due",
            "2027-01-01",
        ): "no meeting number 999",
        (*add, "--owner", "US", "--due", "2027-01-01", "--item", 2147483647): "No agenda item",
        ("commitments", "update", 2147483647, "--status", "open"): "No commitment with id 2147483647",
        ("commitments", "update", open_id, "--status", "finished"): "Unknown commitment status 'finished'",
        ("commitments", "update", open_id, "--status", "done"):  # the command line adds its flag
        "needs evidence or a note: give the evidence of completion or a progress note. (--evidence)",
        ("commitments", "update", open_id, "--status", "done", "--note", "   "): "needs evidence or a note",
        ("commitments", "update", open_id): "Nothing to change",
        ("commitments", "update", open_id, "--due", "2000-01-01"): "before meeting",
        ("commitments", "update", open_id, "--note", HUGE): "20000 is the most",
        ("commitments", "list", "--side", "XX"): "Unknown side",
        ("commitments", "list", "--as-of", "2200-01-01"): "2100-12-31",
        ("activities", "add", "--kind", "party", "--start", "2027-01-01"): "Unknown activity kind 'party'",
        ("activities", "add", "--kind", "visit", "--start", "2027-01-02", "--end", "2027-01-01"): "ends",
        (
            "activities",
            "add",
            "--kind",
            "visit",
            "--start",
            "2027-01-01",
            "--participant",
            "ghost",
        ): "No delegate",
        (
            "activities",
            "add",
            "--kind",
            "visit",
            "--start",
            "2027-01-01",
            "--commitment",
            2147483647,
        ): "No commitment with id 2147483647",
        ("activities", "add", "--kind", "visit", "--start", "2027-01-01", "--place", HUGE): "place",
        (
            "activities",
            "add",
            "--kind",
            "visit",
            "--start",
            "2027-01-01",
            "--participant",
            cn_mps,
            "--commitment",
            open_id,
            "--summary-en",
            HUGE,
        ): "20000 is the most",
        ("activities", "update", 2147483647, "--place", "x"): "No activity with id 2147483647",
        ("activities", "list", "--kind", "party"): "Unknown activity kind",
    }
    usage = [  # the parser: exit 2
        (*add, "--owner", "US"),
        (*add, "--owner", "US", "--due", "2027-02-30"),
        (*add, "--owner", "US", "--due", "2027-01-01", "--item", 2147483648),
        ("commitments", "add", "--meeting", 0, "--text", "T", "--owner", "US", "--due", "2027-01-01"),
        ("commitments", "update", -1, "--status", "open"),
        ("commitments", "update", "abc"),
        ("commitments", "list", "--as-of", "yesterday"),
        ("activities", "add", "--kind", "visit"),
        ("activities", "add", "--kind", "visit", "--start", "2027-01-01", "--commitment", "x"),
    ]
    before = _state(demo_ctx)
    for argv, words in cases.items():
        code, out, err = run(*argv)
        assert code == 1, (argv, out, err)
        assert err.startswith("error:") and err.count("\n") == 1 and words in err, (argv, err)
        assert "Traceback" not in err
    for argv in usage:
        code, out, err = run(*argv)
        assert code == 2, (argv, out, err)
        assert err.count("\n") == 1 and "Traceback" not in err, (argv, err)
    assert _state(demo_ctx) == before


def test_an_activity_update_of_a_participant_not_taking_part_changes_nothing(run, demo_ctx):
    code, people, _ = run("delegates", "list", "--json")
    a, b = (str(d["id"]) for d in people[:2])
    assert run("activities", "add", "--kind", "visit", "--start", "2027-01-01", "--participant", a)[0] == 0
    before = _state(demo_ctx)
    code, _out, err = run("activities", "update", 1, "--place", "Beijing", "--remove-participant", b)
    assert code == 1 and "does not take part" in err
    assert _state(demo_ctx) == before


def test_a_stale_version_is_a_conflict(run, demo_ctx):
    import pytest

    from dialogue_planner.domain.errors import ConflictError

    _code, rows, _ = run("commitments", "list", "--open", "--json")
    first = rows[0]["id"]
    update_commitment(demo_ctx, first, note="one")
    with pytest.raises(ConflictError):
        update_commitment(demo_ctx, first, note="two", expected_version=1)


def test_a_viewer_may_not_add_commitments(demo_ctx):
    import pytest

    from dialogue_planner.domain.errors import PermissionDenied
    from dialogue_planner.domain.records import UserRecord
    from dialogue_planner.services.commitments import add_commitment
    from dialogue_planner.services.context import ServiceContext

    viewer = ServiceContext(
        demo_ctx.db,
        UserRecord(id=demo_ctx.user.id, login="v", display_name="v", role="viewer", active=True, version=1),
        demo_ctx.dialogue_id,
    )
    with pytest.raises(PermissionDenied):
        add_commitment(viewer, 23, text="T", owner="US", due_on=__import__("datetime").date(2027, 1, 1))
