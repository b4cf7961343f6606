"""What a secretary trips over when looking at the pages (issues 15, 16, 17, 20, read from the user's seat):
a long bilingual title shown from its beginning, the Briefing page's meetings named by their Chinese city, the
activities' letters named only when the timeline shows activities, and a database of both sides told it
has nothing to reconcile rather than that both sides agree."""

from __future__ import annotations

from datetime import date

from journeys.user_seat import click_row_showing, key, open_page
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit

from dialogue_planner.gui.kit.ops import wait_all
from dialogue_planner.gui.kit.widgets import EmptyText
from dialogue_planner.services.activities import add_activity


def test_a_long_item_title_shows_its_beginning(qtbot, open_window):
    window = open_window("en")
    page = open_page(qtbot, window, "Agenda")
    wait_all()
    view = page.list_view()
    first = view.model().index(0, 1).data()
    click_row_showing(qtbot, view, first, 1)
    wait_all()
    edit = page.findChild(QLineEdit, "item-title")
    assert len(edit.text()) > 30
    assert edit.cursorPosition() == 0  # the title reads from its first word, not cut to its last ones
    assert page.findChild(QLineEdit, "item-title_zh").cursorPosition() == 0


def test_the_briefing_meeting_list_names_the_city_in_chinese(qtbot, open_window):
    window = open_window("zh_CN")
    briefing = open_page(qtbot, window, "简报")
    wait_all()
    combo = briefing.findChild(QComboBox, "briefingMeeting")
    texts = [combo.itemText(i) for i in range(combo.count())]
    assert any("华盛顿" in t for t in texts) and any("北京" in t for t in texts)
    assert not any("Washington" in t or "Beijing" in t for t in texts)


def test_activity_letters_are_named_and_shown_only_with_activities(qtbot, open_window):
    window = open_window("en")
    page = open_page(qtbot, window, "Schedule")
    wait_all()
    assert not any(w.isVisible() for w in page.activity_legend)  # the demo has no activity: no bare letters
    add_activity(
        window.app.ctx, kind="tabletop-exercise", start=date(2026, 3, 10), summary_en="Tabletop exercise"
    )
    key(qtbot, window, Qt.Key.Key_F5)
    wait_all()
    qtbot.waitUntil(lambda: all(w.isVisible() for w in page.activity_legend))
    assert page.activity_legend[0].text() == "Activities:"
    assert all(chip.toolTip() for chip in page.activity_legend[1:])


def test_a_database_of_both_sides_says_there_is_nothing_to_reconcile(qtbot, open_window):
    window = open_window("en")
    page = open_page(qtbot, window, "Reconciliation")
    wait_all()
    empty = page.table.findChild(EmptyText)
    assert page.model.rowCount() == 0
    assert empty.text() == "Nothing to reconcile: no package can come into this database."


def test_a_viewer_reads_escalations_commitments_and_reconciliation_but_presses_nothing(qtbot, open_window):
    from PySide6.QtWidgets import QApplication, QPushButton

    from dialogue_planner.domain.records import UserRecord
    from dialogue_planner.services.context import ServiceContext

    window = open_window("en")
    ctx = window.app.ctx
    window.app.ctx = ServiceContext(ctx.db, UserRecord(998, "vera", "Vera", "viewer", True), ctx.dialogue_id)
    pressable = {}
    for title in ("Escalations", "Commitments", "Reconciliation"):
        page = open_page(qtbot, window, title)
        key(qtbot, window, Qt.Key.Key_F5)
        wait_all()
        if title == "Escalations":
            click_row_showing(qtbot, page.table, "HL-2026-040")  # the open one: acknowledge, resolve ...
            wait_all()
            bar = page.tabs.tabBar()
            for index in (1, 2):  # the Report and Hotline tabs load when shown
                qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
                wait_all()
        buttons = page.findChildren(QPushButton)
        pressable[title] = sorted(b.text() for b in buttons if b.isEnabled() and b.text())
        for b in buttons:
            if b.isVisible():
                qtbot.mouseClick(b, Qt.MouseButton.LeftButton)
        wait_all()
        assert QApplication.activeModalWidget() is None
    assert pressable == {"Escalations": ["Show"], "Commitments": [], "Reconciliation": []}  # Show: the report
    assert page.import_button.toolTip() == "Your role may only read the reconciliation."
    window.app.ctx = ctx


def test_the_overview_names_each_sides_paper_and_the_next_city_in_chinese(qtbot, open_window):
    from PySide6.QtWidgets import QLabel

    window = open_window("zh_CN")
    page = open_page(qtbot, window, "概览")
    wait_all()
    zones = [w.text() for w in page.findChildren(QLabel) if w.text().startswith("时区")]
    assert any(t.endswith("纸张 美国 Letter") for t in zones) and any(t.endswith("纸张 A4") for t in zones)
    assert not any("LETTER" in t for t in zones)
    # The next meeting's card names its city in Chinese too.
    next_meeting = [w.text() for w in page.findChildren(QLabel) if "2027-06-22 ·" in w.text()]
    assert next_meeting and "北京" in next_meeting[0] and "Beijing" not in next_meeting[0]


def test_the_schedule_table_names_the_city_in_chinese(qtbot, open_window):
    from dialogue_planner.gui.schedule.meeting_model import COLUMNS

    window = open_window("zh_CN")
    page = open_page(qtbot, window, "日程")
    wait_all()
    model = page.model
    cities = {model.index(r, COLUMNS.index("city")).data() for r in range(model.rowCount())}
    assert {"北京", "华盛顿"} <= cities and not cities & {"Beijing", "Washington"}


def test_an_activitys_participants_are_found_by_their_chinese_names(qtbot, open_window):
    from journeys.user_seat import click, when_modal
    from PySide6.QtWidgets import QListWidget

    window = open_window("en")
    page = open_page(qtbot, window, "Commitments")
    wait_all()
    bar = page.tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(1).center())
    seen = []

    def find_sun_ming(dialog) -> None:
        dialog.findChild(QLineEdit, "participantSearch").setText("孙明")  # as an input method types it
        people = dialog.findChild(QListWidget, "activityParticipants")
        seen.extend(people.item(i).text() for i in range(people.count()) if not people.item(i).isHidden())
        dialog.reject()

    when_modal(find_sun_ming)
    click(qtbot, page.new_activity_button)
    wait_all()
    qtbot.waitUntil(lambda: bool(seen))
    assert sorted(seen) == ["SUN Ming 孙明 (CN MOJ)", "SUN Ming 孙明 (CN MPS)"]  # two namesakes
