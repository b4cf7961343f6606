"""The command-line reference in README.md, generated from the parser so it never drifts.

``python -m dialogue_planner.cli.reference`` rewrites the section between the cli-reference markers;
tests/test_cli_reference.py fails when the README is behind the parser.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

START, END = "<!-- cli-reference:start -->", "<!-- cli-reference:end -->"


def _subparsers(parser: argparse.ArgumentParser):
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            helps = {a.dest: a.help for a in action._choices_actions}
            for name, sub in action.choices.items():
                yield name, helps.get(name, ""), sub


def _usage(parser: argparse.ArgumentParser) -> str:
    text = parser.format_usage().strip()
    text = text[len("usage: ") :] if text.startswith("usage: ") else text
    return " ".join(text.split()).replace(" [-h]", "")


def entries(parser: argparse.ArgumentParser, prefix: str = "") -> list[tuple[str, str, str]]:
    found = []
    for name, help_text, sub in _subparsers(parser):
        path = f"{prefix} {name}".strip()
        children = list(_subparsers(sub))
        if children:
            if sub.get_default("handler") is not None:  # a command with sub-commands too ("brief")
                found.append((path, help_text or "", _usage(sub)))
            found.extend(entries(sub, path))
        else:
            found.append((path, help_text or "", _usage(sub)))
    return found


def render() -> str:
    from . import build_parser

    lines = ["| command | what it does |", "| --- | --- |"]
    for _path, help_text, usage in entries(build_parser()):
        usage = usage.replace("|", "\\|")
        lines.append(f"| `{usage}` | {help_text} |")
    return "\n".join(lines)


def update_readme(readme: Path) -> bool:
    text = readme.read_text(encoding="utf-8")
    head, _, rest = text.partition(START)
    _, _, tail = rest.partition(END)
    new = f"{head}{START}\n{render()}\n{END}{tail}"
    if new != text:
        readme.write_text(new, encoding="utf-8")
        return True
    return False


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("README.md")
    print("updated" if update_readme(target) else "already current")
