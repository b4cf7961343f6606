"""The database as a secretary names it: a file's path, or "server/database" on PostgreSQL, never a raw URL
such as ``sqlite:////home/…`` or ``postgresql+psycopg://…``."""

from __future__ import annotations

import os
from pathlib import Path
from urllib.parse import urlsplit

from PySide6.QtCore import QCoreApplication


def database_name(url: str, path: Path | None = None) -> str:
    """``path`` is the SQLite file (when the URL is one); ``url`` is shown without a password."""
    if path is not None:
        if os.name != "nt" and path.is_relative_to(Path.home()):  # as a Unix shell writes it
            return str(Path("~") / path.relative_to(Path.home()))
        return str(path)
    if url.startswith("sqlite"):
        return QCoreApplication.translate("DatabaseName", "in memory")
    parts = urlsplit(url)
    host = parts.hostname or "localhost"
    if parts.port not in (None, 5432):
        host = f"{host}:{parts.port}"
    database = parts.path.lstrip("/") or (parts.username or "")
    return f"{host}/{database}" if database else host


def describe_database(db) -> str:
    """The name of an open database (a storage ``Database``: ``url``/``display_url`` and ``path``)."""
    return database_name(db.display_url, db.path)
