"""The workstation GUI driven offscreen: connection settings with the password in the keyring only,
the conflict dialog and its model, live refresh from a second workstation without losing the
selection or a half-finished edit, and the Workstation page."""

from __future__ import annotations

import os
import threading
from datetime import date
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.errors import KeyringError, PasswordDeleteError
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QDialog, QMessageBox
from sqlalchemy.engine import make_url

from dialogue_planner.domain.errors import ConflictError, DialogueError
from dialogue_planner.gui.kit.conflict_dialog import ConflictDialog, ConflictFieldsModel, resolve_with_dialog
from dialogue_planner.gui.kit.ops import wait_all
from dialogue_planner.gui.kit.values import show_value
from dialogue_planner.gui.workstation import credentials
from dialogue_planner.gui.workstation.connection_dialog import ConnectionDialog
from dialogue_planner.gui.workstation.watcher import ChangeWatcher
from dialogue_planner.services.conflicts import Choice, Conflict
from dialogue_planner.services.context import ServiceContext
from dialogue_planner.services.meetings import add_meeting, get_meeting, update_meeting
from dialogue_planner.services.workstation import ConnectionSettings

SHOTS = (
    Path(os.environ.get("DIALOGUE_PLANNER_SHOTS", "")) if os.environ.get("DIALOGUE_PLANNER_SHOTS") else None
)


class MemoryKeyring(KeyringBackend):
    priority = 1

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service, username):
        return self.store.get((service, username))

    def set_password(self, service, username, password):
        self.store[(service, username)] = password

    def delete_password(self, service, username):
        if (service, username) not in self.store:
            raise PasswordDeleteError("no such password")
        del self.store[(service, username)]


class BrokenKeyring(MemoryKeyring):
    def set_password(self, service, username, password):
        raise KeyringError("no keyring daemon")

    def get_password(self, service, username):
        raise KeyringError("no keyring daemon")


@pytest.fixture
def memory_keyring():
    previous = keyring.get_keyring()
    ring = MemoryKeyring()
    keyring.set_keyring(ring)
    yield ring
    keyring.set_keyring(previous)


@pytest.fixture
def settings(tmp_path):
    return QSettings(str(tmp_path / "workstation.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def app_context(ctx, settings):
    from dialogue_planner.gui.shell.app_context import AppContext
    from dialogue_planner.gui.shell.errors import ErrorReporter

    return AppContext(ctx, settings, ErrorReporter(interactive=False))


def shot(widget, name: str) -> None:
    if SHOTS is not None:
        SHOTS.mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(SHOTS / f"{name}.png"))


# -- connection settings ------------------------------------------------------------------------------
def test_the_password_goes_to_the_keyring_and_never_into_the_settings_file(
    qtbot, settings, memory_keyring, tmp_path
):
    dialog = ConnectionDialog(settings)
    qtbot.addWidget(dialog)
    dialog.address.setText("postgresql://db.secretariat.example:5432/dialogue")
    dialog.login.setText("li.na")
    dialog.password.setText("correct horse")
    dialog.resize(640, 320)
    shot(dialog, "connection-dialog")
    dialog.buttons.accepted.emit()
    assert dialog.result() == QDialog.DialogCode.Accepted
    settings.sync()
    text = Path(settings.fileName()).read_text()
    assert "correct horse" not in text and "db.secretariat.example" in text and "li.na" in text
    conn = credentials.saved_connection(settings)
    assert memory_keyring.store == {("dialogue-planner", credentials.keyring_account(conn)): "correct horse"}
    url = make_url(credentials.startup_url(None, settings))
    assert (url.username, url.password, url.host, url.port, url.database) == (
        "li.na",
        "correct horse",
        "db.secretariat.example",
        5432,
        "dialogue",
    )


def test_the_dialog_shows_what_is_saved_without_revealing_the_password(qtbot, settings, memory_keyring):
    credentials.save_connection(
        settings, ConnectionSettings("postgresql+psycopg://srv/dialogue", "wang"), "pw", remember=True
    )
    dialog = ConnectionDialog(settings)
    qtbot.addWidget(dialog)
    assert dialog.address.text() == "postgresql+psycopg://srv/dialogue" and dialog.login.text() == "wang"
    assert dialog.password.text() == "" and "keyring" in dialog.password.placeholderText()


def test_unticking_remember_forgets_the_stored_password(settings, memory_keyring):
    conn = ConnectionSettings("postgresql+psycopg://srv/dialogue", "wang")
    credentials.save_connection(settings, conn, "pw", remember=True)
    credentials.save_connection(settings, conn, "", remember=False)
    assert memory_keyring.store == {} and credentials.stored_password(conn) is None
    credentials.forget_connection(settings)
    assert credentials.saved_connection(settings) is None


def test_a_broken_keyring_is_said_plainly_and_nothing_is_written(settings):
    previous = keyring.get_keyring()
    keyring.set_keyring(BrokenKeyring())
    try:
        with pytest.raises(DialogueError, match="not saved anywhere"):
            credentials.save_connection(
                settings, ConnectionSettings("postgresql+psycopg://srv/d", "u"), "pw", remember=True
            )
        assert credentials.saved_connection(settings) is None
        assert credentials.stored_password(ConnectionSettings("postgresql+psycopg://srv/d", "u")) is None
    finally:
        keyring.set_keyring(previous)


@pytest.mark.parametrize(
    "typed, message",
    [
        ("", "Enter a database"),
        ("postgresql://li:secret@srv/dialogue", "Leave the password out"),
        ("postgresql://srv", "Name the database"),
        ("mysql://srv/dialogue", "not mysql"),
    ],
)
def test_bad_addresses_are_explained_in_the_dialog(qtbot, settings, memory_keyring, typed, message):
    dialog = ConnectionDialog(settings)
    qtbot.addWidget(dialog)
    dialog.address.setText(typed)
    dialog.buttons.accepted.emit()
    assert dialog.result() != QDialog.DialogCode.Accepted and message in dialog.result_label.text()
    assert credentials.saved_connection(settings) is None and memory_keyring.store == {}


def test_a_sqlite_file_needs_no_login(qtbot, settings, memory_keyring, tmp_path):
    dialog = ConnectionDialog(settings)
    qtbot.addWidget(dialog)
    dialog.address.setText(str(tmp_path / "mine.sqlite"))
    assert not dialog.login.isEnabled() and not dialog.password.isEnabled()
    dialog.test()
    assert "Connected" in dialog.result_label.text() and "reachable and empty" in dialog.result_label.text()
    dialog.buttons.accepted.emit()
    assert credentials.startup_url(None, settings) == f"sqlite:///{tmp_path / 'mine.sqlite'}"


def test_testing_an_unreachable_server_says_so(qtbot, settings, memory_keyring, app_context):
    dialog = ConnectionDialog(settings, app_context.tasks)
    qtbot.addWidget(dialog)
    dialog.address.setText("postgresql://127.0.0.1:1/nothing")
    dialog.login.setText("nobody")
    with qtbot.waitSignal(app_context.tasks.ended, timeout=20000):
        dialog.test()
    assert "Could not connect" in dialog.result_label.text() and dialog.test_button.isEnabled()


def test_startup_prefers_the_command_line_then_the_environment(settings, memory_keyring, monkeypatch):
    credentials.save_connection(
        settings, ConnectionSettings("postgresql+psycopg://srv/d", "u"), "", remember=True
    )
    assert credentials.startup_url("sqlite:///x.sqlite", settings) == "sqlite:///x.sqlite"
    monkeypatch.setenv("DIALOGUE_PLANNER_DB", "sqlite:///env.sqlite")
    assert credentials.startup_url(None, settings) is None
    monkeypatch.delenv("DIALOGUE_PLANNER_DB")
    assert credentials.startup_url(None, settings) == "postgresql+psycopg://u@srv/d"


# -- conflicts -----------------------------------------------------------------------------------------
BASE = {"id": 1, "version": 2, "venue": "", "notes": "", "planned_city": "Beijing"}


def test_conflict_model_passes_the_model_tester(qtmodeltester):
    c = Conflict(
        "meeting",
        1,
        BASE,
        {**BASE, "venue": "Diaoyutai", "notes": "x"},
        {**BASE, "version": 3, "venue": "Great Hall", "planned_city": "Shanghai"},
    )
    model = ConflictFieldsModel(c, {"venue": "Venue"})
    qtmodeltester.check(model)
    assert model.rowCount() == 3 and model.data(model.index(0, 0)) == "Venue"
    assert model.data(model.index(0, 2)) == "Great Hall" and model.data(model.index(0, 3)) == "Diaoyutai"
    assert model.data(model.index(1, 0)) == "Notes" and model.data(model.index(1, 2)) == "—"
    assert show_value(True) == "✓" and show_value(None) == "—"


def test_conflict_dialog_offers_merge_only_without_collisions(qtbot):
    clean = Conflict("meeting", 1, BASE, {**BASE, "venue": "Diaoyutai"}, {**BASE, "version": 3, "notes": "n"})
    dialog = ConflictDialog(clean, what="Meeting 2")
    qtbot.addWidget(dialog)
    assert (
        dialog.merge_button.isEnabled()
        and "Meeting 2" in dialog.findChild(object, "conflictExplanation").text()
    )
    dialog.merge_button.click()
    assert dialog.choice is Choice.MERGE
    clash = Conflict(
        "meeting", 1, BASE, {**BASE, "venue": "Diaoyutai"}, {**BASE, "version": 3, "venue": "Hall"}
    )
    blocked = ConflictDialog(clash, labels={"venue": "Venue"})
    qtbot.addWidget(blocked)
    blocked.resize(760, 380)
    shot(blocked, "conflict-dialog")
    assert not blocked.merge_button.isEnabled() and "Venue" in blocked.merge_button.toolTip()
    blocked.keep_button.click()
    assert blocked.choice is Choice.KEEP_THEIRS


def _click(name: str):
    def run(dialog):
        dialog.findChild(object, name).click()
        return dialog.result()

    return run


@pytest.fixture
def meeting(ctx):
    return add_meeting(ctx, start=date(2016, 6, 14), host="CN", city="Beijing", today=date(2016, 1, 4))


def _editor_values(m) -> dict:
    return {"id": m.id, "version": m.version, "venue": m.venue, "notes": m.notes}


def _save(ctx, number):
    def save(values, expected_version):
        return update_meeting(ctx, number, expected_version=expected_version, **values)

    return save


def test_resolving_with_the_dialog_applies_mine_on_top_after_confirming(qtbot, ctx, meeting, monkeypatch):
    update_meeting(ctx, meeting.number, expected_version=meeting.version, venue="Great Hall")
    base = _editor_values(meeting)
    mine = {**base, "venue": "Diaoyutai"}
    with pytest.raises(ConflictError) as caught:
        update_meeting(ctx, meeting.number, expected_version=meeting.version, venue="Diaoyutai")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    choice, saved = resolve_with_dialog(
        None, ctx, caught.value, base, mine, _save(ctx, meeting.number), exec_dialog=_click("applyMineButton")
    )
    assert choice is Choice.APPLY_MINE and saved.venue == "Diaoyutai"
    from dialogue_planner.services.audit import list_audit

    assert any(a.action == "conflict.overwrite" for a in list_audit(ctx, entity="meeting"))


def test_declining_the_overwrite_keeps_the_dialog_open(qtbot, monkeypatch):
    clash = Conflict(
        "meeting", 1, BASE, {**BASE, "venue": "Diaoyutai"}, {**BASE, "version": 3, "venue": "Hall"}
    )
    dialog = ConflictDialog(clash)
    qtbot.addWidget(dialog)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    dialog.apply_button.click()
    assert dialog.choice is None and dialog.result() != QDialog.DialogCode.Accepted


def test_deciding_later_saves_nothing(qtbot, ctx, meeting):
    update_meeting(ctx, meeting.number, expected_version=meeting.version, notes="theirs")
    base = _editor_values(meeting)
    with pytest.raises(ConflictError) as caught:
        update_meeting(ctx, meeting.number, expected_version=meeting.version, venue="Diaoyutai")

    def decide_later(dialog):
        dialog.reject()
        return dialog.result()

    assert resolve_with_dialog(
        None,
        ctx,
        caught.value,
        base,
        {**base, "venue": "Diaoyutai"},
        _save(ctx, meeting.number),
        exec_dialog=decide_later,
    ) == (None, None)
    assert get_meeting(ctx, meeting.number).venue == ""


def test_a_further_conflict_while_choosing_asks_again_with_fresh_values(qtbot, ctx, meeting):
    update_meeting(ctx, meeting.number, expected_version=meeting.version, notes="first")
    base = _editor_values(meeting)
    with pytest.raises(ConflictError) as caught:
        update_meeting(ctx, meeting.number, expected_version=meeting.version, venue="Diaoyutai")
    shown = []

    def merge_after_a_third_save(dialog):
        shown.append(dict(dialog.conflict.theirs))
        if len(shown) == 1:
            update_meeting(ctx, meeting.number, notes="second")
        dialog.merge_button.click()
        return dialog.result()

    choice, saved = resolve_with_dialog(
        None,
        ctx,
        caught.value,
        base,
        {**base, "venue": "Diaoyutai"},
        _save(ctx, meeting.number),
        exec_dialog=merge_after_a_third_save,
    )
    assert [s["notes"] for s in shown] == ["first", "second"]
    assert choice is Choice.MERGE and (saved.venue, saved.notes) == ("Diaoyutai", "second")


# -- live refresh ------------------------------------------------------------------------------------
@pytest.fixture
def second_workstation(db_url, ctx):
    from dialogue_planner.storage.database import open_database

    other = open_database(db_url)
    yield ServiceContext.connect(other)
    other.dispose()


def some_polls(qtbot, watcher, count: int = 4) -> None:
    """Let the watcher answer a few more polls (what a fixed wait stood for, without guessing the time)."""
    wait_all()
    seen = watcher.polls
    qtbot.waitUntil(lambda: watcher.polls >= seen + count, timeout=5000)


def start_watching(qtbot, watcher, *, listening: bool = False) -> None:
    """Start the watcher and wait until watching has begun: its baseline, read on app.ops, has come back
    (and LISTEN is in place, when asked). A change saved before that moment is in the baseline."""
    watcher.start()
    qtbot.waitUntil(lambda: watcher.watching and (watcher.listening or not listening), timeout=5000)


def test_a_change_elsewhere_reaches_the_pages_within_a_poll(qtbot, app_context, second_workstation):
    watcher = ChangeWatcher(app_context, poll_ms=50)
    start_watching(qtbot, watcher)
    try:
        assert "every 0.05 s" in watcher.describe()
        with qtbot.waitSignal(app_context.data_changed, timeout=3000) as seen:
            add_meeting(
                second_workstation, start=date(2016, 6, 14), host="CN", city="Beijing", today=date(2016, 1, 4)
            )
        assert seen.args[0] == {"meeting"} and watcher.last_delivered is not None
    finally:
        watcher.stop()


def test_own_changes_are_not_news(qtbot, app_context):
    watcher = ChangeWatcher(app_context, poll_ms=50)
    start_watching(qtbot, watcher)
    try:
        add_meeting(
            app_context.ctx, start=date(2016, 6, 14), host="CN", city="Beijing", today=date(2016, 1, 4)
        )
        app_context.changed("meeting")  # what a page does after its own save
        delivered = []
        watcher.delivered.connect(delivered.append)
        some_polls(qtbot, watcher)
        assert delivered == []
    finally:
        watcher.stop()


def test_own_saves_while_a_dialog_is_open_are_not_news_after_it_closes(
    qtbot, app_context, second_workstation
):
    """A roster import saves while its wizard stays open, before the page says it changed anything: the
    counter grew by exactly what this workstation committed, so nothing waits and nothing is delivered;
    a save elsewhere in the same interval still is."""
    watcher = ChangeWatcher(app_context, poll_ms=50)
    start_watching(qtbot, watcher)
    dialog = QDialog()
    qtbot.addWidget(dialog)
    delivered, statuses = [], []
    watcher.delivered.connect(delivered.append)
    watcher.status_changed.connect(statuses.append)
    try:

        def during_the_wizard():
            add_meeting(
                app_context.ctx, start=date(2016, 6, 14), host="CN", city="Beijing", today=date(2016, 1, 4)
            )
            some_polls(qtbot, watcher)
            assert watcher.pending == set()
            dialog.accept()

        QTimer.singleShot(50, during_the_wizard)
        dialog.exec()
        some_polls(qtbot, watcher)
        assert delivered == [] and watcher.last_delivered is None
        assert not any("waiting until you finish" in text for text in statuses)
        add_meeting(
            app_context.ctx, start=date(2016, 12, 7), host="US", city="Washington", today=date(2016, 1, 4)
        )
        add_meeting(
            second_workstation, start=date(2017, 6, 14), host="CN", city="Beijing", today=date(2016, 1, 4)
        )
        qtbot.waitUntil(lambda: delivered == [{"meeting"}], timeout=3000)
    finally:
        watcher.stop()


def test_a_refresh_waits_while_a_dialog_is_open(qtbot, app_context, second_workstation):
    watcher = ChangeWatcher(app_context, poll_ms=50)
    start_watching(qtbot, watcher)
    dialog = QDialog()
    qtbot.addWidget(dialog)
    delivered = []
    watcher.delivered.connect(delivered.append)
    try:

        def during_the_edit():
            add_meeting(
                second_workstation, start=date(2016, 6, 14), host="CN", city="Beijing", today=date(2016, 1, 4)
            )
            qtbot.waitUntil(lambda: watcher.pending == {"meeting"}, timeout=3000)
            some_polls(qtbot, watcher)
            assert watcher.pending == {"meeting"} and delivered == []
            assert "waiting until you finish" in watcher.describe()
            dialog.accept()

        QTimer.singleShot(50, during_the_edit)
        dialog.exec()
        qtbot.waitUntil(lambda: delivered == [{"meeting"}], timeout=3000)
    finally:
        watcher.stop()


def test_an_unreachable_database_is_shown_not_thrown(qtbot, app_context, monkeypatch):
    watcher = ChangeWatcher(app_context, poll_ms=50)
    start_watching(qtbot, watcher)
    statuses = []
    watcher.status_changed.connect(statuses.append)
    from dialogue_planner.domain.errors import DatabaseError
    from dialogue_planner.gui.workstation import watcher as watcher_module

    def fail(_ctx):
        raise DatabaseError("The database server is unreachable.")

    monkeypatch.setattr(watcher_module, "change_state", fail)
    try:
        qtbot.waitUntil(lambda: any("unreachable" in s for s in statuses), timeout=3000)
        assert watcher.describe().startswith("Not watching for changes")
    finally:
        watcher.stop()


@pytest.mark.postgres
def test_postgres_changes_arrive_by_notify(qtbot, pg_admin_ctx, settings):
    from dialogue_planner.gui.shell.app_context import AppContext
    from dialogue_planner.gui.shell.errors import ErrorReporter
    from dialogue_planner.storage.database import open_database

    app = AppContext(pg_admin_ctx, settings, ErrorReporter(interactive=False))
    watcher = ChangeWatcher(app, poll_ms=60_000)  # the timer would be far too slow: NOTIFY must do it
    start_watching(qtbot, watcher, listening=True)
    other_db = open_database(pg_admin_ctx.db.url)
    try:
        assert watcher.listening and "at once" in watcher.describe()
        with qtbot.waitSignal(app.data_changed, timeout=5000) as seen:
            add_meeting(
                ServiceContext.connect(other_db),
                start=date(2016, 6, 14),
                host="CN",
                city="Beijing",
                today=date(2016, 1, 4),
            )
        assert seen.args[0] == {"meeting"}
    finally:
        watcher.stop()
        other_db.dispose()


# -- watching without waiting on the server on the GUI thread ----------------------------------------------
def test_watching_starts_without_reading_the_database_on_the_gui_thread(qtbot, app_context, monkeypatch):
    """The baseline is read on app.ops; the GUI thread only receives it."""
    from dialogue_planner.gui.workstation import watcher as watcher_module

    readers = []
    real = watcher_module.change_state

    def recording(ctx):
        readers.append(threading.current_thread())
        return real(ctx)

    monkeypatch.setattr(watcher_module, "change_state", recording)
    watcher = ChangeWatcher(app_context, poll_ms=60_000)
    watcher.start()
    try:
        assert readers == [] and watcher.baseline is None  # start() returned before the read
        qtbot.waitUntil(lambda: watcher.watching, timeout=5000)
        assert readers and threading.main_thread() not in readers and watcher.baseline is not None
    finally:
        watcher.stop()


def test_a_watcher_deleted_before_its_baseline_arrives_reports_nothing(qtbot, app_context):
    from PySide6.QtCore import QObject
    from shiboken6 import isValid

    gate = threading.Event()
    app_context.ops.run(gate.wait, 5)  # holds app.ops: the baseline's read waits its turn
    owner = QObject()
    watcher = ChangeWatcher(app_context, owner, poll_ms=50)
    watcher.start()
    owner.deleteLater()  # the window closed meanwhile
    qtbot.waitUntil(lambda: not isValid(watcher), timeout=5000)
    gate.set()
    wait_all()
    assert app_context.errors.shown == []


def meeting_in(year: int) -> dict:
    return {"start": date(year, 6, 14), "host": "CN", "city": "Beijing", "today": date(2016, 1, 4)}


def test_a_change_saved_just_after_the_baseline_was_read_is_reported_once(
    qtbot, app_context, second_workstation, monkeypatch
):
    """Saved on another workstation while the baseline is on its way to the GUI thread: news, once."""
    from dialogue_planner.gui.workstation import watcher as watcher_module

    real = watcher_module.change_state
    reads = []

    def then_save(ctx):
        state = real(ctx)
        reads.append(state.value)
        if len(reads) == 1:
            add_meeting(second_workstation, **meeting_in(2016))
        return state

    monkeypatch.setattr(watcher_module, "change_state", then_save)
    watcher = ChangeWatcher(app_context, poll_ms=50)
    delivered = []
    watcher.delivered.connect(delivered.append)
    watcher.start()
    try:
        qtbot.waitUntil(lambda: delivered == [{"meeting"}], timeout=5000)
        some_polls(qtbot, watcher)
        assert delivered == [{"meeting"}] and watcher.baseline == reads[0] + 1
    finally:
        watcher.stop()


@pytest.fixture
def pg_app(pg_admin_ctx, settings):
    from dialogue_planner.gui.shell.app_context import AppContext
    from dialogue_planner.gui.shell.errors import ErrorReporter

    return AppContext(pg_admin_ctx, settings, ErrorReporter(interactive=False))


@pytest.fixture
def pg_second(pg_admin_ctx):
    from dialogue_planner.storage.database import open_database

    other = open_database(pg_admin_ctx.db.url)
    yield ServiceContext.connect(other)
    other.dispose()


@pytest.mark.postgres
def test_the_listen_connection_is_opened_and_read_off_the_gui_thread(qtbot, pg_app, pg_second, monkeypatch):
    from dialogue_planner.storage import notify

    opened, drained = [], []
    real_init, real_drain = notify.ChangeListener.__init__, notify.ChangeListener.drain

    def init(self, url):
        opened.append(threading.current_thread())
        real_init(self, url)

    def drain(self):
        got = real_drain(self)
        drained.append((threading.current_thread(), got))
        return got

    monkeypatch.setattr(notify.ChangeListener, "__init__", init)
    monkeypatch.setattr(notify.ChangeListener, "drain", drain)
    watcher = ChangeWatcher(pg_app, poll_ms=60_000)  # only NOTIFY can bring the news in time
    start_watching(qtbot, watcher, listening=True)
    try:
        with qtbot.waitSignal(pg_app.data_changed, timeout=5000) as seen:
            add_meeting(pg_second, **meeting_in(2016))
        qtbot.waitUntil(lambda: any(got for _thread, got in drained), timeout=5000)
        assert seen.args[0] == {"meeting"}
        assert opened and threading.main_thread() not in [*opened, *(thread for thread, _got in drained)]
    finally:
        watcher.stop()


@pytest.mark.postgres
@pytest.mark.parametrize("when", ["just after the baseline's read", "before LISTEN takes effect"])
def test_a_change_saved_while_watching_begins_is_reported_once(qtbot, pg_app, pg_second, monkeypatch, when):
    """The baseline and the LISTEN connection are made on two threads, in either order: a change saved by
    another workstation in between is news, reported once, without waiting for the safety poll."""
    from dialogue_planner.gui.workstation import watcher as watcher_module
    from dialogue_planner.storage import notify

    read = threading.Event()
    real_state, real_init = watcher_module.change_state, notify.ChangeListener.__init__

    def state(ctx):
        got = real_state(ctx)
        if not read.is_set():
            read.set()
            if when == "just after the baseline's read":
                add_meeting(pg_second, **meeting_in(2016))
        return got

    def init(self, url):
        assert read.wait(5)
        if when == "before LISTEN takes effect":
            add_meeting(pg_second, **meeting_in(2016))
        real_init(self, url)

    monkeypatch.setattr(watcher_module, "change_state", state)
    monkeypatch.setattr(notify.ChangeListener, "__init__", init)
    watcher = ChangeWatcher(pg_app, poll_ms=60_000)  # the safety poll would come far too late
    delivered = []
    watcher.delivered.connect(delivered.append)
    watcher.start()
    try:
        qtbot.waitUntil(lambda: delivered == [{"meeting"}] and watcher.listening, timeout=5000)
        wait_all()  # every read the start and the notification caused has come back
        assert delivered == [{"meeting"}] and watcher.pending == set()
        add_meeting(pg_second, **meeting_in(2017))
        qtbot.waitUntil(lambda: len(delivered) == 2, timeout=5000)
        assert delivered == [{"meeting"}, {"meeting"}]
    finally:
        watcher.stop()


@pytest.mark.postgres
@pytest.mark.parametrize("ended", ["stopped", "deleted with its window"])
def test_a_watcher_ended_while_connecting_closes_the_connection_it_gets(qtbot, pg_app, monkeypatch, ended):
    from PySide6.QtCore import QObject
    from shiboken6 import isValid

    from dialogue_planner.storage import notify

    gate, made = threading.Event(), []
    real_init = notify.ChangeListener.__init__

    def init(self, url):
        assert gate.wait(5)
        real_init(self, url)
        made.append(self)

    monkeypatch.setattr(notify.ChangeListener, "__init__", init)
    owner = QObject()
    watcher = ChangeWatcher(pg_app, owner, poll_ms=60_000)
    watcher.start()
    if ended == "stopped":
        watcher.stop()
    else:
        owner.deleteLater()
        qtbot.waitUntil(lambda: not isValid(watcher), timeout=5000)
    gate.set()
    qtbot.waitUntil(lambda: bool(made) and made[0].closed, timeout=5000)
    wait_all()
    assert pg_app.errors.shown == []
    if ended == "stopped":
        assert not watcher.listening and not watcher.error


@pytest.mark.postgres
def test_a_dropped_listen_connection_falls_back_to_polling(qtbot, pg_app, pg_second):
    from sqlalchemy import text

    from dialogue_planner.gui.workstation.watcher import POLL_MS, SAFETY_POLL_MS

    watcher = ChangeWatcher(pg_app)
    start_watching(qtbot, watcher, listening=True)
    try:
        assert watcher.timer.interval() == SAFETY_POLL_MS
        backend = watcher.listener._conn.info.backend_pid
        with pg_second.db.engine.connect() as conn:
            conn.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": backend})
        qtbot.waitUntil(lambda: not watcher.listening, timeout=5000)
        assert watcher.timer.isActive() and watcher.timer.interval() == POLL_MS
        wait_all()  # the read the drop caused: the server still answers, so the status says polling
        assert "every 2 s" in watcher.describe() and pg_app.errors.shown == []
    finally:
        watcher.stop()


@pytest.mark.postgres
def test_a_bug_while_opening_the_listen_connection_is_reported_and_polling_goes_on(
    qtbot, pg_app, pg_second, monkeypatch
):
    from dialogue_planner.gui.workstation.watcher import POLL_MS
    from dialogue_planner.storage import notify

    def broken(self, url):
        raise RuntimeError("a bug in the listener")

    monkeypatch.setattr(notify.ChangeListener, "__init__", broken)
    watcher = ChangeWatcher(pg_app)
    delivered = []
    watcher.delivered.connect(delivered.append)
    watcher.start()
    try:
        qtbot.waitUntil(lambda: len(pg_app.errors.shown) == 1 and watcher.watching, timeout=5000)
        assert pg_app.errors.shown[0][0] == "bug" and not watcher.listening
        assert watcher.timer.interval() == POLL_MS
        watcher.timer.setInterval(50)
        add_meeting(pg_second, **meeting_in(2016))
        qtbot.waitUntil(lambda: delivered == [{"meeting"}], timeout=5000)
    finally:
        watcher.stop()


# -- the page -------------------------------------------------------------------------------------------
@pytest.fixture
def window(qtbot, ctx, settings, memory_keyring):
    from dialogue_planner.gui.shell.app_context import AppContext
    from dialogue_planner.gui.shell.errors import ErrorReporter
    from dialogue_planner.gui.shell.main_window import MainWindow

    win = MainWindow(AppContext(ctx, settings, ErrorReporter(interactive=False)))
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.app.tasks.wait()
    win.page("workstation").watcher.stop()


def test_the_page_shows_database_role_and_recent_changes(window, qtmodeltester):
    page = window.page("workstation")
    wait_all()
    assert "test.sqlite" in page.database_value.text() and "SQLite" in page.database_value.text()
    assert page.user_value.text() == "tester · role: admin"
    assert "checking" in page.live_value.text() and not page.roles_button.isVisible()
    assert page.model.rowCount() > 0
    qtmodeltester.check(page.model)
    shot(window, "workstation-page")


def test_the_page_keeps_its_selection_when_another_workstation_saves(qtbot, window, db_url):
    from dialogue_planner.storage.database import open_database

    page = window.page("workstation")
    wait_all()
    page.table.selectRow(0)
    chosen = page._selected_id()
    other_db = open_database(db_url)
    try:
        page.watcher.timer.setInterval(50)
        with qtbot.waitSignal(page.watcher.delivered, timeout=3000):
            add_meeting(
                ServiceContext.connect(other_db),
                start=date(2016, 6, 14),
                host="CN",
                city="Beijing",
                today=date(2016, 1, 4),
            )
    finally:
        other_db.dispose()
    wait_all()
    assert any(r.action == "meeting.add" for r in page.model.rows())  # refreshed
    assert page._selected_id() == chosen  # and the selection stayed
    assert page.last_value.text() != "none since this window opened"


def test_backup_and_restore_from_the_page(qtbot, window, tmp_path, ctx, monkeypatch):
    page = window.page("workstation")
    wait_all()
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: QMessageBox.StandardButton.Ok)
    target = tmp_path / "copy.sqlite"
    with qtbot.waitSignal(window.app.tasks.ended, timeout=10000):
        page.start_backup(target)
    assert target.exists()
    add_meeting(ctx, start=date(2016, 6, 14), host="CN", city="Beijing", today=date(2016, 1, 4))
    with qtbot.waitSignal(window.app.tasks.ended, timeout=10000):
        page.start_restore(target)
    from dialogue_planner.services.meetings import list_meetings

    assert list_meetings(ctx) == []


def test_a_viewer_cannot_restore_from_the_page(qtbot, window, tmp_path):
    page = window.page("workstation")
    wait_all()
    reported = []
    window.app.report_error = reported.append
    window.app.ctx.user = window.app.ctx.user.__class__(0, "v", "v", "viewer", True)
    page.refresh()
    wait_all()
    assert not page.restore_button.isEnabled()
    page.start_restore(tmp_path / "x.sqlite")
    assert reported and "administrator" in str(reported[0])


# -- start-up ----------------------------------------------------------------------------------------
def test_the_application_opens_the_saved_connection(qtbot, settings, memory_keyring, tmp_path):
    from dialogue_planner.gui.app import build_main_window

    path = tmp_path / "saved.sqlite"
    credentials.save_connection(settings, ConnectionSettings(f"sqlite:///{path}"), "", remember=True)
    win = build_main_window(None, settings, interactive=False, language="en")
    qtbot.addWidget(win)
    try:
        assert win.app.ctx.db.path == path and path.exists()
    finally:
        win.page("workstation").watcher.stop()
        win.app.ctx.db.dispose()


def test_a_failing_saved_connection_offers_the_settings(
    qtbot, settings, memory_keyring, monkeypatch, tmp_path
):
    from dialogue_planner.domain.errors import DatabaseError
    from dialogue_planner.gui.workstation.startup import offer_new_connection

    error = DatabaseError("Cannot connect to the database server.")
    assert not offer_new_connection(None, settings, error, None)  # nothing saved: just the error
    credentials.save_connection(
        settings, ConnectionSettings("postgresql+psycopg://old-server/d", "li"), "pw", remember=True
    )
    assert not offer_new_connection(None, settings, error, "sqlite:///x")  # --db given: the caller's to fix
    seen = []

    def click_settings(box):
        seen.append(box.text())
        box.buttons()[0].click()
        return 0

    def type_new_server(dialog):
        dialog.address.setText("postgresql://new-server/d")
        dialog.save()
        return dialog.result()

    monkeypatch.setattr(QMessageBox, "exec", click_settings)
    monkeypatch.setattr(ConnectionDialog, "exec", type_new_server)
    assert offer_new_connection(None, settings, error, None)
    assert seen == ["Cannot connect to the database server."]
    assert credentials.saved_connection(settings).server_url == "postgresql+psycopg://new-server/d"

    def click_quit(box):
        box.buttons()[1].click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", click_quit)
    assert not offer_new_connection(None, settings, error, None)


@pytest.mark.postgres
def test_the_listen_connection_closes_with_the_watcher(qtbot, pg_admin_ctx, settings):
    from PySide6.QtCore import QObject

    from dialogue_planner.gui.shell.app_context import AppContext
    from dialogue_planner.gui.shell.errors import ErrorReporter

    app = AppContext(pg_admin_ctx, settings, ErrorReporter(interactive=False))
    owner = QObject()
    watcher = ChangeWatcher(app, owner)
    start_watching(qtbot, watcher, listening=True)
    listener = watcher.listener
    assert not listener.closed
    owner.deleteLater()
    qtbot.waitUntil(lambda: listener.closed, timeout=3000)


def test_a_second_program_on_the_same_sqlite_file_is_noticed(qtbot, app_context, db_url):
    """Another process (here the command line) writes; this window's watcher notices within a poll."""
    import subprocess
    import sys

    watcher = ChangeWatcher(app_context, poll_ms=100)
    start_watching(qtbot, watcher)
    try:
        with qtbot.waitSignal(app_context.data_changed, timeout=30000) as seen:
            done = subprocess.run(
                [
                    sys.executable,
                    "-m",
                    "dialogue_planner",
                    "--db",
                    db_url,
                    "meetings",
                    "add",
                    "--date",
                    "2027-06-14",
                    "--host",
                    "CN",
                    "--city",
                    "Beijing",
                ],
                check=False,
                capture_output=True,
                text=True,
                timeout=120,
            )
            assert done.returncode == 0, done.stderr
        assert seen.args[0] == {"meeting"}
    finally:
        watcher.stop()


def test_a_refresh_waits_while_the_user_types_in_a_field(qtbot, app_context, second_workstation):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

    form = QWidget()
    field, other = QLineEdit(), QLineEdit()
    layout = QVBoxLayout(form)
    layout.addWidget(field)
    layout.addWidget(other)
    qtbot.addWidget(form)
    form.show()
    qtbot.waitExposed(form)
    form.activateWindow()
    field.setFocus()
    qtbot.waitUntil(field.hasFocus, timeout=3000)
    qtbot.keyClicks(field, "half-typed venue")
    watcher = ChangeWatcher(app_context, poll_ms=50)
    start_watching(qtbot, watcher)
    delivered = []
    watcher.delivered.connect(delivered.append)
    try:
        add_meeting(
            second_workstation, start=date(2016, 6, 14), host="CN", city="Beijing", today=date(2016, 1, 4)
        )
        qtbot.waitUntil(lambda: watcher.pending == {"meeting"}, timeout=3000)
        some_polls(qtbot, watcher)
        assert delivered == [] and field.text() == "half-typed venue"
        qtbot.mouseClick(other, Qt.MouseButton.LeftButton)
        other.setFocus()
        qtbot.waitUntil(lambda: delivered == [{"meeting"}], timeout=3000)
    finally:
        watcher.stop()
