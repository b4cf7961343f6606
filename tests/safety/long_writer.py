"""A long writer in another process, for the tests of reads that must not wait.

``python long_writer.py DATABASE [--import-lock]``: takes the roster import's lock if asked (as an import
does), begins a write transaction, changes every meeting's city without committing, prints ``READY``
and holds the write lock until its standard input closes; then rolls back.
"""

from __future__ import annotations

import sqlite3
import sys


def hold(path: str) -> None:
    con = sqlite3.connect(path, isolation_level=None)
    con.execute("BEGIN IMMEDIATE")
    con.execute("UPDATE meeting SET planned_city = 'Uncommitted'")
    print("READY", flush=True)
    sys.stdin.read()
    con.execute("ROLLBACK")
    con.close()


def main(path: str, import_lock: bool) -> None:
    if not import_lock:
        hold(path)
        return
    from dialogue_planner.services.workstation import IMPORT_LOCK
    from dialogue_planner.storage.database import open_database
    from dialogue_planner.storage.locks import operation_lock

    db = open_database(path, upgrade=False)
    try:
        with operation_lock(db, IMPORT_LOCK, what="importing a roster"):
            hold(path)
    finally:
        db.dispose()


if __name__ == "__main__":
    main(sys.argv[1], "--import-lock" in sys.argv[2:])
