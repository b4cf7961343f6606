"""Where the program keeps its files on this workstation (no layer: every layer may ask)."""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "dialogue-planner"
DATA_DIR_ENV = "DIALOGUE_PLANNER_DATA_DIR"


def data_dir() -> Path:
    """The per-user data folder: the SQLite database, its backups, the log."""
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        return Path(override)
    import platformdirs

    return platformdirs.user_data_path(APP_NAME, appauthor=False)


def log_file() -> Path:
    return data_dir() / "dialogue-planner.log"
