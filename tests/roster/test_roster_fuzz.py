"""Fuzzing the reader: arbitrary bytes and Unicode give rows or a clear ImportFileError, never a crash."""

from __future__ import annotations

import io

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook

from dialogue_planner.domain.errors import ImportFileError
from dialogue_planner.interchange.roster_reader import read_roster

HEADER = "Side,Agency,Family name,Email\r\n"
FUZZ = settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _read_or_clear_error(data: bytes, name: str = "roster.csv"):
    try:
        parsed = read_roster(data, name)
    except ImportFileError as exc:
        assert str(exc).strip()
        return None
    for issue in parsed.issues:
        assert issue.row >= 1 and issue.message
    return parsed


@FUZZ
@given(st.binary(max_size=600))
def test_arbitrary_bytes(data):
    _read_or_clear_error(data)


@FUZZ
@given(st.binary(max_size=400))
def test_arbitrary_bytes_after_a_valid_header(data):
    _read_or_clear_error(HEADER.encode() + data)


@FUZZ
@given(st.text(max_size=300), st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "gb18030"]))
def test_arbitrary_unicode_after_a_valid_header(text, encoding):
    try:
        data = (HEADER + text).encode(encoding)
    except UnicodeEncodeError:  # lone surrogates cannot be written in any encoding
        return
    parsed = _read_or_clear_error(data)
    if parsed is not None:
        for row in parsed.rows:
            assert all(isinstance(v, str) for v in row.values.values())


@FUZZ
@given(
    st.lists(
        st.lists(
            st.one_of(
                st.text(max_size=20), st.integers(), st.floats(allow_nan=True), st.none(), st.booleans()
            ),
            max_size=6,
        ),
        max_size=6,
    )
)
def test_arbitrary_xlsx_cells(rows):
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["Side", "Agency", "Family name", "Phone"])
    for row in rows:
        sheet.append([ILLEGAL_CHARACTERS_RE.sub("", v) if isinstance(v, str) else v for v in row])
    buffer = io.BytesIO()
    workbook.save(buffer)
    _read_or_clear_error(buffer.getvalue(), "roster.xlsx")


@FUZZ
@given(st.binary(min_size=1, max_size=300))
def test_corrupted_xlsx(noise):
    workbook = Workbook()
    workbook.active.append(["Side", "Agency", "Family name"])
    workbook.active.append(["CN", "MPS", "Zhang"])
    buffer = io.BytesIO()
    workbook.save(buffer)
    data = bytearray(buffer.getvalue())
    start = len(data) // 3
    data[start : start + len(noise)] = noise
    _read_or_clear_error(bytes(data), "roster.xlsx")


@FUZZ
@given(
    st.lists(
        st.lists(
            st.one_of(
                st.text(max_size=15),
                st.integers(min_value=-(10**15), max_value=10**15),
                st.floats(allow_nan=False, allow_infinity=False, width=32),
                st.none(),
                st.booleans(),
                st.datetimes(
                    min_value=__import__("datetime").datetime(1901, 1, 1),
                    max_value=__import__("datetime").datetime(2200, 1, 1),
                ),
            ),
            max_size=6,
        ),
        max_size=6,
    ),
    st.booleans(),
)
def test_streaming_xlsx_reader_reads_what_openpyxl_reads(rows, write_only):
    """The fast reader and openpyxl agree cell for cell, whether strings are shared or inline."""
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    from dialogue_planner.interchange.roster_xlsx import iter_xlsx_rows

    workbook = Workbook(write_only=write_only)
    sheet = workbook.create_sheet("Roster") if write_only else workbook.active
    for (
        row
    ) in rows:  # openpyxl writes "_x0041_" as it is, where Excel (and the standard) would escape the "_"
        sheet.append(
            [ILLEGAL_CHARACTERS_RE.sub("", v).replace("_x", "_y") if isinstance(v, str) else v for v in row]
        )
    buffer = io.BytesIO()
    workbook.save(buffer)
    data = buffer.getvalue()

    def significant(read):
        return [
            (n, cells[: max((i + 1 for i, c in enumerate(cells) if c), default=0)])
            for n, cells in read
            if any(cells)
        ]

    assert significant(iter_xlsx_rows(data)) == significant(openpyxl_rows(data))


def openpyxl_rows(data: bytes):
    """The rows as openpyxl reads them (read-only, cached values): the reference the reader is held to."""
    from openpyxl import load_workbook

    from dialogue_planner.interchange.roster_xlsx import cell_text

    workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    try:
        worksheet = workbook.worksheets[0]
        worksheet.reset_dimensions()
        return [
            (n, [cell_text(v) for v in values])
            for n, values in enumerate(worksheet.iter_rows(values_only=True), start=1)
        ]
    finally:
        workbook.close()
