"""Proof that a SQLite database is as it was, without reading it again.

SQLite's ``PRAGMA data_version`` changes when any other connection commits (another process, another
workstation, the sqlite3 shell), and a connection's ``total_changes`` grows with every row it writes
itself. Two marks taken on the same connection with the same values therefore prove that nobody wrote
anything in between. Taken inside a transaction, the pragma reads that transaction's snapshot (it begins
it when nothing else has), so the mark describes the rows the transaction reads.

PostgreSQL has no such cheap proof: there the mark is None, and a caller compares what it reads.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection

_CONNECTION_TOKEN = "dialogue_planner.data_mark.connection"


@dataclass(frozen=True)
class DataMark:
    """Where a connection's view of the database stood."""

    connection: object  # a token for the driver's connection: the pool clears it when that connection goes
    version: int
    changes: int


def data_mark(connection: Connection) -> DataMark | None:
    """The database's mark as ``connection``'s transaction sees it; None where there is none (PostgreSQL).

    Equal marks mean the database has not changed between them."""
    if connection.dialect.name != "sqlite":
        return None
    # ``info`` lives as long as the driver's connection and is cleared when the pool replaces it, so the
    # token names this very connection (data_version and total_changes mean nothing across connections).
    token = connection.info.setdefault(_CONNECTION_TOKEN, object())
    driver = connection.connection.dbapi_connection
    version = connection.exec_driver_sql("PRAGMA data_version").scalar_one()
    return DataMark(token, int(version), driver.total_changes)  # type: ignore[union-attr]
