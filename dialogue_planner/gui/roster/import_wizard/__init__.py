"""The roster import wizard: choose a file, map its columns, preview every change, apply, see the summary.

One module per page (``file_page``, ``mapping_page``, ``preview_page``, ``apply_page``), the wizard that
assembles them (``wizard``), and what the pages share (``shared``).
"""

from __future__ import annotations

from .apply_page import ApplyPage
from .file_page import RAW_PREVIEW_ROWS, FilePage
from .mapping_page import MappingPage
from .preview_page import PreviewPage
from .wizard import ImportWizard

__all__ = ["RAW_PREVIEW_ROWS", "ApplyPage", "FilePage", "ImportWizard", "MappingPage", "PreviewPage"]
