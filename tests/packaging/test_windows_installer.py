"""The NSIS installer script compiles (Debian's makensis builds Windows installers on Linux), refuses to
build without its inputs, and leaves each user's data in place when the program is uninstalled."""

from __future__ import annotations

import re
import subprocess

import pytest
from packaging_paths import PACKAGING, require_tool

import dialogue_planner

SCRIPT = PACKAGING / "windows" / "installer.nsi"


@pytest.fixture
def fake_bundle(tmp_path):
    """The shape of dist\\dialogue-planner on Windows; makensis only packs the files."""
    bundle = tmp_path / "dialogue-planner"
    (bundle / "_internal" / "dialogue_planner" / "resources").mkdir(parents=True)
    (bundle / "dialogue-planner.exe").write_bytes(b"MZ gui")
    (bundle / "dialogue-planner-cli.exe").write_bytes(b"MZ cli")
    (bundle / "_internal" / "dialogue_planner" / "resources" / "demo.json").write_text("{}", encoding="utf-8")
    return bundle


def makensis(*defines: str) -> subprocess.CompletedProcess:
    tool = require_tool("makensis", "nsis")
    return subprocess.run(
        [tool, "-V2", "-WX", *defines, str(SCRIPT)], capture_output=True, text=True, check=False
    )


def test_installer_compiles_without_warnings(fake_bundle, tmp_path):
    out = tmp_path / f"DialoguePlanner-{dialogue_planner.__version__}-setup.exe"
    result = makensis(
        f"-DVERSION={dialogue_planner.__version__}", f"-DBUNDLE_DIR={fake_bundle}", f"-DOUTFILE={out}"
    )
    assert result.returncode == 0, result.stdout + result.stderr
    data = out.read_bytes()
    assert data[:2] == b"MZ", "a Windows executable"
    assert b"Nullsoft" in data


@pytest.mark.parametrize("missing", ["VERSION", "BUNDLE_DIR"])
def test_installer_refuses_to_build_without_its_inputs(fake_bundle, tmp_path, missing):
    defines = {"VERSION": "0.1.0", "BUNDLE_DIR": str(fake_bundle), "OUTFILE": str(tmp_path / "x.exe")}
    del defines[missing]
    result = makensis(*(f"-D{key}={value}" for key, value in defines.items()))
    assert result.returncode != 0
    assert f"/D{missing}=" in result.stdout + result.stderr
    assert not (tmp_path / "x.exe").exists()


def test_installer_fails_on_an_empty_bundle_folder(tmp_path):
    empty = tmp_path / "nothing"
    empty.mkdir()
    result = makensis("-DVERSION=0.1.0", f"-DBUNDLE_DIR={empty}", f"-DOUTFILE={tmp_path / 'x.exe'}")
    assert result.returncode != 0


def sections(text: str) -> dict[str, str]:
    found = {}
    for match in re.finditer(r'^Section "([^"]+)"(.*?)^SectionEnd', text, re.DOTALL | re.MULTILINE):
        found[match.group(1)] = match.group(2)
    return found


def test_uninstaller_removes_only_what_the_installer_put_there():
    script = SCRIPT.read_text(encoding="utf-8")
    uninstall = sections(script)["Uninstall"]
    assert 'RMDir /r "$INSTDIR"' not in uninstall, "the install folder may hold files the user put there"
    for user_data in ("$APPDATA", "$LOCALAPPDATA", "$PROFILE", "$DOCUMENTS"):
        assert user_data not in uninstall, f"uninstall must not touch {user_data}"
    assert 'Delete "$SMPROGRAMS\\${APP_NAME}.lnk"' in uninstall


def test_installer_goes_to_program_files_with_a_start_menu_entry():
    script = SCRIPT.read_text(encoding="utf-8")
    assert 'InstallDir "$PROGRAMFILES64\\${APP_NAME}"' in script
    program = sections(script)["${APP_NAME}"]
    assert 'CreateShortCut "$SMPROGRAMS\\${APP_NAME}.lnk"' in program
    assert "WriteUninstaller" in program
    assert "SetShellVarContext all" in program
