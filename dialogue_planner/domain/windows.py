"""Half-year (or yearly) windows that a dialogue's meetings fulfil: "2016-H1", "2016-H2", "2017".

Built from calendar halves, never by adding months to a date: ``rrule(MONTHLY, interval=6)`` from
31 December skips June.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

from dialogue_planner.domain.errors import ValidationError
from dialogue_planner.domain.limits import EARLIEST_DAY, LATEST_DAY
from dialogue_planner.domain.messages import msg

SUPPORTED_CADENCES = (1, 2)
_LABEL = re.compile(r"^\s*(\d{4})(?:\s*-\s*[Hh]([12]))?\s*$")


def _check_cadence(per_year: int) -> None:
    if per_year not in SUPPORTED_CADENCES:
        raise ValidationError(
            msg("A dialogue meets once or twice a year, not {per_year} times.", per_year=per_year)
        )


@dataclass(frozen=True, order=True)
class Window:
    """One period a meeting fulfils: a half-year (half 1 or 2) or, for yearly dialogues, a year."""

    year: int
    half: int = 0  # 0 for a whole year

    @property
    def label(self) -> str:
        return f"{self.year}-H{self.half}" if self.half else str(self.year)

    @property
    def start(self) -> date:
        return date(self.year, 7 if self.half == 2 else 1, 1)

    @property
    def end(self) -> date:
        return date(self.year, 6, 30) if self.half == 1 else date(self.year, 12, 31)

    @property
    def per_year(self) -> int:
        return 2 if self.half else 1

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    def contains(self, day: date) -> bool:
        return self.start <= day <= self.end

    def next(self) -> Window:
        if self.half == 0:
            return Window(self.year + 1)
        return Window(self.year, 2) if self.half == 1 else Window(self.year + 1, 1)

    def previous(self) -> Window:
        if self.half == 0:
            return Window(self.year - 1)
        return Window(self.year - 1, 2) if self.half == 1 else Window(self.year, 1)

    def __str__(self) -> str:
        return self.label


def window_of(day: date, per_year: int = 2) -> Window:
    """The window ``day`` falls in."""
    _check_cadence(per_year)
    if per_year == 1:
        return Window(day.year)
    return Window(day.year, 1 if day.month <= 6 else 2)


def parse_window(text: str, per_year: int | None = None) -> Window:
    """Read "2016-H1" or "2017"; with ``per_year`` the label must suit the dialogue's cadence."""
    match = _LABEL.match(text or "")
    if not match:
        raise ValidationError(
            msg("'{text}' is not a window: write it like 2016-H1, 2016-H2 or 2017.", text=text)
        )
    if not EARLIEST_DAY.year <= int(match.group(1)) <= LATEST_DAY.year:
        raise ValidationError(
            msg(
                "The window {strip} is out of range: give a year between {year} and {year2}.",
                strip=text.strip(),
                year=EARLIEST_DAY.year,
                year2=LATEST_DAY.year,
            )
        )
    window = Window(int(match.group(1)), int(match.group(2) or 0))
    if per_year is not None:
        _check_cadence(per_year)
        if window.per_year != per_year:
            example = f"{window.year}-H1" if per_year == 2 else str(window.year)
            raise ValidationError(
                msg(
                    "This dialogue meets {value} a year: write the window like {example}, not {strip}.",
                    value="twice" if per_year == 2 else "once",
                    example=example,
                    strip=text.strip(),
                )
            )
    return window


def iter_windows(first: Window) -> Iterator[Window]:
    """Endless windows from ``first`` on."""
    window = first
    while True:
        yield window
        window = window.next()


def windows_from(day: date, count: int, per_year: int = 2) -> list[Window]:
    """``count`` consecutive windows, starting with the one ``day`` falls in."""
    if count < 0:
        raise ValidationError(msg("The number of windows cannot be negative."))
    out: list[Window] = []
    for window in iter_windows(window_of(day, per_year)):
        if len(out) >= count:
            break
        out.append(window)
    return out


def windows_between(first_day: date, last_day: date, per_year: int = 2) -> list[Window]:
    """Every window from the one holding ``first_day`` to the one holding ``last_day``, inclusive."""
    last = window_of(last_day, per_year)
    out: list[Window] = []
    for window in iter_windows(window_of(first_day, per_year)):
        if window > last:
            break
        out.append(window)
    return out
