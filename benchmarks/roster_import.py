"""Roster import speed and memory: 10,000 rows as CSV and XLSX, preview then apply, on SQLite.

Run by hand (never as a timed test): ``python benchmarks/roster_import.py [ROWS ...]``.
Goal: preview and apply each under 3 s for 10,000 rows; peak memory growing no faster than the rows.
Times are the best of three runs on fresh databases, since other work on the machine only adds to them.

``python benchmarks/roster_import.py --backup-of FILE`` times the backup the import lock takes of a SQLite
file (e.g. the twenty-year archive): taken alone, and copied in the background as an import does.
"""

from __future__ import annotations

import io
import os
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

from openpyxl import Workbook

HEADER = [
    "Side",
    "Agency",
    "Family name",
    "Given name",
    "Native name",
    "Title",
    "Email",
    "Phone",
    "External ID",
]
AGENCIES = [("CN", "MPS"), ("CN", "MSS"), ("CN", "MOJ"), ("US", "DHS"), ("US", "FBI"), ("US", "DOJ")]


def rows(count: int):
    for i in range(count):
        side, agency = AGENCIES[i % len(AGENCIES)]
        yield [
            side,
            agency,
            f"Family{i}",
            f"Given{i}",
            "张伟" if side == "CN" else "",
            "Director",
            f"person{i}@{agency.lower()}.example",
            f"+86 10 {i:08d}",
            f"{side}-{i:06d}",
        ]


def csv_file(count: int) -> bytes:
    lines = [",".join(HEADER)] + [",".join(r) for r in rows(count)]
    return ("\r\n".join(lines) + "\r\n").encode("utf-8")


def xlsx_file(count: int) -> bytes:
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Roster")
    sheet.append(["Delegates of both sides"])
    sheet.append(HEADER)
    for r in rows(count):
        sheet.append(r)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def fresh_context(folder: Path):
    from dialogue_planner.services.context import ServiceContext
    from dialogue_planner.services.setup import initialise
    from dialogue_planner.storage.database import open_database

    db = open_database(f"sqlite:///{folder / f'bench-{time.monotonic_ns()}.sqlite'}")
    ctx = ServiceContext.connect(db)
    initialise(ctx)
    return ctx


def timed(fn):
    start = time.perf_counter()
    value = fn()
    return value, time.perf_counter() - start


def peak_mib(fn) -> float:
    tracemalloc.start()
    fn()
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return peak / 2**20


def best_of(repeats: int, folder: Path, data: bytes, options) -> tuple[float, float, float]:
    """Best preview, apply and re-apply times over fresh databases: the machine's other load only adds."""
    from dialogue_planner.services.roster_import import apply_import, preview_import

    times = []
    count = None
    for _ in range(repeats):
        ctx = fresh_context(folder)
        preview, t_preview = timed(lambda ctx=ctx: preview_import(ctx, data, options))
        result, t_apply = timed(lambda ctx=ctx: apply_import(ctx, data, options))
        again, t_again = timed(lambda ctx=ctx: apply_import(ctx, data, options))
        count = count or preview.counts["new"]
        assert preview.counts["new"] == result.created == again.unchanged == count
        ctx.db.dispose()
        times.append((t_preview, t_apply, t_again))
    return tuple(min(t[i] for t in times) for i in range(3))


def main(counts: list[int], repeats: int = 3) -> int:
    os.environ.setdefault("DIALOGUE_PLANNER_USER", "bench")
    from dialogue_planner.services.roster_import import ImportOptions, apply_import, preview_import

    failed = False
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for count in counts:
            for kind, build in (("csv", csv_file), ("xlsx", xlsx_file)):
                data = build(count)
                options = ImportOptions(file_name=f"roster.{kind}")
                t_preview, t_apply, t_again = best_of(repeats, folder, data, options)
                ctx = fresh_context(folder)
                memory = peak_mib(
                    lambda ctx=ctx, data=data, options=options: preview_import(ctx, data, options)
                )
                apply_memory = peak_mib(
                    lambda ctx=ctx, data=data, options=options: apply_import(ctx, data, options)
                )
                ctx.db.dispose()
                slow = count <= 10_000 and max(t_preview, t_apply) >= 3.0
                failed |= slow
                print(
                    f"{kind:4} {count:6} rows  {len(data) / 2**20:5.1f} MiB file  preview {t_preview:5.2f} s  "
                    f"apply {t_apply:5.2f} s  re-apply {t_again:5.2f} s  peak: preview {memory:5.1f} MiB, "
                    f"apply {apply_memory:5.1f} MiB ({apply_memory * 1024 / count:4.1f} KiB/row)"
                    f"{'  SLOW' if slow else ''}",
                    flush=True,
                )
    return 1 if failed else 0


def backup_cost(source: Path, repeats: int = 3) -> None:
    """The import's backup of ``source`` (copied into a temporary folder): wall and CPU seconds, best of N."""
    import shutil

    from dialogue_planner.storage import backup

    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / source.name  # backups go beside the database: never beside the real one
        backup.backup_sqlite(source, copy)
        for label, make in (
            ("alone", lambda: backup.automatic_backup(copy, "before-import")),
            ("background", lambda: backup.BackgroundBackup(copy, "before-import").wait()),
        ):
            best = (float("inf"), float("inf"))
            for _ in range(repeats):
                wall, cpu = time.perf_counter(), time.process_time()
                make()
                best = min(best, (time.perf_counter() - wall, time.process_time() - cpu))
            print(
                f"backup of {source.name} ({source.stat().st_size / 2**20:.0f} MiB), {label}: "
                f"{best[0]:.3f} s wall, {best[1]:.3f} s CPU",
                flush=True,
            )
        shutil.rmtree(Path(tmp) / "backups", ignore_errors=True)


if __name__ == "__main__":
    if sys.argv[1:2] == ["--backup-of"] and len(sys.argv) == 3:
        backup_cost(Path(sys.argv[2]))
        sys.exit(0)
    sys.exit(main([int(a) for a in sys.argv[1:]] or [2_500, 10_000, 20_000]))
