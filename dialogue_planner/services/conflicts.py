"""Resolving a conflicting save, for every area's editor.

An editor keeps the snapshot it loaded (``base``) and the user's values (``mine``); a save refused
with :class:`ConflictError` brings the stored values (``theirs``). Over those three plain dicts:

- **keep theirs**: drop my edits, nothing is saved;
- **apply mine on top**: my edited fields over their current row, saved against their version; where
  they changed a field I also changed, theirs is overwritten deliberately and audited as
  ``conflict.overwrite`` with their values;
- **merge field by field**: my edited fields and their edited fields together, only when no field
  was edited by both to different values.

Only the fields the user edited travel, so fields they left alone never undo someone else's work.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from enum import Enum
from typing import TypeVar

from sqlalchemy import Table

from dialogue_planner.domain.errors import ConflictError, NotFoundError, ValidationError
from dialogue_planner.domain.messages import msg
from dialogue_planner.storage.models import Base

from .context import ServiceContext, snapshot

R = TypeVar("R")
NOT_COMPARED = frozenset({"id", "version", "created_at", "updated_at"})
_MISSING = object()


class Choice(str, Enum):
    KEEP_THEIRS = "keep_theirs"
    APPLY_MINE = "apply_mine"
    MERGE = "merge"


@dataclass(frozen=True)
class FieldState:
    """One field as loaded, as I left it, and as it is stored now."""

    name: str
    base: object
    mine: object
    theirs: object

    @property
    def mine_changed(self) -> bool:
        return self.mine != self.base

    @property
    def theirs_changed(self) -> bool:
        return self.theirs != self.base

    @property
    def collides(self) -> bool:
        """Both edited it, to different values (equal edits agree and do not collide)."""
        return self.mine_changed and self.theirs_changed and self.mine != self.theirs


@dataclass(frozen=True)
class Conflict:
    entity: str
    entity_id: int | None
    base: Mapping[str, object]
    mine: Mapping[str, object]
    theirs: Mapping[str, object]

    @classmethod
    def from_error(
        cls,
        error: ConflictError,
        base: Mapping[str, object],
        mine: Mapping[str, object],
        *,
        ctx: ServiceContext | None = None,
        entity: str = "",
    ) -> Conflict:
        """The conflict a refused save reported. A save refused at flush time does not know the stored
        values; given ``ctx`` and the ``entity`` (table name) they are read afresh."""
        theirs = dict(error.theirs)
        entity = error.entity or entity
        given = base.get("id")
        entity_id = (
            error.entity_id if error.entity_id is not None else (given if isinstance(given, int) else None)
        )
        if not theirs and ctx is not None and entity and entity_id is not None:
            theirs = current_values(ctx, entity, int(entity_id))
        if not theirs:
            raise ValidationError(
                msg("The other person's values are not known; reload the record and edit it again.")
            )
        return cls(entity, entity_id, dict(base), dict(mine), theirs)

    @property
    def their_version(self) -> int | None:
        version = self.theirs.get("version")
        return int(version) if isinstance(version, (int, str)) else None

    def fields(self) -> list[FieldState]:
        """Every field that differs anywhere, in the order of the stored row."""
        names = [n for n in self.theirs if n not in NOT_COMPARED]
        names += [n for n in self.mine if n not in NOT_COMPARED and n not in self.theirs]
        states = []
        for name in names:
            base = self.base.get(name, _MISSING)
            mine = self.mine.get(name, base)
            theirs = self.theirs.get(name, base)
            state = FieldState(
                name,
                None if base is _MISSING else base,
                None if mine is _MISSING else mine,
                None if theirs is _MISSING else theirs,
            )
            if state.mine_changed or state.theirs_changed:
                states.append(state)
        return states

    def my_edits(self) -> dict[str, object]:
        return {f.name: f.mine for f in self.fields() if f.mine_changed}

    def collisions(self) -> list[str]:
        return [f.name for f in self.fields() if f.collides]

    @property
    def can_merge(self) -> bool:
        return not self.collisions()


def current_values(ctx: ServiceContext, entity: str, entity_id: int) -> dict[str, object]:
    """The stored snapshot of one row of the table ``entity`` (as ConflictError.theirs holds it)."""
    model = next(
        (
            m.class_
            for m in Base.registry.mappers
            if isinstance(m.local_table, Table) and m.local_table.name == entity
        ),
        None,
    )
    if model is None:
        raise ValidationError(msg("'{entity}' is not a kind of record this database keeps.", entity=entity))
    with ctx.read() as session:
        obj = session.get(model, entity_id)
        if obj is None:
            raise NotFoundError(
                msg(
                    "The {replace} {entity_id} was deleted by someone else meanwhile.",
                    replace=entity.replace("_", " "),
                    entity_id=entity_id,
                )
            )
        return snapshot(obj)


@dataclass(frozen=True)
class Resolution:
    """What to save (``values`` against ``expected_version``) and whether it overwrites their edits."""

    choice: Choice
    values: dict[str, object]
    expected_version: int | None
    overwrites: tuple[str, ...] = ()

    @property
    def saves_nothing(self) -> bool:
        return not self.values


def resolve(conflict: Conflict, choice: Choice | str) -> Resolution:
    choice = Choice(choice)
    if choice is Choice.KEEP_THEIRS:
        return Resolution(choice, {}, None)
    edits = {
        name: value
        for name, value in conflict.my_edits().items()
        if value != conflict.theirs.get(name, _MISSING)
    }  # equal edits need no saving
    collisions = tuple(conflict.collisions())
    if choice is Choice.MERGE and collisions:
        raise ValidationError(
            msg(
                "These fields were changed both by you and by someone else, so they cannot be merged: {collisions}. Keep theirs or apply yours on top.",
                collisions=", ".join(collisions),
            )
        )
    return Resolution(
        choice, edits, conflict.their_version, collisions if choice is Choice.APPLY_MINE else ()
    )


def merged_values(conflict: Conflict, resolution: Resolution) -> dict[str, object]:
    """The row as it will be stored after the resolution (for the dialog's preview)."""
    return {**conflict.theirs, **resolution.values}


@contextmanager
def deliberate_overwrite(ctx: ServiceContext, conflict: Conflict) -> Iterator[None]:
    """Inside this block, the audit entry of a save of this record is followed by a
    ``conflict.overwrite`` entry holding their values (``Transaction.audit`` reads the note)."""
    key = (conflict.entity, conflict.entity_id)
    ctx.overwrite_notes[key] = dict(conflict.theirs)
    try:
        yield
    finally:
        ctx.overwrite_notes.pop(key, None)


def apply_resolution(
    ctx: ServiceContext,
    conflict: Conflict,
    resolution: Resolution,
    save: Callable[[dict[str, object], int | None], R],
) -> R | None:
    """Save a resolution with the editor's own service: ``save(values, expected_version)``.

    A further conflict (a third person saved meanwhile) raises ConflictError again, with fresh values.
    """
    if resolution.saves_nothing:
        return None
    if resolution.overwrites:
        with deliberate_overwrite(ctx, conflict):
            return save(resolution.values, resolution.expected_version)
    return save(resolution.values, resolution.expected_version)
