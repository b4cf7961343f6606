"""The agenda item editor's lead speaker and time slot, saved with set_item_slot through app.ops (issue 16)."""

from __future__ import annotations

from datetime import date, time

import pytest
from journeys.user_seat import click
from PySide6.QtCore import QTime
from roster.helpers import csv_data

from dialogue_planner.gui.kit.ops import wait_all
from dialogue_planner.services import agenda
from dialogue_planner.services import meetings as msvc
from dialogue_planner.services import roster_import as ri
from dialogue_planner.services.running_order import running_order

from .conftest import make_app

ROWS = [
    ["CN", "MPS", "Zhang", "Wei", "张伟", "Director General", "zhang.wei@mps.example", "", "CN-1"],
    ["US", "DHS", "Smith", "Anna", "", "Deputy Secretary", "anna.smith@dhs.example", "", "US-1"],
]
TODAY = date(2015, 11, 1)


@pytest.fixture
def page(qtbot, ctx, tmp_path):
    from dialogue_planner.gui.agenda.page import AgendaPage

    ri.apply_import(ctx, csv_data(ROWS), ri.ImportOptions(file_name="seed.csv"))
    msvc.add_meeting(
        ctx, start=date(2015, 12, 1), end=date(2015, 12, 2), host="US", city="Washington", today=TODAY
    )
    agenda.add_item(ctx, meeting=1, title="Botnet takedown")
    agenda.add_item(ctx, meeting=1, title="Points of contact")
    app = make_app(ctx, tmp_path)
    widget = AgendaPage(app)
    widget.today = TODAY
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    qtbot.waitExposed(widget)
    widget.refresh()
    wait_all()
    yield widget
    app.ops.wait_idle()


def item_ids(ctx):
    return [i.id for i in agenda.list_items(ctx, 1)]


def choose_lead(editor, text_start: str) -> None:
    combo = editor.lead
    row = next(i for i in range(combo.count()) if combo.itemText(i).startswith(text_start))
    combo.setCurrentIndex(row)


def test_a_lead_speaker_and_a_slot_are_saved_and_shown_again(qtbot, page, tmp_path):
    first, second = item_ids(page.app.ctx)
    page.select_item(first)
    wait_all()
    editor = page.editor
    assert editor.lead.currentText() == "No lead speaker" and not editor.timed.isChecked()
    assert not editor.slot_start.isEnabled()
    assert [editor.lead.itemText(i) for i in range(editor.lead.count())] == [
        "No lead speaker",
        "SMITH Anna — US DHS",
        "ZHANG Wei (张伟) — CN MPS",
    ]
    choose_lead(editor, "ZHANG Wei")
    click(qtbot, editor.timed)
    assert editor.slot_start.isEnabled()
    editor.slot_day.setValue(2)
    editor.slot_start.setTime(QTime(10, 15))
    editor.slot_minutes.setValue(45)
    page.grab().save(str(tmp_path.parent / "agenda_slot.png"))
    click(qtbot, editor.save_slot_button)
    entry = next(e for e in running_order(page.app.ctx, 1) if e.item_id == first)
    assert (entry.lead_key, entry.day, entry.start_time, entry.minutes) == ("CN-1", 2, time(10, 15), 45)
    assert entry.times[0].zone_name == "America/New_York"
    page.select_item(second)
    wait_all()
    assert editor.lead.currentText() == "No lead speaker" and not editor.timed.isChecked()
    page.select_item(first)
    wait_all()
    assert editor.lead.currentText().startswith("ZHANG Wei") and editor.timed.isChecked()
    assert (editor.slot_day.value(), editor.slot_start.time(), editor.slot_minutes.value()) == (
        2,
        QTime(10, 15),
        45,
    )


def test_clearing_the_slot_and_the_lead(qtbot, page):
    from dialogue_planner.services.running_order import set_item_slot

    first, _second = item_ids(page.app.ctx)
    set_item_slot(page.app.ctx, first, lead="US-1", start=time(9, 0), minutes=30)
    page.refresh()
    wait_all()
    page.select_item(first)
    wait_all()
    editor = page.editor
    assert editor.timed.isChecked() and editor.lead.currentText().startswith("SMITH Anna")
    click(qtbot, editor.timed)
    choose_lead(editor, "No lead speaker")
    click(qtbot, editor.save_slot_button)
    entry = next(e for e in running_order(page.app.ctx, 1) if e.item_id == first)
    assert (entry.lead_delegate_id, entry.start_time, entry.minutes) == (None, None, None)


def test_a_slot_past_the_meetings_last_day_is_refused_through_the_error_path(qtbot, page):
    first, _second = item_ids(page.app.ctx)
    page.select_item(first)
    wait_all()
    editor = page.editor
    click(qtbot, editor.timed)
    editor.slot_day.setValue(3)  # the meeting lasts two days
    click(qtbot, editor.save_slot_button)
    shown = page.app.errors.shown
    assert shown and shown[-1][0] == "known" and "day" in shown[-1][1].lower()
    entry = next(e for e in running_order(page.app.ctx, 1) if e.item_id == first)
    assert entry.start_time is None and entry.day is None
    assert not editor.timed.isChecked()  # the editor shows what is stored again


def test_an_inactive_lead_is_listed_for_its_item_only_and_the_list_is_not_refilled_for_nothing(qtbot, page):
    """The list is filled again only when what it holds changes (issue 19: 8,000 delegates took about
    100 ms of the GUI thread at every selection)."""
    from dialogue_planner.services.roster import list_delegates, set_delegate_active
    from dialogue_planner.services.running_order import set_item_slot

    first, second = item_ids(page.app.ctx)
    set_item_slot(page.app.ctx, first, lead="US-1")
    smith = next(d for d in list_delegates(page.app.ctx) if d.external_id == "US-1")
    set_delegate_active(page.app.ctx, smith.id, False)
    page.refresh()
    wait_all()
    page.select_item(first)
    wait_all()
    editor = page.editor
    listed = lambda: [editor.lead.itemText(i) for i in range(editor.lead.count())]  # noqa: E731
    assert editor.lead.currentText().startswith("SMITH Anna")
    assert len(listed()) == 3
    page.select_item(second)
    wait_all()
    assert editor.lead.currentText() == "No lead speaker"
    assert listed() == ["No lead speaker", "ZHANG Wei (张伟) — CN MPS"]
    page.select_item(first)
    wait_all()
    assert editor.lead.currentText().startswith("SMITH Anna") and len(listed()) == 3
    cleared = []
    fill = editor.lead_choices.set_choices
    editor.lead_choices.set_choices = lambda choices: (cleared.append(1), fill(choices))
    set_item_slot(page.app.ctx, second, lead="CN-1")  # an active lead: the same list
    page.select_item(second)
    wait_all()
    assert editor.lead.currentText().startswith("ZHANG Wei")
    assert listed() == ["No lead speaker", "ZHANG Wei (张伟) — CN MPS"] and cleared == [1]
    page.refresh()
    wait_all()
    page.select_item(second)
    wait_all()
    assert editor.lead.currentText().startswith("ZHANG Wei") and cleared == [1]  # not filled again
