"""An import on PostgreSQL: the package from a SQLite database of the other side is taken, and a replay
is refused with nothing changed (issue 20)."""

from __future__ import annotations

import shutil
from datetime import date

import pytest
from exchange_pairs import dump, side_context, trust_each_other

from dialogue_planner.domain.errors import ValidationError
from dialogue_planner.services import exchange
from dialogue_planner.services.requests import add_request, get_request, respond


@pytest.mark.postgres
def test_an_import_on_postgresql(tmp_path, _migrated_template, pg_migrated_url):
    shutil.copyfile(_migrated_template, tmp_path / "us.sqlite")
    us = side_context(f"sqlite:///{tmp_path / 'us.sqlite'}", "US")
    cn = side_context(pg_migrated_url, "CN")
    try:
        trust_each_other(us, cn)
        add_request(
            us, from_side="US", to_side="CN", kind="evidence", subject="Logs", received_on=date(2016, 5, 2)
        )
        respond(us, "US-2016-0001", on=date(2016, 5, 20), quality="complete", today=date(2016, 5, 20))
        exchange.export_package(us, tmp_path / "us1.zip")
        result = exchange.import_package(cn, tmp_path / "us1.zip")
        assert (result.created, result.differences) == (1, 0)
        detail = get_request(cn, "US-2016-0001")
        assert detail.request.first_response_on == date(2016, 5, 20)
        assert [u.kind for u in detail.history] == ["response"]
        before = dump(cn)
        with pytest.raises(ValidationError, match="replay"):
            exchange.import_package(cn, tmp_path / "us1.zip")
        assert dump(cn) == before
        exchange.export_package(cn, tmp_path / "cn1.zip")
        assert exchange.import_package(us, tmp_path / "cn1.zip").differences == 0
    finally:
        us.db.dispose()
        cn.db.dispose()
