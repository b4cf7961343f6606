"""A backup that stops half-way, for the tests of what a killed backup leaves behind.

``python stall_child.py explicit DATABASE DESTINATION`` or ``python stall_child.py automatic DATABASE``:
runs the program's own backup code, with SQLite's backup API made to copy one page at a time; after two
pages it prints ``COPYING`` and sleeps, to be killed with SIGKILL (or to show that a copy in progress is
left alone).
"""

from __future__ import annotations

import sqlite3
import sys
import time
from pathlib import Path

from dialogue_planner.storage import backup as backup_module


class StallingConnection(sqlite3.Connection):
    def backup(self, target, *, pages=-1, progress=None, name="main", sleep=0.25):
        def stall(_status, remaining, total):
            if total - remaining >= 2:
                print("COPYING", flush=True)
                time.sleep(300)
                sys.exit("not killed")

        return super().backup(target, pages=1, progress=stall, name=name, sleep=sleep)


class StallingSqlite:
    """The sqlite3 module, with connections that copy slowly."""

    def __getattr__(self, name):
        return getattr(sqlite3, name)

    @staticmethod
    def connect(*args, **kwargs):
        kwargs.setdefault("factory", StallingConnection)
        return sqlite3.connect(*args, **kwargs)


def main(mode: str, database: str, destination: str | None = None) -> None:
    backup_module.sqlite3 = StallingSqlite()
    if mode == "explicit":
        backup_module.backup_sqlite(Path(database), Path(destination))
    else:
        backup_module.automatic_backup(Path(database), "before-import")
    sys.exit("the copy was not stopped")


if __name__ == "__main__":
    main(*sys.argv[1:])
