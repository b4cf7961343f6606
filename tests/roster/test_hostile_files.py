"""The hostile file corpus: every roster file a user or an agency can send is refused with one line naming
the file and the reason (the limit, with its value), or imported exactly.

Bombs are read in a child process that measures its own peak memory (and may not grow past 1.5 GB, so a
regression fails instead of filling the machine); damaged workbooks are generated from a valid one, at
offsets hypothesis chooses; refused files go through the import service and the command line, which
must change nothing and exit 1 with one line.
"""

from __future__ import annotations

import codecs
import csv
import io
import json
import re
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dialogue_planner.domain.errors import ImportFileError
from dialogue_planner.interchange.roster_reader import load_table, read_file_bytes, read_roster

from . import hostile

PEAK_MB = 500
FAST = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
SHEET = "xl/worksheets/sheet1.xml"
VALID_ROWS = [(1, hostile.HEADER), *[(n, row) for n, row in enumerate(hostile.ROWS, start=2)]]

_CHILD = """
import json, resource, sys
limit = 1536 * 1024 * 1024
resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
from dialogue_planner.domain.errors import ImportFileError
from dialogue_planner.interchange.roster_reader import read_file_bytes, read_roster
path = sys.argv[1]
try:
    parsed = read_roster(read_file_bytes(path), path)
    outcome = {"rows": len(parsed.rows)}
except ImportFileError as exc:
    outcome = {"error": str(exc)}
outcome["peak_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps(outcome))
"""


# A process starts with the peak memory of the one it was forked from (Linux carries it over exec), and the
# test process may be large; the reader is therefore started from a small launcher process.
_LAUNCHER = "import subprocess, sys; sys.exit(subprocess.call(sys.argv[1:]))"


def read_in_child(path: Path) -> dict:
    """Read a roster file in a new process: its outcome and the process's peak memory in MB."""
    command = [sys.executable, "-c", _LAUNCHER, sys.executable, "-c", _CHILD, str(path)]
    done = subprocess.run(command, capture_output=True, text=True, timeout=600, check=False)
    assert done.returncode == 0, done.stderr[-2000:]  # MemoryError or any other bug
    return json.loads(done.stdout)


def refused(data: bytes, name: str = "roster.xlsx", **kw) -> str:
    """The one-line reason a file is refused for (it must be refused)."""
    with pytest.raises(ImportFileError) as caught:
        read_roster(data, name, **kw)
    message = str(caught.value)
    assert "\n" not in message and "\r" not in message and len(message) < 400, message
    assert message.startswith(f"{name}: "), message
    return message


def table_rows(data: bytes, name: str = "roster.xlsx") -> list[tuple[int, tuple[str, ...]]]:
    return [(n, tuple(c)) for n, c in load_table(data, name).rows]


# -- workbook bombs: refused with the limit named, memory bounded --------------------------------------------
BOMBS = {
    # name: (builder, what the refusal says)
    "a cell at column XFD on each of 50,000 rows": (
        hostile.far_column_bomb,
        r"Row 1 of sheet 'Roster' has a value in column XFD \(column 16,384\); a "
        r"roster "
        r"may have at most 200 columns\.$",
    ),
    "a sheet claiming 16,384 columns": (
        hostile.claimed_columns_bomb,
        r"Sheet 'Roster' claims 16,384 columns; a roster may have at most "
        r"200\.$",
    ),
    "100,001 rows": (
        hostile.rows_bomb,
        r"Sheet 'Roster' has more than 100,000 rows; a roster may have at "
        r"most ",
    ),
    "shared strings claiming 3,000,000 entries": (
        hostile.shared_strings_claim,
        r"claims 3,000,000 different texts; a roster workbook may have at most "
        r"2,0",
    ),
    "shared strings of 21,000,000 characters": (
        hostile.shared_characters_bomb,
        r"texts hold more than 20,000,000 characters; a roster workbook may "
        r"hold",
    ),
    "a row of a million cells": (hostile.wide_row_bomb, r"row 1 of sheet 'Roster' goes beyond column XFD"),
    "a million nested elements": (hostile.deep_nesting_bomb, r"nests deeper than 64 levels"),
    "a tag with 3,000,000 attributes": (hostile.attributes_bomb, r"holds a tag or a text longer than 1 MB"),
    "4,000,000 element names": (
        hostile.element_names_bomb,
        r"uses more than 1,000 different names of "
        r"elements or "
        r"attributes",
    ),
    "3,000,000 attribute names": (hostile.attribute_names_bomb, r"uses more than 1,000 different names"),
    "a cell of 40 million characters": (hostile.long_text_bomb, r"cell A2 holds more than 32,767 characters"),
    "billion laughs": (hostile.billion_laughs, r"document type declaration"),
    "an external entity": (hostile.external_entity, r"document type declaration"),
    "a document type declaration after 4 KB of comment": (
        hostile.doctype_after_comments,
        r"document type declaration",
    ),
    "300 sheets": (hostile.many_sheets, r"more than 250 sheets; a roster workbook may have at most 250\.$"),
    "a part claiming 3 GB": (
        hostile.claimed_size_bomb,
        r"unpacks to 3,072 MB; a part may unpack to at most "
        r"200 MB",
    ),
    "a part unpacking to 210 MB": (
        hostile.deflate_bomb,
        r"unpacks to 210 MB; a part may unpack to at most "
        r"200",
    ),
    "a part packed a thousand times": (
        hostile.ratio_bomb,
        r"unpacks to 1,0\d\d times its packed size, as "
        r"zip "
        r"bombs do; .* at most 100 times\.$",
    ),
    "parts together over 512 MB": (
        hostile.total_size_bomb,
        r"unpacks to 570 MB; a roster workbook may "
        r"unpack to "
        r"at most 512 MB\.$",
    ),
    "10,008 parts": (
        hostile.many_members,
        r"holds 10,008 parts; a roster workbook may have at most "
        r"10,000\.$",
    ),
    "a directory of a million entries": (hostile.directory_bomb, r"holds too many parts"),
    "an encrypted part": (hostile.encrypted_part, r"encrypted: remove its password in Excel"),
    "a packing method Excel never uses": (hostile.unusual_method, r"packed in a way Excel never uses"),
}
SLOW_BOMBS = {
    "2,100,000 shared strings": (
        hostile.shared_strings_bomb,
        r"has more than 2,000,000 different texts; a roster workbook may have at "
        r"most",
    ),
    "2,100,000 cells": (
        hostile.cells_bomb,
        r"Sheet 'Roster' has more than 2,000,000 cells; a roster may "
        r"have at",
    ),
}
CSV_BOMBS = {
    "50 MB of commas": (
        lambda: b"Side,Agency,Family name\n" + b"," * (50 * 2**20 - 100),
        r"Line 2: the row is longer than 1,000,000 characters; a roster row may have at",
    ),
    "16 million short lines": (
        lambda: b"Side,Agency,Family name\n" + b"ab\n" * (16 * 2**20),
        r"The file has more than 100,000 rows; a roster may have at most 100,000\.$",
    ),
    "ASCII with one emoji (four bytes a character)": (
        lambda: "Side,Agency,Family name\nCN,MPS,\U0001f600\n".encode() + b"CN,MPS,Zhang\n" * (3_700_000),
        r"more than 100,000 rows",
    ),
    "a row chained over lines by quoted cells": (
        lambda: b"Side,Agency,Family name\n" + (b"," * 900_000 + b'"\n"') * 50,
        r"row is longer than "
        r"1,000,000",
    ),
    "an unclosed quote before 46 MB of rows": (
        lambda: b'Side,Agency,Family name\nCN,MPS,"Open\n' + b"US,FBI,Next\n" * (3_700_000),
        r"Line 2: a cell opens with a quote \(\"\) that is not closed within 131,072 characters",
    ),
    "51 MB": (
        lambda: b"Side,Agency,Family name\n" + b"CN,MPS,Zhang\n" * (51 * 2**20 // 13),
        r"is larger than 50 MB; a roster file may be at most 50 MB\.$",
    ),
}


def _bomb_case(cases: dict, name: str, suffix: str, tmp_path: Path) -> None:
    build, expected = cases[name]
    path = tmp_path / f"bomb{suffix}"
    path.write_bytes(build())
    outcome = read_in_child(path)
    assert "error" in outcome, outcome
    message = outcome["error"]
    assert message.startswith(path.name) and "\n" not in message and len(message) < 400, message
    assert re.search(expected, message), message
    assert outcome["peak_mb"] < PEAK_MB, outcome


@pytest.mark.parametrize("name", list(BOMBS))
def test_workbook_bombs_are_refused_with_the_limit_named_in_bounded_memory(name, tmp_path):
    _bomb_case(BOMBS, name, ".xlsx", tmp_path)


@pytest.mark.slow
@pytest.mark.parametrize("name", list(SLOW_BOMBS))
def test_workbook_bombs_of_millions_of_entries_are_refused_in_bounded_memory(name, tmp_path):
    _bomb_case(SLOW_BOMBS, name, ".xlsx", tmp_path)


@pytest.mark.parametrize("name", list(CSV_BOMBS))
def test_csv_bombs_are_refused_in_bounded_memory(name, tmp_path):
    _bomb_case(CSV_BOMBS, name, ".csv", tmp_path)


def test_the_largest_csv_allowed_is_read_in_bounded_memory(tmp_path):
    """99,000 rows of 20 cells: under every limit, read whole and under the memory bound."""
    header = "Side,Agency,Family name," + ",".join(f"Extra {i}" for i in range(17)) + "\n"
    rows = "".join(
        f"CN,MPS,Name{n}," + ",".join(f"v{n}-{i}" for i in range(17)) + "\n" for n in range(99_000)
    )
    path = tmp_path / "large.csv"
    path.write_bytes((header + rows).encode())
    outcome = read_in_child(path)
    assert outcome.get("rows") == 99_000 and outcome["peak_mb"] < PEAK_MB, outcome


@pytest.mark.slow
def test_the_largest_workbook_allowed_is_read_in_bounded_memory(tmp_path):
    """66,000 rows of 30 distinct texts (1,980,000 cells and shared strings): read whole, under the bound."""
    columns, rows = 30, 66_000

    def letter(i: int) -> str:
        return chr(65 + i) if i < 26 else "A" + chr(39 + i)

    header = ["Side", "Agency", "Family name", "Given name", "Email"]
    header += [f"Extra {i}" for i in range(columns - 5)]
    strings = header + [f"{n:06d}-{c:02d}" for n in range(rows) for c in range(1, columns)]
    body = [
        '<row r="1">'
        + "".join(f'<c r="{letter(i)}1" t="s"><v>{i}</v></c>' for i in range(columns))
        + "</row>"
    ]
    k = columns
    for n in range(rows):
        r = n + 2
        cells = [f'<c r="A{r}" t="inlineStr"><is><t>CN</t></is></c>']
        for c in range(1, columns):
            cells.append(f'<c r="{letter(c)}{r}" t="s"><v>{k}</v></c>')
            k += 1
        body.append(f'<row r="{r}">{"".join(cells)}</row>')
    path = tmp_path / "large.xlsx"
    path.write_bytes(
        hostile.workbook(sheet=hostile.sheet_xml("".join(body)), shared=hostile.shared_strings_xml(strings))
    )
    outcome = read_in_child(path)
    assert outcome.get("rows") == rows and outcome["peak_mb"] < PEAK_MB, outcome


# -- damaged workbooks (item 8): refused with one line, or read exactly -------------------------------------
VALID = hostile.workbook()


def test_the_valid_workbook_reads_exactly():
    assert table_rows(VALID) == VALID_ROWS


def _refused_or_exact(data: bytes) -> None:
    try:
        rows = table_rows(data)
    except ImportFileError as exc:
        message = str(exc)
        assert message.startswith("roster.xlsx: ") and "\n" not in message and len(message) < 400, message
        return
    assert rows == VALID_ROWS  # damage where the reader does not read (a date stamp, an unused part)


def test_every_truncation_is_refused():
    for length in range(len(VALID)):
        with pytest.raises(ImportFileError, match=r"^roster\.xlsx: "):
            load_table(VALID[:length] if length else b"PK\x03\x04", "roster.xlsx")


@FAST
@given(st.data())
def test_overwritten_bytes_anywhere_are_refused_or_harmless(data):
    offset = data.draw(st.integers(0, len(VALID) - 1), label="offset")
    noise = data.draw(st.binary(min_size=1, max_size=64), label="noise")
    damaged = bytearray(VALID)
    damaged[offset : offset + len(noise)] = noise[: len(VALID) - offset]
    _refused_or_exact(bytes(damaged))


@FAST
@given(st.data())
def test_a_damaged_deflate_stream_is_refused_never_a_zlib_error(data):
    """A flipped bit in the sheet's packed data: a corrupt stream or a checksum that does not match."""
    start, length = hostile.compressed_span(VALID, SHEET)
    offset = data.draw(st.integers(start, start + length - 1), label="offset")
    flip = data.draw(st.integers(1, 255), label="xor")
    damaged = bytearray(VALID)
    damaged[offset] ^= flip
    try:
        rows = table_rows(bytes(damaged))
    except ImportFileError as exc:
        assert re.fullmatch(
            r"roster\.xlsx: The Excel workbook is damaged \(its part "
            r"xl/worksheets/sheet1\.xml .*\): "
            r"open it in Excel, save it again and import that\.",
            str(exc),
        ), str(exc)
        return
    assert rows == VALID_ROWS  # the padding bits after the last block carry nothing


def test_a_bad_checksum_is_refused():
    crc = zipfile.ZipFile(io.BytesIO(VALID)).getinfo(SHEET).CRC
    message = refused(hostile.set_crc(VALID, SHEET, crc ^ 1))
    assert message == (
        "roster.xlsx: The Excel workbook is damaged (its part xl/worksheets/sheet1.xml cannot "
        "be "
        "unpacked: a checksum does not match): open it in Excel, save it again and import "
        "that."
    )


@pytest.mark.parametrize(
    "part, expected",
    [
        ("xl/workbook.xml", "its part xl/workbook.xml is missing"),
        (SHEET, "its part xl/worksheets/sheet1.xml is missing"),
        ("xl/sharedStrings.xml", "cell A1 refers to a text that does not exist"),
        ("xl/_rels/workbook.xml.rels", "sheet 'Roster' has no content"),
    ],
)
def test_missing_parts_are_refused(part, expected):
    assert expected in refused(hostile.without(VALID, part))


def test_parts_the_reader_can_do_without_change_nothing():
    assert table_rows(hostile.without(VALID, "xl/styles.xml")) == VALID_ROWS
    assert table_rows(hostile.without(VALID, "_rels/.rels")) == VALID_ROWS  # the workbook where Excel puts it
    assert table_rows(hostile.without(VALID, "[Content_Types].xml")) == VALID_ROWS


@pytest.mark.parametrize(
    "part",
    [
        "xl/workbook.xml",
        SHEET,
        "xl/sharedStrings.xml",
        "xl/styles.xml",
        "xl/_rels/workbook.xml.rels",
        "_rels/.rels",
    ],
)
@pytest.mark.parametrize("damage", ["cut", "latin-1", "unbound prefix", "two roots"])
def test_malformed_xml_in_any_part_is_refused(part, damage):
    text = hostile.roster_parts()[part].encode()
    declared = text.index(b"?>") + 2
    bad = {
        "cut": text[: len(text) // 2],
        "latin-1": text[:declared] + b"<a>\xe9</a>",
        "unbound prefix": text[:declared] + b"<x:y/>",
        "two roots": text + text[declared:],
    }[damage]
    message = refused(hostile.workbook(**{part: bad}))
    assert f"its part {part} is not valid XML: " in message


def test_an_undefined_entity_is_refused():
    shared = hostile.shared_strings_xml(["Side"]).replace("Side", "&secret;")
    message = refused(hostile.workbook(shared=shared))
    assert "xl/sharedStrings.xml is not valid XML: undefined entity" in message


def test_a_zip_that_is_no_workbook_and_other_impostors():
    assert refused(hostile.pack({"readme.txt": "hello"})) == (
        "roster.xlsx: This is not a roster file: it is a zip archive, not an Excel workbook."
    )
    ods = hostile.pack({"mimetype": "application/vnd.oasis.opendocument.spreadsheet", "content.xml": "<x/>"})
    assert "it is an OpenDocument spreadsheet (.ods); save it as .xlsx or CSV" in refused(ods, "roster.ods")
    assert "it is a Word document" in refused(hostile.pack({"word/document.xml": "<w/>"}), "roster.docx")
    xlsb = hostile.ROOT_RELS.replace("xl/workbook.xml", "xl/workbook.bin")
    assert "Excel binary workbook (.xlsb)" in refused(hostile.pack({"_rels/.rels": xlsb}), "roster.xlsb")
    assert refused(hostile.csv_rows("CN,MPS,Zhang,Wei")) == (
        "roster.xlsx: It is named like an Excel workbook but is not one."
    )
    assert "it is a PDF document" in refused(b"%PDF-1.7\n%...", "roster.csv")
    xls = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 500
    assert "old Excel 97-2003 (.xls) workbook; save it as .xlsx or CSV" in refused(xls, "roster.xls")
    protected = xls + "EncryptedPackage".encode("utf-16-le") + b"\x00" * 100
    assert "password-protected Excel workbook; remove the password" in refused(protected, "roster.xlsx")
    assert refused(b"", "roster.xlsx") == "roster.xlsx: The file is empty."


def test_a_chart_sheet_is_named_as_such():
    rels = hostile.workbook_rels().replace("/worksheet", "/chartsheet")
    assert refused(hostile.workbook(book_rels=rels)) == "roster.xlsx: Sheet 'Roster' is a chart, not a table."


def test_a_formula_never_calculated_is_refused_and_a_calculated_one_read():
    row = '<row r="2"><c r="A2"><f>1+1</f></c></row>'
    message = refused(hostile.workbook(sheet=hostile.sheet_xml(row)))
    assert message == (
        "roster.xlsx: Cell A2 of sheet 'Roster' holds a formula that was never calculated: "
        "open "
        "it in Excel, save it again and import that."
    )
    calculated = (
        '<row r="1"><c r="A1" t="str"><f>"Si"&amp;"de"</f><v>Side</v></c>'
        '<c r="B1"><f>1+1</f><v>2</v></c></row>'
    )
    assert table_rows(hostile.workbook(sheet=hostile.sheet_xml(calculated))) == [(1, ("Side", "2"))]


def test_texts_read_exactly_as_excel_wrote_them():
    """OOXML escapes (_xHHHH_), rich text, phonetic guides left out, inline, boolean, error, date cells."""
    shared = (
        f'<?xml version="1.0"?><sst xmlns="{hostile.MAIN}">'
        "<si><t>Line_x000D_break</t></si>"
        "<si><t>_x005F_x0041_ stays</t></si>"
        '<si><r><t>Zhang </t></r><r><rPr><b/></rPr><t>Wei</t></r><rPh sb="0" '
        'eb="1"><t>ジャン</t></rPh></si>'
        "</sst>"
    )
    row = (
        '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c>'
        '<c r="D1" t="b"><v>1</v></c><c r="E1" t="e"><v>#N/A</v></c><c r="F1" '
        't="d"><v>2016-06-14T00:00:00</v></c>'
        '<c r="G1" s="1"><v>42535</v></c><c r="H1"><v>13800138000</v></c>'
        '<c r="I1" t="inlineStr"><is><t xml:space="preserve"> 张伟 </t></is></c></row>'
    )
    rows = table_rows(hostile.workbook(shared=shared, sheet=hostile.sheet_xml(row)))
    assert rows == [
        (
            1,
            (
                "Line\rbreak",
                "_x0041_ stays",
                "Zhang Wei",
                "TRUE",
                "#N/A",
                "2016-06-14",
                "2016-06-14",
                "13800138000",
                " 张伟 ",
            ),
        )
    ]


@pytest.mark.parametrize(
    "cell, expected",
    [
        ('<c r="A1"><v>1_000</v></c>', "cell A1 holds '1_000' as a number"),
        ('<c r="A1"><v>١٢</v></c>', "cell A1 holds '١٢' as a number"),
        ('<c r="A1" t="s"><v>7</v></c>', "cell A1 refers to a text that does not exist"),
        ('<c r="A1" t="b"><v>yes</v></c>', "cell A1 holds 'yes' as type 'b'"),
        ('<c r="A1" t="zz"><v>1</v></c>', "cell A1 holds '1' as type 'zz'"),
        ('<c r="A1" t="inlineStr"><is><t>_xD800_</t></is></c>', "an escaped character that does not exist"),
        ('<c r="A0"><v>1</v></c>', None),  # a reference without a row number is only a column
    ],
)
def test_impossible_cell_values_are_refused(cell, expected):
    data = hostile.workbook(sheet=hostile.sheet_xml(f'<row r="1">{cell}</row>'))
    if expected is None:
        assert table_rows(data) == [(1, ("1",))]
        return
    assert expected in refused(data)


@pytest.mark.parametrize("row", ['<row r="0"/>', '<row r="1048577"/>', '<row r="1e3"/>', '<row r="-1"/>'])
def test_impossible_row_numbers_are_refused(row):
    assert "has a row numbered" in refused(hostile.workbook(sheet=hostile.sheet_xml(row)))


@pytest.mark.parametrize(
    "rows",
    [
        '<row r="1"><row r="2"/></row>',
        '<row r="1"><c r="A1" t="inlineStr"><is><t>Side</t></is></c><row r="2"/></row>',
    ],
)
def test_a_row_inside_a_row_is_refused(rows):
    """Rows closed twice once handed on a row of None (a bug); the part is damaged."""
    assert "has a row inside a row" in refused(hostile.workbook(sheet=hostile.sheet_xml(rows)))


def test_empty_cells_beyond_the_column_limit_are_ignored_and_values_refused():
    empty_far = '<row r="1"><c r="A1" t="inlineStr"><is><t>Side</t></is></c><c r="XFD1" s="1"/></row>'
    assert table_rows(hostile.workbook(sheet=hostile.sheet_xml(empty_far))) == [(1, ("Side",))]
    value_far = '<row r="7"><c r="GS7" t="inlineStr"><is><t>x</t></is></c></row>'
    message = refused(hostile.workbook(sheet=hostile.sheet_xml(value_far)))
    assert message.endswith(
        "Row 7 of sheet 'Roster' has a value in column GS (column 201); a roster may "
        "have at "
        "most 200 columns."
    )


def test_a_sheet_name_with_control_characters_is_shown_escaped():
    book = hostile.workbook_xml().replace('name="Roster"', 'name="Ros&#10;ter\u202e"')
    message = refused(hostile.workbook(book=book, sheet=hostile.sheet_xml('<row r="2"/>')))
    assert message == "roster.xlsx: Sheet 'Ros\\nter\\u202e' is empty."
    escaped = hostile.workbook_xml().replace('name="Roster"', 'name="&#27;[2J"')  # XML has no ESC at all
    message = refused(hostile.workbook(book=escaped))
    assert "is not valid XML: reference to invalid character number" in message


# -- CSV: unbalanced quotes, encodings, line endings, control characters ------------------------------------
def test_the_unclosed_quote_of_issue_14_is_an_error_naming_its_line():
    data = b'Side,Agency,Family name,Given name\r\nCN,MPS,"Open,Quote\r\nUS,FBI,Next,Row\r\n'
    assert refused(data, "roster.csv") == (
        'roster.csv: Line 2: a cell opens with a quote (") that is never '
        "closed; add the closing quote and import again."
    )


@pytest.mark.parametrize(
    "lines, message",
    [
        # a quote opened on line 3, in a row that began on line 2 with a cell spanning lines
        (
            ['CN,MPS,"Director,\nCyber",x,"Wei'],
            r"Line 3: a cell opens with a quote \(\"\) that is never closed",
        ),
        (
            ['CN,MPS,"Open', 'US,FBI,"Next",Row'],
            r"Line 2: the quote \(\"\) that opens a cell is not closed on "
            r"that line "
            r"but runs on to line 3; check the quotes on line 2",
        ),
        (
            ["CN,MPS,Zhang,Wei", 'CN,MPS,"Zhang"Wei,x'],
            r"Line 3: a quoted cell has text after its closing quote",
        ),
        (['CN,MPS,"Zhang" ,Wei'], r"Line 2: a quoted cell has text after its closing quote"),
        (["CN,MPS," + "x" * 140_000], r"Line 2: a cell holds more than 131,072 characters\.$"),
        (['CN,MPS,"' + "x" * 140_000 + '"'], r"Line 2: a cell holds more than 131,072 characters\.$"),
        (
            ['CN,MPS,"' + "x" * 140_000, "US,FBI,Lee"],
            r"Line 2: a cell opens with a quote \(\"\) that is not "
            r"closed "
            r"within 131,072 characters",
        ),
        (
            ["CN,MPS,Zhang," + ",".join(["x"] * 200)],
            r"Row 2 has a value in column GS \(column 201\); a roster "
            r"may "
            r"have at most 200 columns\.$",
        ),
    ],
)
def test_broken_quotes_and_oversized_cells_are_errors_naming_the_line(lines, message):
    found = refused(hostile.csv_rows(*lines), "roster.csv")
    assert re.search(message, found), found


def test_quotes_that_close_are_read_exactly():
    data = hostile.csv_rows(
        'CN,MPS,"Zhang, ""Tony""","Wei\r\nline two"',
        'US, FBI, "Lee, Ann", x',
        'CN,MPS,Zhang "Tony" Wei,',
        'US,FBI,"",""""',
    )
    assert table_rows(data, "roster.csv")[1:] == [
        (2, ("CN", "MPS", 'Zhang, "Tony"', "Wei\r\nline two")),
        (4, ("US", "FBI", "Lee, Ann", "x")),  # spaces before an opening quote are skipped
        (5, ("CN", "MPS", 'Zhang "Tony" Wei', "")),  # a quote inside an unquoted cell is kept
        (6, ("US", "FBI", "", '"')),
    ]


@pytest.mark.parametrize("separator", ['"', " ", "\x0b", "\u2028"])
def test_a_separator_hint_that_cannot_separate_is_refused(separator):
    data = f"sep={separator}\r\nSide,Agency,Family name\r\nCN,MPS,Zhang\r\n".encode()
    assert "names a separator that cannot separate cells: use a comma, a semicolon or a tab." in refused(
        data, "roster.csv"
    )


def test_mixed_line_endings_number_rows_as_lines():
    data = b"Side,Agency,Family name\r\nCN,MPS,Zhang\nUS,FBI,Lee\rCN,MSS,Wang\r\n\nUS,DHS,Smith"
    assert table_rows(data, "roster.csv") == [
        (1, ("Side", "Agency", "Family name")),
        (2, ("CN", "MPS", "Zhang")),
        (3, ("US", "FBI", "Lee")),
        (4, ("CN", "MSS", "Wang")),
        (6, ("US", "DHS", "Smith")),
    ]


@pytest.mark.parametrize(
    "data",
    [
        "\ufeffSide,Agency,Family name\r\nCN,MPS,Zhang\r\n".encode("utf-8"),
        "\ufeff\ufeffSide,Agency,Family name\r\nCN,MPS,Zhang\r\n".encode("utf-8"),  # a BOM twice (two tools)
        "Side,Agency,Family name\r\nCN,MPS,Zhang\r\n".encode("utf-16"),
        "Side,Agency,Family name\r\nCN,MPS,Zhang\r\n".encode("utf-16-be"),
        "Side,Agency,Family name\r\nCN,MPS,Zhang\r\n".encode("utf-32"),
        "Side,\u200bAgency,Family name\r\nCN,MPS,Zhang\ufeff\r\n".encode("utf-8"),  # invisible marks
    ],
)
def test_byte_order_marks_and_invisible_marks_are_not_part_of_the_data(data):
    parsed = read_roster(data, "roster.csv")
    assert parsed.column_map.columns == {"side": 0, "agency": 1, "family_name": 2}
    assert parsed.rows[0].values == {"side": "CN", "agency": "MPS", "family_name": "Zhang"}


def test_chinese_excel_csv_in_gb18030_reads_exactly_and_western_ansi_is_refused():
    chinese = "国别,单位,姓,名,中文姓名\r\nCN,公安部,Zhu,Rongji,朱镕基\r\nCN,国家安全部,Zhang,Wei,张伟\r\n"
    parsed = read_roster(chinese.encode("gb18030"), "roster.csv")
    assert parsed.table.encoding == "gb18030"
    assert [r.values["native_name"] for r in parsed.rows] == ["朱镕基", "张伟"]
    for western in [
        "Side,Agency,Family name\r\nDE,BKA,Müller\r\n",
        "Side,Agency,Family name\r\nUS,FBI,O’Brien\r\n",
        "Side,Agency,Family name\r\nFR,DGSI,Renée\r\n",
    ]:
        message = refused(western.encode("cp1252"), "roster.csv")
        assert "text encoding is not recognised" in message and 'save it as "CSV UTF-8"' in message


def test_a_file_mixing_utf8_and_gb18030_is_refused():
    data = "Side,Agency,Family name\r\nCN,MPS,张伟\r\n".encode() + "CN,MPS,李娜\r\n".encode("gb18030")
    assert "text encoding is not recognised" in refused(data, "roster.csv")


_LATIN = st.sampled_from("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
_ACCENTED = st.sampled_from("àáâäçèéêëìíîïñòóôöùúûüýÿßÀÁÂÄÇÈÉÊËÌÍÎÏÑÒÓÔÖÙÚÛÜÝ’")


@st.composite
def _western_names(draw) -> str:
    """Names as Western rosters spell them: accented letters, one at a time, among plain ones."""
    parts = [draw(_LATIN)]
    for _ in range(draw(st.integers(1, 4))):
        parts.append(draw(_ACCENTED))
        parts.append(draw(st.text(_LATIN, min_size=1, max_size=6)))
    return "".join(parts)


@FAST
@given(st.lists(_western_names(), min_size=1, max_size=8))
def test_a_windows_1252_file_is_refused_never_misread(names):
    body = "".join(f"DE,BKA,{name}\r\n" for name in names)
    data = ("Side,Agency,Family name\r\n" + body).encode("cp1252")
    try:
        parsed = read_roster(data, "roster.csv")
    except ImportFileError as exc:
        assert "text encoding is not recognised" in str(exc)
        return
    assert [r.values["family_name"] for r in parsed.rows] == names  # read as what it is, or not at all


def _in_gb2312(ch: str) -> bool:
    """One of GB2312's common characters (GBK's additions have second bytes of 0xA1 and above too:
    U+4EED is 0x81A1, which a file of such names only is refused for, see ``reads_as_chinese``)."""
    try:
        return len(ch.encode("gb2312")) == 2
    except UnicodeEncodeError:
        return False


_GB2312_HANZI = st.characters(min_codepoint=0x4E00, max_codepoint=0x9FA5).filter(_in_gb2312)


@FAST
@given(st.lists(st.text(_GB2312_HANZI, min_size=2, max_size=4), min_size=1, max_size=8))
def test_gb18030_chinese_names_read_exactly(names):
    body = "".join(f"CN,公安部,Zhang,{name}\r\n" for name in names)
    parsed = read_roster(("国别,单位,姓,中文姓名\r\n" + body).encode("gb18030"), "roster.csv")
    assert [r.values["native_name"] for r in parsed.rows] == names


def test_control_characters_and_nul_are_row_problems_or_refusals():
    data = "Side,Agency,Family name,Notes\r\nCN,MPS,Zh\x1b[31mang,\x00\r\nUS,FBI,Lee,ok\r\n".encode("utf-16")
    parsed = read_roster(data, "roster.csv")
    assert [(i.row, i.column, i.message) for i in parsed.issues] == [
        (2, "Family name", "Contains control characters (U+001B).")
    ]
    assert [r.number for r in parsed.valid_rows] == [3]
    nul = b"Side,Agency,Family name\r\nCN,MPS,Zh\x00ang\r\n"
    assert "it contains NUL bytes" in refused(nul, "roster.csv")


@st.composite
def _quoted_rows(draw):
    """Rows as a spreadsheet writes them; one cell (the second of a row) is quoted and starts plainly."""
    # no semicolons or tabs: the delimiter is sniffed, and a file of ";" cells is a semicolon file
    plain = st.text(
        st.characters(blacklist_categories=["Cs", "Cc"], blacklist_characters='",;\r\n'), max_size=8
    )
    inner = st.text(st.characters(blacklist_categories=["Cs"], blacklist_characters="\x00;\t"), max_size=8)
    rows = draw(st.lists(st.lists(plain, min_size=3, max_size=4), min_size=1, max_size=5))
    at = draw(st.integers(0, len(rows) - 1))
    first = draw(st.characters(blacklist_categories=["Cs", "Cc"], blacklist_characters='",;\r\n '))
    rows[at][1] = first + draw(inner) + ","  # the comma makes the writer quote it
    return rows, at


_PHYSICAL_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)?")  # as the csv module counts lines


def _written(rows, delimiter: str = ",") -> str:
    buffer = io.StringIO(newline="")
    csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    return buffer.getvalue()


def _row_start(text: str, index: int, delimiter: str = ",") -> tuple[int, int]:
    """(offset, line number) where row ``index`` (0-based) of csv.writer output begins."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    for _ in range(index):
        next(reader)
    offset = 0
    for _ in range(reader.line_num):
        offset = _PHYSICAL_LINE.match(text, offset).end()
    return offset, reader.line_num + 1


def _closing_quote(text: str, opening: int) -> int:
    i = opening + 1
    while True:
        j = text.index('"', i)
        if not text.startswith('""', j):
            return j
        i = j + 2


@FAST
@given(_quoted_rows())
def test_a_quoted_cell_that_loses_its_closing_quote_is_an_error_on_its_line(case):
    """Never two rows merged into one cell: the error names the line where the damaged cell opened."""
    rows, at = case
    text = _written([["Side", "Agency", "Family name"], *rows])
    offset, line = _row_start(text, at + 1)
    closing = _closing_quote(text, text.index('"', offset))
    message = refused((text[:closing] + text[closing + 1 :]).encode(), "roster.csv")
    expected = f'roster.csv: Line {line}: a cell opens with a quote (") that is never closed'
    assert message.startswith(expected), message


@FAST
@given(
    st.lists(
        st.lists(
            st.text(st.characters(blacklist_categories=["Cs"], blacklist_characters="\x00"), max_size=10),
            max_size=5,
        ),
        min_size=1,
        max_size=6,
    ),
    st.sampled_from([",", ";", "\t"]),
)
def test_any_rows_a_spreadsheet_writes_read_back_exactly_on_their_lines(rows, delimiter):
    from dialogue_planner.interchange.roster_csv import iter_csv_rows

    text = _written(rows, delimiter)
    read = list(iter_csv_rows(text, delimiter))
    lines = [_row_start(text, i, delimiter)[1] for i in range(len(rows))]
    # spaces before a cell are skipped (and a roster value never keeps them)
    assert [(n, [c.lstrip(" ") for c in r]) for n, r in read] == [
        (n, [c.lstrip(" ") for c in r]) for n, r in zip(lines, rows, strict=True)
    ]


# -- paths: empty, folder, gone, unreadable, special -------------------------------------------------------
def test_paths_that_are_not_readable_roster_files(tmp_path, monkeypatch):
    import os

    with pytest.raises(ImportFileError, match=r"is a folder, not a roster file\.$"):
        read_file_bytes(tmp_path)
    gone = tmp_path / "gone.csv"
    gone.write_bytes(b"Side,Agency,Family name\r\n")
    gone.unlink()
    with pytest.raises(ImportFileError, match=r"^There is no file .*gone\.csv\.$"):
        read_file_bytes(gone)
    pipe = tmp_path / "pipe.csv"
    os.mkfifo(pipe)  # opening it for reading would wait for a writer forever
    with pytest.raises(
        ImportFileError,
        match=r"pipe\.csv is not a regular file \(it is a device or a "
        r"pipe\)\.$",
    ):
        read_file_bytes(pipe)
    with pytest.raises(ImportFileError, match=r"^/dev/zero is not a regular file"):
        read_file_bytes("/dev/zero")
    locked = tmp_path / "locked.csv"
    locked.write_bytes(b"Side,Agency,Family name\r\n")
    real_open = os.open

    def denied(path, *args, **kwargs):
        if Path(path) == locked:
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr(os, "open", denied)  # the tests may run as root, whom chmod does not stop
    with pytest.raises(ImportFileError, match=r"locked\.csv cannot be read: permission denied\.$"):
        read_file_bytes(locked)
    big = tmp_path / "big.csv"
    with open(big, "wb") as stream:
        stream.truncate(50 * 2**20 + 1)
    with pytest.raises(
        ImportFileError,
        match=r"^big\.csv is larger than 50 MB; a roster file may be at most "
        r"50 MB",
    ):
        read_file_bytes(big)


# -- every limit, lowered: the mechanism in milliseconds ---------------------------------------------------
@pytest.mark.parametrize(
    "limit, value, data, name, expected",
    [
        (
            "MAX_ROWS",
            3,
            hostile.csv_rows("CN,MPS,A", "CN,MPS,B", "CN,MPS,C"),
            "roster.csv",
            "The file has more than 3 rows; a roster may have at most 3.",
        ),
        (
            "MAX_CELLS",
            10,
            hostile.csv_rows("CN,MPS,A,a", "CN,MPS,B,b"),
            "roster.csv",
            "The file has more than 10 cells; a roster may have at most 10.",
        ),
        (
            "MAX_COLUMNS",
            4,
            hostile.csv_rows("CN,MPS,A,,,x"),
            "roster.csv",
            "Row 2 has a value in column F (column 6); a roster may have at most 4 columns.",
        ),
        (
            "MAX_ROW_CHARACTERS",
            50,
            hostile.csv_rows("CN,MPS," + "x" * 60),
            "roster.csv",
            "Line 2: the row is longer than 50 characters; a roster row may have at most 50.",
        ),
        (
            "MAX_ROWS",
            3,
            VALID,
            "roster.xlsx",
            "Sheet 'Roster' has more than 3 rows; a roster may have at most 3.",
        ),
        (
            "MAX_CELLS",
            10,
            VALID,
            "roster.xlsx",
            "Sheet 'Roster' has more than 10 cells; a roster may have at most 10.",
        ),
        (
            "MAX_COLUMNS",
            4,
            VALID,
            "roster.xlsx",
            "Row 1 of sheet 'Roster' has a value in column E (column 5); a roster may have at most 4 columns.",
        ),
        (
            "MAX_SHARED_STRINGS",
            4,
            VALID,
            "roster.xlsx",
            "The Excel workbook has more than 4 different texts; a roster workbook may have at most 4.",
        ),
        (
            "MAX_SHARED_CHARACTERS",
            20,
            VALID,
            "roster.xlsx",
            "The Excel workbook's texts hold more than 20 characters; a roster workbook may hold at most 20.",
        ),
        (
            "MAX_CELL_CHARACTERS",
            10,
            VALID,
            "roster.xlsx",
            "The Excel workbook's text 3 of the workbook holds more than 10 characters, more than Excel itself "
            "allows "
            "in a cell.",
        ),
        (
            "MAX_STYLES",
            1,
            VALID,
            "roster.xlsx",
            "The Excel workbook has more than 1 cell formats; a roster workbook may have at most 1.",
        ),
        (
            "MAX_SHEETS",
            0,
            VALID,
            "roster.xlsx",
            "The Excel workbook has more than 0 sheets; a roster workbook may have at most 0.",
        ),
        (
            "MAX_ARCHIVE_MEMBERS",
            5,
            VALID,
            "roster.xlsx",
            "The Excel workbook holds 7 parts; a roster workbook may have at most 5.",
        ),
        (
            "MAX_PART_BYTES",
            1024 * 1024,
            hostile.workbook(sheet=hostile.sheet_xml(" " * 1_100_000)),
            "roster.xlsx",
            "The Excel workbook's part xl/worksheets/sheet1.xml unpacks to 1 MB; a part may unpack to at most "
            "1 MB.",
        ),
        (
            "MAX_UNPACKED_BYTES",
            2000,
            VALID,
            "roster.xlsx",
            "The Excel workbook unpacks to 0 MB; a roster workbook may unpack to at most 0 MB.",
        ),
        (
            "MAX_XML_NAMES",
            4,
            VALID,
            "roster.xlsx",
            "The Excel workbook is damaged (its part xl/worksheets/sheet1.xml uses more than 4 different names of "
            "elements or attributes): open it in Excel, save it again and import that.",
        ),
        (
            "MAX_XML_DEPTH",
            3,
            VALID,
            "roster.xlsx",
            "The Excel workbook is damaged (its part xl/worksheets/sheet1.xml nests deeper than 3 levels): open it "
            "in "
            "Excel, save it again and import that.",
        ),
        (
            "MAX_FILE_BYTES",
            100,
            VALID,
            "roster.xlsx",
            "The file is larger than 0 MB; a roster file may be at most 0 MB.",
        ),
        (
            "MAX_XML_TOKEN_BYTES",
            2 * 1024 * 1024,
            hostile.workbook(stored=True, sheet=hostile.sheet_xml(f'<row r="1" note="{"y" * 3_000_000}"/>')),
            "roster.xlsx",
            "The Excel workbook is damaged (its part xl/worksheets/sheet1.xml holds a tag or a text longer than 2 "
            "MB): "
            "open it in Excel, save it again and import that.",
        ),
    ],
)
def test_each_limit_refuses_with_its_own_words(monkeypatch, limit, value, data, name, expected):
    from dialogue_planner.interchange import roster_limits

    monkeypatch.setattr(roster_limits, limit, value)
    assert refused(data, name) == f"{name}: {expected}"


# -- through the service and the command line: refused files change nothing ------------------------------
def _corpus() -> dict[str, bytes]:
    """Small members of every family: each refused for the same reason as its full-size bomb."""
    start, _ = hostile.compressed_span(VALID, SHEET)
    flipped = bytearray(VALID)
    flipped[start + 3] ^= 0xFF
    crc = zipfile.ZipFile(io.BytesIO(VALID)).getinfo(SHEET).CRC
    return {
        "unclosed.csv": b'Side,Agency,Family name,Given name\r\nCN,MPS,"Open,Quote\r\nUS,FBI,Next,Row\r\n',
        "after-quote.csv": hostile.csv_rows('CN,MPS,"Zhang"Wei,x'),
        "ansi.csv": "Side,Agency,Family name\r\nDE,BKA,Müller\r\n".encode("cp1252"),
        "nul.csv": b"Side,Agency,Family name\r\nCN,MPS,Zh\x00ang\r\n",
        "empty.csv": b"",
        "scan.csv": b"%PDF-1.7\n",
        "far-column.xlsx": hostile.far_column_bomb(50),
        "claim.xlsx": hostile.claimed_columns_bomb(),
        "laughs.xlsx": hostile.billion_laughs(),
        "entity.xlsx": hostile.external_entity(),
        "cut.xlsx": VALID[: len(VALID) // 2],
        "crc.xlsx": hostile.set_crc(VALID, SHEET, crc ^ 1),
        "deflate.xlsx": bytes(flipped),
        "missing.xlsx": hostile.without(VALID, SHEET),
        "ratio.xlsx": hostile.ratio_bomb(2 * 1024 * 1024),
        "formula.xlsx": hostile.workbook(sheet=hostile.sheet_xml('<row><c r="A1"><f>1+1</f></c></row>')),
        "text.xlsx": hostile.csv_rows("CN,MPS,Zhang"),
    }


CORPUS = _corpus()


def _state(ctx) -> tuple:
    from sqlalchemy import func, select

    from dialogue_planner.storage.models import AuditEntry, Delegate, RosterImport

    with ctx.read() as s:
        counts = tuple(
            s.scalar(select(func.count()).select_from(model))
            for model in (Delegate, AuditEntry, RosterImport)
        )
    backups = ctx.db.path.parent / "backups"
    return counts, sorted(p.name for p in backups.glob("*")) if backups.exists() else []


def test_refused_files_change_nothing_through_the_import_service(ctx):
    from dialogue_planner.services.roster_import import apply_import, preview_import

    from .helpers import opts

    before = _state(ctx)
    for name, data in CORPUS.items():
        options = opts(file_name=name)
        for attempt, keywords in (
            (preview_import, {}),
            (apply_import, {}),
            (apply_import, {"skip_invalid": True}),
            (apply_import, {"dry_run": True}),
        ):
            with pytest.raises(ImportFileError) as caught:
                attempt(ctx, data, options, **keywords)
            message = str(caught.value)
            assert message.startswith(f"{name}: ") and "\n" not in message, message
    assert _state(ctx) == before  # no delegate, audit entry, import record or before-import backup


@pytest.fixture
def cli(db_url, capsys):
    from dialogue_planner.cli import main

    assert main(["--db", db_url, "init"]) == 0
    capsys.readouterr()

    def invoke(*args):
        code = main(["--db", db_url, *map(str, args)])
        out, err = capsys.readouterr()
        return code, out, err

    return invoke


def test_the_command_line_exits_1_with_one_line_for_every_refused_file(cli, tmp_path):
    for name, data in CORPUS.items():
        path = tmp_path / name
        path.write_bytes(data)
        code, out, err = cli("roster", "import", path)
        assert (code, out) == (1, ""), (name, code, out, err)
        assert err.startswith(f"error: {name}: ") and err.endswith("\n") and err.count("\n") == 1, err
    for extra in (["--dry-run"], ["--skip-invalid"], ["--json"]):
        code, out, err = cli("roster", "import", tmp_path / "far-column.xlsx", *extra)
        assert code == 1, (extra, out, err)
        if extra == ["--json"]:
            assert json.loads(out)["errors"][0]["message"].startswith(
                "far-column.xlsx: Row 1 of sheet 'Roster'"
            )
    code, out, err = cli("delegates", "list", "--json")
    assert (code, json.loads(out)) == (0, [])
    assert not (Path(tmp_path) / "backups").exists()


def test_formula_like_values_import_as_text_and_export_neutralised(ctx, tmp_path):
    """What an import stores can never reach a spreadsheet as a formula through an export."""
    from openpyxl import load_workbook

    from dialogue_planner.services.roster import export_roster
    from dialogue_planner.services.roster_import import apply_import

    from .helpers import HEADER, opts

    values = [
        "=cmd|' /C calc'!A0",
        "+1+1",
        "-2+3",
        "@SUM(A1)",
        "\t=1",
        ' =HYPERLINK("x")',
        "'=already",
        "\r=cr",
    ]
    rows = [
        ["CN", "MPS", f"Name{i}", value, value, value, "", value, f"ID-{value}"]
        for i, value in enumerate(values)
    ]
    result = apply_import(ctx, _written([HEADER, *rows]).encode(), opts(file_name="formulas.csv"))
    assert result.ok and result.created == len(values), result.errors
    export_roster(ctx, tmp_path / "out.csv")
    export_roster(ctx, tmp_path / "out.xlsx")
    exported = list(csv.reader(io.StringIO((tmp_path / "out.csv").read_text("utf-8-sig"), newline="")))
    for row in exported[1:]:
        for cell in row:
            assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")), row
    sheet = load_workbook(tmp_path / "out.xlsx").active
    for row in sheet.iter_rows(min_row=2):
        for cell in row:
            assert cell.data_type != "f"
            assert not str(cell.value or "").startswith(("=", "+", "-", "@", "\t", "\r"))
    given = {row[2]: row[3] for row in exported[1:]}
    assert given["Name0"] == "'=cmd|' /C calc'!A0" and given["Name5"] == '\'=HYPERLINK("x")'


# -- any value in any attribute or text the reader looks at ------------------------------------------------
_RICH_ROWS = (
    '<row r="1">'
    + "".join(f'<c r="{chr(65 + i)}1" t="s"><v>{i}</v></c>' for i in range(5))
    + '</row><row r="2"><c r="A2" t="inlineStr"><is><t>CN</t></is></c>'
    '<c r="B2" t="str"><v>MPS</v></c><c r="C2" s="2"><v>42535</v></c><c r="D2" t="b"><v>1</v></c>'
    '<c r="E2" t="e"><v>#N/A</v></c></row>'
)
_RICH_SHARED = hostile.shared_strings_xml(hostile.HEADER).replace("<sst", '<sst uniqueCount="5"')
RICH = {  # a workbook that uses every attribute the reader reads
    "xl/workbook.xml": hostile.workbook_xml().replace("<sheets>", '<workbookPr date1904="0"/><sheets>'),
    "xl/styles.xml": (
        f'<?xml version="1.0"?><styleSheet xmlns="{hostile.MAIN}"><numFmts count="1">'
        '<numFmt numFmtId="164" formatCode="yyyy-mm-dd"/></numFmts><cellXfs count="3">'
        '<xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/></cellXfs></styleSheet>'
    ),
    "xl/sharedStrings.xml": _RICH_SHARED,
    SHEET: hostile.sheet_xml(_RICH_ROWS, dimension="A1:E2"),
}
_SLOTS = [
    (part, match.group(1))
    for part, text in {**hostile.roster_parts(), **RICH}.items()
    for match in re.finditer(r' ([\w:]+)="', text)
]
_ODD_VALUES = [
    "9" * 5000,
    "-1",
    "0",
    "1e3",
    "XFD1",
    "A0",
    "XFE1",
    "",
    "١٢",
    "../../etc/passwd",
    "/",
    "s",
    "n",
    "inlineStr",
]
_VALUES = st.one_of(st.text(max_size=30), st.sampled_from(_ODD_VALUES))


@FAST
@given(st.sampled_from(sorted(set(_SLOTS))), _VALUES)
def test_any_value_of_any_attribute_is_refused_or_read(slot, value):
    from xml.sax.saxutils import quoteattr

    part, attribute = slot
    parts = {**hostile.roster_parts(), **RICH}
    parts[part] = re.sub(
        f' {re.escape(attribute)}="[^"]*"', lambda _: f" {attribute}={quoteattr(value)}", parts[part], count=1
    )
    try:
        load_table(hostile.pack(parts), "roster.xlsx")
    except ImportFileError as exc:
        assert str(exc).startswith("roster.xlsx: ") and "\n" not in str(exc)


@FAST
@given(
    st.sampled_from(["v", "t"]),
    st.integers(0, 12),
    st.one_of(st.text(max_size=40), st.sampled_from(["9" * 5000, "+" + "1" * 5000])),
)
def test_any_text_of_any_cell_is_refused_or_read(element, which, value):
    from xml.sax.saxutils import escape

    parts = {**hostile.roster_parts(), **RICH}
    texts = list(re.finditer(f"<{element}>([^<]*)</{element}>", parts[SHEET]))
    found = texts[which % len(texts)]
    parts[SHEET] = parts[SHEET][: found.start(1)] + escape(value) + parts[SHEET][found.end(1) :]
    try:
        load_table(hostile.pack(parts), "roster.xlsx")
    except ImportFileError as exc:
        assert str(exc).startswith("roster.xlsx: ") and "\n" not in str(exc)


def test_parts_are_read_as_utf8_or_utf16_whatever_encoding_they_declare():
    sheet = hostile.roster_parts()[SHEET]
    as_utf16 = sheet.replace('encoding="UTF-8"', 'encoding="UTF-16"').encode("utf-16")
    assert table_rows(hostile.workbook(sheet=as_utf16)) == VALID_ROWS
    for declared in ("rot13", "idna", "gb18030", "no-such-codec"):  # never looked up
        assert table_rows(hostile.workbook(sheet=sheet.replace("UTF-8", declared))) == VALID_ROWS
    broken = codecs.BOM_UTF16_LE + "<worksheet>".encode("utf-16-le") + b"\x00\xd8"
    message = refused(hostile.workbook(sheet=broken))
    assert "its part xl/worksheets/sheet1.xml is not valid UTF-16 text" in message
