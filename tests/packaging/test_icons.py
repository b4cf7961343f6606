"""The Windows .ico and macOS .icns hold every size their platforms ask for, each a PNG of that size, and
all icons are renders of the current resources/icons/app.svg; the sidebar's page icons are renders of the
pages' icons in the sidebar's colour."""

from __future__ import annotations

import struct

import pytest
from packaging_paths import ROOT, render_icons


def png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    return struct.unpack(">II", data[16:24])


def read_ico(data: bytes) -> dict[int, bytes]:
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    assert (reserved, kind) == (0, 1), "not an icon file"
    images = {}
    for index in range(count):
        width, height, _, _, planes, bits, length, offset = struct.unpack(
            "<BBBBHHII", data[6 + 16 * index : 22 + 16 * index]
        )
        assert width == height and planes == 1 and bits == 32
        assert offset + length <= len(data)
        images[width or 256] = data[offset : offset + length]
    return images


def read_icns(data: bytes) -> dict[str, bytes]:
    assert data[:4] == b"icns"
    assert struct.unpack(">I", data[4:8])[0] == len(data), "the header's length is the file's"
    elements, position = {}, 8
    while position < len(data):
        kind, length = (
            data[position : position + 4].decode("ascii"),
            struct.unpack(">I", data[position + 4 : position + 8])[0],
        )
        assert length > 8 and position + length <= len(data)
        elements[kind] = data[position + 8 : position + length]
        position += length
    return elements


def test_windows_icon_holds_every_size_as_a_png_of_that_size():
    module = render_icons()
    images = read_ico(module.WINDOWS_ICO.read_bytes())
    assert sorted(images) == sorted(module.ICO_SIZES)
    for size, png in images.items():
        assert png_size(png) == (size, size)


def test_macos_icon_holds_every_type_as_a_png_of_its_size():
    module = render_icons()
    elements = read_icns(module.MACOS_ICNS.read_bytes())
    assert set(elements) == {kind for kind, _ in module.ICNS_TYPES}
    for kind, size in module.ICNS_TYPES:
        assert png_size(elements[kind]) == (size, size), kind


def test_containers_round_trip_what_they_are_given():
    module = render_icons()
    pngs = {16: b"\x89PNG\r\n\x1a\n" + b"a" * 30, 256: b"\x89PNG\r\n\x1a\n" + b"b" * 50}
    assert read_ico(module.ico_bytes(pngs)) == pngs
    every = {size: b"\x89PNG\r\n\x1a\n" + bytes([size % 251]) * 20 for _, size in module.ICNS_TYPES}
    elements = read_icns(module.icns_bytes(every))
    assert all(elements[kind] == every[size] for kind, size in module.ICNS_TYPES)


@pytest.mark.parametrize("size", [16, 48, 256])
def test_committed_icons_are_renders_of_the_current_svg(qapp, size):
    """Pixels, not bytes, are compared: PNG encoders differ between Qt versions."""
    from PySide6.QtGui import QImage

    module = render_icons()
    fresh = QImage.fromData(module.render_png(ROOT / "resources" / "icons" / "app.svg", size))
    committed = QImage(str(module.hicolor_png(size)))
    assert (committed.width(), committed.height()) == (size, size)
    assert differing_pixels(fresh, committed) <= size * size // 100, (
        "resources/icons/app.svg changed: run packaging/render_icons.py and commit the icons"
    )


def differing_pixels(fresh, committed) -> int:
    """How many pixels differ by more than 8 in a channel (red, green, blue or alpha)."""

    def channels(image, x, y):
        color = image.pixelColor(x, y)
        return color.red(), color.green(), color.blue(), color.alpha()

    return sum(
        1
        for y in range(fresh.height())
        for x in range(fresh.width())
        if max(abs(a - b) for a, b in zip(channels(fresh, x, y), channels(committed, x, y), strict=True)) > 8
    )


def test_the_sidebar_icons_are_the_pages_icons_in_the_sidebars_colour(qapp):
    """The window paints them first, from PNGs: one for each page, at the size shown and at twice it."""
    from PySide6.QtGui import QImage

    from dialogue_planner.gui.shell.pages import PAGES

    module = render_icons()
    assert module.sidebar_icon_names() == [entry.icon_name for entry in PAGES]
    for name in module.sidebar_icon_names():
        for scale in module.SIDEBAR_SCALES:
            path = module.sidebar_png(name, scale)
            assert path.exists(), f"{path.name} is missing: run packaging/render_icons.py and commit it"
            fresh = QImage.fromData(module.render_sidebar_png(name, scale))
            committed = QImage(str(path))
            assert committed.size() == fresh.size(), path.name
            assert differing_pixels(fresh, committed) <= fresh.width() * fresh.height() // 100, (
                f"{path.name} is stale (the icon, the sidebar's colour or its size changed): run "
                "packaging/render_icons.py and commit the icons"
            )
