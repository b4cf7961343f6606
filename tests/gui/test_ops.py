"""The one operation path (gui/kit/ops.py): calls run off the GUI thread in the order they were made, results
and errors come back on the GUI thread, the busy widget is disabled while its call runs."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QThread
from PySide6.QtWidgets import QApplication, QPushButton

from dialogue_planner.domain.errors import DialogueError
from dialogue_planner.gui.kit.ops import Ops, wait_all


class Reports:
    def __init__(self) -> None:
        self.seen: list[tuple[BaseException, bool]] = []

    def __call__(self, exc: BaseException, *, after_work: bool = False) -> None:
        self.seen.append((exc, after_work))


@pytest.fixture
def reports():
    return Reports()


@pytest.fixture
def ops(qapp, reports):
    runner = Ops(reports)
    yield runner
    runner.wait_idle()


def test_calls_run_off_the_gui_thread_in_the_order_they_were_made(ops, reports):
    gui_thread = QThread.currentThread()
    ran, delivered = [], []

    def call(n):
        ran.append((n, QThread.currentThread() is gui_thread))
        return n * 10

    for n in range(20):
        ops.run(
            call, n, on_done=lambda result: delivered.append((result, QThread.currentThread() is gui_thread))
        )
    assert ops.busy
    assert ops.wait_idle()
    assert ran == [(n, False) for n in range(20)]
    assert delivered == [(n * 10, True) for n in range(20)]
    assert not ops.busy and reports.seen == []


def test_keyword_arguments_reach_the_call(ops):
    got = []
    ops.run(lambda a, *, b: a + b, 1, b=2, on_done=got.append)
    wait_all()
    assert got == [3]


def test_an_error_the_handler_deals_with_is_not_reported(ops, reports):
    handled = []

    def refuse():
        raise DialogueError("That name is taken: choose another.")

    def inline(exc):
        handled.append(exc.message)
        return True

    done = []
    ops.run(refuse, on_done=done.append, on_error=inline)
    ops.wait_idle()
    assert handled == ["That name is taken: choose another."] and reports.seen == [] and done == []


def test_an_error_the_handler_leaves_goes_to_the_error_path(ops, reports):
    error = DialogueError("The database is locked: try again in a moment.")

    def refuse():
        raise error

    looked = []
    ops.run(refuse, on_error=lambda exc: looked.append(exc) or False)
    ops.wait_idle()
    assert looked == [error] and reports.seen == [(error, False)]


def test_an_error_without_a_handler_is_reported_as_not_saved(ops, reports):
    ops.run(lambda: 1 / 0)
    ops.wait_idle()
    assert len(reports.seen) == 1
    exc, after_work = reports.seen[0]
    assert isinstance(exc, ZeroDivisionError) and after_work is False


def test_a_bug_in_on_done_is_reported_as_after_the_work(ops, reports):
    saved = []

    def save():
        saved.append("stored")
        return "stored"

    def show(_result):
        raise KeyError("column")

    ops.run(save, on_done=show)
    ops.wait_idle()
    assert saved == ["stored"]
    assert len(reports.seen) == 1 and isinstance(reports.seen[0][0], KeyError) and reports.seen[0][1] is True


def test_a_bug_in_on_error_is_what_is_reported(ops, reports):
    def broken_handler(_exc):
        raise AttributeError("no such label")

    ops.run(lambda: 1 / 0, on_error=broken_handler)
    ops.wait_idle()
    assert [type(exc) for exc, _ in reports.seen] == [AttributeError]


def test_the_busy_widget_is_disabled_while_its_call_runs(ops, qtbot):
    button = QPushButton("Save")
    qtbot.addWidget(button)
    gate = threading.Event()
    states = []
    ops.busy_changed.connect(states.append)
    ops.run(gate.wait, 5, busy_widget=button)
    assert not button.isEnabled() and ops.busy
    assert QApplication.overrideCursor() is not None
    gate.set()
    qtbot.waitUntil(lambda: not ops.busy, timeout=5000)
    assert button.isEnabled() and states == [True, False]


def test_the_busy_widget_is_enabled_again_after_an_error(ops, qtbot, reports):
    button = QPushButton("Save")
    qtbot.addWidget(button)
    ops.run(lambda: 1 / 0, busy_widget=button, on_error=lambda exc: True)
    assert not button.isEnabled()
    ops.wait_idle()
    assert button.isEnabled() and reports.seen == []


def test_a_widget_closed_while_its_call_ran_does_not_break_the_path(ops, qtbot):
    button = QPushButton("Save")
    gate = threading.Event()
    got = []
    ops.run(gate.wait, 5, busy_widget=button, on_done=got.append)
    button.deleteLater()
    QApplication.processEvents()
    gate.set()
    assert ops.wait_idle()
    assert got == [True]


def test_background_false_runs_on_the_gui_thread_before_returning(ops, reports):
    gui_thread = QThread.currentThread()
    got = []
    ops.run(lambda: QThread.currentThread() is gui_thread, on_done=got.append, background=False)
    assert got == [True] and not ops.busy

    ops.run(lambda: 1 / 0, background=False)
    assert [type(exc) for exc, _ in reports.seen] == [ZeroDivisionError]

    handled = []
    ops.run(lambda: 1 / 0, background=False, on_error=lambda exc: handled.append(exc) or True)
    assert len(handled) == 1 and len(reports.seen) == 1


def test_on_done_may_start_a_further_call_which_wait_all_waits_for(ops):
    got = []
    ops.run(lambda: 1, on_done=lambda a: ops.run(lambda: a + 1, on_done=got.append))
    assert wait_all()
    assert got == [2] and not ops.busy


def test_when_idle_waits_for_the_calls_that_results_start(ops):
    """A dialog's first load whose result starts its next one: what is to run once the dialog's calls are
    over (deleting it) waits for both, where after_calls waits for the first only."""
    order: list[str] = []

    def first_done(_result) -> None:
        order.append("first")
        ops.run(lambda: None, on_done=lambda _r: order.append("second"))

    ops.run(lambda: None, on_done=first_done)
    ops.after_calls(lambda: order.append("after_calls"))
    ops.when_idle(lambda: order.append("when_idle"))
    assert ops.wait_idle()
    assert order.index("when_idle") > order.index("second") > order.index("first")
    assert order.index("after_calls") < order.index("second")
