"""Saving from an editor without ever overwriting someone else's save unseen.

An editor remembers the record it loaded and, on Save, calls its service with that record's version. When
the service refuses (ConflictError), :func:`save_in_background` rebuilds the row as the editor loaded it,
puts the user's edited fields over it, and lets :func:`resolve_with_dialog` show both and save the choice.
The first attempt (and the lookup of their values when it is refused) runs through ``app.ops``, off the GUI
thread; the comparison dialog and the save of the user's choice run on the GUI thread, where the user is
answering a modal dialog anyway.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Generic, TypeVar

from PySide6.QtWidgets import QWidget

from dialogue_planner.domain.errors import ConflictError
from dialogue_planner.gui.kit.conflict_dialog import ConflictDialog, resolve_with_dialog
from dialogue_planner.services.conflicts import Choice, current_values
from dialogue_planner.services.context import jsonable

R = TypeVar("R")


@dataclass(frozen=True)
class SaveOutcome(Generic[R]):
    """How a save ended: ``record`` is what was stored (None when nothing was); ``choice`` is the user's
    answer to a conflict (None when there was none, or when they decided later)."""

    record: R | None
    choice: Choice | None = None
    conflicted: bool = False

    @property
    def decided_later(self) -> bool:
        return self.conflicted and self.choice is None

    @property
    def kept_theirs(self) -> bool:
        return self.choice is Choice.KEEP_THEIRS

    @property
    def finished(self) -> bool:
        """The editor's work is over: saved, or the user chose their version."""
        return not self.decided_later


def loaded_row(record, theirs: Mapping[str, object], derived: Mapping[str, object] | None = None) -> dict:
    """The stored row as the editor loaded it: the record's own values (and ``derived`` ones, such as ids
    behind codes) over the current row, with the record's version. Columns the record does not carry
    take the current values, so they count as unchanged; they never travel in a save either."""
    row = dict(theirs)
    for name in theirs:
        if hasattr(record, name):
            row[name] = jsonable(getattr(record, name))
    row.update(derived or {})
    row["version"] = record.version
    row["id"] = record.id
    return row


def save_in_background(
    parent: QWidget | None,
    app,
    *,
    record,
    entity: str,
    edits: Mapping[str, object],
    attempt: Callable[[], R],
    save: Callable[[dict, int | None], R],
    what: str,
    on_outcome: Callable[[SaveOutcome[R]], None],
    on_refused: Callable[[BaseException], bool] | None = None,
    labels: Mapping[str, str] | None = None,
    derived: Mapping[str, object] | None = None,
    exec_dialog: Callable[[ConflictDialog], int] | None = None,
    value_names: Mapping[str, Mapping[object, str]] | None = None,
    busy_widget: QWidget | None = None,
) -> None:
    """Run ``attempt`` (the editor's save against the loaded version) through ``app.ops``. If someone saved
    first, show their values beside the user's ``edits`` (stored column names) and save the choice with
    ``save(values, expected_version)``; ``on_outcome(outcome)`` runs on the GUI thread when it ended. Any
    other error goes to ``on_refused`` first (True: the editor showed it), else to the one error path."""
    ctx = app.ctx

    def first_attempt():
        try:
            return attempt(), None
        except ConflictError as error:
            return None, (error, dict(error.theirs) or current_values(ctx, entity, record.id))

    def settle(result) -> None:
        saved, refused = result
        if refused is None:
            on_outcome(SaveOutcome(saved))
            return
        error, theirs = refused
        if theirs.get("version") == record.version:
            app.ops.run(_raise, error, on_error=on_refused, background=False)
            return
        base = loaded_row(record, theirs, derived)
        mine = {**base, **{name: jsonable(value) for name, value in edits.items()}}
        if not error.theirs:
            error = ConflictError(error.message, entity=entity, entity_id=record.id, theirs=theirs)
        choice, stored = resolve_with_dialog(
            parent,
            ctx,
            error,
            base,
            mine,
            save,
            what=what,
            labels=labels,
            entity=entity,
            exec_dialog=exec_dialog,
            value_names=value_names,
        )
        on_outcome(SaveOutcome(stored, choice, conflicted=True))

    app.ops.run(first_attempt, on_done=settle, on_error=on_refused, busy_widget=busy_widget)


def _raise(error: BaseException) -> None:
    raise error
