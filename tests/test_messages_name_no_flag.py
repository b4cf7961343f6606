"""Messages of the layers below the command line name no command-line flag and no command (issue 13 item 6).

The application shows the services' messages as they are, so a message there that says "--owner" or
"run 'dialogue-planner init'" sends a GUI user to a terminal they may not have. The service says what is
missing in words and, where a command helps, names the remedy (:class:`Remedy`) or the input (``field``);
the command line adds its flag or its command (``dialogue_planner.cli.hints``).

The scan reads every string literal of ``services``, ``domain`` and ``storage`` (docstrings left out) and
flags ``--word`` inside text and ``dialogue-planner `` followed by a command. A literal that is a
subprocess argument (``--format=custom``: no space) is no message.
"""

from __future__ import annotations

import argparse
import ast
import re
from pathlib import Path

import pytest

import dialogue_planner
from dialogue_planner.domain.errors import (
    DialogueError,
    NotFoundError,
    PermissionDenied,
    Remedy,
    ValidationError,
)

PACKAGE = Path(dialogue_planner.__file__).parent
LAYERS = ("services", "domain", "storage")

FLAG = re.compile(r"(?<![\w-])--[a-z][a-z-]*")


def _command_pattern() -> re.Pattern:
    """``dialogue-planner init``, or a command and sub-command quoted without the program's name
    (``'users set-role'``)."""
    from dialogue_planner.cli import build_parser

    parser = build_parser()
    (commands,) = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    groups = "|".join(sorted(map(re.escape, commands.choices)))
    return re.compile(rf"dialogue-planner [a-z]|['`‘“](?:{groups}) [a-z-]+['`’”]")


COMMAND = _command_pattern()

#: (file relative to the package, a piece of the literal) -> why a terminal command is right there.
#: Keep it short: every entry is a message no GUI path can show.
ALLOWED = {
    (
        "storage/login_functions.py",
        "dialogue-planner users adopt",
    ): "PostgreSQL's own refusal text (RAISE in dialogue_set_login), read only by the database owner who runs "
    "'users add' at a terminal: the application has no user management, and the server cannot hand a "
    "structured remedy back through RAISE",
    (
        "storage/login_functions.py",
        "dialogue-planner db setup-roles",
    ): "the same functions' refusal when they are missing after a restore: only 'users add' and "
    "'users adopt' call them, at a terminal",
    (
        "storage/login_functions.py",
        "dialogue-planner users add",
    ): "the same: the refusal of 'users adopt' (a terminal command only) names its sibling command",
}


def _docstring_nodes(tree: ast.AST) -> set[int]:
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)):
            body = node.body
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
                found.add(id(body[0].value))
    return found


def _literals(path: Path):
    """(line, text) of each string literal; an f-string's constant pieces are joined with '{}'."""
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    docstrings = _docstring_nodes(tree)
    inside_fstrings = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.JoinedStr):
            pieces = []
            for part in node.values:
                inside_fstrings.add(id(part))
                pieces.append(part.value if isinstance(part, ast.Constant) else "{}")
            yield node.lineno, "".join(pieces)
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Constant)
            and isinstance(node.value, str)
            and id(node) not in docstrings
            and id(node) not in inside_fstrings
        ):
            yield node.lineno, node.value


def offending_literals(root: Path = PACKAGE):
    offences = []
    for layer in LAYERS:
        for path in sorted((root / layer).rglob("*.py")):
            rel = path.relative_to(root).as_posix()
            for line, text in _literals(path):
                if " " not in text.strip():  # a program argument (pg_dump's --format=custom), not a message
                    continue
                hits = FLAG.findall(text) + COMMAND.findall(text)
                if not hits:
                    continue
                if any(rel == f and piece in text for f, piece in ALLOWED):
                    continue
                offences.append(f"{rel}:{line}: {hits[0]!r} in {text[:90]!r}")
    return offences


def test_no_service_domain_or_storage_message_names_a_flag_or_a_command():
    assert offending_literals() == []


def test_the_scan_finds_what_it_looks_for(tmp_path):
    """The scanner itself: a flag and a command in a message are found, an argument and a docstring are not."""
    layer = tmp_path / "services"
    layer.mkdir()
    (layer / "m.py").write_text(
        '"""Docstring naming --owner and dialogue-planner init."""\n'
        "def f(x):\n"
        '    """Run dialogue-planner init."""\n'
        '    a = ["--format=custom", f"--file={x}"]\n'
        '    raise ValueError(f"Name it with --agency{x}.")\n'
        "MSG = \"run 'dialogue-planner init' first\"\n"
        "OTHER = \"use 'users set-role' to change it\"\n"
        "FINE = \"the 'agenda' of the meeting\"\n",
        encoding="utf-8",
    )
    for other in ("domain", "storage"):
        (tmp_path / other).mkdir()
    found = offending_literals(tmp_path)
    assert [f.split(":")[1] for f in found] == ["5", "6", "7"], found


def test_every_allowed_entry_is_still_needed():
    """An allow-list entry that matches nothing any more is removed, so the list stays short and true."""
    for rel, piece in ALLOWED:
        texts = [text for _, text in _literals(PACKAGE / rel)]
        assert any(piece in text for text in texts), (rel, piece)


def test_every_remedy_has_its_command_on_the_command_line():
    from dialogue_planner.cli.hints import REMEDY_COMMANDS

    assert set(REMEDY_COMMANDS) == set(Remedy)


@pytest.mark.parametrize(
    ("error", "shown"),
    [
        (
            ValidationError("Name the owner side together with the owner agency.", field="owner"),
            "error: Name the owner side together with the owner agency. (--owner)",
        ),
        (
            NotFoundError("This database holds no dialogue yet: set one up first.", remedy=(Remedy.INIT,)),
            "error: This database holds no dialogue yet: set one up first. Run: dialogue-planner init",
        ),
        (
            PermissionDenied("Not a user.", remedy=(Remedy.ADD_USER, "wei")),
            "error: Not a user. An administrator runs: dialogue-planner users add wei --role secretariat",
        ),
    ],
)
def test_the_command_line_adds_its_flag_or_command(error: DialogueError, shown: str):
    from dialogue_planner.cli.hints import cli_message

    flags = {"owner": "--owner", "owner_agency": "--owner-agency"}
    assert f"error: {cli_message(error, flags)}" == shown
