"""Command lines for the fuzz suite, built from the parser itself.

Every leaf command of ``build_parser()`` is found by walking the argparse tree, so a command added later
is fuzzed without anyone listing it. Each argument gets values by what it is: its choices, what its name
says it holds (a side, a reference, a time zone ...) or its type (dates, numbers, times, paths). Each
argument also has a short list of its very worst values, which a sweep tries one argument at a time
while the others hold values that suit them, so a bad value always gets past the parser to the rule that
must refuse it.
"""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from hypothesis import strategies as st

from dialogue_planner.cli.framework import date_arg, datetime_arg, positive_int


# -- the parser tree ------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Command:
    """A leaf command: its words (``("meetings", "add")``), its parser and the arguments to fuzz."""

    words: tuple[str, ...]
    parser: argparse.ArgumentParser

    @property
    def name(self) -> str:
        return " ".join(self.words)

    @property
    def arguments(self) -> list[argparse.Action]:
        skipped = (argparse._HelpAction, argparse._VersionAction, argparse._SubParsersAction)
        return [a for a in self.parser._actions if not isinstance(a, skipped)]


def leaf_commands(parser: argparse.ArgumentParser, words: tuple[str, ...] = ()) -> Iterator[Command]:
    subparsers = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    if not subparsers:
        yield Command(words, parser)
        return
    if words and parser.get_default("handler") is not None:  # a command with sub-commands too ("brief")
        yield Command(words, parser)
    for action in subparsers:
        for name, sub in action.choices.items():
            yield from leaf_commands(sub, (*words, name))


# -- the worst values -------------------------------------------------------------------------------------
NASTY_TEXT = (
    "",
    " ",
    "\n",
    "x\ny",
    "first\r\nsecond",
    "\t",
    "\x1b[31mred\x1b[0m",
    "\x1b]0;title\x07",
    "\x1b[2J",
    "\x00",
    "a\x00b",
    "\x7f",
    "\x85",
    "a\u202eb",
    "\u2028",
    "caf\udce9",
    "x" * 600,
    "y" * 30_000,
    "'; DROP TABLE meeting; --",
    "=1+1",
    "%s%n%d",
    "{0}{}",
    "<b>bold</b> & AT&T",
    "名" * 300,
    "-",
    "--",
    "@",
)
WORST_TEXT = ("x\ny", "\x1b[31mred\x1b[0m", "a\x00b", "y" * 30_000, "")
OVERFLOWING = ("9223372036854775808", "-9223372036854775809", "2147483648", "1" + "0" * 100)
NASTY_NUMBERS = (
    *OVERFLOWING,
    "0",
    "-1",
    "1",
    "2",
    "3",
    "2147483647",
    "-2147483648",
    "-2147483649",
    "4294967296",
    "9223372036854775807",
    "-9223372036854775808",
    "18446744073709551616",
    "9" * 5000,
    "1e3",
    "0x1f",
    "",
    " 3 ",
    "٣",
    "³",
    "NaN",
    "inf",
    "3.5",
)
WORST_DATES = ("0001-01-01", "9999-12-31", "1899-12-31", "2101-01-01")
NASTY_DATES = (
    *WORST_DATES,
    "1989-12-31",
    "1990-01-01",
    "2100-12-31",
    "2016-02-30",
    "2016-13-01",
    "20160614",
    "2016-W24-2",
    "",
    "today",
    "2016-06-14\n",
    "2016-06-14T09:00",
)
GOOD_INSTANTS = ("2016-03-01T14:30", "2016-03-01 14:30+08:00", "2016-03-01T14:30Z")
WORST_INSTANTS = ("0001-01-01T00:00+05:00", "9999-12-31T23:59-12:00", "0001-01-01T00:00")
NASTY_INSTANTS = (
    *WORST_INSTANTS,
    "9999-12-31T23:59",
    "1990-01-01T00:00+14:00",
    "2100-12-31T23:59-14:00",
    "2016-03-01T25:00",
    "2016-03-13T02:30",
    "2016-03-01T14:30+25:00",
    "",
    "now",
)
GOOD_TIMES = ("09:30", "17:00", "00:00")
NASTY_TIMES = ("23:59:59.999999", "24:00", "25:61", "9:30", "", "noon", "09:30+05:00", "09:30\n")
GOOD_ZONES = ("Asia/Shanghai", "America/New_York", "UTC", "Europe/London")
WORST_ZONES = ("z" * 300, "../../../../etc/passwd", "Asia/Shanghai\x00")
NASTY_ZONES = (
    *WORST_ZONES,
    "Nowhere/Town",
    "/etc/localtime",
    "Asia/Shanghai\n",
    " UTC",
    "posixrules",
    "Factory",
    "Asia",
    "zoneinfo",
)
GOOD_WINDOWS = ("2016-H1", "2016-H2", "auto")
NASTY_WINDOWS = ("0000-H1", "9999-H2", "1899", "2101-H1", "2016-H3", "", "2016-h1", "2016-H1\n", "2017")
NASTY_SIZES = ("99999x99999", "2147483648x900", "1x1", "x", "1200X800", "-5x-5", "1e4x900", "")
NEW_PATHS = ("out.csv", "out.xlsx", "out.ics", "out.pdf", "out.sqlite", "new-folder/deeper/out.csv")
ODD_PATHS = (
    "p" * 300,
    "bad\nname.csv",
    "folder",
    "-",
    "",
    ".",
    "missing.csv",
    "folder/",
    "\x1b[31m.csv",
    "garbage.bin/child.csv",
)


@dataclass(frozen=True)
class Vocabulary:
    """Values the database under test really holds, so that commands also succeed now and then."""

    request_references: tuple[str, ...] = ("US-2016-0001",)
    escalation_references: tuple[str, ...] = ("HL-2016-001",)
    delegate_keys: tuple[str, ...] = ("1",)
    agencies: tuple[str, ...] = ("FBI", "MPS", "US:FBI", "CN:MPS")
    logins: tuple[str, ...] = ("tester",)
    open_meetings: tuple[str, ...] = ("25",)
    item_ids: tuple[str, ...] = ("1",)
    files: tuple[str, ...] = ("roster.csv",)
    sides: tuple[str, ...] = ("US", "CN")
    words: dict[str, tuple[str, ...]] = field(default_factory=dict)


def any_text() -> st.SearchStrategy[str]:
    return st.one_of(
        st.text(max_size=30),
        st.text(alphabet=st.characters(min_codepoint=0, max_codepoint=0x9F), max_size=12),
        st.text(alphabet=st.characters(categories=["Cc", "Cs", "Zl", "Zp", "Cf"]), min_size=1, max_size=6),
    )


PLAIN_TEXT = st.text(
    alphabet=st.characters(categories=["L", "N", "Zs"], max_codepoint=0x9FFF), min_size=1, max_size=24
).filter(str.strip)


@dataclass(frozen=True)
class Values:
    """What one argument takes: values that suit it (``default`` the plainest), the worst ones for the
    sweep, and a strategy of bad values for the random examples."""

    default: str
    good: st.SearchStrategy[str]
    worst: tuple[str, ...]
    bad: st.SearchStrategy[str]


def _listed(good, worst=WORST_TEXT, more=NASTY_TEXT) -> Values:
    good = tuple(good)
    return Values(
        good[0],
        st.sampled_from(good),
        tuple(worst),
        st.one_of(st.sampled_from(tuple(worst)), st.sampled_from(tuple(more)), any_text()),
    )


def _by_name(action: argparse.Action, v: Vocabulary, group: str) -> Values | None:
    """What an argument holds, by its name (and the command group: a reference of ``escalations``)."""
    sides = ("ZZ", "us", "US:FBI")
    references = v.escalation_references if group == "escalations" else v.request_references
    known: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
        "reference": (
            references,
            ("US-2016-99999999999999999999", "HL-2016-999999999999999999999", "x\ny", "a\x00b"),
        ),
        "about": (v.request_references, ("US-2016-99999999999999999999", "a\x00b")),
        "request": (v.request_references, ("US-2016-99999999999999999999", "a\x00b")),
        "escalation": (v.escalation_references, ("HL-2016-999999999999999999999", "a\x00b", "x\ny")),
        "delegate": (v.delegate_keys, ("99999999999999999999", "²", "a\x00b", "x\ny")),
        "represented_by": (v.delegate_keys, ("99999999999999999999", "²", "a\x00b")),
        "copy_for": (v.delegate_keys, ("99999999999999999999", "a\x00b")),
        "lead": (v.delegate_keys, ("99999999999999999999", "a\x00b", "x\ny")),
        "owner_person": (v.delegate_keys, ("99999999999999999999", "²", "a\x00b", "x\ny")),
        "participant": (v.delegate_keys, ("99999999999999999999", "a\x00b", "x\ny")),
        "remove_participant": (v.delegate_keys, ("99999999999999999999", "a\x00b")),
        "name": (v.logins, ("\x1b[31mevil", "x\ny", "a\x00b", "x" * 121)),
        "time_zone": (GOOD_ZONES, WORST_ZONES),
        "window": (GOOD_WINDOWS, ("0000-H1", "9999-H2", "x\ny")),
        "at": (GOOD_INSTANTS, WORST_INSTANTS),
        "size": (("1280x860",), ("99999x99999", "2147483648x900")),
    }
    for dest in ("dialogue", "code", "successor"):  # dialogue codes (issue 16)
        known[dest] = (("CYBERCRIME", "cybercrime", "LECD"), ("NOPE", "a\x00b", "x\ny", "C" * 400, "1ABC"))
    for dest in ("from_side", "to_side", "side", "host", "owner"):
        known[dest] = (v.sides[::-1] if dest == "to_side" else v.sides, (*sides, "a\x00b", "x\ny"))
    if action.type is positive_int:  # a meeting number, else an id: good ones exist in the database
        good = v.open_meetings if action.dest in ("meeting", "number") else v.item_ids
        return Values(
            good[0],
            st.one_of(st.sampled_from(good), st.integers(1, 30).map(str)),
            OVERFLOWING,
            st.one_of(
                st.sampled_from(OVERFLOWING), st.sampled_from(NASTY_NUMBERS), st.integers(-5, 5000).map(str)
            ),
        )
    for dest in ("agency", "to_agency", "owner_agency", "into", "parent"):
        known[dest] = (v.agencies, ("XX:FBI", "a\x00b", "\x1b[31mFBI", "F" * 400))
    more = {"time_zone": NASTY_ZONES, "window": NASTY_WINDOWS, "at": NASTY_INSTANTS, "size": NASTY_SIZES}
    if action.dest in known:
        good, worst = known[action.dest]
        return _listed(good, worst, more.get(action.dest, NASTY_TEXT))
    from dialogue_planner.domain.vocabulary import ActivityKind, CommitmentStatus

    if group == "activities" and action.dest == "kind":
        return _listed((*ActivityKind.values(), "tabletop exercise"), ("party", "x\ny", "a\x00b"))
    if group == "commitments" and action.dest == "status":
        return _listed((*CommitmentStatus.values(), "in progress"), ("finished", "x\ny", "a\x00b"))
    if action.dest in v.words:
        return _listed(v.words[action.dest])
    return None


def values_of(action: argparse.Action, v: Vocabulary, group: str = "") -> Values:
    if action.choices is not None:
        choices = tuple(str(c) for c in action.choices)
        return Values(
            choices[0], st.sampled_from(choices), ("x\ny", "emperor"), st.sampled_from(NASTY_TEXT[:12])
        )
    if action.type is Path or action.dest in ("file", "out", "dir"):
        good = (*v.files, *NEW_PATHS)
        return Values(good[0], st.sampled_from(good), ODD_PATHS[:3], st.sampled_from(ODD_PATHS))
    named = _by_name(action, v, group)
    if named is not None:
        return named
    if action.type is date_arg:
        return Values(
            "2016-06-14",
            st.dates(date(2014, 6, 1), date(2018, 12, 31)).map(date.isoformat),
            WORST_DATES,
            st.one_of(st.sampled_from(NASTY_DATES), st.dates().map(date.isoformat)),
        )
    if action.type is datetime_arg:
        return _listed(GOOD_INSTANTS, WORST_INSTANTS, NASTY_INSTANTS)
    if action.type is positive_int or getattr(action.type, "__qualname__", "").startswith("whole_number"):
        return Values(
            "3",
            st.integers(1, 30).map(str),
            OVERFLOWING,
            st.one_of(
                st.sampled_from(OVERFLOWING), st.sampled_from(NASTY_NUMBERS), st.integers(-5, 5000).map(str)
            ),
        )
    if getattr(action.type, "__name__", "") == "time_arg":
        return _listed(GOOD_TIMES, ("24:00", "25:61"), NASTY_TIMES)
    return Values("plain words", PLAIN_TEXT, WORST_TEXT, st.one_of(st.sampled_from(NASTY_TEXT), any_text()))


# -- command lines ------------------------------------------------------------------------------------------
def _option(action: argparse.Action) -> str | None:
    return action.option_strings[-1] if action.option_strings else None


def _is_flag(action: argparse.Action) -> bool:
    flags = (argparse._StoreTrueAction, argparse._StoreFalseAction, argparse._StoreConstAction)
    return isinstance(action, flags)


def words_for(action: argparse.Action, values: list[str]) -> list[str]:
    """How ``values`` of ``action`` are typed: ``--opt v``, ``--opt v1 --opt v2`` or ``v1 v2``."""
    option = _option(action)
    if _is_flag(action):
        return [option]
    if isinstance(action, argparse._AppendAction):
        return [part for value in values for part in (option, value)]
    if action.nargs in ("+", "*"):
        return ([option] if option else []) + values
    return [option, values[0]] if option else [values[0]]


def _needed(action: argparse.Action) -> bool:
    return action.required or not action.option_strings


def sweep(command: Command, v: Vocabulary) -> list[list[str]]:
    """One command line per worst value of each argument, the other needed arguments at their plainest."""
    actions = command.arguments
    group = command.words[0]
    base = {i: words_for(a, [values_of(a, v, group).default]) for i, a in enumerate(actions) if _needed(a)}
    lines = []
    for index, action in enumerate(actions):
        if _is_flag(action):
            continue
        for worst in values_of(action, v, group).worst:
            parts = dict(base)
            parts[index] = words_for(action, [worst])
            lines.append([word for i in sorted(parts) for word in parts[i]])
    return lines


@st.composite
def arguments_of(draw, command: Command, v: Vocabulary) -> list[str]:
    """The arguments after the command words: one or two arguments attacked with bad values while the
    others get values that suit them; now and then a needed argument is left out, for the usage error."""
    actions = command.arguments
    attacked = draw(st.sets(st.sampled_from(range(len(actions))), max_size=2)) if actions else set()
    words: list[str] = []
    for index, action in enumerate(actions):
        values = values_of(action, v, command.words[0])
        if index in attacked:
            include = not _needed(action) or draw(st.integers(0, 9)) > 0
            strategy = st.one_of(values.bad, values.bad, values.good)
        else:
            include = draw(st.booleans()) if not _needed(action) else draw(st.integers(0, 29)) > 0
            strategy = values.good
        if include:
            many = action.nargs in ("+", "*") or isinstance(action, argparse._AppendAction)
            chosen = draw(st.lists(strategy, min_size=1, max_size=3)) if many else [draw(strategy)]
            words.extend(words_for(action, chosen))
    return words
