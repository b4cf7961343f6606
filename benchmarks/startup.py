"""Cold start to the first painted main window, against a bare PySide6 script showing an empty
QMainWindow, both measured in this run. Run by hand: ``python benchmarks/startup.py [--runs N]``.

Each sample is a new process, timed from spawn until it exits right after its first paint. The
last line is ``ratio X.XX`` (ours / bare, medians).
"""

from __future__ import annotations

import argparse
import compileall
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BARE = r"""
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

class Window(QMainWindow):
    painted = False
    def paintEvent(self, event):
        super().paintEvent(event)
        if not self.painted:
            self.painted = True
            QTimer.singleShot(0, QApplication.quit)

app = QApplication(sys.argv)
w = Window()
w.resize(1280, 820)
w.show()
app.exec()
"""


def as_installed(env: dict) -> dict:
    """``env`` for the application as installed: its modules compiled (pip compiles a package, the bundle
    ships it compiled) and their caches allowed. A shell with PYTHONDONTWRITEBYTECODE set would otherwise
    compile our modules on every start, but not PySide6's, which are compiled at install; on a thread
    (the pages' warm-up) each compile is a C call that holds the interpreter lock, up to 8 ms of CPU, while
    the GUI thread waits for it."""
    compileall.compile_dir(str(Path(__file__).resolve().parent.parent / "dialogue_planner"), quiet=1)
    return {name: value for name, value in env.items() if name != "PYTHONDONTWRITEBYTECODE"}


def sample(cmd: list[str], env: dict) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    env = as_installed(dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen")))
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "demo.sqlite"
        env.update(
            DIALOGUE_PLANNER_DATA_DIR=tmp,
            DIALOGUE_PLANNER_SETTINGS_DIR=tmp,
            DIALOGUE_PLANNER_EXIT_AFTER_PAINT="1",
        )
        subprocess.run(
            [sys.executable, "-m", "dialogue_planner", "--db", str(db), "init", "--demo"],
            env=env,
            check=True,
            stdout=subprocess.DEVNULL,
        )
        ours_cmd = [sys.executable, "-m", "dialogue_planner", "--db", str(db)]
        bare_cmd = [sys.executable, "-c", BARE]
        sample(bare_cmd, env), sample(ours_cmd, env)  # warm the OS file cache for both alike
        bare, ours = [], []
        for _ in range(args.runs):
            bare.append(sample(bare_cmd, env))
            ours.append(sample(ours_cmd, env))
    for name, values in (("bare PySide6", bare), ("dialogue-planner", ours)):
        print(
            f"{name:18} median {statistics.median(values):.3f} s  min {min(values):.3f}  max {max(values):.3f}"
        )
    ready_env = dict(env, DIALOGUE_PLANNER_EXIT_AFTER_PAINT="ready")
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "demo.sqlite"
        ready_env.update(DIALOGUE_PLANNER_DATA_DIR=tmp, DIALOGUE_PLANNER_SETTINGS_DIR=tmp)
        subprocess.run(
            [sys.executable, "-m", "dialogue_planner", "--db", str(db), "init", "--demo"],
            env=ready_env,
            check=True,
            stdout=subprocess.DEVNULL,
        )
        ready = [
            sample([sys.executable, "-m", "dialogue_planner", "--db", str(db)], ready_env)
            for _ in range(args.runs)
        ]
    print(
        f"{'overview ready':18} median {statistics.median(ready):.3f} s  min {min(ready):.3f}  max {max(ready):.3f}"
        "  (database opened and the Overview filled in)"
    )
    print(f"ratio {statistics.median(ours) / statistics.median(bare):.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
