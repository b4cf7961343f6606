"""No ``clicked`` or ``triggered`` signal is connected to a callable with an optional positional parameter.

``clicked(bool)`` and ``triggered(bool)`` pass ``checked`` to a slot that can take it: connected to
``withdraw(self, reason=None)``, a click called ``withdraw(False)`` and crashed; ``@Slot()`` does not
prevent it in PySide6. This test reads the source of ``gui/`` (no import), follows each connection to the
function it calls (a method of the class, of an attribute whose class is known, a helper's parameter traced
to its callers, a lambda, a ``partial``), and fails on any with an optional positional parameter. Connect
such a slot through a small method without parameters instead.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass
from pathlib import Path

import dialogue_planner.gui

GUI = Path(dialogue_planner.gui.__file__).parent
SIGNALS = {"clicked", "triggered"}


@dataclass
class Module:
    path: Path
    tree: ast.Module


def modules() -> list[Module]:
    return [Module(p, ast.parse(p.read_text(encoding="utf-8"))) for p in sorted(GUI.rglob("*.py"))]


def all_classes(mods: list[Module]) -> dict[str, list[ast.ClassDef]]:
    found: dict[str, list[ast.ClassDef]] = {}
    for mod in mods:
        for node in ast.walk(mod.tree):
            if isinstance(node, ast.ClassDef):
                found.setdefault(node.name, []).append(node)
    return found


def method(
    classes: dict[str, list[ast.ClassDef]], class_name: str, name: str, seen=()
) -> ast.FunctionDef | None:
    """The method ``name`` of the class (or of its bases defined in gui/)."""
    for cls in classes.get(class_name, []):
        for node in cls.body:
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and node.name == name:
                return node
        for base in cls.bases:
            base_name = _name(base).split(".")[-1]
            if base_name and base_name not in seen:
                found = method(classes, base_name, name, (*seen, class_name))
                if found is not None:
                    return found
    return None


def attribute_classes(cls: ast.ClassDef) -> dict[str, str]:
    """``self.name = ClassName(...)`` in the class's methods: name -> ClassName."""
    kinds: dict[str, str] = {}
    for node in ast.walk(cls):
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Call):
            func = node.value.func
            class_name = _name(func).split(".")[-1]
            for target in node.targets:
                if (
                    isinstance(target, ast.Attribute)
                    and isinstance(target.value, ast.Name)
                    and target.value.id == "self"
                    and class_name[:1].isupper()
                ):
                    kinds[target.attr] = class_name
    return kinds


def optional_positional(args: ast.arguments, bound: int = 0) -> list[str]:
    """The positional parameters with a default, after ``self`` and ``bound`` arguments given already."""
    positional = [*args.posonlyargs, *args.args]
    if positional and positional[0].arg in ("self", "cls"):
        positional = positional[1:]
    defaults_from = len(positional) - len(args.defaults)
    return [a.arg for i, a in enumerate(positional) if i >= defaults_from and i >= bound]


class Wiring(ast.NodeVisitor):
    """Finds ``<x>.clicked.connect(target)`` and ``<x>.triggered.connect(target)`` and judges the target."""

    def __init__(self, mod: Module, classes: dict[str, list[ast.ClassDef]]) -> None:
        self.mod, self.classes = mod, classes
        self.stack: list[ast.AST] = []
        self.problems: list[str] = []
        self.checked = 0

    def generic_visit(self, node):
        self.stack.append(node)
        super().generic_visit(node)
        self.stack.pop()

    def visit_Call(self, node: ast.Call) -> None:
        func = node.func
        if (
            isinstance(func, ast.Attribute)
            and func.attr == "connect"
            and node.args
            and isinstance(func.value, ast.Attribute)
            and func.value.attr in SIGNALS
        ):
            self.checked += 1
            self.judge(node.args[0], node, func.value.attr)
        self.generic_visit(node)

    def enclosing(self, kind):
        return next((n for n in reversed(self.stack) if isinstance(n, kind)), None)

    def judge(self, target: ast.expr, call: ast.Call, signal: str, depth: int = 0) -> None:
        where = f"{self.mod.path.relative_to(GUI.parent)}:{call.lineno}"
        for name, params in self.resolve(target, depth):
            if params:
                self.problems.append(
                    f"{where}: {signal} connected to {name}, whose optional parameter(s) "
                    f"{', '.join(params)} the signal's bool would fill"
                )

    def resolve(self, target: ast.expr, depth: int) -> list[tuple[str, list[str]]]:
        """(what is called, its optional positional parameters) for each function the target may be."""
        if isinstance(target, ast.Lambda):
            return [("a lambda", optional_positional(target.args))]
        if (
            isinstance(target, ast.Call)
            and target.args
            and _name(target.func) in ("partial", "functools.partial")
        ):
            return [
                (f"partial({name})", params)
                for name, params in self.resolve_bound(target.args[0], len(target.args) - 1, depth)
            ]
        return self.resolve_bound(target, 0, depth)

    def resolve_bound(self, target: ast.expr, bound: int, depth: int) -> list[tuple[str, list[str]]]:
        cls = self.enclosing(ast.ClassDef)
        if isinstance(target, ast.Attribute) and cls is not None:
            owner = target.value
            if isinstance(owner, ast.Name) and owner.id == "self":
                found = method(self.classes, cls.name, target.attr)
                if found is not None:
                    return [(f"{cls.name}.{target.attr}", optional_positional(found.args, bound))]
            if (
                isinstance(owner, ast.Attribute)
                and isinstance(owner.value, ast.Name)
                and owner.value.id == "self"
            ):
                kind = attribute_classes(cls).get(owner.attr)
                found = method(self.classes, kind, target.attr) if kind else None
                if found is not None:
                    return [(f"{kind}.{target.attr}", optional_positional(found.args, bound))]
            return []
        if isinstance(target, ast.Name):
            function = self.enclosing((ast.FunctionDef, ast.AsyncFunctionDef))
            if (
                function is not None
                and target.id in [a.arg for a in [*function.args.posonlyargs, *function.args.args]]
                and depth < 3
            ):
                return self.trace_parameter(function, target.id, cls, bound, depth)
            module_level = next(
                (n for n in self.mod.tree.body if isinstance(n, ast.FunctionDef) and n.name == target.id),
                None,
            )
            if module_level is not None:
                return [(target.id, optional_positional(module_level.args, bound))]
        return []

    def trace_parameter(self, function, parameter: str, cls, bound: int, depth: int):
        """A helper such as ``_button(text, icon, slot)`` that connects its parameter: judge what its
        callers pass."""
        params = [a.arg for a in [*function.args.posonlyargs, *function.args.args]]
        index = params.index(parameter) - (1 if params and params[0] == "self" else 0)
        scope = cls if cls is not None else self.mod.tree
        results = []
        for node in ast.walk(scope):
            if not (isinstance(node, ast.Call) and _name(node.func).split(".")[-1] == function.name):
                continue
            passed = next((k.value for k in node.keywords if k.arg == parameter), None)
            if passed is None and index < len(node.args):
                passed = node.args[index]
            if passed is None:
                continue
            inner = Wiring(self.mod, self.classes)
            inner.stack = [self.mod.tree, *([cls] if cls is not None else [])]
            results.extend(inner.resolve(passed, depth + 1))
        return results


def _name(node: ast.expr) -> str:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return f"{_name(node.value)}.{node.attr}"
    return ""


def wiring_problems() -> tuple[list[str], int]:
    mods = modules()
    classes = all_classes(mods)
    problems, checked = [], 0
    for mod in mods:
        visitor = Wiring(mod, classes)
        visitor.visit(mod.tree)
        problems.extend(visitor.problems)
        checked += visitor.checked
    return problems, checked


def test_no_click_or_menu_signal_fills_an_optional_parameter():
    problems, checked = wiring_problems()
    assert checked > 40, "the walk found too few connections: has the code's style changed?"
    assert problems == []


def test_the_walk_finds_the_ways_a_slot_can_take_the_bool(tmp_path, monkeypatch):
    """The checker itself: a method, a helper's parameter, a lambda and a partial with optional
    parameters are found; slots without them, keyword-only ones and ``*args`` pass."""
    source = """
from functools import partial
class Page(QWidget):
    def __init__(self):
        self.editor = Editor()
        self.a.clicked.connect(self.withdraw)
        self.b.clicked.connect(self.fine)
        self._button("x", self.resolve)
        self.c.triggered.connect(lambda checked=False: None)
        self.d.clicked.connect(partial(self.pick, 1))
        self.e.clicked.connect(self.editor.save)
        self.f.clicked.connect(self.keyword_only)
        self.g.clicked.connect(self.any_args)
        self.h.clicked.connect(partial(self.two, 1))
    def _button(self, text, slot):
        self.b2.clicked.connect(slot)
    def withdraw(self, reason=None): ...
    def fine(self): ...
    def resolve(self, text: str = ""): ...
    def pick(self, what, also=None): ...
    def keyword_only(self, *, reason=None): ...
    def any_args(self, *_args): ...
    def two(self, a, b): ...
class Editor(QWidget):
    def save(self, force=False): ...
"""
    mod = Module(tmp_path / "page.py", ast.parse(source))
    monkeypatch.setattr(f"{__name__}.GUI", tmp_path / "gui")
    visitor = Wiring(mod, all_classes([mod]))
    visitor.visit(mod.tree)
    found = "\n".join(visitor.problems)
    for name in ("Page.withdraw", "Page.resolve", "a lambda", "partial(Page.pick)", "Editor.save"):
        assert name in found
    for name in ("Page.fine", "keyword_only", "any_args", "Page.two"):
        assert name not in found
    assert visitor.checked == 9
