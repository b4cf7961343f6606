"""Where the shipped resources are: the package ``dialogue_planner.resources`` (resources/ at the top
of the repository installs there), from a wheel, an editable install or a frozen bundle alike."""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path


@cache
def resource_dir() -> Path:
    """The resources folder as a real path (fonts and Qt loaders need file names, not streams).

    A PyInstaller bundle unpacks the data beside its modules (sys._MEIPASS); otherwise the package's
    own location answers without loading importlib.resources, which start-up would pay for."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "dialogue_planner" / "resources"
    import dialogue_planner.resources as package

    if package.__file__:
        return Path(package.__file__).resolve().parent
    from importlib import resources  # a loader without files on disk names none: ask it

    return Path(str(resources.files(package)))


def resource(*parts: str) -> Path:
    """A file under resources/, e.g. ``resource("fonts", "wqy-microhei.ttc")``."""
    return resource_dir().joinpath(*parts)
