"""Printing a rendered pack: each page drawn from QtPdf at the printer's resolution."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter


def print_document(document: QPdfDocument, printer: QPrinter) -> int:
    """Print every page, scaled to the printable area and centred; returns the pages printed."""
    painter = QPainter()
    if not painter.begin(printer):
        return 0
    try:
        area = printer.pageRect(QPrinter.Unit.DevicePixel).toRect()
        dpi = printer.resolution()
        for index in range(document.pageCount()):
            if index:
                printer.newPage()
            points = document.pagePointSize(index)
            size = QSize(int(points.width() / 72 * dpi), int(points.height() / 72 * dpi))
            size = size.scaled(area.size(), _keep_aspect())
            image = document.render(index, size)
            x = (area.width() - size.width()) // 2
            y = (area.height() - size.height()) // 2
            painter.drawImage(QRect(x, y, size.width(), size.height()), image)
        return document.pageCount()
    finally:
        painter.end()


def _keep_aspect():
    from PySide6.QtCore import Qt

    return Qt.AspectRatioMode.KeepAspectRatio
