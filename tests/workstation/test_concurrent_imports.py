"""Two admins importing rosters at once, from two processes: neither import is half-applied, and the
import lock that every import takes (services.workstation.exclusive_import) makes the second wait for
the first, or tells it who is importing."""

from __future__ import annotations

import multiprocessing
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

IMPORTED = 150


def roster(tmp_path: Path, name: str, prefix: str) -> Path:
    lines = ["Side,Agency,Family name,Given name,Email,External ID"]
    lines += [
        f"CN,MPS,{prefix}{i:03d},Test,{prefix.lower()}{i}@mps.example,{prefix}-{i}" for i in range(IMPORTED)
    ]
    path = tmp_path / name
    path.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8")
    return path


def _import(url: str, path: str, wait: float, start, results) -> None:
    from dialogue_planner.domain.errors import DialogueError
    from dialogue_planner.services.context import ServiceContext
    from dialogue_planner.services.roster_import import ImportOptions, apply_import
    from dialogue_planner.storage.database import open_database

    db = open_database(url, upgrade=False)
    ctx = ServiceContext.connect(db)
    data = Path(path).read_bytes()
    start.wait(60)
    try:
        result = apply_import(ctx, data, ImportOptions(file_name=Path(path).name), wait_seconds=wait)
        results.put(("ok", result.ok))
    except DialogueError as exc:
        results.put(("refused", exc.message))
    finally:
        db.dispose()


def _race(url: str, files: list[Path], *, wait: float) -> list[tuple[str, object]]:
    mp = multiprocessing.get_context("spawn")
    start, results = mp.Event(), mp.Queue()
    workers = [mp.Process(target=_import, args=(url, str(f), wait, start, results)) for f in files]
    for w in workers:
        w.start()
    start.set()
    outcomes = [results.get(timeout=180) for _ in workers]
    for w in workers:
        w.join(60)
    return outcomes


def _count(url: str, sql: str) -> int:
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            return conn.execute(text(sql)).scalar()
    finally:
        engine.dispose()


@pytest.fixture
def initialised_url(any_ctx):
    return any_ctx.db.url


def test_two_imports_at_once_are_each_whole(initialised_url, tmp_path):
    before = _count(initialised_url, "SELECT count(*) FROM delegate")
    files = [roster(tmp_path, "a.csv", "Alpha"), roster(tmp_path, "b.csv", "Beta")]
    outcomes = _race(initialised_url, files, wait=0)
    applied = [o for o in outcomes if o == ("ok", True)]
    added = _count(initialised_url, "SELECT count(*) FROM delegate") - before
    assert added == IMPORTED * len(applied)  # whole files only
    assert _count(initialised_url, "SELECT count(*) FROM roster_import") == len(applied)
    for family in ("Alpha", "Beta"):
        n = _count(initialised_url, f"SELECT count(*) FROM delegate WHERE family_name LIKE '{family}%'")
        assert n in (0, IMPORTED)
    for outcome in outcomes:
        assert outcome[0] == "ok" or "Traceback" not in outcome[1]


def test_the_second_waits_and_both_apply(initialised_url, tmp_path):
    before = _count(initialised_url, "SELECT count(*) FROM delegate")
    files = [roster(tmp_path, "a.csv", "Alpha"), roster(tmp_path, "b.csv", "Beta")]
    assert _race(initialised_url, files, wait=120) == [("ok", True), ("ok", True)]
    assert _count(initialised_url, "SELECT count(*) FROM delegate") - before == 2 * IMPORTED


def test_without_patience_one_is_told_and_changes_nothing(initialised_url, tmp_path):
    before = _count(initialised_url, "SELECT count(*) FROM delegate")
    files = [roster(tmp_path, f"{p}.csv", p) for p in ("Alpha", "Beta", "Gamma")]
    outcomes = _race(initialised_url, files, wait=0)
    applied = [o for o in outcomes if o == ("ok", True)]
    refused = [o for o in outcomes if o[0] == "refused"]
    assert len(applied) + len(refused) == 3 and applied
    assert all("Another workstation is importing a roster" in message for _, message in refused)
    assert _count(initialised_url, "SELECT count(*) FROM delegate") - before == IMPORTED * len(applied)
