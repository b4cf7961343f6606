"""A stored value as a table cell shows it: a dash for nothing, a word or sign for yes and no."""

from __future__ import annotations


def show_value(value, *, yes: str = "✓", no: str = "✗") -> str:
    if value is None or value == "":
        return "—"
    if isinstance(value, bool):
        return yes if value else no
    return str(value)
