"""The one family of errors a user can act on.

Anything raised that is not a :class:`DialogueError` is a bug: the command line prints a traceback
for it only with ``--debug``, the application shows it in a details dialog and writes it to the log.
"""

from __future__ import annotations

from enum import Enum

from dialogue_planner.domain.messages import Message, render
from dialogue_planner.domain.text import one_line


class Remedy(str, Enum):
    """A step that puts an error right and that only a command does (there is no screen for it).

    The message says the step in words; the command line adds the command itself
    (``dialogue_planner.cli.hints``), so that the application, which shows the message as it is, never
    names a command-line flag or command to a user at a window.
    """

    INIT = "init"  # create the dialogue in an empty database
    SETUP_ROLES = "setup-roles"  # the database owner creates the PostgreSQL group roles and functions
    ADD_USER = "add-user"  # an administrator adds a login as a user (argument: the login)
    RESTORE = "restore"  # restore a backup over a damaged database
    SET_ROLE = "set-role"  # change the role of an existing user (argument: the login)
    LIST_USERS = "list-users"  # see who the users are


class DialogueError(Exception):
    """An error with a message a secretary can act on.

    The message is always one line: input it quotes is shown with its control characters escaped, so a
    newline or a terminal escape sequence typed by a user cannot split or colour the error.

    It names no command-line flag or command. ``field`` names the input it is about by the service's
    keyword (``owner``), so the command line can add its flag; ``remedy`` is a :class:`Remedy` followed by
    its arguments, so the command line can add the command that puts it right.
    """

    def __init__(self, message: str, *, field: str | None = None, remedy: tuple = ()) -> None:
        # A Message keeps its template and arguments so the application can show it translated.
        self.template: str | None = message.template if isinstance(message, Message) else None
        self.message_args: dict = message.args if isinstance(message, Message) else {}
        message = one_line(message)
        super().__init__(message)
        self.message = message
        self.field = field
        self.remedy = tuple(remedy)

    def __str__(self) -> str:
        return self.message

    def translated(self, translate) -> str:
        """The message in the user's language (``translate`` maps an English template to its translation);
        one line, like the English."""
        if self.template is None:
            return self.message
        return one_line(render(self.template, self.message_args, translate))


class ValidationError(DialogueError):
    """Input that breaks a rule (an impossible date, an unknown side, an empty name)."""


class NotFoundError(DialogueError):
    """A record named by the user does not exist."""


class PermissionDenied(DialogueError):
    """The user's role does not allow this change."""


class ConflictError(DialogueError):
    """Someone else saved the record first; ``theirs`` holds their current values when known."""

    def __init__(
        self,
        message: str,
        *,
        entity: str = "",
        entity_id: int | None = None,
        theirs: dict | None = None,
        mine: dict | None = None,
    ) -> None:
        super().__init__(message)
        self.entity = entity
        self.entity_id = entity_id
        self.theirs = theirs or {}
        self.mine = mine or {}


class DatabaseError(DialogueError):
    """The database cannot be used: locked by another workstation, unreachable, full, read-only."""


class SchemaTooNewError(DatabaseError):
    """The database was written by a newer version of the program; it is left untouched."""


class ImportFileError(DialogueError):
    """A roster file that cannot be read at all (binary, empty, missing a required column)."""
