"""Schedule speed: proposals for 40 windows, and the Schedule page opening with 40 years of meetings.

Run by hand (never as a timed test): ``python benchmarks/schedule.py [--runs N]``.
Goals: proposals for 40 windows under 1 s (cold caches, then warm); the page built, refreshed and
painted under 200 ms with 80 meetings over 40 years on SQLite.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from datetime import date
from datetime import time as clock
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def bench_proposals(runs: int) -> None:
    from dialogue_planner.domain import working_days
    from dialogue_planner.domain.proposals import BlackoutPeriod, PreviousMeeting, SideCalendar, propose
    from dialogue_planner.domain.windows import windows_from

    sides = (SideCalendar("US", "US"), SideCalendar("CN", "CN"))
    blackouts = [BlackoutPeriod(date(2030 + i, 3, 1), date(2030 + i, 3, 20), "Summit") for i in range(10)]
    windows = windows_from(date(2026, 1, 1), 40)
    samples = []
    for _ in range(runs):
        working_days.year_calendar.cache_clear()
        started = time.perf_counter()
        proposals = propose(
            windows,
            sides,
            blackouts=blackouts,
            previous=PreviousMeeting(date(2025, 12, 9), "US"),
            not_before=date(2026, 1, 1),
        )
        samples.append(time.perf_counter() - started)
        assert len(proposals) == 40 and all(p.start for p in proposals)
    started = time.perf_counter()
    propose(windows, sides, blackouts=blackouts)
    warm = time.perf_counter() - started
    print(
        f"proposals, 40 windows: cold median {statistics.median(samples) * 1000:.0f} ms "
        f"(max {max(samples) * 1000:.0f} ms), warm {warm * 1000:.0f} ms   goal < 1000 ms"
    )


def forty_years(folder: Path):
    from dialogue_planner.services.context import ServiceContext
    from dialogue_planner.services.meetings import add_meeting
    from dialogue_planner.services.setup import initialise
    from dialogue_planner.storage.database import open_database

    os.environ["DIALOGUE_PLANNER_DATA_DIR"] = str(folder / "data")
    os.environ["DIALOGUE_PLANNER_USER"] = "bench"
    db = open_database(f"sqlite:///{folder / 'bench.sqlite'}")
    ctx = ServiceContext.connect(db)
    initialise(ctx)
    for year in range(1986, 2026):
        for month, host, city in ((6, "CN", "Beijing"), (12, "US", "Washington")):
            day = date(year, month, 10)
            add_meeting(
                ctx,
                start=day,
                host=host,
                city=city,
                status="held" if year < 2025 else "planned",
                start_time=clock(9, 30),
                end_time=clock(17),
                today=date(2026, 1, 1),
            )
    return ctx


def bench_page(runs: int) -> None:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    from dialogue_planner.gui.schedule.page import SchedulePage
    from dialogue_planner.gui.shell.app_context import AppContext
    from dialogue_planner.gui.shell.errors import ErrorReporter

    with tempfile.TemporaryDirectory() as folder:
        ctx = forty_years(Path(folder))
        settings = QSettings(str(Path(folder) / "s.ini"), QSettings.Format.IniFormat)
        context = AppContext(ctx, settings, ErrorReporter(interactive=False))
        samples = []
        for _ in range(runs):
            started = time.perf_counter()
            page = SchedulePage(context)
            page.resize(1280, 800)
            page.refresh()
            page.show()
            page.grab()  # forces a full paint of the timeline and the table
            samples.append(time.perf_counter() - started)
            assert page.model.rowCount() == 80
            page.close()
            page.deleteLater()
            app.processEvents()
        ctx.db.dispose()
    print(
        f"Schedule page, 80 meetings over 40 years: median {statistics.median(samples) * 1000:.0f} ms "
        f"(max {max(samples) * 1000:.0f} ms)   goal < 200 ms"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    bench_proposals(args.runs)
    bench_page(args.runs)
    return 0


if __name__ == "__main__":
    sys.exit(main())
