"""Copies of a SQLite database made with the online backup API (safe while others use it)."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timezone
from pathlib import Path

KEEP_AUTOMATIC = 10


def backup_sqlite(source: Path, destination: Path) -> Path:
    """Copy a live SQLite database to ``destination`` consistently, page by page."""
    destination.parent.mkdir(parents=True, exist_ok=True)
    tmp = destination.with_name(destination.name + ".partial")
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(tmp)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    tmp.replace(destination)
    return destination


def automatic_backup(source: Path, reason: str, keep: int = KEEP_AUTOMATIC) -> Path:
    """A timestamped backup in ``backups/`` beside the database, keeping the newest ``keep`` of them."""
    stamp = datetime.now(timezone.utc).strftime("%Y%m%d-%H%M%S-%f")
    folder = source.parent / "backups"
    dest = backup_sqlite(source, folder / f"{source.stem}-{stamp}-{reason}.sqlite")
    prune_backups(folder, source.stem, keep)
    return dest


def prune_backups(folder: Path, stem: str, keep: int) -> None:
    olds = sorted(folder.glob(f"{stem}-*.sqlite"))
    for old in olds[:-keep] if keep > 0 else olds:
        old.unlink(missing_ok=True)
