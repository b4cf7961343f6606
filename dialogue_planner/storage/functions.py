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
