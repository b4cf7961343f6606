"""The Reconciliation page read as a secretary reads it (a look at the page from the user's seat): a
record named without the digest that tells two texts apart, and a status shown as its word; a
commitment's difference can only be kept (it changes on the Commitments page)."""

from __future__ import annotations

import shutil
from datetime import date

import pytest
from exchange_pairs import Pair, side_context, trust_each_other
from journeys.user_seat import click, click_row_showing
from PySide6.QtCore import QSettings

from dialogue_planner.gui.exchange.page import ExchangePage
from dialogue_planner.gui.exchange.table_model import COL
from dialogue_planner.gui.kit.ops import wait_all
from dialogue_planner.services.commitments import list_commitments, update_commitment


@pytest.fixture
def demo_sides(tmp_path, demo_database_file):
    contexts = []
    for side in ("US", "CN"):
        path = tmp_path / f"{side.lower()}.sqlite"
        shutil.copyfile(demo_database_file, path)
        contexts.append(side_context(f"sqlite:///{path}", side))
    us, cn = contexts
    trust_each_other(us, cn)
    pair = Pair(us, cn, tmp_path)
    pair.us_to_cn()
    pair.cn_to_us()
    yield pair
    us.db.dispose()
    cn.db.dispose()


def test_a_commitment_difference_reads_as_words(qtbot, demo_sides, tmp_path):
    from dialogue_planner.gui.shell.app_context import AppContext
    from dialogue_planner.gui.shell.errors import ErrorReporter

    pair = demo_sides
    commitment = next(c for c in list_commitments(pair.cn) if c.status == "open")
    update_commitment(
        pair.cn, commitment.id, status="in-progress", note="Draft sent", today=date(2026, 11, 20)
    )
    pair.cn_to_us()
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    app = AppContext(pair.us, settings, ErrorReporter(interactive=False))
    page = ExchangePage(app)
    qtbot.addWidget(page)
    page.resize(1024, 600)
    page.show()
    page.refresh()
    wait_all()
    model = page.model
    shown = {
        model.index(r, COL["field"]).data(): (
            model.index(r, COL["record"]).data(),
            model.index(r, COL["ours"]).data(),
            model.index(r, COL["theirs"]).data(),
        )
        for r in range(model.rowCount())
    }
    record, ours, theirs = shown["status"]
    assert (ours, theirs) == ("open", "in progress")  # the word, not the code "in-progress"
    assert record.startswith("Commitment M") and "#" not in record

    click_row_showing(qtbot, page.table, "status", COL["field"])
    # A commitment changes on the Commitments page: here its difference can only be kept.
    assert page.keep_button.isEnabled()
    assert not page.accept_button.isEnabled() and not page.agreed_button.isEnabled()
    assert "can only be kept" in page.accept_button.toolTip()
    click(qtbot, page.keep_button)
    wait_all()
    assert "status" not in [model.index(r, COL["field"]).data() for r in range(model.rowCount())]
    assert "Settled: Commitment M" in page.message.text() and "is now open" in page.message.text()

    click_row_showing(qtbot, page.table, "notes", COL["field"])
    assert not page.accept_button.isEnabled() and page.keep_button.isEnabled()
    app.tasks.wait()
