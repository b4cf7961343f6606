"""The records a roster import hands its callers, and the small helpers its steps share.

Options in; a preview, a result or an undo result out. The helpers name a delegate and make an audit
row the same way in every step.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from dialogue_planner.domain.bulk_records import made_in_bulk
from dialogue_planner.domain.roster import ChangeKind, ImportMode, RowIssue
from dialogue_planner.interchange.roster_agencies import NewAgency
from dialogue_planner.storage.models import AuditEntry
from dialogue_planner.storage.models.base import utcnow

# How long a second admin's import waits for the first before being told who is importing.
IMPORT_WAIT_SECONDS = 30.0

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class ImportOptions:
    """How to read and apply a file; ``agency`` is an acronym, optionally "SIDE:ACRONYM"."""

    file_name: str = ""
    sheet: str | None = None
    header_row: int | None = None
    mapping: Mapping[str, str] | None = None
    mode: str = ImportMode.UPDATE.value
    agency: str | None = None
    # Create the agencies the file names that do not exist yet (with the names the file gives).
    create_agencies: bool = False


@made_in_bulk
@dataclass(frozen=True)
class FieldDifference:
    field: str
    before: str
    after: str


@made_in_bulk
@dataclass(frozen=True)
class PreviewRow:
    """One line of the preview: a file row (or a delegate the file leaves out) and what happens to it."""

    row: int | None
    kind: ChangeKind
    delegate_id: int | None
    side: str
    agency: str
    name: str
    differences: tuple[FieldDifference, ...] = ()
    messages: tuple[str, ...] = ()


@dataclass(frozen=True)
class ImportPreview:
    file_name: str
    sha256: str
    kind: str
    encoding: str
    delimiter: str
    sheet: str
    sheets: tuple[str, ...]
    header_row: int
    header: tuple[str, ...]
    columns: Mapping[str, str]
    mode: str
    agency_id: int | None
    rows: tuple[PreviewRow, ...]
    issues: tuple[RowIssue, ...]
    counts: Mapping[str, int]
    _plan: object = field(default=None, repr=False, compare=False)  # keeps the plan for applying (_PlanMemo)
    # Agencies the file names that are not stored: created by an import with ``create_agencies``, else the
    # reason their rows are refused.
    new_agencies: tuple[NewAgency, ...] = ()

    @property
    def ok(self) -> bool:
        return not self.issues


@dataclass(frozen=True)
class ImportResult:
    ok: bool
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    deactivated: int = 0
    skipped: int = 0
    errors: tuple[RowIssue, ...] = ()
    dry_run: bool = False
    import_id: int | None = None
    file_name: str = ""
    message: str = ""
    new_agencies: tuple[NewAgency, ...] = ()  # created by this import (or, in a dry run, that would be)


@dataclass(frozen=True)
class UndoResult:
    import_id: int
    file_name: str
    removed: int
    restored: int
    kept_inactive: int
    agencies_removed: int = 0
    agencies_kept: int = 0  # created by the import, kept (inactive) because something refers to them


def _name(values: Mapping[str, object]) -> str:
    latin = f"{values.get('family_name') or ''} {values.get('given_name') or ''}".strip()
    native = str(values.get("native_name") or "")
    return f"{latin} ({native})" if latin and native and native != latin else (latin or native)


def _audit_row(tx, action: str, entity_id: int, before, after, summary: str, at=None) -> dict:
    return {
        "at": at or utcnow(),
        "actor": tx.ctx.user.login,
        "action": action,
        "entity": "delegate",
        "entity_id": entity_id,
        "before": before,
        "after": after,
        "summary": summary,
        "operation_id": tx.operation_id,
    }


def _audit_entry(tx, action: str, entity_id: int, before, after, summary: str) -> AuditEntry:
    return AuditEntry(**_audit_row(tx, action, entity_id, before, after, summary))
