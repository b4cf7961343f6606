"""Shared fixtures: a migrated temporary SQLite database per test, a PostgreSQL database per session,
and service contexts on both. Qt runs offscreen and QSettings point at a temporary folder."""

from __future__ import annotations

import os
import shutil
import sys
import uuid
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from hypothesis import settings

import dialogue_planner.gui  # noqa: F401  (applies the Qt bindings' work-arounds before any test runs)

# No timed assertions: Hypothesis's per-example deadline (200 ms) fails a correct test on a busy two-core
# machine (it did, in tests/commitments/test_overdue.py, while other work ran beside the suite).
settings.register_profile("dialogue-planner", deadline=None)
settings.load_profile("dialogue-planner")

PG_ENV = "DIALOGUE_PLANNER_TEST_PG"
PG_DEFAULT = "postgresql+psycopg://root@127.0.0.1:5432/test"


@pytest.fixture(autouse=True)
def _isolated_environment(tmp_path_factory, monkeypatch):
    """No test reads or writes the real user's data folder or settings."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("DIALOGUE_PLANNER_DATA_DIR", str(home / "data"))
    monkeypatch.setenv("DIALOGUE_PLANNER_SETTINGS_DIR", str(home / "settings"))
    monkeypatch.delenv("DIALOGUE_PLANNER_DB", raising=False)
    monkeypatch.setenv("DIALOGUE_PLANNER_USER", "tester")
    yield
    # The vocabulary labels (gui/kit/words.py) are cached in the language installed when first shown; a
    # test that installed (and removed) Chinese translators must not leave them Chinese for the next one.
    words = sys.modules.get("dialogue_planner.gui.kit.words")
    if words is not None:
        words.reset_cache()


def _settling(action):
    """A user's click or key starts service calls off the GUI thread (``gui/kit/ops.py``); a person looks
    after the window has answered, so the test does too: the action, then every call it started and what
    they show."""

    def act(*args, **kwargs):
        from dialogue_planner.gui.kit.ops import wait_all

        result = action(*args, **kwargs)
        wait_all()
        return result

    return staticmethod(act)


def _settle_user_actions() -> None:
    from pytestqt.qtbot import QtBot

    for name in ("mouseClick", "mouseDClick", "keyClick", "keyClicks", "keySequence"):
        setattr(QtBot, name, _settling(getattr(QtBot, name)))


_settle_user_actions()


@pytest.fixture(autouse=True)
def _no_dialog_blocks_a_test(request):
    """A modal window nobody answers would block the test in its event loop for ever: in tests that use Qt,
    one left open for 5 s (30 s while an answerer of ``journeys/user_seat.py`` runs) is closed and the test
    fails with its title and text."""
    if not {"qtbot", "qapp"} & set(request.fixturenames):
        yield
        return
    from journeys.user_seat import ModalWatchdog, _Expecting

    request.getfixturevalue("qapp")
    _Expecting.count = 0
    watchdog = ModalWatchdog()
    yield watchdog
    watchdog.stop()
    _Expecting.count = 0
    if watchdog.stuck:
        pytest.fail("a modal window nobody answered was closed: " + "; ".join(watchdog.stuck), pytrace=False)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_teardown(item):
    """After pytest-qt has closed the test's widgets (``deleteLater``): delete them now, on the GUI thread.
    Left for the next test's event loop, a closed window whose Python side became garbage could be freed
    by a cyclic collection that a service call started on its operations thread, and a window freed off
    the GUI thread crashes the process (a worker died so in ``test_click_everything``)."""
    result = yield
    if "PySide6.QtWidgets" in sys.modules:
        from PySide6.QtCore import QCoreApplication, QEvent

        if QCoreApplication.instance() is not None:
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    return result


@pytest.fixture(scope="session")
def _migrated_template(tmp_path_factory) -> Path:
    """A database created once per test process through every migration (seconds); each test gets a copy."""
    from dialogue_planner.storage.database import open_database

    path = tmp_path_factory.mktemp("template") / "template.sqlite"
    database = open_database(f"sqlite:///{path}")
    database.dispose()
    return path


@pytest.fixture(scope="session")
def demo_database_file(tmp_path_factory) -> Path:
    """The demo database, made once per test process (seconds); ``demo_ctx`` and the GUI tests copy it."""
    from dialogue_planner.services.context import ServiceContext
    from dialogue_planner.services.demo import load_demo
    from dialogue_planner.services.setup import initialise
    from dialogue_planner.storage.database import open_database

    folder = tmp_path_factory.mktemp("demo")
    path = folder / "demo.sqlite"
    with pytest.MonkeyPatch.context() as env:  # the same identity and data folder every test has
        env.setenv("DIALOGUE_PLANNER_USER", "tester")
        env.setenv("DIALOGUE_PLANNER_DATA_DIR", str(folder / "data"))
        database = open_database(f"sqlite:///{path}")
        ctx = ServiceContext.connect(database)
        initialise(ctx)
        load_demo(ctx)
        database.dispose()
    return path


def _wants_demo(request) -> bool:
    return "demo_ctx" in request.fixturenames


@pytest.fixture
def db_url(request, tmp_path, _migrated_template) -> str:
    """A copy of the migrated database, or of the demo database when the test asks for ``demo_ctx``."""
    target = tmp_path / "test.sqlite"
    source = request.getfixturevalue("demo_database_file") if _wants_demo(request) else _migrated_template
    shutil.copyfile(source, target)
    return f"sqlite:///{target}"


@pytest.fixture
def db(db_url):
    from dialogue_planner.storage.database import open_database

    database = open_database(db_url)
    yield database
    database.dispose()


@pytest.fixture
def ctx(request, db):
    """An admin on a database holding the 2015 dialogue (no demo data)."""
    from dialogue_planner.services.context import ServiceContext
    from dialogue_planner.services.setup import initialise

    context = ServiceContext.connect(db)
    if not _wants_demo(request):  # the demo's copy is initialised already
        initialise(context)
    return context


@pytest.fixture
def demo_ctx(ctx):
    """An admin on a copy of the demo database."""
    return ctx


# -- PostgreSQL --------------------------------------------------------------------------------------
def _pg_admin_url() -> str:
    return os.environ.get(PG_ENV, PG_DEFAULT)


@pytest.fixture(scope="session")
def pg_server():
    """The server's admin URL, or a skip (a failure when CI is set) if it cannot be reached."""
    from sqlalchemy import create_engine, text

    url = _pg_admin_url()
    try:
        engine = create_engine(url, isolation_level="AUTOCOMMIT")
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
        engine.dispose()
    except Exception as exc:  # noqa: BLE001 - any failure to connect means "no server"
        message = f"PostgreSQL not reachable at {url}: {exc}"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    return url


@pytest.fixture(scope="session")
def pg_template(pg_server):
    """One migrated database per test session; each test gets a fresh copy of it (CREATE ... TEMPLATE),
    so PostgreSQL tests are isolated without paying for the migrations every time."""
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    from dialogue_planner.storage.database import open_database

    name = f"dp_template_{uuid.uuid4().hex[:12]}"
    admin = create_engine(pg_server, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    open_database(make_url(pg_server).set(database=name).render_as_string(hide_password=False)).dispose()
    yield name
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


def _scratch_database(pg_server: str, template: str | None):
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    name = f"dp_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(pg_server, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"' + (f' TEMPLATE "{template}"' if template else "")))
    yield make_url(pg_server).set(database=name).render_as_string(hide_password=False)
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


@pytest.fixture
def pg_url(pg_server):
    """A fresh, empty PostgreSQL database for one test, dropped afterwards."""
    yield from _scratch_database(pg_server, None)


@pytest.fixture
def pg_migrated_url(pg_server, pg_template):
    """A fresh PostgreSQL database already at the current schema (a copy of the session's template)."""
    yield from _scratch_database(pg_server, pg_template)


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def any_db_url(request, tmp_path):
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'any.sqlite'}"
    return request.getfixturevalue("pg_migrated_url")


@pytest.fixture
def any_ctx(any_db_url):
    """An admin context on SQLite and on PostgreSQL, with the 2015 dialogue."""
    from dialogue_planner.services.context import ServiceContext
    from dialogue_planner.services.setup import initialise
    from dialogue_planner.storage.database import open_database

    database = open_database(any_db_url)
    context = ServiceContext.connect(database)
    initialise(context)
    yield context
    database.dispose()


# -- The slow files -----------------------------------------------------------------------------------
#: Whole files that take minutes: the PyInstaller bundle, every command fuzzed (on PostgreSQL too),
#: processes racing each other on both engines, every JSON shape, every benchmark once. They run with
#: ``-m slow`` (``.ci/run`` runs them after the suite); the README's command leaves them out, like every
#: test marked ``slow`` where it stands, to keep the suite within a few minutes.
SLOW_FILES = {
    "packaging/test_bundle.py",
    "cli_fuzz/test_fuzz_commands.py",
    "workstation/test_concurrent_imports.py",
    "workstation/test_concurrent_edits.py",
    "workstation/test_crash_safety.py",
    "workstation/test_restore_checks_postgres.py",
    "test_json_shapes.py",
    "benchmarks/test_benchmarks_smoke.py",
}


def pytest_collection_modifyitems(config, items):
    here = Path(__file__).parent
    for item in items:
        if item.path.relative_to(here).as_posix() in SLOW_FILES:
            item.add_marker(pytest.mark.slow)
