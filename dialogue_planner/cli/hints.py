"""What the command line adds to a service's message: the flag of the input it is about, the command that
puts it right.

The services' messages are shown as they are by the application too, so they name no flag and no command
(``tests/test_messages_name_no_flag.py``); an error carries the input's keyword (``field``) and a
:class:`~dialogue_planner.domain.errors.Remedy` instead, and here they become the terminal's words.
"""

from __future__ import annotations

import argparse

from dialogue_planner.domain.errors import DialogueError, Remedy

#: The command for each remedy; ``{0}``, ``{1}`` ... are the remedy's arguments.
REMEDY_COMMANDS: dict[Remedy, str] = {
    Remedy.INIT: "Run: dialogue-planner init",
    Remedy.SETUP_ROLES: "The database owner runs: dialogue-planner db setup-roles",
    Remedy.ADD_USER: "An administrator runs: dialogue-planner users add {0} --role secretariat",
    Remedy.RESTORE: "At the command line: dialogue-planner db restore FILE",
    Remedy.SET_ROLE: "To change the role: dialogue-planner users set-role {0} --role ROLE",
    Remedy.LIST_USERS: "The users are listed by: dialogue-planner users list",
}

#: The namespace attribute that holds a command's flags by their destination.
FLAGS_ATTRIBUTE = "cli_flags"


def cli_message(error: DialogueError, flags: dict[str, str] | None = None) -> str:
    """``error``'s message with the flag of its input (when the command has one) and its remedy's command."""
    text = error.message
    flag = (flags or {}).get(error.field or "")
    if flag:
        text += f" ({flag})"
    if error.remedy:
        text += " " + remedy_command(error.remedy)
    return text


def remedy_command(remedy: tuple) -> str:
    """The sentence that gives a remedy's command: ``(Remedy.ADD_USER, "wei")`` -> "An administrator runs: ..."."""
    key, *arguments = remedy
    return REMEDY_COMMANDS[Remedy(key)].format(*arguments)


def attach_flag_names(parser: argparse.ArgumentParser) -> None:
    """Give every command's parser a default ``cli_flags``: its options' long flags by destination."""
    leaves = False
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            leaves = True
            for sub in set(action.choices.values()):
                attach_flag_names(sub)
    if not leaves:
        flags: dict[str, str] = {}
        for action in parser._actions:
            longs = [o for o in action.option_strings if o.startswith("--")]
            if longs and action.dest not in (argparse.SUPPRESS, "help"):
                flags.setdefault(action.dest, longs[0])
        parser.set_defaults(**{FLAGS_ATTRIBUTE: flags})
