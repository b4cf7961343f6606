"""The Edit menu's Undo and Redo: this workstation's changes, newest last, named in the user's language.

The services do the work (``services.undo``: an undo is the reversal of an audited operation, a redo the
reversal of that undo). This list only remembers which operations this workstation made: whenever a page
announces a change (``AppContext.changed``), the newest operation the service context committed
(``ctx.last_operation``) is described and, when it can be undone, put on top.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal, Slot

from dialogue_planner.domain.errors import DatabaseError, DialogueError
from dialogue_planner.domain.operations import OperationRecord
from dialogue_planner.services.undo import describe_operation, undo_operation

LIMIT = 100
SUBJECT_CHARS = 40


@dataclass(frozen=True)
class UndoEntry:
    """An operation as it now stands (after a redo, the redo's id) and what to call it."""

    operation_id: str
    text: str
    entities: tuple[str, ...]


class UndoHistory(QObject):
    """``changed()`` when what Undo and Redo would do changed; ``done(message)`` after one of them."""

    changed = Signal()
    done = Signal(str)

    def __init__(self, app, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.undo_entries: list[UndoEntry] = []
        self.redo_entries: list[UndoEntry] = []
        self._seen = app.ctx.last_operation  # what was done before the window opened is not ours to undo
        app.data_changed.connect(self._note_change)

    # -- what Undo and Redo would do ---------------------------------------------------------------
    def undo_text(self) -> str:
        return self.undo_entries[-1].text if self.undo_entries else ""

    def redo_text(self) -> str:
        return self.redo_entries[-1].text if self.redo_entries else ""

    def describe(self, record: OperationRecord) -> str:
        """ "Mark meeting 23 held", "Withdraw “Cyber norms”" ..."""
        subject = record.subject
        if len(subject) > SUBJECT_CHARS:  # a long title is cut at a word where it has words
            cut = subject[: SUBJECT_CHARS - 1]
            subject = (cut[: cut.rfind(" ")] if " " in cut else cut).rstrip(" ,;:") + "…"
        texts = {
            "meeting.held": self.tr("Mark meeting {0} held"),
            "meeting.close": self.tr("Close meeting {0} and carry over"),
            "meeting.cancelled": self.tr("Cancel meeting {0}"),
            "meeting.postponed": self.tr("Postpone meeting {0}"),
            "meeting.confirmed": self.tr("Confirm meeting {0}"),
            "meeting.planned": self.tr("Reinstate meeting {0}"),
            "meeting.update": self.tr("Edit meeting {0}"),
            "meeting.add": self.tr("Add meeting {0}"),
            "agenda_item.add": self.tr("Add agenda item “{0}”"),
            "agenda_item.edit": self.tr("Edit “{0}”"),
            "agenda_item.open": self.tr("Reopen “{0}”"),
            "agenda_item.discussed": self.tr("Mark “{0}” discussed"),
            "agenda_item.resolved": self.tr("Resolve “{0}”"),
            "agenda_item.withdrawn": self.tr("Withdraw “{0}”"),
            "agenda_item.move": self.tr("Move “{0}”"),
            "action_item.add": self.tr("Add action item “{0}”"),
            "action_item.edit": self.tr("Edit action item “{0}”"),
            "action_item.delete": self.tr("Delete action item “{0}”"),
            "request.add": self.tr("Log request {0}"),
            "request.edit": self.tr("Edit request {0}"),
            "request.respond": self.tr("Record a response to {0}"),
            "request.status": self.tr("Update request {0}"),
            "escalation.add": self.tr("Log escalation {0}"),
            "escalation.to_agenda": self.tr("Put {0} on the agenda"),
            "escalation.acknowledged": self.tr("Acknowledge {0}"),
            "escalation.resolved": self.tr("Resolve {0}"),
            "escalation.closed": self.tr("Close {0}"),
            "escalation.open": self.tr("Reopen {0}"),
            "delegate.add": self.tr("Add delegate {0}"),
            "delegate.update": self.tr("Edit delegate {0}"),
            "delegate.deactivate": self.tr("Deactivate {0}"),
            "delegate.reactivate": self.tr("Reactivate {0}"),
            "delegation.add": self.tr("Add {0} to a delegation"),
            "delegation.update": self.tr("Change {0} in a delegation"),
            "delegation.remove": self.tr("Take {0} off a delegation"),
            "blackout.add": self.tr("Add blackout “{0}”"),
            "blackout.remove": self.tr("Remove blackout “{0}”"),
        }
        return texts.get(record.kind, self.tr("Change")).format(subject)

    # -- following this workstation's changes ------------------------------------------------------
    @Slot(object)
    def _note_change(self, _areas) -> None:
        operation = self.app.ctx.last_operation
        if operation is None or operation == self._seen:
            return  # a change from another workstation, or one already noted
        self._seen = operation
        self.app.ops.run(
            describe_operation,
            self.app.ctx,
            operation,
            on_done=lambda record: self._noted(operation, record),
            on_error=lambda exc: isinstance(exc, DialogueError),
        )  # the database went away meanwhile

    def _noted(self, operation: int, record) -> None:
        self.redo_entries.clear()  # a new change ends what could be redone
        if record.undoable:
            self.undo_entries.append(UndoEntry(operation, self.describe(record), record.entities))
            del self.undo_entries[:-LIMIT]
        self.changed.emit()

    # -- undoing and redoing -----------------------------------------------------------------------
    @Slot()
    def undo(self) -> None:
        self._reverse(self.undo_entries, self.redo_entries, self.tr("Undone: {0}"))

    @Slot()
    def redo(self) -> None:
        self._reverse(self.redo_entries, self.undo_entries, self.tr("Redone: {0}"))

    def _reverse(self, source: list[UndoEntry], target: list[UndoEntry], message: str) -> None:
        if not source:
            return
        entry = source.pop()

        def refused(exc: BaseException) -> bool:
            if isinstance(exc, DatabaseError):  # locked or unreachable: it may work in a moment
                source.append(entry)
            else:  # refused (changed since) or a bug: it leaves the list
                self.changed.emit()
            return False  # either way the one error path shows it

        self.app.ops.run(
            undo_operation,
            self.app.ctx,
            entry.operation_id,
            on_error=refused,
            on_done=lambda reversed_as: self._reversed(entry, reversed_as, target, message),
        )

    def _reversed(self, entry: UndoEntry, reversed_as, target: list[UndoEntry], message: str) -> None:
        self._seen = reversed_as
        target.append(UndoEntry(reversed_as, entry.text, entry.entities))
        self.changed.emit()
        self.app.changed(*entry.entities)
        self.done.emit(message.format(entry.text))
