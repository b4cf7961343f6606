"""The Commitments page, its dialogs and the Overview card, driven from the user's seat on the demo data
(issue 15): recording a commitment, marking it done (refused without evidence or a note), the filters, the
activities between meetings, and the card that opens the page on the overdue ones."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from journeys.user_seat import click, dialogs, focus, key_in  # noqa: F401  (dialogs: the fixture)
from PySide6.QtCore import QPersistentModelIndex, QSettings, Qt

from dialogue_planner.gui.commitments.overview_card import CommitmentsCard
from dialogue_planner.gui.commitments.page import CommitmentsPage
from dialogue_planner.gui.commitments.table_models import (
    COMMITMENT_COL,
    OVERDUE_RED,
    ActivityTableModel,
    CommitmentTableModel,
)
from dialogue_planner.gui.kit.ops import wait_all
from dialogue_planner.gui.shell.app_context import AppContext
from dialogue_planner.gui.shell.errors import ErrorReporter
from dialogue_planner.services.activities import add_activity, list_activities
from dialogue_planner.services.commitments import add_commitment, get_commitment, list_commitments
from dialogue_planner.services.meetings import get_meeting
from dialogue_planner.services.roster import list_delegates

TODAY = date(2026, 11, 20)  # the demo's today


@pytest.fixture
def gui_app(qtbot, demo_ctx, tmp_path):
    app = AppContext(
        demo_ctx,
        QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat),
        ErrorReporter(interactive=False),
    )
    yield app
    wait_all()


def show(qtbot, page):
    page.today = TODAY
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    qtbot.waitExposed(page)
    page.refresh()
    wait_all()
    return page


def meeting_day(ctx, number: int) -> date:
    m = get_meeting(ctx, number)
    return m.actual_start or m.planned_start


def overdue_commitment(
    ctx, days: int = 40, text: str = "Name the contact point for ransomware cases", *, meeting: int = 22
):
    """A commitment of ``meeting`` due ``days`` before TODAY."""
    return add_commitment(
        ctx, meeting, text=text, owner="CN", owner_agency="MPS", due_on=TODAY - timedelta(days=days)
    )


def rows(model) -> list:
    return [model.record(r) for r in range(model.rowCount())]


# -- the models -----------------------------------------------------------------------------------------------
def test_models_pass_the_tester_sort_and_filter_themselves(qtmodeltester, demo_ctx):
    late = overdue_commitment(demo_ctx, days=40)
    model = CommitmentTableModel(as_of=TODAY)
    model.set_records(list_commitments(demo_ctx))
    qtmodeltester.check(model)
    assert model.rowCount() == len(list_commitments(demo_ctx)) > 0
    row = model.row_of(late.id)
    assert model.index(row, COMMITMENT_COL["overdue"]).data() == "40"
    assert (
        model.index(row, COMMITMENT_COL["overdue"]).data(Qt.ItemDataRole.ForegroundRole).color()
        == OVERDUE_RED
    )
    assert model.index(row, COMMITMENT_COL["agency"]).data() == "MPS"
    keep = QPersistentModelIndex(model.index(row, 0))
    model.sort(COMMITMENT_COL["overdue"], Qt.SortOrder.DescendingOrder)
    late_days = [c.days_overdue(TODAY) for c in rows(model)]
    assert late_days == sorted(late_days, reverse=True) and late_days[0] > 0
    assert keep.row() == model.row_of(late.id) != row  # a selection follows its row
    model.set_filter(open_only=False, overdue_only=True, side="", search="")
    overdue = list_commitments(demo_ctx, overdue_only=True, as_of=TODAY)
    assert {c.id for c in rows(model)} == {c.id for c in overdue}
    model.set_filter(open_only=True, overdue_only=False, side="US", search="")
    assert rows(model) and all(
        c.owner_side == "US" and c.status in ("open", "in-progress") for c in rows(model)
    )
    model.set_filter(open_only=False, overdue_only=False, side="", search="RANSOMWARE")
    assert [c.id for c in rows(model)] == [late.id]
    qtmodeltester.check(model)
    chinese = CommitmentTableModel(as_of=TODAY, chinese=True)
    chinese.set_records(list_commitments(demo_ctx))
    assert "提交其余数据" in {
        chinese.index(r, COMMITMENT_COL["text"]).data() for r in range(chinese.rowCount())
    }

    add_activity(demo_ctx, kind="hotline-test", start=date(2026, 9, 1), place="Beijing")
    activities = ActivityTableModel()
    activities.set_records(list_activities(demo_ctx))
    qtmodeltester.check(activities)
    assert activities.index(0, 0).data() == "hotline test"


# -- recording and updating through the dialogs ------------------------------------------------------------
def test_a_commitment_recorded_through_the_dialog_is_listed_and_selected(qtbot, gui_app, dialogs):  # noqa: F811
    page = show(qtbot, CommitmentsPage(gui_app))
    before = len(list_commitments(gui_app.ctx))
    person = next(
        d for d in list_delegates(gui_app.ctx, side_code="CN") if d.agency_acronym == "MPS" and d.active
    )
    seen = {}

    def early(dialog):
        dialog.meeting.setCurrentIndex(dialog.meeting.findData(22))
        qtbot.keyClicks(dialog.text, "Share the points of contact")
        qtbot.keyClicks(dialog.due, "2015-01-01")  # before the meeting: the service refuses
        click(qtbot, dialog.save_button)
        seen["early"] = dialog.error_label.text()

    dialogs.expect("Cancel", early)
    click(qtbot, page.new_button)
    assert "before meeting 22" in seen["early"]
    assert len(list_commitments(gui_app.ctx)) == before  # refused: nothing stored

    def fill(dialog):
        assert dialog.meeting.currentData() == 22  # the last meeting before today comes first
        qtbot.keyClicks(dialog.text, "Share the points of contact for ransomware cases")
        dialog.text_zh.insertPlainText("交换勒索软件案件联络人")  # typed through an input method
        dialog.side.setCurrentIndex(dialog.side.findData("CN"))
        dialog.agency.setCurrentIndex(dialog.agency.findData("MPS"))
        dialog.person.setCurrentIndex(
            dialog.person.findText(
                next(
                    dialog.person.itemText(i)
                    for i in range(dialog.person.count())
                    if dialog.person.itemText(i).startswith(person.family_name.upper())
                )
            )
        )
        qtbot.keyClicks(dialog.due, "2027-01-15")
        assert dialog.item.count() > 1  # meeting 22's agenda items
        dialog.item.setCurrentIndex(1)

    dialogs.expect("Save", fill)
    click(qtbot, page.new_button)
    added = [
        c
        for c in list_commitments(gui_app.ctx)
        if c.text == "Share the points of contact for ransomware cases"
    ]
    assert len(added) == 1
    c = added[0]
    assert (c.meeting_number, c.text_zh, c.owner_side, c.owner_agency, c.due_on, c.status) == (
        22,
        "交换勒索软件案件联络人",
        "CN",
        "MPS",
        date(2027, 1, 15),
        "open",
    )
    assert c.owner_person.startswith(person.family_name.upper()) and c.agenda_item_id is not None
    assert page.selected_record().id == c.id
    assert page.message.text() == f"Commitment {c.id} of meeting 22 recorded."
    assert gui_app.errors.shown == []


def test_done_needs_evidence_or_a_note_and_is_refused_in_the_dialog_without_change(qtbot, gui_app, dialogs):  # noqa: F811
    c = overdue_commitment(gui_app.ctx)
    changes = []
    gui_app.data_changed.connect(changes.append)
    page = show(qtbot, CommitmentsPage(gui_app))
    assert page.select(c.id)
    seen = {}

    def without_evidence(dialog):
        dialog.status.setCurrentIndex(dialog.status.findData("done"))
        click(qtbot, dialog.save_button)
        seen["error"], seen["open"] = dialog.error_label.text(), dialog.isVisible()

    dialogs.expect("Cancel", without_evidence)
    click(qtbot, page.update_button)
    assert seen == {
        "error": (
            "Marking a commitment done needs evidence or a note: give the evidence of "
            "completion or a progress note."
        ),
        "open": True,
    }
    assert get_commitment(gui_app.ctx, c.id) == c  # nothing changed
    assert changes == []

    def with_evidence(dialog):
        dialog.status.setCurrentIndex(dialog.status.findData("done"))
        qtbot.keyClicks(dialog.evidence, "The MPS letter of 2026-11-18 named the contact point.")

    dialogs.expect("Save", with_evidence)
    click(qtbot, page.update_button)
    done = get_commitment(gui_app.ctx, c.id)
    assert (done.status, done.evidence, done.completed_on) == (
        "done",
        "The MPS letter of 2026-11-18 named the contact point.",
        TODAY,
    )  # the page's today
    assert page.message.text() == f"Commitment {c.id} is done."
    assert changes == [{"commitment"}]
    assert page.model.row_of(c.id) == -1  # the page shows the open ones: done, it leaves the list
    click(qtbot, page.open_only)
    assert page.select(c.id) and "Evidence: The MPS letter" in page.detail.text()


def test_a_note_keeps_the_commitment_open_with_the_day_it_was_written(qtbot, gui_app, dialogs):  # noqa: F811
    c = overdue_commitment(gui_app.ctx)
    page = show(qtbot, CommitmentsPage(gui_app))
    page.select(c.id)

    def nothing(dialog):
        click(qtbot, dialog.save_button)
        assert dialog.error_label.text().startswith("Nothing to save")

    dialogs.expect("Cancel", nothing)
    click(qtbot, page.update_button)
    dialogs.expect(
        "Save",
        lambda dialog: (
            dialog.status.setCurrentIndex(dialog.status.findData("in-progress")),
            qtbot.keyClicks(dialog.note, "Draft list received"),
        ),
    )
    click(qtbot, page.update_button)
    r = get_commitment(gui_app.ctx, c.id)
    assert (r.status, r.note) == ("in-progress", f"{TODAY.isoformat()}: Draft list received")
    assert page.selected_record().id == c.id and "Draft list received" in page.detail.text()


def test_the_filters_show_the_overdue_a_sides_and_what_was_searched(qtbot, gui_app):
    late = overdue_commitment(gui_app.ctx, days=12)
    page = show(qtbot, CommitmentsPage(gui_app))
    assert page.open_only.isChecked()  # the page opens on what is still to be done
    assert all(c.status in ("open", "in-progress") for c in rows(page.model))
    click(qtbot, page.overdue_only)
    expected = list_commitments(gui_app.ctx, overdue_only=True, as_of=TODAY)
    assert [c.id for c in rows(page.model)] == [c.id for c in expected] and late.id in [
        c.id for c in expected
    ]
    row = page.model.row_of(late.id)
    assert page.model.index(row, COMMITMENT_COL["overdue"]).data() == "12"
    page.side.setCurrentIndex(page.side.findData("US"))
    assert all(c.owner_side == "US" for c in rows(page.model)) and page.model.row_of(late.id) == -1
    page.side.setCurrentIndex(page.side.findData("CN"))
    assert page.model.row_of(late.id) >= 0
    qtbot.keyClicks(page.search, "contact point")
    assert [c.id for c in rows(page.model)] == [late.id]
    qtbot.keyClicks(page.search, " nowhere")
    assert page.model.rowCount() == 0
    assert (
        page.table.findChild(type(page.table.findChild(object, "emptyText")), "emptyText").text()
        == "Nothing matches the search or filter."
    )
    assert page.summary.text().endswith(f"{len(expected)} overdue · 0 activities")


# -- activities -----------------------------------------------------------------------------------------------
def test_an_activity_recorded_through_its_dialog_appears_and_can_be_edited(qtbot, gui_app, dialogs):  # noqa: F811
    page = show(qtbot, CommitmentsPage(gui_app))
    page.tabs.setCurrentIndex(1)
    assert page.new_control() is page.new_activity_button  # Ctrl+N records an activity here
    people = [d for d in list_delegates(gui_app.ctx) if d.active][:2]

    def fill(dialog):
        dialog.kind.setCurrentIndex(dialog.kind.findData("tabletop-exercise"))
        qtbot.keyClicks(dialog.start, "2026-09-14")
        qtbot.keyClicks(dialog.end, "2026-09-15")
        qtbot.keyClicks(dialog.place, "Honolulu")
        for person in people:
            qtbot.keyClicks(dialog.find, person.family_name)
            entry = next(
                dialog.people.item(r)
                for r in range(dialog.people.count())
                if dialog.people.item(r).data(Qt.ItemDataRole.UserRole) == person.id
            )
            entry.setCheckState(Qt.CheckState.Checked)
            dialog.find.clear()
        qtbot.keyClicks(dialog.summary_en, "Ransomware against a hospital, both hotlines tested.")

    dialogs.expect("Save", fill)
    click(qtbot, page.new_activity_button)
    [a] = list_activities(gui_app.ctx)
    assert (a.kind, a.start_on, a.end_on, a.place, set(a.participant_ids)) == (
        "tabletop-exercise",
        date(2026, 9, 14),
        date(2026, 9, 15),
        "Honolulu",
        {p.id for p in people},
    )
    assert page.activity_model.rowCount() == 1 and page.selected_activity().id == a.id
    assert page.activity_model.index(0, 0).data() == "tabletop exercise"
    assert "Ransomware against a hospital" in page.activity_detail.text()

    def edit(dialog):
        assert dialog.place.text() == "Honolulu"
        dialog.end.clear()
        first = next(
            dialog.people.item(r)
            for r in range(dialog.people.count())
            if dialog.people.item(r).data(Qt.ItemDataRole.UserRole) == people[0].id
        )
        first.setCheckState(Qt.CheckState.Unchecked)

    dialogs.expect("Save", edit)
    focus(qtbot, page.activity_table)
    key_in(qtbot, page, page.activity_table, Qt.Key.Key_Return)  # Enter in the list edits the activity
    wait_all()
    [b] = list_activities(gui_app.ctx)
    assert (b.end_on, b.participant_ids) == (None, (people[1].id,))
    assert gui_app.errors.shown == []


# -- the Overview card --------------------------------------------------------------------------------------
def test_the_card_lists_the_overdue_with_days_and_owner_and_hides_when_there_is_nothing(qtbot, gui_app):
    late = overdue_commitment(gui_app.ctx, days=400, text="Return the seized server images", meeting=15)
    add_commitment(
        gui_app.ctx, 22, text="Host the expert seminar", owner="US", due_on=TODAY + timedelta(days=5)
    )
    card = CommitmentsCard(gui_app)
    qtbot.addWidget(card)
    card.today = TODAY
    card.show()
    card.refresh()
    wait_all()
    overdue = list_commitments(gui_app.ctx, overdue_only=True, as_of=TODAY)
    assert card.isVisible() and card.figure.text() == str(len(overdue))
    assert (
        "<b>Meeting 15</b> Return the seized server images — CN MPS, <span style='color:#c92a2a'>400 days "
        "overdue</span>" in card.lines.text()
    )  # the most overdue first
    assert (
        "Due within 14 days:<br><b>Meeting 22</b> Host the expert seminar — US, due 2026-11-25 (in 5 days)"
        in card.lines.text()
    )
    assert card.target() == ("commitments", {"overdue": True})
    card.today = meeting_day(gui_app.ctx, 1) - timedelta(days=60)  # before anything was due
    card.refresh()
    wait_all()
    assert not card.isVisible()
    assert late.id


def test_clicking_the_card_opens_the_page_on_the_overdue_commitments(qtbot, gui_app):
    from dialogue_planner.gui.shell.main_window import MainWindow

    late = overdue_commitment(gui_app.ctx, days=400, meeting=15)
    window = MainWindow(gui_app)
    qtbot.addWidget(window)
    window.resize(1280, 820)
    for page in window.pages:
        if hasattr(page, "today"):
            page.today = TODAY
    window.show()
    qtbot.waitExposed(window)
    overview = window.page("overview")
    overview.refresh()
    wait_all()
    card = next(c for c in overview.extra_cards if isinstance(c, CommitmentsCard))
    assert card.isVisible() and "400 days overdue" in card.lines.text()
    overview.scroll.ensureWidgetVisible(card)
    click(qtbot, card.heading)
    wait_all()
    page = window.stack.currentWidget()
    assert page.page_id == "commitments" and page.overdue_only.isChecked()
    assert [c.id for c in rows(page.model)] == [
        c.id for c in list_commitments(gui_app.ctx, overdue_only=True, as_of=TODAY)
    ]
    assert page.model.row_of(late.id) >= 0
    assert gui_app.errors.shown == []
    window.close()
