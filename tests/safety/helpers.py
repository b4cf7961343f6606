"""Helpers of the data-safety suites: the command line in-process, what a database holds, what a folder
holds, damaging files the way disks and people do, and running a command as a login that may not write."""

from __future__ import annotations

import hashlib
import os
import random
import shutil
import sqlite3
import subprocess
import sys
from datetime import date
from pathlib import Path

PAGE = 4096
NOBODY = 65534


def run(capsys, *args: str) -> tuple[int, str, str]:
    """``dialogue-planner ARGS`` in this process: (exit status, stdout, stderr)."""
    from dialogue_planner.cli import main

    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def assert_one_line_error(err: str, *fragments: str) -> None:
    text = err.strip()
    assert text.startswith("error: ") and "\n" not in text, err
    assert "Traceback" not in err and "internal error" not in err, err
    for fragment in fragments:
        assert fragment in text, f"{fragment!r} not in {text!r}"


def add_meeting(ctx, city: str = "Beijing", day: date = date(2016, 6, 14)):
    from dialogue_planner.services.meetings import add_meeting as add

    return add(ctx, start=day, host="CN", city=city, today=date(2016, 1, 4))


def cities(path: Path) -> list[str]:
    """The planned cities of the meetings in the SQLite file ``path`` (read-only, through its WAL)."""
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return [r[0] for r in con.execute("SELECT planned_city FROM meeting ORDER BY id")]
    finally:
        con.close()


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def listing(folder: Path) -> list[str]:
    """Every file under ``folder``, relative, sorted (to prove that nothing was added or left behind)."""
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file())


def rows_of(path: Path, sql: str) -> list[tuple]:
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def damage_pages(path: Path, seed: int = 14, *, first: int = 2, every: int = 2) -> None:
    """Overwrite every ``every``-th page from ``first`` on with random bytes; the header page stays."""
    rng = random.Random(seed)
    size = path.stat().st_size
    with open(path, "r+b") as fh:
        for page in range(first, size // PAGE, every):
            fh.seek(page * PAGE)
            fh.write(rng.randbytes(PAGE))


def random_after_header(path: Path, seed: int = 14, pages: int = 8) -> None:
    path.write_bytes(b"SQLite format 3\x00" + random.Random(seed).randbytes(pages * PAGE - 16))


def truncate_half(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2 + 100])


def edit_copy(source: Path, target: Path, *statements: str, foreign_keys: bool = True) -> Path:
    """A copy of ``source`` with ``statements`` applied (and its WAL folded in, so it is one file)."""
    shutil.copyfile(source, target)
    con = sqlite3.connect(target, isolation_level=None)
    try:
        if not foreign_keys:
            con.execute("PRAGMA foreign_keys = OFF")
        for statement in statements:
            con.execute(statement)
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        con.close()
    return target


# -- another login, another file system ---------------------------------------------------------------
def can_drop_privileges() -> bool:
    """Running as root, the read-only tests run the command as ``nobody`` (root may write anything)."""
    return os.geteuid() != 0 or shutil.which("setpriv") is not None


def as_other_login(argv: list[str]) -> list[str]:
    """``argv`` run as a login that is not the files' owner when this process is root, else as is."""
    if os.geteuid() == 0:
        return ["setpriv", f"--reuid={NOBODY}", f"--regid={NOBODY}", "--clear-groups", *argv]
    return argv


def cli_argv(*args: str) -> list[str]:
    return [sys.executable, "-m", "dialogue_planner", *args]


def child_env(home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("DIALOGUE_PLANNER_")}
    env.update(
        {
            "DIALOGUE_PLANNER_DATA_DIR": str(home / "data"),
            "DIALOGUE_PLANNER_SETTINGS_DIR": str(home / "s"),
            "DIALOGUE_PLANNER_USER": "tester",
            "HOME": str(home),
            "QT_QPA_PLATFORM": "offscreen",
        }
    )
    return env


def namespace_works() -> bool:
    """Whether this machine lets a user namespace mount a small tmpfs (a real full disk, a real
    read-only file system) without privileges on the host."""
    if not sys.platform.startswith("linux") or not shutil.which("unshare"):
        return False
    probe = subprocess.run(
        ["unshare", "-Urm", "sh", "-c", "mount -t tmpfs -o size=64k tmpfs /mnt && echo ok"],
        capture_output=True,
        text=True,
        check=False,
    )
    return probe.stdout.strip() == "ok"
