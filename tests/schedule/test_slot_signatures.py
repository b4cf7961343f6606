"""No signal of the planning pages reaches a slot with optional parameters: ``clicked(bool)`` fills the
first one (Withdraw crashed and Resolve refused on every click that way). Read from the source, so a new
connection is checked the day it is written; the click-driven tests prove the buttons themselves."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import dialogue_planner

GUI = Path(dialogue_planner.__file__).parent / "gui"
FILES = sorted(GUI.rglob("*.py"))


def connections_to_optional_parameters(path: Path) -> list[str]:
    """``self.x.signal.connect(self.method)`` where ``method`` of the same class has a default value."""
    found = []
    for cls in (
        n for n in ast.walk(ast.parse(path.read_text(encoding="utf-8"))) if isinstance(n, ast.ClassDef)
    ):
        methods = {f.name: f for f in cls.body if isinstance(f, ast.FunctionDef)}
        for call in ast.walk(cls):
            if not (
                isinstance(call, ast.Call)
                and isinstance(call.func, ast.Attribute)
                and call.func.attr == "connect"
                and call.args
            ):
                continue
            target = call.args[0]
            if (
                isinstance(target, ast.Attribute)
                and isinstance(target.value, ast.Name)
                and target.value.id == "self"
                and target.attr in methods
            ):
                args = methods[target.attr].args
                if args.defaults or any(d is not None for d in args.kw_defaults):
                    found.append(f"{cls.name}.{target.attr} <- {ast.unparse(call.func.value)}")
    return found


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.relative_to(GUI).as_posix())
def test_no_signal_fills_an_optional_parameter(path):
    assert connections_to_optional_parameters(path) == []


def test_the_check_finds_the_old_withdraw_connection(tmp_path):
    old = tmp_path / "old.py"
    old.write_text(
        "class Editor:\n"
        "    def __init__(self):\n"
        "        self.withdraw_button.clicked.connect(self.withdraw)\n"
        "    def withdraw(self, reason=None):\n"
        "        pass\n",
        encoding="utf-8",
    )
    assert connections_to_optional_parameters(old) == ["Editor.withdraw <- self.withdraw_button.clicked"]
