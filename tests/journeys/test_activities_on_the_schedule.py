"""Activities between meetings from the user's seat (issue 15): drawn on the Schedule's timeline by kind,
explained by their tooltip, opened by a double-click (on the Commitments page, where their editor lives),
and linked to commitments from either side: the activity's dialog and the commitment's."""

from __future__ import annotations

import os
from datetime import date

from PySide6.QtCore import QPointF, Qt

from dialogue_planner.gui.kit.ops import wait_all
from dialogue_planner.services.activities import activities_of_commitment, add_activity, get_activity
from dialogue_planner.services.commitments import list_commitments

from .conftest import go_to
from .user_seat import click, dialogs  # noqa: F401  (the fixture)


def _activities(ctx):
    test = add_activity(
        ctx,
        kind="hotline test",  # as a user types it
        start=date(2026, 9, 3),
        place="Beijing",
        summary_en="Quarterly hotline test\nBoth duty officers answered within ten minutes.",
        summary_zh="季度热线测试",
    )
    exercise = add_activity(
        ctx,
        kind="tabletop-exercise",
        start=date(2026, 3, 10),
        end=date(2026, 3, 12),
        place="Honolulu",
        summary_en="Ransomware against a hospital",
    )
    return test, exercise


def _double_click(qtbot, page, point: QPointF) -> None:
    page.timeline_scroll.ensureVisible(int(point.x()), int(point.y()), 20, 40)
    qtbot.mouseDClick(page.timeline, Qt.MouseButton.LeftButton, pos=point.toPoint())


def test_activities_are_drawn_between_meetings_and_a_double_click_opens_one(
    qtbot,
    window,
    dialogs,  # noqa: F811
):
    ctx = window.app.ctx
    test, exercise = _activities(ctx)
    commitment = list_commitments(ctx)[0]
    page = go_to(qtbot, window, "Schedule")
    wait_all()
    timeline = page.timeline
    assert {a.id for a in timeline.activities()} == {test.id, exercise.id}
    point = timeline.activity_position(test.id)
    tip = timeline.describe_point(point)
    assert tip.splitlines()[0] == "Hotline test: Quarterly hotline test"
    assert "2026-09-03" in tip and "Place: Beijing" in tip and "季度热线测试" in tip
    assert "ten minutes" in tip  # the summary, whole
    # A three-day exercise spans its days, wider than a one-day test.
    [span] = timeline.activity_rects(exercise)
    [tag] = timeline.activity_rects(timeline.activity_at(point))
    assert span.width() >= tag.width() and span.left() < tag.left()
    if os.environ.get("ACTIVITY_SHOTS"):
        page.grab().save("/tmp/actshots/schedule.png")
    # A meeting's mark still answers for the meeting, not for an activity below it.
    meeting = timeline.mark_position(23)
    assert timeline.activity_at(meeting) is None and "23rd meeting" in timeline.describe_point(meeting)

    def link(dialog):
        assert dialog.objectName() == "activityDialog" and dialog.place.text() == "Beijing"
        dialog.links.entry(commitment.id).setCheckState(Qt.CheckState.Checked)

    dialogs.expect("Save", link)
    _double_click(qtbot, page, point)
    wait_all()
    shown = window.stack.currentWidget()
    assert shown.page_id == "commitments" and shown.tabs.currentIndex() == 1
    assert shown.selected_activity().id == test.id
    assert get_activity(ctx, test.id).commitment_ids == (commitment.id,)
    assert "Linked commitments: " + str(commitment.id) in shown.activity_detail.text()


def test_a_commitment_links_and_unlinks_activities_in_its_dialog(qtbot, window, dialogs):  # noqa: F811
    ctx = window.app.ctx
    test, exercise = _activities(ctx)
    page = go_to(qtbot, window, "Commitments")
    wait_all()
    page.open_only.setChecked(False)
    commitment = page.model.record(0)
    page.select(commitment.id)

    def tick(dialog):
        wait_all()  # the activities load off the GUI thread
        entries = [dialog.links.list.item(r).text() for r in range(dialog.links.list.count())]
        assert entries == [
            "2026-03-10 · tabletop exercise · Honolulu · Ransomware against a hospital",
            "2026-09-03 · hotline test · Beijing · Quarterly hotline test",
        ]
        dialog.links.entry(test.id).setCheckState(Qt.CheckState.Checked)
        dialog.links.entry(exercise.id).setCheckState(Qt.CheckState.Checked)

    dialogs.expect("Save", tick)
    click(qtbot, page.update_button)
    wait_all()
    assert [a.id for a in activities_of_commitment(ctx, commitment.id)] == [exercise.id, test.id]

    def untick(dialog):
        wait_all()
        assert dialog.links.chosen() == {test.id, exercise.id}  # shown linked
        dialog.links.entry(exercise.id).setCheckState(Qt.CheckState.Unchecked)

    page.select(commitment.id)
    dialogs.expect("Save", untick)
    click(qtbot, page.update_button)
    wait_all()
    assert [a.id for a in activities_of_commitment(ctx, commitment.id)] == [test.id]

    def nothing(dialog):  # nothing changed: the dialog says so and stays open
        wait_all()
        click(qtbot, dialog.save_button)
        assert "link an activity" in dialog.error_label.text()

    page.select(commitment.id)
    dialogs.expect("Cancel", nothing)
    click(qtbot, page.update_button)


def test_a_link_list_shows_the_linked_first_and_tells_the_change(qtbot):
    from dialogue_planner.gui.commitments.links import LinkList

    links = LinkList("links", "Links", "Find", "Nothing yet")
    qtbot.addWidget(links)
    links.set_entries([(1, "alpha"), (2, "beta"), (3, "gamma")], {3})
    assert [links.list.item(r).text() for r in range(3)] == ["gamma", "alpha", "beta"]
    links.entry(1).setCheckState(Qt.CheckState.Checked)
    links.entry(3).setCheckState(Qt.CheckState.Unchecked)
    assert (links.added(), links.removed()) == ([1], [3])
    qtbot.keyClicks(links.find, "ET")  # beta only, caseless
    assert [links.list.item(r).isHidden() for r in range(3)] == [True, True, False]
    assert links.entry(99) is None
