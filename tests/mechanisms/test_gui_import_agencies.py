"""The roster import wizard lists the agencies a file names that are not stored, and its check box "Create
the agencies the file names" creates them in the same import (issue 16)."""

from __future__ import annotations

import pytest
from journeys.user_seat import click
from roster.helpers import csv_data

from dialogue_planner.gui.kit.ops import wait_all
from dialogue_planner.services.agencies import list_agencies
from dialogue_planner.services.roster import list_delegates

from .test_gui_agencies import roster_page

ROWS = [
    ["US", "DOS", "Kerry", "John", "", "Secretary", "jk@state.example", "", "US-DOS-1"],
    ["US", "United States Secret Service", "Clancy", "Joseph", "", "Director", "", "", "US-USSS-1"],
    ["US", "FBI", "Comey", "James", "", "Director", "", "", "US-FBI-1"],
]


@pytest.fixture
def wizard(qtbot, ctx, tmp_path):
    from dialogue_planner.gui.roster.import_wizard import ImportWizard

    page = roster_page(qtbot, ctx, tmp_path)
    w = ImportWizard(page.app, page)
    qtbot.addWidget(w)
    w.show()
    wait_all()
    path = tmp_path / "state.csv"
    path.write_bytes(csv_data(ROWS))
    with qtbot.waitSignal(w.app.tasks.ended, timeout=10000):
        w.file_page.load(path)
    qtbot.waitUntil(w.file_page.isComplete, timeout=5000)
    w.next()
    with qtbot.waitSignal(w.app.tasks.ended, timeout=10000):
        w.next()
    qtbot.waitUntil(lambda: w.preview_page.preview is not None, timeout=5000)
    yield w
    w.app.tasks.wait()


def test_the_preview_lists_the_unknown_agencies_and_the_box_creates_them(qtbot, wizard, tmp_path):
    preview = wizard.preview_page
    assert preview.new_agencies.isVisible() and preview.create_agencies.isVisible()
    assert preview.new_agencies.text() == (
        "The file names 2 agencies that are not in the roster: US:DOS, US:USSS (United States Secret Service). "
        "Their rows are refused unless the import creates them."
    )
    assert not preview.isComplete()  # two rows refused
    with qtbot.waitSignal(wizard.app.tasks.ended, timeout=10000):
        click(qtbot, preview.create_agencies)
    qtbot.waitUntil(lambda: preview.preview is not None, timeout=5000)
    assert preview.preview.ok and preview.isComplete()
    assert preview.counts.text() == "3 new, 0 changed, 0 unchanged, 0 to deactivate, 0 rows with errors."
    assert preview.new_agencies.text().startswith("The import will create 2 agencies: US:DOS")
    wizard.grab().save(str(tmp_path.parent / "import_agencies.png"))
    assert "DOS" not in {a.acronym for a in list_agencies(wizard.app.ctx)}  # nothing written by a preview
    with qtbot.waitSignal(wizard.app.tasks.ended, timeout=10000):
        wizard.next()
    apply_page = wizard.apply_page
    qtbot.waitUntil(lambda: apply_page.result is not None, timeout=5000)
    assert "Agencies created: US:DOS, US:USSS." in apply_page.summary.text()
    stored = {a.acronym: a for a in list_agencies(wizard.app.ctx) if a.side_code == "US"}
    assert stored["USSS"].name_en == "United States Secret Service"
    people = {d.family_name: d for d in list_delegates(wizard.app.ctx)}
    assert people["Kerry"].agency_id == stored["DOS"].id


def test_without_the_box_the_rows_naming_them_are_skipped_and_nothing_is_created(qtbot, wizard):
    preview = wizard.preview_page
    before = list_agencies(wizard.app.ctx)
    click(qtbot, preview.skip_invalid)
    with qtbot.waitSignal(wizard.app.tasks.ended, timeout=10000):
        wizard.next()
    qtbot.waitUntil(lambda: wizard.apply_page.result is not None, timeout=5000)
    assert list_agencies(wizard.app.ctx) == before
    assert {d.family_name for d in list_delegates(wizard.app.ctx)} == {"Comey"}
