"""At the application's start the Overview shows its data before the database layer is loaded (the first
look), then the database is attached and the page gains what the other areas add. Where there is no first
look (a new file, a server, another schema) the start is as before."""

from __future__ import annotations

import subprocess
import sys
from ast import literal_eval

import pytest
from PySide6.QtCore import QSettings, Qt

from dialogue_planner.gui.app import start_window


@pytest.fixture
def settings(tmp_path):
    settings = QSettings(str(tmp_path / "start.ini"), QSettings.Format.IniFormat)
    settings.setValue("language", "en")
    return settings


@pytest.mark.slow
def test_the_overview_shows_its_data_before_the_database_layer_is_loaded(
    tmp_path, demo_database_file, demo_ctx
):
    """The started process stops where the first look is on screen: the dialogue's name, both sides and
    every count are there, and SQLAlchemy, the models and the services have not been imported."""
    from dialogue_planner.services.info import count_rows
    from dialogue_planner.services.overview import overview

    code = (
        "import sys\n"
        "from PySide6.QtCore import QSettings\n"
        "import dialogue_planner.gui.app as start\n"
        "app = start.create_application(cjk_font=False)\n"
        f"settings = QSettings({str(tmp_path / 's.ini')!r}, QSettings.Format.IniFormat)\n"
        f"window = start.start_window(app, {str(demo_database_file)!r}, settings)\n"
        "window.starter.open_in_background = app.quit  # stop at the first look\n"
        "app.exec()\n"
        "page = window.stack.currentWidget()\n"
        "print(window.app is None, page.page_id, page.heading.text())\n"
        "print({key: tile.value.text() for key, tile in page.tiles.items()})\n"
        "print([card.heading.text() for card in page.side_cards])\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('sqlalchemy', 'alembic', 'reportlab')\n"
        "    or m.startswith('dialogue_planner.storage.models')))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=120,
        env={
            "QT_QPA_PLATFORM": "offscreen",
            "PATH": "/usr/bin:/bin",
            "HOME": str(tmp_path),
            "DIALOGUE_PLANNER_USER": "tester",
        },
    )
    assert done.returncode == 0, done.stderr[-800:]
    state, tiles, sides, imported = done.stdout.splitlines()
    expected = overview(demo_ctx)
    assert state == f"True overview {expected.dialogue.name_en}"
    counts = count_rows(demo_ctx)
    assert tiles == str({key: f"{getattr(counts, key):,}" for key in literal_eval(tiles)})
    assert all(
        side.code in text for side, text in zip(expected.dialogue.sides, literal_eval(sides), strict=True)
    )
    assert imported == "[]"


def _started(qtbot, qapp, db_url, settings):
    """The window as the application starts it, with what it was like when the first look showed."""
    window = start_window(qapp, db_url, settings)
    qtbot.addWidget(window)
    seen: list[dict] = []
    show = window.show_first_look

    def first_look(look, language):
        show(look, language)
        page = window.stack.currentWidget()
        tile = page.tiles["requests"]
        qtbot.mouseClick(tile, Qt.MouseButton.LeftButton)  # before the database is attached: nothing yet
        seen.append(
            {
                "attached": window.app is not None,
                "heading": page.heading.text(),
                "requests": tile.value.text(),
                "cards": len(page.extra_cards),
                "page": window.stack.currentWidget().page_id,
            }
        )

    window.show_first_look = first_look
    return window, seen


def _close(window) -> None:
    if window.app is not None:
        window.app.ops.wait_idle()
        window.close()
        window.app.ctx.db.dispose()


def test_the_first_look_then_the_attached_page(qtbot, qapp, demo_db_url, settings):
    from dialogue_planner.gui.shell.pages import OVERVIEW_CARDS

    window, seen = _started(qtbot, qapp, demo_db_url, settings)
    try:
        qtbot.waitUntil(lambda: window.app is not None, timeout=20_000)
        assert seen and seen[0]["attached"] is False and seen[0]["page"] == "overview"
        assert seen[0]["heading"] and seen[0]["cards"] == 0 and seen[0]["requests"] not in ("", "–")
        page = window.stack.currentWidget()
        assert page.page_id == "overview"
        assert len(page.extra_cards) == len(OVERVIEW_CARDS) and page.alerts  # the areas joined it
        assert page.heading.text() == seen[0]["heading"]
        window.app.ops.wait_idle()
        qtbot.mouseClick(
            page.tiles["requests"], Qt.MouseButton.LeftButton
        )  # attached: the tile opens its page
        qtbot.waitUntil(lambda: window.stack.currentWidget().page_id == "requests", timeout=10_000)
    finally:
        _close(window)


def test_a_new_file_has_no_first_look_and_opens_as_before(qtbot, qapp, tmp_path, settings):
    window, seen = _started(qtbot, qapp, f"sqlite:///{tmp_path / 'new.sqlite'}", settings)
    try:
        qtbot.waitUntil(lambda: window.app is not None, timeout=20_000)
        page = window.stack.currentWidget()
        qtbot.waitUntil(lambda: page.setup_card.isVisible(), timeout=10_000)
        assert seen == []
    finally:
        _close(window)


def test_a_page_clicked_before_the_database_is_attached_opens_then(qtbot, qapp, demo_db_url, settings):
    window = start_window(qapp, demo_db_url, settings)
    qtbot.addWidget(window)
    show = window.show_first_look

    def first_look(look, language):
        show(look, language)
        window.navigation.setCurrentRow(window.page_ids().index("schedule"))  # the user's click, meanwhile

    window.show_first_look = first_look
    try:
        qtbot.waitUntil(lambda: window.app is not None, timeout=20_000)
        assert window.stack.currentWidget().page_id == "schedule"
    finally:
        _close(window)


def test_the_window_answers_while_the_database_opens(qtbot, qapp, demo_db_url, settings, monkeypatch):
    """Opening the database (a migration, a slow or far server) runs off the GUI thread: the window shows
    the first look and keeps answering until the session arrives, then attaches it."""
    import threading

    from PySide6.QtCore import QTimer

    from dialogue_planner.services import session

    release, opened_on = threading.Event(), []
    original = session.open_session

    def slow_open(address):
        opened_on.append(threading.current_thread())
        assert release.wait(20)
        return original(address)

    monkeypatch.setattr(session, "open_session", slow_open)
    window, seen = _started(qtbot, qapp, demo_db_url, settings)
    ticks: list[int] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(5)
    try:
        qtbot.waitUntil(lambda: bool(opened_on) and len(ticks) > 20, timeout=20_000)
        assert window.app is None and seen  # the first look shows, the window answers meanwhile
        assert opened_on[0] is not threading.main_thread()
        release.set()
        qtbot.waitUntil(lambda: window.app is not None, timeout=20_000)
    finally:
        timer.stop()
        release.set()
        _close(window)


def test_a_database_that_cannot_be_opened_says_why_and_ends(qtbot, qapp, tmp_path, settings, monkeypatch):
    """A newer schema (written by a newer program): no first look, the refusal in a message box, and the
    application ends with status 1; the file is left as it was."""
    import sqlite3

    from journeys.user_seat import answer_next_box

    from dialogue_planner.storage.database import open_database

    path = tmp_path / "newer.sqlite"
    open_database(f"sqlite:///{path}").dispose()
    with sqlite3.connect(path) as con:
        con.execute("UPDATE alembic_version SET version_num = '9999'")
    con.close()
    before = path.read_bytes()
    exits: list[int] = []
    monkeypatch.setattr(qapp, "exit", exits.append)
    window, seen = _started(qtbot, qapp, f"sqlite:///{path}", settings)
    said = answer_next_box(qtbot, "OK", expect="The database")
    qtbot.waitUntil(lambda: exits == [1], timeout=20_000)
    assert "newer version of Dialogue Planner" in said[0] and seen == [] and window.app is None
    assert path.read_bytes() == before


def test_a_bug_while_the_database_opens_is_shown_and_ends_the_start(
    qtbot, qapp, demo_db_url, settings, monkeypatch
):
    """Not a traceback on the terminal and a window left "Opening the database…" for ever: the bug dialog
    (the log written), then status 1."""
    from journeys.user_seat import answer_next_box

    from dialogue_planner.services import session

    def broken(_address):
        raise RuntimeError("a bug while opening")

    monkeypatch.setattr(session, "open_session", broken)
    exits: list[int] = []
    monkeypatch.setattr(qapp, "exit", exits.append)
    window, seen = _started(qtbot, qapp, demo_db_url, settings)
    said = answer_next_box(qtbot, "OK", expect="Something went wrong inside Dialogue Planner")
    qtbot.waitUntil(lambda: exits == [1], timeout=20_000)
    assert said and seen and window.app is None


def test_a_save_made_elsewhere_while_the_pages_load_is_news(qtbot, qapp, demo_db_url, settings, monkeypatch):
    """The change watcher starts with the Workstation page, after the first pages loaded; its baseline is
    the counter read as the session opened, so a save another workstation made in between reaches the
    pages instead of becoming part of the baseline."""
    from datetime import date

    from dialogue_planner.gui.shell.page_warmup import PageWarmUp
    from dialogue_planner.services.blackouts import add_blackout
    from dialogue_planner.services.context import ServiceContext
    from dialogue_planner.storage.database import open_database

    monkeypatch.setattr(PageWarmUp, "start", lambda _self: None)  # the Workstation page is built when shown
    window = start_window(qapp, demo_db_url, settings)
    qtbot.addWidget(window)
    other = open_database(demo_db_url)
    try:
        qtbot.waitUntil(lambda: window.app is not None, timeout=20_000)
        window.app.ops.wait_idle()
        assert not window.is_built("workstation")
        add_blackout(ServiceContext.connect(other), date(2031, 3, 2), None, "Saved on another workstation")
        changed: list[set] = []
        window.app.data_changed.connect(changed.append)
        page = window.page("workstation")
        qtbot.waitUntil(lambda: any("blackout" in areas for areas in changed), timeout=10_000)
        assert page.watcher.baseline is not None
    finally:
        other.dispose()
        _close(window)
