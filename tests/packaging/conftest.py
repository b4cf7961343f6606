"""Fixtures of the packaging tests."""

from __future__ import annotations

import pytest
import tomllib
from packaging_paths import ROOT


@pytest.fixture(scope="session")
def pyproject() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
