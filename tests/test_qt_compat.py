"""The bindings' None/True/False reference defect cannot abort a long session."""

import subprocess
import sys


def test_many_qt_calls_returning_none_do_not_abort_the_interpreter():
    code = (
        "import dialogue_planner.gui\n"
        "from PySide6.QtWidgets import QApplication, QLineEdit\n"
        "app = QApplication([])\n"
        "edit = QLineEdit()\n"
        "for i in range(30000):\n"
        "    edit.setText(str(i))\n"
        "print('alive')\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=120,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"},
    )
    assert done.returncode == 0, done.stderr[-500:]
    assert done.stdout.strip() == "alive"
