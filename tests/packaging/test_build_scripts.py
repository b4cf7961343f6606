"""The one-command build scripts stop early, with a message saying what to do, when they cannot build."""

from __future__ import annotations

import subprocess
import sys

import pytest
from packaging_paths import PACKAGING


@pytest.fixture
def python_without_pyinstaller(tmp_path):
    """A stand-in interpreter on which every import fails."""
    fake = tmp_path / "python"
    fake.write_text("#!/bin/sh\nexit 1\n", encoding="utf-8")
    fake.chmod(0o755)
    return fake


def run(script: str, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [str(PACKAGING / script), *args], capture_output=True, text=True, timeout=60, check=False
    )


def test_linux_build_names_the_missing_packaging_extra(python_without_pyinstaller, tmp_path):
    result = run(
        "build-linux.sh", "--python", str(python_without_pyinstaller), "--dist", str(tmp_path / "dist")
    )
    assert result.returncode == 1
    assert "PyInstaller is missing" in result.stderr and "[packaging]" in result.stderr
    assert not (tmp_path / "dist").exists()


def test_linux_build_refuses_a_missing_python(tmp_path):
    result = run("build-linux.sh", "--python", str(tmp_path / "no-such-python"))
    assert result.returncode == 1
    assert "no Python at" in result.stderr


def test_linux_build_rejects_unknown_options_with_its_usage():
    result = run("build-linux.sh", "--fast")
    assert result.returncode == 2
    assert "unknown option '--fast'" in result.stderr
    assert "packaging/build-linux.sh [--python PATH]" in result.stderr


def test_linux_build_help_describes_the_result():
    result = run("build-linux.sh", "--help")
    assert result.returncode == 0
    assert "tar.gz" in result.stdout and "set -euo" not in result.stdout


@pytest.mark.skipif(sys.platform == "darwin", reason="on macOS the script really builds")
def test_macos_build_says_where_it_must_run():
    result = run("build-macos.sh")
    assert result.returncode == 1
    assert "must run on macOS" in result.stderr
