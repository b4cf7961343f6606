"""The warm-up's imports stand aside while the user works: no page's module is imported while a service call
is out, nor until its results have had ``QUIET_MS`` to show; then the rest follow, the renderer last."""

from __future__ import annotations

import sys
import threading
from types import SimpleNamespace

import pytest
from PySide6.QtWidgets import QWidget

from dialogue_planner.gui.kit.ops import Ops
from dialogue_planner.gui.shell import page_warmup, pages


class Window(QWidget):
    """What the warm-up asks of the main window, with every page already built (only the imports run)."""

    def __init__(self) -> None:
        super().__init__()
        self.app = SimpleNamespace(ops=Ops(lambda *args, **kwargs: None, self))

    def is_built(self, page_id: str) -> bool:
        return True


def probes(tmp_path, monkeypatch, names: list[str]) -> None:
    for name in names:
        (tmp_path / f"{name}.py").write_text("")
        sys.modules.pop(name, None)
    monkeypatch.syspath_prepend(str(tmp_path))


def test_the_imports_wait_for_the_users_calls_and_their_results(qtbot, tmp_path, monkeypatch):
    probes(tmp_path, monkeypatch, ["stand_first", "stand_second", "stand_renderer"])
    monkeypatch.setattr(
        pages,
        "PAGES",
        [pages.PageEntry(n, "overview", f"{n}:X") for n in ("stand_first", "stand_second")],
    )
    monkeypatch.setattr(pages, "AFTER_PAGES", ("stand_renderer",))
    window = Window()
    qtbot.addWidget(window)
    window.show()
    warm_up = page_warmup.PageWarmUp(window)
    release = threading.Event()
    window.app.ops.run(release.wait, 10)  # the user's call, out until released
    try:
        assert not warm_up.quiet.is_set()
        warm_up.imports.start()
        qtbot.wait(300)
        assert "stand_first" not in sys.modules  # waited for the call
        with qtbot.waitSignal(window.app.ops.busy_changed, timeout=5000):
            release.set()
        qtbot.wait(page_warmup.QUIET_MS // 3)
        assert "stand_first" not in sys.modules  # and for its results to show
        with qtbot.waitSignal(warm_up.imports.done, timeout=5000):
            pass
        assert {"stand_first", "stand_second", "stand_renderer"} <= set(sys.modules)
    finally:
        release.set()
        window.app.ops.wait_idle()


def test_a_user_who_never_pauses_still_has_every_page_imported(qtbot, tmp_path, monkeypatch):
    probes(tmp_path, monkeypatch, ["busy_first"])
    monkeypatch.setattr(pages, "PAGES", [pages.PageEntry("busy_first", "overview", "busy_first:X")])
    monkeypatch.setattr(pages, "AFTER_PAGES", ())
    monkeypatch.setattr(page_warmup, "LONGEST_WAIT_S", 0.2)
    window = Window()
    qtbot.addWidget(window)
    window.show()
    warm_up = page_warmup.PageWarmUp(window)
    release = threading.Event()
    window.app.ops.run(release.wait, 10)
    try:
        with qtbot.waitSignal(warm_up.imports.done, timeout=5000):
            warm_up.imports.start()
        assert window.app.ops.busy and "busy_first" in sys.modules
    finally:
        release.set()
        window.app.ops.wait_idle()


def test_the_warm_up_reads_both_sides_holidays_before_the_user_asks(open_window):
    """The first calendar of a country imports its modules (30-60 ms of Python): the warm-up reads this
    year's for both sides, after the first page's loads, so a later page load that needs them does not."""
    from datetime import date

    from dialogue_planner.domain.working_days import year_calendar
    from dialogue_planner.gui.kit.ops import wait_all
    from dialogue_planner.services.info import current_dialogue

    window = open_window("en")
    wait_all()
    year_calendar.cache_clear()
    page_warmup.PageWarmUp(window)._home_then_imports()
    wait_all()
    countries = {s.holiday_country or s.code for s in current_dialogue(window.app.ctx).sides}
    hits = year_calendar.cache_info().hits
    for country in countries:
        year_calendar(country, date.today().year)
    assert len(countries) == 2 and year_calendar.cache_info().hits == hits + 2


def test_a_database_without_a_dialogue_has_no_calendars_to_read_and_says_nothing(tmp_path):
    from dialogue_planner.domain.errors import DialogueError
    from dialogue_planner.services.schedule import read_calendars
    from dialogue_planner.services.session import open_session
    from dialogue_planner.storage.database import open_database

    url = f"sqlite:///{tmp_path / 'empty.sqlite'}"
    open_database(url).dispose()
    ctx = open_session(url)
    try:
        with pytest.raises(DialogueError) as raised:
            read_calendars(ctx)
        assert page_warmup._no_dialogue_yet(raised.value)
        assert not page_warmup._no_dialogue_yet(RuntimeError("a bug"))
    finally:
        ctx.db.dispose()
