"""Writing files all or nothing (no layer: services, interchange and the command line all write files).

A half-written calendar, export or briefing pack would mislead whoever opens it, so every file the
program produces goes through a temporary file beside the target and an atomic rename."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from dialogue_planner.domain.errors import DialogueError
from dialogue_planner.domain.messages import msg


def write_atomically(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` whole or not at all; raises OSError (the caller words the message)."""
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".part")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_file(path: Path | str, data: bytes) -> None:
    """Create the folder if needed and write atomically; trouble becomes a message a user can act on."""
    path = Path(path).expanduser()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomically(path, data)
    except OSError as exc:
        raise DialogueError(
            msg("Cannot write {path}: {value}.", path=path, value=exc.strerror or exc)
        ) from exc
