"""A pack's PDF made ready for the preview off the GUI thread.

Loading a QPdfDocument is quick, but the view's first layout asks for every page's size, and PDFium parses
each page's dictionary the first time it is asked (46 ms for the archive's 229 pages, on the GUI thread:
the longest stall of the Briefing page). Here a background thread loads the document and reads every size
once, then hands the document over to the GUI thread, whose view then finds the sizes parsed.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice
from PySide6.QtPdf import QPdfDocument


def loaded_document(pdf: bytes) -> QPdfDocument:
    """``pdf`` loaded and its pages' sizes read, owned by the GUI thread; call it off the GUI thread.

    The document has no parent (give it one on the GUI thread); its data buffer is its child, so the two
    live and die together."""
    document = QPdfDocument()
    buffer = QBuffer(document)
    buffer.setData(QByteArray(pdf))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document.load(buffer)
    for page in range(document.pageCount()):
        document.pagePointSize(page)
    application = QCoreApplication.instance()
    if application is not None:
        document.moveToThread(application.thread())
    return document
