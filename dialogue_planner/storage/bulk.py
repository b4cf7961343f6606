"""Many rows inserted by the driver's own executemany, below the per-row work of the ORM and of Core.

Core's executemany builds and converts every row's parameters in Python: for the 20,000 rows a
10,000-delegate roster import writes, that was most of the insert's time. :class:`BulkInsert` compiles the
statement once for the connection's dialect, converts each value with its column type's own bind
processor (so the database receives what SQLAlchemy would have sent: JSON text, UTC instants, 0 and 1
for booleans on SQLite), converts a value that every row shares once, and hands the rows to the driver.
A caller that has a JSON column's text already (made faster than ``json.dumps`` makes it, and equal to
it) names the column in ``json_text``: the text goes to the driver as it is.
Errors come back as SQLAlchemy's, as from any other statement.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager, suppress
from itertools import repeat
from operator import add, itemgetter
from typing import Any

from sqlalchemy import JSON, Connection, Table, func, insert, select, text


class BulkInsert:
    """An INSERT into ``table`` of the ``columns`` given row by row, plus the ``shared`` values in every row.

    Call it with rows of values in ``columns`` order, as many times as wanted: it is compiled once. The
    columns named in ``json_text`` (JSON columns) take each row's value as its JSON text, exactly as
    ``json.dumps`` would write the value, which is what SQLAlchemy's JSON type sends (on PostgreSQL the
    statement casts the text to JSON, which keeps it as written).
    """

    def __init__(
        self,
        connection: Connection,
        table: Table,
        columns: Sequence[str],
        shared: Mapping[str, object] | None = None,
        *,
        json_text: Collection[str] = (),
    ) -> None:
        shared = dict(shared or {})
        names = [*columns, *shared]
        dialect = connection.dialect
        # inline(): no implicit RETURNING of the key, which a single-row compile would add on PostgreSQL.
        compiled = insert(table).inline().compile(dialect=dialect, column_keys=names)
        for name in json_text:
            if name not in columns or not isinstance(table.c[name].type, JSON):
                raise ValueError(f"{name} is not a JSON column given row by row")
        processors = {
            name: None
            if name in json_text
            else table.c[name].type.dialect_impl(dialect).bind_processor(dialect)
            for name in names
        }
        self._connection, self._sql = connection, compiled.string
        self._shared = tuple(_converted(processors[name], value) for name, value in shared.items())
        self._converting = tuple(
            (i, processor) for i, name in enumerate(columns) if (processor := processors[name]) is not None
        )
        order = compiled.positiontup
        if order is None:  # named parameters (psycopg): one dict a row
            self._arrange: Callable[[tuple], Any] = lambda values: dict(zip(names, values, strict=True))
        elif list(order) == names:
            self._arrange = _as_is
        else:
            positions = [names.index(name) for name in order]
            pick = itemgetter(*positions)
            self._arrange = pick if len(positions) > 1 else lambda values: (pick(values),)

    def __call__(self, rows: Iterable[Sequence[object]]) -> int:
        """Insert the rows; how many there were."""
        shared, converting, arrange = self._shared, self._converting, self._arrange
        if converting:
            parameters = [arrange((*_convert_row(row, converting), *shared)) for row in rows]
        elif arrange is _as_is:  # each row and the shared values joined in C
            parameters = list(map(add, map(tuple, rows), repeat(shared)))
        else:
            parameters = [arrange((*row, *shared)) for row in rows]
        if parameters:
            self._connection.exec_driver_sql(self._sql, parameters)
        return len(parameters)


def _as_is(values: tuple) -> tuple:
    return values


def _converted(processor: Callable[[Any], Any] | None, value: object) -> object:
    return value if processor is None else processor(value)


def _convert_row(row: Sequence[object], converting: tuple[tuple[int, Callable[[Any], Any]], ...]) -> list:
    values = list(row)
    for i, processor in converting:
        values[i] = processor(values[i])
    return values


def next_ids(connection: Connection, table: Table, count: int) -> list[int]:
    """The ids ``count`` new rows of ``table`` get, in increasing order, taken before inserting them.

    On SQLite, inside the write transaction that inserts them (it holds the only write lock), the ones
    after the largest, as SQLite itself would number them; on PostgreSQL, drawn from the key's sequence,
    as the column's default would draw them.
    """
    if count <= 0:
        return []
    (key,) = table.primary_key.columns
    if connection.dialect.name == "sqlite":
        top = connection.execute(select(func.max(key))).scalar() or 0
        return list(range(top + 1, top + 1 + count))
    sequence = connection.execute(
        text("SELECT pg_get_serial_sequence(:table, :column)"), {"table": table.name, "column": key.name}
    ).scalar_one()
    drawn = connection.execute(
        text("SELECT nextval(CAST(:sequence AS regclass)) FROM generate_series(1, :count)"),
        {"sequence": sequence, "count": count},
    )
    return sorted(drawn.scalars())


@contextmanager
def pages_held_until_commit(connection: Connection, most_kib: int = 64 * 1024) -> Iterator[None]:
    """On SQLite, the pages the block changes stay in the connection's page cache (up to ``most_kib``)
    instead of going to the write-ahead log as the cache fills (2 MB by default), so the transaction
    writes them once, at its commit. A roster import of 10,000 rows changes about 8 MB while its backup
    copies and flushes the database file beside it; its writes to the log in the meantime waited for
    that copy. The connection's own threshold is set back when the block ends (the pages then go as at
    any commit). Nothing changes on PostgreSQL.
    """
    if connection.dialect.name != "sqlite":
        yield
        return
    raw = connection.connection.dbapi_connection
    if raw is None:  # a connection SQLAlchemy has let go of: nothing to hold
        yield
        return
    (before,) = raw.execute("PRAGMA cache_spill").fetchone()
    raw.execute(f"PRAGMA cache_spill = {-int(most_kib)}")
    try:
        yield
    finally:
        with suppress(sqlite3.Error):  # the block's own error is the one to report
            raw.execute(f"PRAGMA cache_spill = {int(before)}")
