"""Roster import: preview what a file would change, apply it in one transaction, undo the last one.

One module per step: ``plan`` reads a file and matches it against the stored rows, ``preview`` shows
what applying it would do, ``apply`` writes it, ``undo`` lists applied imports and reverts the newest,
``mappings`` saves column mappings; ``records`` holds what they hand their callers. Every name callers
use is importable from here (``_PLANS`` too: the benchmarks clear it so every sample matches afresh).
"""

from __future__ import annotations

from .apply import apply_import
from .mappings import delete_mapping, list_mappings, save_mapping
from .plan import _PLANS, file_digest
from .preview import preview_import
from .records import (
    IMPORT_WAIT_SECONDS,
    FieldDifference,
    ImportOptions,
    ImportPreview,
    ImportResult,
    PreviewRow,
    Progress,
    UndoResult,
)
from .undo import last_import, list_imports, undo_last_import

__all__ = [
    "IMPORT_WAIT_SECONDS",
    "_PLANS",
    "FieldDifference",
    "ImportOptions",
    "ImportPreview",
    "ImportResult",
    "PreviewRow",
    "Progress",
    "UndoResult",
    "apply_import",
    "delete_mapping",
    "file_digest",
    "last_import",
    "list_imports",
    "list_mappings",
    "preview_import",
    "save_mapping",
    "undo_last_import",
]
