"""The quick paths of reading a roster give what the cell-by-cell paths give.

Most rows are clean already, so a block of rows is first tested whole (``_quick_block``), then any row
of a block in doubt (``already_clean``, ``_fine``), and its texts taken as its values; any doubt sends
it through the cell-by-cell cleaning and checks. These tests hold the quick answers to the slow one on
rows made to sit on every edge: spacing of every kind, invisible marks, control characters, decomposed
accents, formula apostrophes, lengths at the limits, bad emails, missing required values, short rows.
"""

from __future__ import annotations

import unicodedata
from unittest import mock

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dialogue_planner.domain.errors import ImportFileError
from dialogue_planner.interchange import roster_csv, roster_reader
from dialogue_planner.interchange.roster_cells import already_clean, clean_cell
from dialogue_planner.interchange.roster_reader import load_table, parse_table

from .helpers import csv_data

EDGY = list("ab Z.@'=+-|,;\t\r\n\x00\x1f\x7f\x85\xa0\u3000\u2002\u200b\ufeff\u2028\u202ae\u0301\u00e9张伟")
edgy_text = st.text(st.sampled_from(EDGY), max_size=10)
# Mostly spaces and letters: runs of spaces, and spaces at the ends, come often.
spaced_text = st.lists(st.sampled_from(["a", "b", " ", " ", "'", "=", "\u00e9", "e\u0301"]), max_size=8).map(
    "".join
)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.one_of(edgy_text, spaced_text, st.text(max_size=10)), max_size=6))
def test_a_row_said_clean_is_left_as_it_is_by_cleaning(cells):
    if already_clean(cells):
        assert [clean_cell(c) for c in cells] == cells


def test_ordinary_rows_are_said_clean():
    assert already_clean(
        ["CN", "MPS", "O'Brien", "Wei", "张伟", "Deputy Director", "a@b.example", "", "CN-1"]
    )
    for dirty in (["a  b"], [" a"], ["a "], ["a\tb"], ["'=1+1"], ["a\u200bb"], ["e\u0301"], ["a\xa0b"]):
        assert not already_clean(dirty), dirty


def _field(good: list[str], bad: list[str]):
    """Mostly a clean value (the quick path), else one clean or problem value, else anything."""
    return st.one_of(st.sampled_from(good), st.sampled_from(good + bad), edgy_text, spaced_text)


GOOD = {
    "Side": ["CN", "US"],
    "Agency": ["MPS", "DHS"],
    "Family name": ["Zhang", "O'Brien", "x" * 60],
    "Native name": ["张伟", "", "Zo\u00eb"],
    "Email": ["a@b.example", ""],
    "Phone": ["+86 10 1234", "1" * 60],
}
PROBLEMS = {
    "Side": ["", " CN", "XX"],
    "Agency": ["", "M  PS"],
    "Family name": ["", " Zhang", "Zhang ", "x" * 61, "x" * 121, "'=SUM(A1)", "Zh\tang"],
    "Native name": ["Zoe\u0308", "\u200b张伟", "张\u3000伟", "\x1b张"],
    "Email": ["a..b@c.example", "not-an-email", "a@b", "a@@b.example", "a@b.example\xa0"],
    "Phone": ["1" * 61, "+86  10", "\t1", "1\x7f"],
}
FIELDS = {name: _field(GOOD[name], PROBLEMS[name]) for name in GOOD}


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.fixed_dictionaries(FIELDS),
        min_size=1,
        max_size=8,
    )
)
def test_parsing_with_the_quick_path_equals_parsing_cell_by_cell(rows):
    header = list(rows[0])
    data = csv_data([[row[h] for h in header] for row in rows], header=header, delimiter=";")
    try:
        table = load_table(data, "roster.csv")
    except ImportFileError:
        return  # refused before any row is parsed
    quick = _parsed(table)
    with mock.patch.object(roster_reader, "_quick_block", lambda *_: None):
        row_by_row = _parsed(table)
        with mock.patch.object(roster_reader, "_fine", lambda *_: False):
            slow = _parsed(table)
    assert quick == row_by_row == slow


def _parsed(table):
    try:
        parsed = parse_table(table, header_row=1)
    except ImportFileError as exc:
        return exc.message
    return parsed.rows, parsed.issues


CLEAN_ROW = {
    "Side": "CN",
    "Agency": "MPS",
    "Family name": "Zhang",
    "Native name": "张伟",
    "Email": "a@b.example",
}
CLEAN_ROW["Phone"] = "+86 10 1234"


@pytest.mark.parametrize(
    ("field", "value"),
    [(field, value) for field, values in PROBLEMS.items() for value in values],
)
def test_a_row_with_one_problem_is_read_as_cell_by_cell(field, value):
    table = load_table(
        csv_data(
            [list(CLEAN_ROW.values()), list({**CLEAN_ROW, field: value}.values())],
            header=list(CLEAN_ROW),
            delimiter=";",
        ),
        "roster.csv",
    )
    quick = _parsed(table)
    with mock.patch.object(roster_reader, "_quick_block", lambda *_: None):
        assert quick == _parsed(table)
        with mock.patch.object(roster_reader, "_fine", lambda *_: False):
            assert quick == _parsed(table)
    assert quick[0][0].values == dict(
        zip(
            ("side", "agency", "family_name", "native_name", "email", "phone"),
            CLEAN_ROW.values(),
            strict=True,
        )
    )


LINE_TEXT = st.text(st.sampled_from(list('ab ,;"\r\n\t\x0b\x0c\x1c\x85\u2028')), max_size=40)


@settings(max_examples=400, deadline=None)
@given(LINE_TEXT)
def test_lines_cut_in_c_are_the_lines_cut_one_by_one(text):
    """A text no longer than a row may be is cut into lines in C: the same lines (CR LF, LF or CR only),
    and the same place for each line's start, which an unreadable row's message quotes from."""
    lines = list(roster_csv._Lines(text))
    assert list(roster_csv._lines_of(text)) == lines
    starts = [sum(map(len, lines[:k])) for k in range(len(lines) + 2)]  # the last: past the end
    assert [roster_csv._line_start(text, k + 1) for k in range(len(lines) + 2)] == starts


def test_blocks_of_many_rows_with_a_few_in_doubt_are_read_as_cell_by_cell():
    """Blocks of rows are tested together: a row in doubt sends its own block (only) row by row, at any
    place in it, and rows shorter than the header (as a workbook's rows with empty cells at the end may
    be) are read as having empty cells there."""
    header = ("Side", "Agency", "Family name", "Given name", "Email", "Notes")
    good = ("CN", "MPS", "Zhang", "Wei", "a@b.example", "x")
    doubts = {
        0: ("CN", "MPS", "Zhang ", "Wei", "a@b.example", "x"),
        499: ("CN", "MPS", "Zhang", "Wei", "a@b", "x"),
        500: ("CN", "MPS", "", "Wei", "a@b.example", "x"),
        777: ("CN", "MPS", "Zhang", "Wei"),  # short: no email, no notes
        1_001: ("CN", "MPS", "Zhang", "W\u200bei", "a@b.example", "x"),
        1_250: ("CN", "MPS", "'=1+1", "Wei", "", "x"),
        1_499: ("", "", "", "", "", "x"),  # blank in every mapped column
    }
    table = _table([header] + [doubts.get(n, good) for n in range(1_500)])
    quick, blocks = _parsed_by_blocks(table)
    assert blocks == [False, False, False]
    with (
        mock.patch.object(roster_reader, "_quick_block", lambda *_: None),
        mock.patch.object(roster_reader, "_fine", lambda *_: False),
    ):
        assert quick == _parsed(table)
    rows, blocks = _parsed_by_blocks(_table([header] + [good] * 1_200))
    assert blocks == [True, True, True] and len(rows[0]) == 1_200


def _table(rows):
    return roster_reader.RosterTable("roster.csv", "csv", tuple(enumerate(rows, 1)))


def _parsed_by_blocks(table):
    """The table parsed, and whether each block of rows was read by the quick path."""
    quick_block, read_quickly = roster_reader._quick_block, []

    def watched(block, layout):
        rows = quick_block(block, layout)
        read_quickly.append(rows is not None)
        return rows

    with mock.patch.object(roster_reader, "_quick_block", watched):
        return _parsed(table), read_quickly


@settings(max_examples=400, deadline=None)
@given(
    st.lists(
        st.text(st.sampled_from(EDGY + ["\u0301", "\u0308", "\u0327", "\u1100", "\u1161", "a"])), max_size=6
    )
)
def test_cells_are_judged_nfc_together_as_one_by_one(cells):
    """The separator composes with nothing, so the joined cells are NFC exactly when every cell is."""
    joined = "|".join(cells)
    assert unicodedata.is_normalized("NFC", joined) == all(unicodedata.is_normalized("NFC", c) for c in cells)


UNQUOTED_TEXT = st.tuples(
    st.sampled_from(["", "sep=;\r\n", "sep=,\n"]),
    st.text(st.sampled_from(list("ab ,;\t\r\n\x0b\x85")), max_size=60),
).map("".join)


@settings(max_examples=400, deadline=None)
@given(UNQUOTED_TEXT, st.sampled_from([None, ",", ";", "\t"]))
def test_a_text_without_quotes_is_read_at_once_as_line_by_line(text, delimiter):
    """A text with no quote is read by the csv module in one call: the same rows, numbered alike, as
    reading it row by row."""
    quick = _csv_rows(text, delimiter)
    with mock.patch.object(roster_csv, "_unquoted_rows", lambda *_: None):
        assert quick == _csv_rows(text, delimiter)


def _csv_rows(text, delimiter):
    try:
        return list(roster_csv.iter_csv_rows(text, delimiter))
    except ImportFileError as exc:
        return exc.message
