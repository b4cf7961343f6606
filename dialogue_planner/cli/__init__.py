"""The command line: ``dialogue-planner [--db URL] COMMAND``; no command opens the application (which
``__main__`` hands in: the command line itself never imports the GUI to start it).

Exit status: 0 on success; 1 with a one-line message on stderr for anything the user can act on;
2 for usage errors; 3 for a bug (the details go to the log file, not to the terminal).
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import sys
from collections.abc import Callable

from dialogue_planner import __version__

# One module per area, each with register(subparsers). Add yours on its own line.
COMMAND_MODULES = [
    "dialogue_planner.cli.core",
    "dialogue_planner.cli.roster",
    "dialogue_planner.cli.agencies",
    "dialogue_planner.cli.schedule",
    "dialogue_planner.cli.briefing",
    "dialogue_planner.cli.requests",
    "dialogue_planner.cli.escalations",
    "dialogue_planner.cli.hotline",
    "dialogue_planner.cli.agenda",
    "dialogue_planner.cli.outcomes",
    "dialogue_planner.cli.commitments",
    "dialogue_planner.cli.documents",
    "dialogue_planner.cli.workstations",
    "dialogue_planner.cli.dialogues",
    "dialogue_planner.cli.exchange",
]

EXIT_OK, EXIT_USER_ERROR, EXIT_USAGE, EXIT_BUG = 0, 1, 2, 3


def build_parser() -> argparse.ArgumentParser:
    from .framework import CommandParser

    parser = CommandParser(
        prog="dialogue-planner",
        description="Plan the meetings of a bilateral high-level dialogue, keep both delegations, log requests "
        "and escalations, carry the agenda over and issue briefing packs. "
        "Without a command, the application opens.",
    )
    parser.add_argument("--version", action="version", version=f"dialogue-planner {__version__}")
    parser.add_argument(
        "--db",
        metavar="URL",
        help="database URL or SQLite file (default: DIALOGUE_PLANNER_DB, "
        "else the SQLite file in your data folder)",
    )
    parser.add_argument("--debug", action="store_true", help="print tracebacks of internal errors")
    from .framework import add_dialogue_option

    add_dialogue_option(parser)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub)
    from .hints import attach_flag_names

    add_dialogue_option(parser, leaves=True)

    attach_flag_names(parser)
    return parser


def main(
    argv: list[str] | None = None, *, open_application: Callable[[str | None], int] | None = None
) -> int:
    """Run the command ``argv`` names; with none, ``open_application(db)`` (without one, a usage error)."""
    argv = list(sys.argv[1:] if argv is None else argv)
    _tolerate_any_text_on_output()
    undecodable = next((a for a in argv if _has_undecodable_bytes(a)), None)
    if undecodable is not None:
        from dialogue_planner.domain.text import one_line

        shown = one_line(undecodable, limit=200)
        print(
            f"dialogue-planner: error: the argument '{shown}' holds bytes that are not UTF-8 text: give names, "
            "texts and file names in UTF-8",
            file=sys.stderr,
        )
        return EXIT_USAGE
    opening = _application_options(argv)
    if opening is not None:  # no command: open the application without loading every command module
        return _open(open_application, opening.db)
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse: --help/--version (0) or a usage error (2)
        return int(exc.code or 0)
    except Exception as exc:  # an argument type that failed in a way it should not: a bug
        if "--debug" in argv:
            raise
        return _report_bug(exc, argv)
    if args.command is None:
        return _open(open_application, args.db)
    return run_command(args, argv)


def _open(open_application: Callable[[str | None], int] | None, db: str | None) -> int:
    if open_application is None:
        print("dialogue-planner: error: name a command (see 'dialogue-planner --help')", file=sys.stderr)
        return EXIT_USAGE
    return open_application(db)


def _has_undecodable_bytes(text: str) -> bool:
    """Python hands bytes of an argument that are not UTF-8 over as lone surrogates (surrogateescape)."""
    return any("\ud800" <= ch <= "\udfff" for ch in text)


def _tolerate_any_text_on_output() -> None:
    """Printing a character the terminal's encoding lacks shows it escaped instead of failing."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            with contextlib.suppress(ValueError, OSError):  # a closed or detached stream: leave it as it is
                reconfigure(errors="backslashreplace")


def _application_options(argv: list[str]) -> argparse.Namespace | None:
    """The global options when ``argv`` names no command: ``--db ADDRESS`` (or ``--db=ADDRESS``) and
    ``--debug``, each at most once. Anything else (a command, --help, an abbreviation, a repeat) is None:
    the full parser judges it. Read by hand because making an argparse parser imports shutil and locale,
    3 ms before the window's first paint (issue 19)."""
    db: str | None = None
    debug = False
    words = iter(argv)
    for word in words:
        if word == "--debug" and not debug:
            debug = True
        elif word == "--db" and db is None:
            db = next(words, None)
            if db is None or db.startswith("-"):
                return None
        elif word.startswith("--db=") and db is None:
            db = word.removeprefix("--db=")
        else:
            return None
    return argparse.Namespace(db=db, debug=debug)


def run_command(args: argparse.Namespace, argv: list[str] | None = None) -> int:
    from dialogue_planner.domain.errors import DialogueError
    from dialogue_planner.domain.text import one_line

    from .hints import FLAGS_ATTRIBUTE, cli_message

    try:
        return _dispatch(args) or EXIT_OK
    except DialogueError as exc:
        print(f"error: {one_line(cli_message(exc, getattr(args, FLAGS_ATTRIBUTE, None)))}", file=sys.stderr)
        return EXIT_USER_ERROR
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return EXIT_OK
    except Exception as exc:  # a bug: one line here, the details in the log
        if args.debug:
            raise
        return _report_bug(exc, sys.argv[1:] if argv is None else argv)


def _report_bug(exc: BaseException, argv: list[str]) -> int:
    """One line on the terminal; the traceback, the time and the command in the bug log."""
    from dialogue_planner.bug_log import write_bug
    from dialogue_planner.domain.text import one_line

    log = write_bug(exc, " ".join(["dialogue-planner", *argv]))
    where = f"details in {log}" if log else "the log could not be written"
    summary = one_line(str(exc), limit=300)
    print(f"internal error: {type(exc).__name__}: {summary} ({where}; please report it)", file=sys.stderr)
    return EXIT_BUG


def _dispatch(args: argparse.Namespace) -> int:
    needs = getattr(args, "needs", "ctx")
    if needs == "none":
        return args.handler(args)
    from dialogue_planner.services.session import connect, open_db

    db = open_db(args.db, upgrade=needs != "db")
    try:
        return args.handler(
            args, db if needs == "db" else connect(db, dialogue=getattr(args, "dialogue", None))
        )
    finally:
        db.dispose()
