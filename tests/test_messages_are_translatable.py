"""Every error the services, domain, storage, roster files and reports raise is a translatable message
(issue 17): its text is ``msg("template", name=value)``, not an f-string or a bare literal, so that the
Chinese interface can show it in Chinese (``domain/messages.py``). The command line prints the English.

The scan finds the constructors of every :class:`DialogueError` subclass outside ``gui/`` and ``cli/``
whose first argument is a literal or an f-string. A message built elsewhere and passed in as a variable is
not seen here; write it with ``msg`` where it is built."""

from __future__ import annotations

import ast
from pathlib import Path

import dialogue_planner

PACKAGE = Path(dialogue_planner.__file__).parent
BASES = {"DialogueError"}


def _error_classes(trees: dict[Path, ast.Module]) -> set[str]:
    names = set(BASES)
    grew = True
    while grew:
        grew = False
        for tree in trees.values():
            for node in ast.walk(tree):
                if (
                    isinstance(node, ast.ClassDef)
                    and node.name not in names
                    and any(getattr(b, "id", getattr(b, "attr", None)) in names for b in node.bases)
                ):
                    names.add(node.name)
                    grew = True
    return names


def test_every_error_text_below_the_interfaces_is_a_translatable_message():
    trees = {
        path: ast.parse(path.read_text(encoding="utf-8"))
        for path in PACKAGE.rglob("*.py")
        if "migrations" not in path.parts
    }
    errors = _error_classes(trees)
    untranslatable = []
    for path, tree in trees.items():
        if path.relative_to(PACKAGE).parts[0] in ("gui", "cli"):
            continue
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Call)
                and getattr(node.func, "id", getattr(node.func, "attr", None)) in errors
                and node.args
                and isinstance(node.args[0], ast.JoinedStr | ast.Constant)
            ):
                untranslatable.append(f"{path.relative_to(PACKAGE)}:{node.lineno}")
    assert not untranslatable, "write these messages with msg(template, **args):\n" + "\n".join(
        untranslatable
    )
