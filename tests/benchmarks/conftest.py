"""The benchmark scripts, loaded by path (benchmarks/ is not a package, and ``requests.py`` there would shadow
the HTTP library if the folder went on sys.path)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

BENCHMARKS = Path(__file__).resolve().parents[2] / "benchmarks"
SMOKE_SCALE = 0.005  # 1/200 of the twenty-year archive


def load_benchmark(name: str):
    module_name = f"_dialogue_planner_benchmark_{name}"  # the names run.py gives its siblings
    if module_name not in sys.modules:
        spec = importlib.util.spec_from_file_location(module_name, BENCHMARKS / f"{name}.py")
        module = importlib.util.module_from_spec(spec)
        sys.modules[module_name] = module
        spec.loader.exec_module(module)
    return sys.modules[module_name]


@pytest.fixture(scope="module")
def archive():
    return load_benchmark("archive")


@pytest.fixture(scope="module")
def run_module():
    return load_benchmark("run")


@pytest.fixture(scope="module")
def small_archive(archive, tmp_path_factory):
    """One 1/200 archive on SQLite shared by the tests of a module (they only read it, or put it back)."""
    path = tmp_path_factory.mktemp("archive") / "archive.sqlite"
    summary = archive.build_archive(f"sqlite:///{path}", scale=archive.Scale().times(SMOKE_SCALE))
    return summary
