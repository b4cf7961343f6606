"""Attached PDFs appended to a rendered pack (``brief --append-documents``), a bookmark each.

ReportLab renders the pack; pypdf then copies each attached PDF's pages after the pack's last page and
adds a bookmark per document under one "Attached documents" bookmark. A document is checked (read and
written again whole) before the pack is rendered, so the pack can say which ones could not be appended;
a damaged or encrypted PDF is listed, never appended, and never breaks the pack.

pypdf is imported where it is used: a pack without attached documents (the preview's) never loads it, and
with it cryptography and PIL (10-15 MB of the application's memory, issue 19).
"""

from __future__ import annotations

import io
import logging
import warnings
from collections.abc import Sequence

# pypdf reports what it repairs in a damaged file through logging and warnings; the pack says it instead.
_PYPDF_LOGGER = logging.getLogger("pypdf")


def readable_pdf(content: bytes) -> bytes | None:
    """The PDF's pages written again by pypdf (what will be appended), or None when the bytes are not a
    PDF pypdf can read whole: damaged, encrypted, or without pages."""
    from pypdf import PdfReader, PdfWriter  # here: pypdf and what it loads hold 10-15 MB (issue 19)

    level = _PYPDF_LOGGER.level
    _PYPDF_LOGGER.setLevel(logging.CRITICAL)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            reader = PdfReader(io.BytesIO(content), strict=False)
            if reader.is_encrypted or len(reader.pages) == 0:
                return None
            writer = PdfWriter()
            for page in reader.pages:
                writer.add_page(page)
            out = io.BytesIO()
            writer.write(out)
            again = PdfReader(io.BytesIO(out.getvalue()))
            if len(again.pages) != len(reader.pages):
                return None
            return out.getvalue()
    except Exception:  # noqa: BLE001 - a damaged file can make pypdf raise almost anything; it is only not appended
        return None
    finally:
        _PYPDF_LOGGER.setLevel(level)


def append_documents(
    pdf: bytes, documents: Sequence[tuple[str, bytes]], group_title: str
) -> tuple[bytes, int]:
    """``pdf`` with each (title, checked PDF bytes) appended in order, a bookmark each under one bookmark
    ``group_title``, and the number of pages appended; the pack's own bookmarks and document information
    are kept."""
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    own_pages = len(writer.pages)
    parent = None
    for title, content in documents:
        start = len(writer.pages)
        writer.append(PdfReader(io.BytesIO(content)), import_outline=False)
        if parent is None:  # a bookmark needs its page: the group's is the first appended one
            parent = writer.add_outline_item(title=group_title, page_number=own_pages)
        writer.add_outline_item(title=title, page_number=start, parent=parent)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue(), len(writer.pages) - own_pages
