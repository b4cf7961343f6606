"""Change notification between workstations.

Every committed write bumps the one-row ``change_counter`` in the same transaction, so the bump is
saved exactly when the change is. Another process (a second workstation on PostgreSQL, or a second
program on the same SQLite file) notices by reading that row: one indexed single-row SELECT, cheap
enough to poll every second or two. On PostgreSQL the bump also sends ``NOTIFY`` on
:data:`CHANNEL` (delivered at commit, dropped on rollback), so a :class:`ChangeListener` hears it
at once without polling.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session

from .models import ChangeCounter, utcnow

CHANNEL = "dialogue_planner_changes"
COUNTER_ID = 1
_ENTITIES_LIMIT = 400


@dataclass(frozen=True)
class ChangeState:
    """What the counter said: ``value`` grows with every committed write."""

    value: int
    entities: frozenset[str]
    changed_at: datetime | None


def bump(session: Session, entities: set[str] | frozenset[str]) -> None:
    """Count one committed write (call inside the writing transaction, just before commit)."""
    names = ",".join(sorted(e for e in entities if e))[:_ENTITIES_LIMIT]
    result = session.execute(
        update(ChangeCounter)
        .where(ChangeCounter.id == COUNTER_ID)
        .values(value=ChangeCounter.value + 1, entities=names, changed_at=utcnow())
    )
    if result.rowcount == 0:  # type: ignore[attr-defined]  # an UPDATE gives a CursorResult; the stub says Result
        session.add(ChangeCounter(id=COUNTER_ID, value=1, entities=names, changed_at=utcnow()))
        session.flush()
    if session.get_bind().dialect.name == "postgresql":
        from sqlalchemy import func

        session.execute(select(func.pg_notify(CHANNEL, names)))


def read_state(session: Session) -> ChangeState:
    row = session.execute(
        select(ChangeCounter.value, ChangeCounter.entities, ChangeCounter.changed_at).where(
            ChangeCounter.id == COUNTER_ID
        )
    ).first()
    if row is None:
        return ChangeState(0, frozenset(), None)
    return ChangeState(row.value, frozenset(e for e in (row.entities or "").split(",") if e), row.changed_at)


class ChangeListener:
    """LISTEN on PostgreSQL: a socket to watch (``fileno``) and ``drain()`` for what arrived.

    Holds its own autocommit connection, separate from the pool, so a listener never sits inside
    a transaction and never blocks a writer.
    """

    def __init__(self, url: str) -> None:
        import psycopg

        u = make_url(url)
        if u.get_backend_name() != "postgresql":
            raise ValueError("LISTEN/NOTIFY needs PostgreSQL")
        params: dict[str, Any] = {
            k: v
            for k, v in {
                "host": u.host,
                "port": u.port,
                "user": u.username,
                "password": u.password,
                "dbname": u.database,
            }.items()
            if v is not None
        }
        self._conn = psycopg.connect(autocommit=True, **params)
        self._conn.execute(f"LISTEN {CHANNEL}")

    def fileno(self) -> int:
        return self._conn.fileno()

    def drain(self) -> list[str]:
        """Payloads (comma-separated entity names) received so far; never blocks."""
        return [n.payload for n in self._conn.notifies(timeout=0)]

    def wait(self, timeout: float) -> list[str]:
        """Wait up to ``timeout`` seconds for the first notification, then return all received."""
        got = [n.payload for n in self._conn.notifies(timeout=timeout, stop_after=1)]
        return got + self.drain()

    @property
    def closed(self) -> bool:
        return self._conn.closed

    def close(self) -> None:
        self._conn.close()
