"""packaging/elf_gaps.py: a library patchelf left with a stretch of zeros loads the same without it.

Pillow's manylinux wheel vendors libXau, which auditwheel's patchelf turned from 20 kB into 2 MB: the
library closed up must export the same symbols, load, and answer a call; a library without such a stretch,
or whose stretch holds anything but zeros, must come out byte for byte as it went in.
"""

from __future__ import annotations

import ctypes
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from packaging_paths import missing, packaging_script


@pytest.fixture(scope="module")
def elf_gaps():
    return packaging_script("elf_gaps")


def _vendored(pattern: str) -> Path:
    if not sys.platform.startswith("linux"):
        pytest.skip("auditwheel's libraries are Linux libraries")
    import PIL

    found = sorted((Path(PIL.__file__).parents[1] / "pillow.libs").glob(pattern))
    if not found:
        pytest.skip(f"this Pillow vendors no {pattern} (not a manylinux wheel?)")
    return found[0]


def _readelf(path: Path, *options: str) -> str:
    if not shutil.which("readelf"):
        missing("readelf is not installed (Debian package binutils)")
    result = subprocess.run(["readelf", *options, str(path)], capture_output=True, text=True, check=True)
    assert result.stderr == "", result.stderr
    return result.stdout


def test_pillows_libxau_loses_its_zeros_and_loads_the_same(elf_gaps, tmp_path):
    original = _vendored("libXau-*.so*")
    closed = tmp_path / original.name
    shutil.copy(original, closed)
    saved = elf_gaps.close_gap(closed)
    assert saved > 1_900_000 and closed.stat().st_size == original.stat().st_size - saved
    for what in (("-d",), ("--dyn-syms", "-W"), ("-V",), ("-n",)):
        assert _readelf(closed, *what) == _readelf(original, *what), what
    _readelf(closed, "-a")  # no complaint about the layout
    file_name = ctypes.CDLL(str(closed)).XauFileName
    file_name.restype = ctypes.c_char_p
    assert file_name()  # ~/.Xauthority, or $XAUTHORITY
    assert elf_gaps.close_gap(closed) == 0  # once is all


def test_a_library_without_a_stretch_of_zeros_is_left_alone(elf_gaps, tmp_path):
    original = _vendored("libzstd-*.so*")
    copy = tmp_path / original.name
    shutil.copy(original, copy)
    assert elf_gaps.close_gap(copy) == 0
    assert copy.read_bytes() == original.read_bytes()


def test_a_stretch_holding_data_is_left_alone(elf_gaps, tmp_path):
    original = _vendored("libXau-*.so*")
    data = bytearray(original.read_bytes())
    data[0x100000] = 1  # inside the stretch patchelf left
    copy = tmp_path / original.name
    copy.write_bytes(data)
    assert elf_gaps.close_gap(copy) == 0
    assert copy.read_bytes() == data
