"""The Linux desktop entry and AppStream metainfo: valid for the freedesktop tools, and consistent with
each other, with the icons and with the application (its id, its program name, its version)."""

from __future__ import annotations

import subprocess
import xml.etree.ElementTree as ET

import pytest
from packaging_paths import (
    APP_ID,
    DESKTOP_FILE,
    LINUX,
    METAINFO_FILE,
    ROOT,
    read_desktop_entry,
    render_icons,
    require_tool,
)

import dialogue_planner


def validate_desktop(path) -> subprocess.CompletedProcess:
    tool = require_tool("desktop-file-validate", "desktop-file-utils")
    return subprocess.run([tool, str(path)], capture_output=True, text=True, check=False)


def validate_metainfo(path) -> subprocess.CompletedProcess:
    tool = require_tool("appstreamcli", "appstream")
    return subprocess.run(
        [tool, "validate", "--no-net", "--explain", str(path)], capture_output=True, text=True, check=False
    )


def test_desktop_file_is_valid():
    result = validate_desktop(DESKTOP_FILE)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "error" not in result.stdout.lower() and "warning" not in result.stdout.lower(), result.stdout


def test_metainfo_is_valid():
    result = validate_metainfo(METAINFO_FILE)
    assert result.returncode == 0, result.stdout + result.stderr
    issues = [line for line in result.stdout.splitlines() if line.startswith(("E:", "W:"))]
    assert not issues, result.stdout


def test_the_validators_do_reject_broken_files(tmp_path):
    """A validator that accepts anything would make the two tests above worthless."""
    broken_desktop = tmp_path / f"{APP_ID}.desktop"
    broken_desktop.write_text(
        "[Desktop Entry]\nName=Dialogue Planner\nExec=dialogue-planner\nCategories=NotACategory;\n",
        encoding="utf-8",
    )
    assert validate_desktop(broken_desktop).returncode != 0

    broken_metainfo = tmp_path / f"{APP_ID}.metainfo.xml"
    broken_metainfo.write_text(
        METAINFO_FILE.read_text(encoding="utf-8").replace("<metadata_license>CC0-1.0</metadata_license>", ""),
        encoding="utf-8",
    )
    assert validate_metainfo(broken_metainfo).returncode != 0


def test_desktop_entry_starts_the_gui_program_with_the_shipped_icon(pyproject):
    entry = read_desktop_entry(DESKTOP_FILE)
    assert entry["Type"] == "Application"
    assert entry["Exec"].split()[0] in pyproject["project"]["gui-scripts"]
    assert entry["TryExec"] == entry["Exec"].split()[0]
    assert entry["Icon"] == APP_ID
    assert entry["Terminal"] == "false"
    assert entry["Name[zh_CN]"] and entry["Comment[zh_CN]"], "the menu entry speaks Chinese too"


def test_desktop_file_name_is_the_application_id_qt_announces(qapp):
    """Wayland compositors match windows to menu entries by this id, so the three must agree."""
    from PySide6.QtGui import QGuiApplication

    from dialogue_planner.gui.app import create_application

    create_application()
    assert QGuiApplication.desktopFileName() == APP_ID == DESKTOP_FILE.stem


def metainfo() -> ET.Element:
    return ET.parse(METAINFO_FILE).getroot()


def test_metainfo_names_the_desktop_file_and_program():
    root = metainfo()
    assert root.get("type") == "desktop-application"
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable[@type='desktop-id']") == DESKTOP_FILE.name
    assert root.findtext("provides/binary") == read_desktop_entry(DESKTOP_FILE)["Exec"].split()[0]


def test_metainfo_newest_release_is_this_version():
    releases = metainfo().findall("releases/release")
    assert releases, "metainfo lists no release"
    assert releases[0].get("version") == dialogue_planner.__version__, (
        "add a <release> for the new version at the top of packaging/linux/*.metainfo.xml"
    )


def test_metainfo_and_desktop_entry_share_their_categories():
    desktop_categories = set(filter(None, read_desktop_entry(DESKTOP_FILE)["Categories"].split(";")))
    metainfo_categories = {c.text for c in metainfo().findall("categories/category")}
    assert metainfo_categories <= desktop_categories


@pytest.mark.parametrize("size", [16, 22, 24, 32, 48, 64, 128, 256, 512])
def test_icon_theme_has_every_usual_size(size):
    path = render_icons().hicolor_png(size)
    assert path.is_relative_to(LINUX / "icons" / "hicolor")
    assert path.name == f"{APP_ID}.png"
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")
    assert (width, height) == (size, size)


def test_scalable_icon_is_the_application_icon():
    assert (
        render_icons().hicolor_svg().read_bytes() == (ROOT / "resources" / "icons" / "app.svg").read_bytes()
    ), "resources/icons/app.svg changed: run packaging/render_icons.py and commit the icons"
