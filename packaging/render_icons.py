"""Render the application icon (resources/icons/app.svg) into what each platform's packaging wants, and
the sidebar's page icons into the PNGs the window paints first.

Linux: hicolor PNGs in the usual sizes plus the scalable SVG; Windows: a multi-size .ico; macOS: an
.icns. Both containers hold PNG images, which Windows (since Vista) and macOS (since 10.7) read, so
no image tool beyond Qt's SVG renderer is needed. The sidebar: each page's icon in the sidebar's text
colour at the size shown and at twice it (``name.png``, ``name@2x.png``, which Qt picks on a screen
scaled 150 % or more), in resources/icons/sidebar: reading and drawing the SVGs at every start cost 2-3 ms
before the first paint (issue 19). Run it after changing an icon, the sidebar's colour or its pages, then
commit the results: ``QT_QPA_PLATFORM=offscreen python packaging/render_icons.py``; a test finds stale ones.
"""

from __future__ import annotations

import os
import shutil
import struct
import sys
from pathlib import Path

PACKAGING = Path(__file__).resolve().parent
ROOT = PACKAGING.parent
APP_ID = "org.dialogueplanner.DialoguePlanner"
SOURCE_SVG = ROOT / "resources" / "icons" / "app.svg"

HICOLOR = PACKAGING / "linux" / "icons" / "hicolor"
HICOLOR_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
WINDOWS_ICO = PACKAGING / "windows" / "dialogue-planner.ico"
ICO_SIZES = (16, 20, 24, 32, 40, 48, 64, 128, 256)
MACOS_ICNS = PACKAGING / "macos" / "DialoguePlanner.icns"
SIDEBAR = ROOT / "resources" / "icons" / "sidebar"
SIDEBAR_SCALES = (1, 2)
# ICNS element types holding PNG data, with their pixel size (the @2x types are the retina variants).
ICNS_TYPES = (
    ("icp4", 16),
    ("icp5", 32),
    ("icp6", 64),
    ("ic07", 128),
    ("ic08", 256),
    ("ic09", 512),
    ("ic10", 1024),
    ("ic11", 32),
    ("ic12", 64),
    ("ic13", 256),
    ("ic14", 512),
)


def hicolor_png(size: int) -> Path:
    return HICOLOR / f"{size}x{size}" / "apps" / f"{APP_ID}.png"


def hicolor_svg() -> Path:
    return HICOLOR / "scalable" / "apps" / f"{APP_ID}.svg"


def render_png(svg: Path, size: int) -> bytes:
    """The SVG drawn antialiased on a transparent square of ``size`` pixels, as PNG bytes."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"{svg} is not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    return png_bytes(image)


def png_bytes(image) -> bytes:
    """``image`` (a QImage) encoded as PNG."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data)


def sidebar_png(name: str, scale: int) -> Path:
    return SIDEBAR / (f"{name}.png" if scale == 1 else f"{name}@{scale}x.png")


def render_sidebar_png(name: str, scale: int) -> bytes:
    """A page's icon (resources/icons/NAME.svg) in the sidebar's text colour, ``scale`` times the size the
    sidebar shows it at, as PNG bytes."""
    from PySide6.QtGui import QColor, QImage, QPainter

    from dialogue_planner.gui.kit.looks import SIDEBAR_TEXT
    from dialogue_planner.gui.shell.main_window import SIDEBAR_ICON

    size = SIDEBAR_ICON * scale
    image = QImage()
    image.loadFromData(render_png(ROOT / "resources" / "icons" / f"{name}.svg", size))
    ink = QImage(size, size, QImage.Format.Format_ARGB32)
    ink.fill(QColor(SIDEBAR_TEXT))
    painter = QPainter(image)
    painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceIn)
    painter.drawImage(0, 0, ink)
    painter.end()
    return png_bytes(image)


def sidebar_icon_names() -> list[str]:
    from dialogue_planner.gui.shell.pages import PAGES

    return [entry.icon_name for entry in PAGES]


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """An ICO file whose entries are PNG images (ICONDIR, one ICONDIRENTRY each, then the data)."""
    sizes = sorted(pngs)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)
    entries, blobs = b"", b""
    for size in sizes:
        data = pngs[size]
        dim = 0 if size >= 256 else size  # 0 means 256 in an ICONDIRENTRY
        entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(data), offset)
        blobs += data
        offset += len(data)
    return header + entries + blobs


def icns_bytes(pngs: dict[int, bytes]) -> bytes:
    """An ICNS file: the 'icns' magic and total length, then one (type, length, PNG) element per type."""
    body = b"".join(
        kind.encode("ascii") + struct.pack(">I", 8 + len(pngs[size])) + pngs[size]
        for kind, size in ICNS_TYPES
    )
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def render_all(svg: Path = SOURCE_SVG) -> list[Path]:
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])  # noqa: F841 - QPainter needs it
    sizes = set(HICOLOR_SIZES) | set(ICO_SIZES) | {size for _, size in ICNS_TYPES}
    pngs = {size: render_png(svg, size) for size in sorted(sizes)}
    written = []
    for size in HICOLOR_SIZES:
        path = hicolor_png(size)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(pngs[size])
        written.append(path)
    hicolor_svg().parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(svg, hicolor_svg())
    written.append(hicolor_svg())
    WINDOWS_ICO.write_bytes(ico_bytes({size: pngs[size] for size in ICO_SIZES}))
    MACOS_ICNS.write_bytes(icns_bytes(pngs))
    written += [WINDOWS_ICO, MACOS_ICNS]
    SIDEBAR.mkdir(parents=True, exist_ok=True)
    for name in sidebar_icon_names():
        for scale in SIDEBAR_SCALES:
            sidebar_png(name, scale).write_bytes(render_sidebar_png(name, scale))
            written.append(sidebar_png(name, scale))
    return written


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    for written_path in render_all():
        print(written_path.relative_to(ROOT))
