"""The window paints its whole sidebar before any service is imported, builds a page when it is first
shown, and at the application's start makes the other pages ready while the user reads the first."""

from __future__ import annotations

import subprocess
import sys

import pytest
from PySide6.QtCore import QSettings

from dialogue_planner.gui.app import start_window
from dialogue_planner.gui.shell.pages import PAGES


@pytest.fixture
def settings(tmp_path):
    settings = QSettings(str(tmp_path / "start.ini"), QSettings.Format.IniFormat)
    settings.setValue("language", "en")
    return settings


def at_first_paint(tmp_path, *, before: str = "", after: str) -> list[str]:
    """The lines ``after`` prints in a new process stopped at the window's first paint, as the application
    starts it (``before`` runs first, before PySide6 is imported)."""
    code = (
        "import sys\n" + before + "from PySide6.QtCore import QSettings\n"
        "from dialogue_planner.gui.app import create_application, start_window\n"
        "app = create_application(cjk_font=False)\n"
        f"settings = QSettings({str(tmp_path / 's.ini')!r}, QSettings.Format.IniFormat)\n"
        f"window = start_window(app, {'sqlite:///' + str(tmp_path / 'none.sqlite')!r}, settings)\n"
        "window.starter.open_database = lambda: None  # stop at the first paint\n"
        "window.first_painted.connect(app.quit)\n"
        "app.exec()\n" + after
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=120,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin", "HOME": str(tmp_path)},
    )
    assert done.returncode == 0, done.stderr[-800:]
    return done.stdout.splitlines()


def test_the_first_paint_imports_no_service_and_shows_every_page_name(tmp_path):
    """What the first paint needs is PySide6 and the shell: SQLAlchemy, the services and the areas come
    after it (the startup figure of issue 19)."""
    titles, imported = at_first_paint(
        tmp_path,
        after=(
            "nav = window.navigation\n"
            "print([nav.item(i).text() for i in range(nav.count())])\n"
            "print(sorted(m for m in sys.modules if m.split('.')[0] in ('sqlalchemy', 'reportlab', 'holidays')\n"
            "    or m.startswith(('dialogue_planner.services', 'dialogue_planner.storage'))))\n"
        ),
    )
    assert titles == str([entry.title() for entry in PAGES])
    assert imported == "[]"


def test_the_first_paint_makes_no_class_it_does_not_show(tmp_path):
    """PySide6 makes a Qt class, and every enum of it, when Python first touches the class: 5-10 ms for
    QStyle, 9 ms for the whole of QtWidgets, which one Python call that takes any widget Qt made (a style's
    ``polish``, a first ``viewport()``) resolves. The first paint touches what it shows and no more."""
    made, imported = at_first_paint(
        tmp_path,
        before=(
            "import enum\n"
            "made = []\n"
            "create = enum.EnumType._create_\n"
            "def recording(cls, class_name, *args, **kwargs):\n"
            "    made.append(class_name)\n"
            "    return create(cls, class_name, *args, **kwargs)\n"
            "enum.EnumType._create_ = recording\n"
        ),
        after=(
            "print(sorted(made))\n"
            "print(sorted(m for m in ('dataclasses', 'dialogue_planner.gui.shell.shortcuts') if m in sys.modules))\n"
        ),
    )
    assert "AlignmentFlag" in made  # the recording works: the window lays out its labels
    unwanted = {
        "PixelMetric": "QStyle",
        "Preset": "QGradient",
        "WizardOption": "every class of QtWidgets",
        "InsertPolicy": "QComboBox (the status bar's, made once attached)",
    }
    assert [f"{name} of {owner}" for name, owner in unwanted.items() if f"'{name}'" in made] == []
    assert imported == "[]"


def test_a_page_is_built_when_first_shown(open_window):
    window = open_window("en")
    assert [page_id for page_id in window.page_ids() if window.is_built(page_id)] == ["overview"]
    requests = window.page("requests")
    assert window.is_built("requests") and window.stack.currentWidget() is requests
    assert not window.is_built("briefing")
    assert window.windowTitle().startswith("Requests")


def test_at_the_start_the_other_pages_are_made_ready_without_being_asked(qtbot, qapp, demo_db_url, settings):
    window = start_window(qapp, demo_db_url, settings)
    qtbot.addWidget(window)
    try:
        qtbot.waitUntil(lambda: window.app is not None, timeout=20_000)
        qtbot.waitUntil(lambda: all(window.is_built(entry.page_id) for entry in PAGES), timeout=30_000)
        assert window.stack.currentWidget() is window.page("overview")  # nothing was shown meanwhile
        assert window.navigation.currentRow() == 0
    finally:
        if window.app is not None:
            window.app.ops.wait_idle()
            window.close()
            window.app.ctx.db.dispose()


def test_the_warm_up_builds_nothing_while_a_service_call_is_out(open_window, qtbot):
    """A page's build waits until no call is out, so it never runs in the same turn as a call's result."""
    import threading

    from dialogue_planner.gui.kit.ops import wait_all
    from dialogue_planner.gui.shell.page_warmup import PageWarmUp

    window = open_window("en")
    release = threading.Event()
    window.app.ops.run(release.wait, 30)
    warm_up = PageWarmUp(window)
    warm_up._build_next()  # what the imports' end calls
    qtbot.wait(300)
    assert [page_id for page_id in window.page_ids() if window.is_built(page_id)] == ["overview"]
    release.set()
    wait_all()
    qtbot.waitUntil(lambda: all(window.is_built(entry.page_id) for entry in PAGES), timeout=10_000)
    assert window.stack.currentWidget() is window.page("overview")
