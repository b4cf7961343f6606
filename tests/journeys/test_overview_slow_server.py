"""The Overview loads off the GUI thread: a slow server leaves the window answering (issue 18)."""

from __future__ import annotations

import threading


def test_a_slow_server_leaves_the_window_answering_while_the_overview_loads(
    qtbot, ctx, tmp_path, monkeypatch
):
    from PySide6.QtCore import QSettings, QTimer

    from dialogue_planner.gui.kit.ops import wait_all
    from dialogue_planner.gui.overview.page import OverviewPage
    from dialogue_planner.gui.shell.app_context import AppContext
    from dialogue_planner.gui.shell.errors import ErrorReporter
    from dialogue_planner.services import overview as service

    app = AppContext(
        ctx, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat), ErrorReporter(interactive=False)
    )
    page = OverviewPage(app)
    qtbot.addWidget(page)
    page.show()
    release = threading.Event()
    original = service.overview

    def waiting(*args, **kwargs):
        assert release.wait(10)
        return original(*args, **kwargs)

    monkeypatch.setattr(service, "overview", waiting)  # the page imports it when it refreshes
    ticks = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(5)
    page.refresh()
    qtbot.waitUntil(lambda: len(ticks) >= 3, timeout=5000)
    assert app.ops.busy and page.tiles["agencies"].value.text() == "–"
    release.set()
    qtbot.waitUntil(lambda: not app.ops.busy, timeout=10_000)
    wait_all()
    timer.stop()
    assert page.heading.text().startswith("U.S.–China High-Level Joint Dialogue")
    assert page.tiles["agencies"].value.text() == "8" and not page.setup_card.isVisible()
    assert app.errors.shown == []
