"""Agencies admin on the Roster page: add, edit, deactivate and reactivate, merge (issue 16), by clicks."""

from __future__ import annotations

import pytest
from journeys.user_seat import click
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit
from roster.helpers import csv_data

from dialogue_planner.gui.kit.ops import wait_all
from dialogue_planner.services import roster_import as ri
from dialogue_planner.services.agencies import list_agencies
from dialogue_planner.services.roster import list_delegates

from .conftest import make_app

ROWS = [
    ["CN", "MPS", "Zhang", "Wei", "张伟", "Director General", "zhang.wei@mps.example", "", "CN-1"],
    ["US", "DHS", "Smith", "Anna", "", "Deputy Secretary", "anna.smith@dhs.example", "", "US-1"],
    ["US", "FBI", "Müller", "José", "", "Special Agent", "", "", ""],
]


def roster_page(qtbot, ctx, tmp_path):
    from dialogue_planner.gui.roster.page import RosterPage

    app = make_app(ctx, tmp_path)
    page = RosterPage(app)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    page.refresh()
    wait_all()
    return page


@pytest.fixture
def page(qtbot, ctx, tmp_path):
    ri.apply_import(ctx, csv_data(ROWS), ri.ImportOptions(file_name="seed.csv"))
    widget = roster_page(qtbot, ctx, tmp_path)
    yield widget
    widget.app.ops.wait_idle()


def tree_node(page, start: str):
    model = page.tree_model
    stack = [model.index(r, 0) for r in range(model.rowCount())]
    while stack:
        index = stack.pop(0)
        if index.data().startswith(start):
            return index
        stack.extend(model.index(r, 0, index) for r in range(model.rowCount(index)))
    raise AssertionError(f"no node {start!r} in the agency tree")


def click_node(qtbot, page, start: str) -> None:
    index = tree_node(page, start)
    page.tree.scrollTo(index)
    qtbot.mouseClick(
        page.tree.viewport(), Qt.MouseButton.LeftButton, pos=page.tree.visualRect(index).center()
    )
    assert page.tree.currentIndex() == index


def agency(ctx, side: str, acronym: str):
    return next(a for a in list_agencies(ctx) if a.side_code == side and a.acronym == acronym)


def fill(**values):
    """Type into the dialog's fields (by object name) and choose in its combos (by item text start)."""

    def act(dialog):
        for name, value in values.items():
            widget = dialog.findChild(QLineEdit, name) or dialog.findChild(QComboBox, name)
            assert widget is not None, name
            if isinstance(widget, QLineEdit):
                widget.selectAll()
                widget.insert(value)
            else:
                row = next(i for i in range(widget.count()) if widget.itemText(i).startswith(value))
                widget.setCurrentIndex(row)

    return act


def grabbed(act, path):
    """``act`` on the dialog, then its picture saved to ``path`` (to look at)."""

    def both(dialog):
        act(dialog)
        dialog.grab().save(str(path))

    return both


def test_an_admin_adds_a_sub_agency_with_its_role(qtbot, page, dialogs, tmp_path):
    click_node(qtbot, page, "DHS")
    step = dialogs.expect(
        "Save",
        grabbed(
            fill(
                agencyAcronym="USSS",
                agencyNameEn="U.S. Secret Service",
                agencyNameZh="美国特勤局",
                agencyRole="Participant",
            ),
            tmp_path.parent / "agency_editor.png",
        ),
    )
    click(qtbot, page.add_agency_button)
    wait_all()
    assert step.answered and step.title == "Add agency"
    added = agency(page.app.ctx, "US", "USSS")
    assert added.name_zh == "美国特勤局" and added.dialogue_role == "participant"
    assert added.parent_id == agency(page.app.ctx, "US", "DHS").id  # the node chosen is its parent
    assert page.current_agency().acronym == "USSS"
    page.window().grab().save(str(tmp_path.parent / "roster_agencies.png"))


def test_a_duplicate_acronym_is_refused_in_the_editor_and_nothing_is_added(qtbot, page, dialogs):
    before = list_agencies(page.app.ctx)
    seen = []

    def duplicate(dialog):
        fill(agencyAcronym="fbi", agencyNameEn="Another bureau")(dialog)
        dialog.save()
        wait_all()
        seen.append(dialog.problem.text())

    click_node(qtbot, page, "DHS")
    dialogs.expect("Cancel", duplicate)
    click(qtbot, page.add_agency_button)
    assert "already has an agency 'FBI'" in seen[0]
    assert list_agencies(page.app.ctx) == before


def test_an_admin_edits_names_parent_and_role(qtbot, page, dialogs):
    click_node(qtbot, page, "FBI")
    dialogs.expect(
        "Save",
        fill(
            agencyNameEn="Federal Bureau of Investigation (FBI)", agencyRole="Co-chair", agencyParent="None"
        ),
    )
    click(qtbot, page.edit_agency_button)
    wait_all()
    fbi = agency(page.app.ctx, "US", "FBI")
    assert fbi.name_en == "Federal Bureau of Investigation (FBI)" and fbi.dialogue_role == "co-chair"
    assert fbi.parent_id is None


def test_deactivating_asks_takes_the_delegates_along_and_reactivating_brings_the_agency_back(
    qtbot, page, dialogs
):
    click_node(qtbot, page, "FBI")
    step = dialogs.expect("Deactivate")
    click(qtbot, page.toggle_agency_button)
    wait_all()
    assert "1 active delegate(s)" in step.text
    assert not agency(page.app.ctx, "US", "FBI").active
    assert not next(d for d in list_delegates(page.app.ctx) if d.family_name == "Müller").active
    assert page.current_agency().acronym == "FBI"
    assert page.toggle_agency_button.text() == "Reactivate" and not page.merge_agency_button.isEnabled()
    click(qtbot, page.toggle_agency_button)
    wait_all()
    assert agency(page.app.ctx, "US", "FBI").active


def test_cancelling_the_question_changes_nothing(qtbot, page, dialogs):
    click_node(qtbot, page, "FBI")
    dialogs.expect("Cancel")
    click(qtbot, page.toggle_agency_button)
    wait_all()
    assert agency(page.app.ctx, "US", "FBI").active


def test_a_refused_deactivation_takes_the_one_error_path(qtbot, page, dialogs):
    """DOJ has an active sub-agency (FBI): the service refuses, the error reporter says why."""
    click_node(qtbot, page, "DOJ")
    dialogs.expect("Deactivate")
    click(qtbot, page.toggle_agency_button)
    wait_all()
    shown = page.app.errors.shown
    assert shown and shown[-1][0] == "known" and "active sub-agencies (FBI)" in shown[-1][1]
    assert agency(page.app.ctx, "US", "DOJ").active


def test_merging_asks_which_then_confirms_what_moves(qtbot, page, dialogs, tmp_path):
    click_node(qtbot, page, "FBI")
    choose = dialogs.expect("Merge", grabbed(fill(mergeTarget="DHS"), tmp_path.parent / "agency_merge.png"))
    sure = dialogs.expect("Merge")
    click(qtbot, page.merge_agency_button)
    wait_all()
    assert "its 1 delegate(s)" in choose.text
    assert sure.text.startswith("Merge US:FBI into US:DHS? Its 1 delegate(s)")
    dhs = agency(page.app.ctx, "US", "DHS")
    fbi = agency(page.app.ctx, "US", "FBI")
    assert not fbi.active and fbi.merged_into_id == dhs.id
    assert next(d for d in list_delegates(page.app.ctx) if d.family_name == "Müller").agency_id == dhs.id
    assert page.subtitle.text() == "FBI merged into DHS: 1 delegate(s) and 0 other reference(s) moved."


def test_the_buttons_are_off_for_a_secretary_and_say_why(qtbot, ctx, tmp_path):
    from dialogue_planner.services.context import ServiceContext
    from dialogue_planner.services.workstation import add_user

    add_user(ctx, "clerk", "secretariat")
    page = roster_page(qtbot, ServiceContext.connect(ctx.db, login="clerk"), tmp_path)
    click_node(qtbot, page, "People's Republic")
    for button in (
        page.add_agency_button,
        page.edit_agency_button,
        page.toggle_agency_button,
        page.merge_agency_button,
    ):
        assert not button.isEnabled()
        assert button.toolTip() == "Only an admin can change agencies."
    assert page.add_button.isEnabled()  # delegates are the secretariat's
