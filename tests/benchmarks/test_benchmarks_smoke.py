"""A tiny run of every benchmark so the scripts never rot: a 1/200 archive, each figure measured once,
the JSON's shape checked. Nothing here asserts on speed."""

from __future__ import annotations

import contextlib
import hashlib
import json
import os

import pytest

from .conftest import SMOKE_SCALE

FIGURES = {
    "startup",
    "requests_page_open",
    "requests_filter",
    "roster_import",
    "timeliness_report",
    "briefing",
    "overview_ready",
    "overview_ready_archive",
}


def _digest(url: str, table: str) -> str:
    from sqlalchemy import create_engine, text

    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            rows = conn.execute(text(f"SELECT * FROM {table} ORDER BY id")).all()
    finally:
        engine.dispose()
    return hashlib.sha256(repr(rows).encode()).hexdigest()


def _open(url: str):
    from dialogue_planner.storage.database import open_database

    return open_database(url)


# -- the archive ----------------------------------------------------------------------------------------
def test_scale_keeps_the_issue_figures_at_one_and_a_working_shape_when_small(archive):
    full = archive.Scale()
    assert (
        full.meetings,
        full.agencies_per_side,
        full.delegates,
        full.requests,
        full.updates,
        full.escalations,
        full.agenda_items,
    ) == (40, 150, 8_000, 100_000, 300_000, 20_000, 4_000)
    assert full.times(1) == full
    small = full.times(SMOKE_SCALE)
    assert small.requests == 500 and small.updates == 1_500 and small.escalations == 100
    assert small.meetings >= 4 and small.agenda_items >= 6 * small.meetings
    tiny = full.times(0.00001)
    assert tiny.updates >= 2 * tiny.requests and tiny.agencies_per_side >= 6


def test_archive_holds_what_the_scale_asks(small_archive):
    scale = small_archive.scale
    counts = small_archive.counts
    assert counts["meeting"] == scale.meetings
    assert counts["agency"] == 2 * scale.agencies_per_side
    assert counts["delegate"] == scale.delegates
    assert counts["request"] == scale.requests
    assert counts["request_update"] == scale.updates
    assert counts["escalation"] == scale.escalations
    assert counts["agenda_item"] == scale.agenda_items
    assert counts["escalation_request"] >= scale.escalations
    assert small_archive.upcoming_meeting == scale.meetings


def test_archive_rows_follow_the_rules_of_the_product(small_archive, archive):
    from sqlalchemy import select

    from dialogue_planner.storage.models import AgendaItem, Dialogue, Meeting, Request

    db = _open(small_archive.url)
    try:
        with db.engine.connect() as conn:
            meetings = conn.execute(
                select(Meeting.id, Meeting.number, Meeting.status, Meeting.window).order_by(Meeting.number)
            ).all()
            items = {r.id: r for r in conn.execute(select(AgendaItem))}
            requests = conn.execute(select(Request)).all()
            dialogue = conn.execute(select(Dialogue)).one()
    finally:
        db.dispose()
    assert [m.status for m in meetings] == ["held"] * (len(meetings) - 1) + ["confirmed"]
    assert meetings[-1].window == "2026-H2"
    assert len({m.window for m in meetings}) == len(meetings)
    assert dialogue.established_on < min(r.received_on for r in requests)
    number_of = {m.id: m.number for m in meetings}
    chains = 0
    for item in items.values():
        if item.carried_from_id is None:
            assert item.times_carried == 0 and item.first_raised_meeting_id == item.meeting_id
            continue
        chains += 1
        previous = items[item.carried_from_id]
        assert previous.status == "carried"
        assert number_of[previous.meeting_id] + 1 == number_of[item.meeting_id]
        assert item.times_carried == previous.times_carried + 1
        assert item.first_raised_meeting_id == previous.first_raised_meeting_id
    assert chains > 0
    for r in requests:
        assert r.received_on <= archive.HORIZON
        assert r.reference == f"{r.reference[:2]}-{r.year}-{r.sequence:04d}"
        if r.first_response_on is not None:
            assert r.status in ("responded", "closed") and r.latest_quality
        if r.status in ("closed", "withdrawn"):
            assert r.closed_on is not None and r.close_reason


def test_same_seed_gives_the_same_archive_and_another_seed_another(archive, small_archive, tmp_path):
    scale = archive.Scale().times(SMOKE_SCALE)
    again = archive.build_archive(f"sqlite:///{tmp_path / 'again.sqlite'}", scale=scale)
    other = archive.build_archive(f"sqlite:///{tmp_path / 'other.sqlite'}", seed=7, scale=scale)
    for table in ("request", "request_update", "agenda_item", "delegate"):
        assert _digest(again.url, table) == _digest(small_archive.url, table)
    assert _digest(other.url, "request") != _digest(small_archive.url, "request")


def test_archive_refuses_a_database_that_holds_data(archive, small_archive, capsys):
    from dialogue_planner.domain.errors import ValidationError

    before = small_archive.counts
    with pytest.raises(ValidationError, match="only generated into an empty database"):
        archive.build_archive(small_archive.url, scale=archive.Scale().times(SMOKE_SCALE))
    assert archive.main(["--db", small_archive.url, "--scale", str(SMOKE_SCALE)]) == 1
    assert "empty database" in capsys.readouterr().err
    db = _open(small_archive.url)
    try:
        assert archive.counts(db) == before
    finally:
        db.dispose()


@pytest.mark.postgres
def test_archive_on_postgresql_leaves_the_sequences_past_its_rows(archive, pg_url):
    from datetime import date

    from dialogue_planner.services.requests import add_request
    from dialogue_planner.services.session import open_session

    summary = archive.build_archive(pg_url, scale=archive.Scale().times(0.002))
    assert summary.counts["request"] == 200 and summary.counts["request_update"] == 600
    ctx = open_session(pg_url)
    try:
        record = add_request(
            ctx,
            from_side="US",
            to_side="CN",
            kind="information",
            subject="After the archive",
            received_on=date(2026, 11, 20),
            today=date(2026, 11, 21),
        )
        assert record.id > 200
    finally:
        ctx.db.dispose()


# -- run.py ---------------------------------------------------------------------------------------------
def test_run_measures_every_figure_once_and_writes_the_json(
    run_module, archive, small_archive, tmp_path, qapp, capsys
):
    before = small_archive.counts
    out = tmp_path / "figures.json"
    code = run_module.main(
        ["--db", small_archive.url, "--runs", "1", "--roster-rows", "200", "--json", str(out)]
    )
    assert code in (0, 1)  # tiny archives say nothing about the targets
    figures = json.loads(out.read_text(encoding="utf-8"))
    assert set(figures) == FIGURES | {"peak_rss_mb", "outcomes_pdf", "gui_stall_ms"}
    assert figures["outcomes_pdf"]["ours"] > 0  # a target in seconds, no baseline
    stalls = figures["gui_stall_ms"]  # a target in milliseconds, no baseline; where the worst ones were
    assert set(stalls) == {"ours", "target", "worst"} and stalls["target"] == 50
    assert stalls["ours"] >= 0 and 1 <= len(stalls["worst"]) <= 3
    assert all(": " in step and ms >= 0 for step, ms in stalls["worst"].items())  # "page: action"
    assert max(stalls["worst"].values()) == pytest.approx(stalls["ours"], abs=0.1)
    for name in FIGURES:
        entry = figures[name]
        assert set(entry) == {"ours", "baseline", "ratio"}
        assert entry["ours"] > 0 and entry["baseline"] > 0
        assert entry["ratio"] == pytest.approx(entry["ours"] / entry["baseline"], rel=0.01)
    assert set(figures["peak_rss_mb"]) == {"ours"} and 20 < figures["peak_rss_mb"]["ours"] < 4000
    table = capsys.readouterr().out
    for name in FIGURES | {"peak_rss_mb", "gui_stall_ms"}:
        assert name in table
    assert "pages opened on the archive" in table
    db = _open(small_archive.url)
    try:
        assert archive.counts(db) == before  # the roster samples were put back
    finally:
        db.dispose()


def test_run_refuses_zero_runs(run_module, small_archive, capsys):
    with pytest.raises(SystemExit) as exit_info:
        run_module.main(["--db", small_archive.url, "--runs", "0"])
    assert exit_info.value.code == 2
    assert "--runs must be at least 1" in capsys.readouterr().err


def test_run_only_measures_what_is_asked(run_module, small_archive, tmp_path):
    out = tmp_path / "only.json"
    run_module.main(
        ["--db", small_archive.url, "--runs", "1", "--only", "timeliness_report", "--json", str(out)]
    )
    assert set(json.loads(out.read_text(encoding="utf-8"))) == {"timeliness_report"}
    assert os.environ.get("QT_QPA_PLATFORM") == "offscreen"


def test_run_refuses_a_negative_load(run_module, small_archive, capsys):
    with pytest.raises(SystemExit) as exit_info:
        run_module.main(["--db", small_archive.url, "--load", "-1"])
    assert exit_info.value.code == 2
    assert "--load must be 0 or more" in capsys.readouterr().err


def test_run_under_load_says_so_and_leaves_no_busy_process(run_module, small_archive, capsys, monkeypatch):
    started = []
    real_load = run_module.machine_load

    @contextlib.contextmanager
    def watched(processes):
        with real_load(processes) as busy:
            started.extend(busy)
            assert all(process.poll() is None for process in busy)  # busy while the figures are measured
            yield busy

    monkeypatch.setattr(run_module, "machine_load", watched)
    run_module.main(["--db", small_archive.url, "--runs", "1", "--only", "timeliness_report", "--load", "1"])
    assert "measured beside 1 busy process (--load)" in capsys.readouterr().out
    assert len(started) == 1 and started[0].returncode is not None


def test_machine_load_keeps_its_processes_running_only_inside_the_block(run_module):
    with run_module.machine_load(2) as busy:
        assert len(busy) == 2
        assert all(process.poll() is None for process in busy)
    assert all(process.returncode is not None for process in busy)
    with run_module.machine_load(0) as none:
        assert none == []


@pytest.mark.parametrize(("load", "met"), [(0, False), (1, False), (2, True), (3, True)])
def test_the_roster_import_is_held_to_its_loaded_target_from_a_load_of_two(run_module, load, met):
    figure = run_module.Figure("roster_import", ours=[6.0], baseline=[1.0], load=load)
    assert figure.met() is met
    assert figure.target == (7.0 if met else 5.0)
    other = run_module.Figure("timeliness_report", ours=[2.5], baseline=[1.0], load=load)
    assert other.target == 2.0 and not other.met()  # no loaded target: the same one


# -- the latency proxy in front of PostgreSQL (gui_stall_ms) ----------------------------------------------------
def test_latency_proxy_passes_every_byte_both_ways_in_order():
    import asyncio

    from .conftest import load_benchmark

    proxy = load_benchmark("latency_proxy")

    async def scenario() -> list[bytes]:
        async def echo(reader, writer):
            while data := await reader.read(1024):
                writer.write(data.upper())
                await writer.drain()
            writer.close()
            await writer.wait_closed()

        server = await asyncio.start_server(echo, "127.0.0.1", 0)
        port = server.sockets[0].getsockname()[1]
        listening = await asyncio.start_server(
            lambda r, w: None, "127.0.0.1", 0
        )  # a free port for the proxy, then given back
        proxy_port = listening.sockets[0].getsockname()[1]
        listening.close()
        await listening.wait_closed()
        serving = asyncio.create_task(proxy.serve("127.0.0.1", proxy_port, "127.0.0.1", port, 0.002))
        await asyncio.sleep(0.05)
        reader, writer = await asyncio.open_connection("127.0.0.1", proxy_port)
        answers = []
        for chunk in (b"select 1;", b"x" * 100_000, b"done"):
            writer.write(chunk)
            await writer.drain()
            got = b""
            while len(got) < len(chunk):
                got += await reader.read(65536)
            answers.append(got)
        writer.close()
        await writer.wait_closed()
        await asyncio.sleep(0.1)  # the proxy closes its side of both connections
        serving.cancel()
        server.close()
        await server.wait_closed()
        return answers

    answers = asyncio.run(scenario())
    assert answers == [b"SELECT 1;", b"X" * 100_000, b"DONE"]
