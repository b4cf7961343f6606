"""The Overview's first look: what it shows, read before the database layer is loaded
(``storage.first_look``), for the application's start. The normal opening follows it in every case."""

from __future__ import annotations

from dialogue_planner.domain.errors import DialogueError
from dialogue_planner.domain.records import FirstLook
from dialogue_planner.storage.addresses import given_address, sqlite_file
from dialogue_planner.storage.first_look import read_first_look

from .os_login import os_login


def first_look(explicit: str | None = None) -> FirstLook | None:
    """What the Overview shows of the database ``explicit`` names (else ``DIALOGUE_PLANNER_DB``, else the
    default file), or None where only the normal opening can tell: a server, a file that is missing,
    locked, damaged, of another schema, or holding no dialogue, or a login the program cannot use."""
    path = sqlite_file(given_address(explicit))
    if path is None:
        return None
    try:
        login = os_login()
    except DialogueError:
        return None
    return read_first_look(path, login)
