"""Pieces every command module uses: the parser, command groups, argument types, the JSON flag."""

from __future__ import annotations

import argparse
import weakref
from datetime import date, datetime, timezone
from pathlib import Path

from dateutil import parser as dateparser

from dialogue_planner.domain.limits import MAX_RECORD_NUMBER
from dialogue_planner.domain.text import control_characters, one_line

#: What file systems hold: a name of at most 255 bytes, a path of at most 4096.
MAX_FILE_NAME_BYTES = 255
MAX_PATH_BYTES = 4096


class CommandParser(argparse.ArgumentParser):
    """argparse with usage errors on one line: the input an error quotes has its control characters
    escaped, and instead of the usage block the line says where the usage is (``--help``)."""

    def error(self, message: str):
        self.exit(2, f"{self.prog}: error: {one_line(message)} (see '{self.prog} --help')\n")


#: The command groups made so far, by the sub-command list they belong to (a parser built twice, as the
#: tests and the reference generator do, has groups of its own).
_GROUPS: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def command_group(
    subparsers: argparse._SubParsersAction, name: str, help_text: str
) -> argparse._SubParsersAction:
    """The sub-commands of ``name`` (``meetings``, ``db`` ...), created on first use so that several
    modules can each add their own sub-commands to one group."""
    groups = _GROUPS.setdefault(subparsers, {})
    if name not in groups:
        parser = subparsers.add_parser(name, help=help_text, description=help_text)
        groups[name] = parser.add_subparsers(dest=f"{name}_command", metavar="COMMAND", required=True)
    return groups[name]


def add_json_flag(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="print JSON for scripts instead of a table")


def date_arg(text: str) -> date:
    """An ISO date (2016-06-14); anything else is a usage error with the reason."""
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"'{text}' is not a valid date: use YYYY-MM-DD, e.g. 2016-06-14"
        ) from None


def datetime_arg(text: str) -> datetime:
    """A date and time; without a zone it is taken as UTC (say +08:00 or -05:00 for local times)."""
    try:
        value = dateparser.isoparse(text.strip())
    except (ValueError, OverflowError):
        raise argparse.ArgumentTypeError(
            f"'{text}' is not a valid date and time: use e.g. 2016-06-14T09:30+08:00"
        ) from None
    return value if value.tzinfo else value.replace(tzinfo=timezone.utc)


def path_arg(text: str) -> Path:
    """A file or folder path that a file system can hold: no control characters (a line break in a file
    name would be echoed into every message about it), no name longer than 255 bytes."""
    if control_characters(text):
        raise argparse.ArgumentTypeError(
            f"'{text}' is not a usable file name: it contains control characters"
        )
    encoded = text.encode("utf-8", "surrogateescape")
    if len(encoded) > MAX_PATH_BYTES or any(
        len(part.encode("utf-8", "surrogateescape")) > MAX_FILE_NAME_BYTES for part in text.split("/")
    ):
        raise argparse.ArgumentTypeError(
            f"'{one_line(text, limit=80)}' is too long for a file name: at most "
            f"{MAX_FILE_NAME_BYTES} bytes a name and {MAX_PATH_BYTES} a path"
        )
    return Path(text)


def whole_number(low: int, high: int):
    """An argument type for a whole number from ``low`` to ``high``: nothing larger than the database
    stores gets past the command line (the services check the ranges that mean something)."""

    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"'{text}' is not a whole number") from None
        if value < low:
            raise argparse.ArgumentTypeError(f"'{text}' must be {low} or more")
        if value > high:
            raise argparse.ArgumentTypeError(f"'{text}' is too large: at most {high}")
        return value

    return parse


#: Meeting numbers, ids, counts.
positive_int = whole_number(1, MAX_RECORD_NUMBER)
#: Days, positions and lengths; their meaningful range is the service's to check.
bounded_int = whole_number(-MAX_RECORD_NUMBER, MAX_RECORD_NUMBER)


DIALOGUE_HELP = (
    "the code of the dialogue to work on (see 'dialogues list'); default: the one most recently "
    "active, i.e. last chosen with 'dialogues use' (or added) by you, else by anyone, else the "
    "oldest that has not ended"
)


def add_dialogue_option(parser: argparse.ArgumentParser, *, leaves: bool = False) -> None:
    """``--dialogue CODE`` before the command; with ``leaves``, on every command's own parser too (so that
    ``meetings list --dialogue LECD`` works), where it does not reset a code given before the command."""
    if not leaves:
        parser.add_argument("--dialogue", metavar="CODE", help=DIALOGUE_HELP)
        return
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for sub in set(action.choices.values()):
                add_dialogue_option(sub, leaves=True)
            return
    if parser.get_default("needs") in ("none", "db") or any(
        "--dialogue" in a.option_strings for a in parser._actions
    ):
        return
    # hidden from each command's usage (the reference would repeat it on every line): documented once, globally
    parser.add_argument("--dialogue", metavar="CODE", default=argparse.SUPPRESS, help=argparse.SUPPRESS)
