"""Where the packaging files are, how to read a desktop entry, and external tools that may be missing
(a skip with the reason on a developer's machine, a failure when CI is set)."""

from __future__ import annotations

import importlib.util
import os
import shutil
from functools import cache
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
LINUX = PACKAGING / "linux"
APP_ID = "org.dialogueplanner.DialoguePlanner"
DESKTOP_FILE = LINUX / f"{APP_ID}.desktop"
METAINFO_FILE = LINUX / f"{APP_ID}.metainfo.xml"


def missing(reason: str):
    """Skip, or fail when CI is set: CI must not pass by skipping what it was meant to check."""
    if os.environ.get("CI"):
        pytest.fail(reason)
    pytest.skip(reason)


def require_tool(name: str, package: str) -> str:
    path = shutil.which(name)
    if not path:
        missing(f"{name} is not installed (Debian package {package})")
    return path


def read_desktop_entry(path: Path) -> dict[str, str]:
    """The [Desktop Entry] group as key -> value (localised keys keep their [xx] suffix)."""
    values: dict[str, str] = {}
    group = None
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("["):
            group = line.strip("[]")
        elif group == "Desktop Entry" and "=" in line and not line.startswith("#"):
            key, value = line.split("=", 1)
            values[key.strip()] = value.strip()
    return values


@cache
def packaging_script(name: str):
    """packaging/NAME.py as a module (packaging/ is not a package on sys.path)."""
    spec = importlib.util.spec_from_file_location(name, PACKAGING / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def render_icons():
    """packaging/render_icons.py as a module."""
    return packaging_script("render_icons")
