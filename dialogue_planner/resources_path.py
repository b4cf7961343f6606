"""Where the shipped resources are: the package ``dialogue_planner.resources`` (resources/ at the top
of the repository installs there), from a wheel, an editable install or a frozen bundle alike."""

from __future__ import annotations

from functools import cache
from pathlib import Path


@cache
def resource_dir() -> Path:
    """The resources folder as a real path (fonts and Qt loaders need file names, not streams).

    The package's own location answers this without loading importlib.resources, which start-up
    would pay for; the editable-install finder and PyInstaller both set ``__file__``."""
    import dialogue_planner.resources as package

    return Path(package.__file__).resolve().parent


def resource(*parts: str) -> Path:
    """A file under resources/, e.g. ``resource("fonts", "wqy-microhei.ttc")``."""
    return resource_dir().joinpath(*parts)
