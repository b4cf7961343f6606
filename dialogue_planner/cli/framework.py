"""Pieces every command module uses: command groups, argument types, the JSON flag."""

from __future__ import annotations

import argparse
from datetime import date, datetime, timezone

from dateutil import parser as dateparser


def command_group(subparsers: argparse._SubParsersAction, name: str, help_text: str) -> argparse._SubParsersAction:
    """The sub-commands of ``name`` (``meetings``, ``db`` ...), created on first use so that several
    modules can each add their own sub-commands to one group."""
    groups = subparsers.__dict__.setdefault("_dp_groups", {})
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
        raise argparse.ArgumentTypeError(f"'{text}' is not a valid date: use YYYY-MM-DD, e.g. 2016-06-14") from None


def datetime_arg(text: str) -> datetime:
    """A date and time; without a zone it is taken as UTC (say +08:00 or -05:00 for local times)."""
    try:
        value = dateparser.isoparse(text.strip())
    except (ValueError, OverflowError):
        raise argparse.ArgumentTypeError(
            f"'{text}' is not a valid date and time: use e.g. 2016-06-14T09:30+08:00") from None
    return value if value.tzinfo else value.replace(tzinfo=timezone.utc)


def positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"'{text}' must be 1 or more")
    return value
