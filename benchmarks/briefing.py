"""Briefing pack speed: the demo pack, and a 60-page pack from a large database against bare ReportLab.

Run by hand (never as a timed test): ``python benchmarks/briefing.py [--runs N] [--profile]``.
Goals: the demo pack (assembled from the database and rendered) under 1 s; a pack of about 60 pages from
a database with 250 more open requests than the demo under 3 s, and at most 2x the time bare ReportLab takes to
print as many table rows in as many tables, measured in this run.

The baseline is what a plain ReportLab script would write for the same rows: one SimpleDocTemplate and,
for each of the pack's tables (``table_rows``: every data table the pack prints, counted in its story),
one Table of as many rows with a repeated header, the same embedded font, the wrapping subject column as
Paragraphs, built once (no contents, no bookmarks, no "page X of Y", no second pass). It prints none of the
pack's other text (label/value blocks, headings, the contents).

Times are medians of CPU time (time.process_time) with wall-clock time beside them: the machines this is
run on are shared, and wall time there says more about the neighbours than about the code.
"""

from __future__ import annotations

import argparse
import io
import os
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("DIALOGUE_PLANNER_USER", "benchmark")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

TODAY = date(2026, 11, 20)
EXTRA_REQUESTS = 400


def demo_database(folder: Path):
    from dialogue_planner.services.context import ServiceContext
    from dialogue_planner.services.demo import load_demo
    from dialogue_planner.services.setup import initialise
    from dialogue_planner.storage.database import open_database

    db = open_database(f"sqlite:///{folder / 'bench.sqlite'}")
    ctx = ServiceContext.connect(db)
    initialise(ctx)
    load_demo(ctx)
    return db, ctx


def upcoming_meeting(ctx) -> int:
    from dialogue_planner.services.meetings import list_meetings

    return next(m.number for m in list_meetings(ctx) if m.status == "confirmed")


def add_open_requests(ctx, count: int) -> None:
    """Bulk-insert open requests (one statement) so the annex and overdue list grow to many pages."""
    from sqlalchemy import insert, select

    from dialogue_planner.storage.models import Dialogue, Request

    with ctx.db.session(write=True) as s, s.begin():
        d = s.get(Dialogue, ctx.dialogue_id)
        sides = [(d.side_a_id, d.side_b_id, d.side_a.code), (d.side_b_id, d.side_a_id, d.side_b.code)]
        start = s.scalar(select(Request.id).order_by(Request.id.desc()).limit(1)) or 0
        rows = []
        for i in range(count):
            frm, to, code = sides[i % 2]
            received = TODAY - timedelta(days=20 + (i % 300))
            rows.append(
                dict(
                    dialogue_id=d.id,
                    reference=f"{code}-2099-{start + i:05d}",
                    year=2099,
                    sequence=start + i,
                    from_side_id=frm,
                    to_side_id=to,
                    kind=("information", "assistance", "evidence")[i % 3],
                    subject=f"Intrusion into a hosting provider, case {i}: logs, subscriber data and "
                    f"netflow records for the period under review",
                    received_on=received,
                    acknowledge_due_on=received + timedelta(days=7),
                    response_due_on=received + timedelta(days=30),
                    status="open" if i % 2 else "acknowledged",
                    version=1,
                )
            )
        s.execute(insert(Request), rows)


class Stopwatch:
    def __enter__(self):
        self.cpu, self.wall = time.process_time(), time.perf_counter()
        return self

    def __exit__(self, *exc):
        self.cpu, self.wall = time.process_time() - self.cpu, time.perf_counter() - self.wall


def time_pack(ctx, meeting: int, runs: int) -> tuple[tuple[float, float], int, list[int]]:
    """Median CPU and wall time of assembling and rendering the meeting's pack, its pages, and the rows
    of each of its tables (``table_rows``, counted outside the timing)."""
    from dialogue_planner.domain.briefing import PackOptions
    from dialogue_planner.reports import render_pack
    from dialogue_planner.services.briefing import assemble_pack

    options = PackOptions(language="en", marking="SENSITIVE BUT UNCLASSIFIED")
    samples, pages = [], 0
    for _ in range(runs):
        with Stopwatch() as watch:
            pack = assemble_pack(ctx, meeting, today=TODAY)
            result = render_pack(pack, options)
        samples.append(watch)
        pages = result.pages
    return _medians(samples), pages, table_rows(pack, options)


def table_rows(pack, options) -> list[int]:
    """The body rows of each table the pack prints, in order (its data tables: requests, overdue requests,
    escalations and the hotline's figures, commitments, delegates and their agencies, the timeliness and
    quality figures, investigations, the running order, the page at a glance, activities, documents,
    contacts, the glossary), counted in the story the renderer builds, so a section added later is
    counted too. Not counted: the label/value blocks (cover details, each agenda item's facts) and the
    contents, which the baseline has nothing like."""
    from reportlab.platypus import KeepInFrame, KeepTogether

    from dialogue_planner.reports.blocks import PackTable
    from dialogue_planner.reports.document import MARGIN_X
    from dialogue_planner.reports.pack import PAGE_SIZES, pack_story
    from dialogue_planner.reports.styles import make_styles

    width = PAGE_SIZES[options.paper][0] - 2 * MARGIN_X
    story = pack_story(pack, options, make_styles(), width, TODAY)
    sizes: list[int] = []

    def walk(items) -> None:
        for item in items:
            if isinstance(item, PackTable) and item.repeatRows == 1:  # a data table: its header repeats
                sizes.append(len(item._cellvalues) - 1)
            elif isinstance(item, (KeepTogether, KeepInFrame)):
                walk(item._content)

    walk(story)
    return [n for n in sizes if n]


def _medians(samples) -> tuple[float, float]:
    return statistics.median(w.cpu for w in samples), statistics.median(w.wall for w in samples)


def time_bare(rows: int | list[int], runs: int) -> tuple[tuple[float, float], int]:
    """Bare ReportLab printing the same rows: one table of ``rows`` rows, or, given the rows of each of
    the pack's tables, one table each (a long table costs more than its rows: ReportLab measures every
    remaining row again at each page it splits, so one table of all the rows would be slower than the
    same rows in the pack's tables and flatter the ratio)."""
    from reportlab.lib.pagesizes import LETTER
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    from dialogue_planner.reports.fonts import register_fonts

    font = register_fonts()
    cell = ParagraphStyle("cell", fontName=font, fontSize=8.5, leading=11)
    samples, pages = [], 0
    for _ in range(runs):
        watch = Stopwatch().__enter__()
        buffer = io.BytesIO()
        doc = SimpleDocTemplate(buffer, pagesize=LETTER, leftMargin=20 * mm, rightMargin=20 * mm)
        width = doc.width
        tables = []
        for count in [rows] if isinstance(rows, int) else rows:
            data = [["Reference", "From → to", "Kind", "Subject", "Received", "Due", "Status"]]
            for i in range(count):
                data.append(
                    [
                        f"US-2099-{i:05d}",
                        "US → CN",
                        "Information",
                        Paragraph(
                            f"Intrusion into a hosting provider, case {i}: logs, subscriber data and netflow "
                            f"records for the period under review",
                            cell,
                        ),
                        "2026-01-01",
                        "2026-02-01",
                        "Acknowledged",
                    ]
                )
            table = Table(
                data, colWidths=[width * s for s in (0.15, 0.09, 0.12, 0.3, 0.11, 0.11, 0.12)], repeatRows=1
            )
            table.setStyle(
                TableStyle(
                    [
                        ("FONT", (0, 0), (-1, -1), font, 8.5, 11),
                        ("VALIGN", (0, 0), (-1, -1), "TOP"),
                        ("LINEBELOW", (0, 0), (-1, -1), 0.4, "#C5CED8"),
                    ]
                )
            )
            tables.append(table)
        doc.build(tables)
        watch.__exit__()
        samples.append(watch)
        pages = doc.page
    return _medians(samples), pages


def profile_pack(ctx, meeting: int, top: int = 30) -> None:
    """Where a pack's time goes: assembling and rendering timed apart (CPU, best of five), then the
    functions that take most of one rendering (cProfile, cumulative; profiling slows calls down, so
    read it for proportions)."""
    import cProfile
    import pstats

    from dialogue_planner.domain.briefing import PackOptions
    from dialogue_planner.reports import render_pack
    from dialogue_planner.services.briefing import assemble_pack

    options = PackOptions(language="en", marking="SENSITIVE BUT UNCLASSIFIED")
    pack = assemble_pack(ctx, meeting, today=TODAY)
    render_pack(pack, options)  # fonts and caches warm
    assembling, rendering = [], []
    for _ in range(5):
        with Stopwatch() as watch:
            pack = assemble_pack(ctx, meeting, today=TODAY)
        assembling.append(watch.cpu)
        with Stopwatch() as watch:
            result = render_pack(pack, options)
        rendering.append(watch.cpu)
    print(f"assemble {min(assembling):.3f} s CPU, render {min(rendering):.3f} s CPU ({result.pages} pages)")
    profiler = cProfile.Profile()
    profiler.enable()
    render_pack(pack, options)
    profiler.disable()
    pstats.Stats(profiler).sort_stats("cumulative").print_stats(top)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument(
        "--profile",
        action="store_true",
        help="time assembling and rendering the large pack apart and profile one rendering",
    )
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as folder:
        db, ctx = demo_database(Path(folder))
        try:
            meeting = upcoming_meeting(ctx)
            if args.profile:
                add_open_requests(ctx, EXTRA_REQUESTS)
                profile_pack(ctx, meeting)
                return 0
            time_pack(ctx, meeting, 1)  # warm the font and imports
            (demo, demo_wall), demo_pages, _ = time_pack(ctx, meeting, args.runs)
            print(
                f"demo pack: {demo:.2f} s CPU ({demo_wall:.2f} s wall) for {demo_pages} pages (goal < 1 s)"
                f"{'' if demo < 1 else '  MISSED'}"
            )
            add_open_requests(ctx, EXTRA_REQUESTS)
            (large, large_wall), large_pages, tables = time_pack(ctx, meeting, args.runs)
            (bare, bare_wall), bare_pages = time_bare(tables, args.runs)
            rows = sum(tables)
            ratio = large / bare
            print(
                f"large pack: {large:.2f} s CPU ({large_wall:.2f} s wall) for {large_pages} pages, {rows} table "
                f"rows (goal < 3 s){'' if large < 3 else '  MISSED'}"
            )
            print(
                f"bare ReportLab, {rows} rows in {len(tables)} tables: {bare:.2f} s CPU ({bare_wall:.2f} s wall) for "
                f"{bare_pages} pages"
            )
            print(f"ratio {ratio:.2f} (goal <= 2){'' if ratio <= 2 else '  MISSED'}")
        finally:
            db.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
