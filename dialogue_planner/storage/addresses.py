"""Database addresses as given: the default file, the SQLite file an address names, and the URIs that
read a file without writing beside it. Free of SQLAlchemy, so that the Overview's first look
(``first_look``) can use them before it is imported; ``engine`` parses and checks every address."""

from __future__ import annotations

import os
from pathlib import Path
from urllib.parse import quote

from dialogue_planner.domain.text import control_characters
from dialogue_planner.paths import data_dir

ENV_VAR = "DIALOGUE_PLANNER_DB"


def default_url() -> str:
    return f"sqlite:///{data_dir() / 'dialogue-planner.sqlite'}"


def given_address(explicit: str | os.PathLike | None = None) -> str:
    """``--db`` wins, then ``DIALOGUE_PLANNER_DB``, then the SQLite file in the data folder."""
    return str(explicit or os.environ.get(ENV_VAR) or default_url())


def file_path(name: str) -> Path:
    """The file a bare path given as a database address names, absolute: ``~`` and ``~user`` expanded
    where they name a home folder, kept as written where they do not (a folder of that name here), as a
    shell does; ``Path.expanduser`` raised instead, and the secretary saw a program error."""
    return Path(os.path.expanduser(name)).resolve()


def sqlite_file(address: str) -> Path | None:
    """The SQLite file a given address names (a path, or ``sqlite:///PATH`` with no options), or None for
    anything else, left to ``engine.resolve_url``. A URL's path is taken as written, as the engine takes it."""
    if "?" in address or "#" in address or control_characters(address):
        return None
    if address.startswith("sqlite:///"):
        name = address[len("sqlite:///") :]
        return Path(name).resolve() if name and name != ":memory:" else None
    if "://" in address or not address or address == ":memory:":
        return None
    return file_path(address)


def sqlite_uri(path: Path, **params: str) -> str:
    """A ``file:`` URI for ``path``; '?', '#' and '%' in folder names stay part of the path."""
    posix = Path(os.path.abspath(path)).as_posix()
    if not posix.startswith("/"):  # C:/... on Windows
        posix = "/" + posix
    query = "&".join(f"{key}={value}" for key, value in params.items())
    return f"file://{quote(posix, safe='/:')}" + (f"?{query}" if query else "")


def being_written(path: Path) -> bool:
    """A ``-wal`` or ``-journal`` beside the file: someone has it open for writing, or crashed doing so."""
    return any(Path(f"{path}{suffix}").exists() for suffix in ("-wal", "-journal"))


def untouched_uri(path: Path) -> str:
    """Open ``path`` read-only and create nothing beside it (no ``-wal``, no ``-shm``).

    ``immutable=1`` reads the file as it is, without locks or side files. When a ``-wal`` or
    ``-journal`` shows that someone writes (or crashed writing), their committed pages may be there, so
    the file is opened read-only with SQLite's locks instead (the side files exist already).
    """
    return sqlite_uri(path, mode="ro") if being_written(path) else sqlite_uri(path, mode="ro", immutable="1")
