"""This workstation's connection: the address and login in the application's settings, the password
in the operating system's keyring (``keyring``) and nowhere else, never in a plain file."""

from __future__ import annotations

import contextlib
import os
from typing import TYPE_CHECKING

from dialogue_planner.domain.errors import DialogueError

if TYPE_CHECKING:
    from dialogue_planner.services.workstation import ConnectionSettings

KEYRING_SERVICE = "dialogue-planner"
URL_KEY = "connection/url"
USER_KEY = "connection/user"
DB_ENV = "DIALOGUE_PLANNER_DB"


def keyring_account(conn: ConnectionSettings) -> str:
    """One keyring entry per login and server, so two databases keep two passwords."""
    return f"{conn.user}@{conn.server_url}"


def saved_connection(settings) -> ConnectionSettings | None:
    url = str(settings.value(URL_KEY, "") or "")
    if not url:
        return None
    from dialogue_planner.services.workstation import ConnectionSettings  # a start on SQLite needs none

    return ConnectionSettings(url, str(settings.value(USER_KEY, "") or ""))


def _keyring():
    """The keyring, imported when a password is needed: with its plugins' discovery it is some sixty modules,
    which a start on SQLite does not need (issue 19)."""
    import keyring

    return keyring


def stored_password(conn: ConnectionSettings) -> str | None:
    """The remembered password, or None (none kept, or no usable keyring on this system)."""
    if not conn.is_postgres or not conn.user:
        return None
    keyring = _keyring()
    try:
        return keyring.get_password(KEYRING_SERVICE, keyring_account(conn))
    except keyring.errors.KeyringError:
        return None


def save_connection(settings, conn: ConnectionSettings, password: str, *, remember: bool) -> None:
    """Store the address and login; the password goes to the keyring (or is forgotten)."""
    if conn.is_postgres and conn.user:
        keyring = _keyring()
        try:
            if password and remember:
                keyring.set_password(KEYRING_SERVICE, keyring_account(conn), password)
            elif not remember:
                _forget_password(conn)
        except keyring.errors.KeyringError as exc:
            raise DialogueError(
                f"The system keyring could not store the password ({exc}); it was not saved anywhere. "
                "Untick 'Remember the password' to connect without storing it, or set up a keyring."
            ) from exc
    settings.setValue(URL_KEY, conn.server_url)
    settings.setValue(USER_KEY, conn.user)
    settings.sync()


def forget_connection(settings) -> None:
    conn = saved_connection(settings)
    if conn is not None:
        with contextlib.suppress(_keyring().errors.KeyringError):
            _forget_password(conn)
    settings.remove(URL_KEY)
    settings.remove(USER_KEY)
    settings.sync()


def _forget_password(conn: ConnectionSettings) -> None:
    keyring = _keyring()
    with contextlib.suppress(keyring.errors.PasswordDeleteError):
        keyring.delete_password(KEYRING_SERVICE, keyring_account(conn))


def startup_url(explicit: str | None, settings) -> str | None:
    """What the application opens: ``--db``, else DIALOGUE_PLANNER_DB, else this workstation's saved
    connection (with the password from the keyring), else None (the default SQLite file)."""
    if explicit:
        return explicit
    if os.environ.get(DB_ENV):
        return None
    conn = saved_connection(settings)
    if conn is None:
        return None
    from dialogue_planner.services.workstation import connection_url

    return connection_url(conn, stored_password(conn))
