"""The longest time the GUI thread does not return to its event loop while a scripted user works.

    python benchmarks/stalls.py --db URL [--json FILE] [--proxy-delay-ms 5] [--heartbeat-ms 5]

The application is opened on the database (``build_main_window``, a new process) and shown; then a
heartbeat (a precise ``QTimer`` every ``--heartbeat-ms``) records the time between its ticks while a
scripted user, page by page, opens the page and waits for its data, selects the first row of its list,
types a letter into its search and clears it, opens the selected row's editor (or the "New …" one) and
closes it, and on the Briefing page renders the preview. Each step starts from the event loop and the
next one waits until every service call and task the step started has come back. A tick late by more
than the interval is the GUI thread kept from its event loop: the stall, in milliseconds, is the gap
less the interval, charged to the step that was running. Beside it, the most CPU time the GUI thread
itself used between two ticks: a stall far above it was a wait (for the interpreter lock, or for a core).

With ``--proxy-delay-ms`` and a PostgreSQL URL the application reaches the server through
``latency_proxy.py`` (a child process), which adds that delay each way.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent

STALL_SCRIPT = r"""
import json, sys, time
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QTableView
from dialogue_planner.gui.app import create_application, make_settings, start_window

url, out, interval = sys.argv[1], sys.argv[2], float(sys.argv[3])
app = create_application()
window = start_window(app, url, make_settings())  # as the application starts: painted, then attached
window.resize(1280, 820)
while getattr(window, "app", None) is None:
    app.processEvents()
    time.sleep(0.005)
window.app.errors.interactive = False

state = {"label": "start: database opened, first page loading", "last": None, "settle": 0.0, "in_step": False, "done": False}
stalls = {}  # label -> longest gap beyond the interval, ms
ticks = []

cpu_ms = {}  # label -> the most CPU time the GUI thread itself used between two ticks, beyond the interval

def beat():
    now, cpu = time.perf_counter(), time.thread_time()
    if state["last"] is not None:
        late = (now - state["last"]) * 1000 - interval
        label = state["label"]
        if late > stalls.get(label, 0.0):
            stalls[label] = late
        used = (cpu - state["cpu"]) * 1000 - interval
        if used > cpu_ms.get(label, 0.0):
            cpu_ms[label] = used
    state["last"], state["cpu"] = now, cpu

import collections, os, threading, traceback
where = collections.defaultdict(collections.Counter)  # label -> Counter of stacks seen during stalls
main_id = threading.get_ident()

def watch():
    # While the heartbeat is late by 20 ms or more: where the GUI thread is (our code's innermost frames).
    while not state["done"]:
        time.sleep(0.005)
        last = state["last"]
        if last is None or (time.perf_counter() - last) * 1000 - interval < 20:
            continue
        frame = sys._current_frames().get(main_id)
        if frame is None:
            continue
        stack = [f for f in traceback.extract_stack(frame) if "dialogue_planner" in f.filename]
        key = " < ".join(f"{f.filename.rsplit('dialogue_planner/', 1)[-1]}:{f.lineno} {f.name}" for f in stack[::-1][:4])
        where[state["label"]][key or "(Qt)"] += 1
        names = {t.ident: t.name for t in threading.enumerate()}
        for ident, other in sys._current_frames().items():
            if ident in (main_id, threading.get_ident()):
                continue
            inner = traceback.extract_stack(other)[::-1][:3]
            if inner and not inner[0].name in ("wait", "_wait_for_tstate_lock", "select", "get"):
                text = " < ".join(f"{f.filename.rsplit('/', 1)[-1]}:{f.lineno} {f.name}" for f in inner)
                where[state["label"]][f"[{names.get(ident, '?')}] {text}"] += 1

if os.environ.get("STALLS_WHERE"):
    threading.Thread(target=watch, daemon=True).start()

import gc
collections_ms = {}  # label -> the longest collection of Python's cyclic collector, ms (any thread)
gc_started = {}

def on_gc(phase, info):
    if phase == "start":
        gc_started[threading.get_ident()] = time.perf_counter()
        return
    started = gc_started.pop(threading.get_ident(), None)
    if started is not None:
        ms = (time.perf_counter() - started) * 1000
        label = state["label"]
        if ms > collections_ms.get(label, (0, 0))[0]:
            collections_ms[label] = (round(ms, 1), info["generation"])

gc.callbacks.append(on_gc)

heart = QTimer()
heart.setTimerType(Qt.TimerType.PreciseTimer)
heart.setInterval(int(interval))
heart.timeout.connect(beat)

def busy():
    return window.app.ops.busy or bool(window.app.tasks.active())

def dialogs():
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, (QDialog, QMessageBox)) and w.isVisible()]

def close_dialogs_soon(opened_at):
    # While a dialog is open (a modal one runs its own loop): once its loads are back, close it.
    def check():
        open_ = dialogs()
        if not open_:
            if time.perf_counter() - opened_at > 2.0:
                closer.stop()
            return
        if busy() or time.perf_counter() - opened_at < 0.3:
            return
        for d in open_:
            d.reject() if hasattr(d, "reject") else d.close()
        closer.stop()
    closer = QTimer()
    closer.setInterval(20)
    closer.timeout.connect(check)
    closer.start()
    return closer

def open_page(page_id):
    window.page(page_id)

def main_list(page):
    # The page's main list; a page that names none: its first visible table with rows.
    view = page.list_view()
    if view is None:
        views = [v for v in page.findChildren(QTableView) if v.isVisible() and v.model() is not None]
        view = next((v for v in views if v.model().rowCount()), None)
    return view

def select_first(page_id):
    view = main_list(window.page(page_id))
    if view is None or view.model() is None or view.model().rowCount() == 0:
        return False
    view.setCurrentIndex(view.model().index(0, 0))
    view.selectRow(0) if hasattr(view, "selectRow") else None
    return True

def type_search(page_id, text):
    box = window.page(page_id).search_control()
    if box is None or not hasattr(box, "setText"):
        return False
    box.setText(text)
    return True

keep = []

def open_editor(page_id):
    page = window.page(page_id)
    button = page.open_control()
    if button is None or not button.isEnabled():
        button = page.new_control()
    if button is None or not button.isEnabled():
        return False
    keep.append(close_dialogs_soon(time.perf_counter()))
    button.click()
    return True

def render_preview(page_id):
    page = window.page(page_id)
    if not hasattr(page, "render_now"):
        return False
    page.render_now()
    return True

steps = []
for page_id in window.page_ids():
    steps.append((f"{page_id}: open", lambda p=page_id: open_page(p)))
    steps.append((f"{page_id}: select", lambda p=page_id: select_first(p)))
    steps.append((f"{page_id}: filter", lambda p=page_id: type_search(p, "r")))
    steps.append((f"{page_id}: clear filter", lambda p=page_id: type_search(p, "")))
    steps.append((f"{page_id}: editor", lambda p=page_id: open_editor(p)))
    if page_id == "briefing":
        steps.append((f"{page_id}: preview", lambda p=page_id: render_preview(p)))
done_steps = []

def tick():
    if state["in_step"]:
        return
    if busy() or dialogs():
        state["settle"] = 0.0
        return
    now = time.perf_counter()
    if not state["settle"]:
        state["settle"] = now
        return
    if now - state["settle"] < 0.1:  # quiet for 100 ms: the step's results shown
        return
    state["settle"] = 0.0
    if not steps:
        runner.stop()
        heart.stop()
        app.quit()
        return
    label, fn = steps.pop(0)
    state["label"] = label
    state["in_step"] = True
    try:
        did = fn()
    finally:
        state["in_step"] = False
    if did is False:
        done_steps.append(label + " (nothing to do)")

runner = QTimer()
runner.setInterval(10)
runner.timeout.connect(tick)
heart.start()
runner.start()
app.exec()
state["done"] = True
errors = [str(e) for e in window.app.errors.shown]
window.app.ops.wait_idle()
window.app.tasks.wait()
window.app.ctx.db.dispose()
with open(out, "w") as fh:
    json.dump({"stalls_ms": stalls, "skipped": done_steps, "errors": errors,
               "where": {k: v.most_common(4) for k, v in where.items()},
               "gc_ms": collections_ms, "cpu_ms": cpu_ms}, fh)
"""


def start_proxy(url: str, delay_ms: float):
    """``latency_proxy.py`` in front of the URL's server: (the process, the URL through it)."""
    from sqlalchemy.engine import make_url

    target = make_url(url)
    proxy = subprocess.Popen(
        [
            sys.executable,
            str(HERE / "latency_proxy.py"),
            "--to",
            f"{target.host or '127.0.0.1'}:{target.port or 5432}",
            "--delay-ms",
            str(delay_ms),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    line = proxy.stdout.readline().strip()
    if not line.startswith("listening on "):
        proxy.kill()
        raise RuntimeError(f"the latency proxy did not start: {line!r}")
    host, _, port = line.removeprefix("listening on ").rpartition(":")
    return proxy, target.set(host=host, port=int(port)).render_as_string(hide_password=False)


def measure(url: str, env: dict, *, heartbeat_ms: float = 5.0, proxy_delay_ms: float = 0.0) -> dict:
    """One scripted session: ``{"stalls_ms": {step: ms}, "skipped": [...], "errors": [...]}``; ``env``
    as ``startup.as_installed`` makes it (the application's modules compiled)."""
    proxy = None
    if proxy_delay_ms and not url.startswith("sqlite"):
        proxy, url = start_proxy(url, proxy_delay_ms)
    try:
        with tempfile.TemporaryDirectory() as tmp:
            out = Path(tmp) / "stalls.json"
            child = subprocess.run(
                [sys.executable, "-c", STALL_SCRIPT, url, str(out), str(heartbeat_ms)],
                env=env,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.PIPE,
                check=False,
            )
            if child.returncode != 0:
                raise RuntimeError(
                    f"the scripted session failed: {child.stderr.decode(errors='replace')[-2000:]}"
                )
            return json.loads(out.read_text())
    finally:
        if proxy is not None:
            proxy.terminate()
            proxy.wait()


def worst(result: dict, n: int = 8) -> list[tuple[str, float]]:
    return sorted(result["stalls_ms"].items(), key=lambda kv: -kv[1])[:n]


def _startup():
    """``startup.py`` beside this file (run as a script, this folder is no package)."""
    spec = importlib.util.spec_from_file_location("benchmarks_startup", HERE / "startup.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", required=True, metavar="URL")
    parser.add_argument("--json", type=Path, metavar="FILE")
    parser.add_argument("--heartbeat-ms", type=float, default=5.0)
    parser.add_argument("--proxy-delay-ms", type=float, default=0.0)
    parser.add_argument(
        "--where", action="store_true", help="also sample where the GUI thread is during each stall"
    )
    args = parser.parse_args(argv)
    sys.path.insert(0, str(HERE.parent))
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory() as tmp:
        env = _startup().as_installed(
            dict(os.environ, DIALOGUE_PLANNER_DATA_DIR=tmp, DIALOGUE_PLANNER_SETTINGS_DIR=tmp)
        )
        if args.where:
            env["STALLS_WHERE"] = "1"
        env.setdefault("DIALOGUE_PLANNER_USER", "benchmark")  # the archive's admin (archive.ARCHIVE_ADMIN)
        result = measure(args.db, env, heartbeat_ms=args.heartbeat_ms, proxy_delay_ms=args.proxy_delay_ms)
    for label, ms in worst(result, 15):
        collected = result.get("gc_ms", {}).get(label)
        note = f"  (longest collection {collected[0]:.0f} ms, generation {collected[1]})" if collected else ""
        print(f"{ms:9.1f} ms  {label}{note}")
    # A stall is the GUI thread's own work, or its wait for the interpreter lock (a collection or Python
    # work on another thread) or for a core (a loaded machine): its own CPU time tells them apart.
    print("the GUI thread's own CPU time between two ticks, beyond the interval:")
    for label, ms in sorted(result.get("cpu_ms", {}).items(), key=lambda kv: -kv[1])[:8]:
        print(f"{ms:9.1f} ms  {label}")
    for label, _ms in worst(result, 8):
        if result.get("where", {}).get(label):
            print(f"  where, during {label}:")
        for stack, samples in result.get("where", {}).get(label, []):
            print(f"      {samples:4d} × {stack}")
    if result["errors"]:
        print("errors:", result["errors"])
    if args.json:
        args.json.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
