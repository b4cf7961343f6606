"""Where the shipped resources are: inside the installed package, found with importlib.resources."""

from __future__ import annotations

import sys
from importlib import resources
from pathlib import Path


def resource_dir() -> Path:
    """The resources folder as a real path (fonts and Qt loaders need file names, not streams)."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "dialogue_planner" / "resources"
    return Path(str(resources.files("dialogue_planner.resources")))


def resource(*parts: str) -> Path:
    """A file under resources/, e.g. ``resource("fonts", "wqy-microhei.ttc")``."""
    return resource_dir().joinpath(*parts)
