"""Several processes editing one meeting at once: no lost update, every conflict reported.
The suite runs a small contest; the full 8 processes x 1,000 edits is marked slow
(and is benchmarks/concurrent_edits.py, run by hand with figures)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

BENCHMARK = Path(__file__).resolve().parents[2] / "benchmarks" / "concurrent_edits.py"


@pytest.fixture(scope="module")
def contest():
    """The benchmark module, importable by the spawned worker processes."""
    sys.path.insert(0, str(BENCHMARK.parent))
    try:
        spec = importlib.util.spec_from_file_location("concurrent_edits", BENCHMARK)
        module = importlib.util.module_from_spec(spec)
        sys.modules["concurrent_edits"] = module
        spec.loader.exec_module(module)
        yield module
    finally:
        sys.modules.pop("concurrent_edits", None)
        sys.path.remove(str(BENCHMARK.parent))


def _assert_no_lost_update(outcome, edits):
    assert outcome.other_errors == []
    assert outcome.saves == edits and outcome.version_growth == edits
    assert outcome.lost_updates == 0 and outcome.duplicated == 0
    assert outcome.unreported == 0 and outcome.attempts == outcome.saves + outcome.conflicts
    assert outcome.ok


def test_three_processes_on_any_database(contest, any_db_url):
    outcome = contest.run(any_db_url, processes=3, edits=30)
    _assert_no_lost_update(outcome, 30)


@pytest.mark.postgres
def test_contention_produces_reported_conflicts_on_postgres(contest, pg_url):
    outcome = contest.run(pg_url, processes=4, edits=40)
    _assert_no_lost_update(outcome, 40)
    assert outcome.conflicts > 0  # they really did collide, and each collision was reported


@pytest.mark.slow
@pytest.mark.postgres
def test_eight_processes_one_thousand_edits_on_postgres(contest, pg_url):
    outcome = contest.run(pg_url, processes=8, edits=1000)
    _assert_no_lost_update(outcome, 1000)
