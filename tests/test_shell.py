"""The application shell driven offscreen: pages, status bar, tasks with progress and cancel, errors."""

from __future__ import annotations

import re
import threading

import pytest
from journeys.user_seat import answer_next_box
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QLabel

from dialogue_planner.domain.errors import ValidationError
from dialogue_planner.gui.kit.tasks import Cancelled


@pytest.fixture
def window(qtbot, demo_ctx, tmp_path):
    from dialogue_planner.gui.shell.app_context import AppContext
    from dialogue_planner.gui.shell.errors import ErrorReporter
    from dialogue_planner.gui.shell.main_window import MainWindow

    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    win = MainWindow(AppContext(demo_ctx, settings, ErrorReporter(interactive=False)))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    from dialogue_planner.gui.kit.ops import wait_all

    wait_all()  # the Overview and its cards load off the GUI thread (gui/kit/ops.py), one call after another
    yield win
    win.app.tasks.wait()


def test_overview_shows_the_dialogue_sides_and_counts(window):
    page = window.page("overview")
    assert page.heading.text().startswith("U.S.–China High-Level Joint Dialogue")
    assert page.subheading.text() == "中美打击网络犯罪及相关事项高级别联合对话"
    assert page.tiles["requests"].value.text() == "368"
    headings = [card.heading.text() for card in page.side_cards]
    assert headings[0].startswith("United States of America") and "(CN)" in headings[1]
    # The agencies at the table are listed; those under them are counted (the demo has the FBI under DOJ).
    us = page.side_cards[0].findChild(QLabel, "agencyList").text()
    assert "<b>DOJ</b>" in us and "<b>FBI</b>" not in us
    assert "Agencies under these: 1, listed on the Roster page." in [
        label.text() for label in page.side_cards[0].findChildren(QLabel)
    ]
    assert "tester" in window.role_label.text() and "admin" in window.role_label.text()
    assert window.database_label.full_text().endswith("test.sqlite")
    assert "sqlite:" not in window.database_label.full_text()


def test_window_geometry_and_page_are_kept(window, qtbot, demo_ctx, tmp_path):
    width = window.width()
    window.resize(width, 640)  # the offscreen screen is 800x800; restoreGeometry keeps windows on screen
    window.close()
    from dialogue_planner.gui.shell.app_context import AppContext
    from dialogue_planner.gui.shell.errors import ErrorReporter
    from dialogue_planner.gui.shell.main_window import MainWindow

    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    again = MainWindow(AppContext(demo_ctx, settings, ErrorReporter(interactive=False)))
    qtbot.addWidget(again)
    assert again.size().height() == 640 and again.size().width() <= width
    assert not settings.value("window/geometry").isEmpty()
    assert again.navigation.currentRow() == 0


def test_background_task_reports_progress_and_result(window, qtbot):
    seen = []
    with qtbot.waitSignal(window.app.tasks.ended, timeout=5000):
        window.app.tasks.run(
            "Counting",
            lambda progress: [progress(i, 3, f"step {i}") for i in range(3)] and 42,
            on_done=seen.append,
        )
    assert seen == [42]


def test_cancelled_task_stops_and_skips_its_callback(window, qtbot):
    gate = threading.Event()
    done = []

    def work(progress):
        gate.wait(5)
        if not progress(1, 2, "half"):
            raise Cancelled()
        return "finished"

    with qtbot.waitSignal(window.app.tasks.ended, timeout=5000):
        task = window.app.tasks.run("Slow", work, on_done=done.append)
        assert window.cancel_button.isVisibleTo(window)
        window.cancel_button.click()
        assert task.cancelled
        gate.set()
    assert done == []
    assert not window.cancel_button.isVisibleTo(window)


def test_errors_take_one_path_known_and_bugs(window, qtbot):
    def known(_progress):
        raise ValidationError("That date is impossible.")

    def bug(_progress):
        raise ZeroDivisionError("oops")

    with qtbot.waitSignal(window.app.tasks.ended, timeout=5000):
        window.app.tasks.run("known", known)
    with qtbot.waitSignal(window.app.tasks.ended, timeout=5000):
        window.app.tasks.run("bug", bug)
    assert window.app.errors.shown[0] == ("known", "That date is impossible.")
    assert window.app.errors.shown[1][0] == "bug"
    from dialogue_planner.gui.shell.errors import log_path

    logged = log_path().read_text(encoding="utf-8")
    assert "ZeroDivisionError" in logged
    assert re.search(
        r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d internal error in the application "
        r"\(Dialogue Planner \d",
        logged,
        re.MULTILINE,
    )


def test_a_bug_whose_log_cannot_be_written_does_not_claim_it_was(qtbot, monkeypatch, tmp_path):
    """A full disk or a read-only data folder: the box says the details are below, not "written to"."""
    from dialogue_planner.gui.shell import errors

    blocked = tmp_path / "blocked"
    blocked.write_text("a file where the data folder should be")
    monkeypatch.setenv("DIALOGUE_PLANNER_DATA_DIR", str(blocked / "data"))
    seen = answer_next_box(qtbot, "OK")
    try:
        raise ZeroDivisionError("oops")
    except ZeroDivisionError as exc:
        errors.ErrorReporter(None, interactive=True).report(exc)
    assert seen and "could not be written" in seen[0] and "were written to" not in seen[0]


def test_every_page_builds_and_refreshes_without_error(window):
    for page_id in window.page_ids():
        window.page(page_id)
    assert window.app.errors.shown == []


def test_screenshots_command_saves_every_page(demo_ctx, tmp_path):
    from PySide6.QtGui import QImage

    from dialogue_planner.cli import main

    folder = tmp_path / "shots"
    assert main(["--db", demo_ctx.db.url, "screenshots", str(folder)]) == 0
    shots = sorted(folder.glob("*.png"))
    assert [p.stem for p in shots][:1] and "overview" in [p.stem for p in shots]
    image = QImage(str(shots[0]))
    assert image.width() >= 1200 and image.height() >= 800
    # The briefing page is shown with its pack rendered: a white page where the empty preview is grey.
    from PySide6.QtGui import QColor

    briefing = QImage(str(folder / "briefing.png"))
    assert QColor(briefing.pixel(900, 700)).lightness() > 240


def test_choosing_the_language_in_use_keeps_it_without_asking(window):
    """Choosing the language already on screen only keeps the choice; another language offers a restart
    (tests/gui/test_language.py)."""
    english = next(a for a in window.language_actions.actions() if a.data() == "en")
    english.trigger()
    assert window.settings.value("language") == "en"
    assert window.isVisible()


def test_overview_leads_with_the_chinese_name_in_chinese(qtbot, demo_ctx, tmp_path):
    from dialogue_planner.gui.shell.app_context import AppContext
    from dialogue_planner.gui.shell.errors import ErrorReporter
    from dialogue_planner.gui.shell.main_window import MainWindow

    settings = QSettings(str(tmp_path / "zh.ini"), QSettings.Format.IniFormat)
    win = MainWindow(AppContext(demo_ctx, settings, ErrorReporter(interactive=False), language="zh_CN"))
    qtbot.addWidget(win)
    page = win.page("overview")
    page.refresh()
    from dialogue_planner.gui.kit.ops import wait_all

    wait_all()
    assert page.heading.text() == "中美打击网络犯罪及相关事项高级别联合对话"
    assert page.subheading.text().startswith("U.S.–China")


def test_screenshots_are_taken_down_to_the_smallest_screen_the_window_fits(demo_ctx, tmp_path, capsys):
    from PySide6.QtGui import QImage

    from dialogue_planner.cli import main

    assert main(["--db", demo_ctx.db.url, "screenshots", "--size", "1023x700", str(tmp_path / "no")]) == 1
    assert "at least 1024x700" in capsys.readouterr().err and not (tmp_path / "no").exists()
    assert main(["--db", demo_ctx.db.url, "screenshots", "--size", "1024x700", str(tmp_path / "small")]) == 0
    image = QImage(str(tmp_path / "small" / "roster.png"))
    assert (image.width(), image.height()) == (1024, 700)


def test_a_bug_after_the_work_finished_does_not_say_nothing_was_saved(qtbot):
    """A bug in what shows a task's result (its on_done) comes after the service committed: the message
    says what was saved is saved, never "the change was not saved"."""
    from dialogue_planner.gui.kit.tasks import TaskRunner
    from dialogue_planner.gui.shell.errors import ErrorReporter

    def show_result(_result):
        raise ZeroDivisionError("the view could not show it")

    runner = TaskRunner(ErrorReporter(None, interactive=True).report)
    seen = answer_next_box(qtbot, "OK")
    with qtbot.waitSignal(runner.ended, timeout=5000):
        runner.run("save", lambda _progress: "saved", on_done=show_result)
    qtbot.waitUntil(lambda: bool(seen))
    assert "after the work itself had finished" in seen[0] and "not saved" not in seen[0]


def test_the_gui_process_hands_the_interpreter_lock_over_within_a_millisecond(qapp):
    """A background thread making rows keeps the lock at most this long while the GUI thread waits to paint."""
    import sys

    from dialogue_planner.gui.app import SWITCH_INTERVAL_S, create_application

    before = sys.getswitchinterval()
    try:
        sys.setswitchinterval(0.005)
        create_application()
        assert sys.getswitchinterval() == pytest.approx(SWITCH_INTERVAL_S) and SWITCH_INTERVAL_S <= 0.001
    finally:
        sys.setswitchinterval(before)
