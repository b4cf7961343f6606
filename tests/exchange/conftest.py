"""Two databases, one per side, with their signing keys made and each other's key trusted."""

from __future__ import annotations

import shutil

import pytest
from exchange_pairs import Pair, side_context, trust_each_other


@pytest.fixture
def pair(tmp_path, _migrated_template):
    shutil.copyfile(_migrated_template, tmp_path / "us.sqlite")
    shutil.copyfile(_migrated_template, tmp_path / "cn.sqlite")
    us = side_context(f"sqlite:///{tmp_path / 'us.sqlite'}", "US")
    cn = side_context(f"sqlite:///{tmp_path / 'cn.sqlite'}", "CN")
    trust_each_other(us, cn)
    yield Pair(us, cn, tmp_path)
    us.db.dispose()
    cn.db.dispose()
