"""Backups of a PostgreSQL database with ``pg_dump`` / ``pg_restore``, and what a backup file holds.

A dump is written to ``FILE.partial``, its table of contents read back, and only then renamed to
``FILE``: a dump that was killed or failed half-way never looks finished. Before a restore, the
archive's table of contents and two small tables are read (``pg_restore --list`` and ``--data-only``,
which change nothing) so that the same checks as for a SQLite backup apply: this program's tables, a
schema revision this version knows, and at least one dialogue.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.engine import make_url

from dialogue_planner.domain.errors import DatabaseError, ValidationError
from dialogue_planner.domain.messages import msg

from .faults import explain_os_error

PARTIAL = ".partial"
_TABLE_ENTRY = re.compile(r"^\d+;\s+\d+\s+\d+\s+TABLE\s+\S+\s+(\S+)\s", re.MULTILINE)


@dataclass(frozen=True)
class ArchiveContents:
    tables: frozenset[str]
    revision: str | None
    dialogues: int


def dump(url: str, destination: Path) -> Path:
    """``pg_dump`` (custom format) of the database at ``url`` into ``destination``."""
    tool = pg_tool("pg_dump")
    partial = destination.with_name(destination.name + PARTIAL)
    try:
        destination.parent.mkdir(parents=True, exist_ok=True)
        run(
            [tool, "--format=custom", "--no-owner", f"--file={partial}", *_connection_args(url)],
            "pg_dump",
            url,
        )
        read_toc(partial)  # a complete archive, or an error
        partial.replace(destination)
    except OSError as exc:
        raise explain_os_error(exc, f"the backup {destination}") from exc
    finally:
        partial.unlink(missing_ok=True)
    return destination


def restore(url: str, source: Path) -> None:
    """``pg_restore`` in one transaction: the whole backup, or on any error nothing."""
    tool = pg_tool("pg_restore")
    run(
        [
            tool,
            "--clean",
            "--if-exists",
            "--no-owner",
            "--single-transaction",
            *_connection_args(url, dbname_flag=True),
            str(source),
        ],
        "pg_restore",
        url,
    )


def archive_contents(source: Path) -> ArchiveContents:
    """The tables, schema revision and number of dialogues in the archive ``source``."""
    toc = read_toc(source)
    tables = frozenset(_TABLE_ENTRY.findall(toc))
    revision_rows = _table_rows(source, "alembic_version") if "alembic_version" in tables else []
    revision = revision_rows[0].split("\t")[0] if revision_rows else None
    dialogues = len(_table_rows(source, "dialogue")) if "dialogue" in tables else 0
    return ArchiveContents(tables, revision, dialogues)


def read_toc(archive: Path) -> str:
    """``pg_restore --list``: the archive's table of contents; ValidationError when it is no archive."""
    try:
        return run([pg_tool("pg_restore"), "--list", str(archive)], "pg_restore", "")
    except DatabaseError as exc:
        raise ValidationError(
            msg(
                "{archive} is not a complete PostgreSQL backup ({message}).",
                archive=archive,
                message=exc.message,
            )
        ) from exc


def _table_rows(archive: Path, table: str) -> list[str]:
    """The data rows of ``table`` in the archive (COPY text format, one line a row)."""
    out = run(
        [pg_tool("pg_restore"), "--data-only", f"--table={table}", "--file=-", str(archive)], "pg_restore", ""
    )
    rows, inside = [], False
    for line in out.splitlines():
        if line.startswith("COPY "):
            inside = True
        elif inside and line == "\\.":
            inside = False
        elif inside:
            rows.append(line)
    return rows


def pg_tool(name: str) -> str:
    path = shutil.which(name)
    if not path:
        raise DatabaseError(
            msg(
                "{name} is not installed on this workstation; install the PostgreSQL client tools (Debian: apt-get install postgresql-client) or ask the server administrator.",
                name=name,
            )
        )
    return path


def _connection_args(url: str, dbname_flag: bool = False) -> list[str]:
    u = make_url(url)
    args = []
    if u.host:
        args.append(f"--host={u.host}")
    if u.port:
        args.append(f"--port={u.port}")
    if u.username:
        args.append(f"--username={u.username}")
    if not u.database:
        raise ValidationError(
            msg(
                "The PostgreSQL address {render_as_string} names no database: add its name after the last '/'.",
                render_as_string=u.render_as_string(hide_password=True),
            )
        )
    args.append(f"--dbname={u.database}" if dbname_flag else u.database)
    return args


def run(cmd: list[str], what: str, url: str) -> str:
    """Run a PostgreSQL client tool and return its output; the password goes through the environment,
    never the command line. A failure is one line: the tool's first error, not the query it ran."""
    env = dict(os.environ)
    password = make_url(url).password if url else None
    if password:
        env["PGPASSWORD"] = password
    try:
        done = subprocess.run(cmd, check=False, capture_output=True, text=True, env=env, errors="replace")
    except OSError as exc:
        raise DatabaseError(msg("Cannot run {what}: {value}.", what=what, value=exc.strerror or exc)) from exc
    if done.returncode:
        raise tool_failed(what, done.stderr, done.returncode)
    return done.stdout


def tool_failed(what: str, stderr: str, status: int) -> DatabaseError:
    lines = [line.strip() for line in stderr.splitlines() if line.strip()]
    errors = [line for line in lines if "error:" in line.lower() or "fatal:" in line.lower()]
    line = (errors or lines or [f"exit status {status}"])[0]
    detail = re.sub(r"^(pg_dump|pg_restore|pg_dumpall):\s*(error:\s*)?", "", line)
    detail = re.sub(r"^(query failed:\s*)?(ERROR:\s*)?", "", detail)
    if "permission denied" in detail.lower():
        return DatabaseError(
            msg(
                "{what} was refused by the server: {detail}. Your login may not read or replace everything a backup holds; ask an administrator.",
                what=what,
                detail=detail,
            )
        )
    return DatabaseError(msg("{what} failed: {detail}", what=what, detail=detail))
