"""A dialogue's life: its code, its cadence over time, its end and its successor.

**Cadence history.** A dialogue meets ``base`` times a year from its establishment; each
:class:`CadenceStep` changes that from a date on. Windows follow one another without gap or overlap: the
window after one that ends takes the cadence of the latest step whose first window (the window of the new
cadence holding the step's date) has begun by then, except that a yearly window only begins on 1 January
(until then the windows stay half-years). So moving from twice to once a year on 2017-03-01
gives ... 2016-H1, 2016-H2, 2017, 2018; moving back to twice a year on 2019-09-01 gives ... 2018, 2019,
2020-H1 (the year under way finishes first).

**The end.** A dialogue that ended on a day has no window starting after it; the window holding that day
counts only the part up to it (:func:`window_end`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from dialogue_planner.domain.errors import ValidationError
from dialogue_planner.domain.messages import msg
from dialogue_planner.domain.windows import SUPPORTED_CADENCES, Window, parse_window, window_of

CODE_MAX = 32
_CODE = re.compile(r"^[A-Z][A-Z0-9_-]*$")


def check_code(value: str | None) -> str:
    """A dialogue's code as stored: upper case, a letter first, then letters, digits, '-' or '_'."""
    text = ("" if value is None else str(value)).strip().upper()
    if not text:
        raise ValidationError(msg("Give the dialogue a code, e.g. CYBERCRIME or LECD."))
    if len(text) > CODE_MAX:
        raise ValidationError(
            msg(
                "A dialogue's code has at most {code_max} characters; '{value}…' is longer.",
                code_max=CODE_MAX,
                value=text[:40],
            )
        )
    if not _CODE.match(text):
        raise ValidationError(
            msg(
                "'{text}' is not a usable dialogue code: start with a letter and use only letters, digits, '-' and '_', e.g. LECD.",
                text=text,
            )
        )
    return text


def check_per_year(value: int) -> int:
    if value not in SUPPORTED_CADENCES:
        raise ValidationError(msg("A dialogue meets once or twice a year, not {value} times.", value=value))
    return value


@dataclass(frozen=True, order=True)
class CadenceStep:
    """From ``from_on`` on, the dialogue meets ``per_year`` times a year."""

    from_on: date
    per_year: int


def _steps(base: int, established_on: date, steps: Sequence[CadenceStep]) -> list[CadenceStep]:
    """The cadence from the establishment on, as steps; a step on or before the establishment replaces it."""
    out = [CadenceStep(established_on, base)]
    for step in sorted(steps):
        if step.from_on <= established_on:
            out[0] = CadenceStep(established_on, step.per_year)
        else:
            out.append(step)
    return out


def cadence_on(day: date, *, base: int, established_on: date, steps: Sequence[CadenceStep] = ()) -> int:
    """How many times a year the dialogue meets on ``day``."""
    per_year = base
    for step in _steps(base, established_on, steps):
        if step.from_on <= day:
            per_year = step.per_year
    return per_year


def iter_life_windows(
    *, base: int, established_on: date, steps: Sequence[CadenceStep] = ()
) -> Iterator[Window]:
    """The dialogue's windows from its establishment on, endless, one after another without gap or overlap,
    following its cadence history (see the module note)."""
    ordered = _steps(base, established_on, steps)
    starts = [(window_of(s.from_on, s.per_year).start, s.per_year) for s in ordered]

    def per_year_at(day: date) -> int:
        return [per_year for first, per_year in starts if first <= day][-1]

    window = window_of(established_on, ordered[0].per_year)
    while True:
        yield window
        following = window.end + timedelta(days=1)
        window = window_of(following, per_year_at(following))
        if window.start < following:  # a year already under way: half-years until the next 1 January
            window = window_of(following, 2)


def life_windows(
    *, base: int, established_on: date, last_day: date, steps: Sequence[CadenceStep] = ()
) -> list[Window]:
    """The windows from the establishment to the one holding ``last_day`` (inclusive)."""
    out: list[Window] = []
    for window in iter_life_windows(base=base, established_on=established_on, steps=steps):
        if window.start > last_day:
            break
        out.append(window)
    return out


def window_end(window: Window, ended_on: date | None) -> date:
    """The last day of ``window`` that counts: the dialogue's end when it ended inside the window."""
    if ended_on is not None and window.start <= ended_on < window.end:
        return ended_on
    return window.end


def assign_window(label: str, start: date, windows: Sequence[Window], per_year: int) -> Window:
    """The window a meeting fulfils: its label when that names one of ``windows``, else the one of
    ``windows`` holding its date, else the window of ``per_year`` holding its date."""
    for cadence in (per_year, *(c for c in SUPPORTED_CADENCES if c != per_year)):
        try:
            named = parse_window(label, cadence)
        except ValidationError:
            continue
        if named in windows:
            return named
    holding = next((w for w in windows if w.contains(start)), None)
    return holding or window_of(start, per_year)


def successor_cycle(chain: dict[int, int | None], dialogue: int, successor: int) -> list[int] | None:
    """The cycle that naming ``successor`` as ``dialogue``'s successor would close (ids, from
    ``dialogue`` back to it), or None. ``chain`` maps each dialogue to its successor as stored."""
    path = [dialogue]
    current: int | None = successor
    seen = {dialogue}
    while current is not None:
        path.append(current)
        if current in seen:
            return path if current == dialogue else None
        seen.add(current)
        current = chain.get(current)
    return None


@dataclass(frozen=True)
class DialogueSummary:
    """One dialogue as ``dialogues list`` and the window's switcher show it."""

    id: int
    code: str
    name_en: str
    name_zh: str
    established_on: date
    ended_on: date | None
    successor: str | None  # the successor's code
    meetings_per_year: int  # the cadence in force today (or on the day it ended)
    current: bool  # the dialogue this session works on
    first_meeting_deadline: date | None = None
    cadence: tuple[CadenceStep, ...] = ()


@dataclass(frozen=True)
class HandOverItem:
    """An open agenda item passed on: where it is, what it is, and its open action items (commitments)."""

    item_id: int
    meeting: int
    title: str
    open_actions: int


@dataclass(frozen=True)
class HandOver:
    """What passes from an ended dialogue to its successor; ``applied`` False for the listing alone."""

    from_code: str
    to_code: str
    target_meeting: int | None  # the successor's meeting the agenda items go to
    agenda_items: tuple[HandOverItem, ...]
    requests: tuple[str, ...]  # references
    escalations: tuple[str, ...]
    applied: bool = False

    @property
    def empty(self) -> bool:
        return not (self.agenda_items or self.requests or self.escalations)


def check_end(*, code: str, established_on: date, on: date, last_held: tuple[int, date] | None) -> None:
    """An end date a dialogue can take: not before its establishment nor its last held meeting's end."""
    if on < established_on:
        raise ValidationError(
            msg(
                "{code} was established on {established_on}: it cannot end before that ({on}).",
                code=code,
                established_on=established_on.isoformat(),
                on=on.isoformat(),
            )
        )
    if last_held is not None and on < last_held[1]:
        raise ValidationError(
            msg(
                "{code} held its meeting {value} on {value2}: end it on or after that day, not {on}.",
                code=code,
                value=last_held[0],
                value2=last_held[1].isoformat(),
                on=on.isoformat(),
            )
        )
