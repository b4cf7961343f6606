"""Runs a script of steps in one process and prints what each did as JSON, for the tests that run as
another login, on a full disk or on a read-only file system (where the test's own process cannot go).

``python commands_child.py STEPS_JSON``: each step is a list, either the arguments of a command of the
command line (``["--db", PATH, "meetings", "list"]``) or a step of the test's own:

- ``["@fill", FOLDER, LEAVE]``: write a filler file in FOLDER until at most LEAVE bytes are free;
- ``["@free", FOLDER]``: remove the filler;
- ``["@big-write", PATH]``: a service transaction that tries to store 3 MB of notes in every meeting.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import shutil
import sys
from pathlib import Path

FILLER = "filler.bin"


def command(args: list[str]) -> dict:
    from dialogue_planner.cli import main

    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(args)
    return {"step": args, "code": code, "out": out.getvalue(), "err": err.getvalue()}


def fill(folder: str, leave: int) -> dict:
    chunk = b"\0" * 65536
    fd = os.open(Path(folder) / FILLER, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)
    try:
        while shutil.disk_usage(folder).free > leave:
            try:
                os.write(fd, chunk[: max(4096, min(len(chunk), shutil.disk_usage(folder).free - leave))])
            except OSError:
                break
    finally:
        os.close(fd)
    return {"step": ["@fill"], "code": 0, "out": str(shutil.disk_usage(folder).free), "err": ""}


def big_write(path: str) -> dict:
    from sqlalchemy import text

    from dialogue_planner.domain.errors import DialogueError
    from dialogue_planner.services.session import open_session

    try:
        ctx = open_session(path)
    except DialogueError as exc:
        return {"step": ["@big-write"], "code": 1, "out": "", "err": f"error: {exc.message}\n"}
    try:
        with ctx.write() as tx:
            tx.session.execute(text("UPDATE meeting SET notes = :n"), {"n": "x" * 3_000_000})
            tx.changed.add("meeting")
        return {"step": ["@big-write"], "code": 0, "out": "", "err": ""}
    except DialogueError as exc:
        return {"step": ["@big-write"], "code": 1, "out": "", "err": f"error: {exc.message}\n"}
    finally:
        ctx.db.dispose()


def main(steps: list[list[str]]) -> list[dict]:
    done = []
    for step in steps:
        if step[0] == "@fill":
            done.append(fill(step[1], int(step[2])))
        elif step[0] == "@free":
            (Path(step[1]) / FILLER).unlink(missing_ok=True)
            done.append({"step": step, "code": 0, "out": "", "err": ""})
        elif step[0] == "@big-write":
            done.append(big_write(step[1]))
        else:
            done.append(command(step))
    return done


if __name__ == "__main__":
    print(json.dumps(main(json.loads(sys.argv[1]))))
