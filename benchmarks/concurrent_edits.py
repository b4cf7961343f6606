"""Concurrent edits: several processes (workstations) editing one meeting at once, read-modify-write.

Run by hand: ``python benchmarks/concurrent_edits.py [--processes 8] [--edits 1000] [--db URL] [--json]``.
Without ``--db`` a temporary database is made on the PostgreSQL server named by
DIALOGUE_PLANNER_TEST_PG (default postgresql://root@127.0.0.1:5432/test) and dropped afterwards.

Every process loads the meeting, appends its own token to the notes and saves with the version it
loaded, until the processes together have saved ``--edits`` times. A save against a stale version
must be refused with ConflictError (then the process reloads and tries again). Checked at the end:

- zero lost updates: every token whose save succeeded is in the notes, exactly once;
- every conflict reported: saves + reported conflicts == attempts, and the version grew by the saves.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import statistics
import sys
import time
import uuid
from dataclasses import asdict, dataclass, field
from datetime import date

PG_DEFAULT = "postgresql+psycopg://root@127.0.0.1:5432/test"


@dataclass
class WorkerStats:
    worker: int
    saved: list[str] = field(default_factory=list)
    conflicts: int = 0
    attempts: int = 0
    other_errors: list[str] = field(default_factory=list)
    save_seconds: list[float] = field(default_factory=list)


@dataclass
class Outcome:
    processes: int
    edits: int
    seconds: float
    saves: int
    conflicts: int
    attempts: int
    lost_updates: int
    duplicated: int
    unreported: int
    version_growth: int
    other_errors: list[str]
    save_ms_median: float
    save_ms_p95: float

    @property
    def ok(self) -> bool:
        return (
            self.lost_updates == 0
            and self.duplicated == 0
            and self.unreported == 0
            and self.version_growth == self.saves == self.edits
            and not self.other_errors
        )


def _worker(url: str, worker: int, quota: int, start_at: float) -> WorkerStats:
    from dialogue_planner.domain.errors import ConflictError, DialogueError
    from dialogue_planner.services.context import ServiceContext
    from dialogue_planner.services.meetings import get_meeting, update_meeting
    from dialogue_planner.storage.database import open_database

    db = open_database(url, upgrade=False)
    ctx = ServiceContext.connect(db)
    stats = WorkerStats(worker)
    while time.time() < start_at:  # everyone starts together
        time.sleep(0.001)
    try:
        while len(stats.saved) < quota:
            loaded = get_meeting(ctx, 1)
            token = f"[{worker}:{len(stats.saved)}]"
            stats.attempts += 1
            began = time.perf_counter()
            try:
                update_meeting(ctx, 1, expected_version=loaded.version, notes=loaded.notes + token)
            except ConflictError:
                stats.conflicts += 1
                continue
            except DialogueError as exc:
                stats.other_errors.append(str(exc))
                if len(stats.other_errors) > 20:
                    break
                continue
            stats.save_seconds.append(time.perf_counter() - began)
            stats.saved.append(token)
    finally:
        db.dispose()
    return stats


def prepare(url: str) -> int:
    """The dialogue and one meeting to fight over; returns the meeting's version."""
    from dialogue_planner.services.context import ServiceContext
    from dialogue_planner.services.meetings import add_meeting
    from dialogue_planner.services.setup import initialise
    from dialogue_planner.storage.database import open_database

    db = open_database(url)
    try:
        ctx = ServiceContext.connect(db)
        initialise(ctx)
        return add_meeting(
            ctx, start=date(2016, 6, 14), host="CN", city="Beijing", today=date(2016, 1, 4)
        ).version
    finally:
        db.dispose()


def run(url: str, processes: int = 8, edits: int = 1000) -> Outcome:
    """Run the contest on a database that already exists (empty or initialised without meetings)."""
    from dialogue_planner.services.context import ServiceContext
    from dialogue_planner.services.meetings import get_meeting
    from dialogue_planner.storage.database import open_database

    first_version = prepare(url)
    quotas = [edits // processes + (1 if i < edits % processes else 0) for i in range(processes)]
    mp = multiprocessing.get_context("spawn")
    start_at = time.time() + 3.0  # time for every process to start and connect
    with mp.Pool(processes) as pool:
        jobs = [pool.apply_async(_worker, (url, i, q, start_at)) for i, q in enumerate(quotas)]
        results = [job.get(timeout=1800) for job in jobs]
    seconds = time.time() - start_at
    db = open_database(url, upgrade=False)
    try:
        final = get_meeting(ServiceContext.connect(db), 1)
    finally:
        db.dispose()
    saved = [token for r in results for token in r.saved]
    lost = sum(1 for token in saved if token not in final.notes)
    duplicated = sum(1 for token in saved if final.notes.count(token) > 1)
    attempts = sum(r.attempts for r in results)
    conflicts = sum(r.conflicts for r in results)
    errors = [e for r in results for e in r.other_errors]
    timings = sorted(s * 1000 for r in results for s in r.save_seconds) or [0.0]
    return Outcome(
        processes=processes,
        edits=edits,
        seconds=round(seconds, 2),
        saves=len(saved),
        conflicts=conflicts,
        attempts=attempts,
        lost_updates=lost,
        duplicated=duplicated,
        unreported=attempts - len(saved) - conflicts - len(errors),
        version_growth=final.version - first_version,
        other_errors=errors[:5],
        save_ms_median=round(statistics.median(timings), 1),
        save_ms_p95=round(timings[int(len(timings) * 0.95) - 1 if len(timings) > 1 else 0], 1),
    )


def _temporary_pg_database():
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    server = os.environ.get("DIALOGUE_PLANNER_TEST_PG", PG_DEFAULT)
    name = f"dp_bench_{uuid.uuid4().hex[:10]}"
    admin = create_engine(server, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))

    def drop():
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()

    return make_url(server).set(database=name).render_as_string(hide_password=False), drop


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--processes", type=int, default=8)
    parser.add_argument("--edits", type=int, default=1000)
    parser.add_argument("--db", help="an existing, empty database (default: a temporary PostgreSQL database)")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    drop = None
    url = args.db
    if url is None:
        url, drop = _temporary_pg_database()
    try:
        outcome = run(url, args.processes, args.edits)
    finally:
        if drop:
            drop()
    if args.json:
        print(json.dumps({**asdict(outcome), "ok": outcome.ok}, indent=2))
    else:
        print(
            f"{outcome.processes} processes, {outcome.saves} saves in {outcome.seconds} s "
            f"({outcome.saves / max(outcome.seconds, 0.001):.0f} saves/s); {outcome.conflicts} conflicts reported "
            f"of {outcome.attempts} attempts"
        )
        print(
            f"lost updates: {outcome.lost_updates}; duplicated: {outcome.duplicated}; unreported: "
            f"{outcome.unreported}; version grew by {outcome.version_growth}"
        )
        print(f"save latency: median {outcome.save_ms_median} ms, p95 {outcome.save_ms_p95} ms")
        for error in outcome.other_errors:
            print(f"other error: {error}")
        print("OK" if outcome.ok else "FAILED")
    return 0 if outcome.ok else 1


if __name__ == "__main__":
    sys.exit(main())
