"""SQL functions the two database engines spell differently, written once for queries to use."""

from __future__ import annotations

from sqlalchemy import Integer
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.functions import FunctionElement


class days_between(FunctionElement):  # noqa: N801 - named as the SQL function it compiles to
    """Whole days from the first date to the second (negative when the second is earlier)."""

    type = Integer()
    inherit_cache = True
    name = "days_between"


@compiles(days_between)
def _days_between_subtraction(element, compiler, **kw):
    first, second = list(element.clauses)
    return f"({compiler.process(second, **kw)} - {compiler.process(first, **kw)})"


@compiles(days_between, "sqlite")
def _days_between_julian(element, compiler, **kw):
    # SQLite keeps dates as ISO text; julianday() of two dates differs by a whole number, exactly.
    first, second = list(element.clauses)
    return (
        f"CAST(julianday({compiler.process(second, **kw)}) - julianday({compiler.process(first, **kw)})"
        " AS INTEGER)"
    )


class likely(FunctionElement):  # noqa: N801 - named as the SQL function it compiles to
    """A condition the planner should take as true of most rows, so that it reads the table rather than
    reaching nearly every row through an index. SQLite (built without STAT4) keeps no distribution of a
    column's values and takes a range for a quarter of the table; PostgreSQL estimates it from its
    statistics and gets the condition bare."""

    inherit_cache = True
    name = "likely"


@compiles(likely)
def _likely_bare(element, compiler, **kw):
    (condition,) = list(element.clauses)
    return compiler.process(condition, **kw)


@compiles(likely, "sqlite")
def _likely_sqlite(element, compiler, **kw):
    (condition,) = list(element.clauses)
    return f"likely({compiler.process(condition, **kw)})"
