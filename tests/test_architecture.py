"""The layers import only downward (DESIGN.md): checked by walking every module's imports."""

from __future__ import annotations

import ast
from pathlib import Path

import dialogue_planner

PACKAGE = Path(dialogue_planner.__file__).parent

# layer -> top-level modules it must never import
FORBIDDEN = {
    "domain": (
        "PySide6",
        "sqlalchemy",
        "alembic",
        "reportlab",
        "openpyxl",
        "icalendar",
        "dialogue_planner.storage",
        "dialogue_planner.services",
        "dialogue_planner.gui",
        "dialogue_planner.cli",
        "dialogue_planner.interchange",
        "dialogue_planner.reports",
    ),
    "storage": (
        "PySide6",
        "dialogue_planner.services",
        "dialogue_planner.gui",
        "dialogue_planner.cli",
        "dialogue_planner.reports",
        "dialogue_planner.interchange",
    ),
    "interchange": (
        "PySide6",
        "sqlalchemy",
        "dialogue_planner.storage",
        "dialogue_planner.services",
        "dialogue_planner.gui",
        "dialogue_planner.cli",
        "dialogue_planner.reports",
    ),
    "reports": (
        "PySide6",
        "sqlalchemy",
        "dialogue_planner.storage",
        "dialogue_planner.services",
        "dialogue_planner.gui",
        "dialogue_planner.cli",
        "dialogue_planner.interchange",
    ),
    "services": ("PySide6", "dialogue_planner.gui", "dialogue_planner.cli"),
    # The command line reaches the database only through services; it starts no GUI (``__main__`` does)
    # and uses the GUI's package only to render screenshots.
    "cli": ("PySide6", "sqlalchemy", "dialogue_planner.storage", "dialogue_planner.gui.app"),
    "gui": ("sqlalchemy", "alembic", "dialogue_planner.storage"),
    # The top-level helpers (files, paths, the resources folder, the bug log) sit beside the domain: every
    # layer may use them, so they use nothing above the domain and no library of a layer.
    "support": (
        "PySide6",
        "sqlalchemy",
        "alembic",
        "reportlab",
        "openpyxl",
        "icalendar",
        "dialogue_planner.storage",
        "dialogue_planner.services",
        "dialogue_planner.gui",
        "dialogue_planner.cli",
        "dialogue_planner.interchange",
        "dialogue_planner.reports",
        "dialogue_planner.__main__",
    ),
    # The entry point hands over to the command line or the GUI; it reaches no database itself.
    "entry": ("sqlalchemy", "alembic", "dialogue_planner.storage", "dialogue_planner.services"),
}
# The domain is pure: it does not even touch files or the user's folders through the top-level helpers.
FORBIDDEN["domain"] += (
    "dialogue_planner.files",
    "dialogue_planner.paths",
    "dialogue_planner.resources_path",
    "dialogue_planner.bug_log",
)

# The layer of each module directly in the package (a new one must be given a layer here).
TOP_LEVEL = {
    "__init__.py": "support",
    "__main__.py": "entry",
    "bug_log.py": "support",
    "files.py": "support",
    "paths.py": "support",
    "resources_path.py": "support",
}


def imports_of(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    found = set()
    package_parts = path.relative_to(PACKAGE.parent).with_suffix("").parts[:-1]
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = ".".join(package_parts[: len(package_parts) - node.level + 1])
                module = f"{base}.{node.module}" if node.module else base
            else:
                module = node.module or ""
            found.add(module)
            found.update(f"{module}.{alias.name}" for alias in node.names)
    return found


def layer_of(path: Path) -> str | None:
    rel = path.relative_to(PACKAGE).parts
    return rel[0] if len(rel) > 1 else TOP_LEVEL.get(rel[0])


def test_every_top_level_module_has_a_layer():
    """A module added directly under dialogue_planner/ must say where it sits, or the rules skip it."""
    assert sorted(p.name for p in PACKAGE.glob("*.py")) == sorted(TOP_LEVEL)
    assert {layer_of(PACKAGE / name) for name in TOP_LEVEL} <= set(FORBIDDEN)


def test_top_level_helpers_import_nothing_above_the_domain():
    """The walker sees what the helpers import, and they keep to the domain and the standard library."""
    assert "dialogue_planner.domain.errors" in imports_of(PACKAGE / "files.py")
    assert "dialogue_planner.paths" in imports_of(PACKAGE / "bug_log.py")
    for name, layer in TOP_LEVEL.items():
        if layer != "support":
            continue
        own = {m for m in imports_of(PACKAGE / name) if m.startswith("dialogue_planner.")}
        allowed = (
            "dialogue_planner.domain",
            *(f"dialogue_planner.{n[:-3]}" for n in TOP_LEVEL),
            "dialogue_planner.resources",
            "dialogue_planner.__version__",
        )
        assert all(m.startswith(allowed) for m in own), (name, own)


def test_layers_import_only_downward():
    offences = []
    for path in sorted(PACKAGE.rglob("*.py")):
        layer = layer_of(path)
        if layer not in FORBIDDEN:
            continue
        for module in imports_of(path):
            for banned in FORBIDDEN[layer]:
                if module == banned or module.startswith(banned + "."):
                    offences.append(f"{path.relative_to(PACKAGE)} imports {module}")
    assert not offences, "\n".join(offences)


def test_pyside6_only_in_gui_and_the_walker_sees_it():
    gui_files = [p for p in PACKAGE.rglob("*.py") if layer_of(p) == "gui"]
    assert any(any(m.startswith("PySide6") for m in imports_of(p)) for p in gui_files)


def test_only_the_entry_point_starts_the_application():
    """``run_app`` is imported by ``__main__`` alone: the command line is a library the GUI does not ride on."""
    starters = sorted(
        p.relative_to(PACKAGE).as_posix()
        for p in PACKAGE.rglob("*.py")
        if "dialogue_planner.gui.app" in imports_of(p) and layer_of(p) != "gui"
    )
    assert starters == ["__main__.py"]


def test_gui_kit_imports_no_gui_area():
    """The kit holds what several GUI areas share: it may use PySide6 and the records below the GUI, and
    no area of the GUI (not even the shell), so any area can import it without a cycle."""
    kit = PACKAGE / "gui" / "kit"
    assert (kit / "table_model.py").exists()
    offences = []
    for path in sorted(kit.rglob("*.py")):
        for module in imports_of(path):
            if module.startswith("dialogue_planner.gui") and not (
                module == "dialogue_planner.gui.kit" or module.startswith("dialogue_planner.gui.kit.")
            ):
                offences.append(f"{path.relative_to(PACKAGE)} imports {module}")
            if module.startswith(("dialogue_planner.storage", "dialogue_planner.cli")):
                offences.append(f"{path.relative_to(PACKAGE)} imports {module}")
    assert not offences, "\n".join(offences)


GUI_SHARED = ("kit", "shell")  # what every GUI area may import besides its own modules


def test_no_gui_area_imports_another():
    """A GUI area (schedule, roster, agenda, ...) imports its own modules, the kit and the shell only; the
    shell assembles the areas by name (``shell/pages.py``), so an area can be added or removed alone."""
    gui = PACKAGE / "gui"
    areas = {p.name for p in gui.iterdir() if p.is_dir() and (p / "__init__.py").exists()} - set(GUI_SHARED)
    assert {"overview", "schedule", "requests"} <= areas
    offences = []
    for area in sorted(areas):
        for path in sorted((gui / area).rglob("*.py")):
            for module in imports_of(path):
                parts = module.split(".")
                if (
                    parts[:2] == ["dialogue_planner", "gui"]
                    and len(parts) > 2
                    and parts[2] in areas
                    and parts[2] != area
                ):
                    offences.append(f"{path.relative_to(PACKAGE)} imports {module}")
    assert not offences, "\n".join(offences)


def json_functions_of(path: Path) -> list[str]:
    """Functions and methods of a module that build JSON by their name: ``as_json`` or ``..._json``."""
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    return sorted(
        node.name
        for node in ast.walk(tree)
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and node.name.endswith("_json")
    )


def test_json_shapes_live_in_the_command_line():
    """The JSON the commands print is the command line's public interface: records do not shape it."""
    offences = [
        f"{path.relative_to(PACKAGE)} defines {name}"
        for path in sorted(PACKAGE.rglob("*.py"))
        if path.relative_to(PACKAGE).parts[0] != "cli"
        for name in json_functions_of(path)
    ]
    assert not offences, "\n".join(offences)
    assert "agenda_item_json" in json_functions_of(PACKAGE / "cli" / "json_shapes.py")


def test_only_services_look_up_database_objects():
    """``services.lookup`` returns ORM objects: the command line and the GUI get records instead."""
    offences = [
        f"{path.relative_to(PACKAGE)}"
        for path in sorted(PACKAGE.rglob("*.py"))
        if layer_of(path) in ("cli", "gui")
        and any(
            m == "dialogue_planner.services.lookup" or m.startswith("dialogue_planner.services.lookup.")
            for m in imports_of(path)
        )
    ]
    assert offences == []


def test_no_public_service_function_returns_a_database_object():
    """The services hand records to the command line and the GUI: a public function annotated to return
    an ORM class (``Meeting``, ``list[Request]`` ...) is an offence, except the shared lookups in
    ``services/lookup.py``, which only services may import (see above), and the building blocks that work
    inside a caller's transaction (their first parameter is a ``Transaction`` or a ``Session``, which only
    a service holds)."""
    import re

    from dialogue_planner.storage.models import Base

    orm_classes = {mapper.class_.__name__ for mapper in Base.registry.mappers}
    offences = []
    for path in sorted((PACKAGE / "services").rglob("*.py")):
        if path.name == "lookup.py":
            continue
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if not (isinstance(node, ast.FunctionDef) and not node.name.startswith("_") and node.returns):
                continue
            first = node.args.args[0].annotation if node.args.args else None
            if first is not None and ast.unparse(first) in ("Transaction", "Session"):
                continue
            named = set(re.findall(r"[A-Za-z_]+", ast.unparse(node.returns)))
            if named & orm_classes:
                offences.append(f"{path.relative_to(PACKAGE)}: {node.name} -> {ast.unparse(node.returns)}")
    assert len(orm_classes) > 10
    assert offences == []
