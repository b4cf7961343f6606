"""One operation (one transaction of the services) as the Edit menu and the command line see it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class OperationRecord:
    """``kind`` is the audit action that names the operation ("meeting.held", "agenda_item.withdrawn",
    "escalation.to_agenda" ...) and ``subject`` what it was done to (a meeting number, an item's title, a
    reference, a delegate's name), so a screen can say "Mark meeting 23 held" in its own language.
    ``undoable`` with the ``reason`` when not; ``undoes`` names the operation an undo reversed; ``entities``
    are the tables it touched (the screens that show them redraw after an undo)."""

    operation_id: str
    kind: str
    subject: str
    actor: str
    at: datetime
    undoable: bool
    reason: str = ""
    undoes: str | None = None
    entities: tuple[str, ...] = ()
