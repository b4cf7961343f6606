"""A child process for the crash-safety tests: runs one operation and stops dead at a chosen point.

``python crash_child.py OPERATION URL POINT [FILE]``: OPERATION is ``import``, ``carry-over`` or
``migration``; POINT is ``middle`` (just after the named statement ran, inside the transaction) or
``committed`` (just after the commit). At that point the child prints ``PAUSED`` and sleeps, and
the test kills it with SIGKILL: no ``finally``, no rollback, no flush of anything.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from sqlalchemy import event
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

MIDDLE_OF = {
    "import": "INSERT INTO delegate",
    "carry-over": "INSERT INTO agenda_item",
    "migration": "CREATE TABLE meeting",
}


def pause() -> None:
    print("PAUSED", flush=True)
    time.sleep(120)
    sys.exit("not killed")


def main(operation: str, url: str, point: str, file: str | None = None) -> None:
    from dialogue_planner.storage.database import open_database

    armed = {"on": False}
    marker = MIDDLE_OF[operation]

    @event.listens_for(Engine, "after_cursor_execute")
    def _after(conn, cursor, statement, parameters, context, executemany):
        if point == "middle" and statement.lstrip().upper().startswith(marker.upper()):
            pause()

    @event.listens_for(Session, "after_commit")
    def _committed(session):
        if point == "committed" and armed["on"]:
            pause()

    if operation == "migration":
        open_database(url)
        pause()  # committed: the migration returned
    from dialogue_planner.services.context import ServiceContext

    ctx = ServiceContext.connect(open_database(url))
    armed["on"] = True
    if operation == "import":
        from dialogue_planner.services.roster_import import ImportOptions, apply_import

        apply_import(ctx, Path(file).read_bytes(), ImportOptions(file_name="roster.csv"))
    else:
        from dialogue_planner.services.agenda import close_meeting

        close_meeting(ctx, 1)
    sys.exit("finished without pausing")


if __name__ == "__main__":
    main(*sys.argv[1:])
