"""Where the main window opens: as it was left, but never larger than the screen it opens on, and on the
first start as large as fits (a 1024×768 screen, or 1366×768 at 125 % scaling, is 1093×614 logical pixels)."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QRect, QSize
from PySide6.QtWidgets import QWidget

FIRST_START_SIZE = QSize(1280, 820)
# The window manager's frame (left, top, right, bottom) before it can be measured: a title bar and thin
# borders. Fusion's metrics (a 24 px title, a 1 px frame) were used until December 2026; they are Qt's
# own, for windows inside windows, no better an estimate, and asking for them made QStyle's enums before
# the first paint (5-10 ms, issue 19).
ESTIMATED_FRAME = (1, 25, 1, 1)


def fit_rect(frame: QRect, available: QRect) -> QRect:
    """``frame`` shrunk to ``available`` and moved onto it (the part that was on screen stays in place)."""
    width = min(frame.width(), available.width())
    height = min(frame.height(), available.height())
    x = min(max(frame.x(), available.x()), available.x() + available.width() - width)
    y = min(max(frame.y(), available.y()), available.y() + available.height() - height)
    return QRect(x, y, width, height)


def decoration(window: QWidget) -> tuple[int, int, int, int]:
    """The window manager's frame around the window (left, top, right, bottom): measured once the window
    is shown, estimated before."""
    if window.isVisible():
        frame, inner = window.frameGeometry(), window.geometry()
        measured = (
            inner.left() - frame.left(),
            inner.top() - frame.top(),
            frame.right() - inner.right(),
            frame.bottom() - inner.bottom(),
        )
        if any(measured):
            return measured
    return ESTIMATED_FRAME


def fit_on_screen(window: QWidget) -> None:
    """Shrink and move the window (frame included) onto the available area of its screen."""
    if window.isMaximized() or window.isFullScreen():
        return
    screen = window.screen()
    if screen is None:
        return
    left, top, right, bottom = decoration(window)
    inner = window.geometry()
    frame = inner.adjusted(-left, -top, right, bottom)
    fitted = fit_rect(frame, screen.availableGeometry())
    if fitted != frame:
        window.setGeometry(fitted.adjusted(left, top, -right, -bottom))


def restore_geometry(window: QWidget, saved) -> None:
    """The saved geometry, or the first start's size; either way fitted to the screen."""
    if isinstance(saved, QByteArray) and not saved.isEmpty() and window.restoreGeometry(saved):
        pass
    else:
        window.resize(FIRST_START_SIZE)
        screen = window.screen()
        if screen is not None:  # centred on the screen it opens on
            available = screen.availableGeometry()
            window.move(available.center() - window.rect().center())
    fit_on_screen(window)
