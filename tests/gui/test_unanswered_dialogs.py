"""No test hangs on a dialog nobody answers: the watchdog of ``tests/conftest.py`` closes it and the test
fails with what the dialog said."""

from __future__ import annotations

import time

from journeys.user_seat import AnswerEvery
from PySide6.QtWidgets import QMessageBox


def test_a_dialog_nobody_answers_is_closed_and_named(qtbot, _no_dialog_blocks_a_test):
    watchdog = _no_dialog_blocks_a_test
    watchdog.patience = 0.5
    box = QMessageBox(
        QMessageBox.Icon.Question,
        "Delete everything?",
        "Nobody will answer this.",
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
    )
    started = time.monotonic()
    assert box.exec() != QMessageBox.StandardButton.Yes
    assert time.monotonic() - started < 3
    assert watchdog.stuck == ["QMessageBox 'Delete everything?': Nobody will answer this."]
    watchdog.stuck.clear()  # what the fixture would fail this test with


def test_a_running_answerer_is_given_its_time(qtbot, _no_dialog_blocks_a_test):
    watchdog = _no_dialog_blocks_a_test
    watchdog.patience = 0.01
    answers = AnswerEvery(qtbot, accept=True)
    try:
        box = QMessageBox(
            QMessageBox.Icon.Question,
            "Go on?",
            "Answered by the test.",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        )
        assert box.exec() == QMessageBox.StandardButton.Yes
    finally:
        answers.stop()
    assert [d.title for d in answers.seen] == ["Go on?"] and watchdog.stuck == []
