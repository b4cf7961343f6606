"""install.sh, shipped inside the Linux bundle: a per-user install puts the program, its menu entry and
icons in place; uninstalling removes them and leaves the user's databases and settings alone."""

from __future__ import annotations

import shutil
import subprocess

import pytest
from packaging_paths import APP_ID, DESKTOP_FILE, LINUX, METAINFO_FILE, read_desktop_entry, require_tool

INSTALL_SCRIPT = LINUX / "install.sh"


@pytest.fixture
def unpacked(tmp_path):
    """The layout build-linux.sh gives the bundle folder, with a stand-in program."""
    folder = tmp_path / "unpacked" / "dialogue-planner"
    (folder / "_internal").mkdir(parents=True)
    program = folder / "dialogue-planner"
    program.write_text("#!/bin/sh\necho dialogue-planner 0.1.0\n", encoding="utf-8")
    program.chmod(0o755)
    (folder / "dialogue-planner-cli").symlink_to("dialogue-planner")
    (folder / "share" / "applications").mkdir(parents=True)
    (folder / "share" / "metainfo").mkdir(parents=True)
    shutil.copy(DESKTOP_FILE, folder / "share" / "applications")
    shutil.copy(METAINFO_FILE, folder / "share" / "metainfo")
    shutil.copytree(LINUX / "icons", folder / "share" / "icons")
    shutil.copy(INSTALL_SCRIPT, folder / "install.sh")
    (folder / "install.sh").chmod(0o755)
    return folder


@pytest.fixture
def home(tmp_path):
    path = tmp_path / "home"
    path.mkdir()
    return path


def run_install(folder, home, *args) -> subprocess.CompletedProcess:
    env = {"HOME": str(home), "PATH": "/usr/bin:/bin"}
    return subprocess.run(
        [str(folder / "install.sh"), *args], capture_output=True, text=True, env=env, check=False
    )


def test_user_install_places_program_menu_entry_and_icons(unpacked, home):
    result = run_install(unpacked, home, "--user")
    assert result.returncode == 0, result.stderr
    prefix = home / ".local" / "opt" / "dialogue-planner"
    launcher = home / ".local" / "bin" / "dialogue-planner"
    assert (
        subprocess.run([str(launcher)], capture_output=True, text=True, check=False).stdout
        == "dialogue-planner 0.1.0\n"
    )
    assert (home / ".local" / "bin" / "dialogue-planner-cli").resolve() == (
        prefix / "dialogue-planner"
    ).resolve()

    desktop = home / ".local" / "share" / "applications" / f"{APP_ID}.desktop"
    entry = read_desktop_entry(desktop)
    assert entry["Exec"] == str(prefix / "dialogue-planner"), "menu entries must not depend on PATH"
    assert entry["TryExec"] == str(prefix / "dialogue-planner")
    validator = require_tool("desktop-file-validate", "desktop-file-utils")
    assert subprocess.run([validator, str(desktop)], capture_output=True, check=False).returncode == 0

    assert (home / ".local" / "share" / "metainfo" / f"{APP_ID}.metainfo.xml").exists()
    for size in ("16x16", "48x48", "256x256", "512x512"):
        assert (home / ".local" / "share" / "icons" / "hicolor" / size / "apps" / f"{APP_ID}.png").exists()
    assert (home / ".local" / "share" / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg").exists()


def test_reinstall_replaces_the_previous_version(unpacked, home):
    assert run_install(unpacked, home, "--user").returncode == 0
    stale = home / ".local" / "opt" / "dialogue-planner" / "_internal" / "old-version-only.so"
    stale.write_text("old", encoding="utf-8")
    assert run_install(unpacked, home, "--user").returncode == 0
    assert not stale.exists()


def test_uninstall_keeps_the_users_data_and_settings(unpacked, home):
    assert run_install(unpacked, home, "--user").returncode == 0
    database = home / ".local" / "share" / "dialogue-planner" / "dialogue-planner.sqlite"
    settings = home / ".config" / "DialoguePlanner" / "dialogue-planner.ini"
    for path in (database, settings):
        path.parent.mkdir(parents=True)
        path.write_text("precious", encoding="utf-8")

    result = run_install(unpacked, home, "--user", "--uninstall")
    assert result.returncode == 0, result.stderr
    assert "left in place" in result.stdout
    assert not (home / ".local" / "opt" / "dialogue-planner").exists()
    assert not (home / ".local" / "bin" / "dialogue-planner").exists()
    assert not (home / ".local" / "share" / "applications" / f"{APP_ID}.desktop").exists()
    assert not list((home / ".local" / "share" / "icons").rglob(f"{APP_ID}.*"))
    assert database.read_text(encoding="utf-8") == "precious"
    assert settings.read_text(encoding="utf-8") == "precious"


def test_system_install_needs_root_and_says_so(unpacked, home, tmp_path):
    fake_bin = tmp_path / "bin"
    fake_bin.mkdir()
    (fake_bin / "id").write_text("#!/bin/sh\necho 1000\n", encoding="utf-8")  # not root, even in a container
    (fake_bin / "id").chmod(0o755)
    env = {"HOME": str(home), "PATH": f"{fake_bin}:/usr/bin:/bin"}
    result = subprocess.run(
        [str(unpacked / "install.sh")], capture_output=True, text=True, env=env, check=False
    )
    assert result.returncode == 1
    assert "sudo" in result.stderr
    assert not (unpacked.parent / "opt").exists()


def test_unknown_option_is_a_usage_error(unpacked, home):
    result = run_install(unpacked, home, "--everywhere")
    assert result.returncode == 2
    assert "--everywhere" in result.stderr


def test_install_refuses_a_folder_that_is_not_the_bundle(tmp_path, home):
    folder = tmp_path / "elsewhere"
    folder.mkdir()
    shutil.copy(INSTALL_SCRIPT, folder / "install.sh")
    result = run_install(folder, home, "--user")
    assert result.returncode == 1
    assert "unpacked dialogue-planner folder" in result.stderr
    assert not (home / ".local" / "opt").exists()
