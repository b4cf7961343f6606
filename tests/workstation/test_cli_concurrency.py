"""No lost update from the command line either: three processes change different fields of one meeting
with ``meetings update`` at the same time; every field ends with its last saved value, and a save that
met someone else's is refused with a message, never applied over it."""

from __future__ import annotations

import multiprocessing

import pytest

ROUNDS = 12
FIELDS = {
    "venue": lambda k: ["--venue", f"Hall {k}"],
    "city": lambda k: ["--city", f"City {k}"],
    "start_time": lambda k: ["--start-time", f"09:{k:02d}", "--end-time", "17:30"],
}


def _edit(url: str, field: str, start, results) -> None:
    import contextlib
    import io

    from dialogue_planner.cli import main

    start.wait(60)
    saved, refused = [], []
    for k in range(ROUNDS):
        err = io.StringIO()
        with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
            code = main(["--db", url, "meetings", "update", "1", *FIELDS[field](k)])
        (saved if code == 0 else refused).append((k, code, err.getvalue().strip()))
    results.put((field, saved, refused))


@pytest.mark.postgres
def test_concurrent_command_line_edits_lose_nothing(pg_admin_ctx):
    from datetime import date

    from dialogue_planner.services.meetings import add_meeting, get_meeting

    add_meeting(pg_admin_ctx, start=date(2016, 6, 14), host="CN", city="Beijing", today=date(2016, 1, 4))
    mp = multiprocessing.get_context("spawn")
    start, results = mp.Event(), mp.Queue()
    workers = [mp.Process(target=_edit, args=(pg_admin_ctx.db.url, f, start, results)) for f in FIELDS]
    for w in workers:
        w.start()
    start.set()
    outcome = {
        field: (saved, refused) for field, saved, refused in (results.get(timeout=300) for _ in workers)
    }
    for w in workers:
        w.join(60)
    final = get_meeting(pg_admin_ctx, 1)
    for field, (saved, refused) in outcome.items():
        assert saved, f"no save of {field} went through"
        for _, code, message in refused:  # a refusal is a clear one-line message, nothing half-done
            assert code == 1 and message.startswith("error: ") and "\n" not in message
        last = saved[-1][0]
        expected = FIELDS[field](last)[1]
        shown = {
            "venue": final.venue,
            "city": final.planned_city,
            "start_time": final.start_time.strftime("%H:%M") if final.start_time else None,
        }[field]
        assert shown == expected, f"{field}: the last saved value {expected!r} was lost (now {shown!r})"
