"""Opening a database for the command line and the application (they never touch storage directly)."""

from __future__ import annotations

from dialogue_planner.storage.database import Database, open_database

from .context import ServiceContext


def open_db(url: str | None = None, *, upgrade: bool = True) -> Database:
    """The database at ``url`` (or the default); older schemas are backed up and upgraded."""
    return open_database(url, upgrade=upgrade)


def connect(db: Database, *, login: str | None = None, dialogue: str | None = None) -> ServiceContext:
    """Identify the caller, working on the dialogue with the code ``dialogue`` (default: the one most
    recently active, ``context.default_dialogue_id``)."""
    return ServiceContext.connect(db, login=login, dialogue=dialogue)


def open_session(url: str | None = None) -> ServiceContext:
    """Open, upgrade and identify the caller in one step."""
    db = open_database(url)
    try:
        return ServiceContext.connect(db)
    except BaseException:
        db.dispose()
        raise
