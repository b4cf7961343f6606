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


def test_modules_imported_after_the_bindings_are_not_read_into_memory():
    """The bindings' feature hook read every later module's source into linecache; skipped, a module
    imported after the application's start leaves no lines there, and Qt still works."""
    code = (
        "import linecache, sys\n"
        "from dialogue_planner.gui.app import create_application\n"
        "app = create_application(cjk_font=False)\n"
        "linecache.clearcache()\n"
        "import csv, json.decoder, difflib\n"
        "from PySide6.QtWidgets import QLabel\n"
        "label = QLabel('alive')\n"
        "print(label.text(), sorted(f for f in linecache.cache if 'difflib' in f))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=120,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin", "HOME": "/tmp"},
    )
    assert done.returncode == 0, done.stderr[-500:]
    assert done.stdout.strip() == "alive []"
