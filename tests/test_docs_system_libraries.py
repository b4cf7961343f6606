"""The system libraries the application needs are listed once: every apt command in the docs for them is the
README's line exactly (issue 13 item 10: a list that drifts sends users to a start that fails)."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
APT = re.compile(r"^sudo apt(?:-get)? install .*$", re.MULTILINE)


def apt_lines(path: Path) -> list[str]:
    return APT.findall(path.read_text(encoding="utf-8"))


def test_the_readme_has_one_apt_line_with_the_xcb_libraries():
    (line,) = apt_lines(ROOT / "README.md")
    assert {"libxcb-cursor0", "libxcb-icccm4", "libxcb-keysyms1", "libxkbcommon-x11-0"} <= set(line.split())


def test_every_doc_gives_the_readmes_apt_line_exactly():
    (readme,) = apt_lines(ROOT / "README.md")
    found = {
        path.relative_to(ROOT).as_posix(): apt_lines(path) for path in sorted((ROOT / "docs").glob("*.md"))
    }
    assert found["docs/PACKAGING.md"], "PACKAGING.md says what a workstation must install"
    assert {name: lines for name, lines in found.items() if any(line != readme for line in lines)} == {}
