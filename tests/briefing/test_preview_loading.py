"""The preview's PDF is loaded, and every page's size read, off the GUI thread: PDFium parses a page's
dictionary the first time its size is asked, 46 ms for the archive's 229 pages when the view did it on the
GUI thread (the Briefing page's longest stall, issue 19)."""

from __future__ import annotations

import threading

from PySide6.QtPdf import QPdfDocument

from .test_gui import app, page, render  # noqa: F401 - the fixtures and helpers of the page's tests


def test_the_pack_is_loaded_off_the_gui_thread(qtbot, page, monkeypatch):  # noqa: F811
    loads: list[bool] = []
    sizes: list[bool] = []
    real_load, real_size = QPdfDocument.load, QPdfDocument.pagePointSize

    def load(document, *args):
        loads.append(threading.current_thread() is threading.main_thread())
        return real_load(document, *args)

    def size(document, *args):
        sizes.append(threading.current_thread() is threading.main_thread())
        return real_size(document, *args)

    monkeypatch.setattr(QPdfDocument, "load", load)
    monkeypatch.setattr(QPdfDocument, "pagePointSize", size)
    first = page.document
    render(qtbot, page)
    assert loads == [False]
    assert len(sizes) >= page.rendered.pages and not any(sizes[: page.rendered.pages])
    assert page.document is not first and page.view.document() is page.document
    assert page.document.status() == QPdfDocument.Status.Ready
    assert page.document.pageCount() == page.rendered.pages
    assert page.document.thread() is page.thread() and page.document.parent() is page
