"""Safe exports: CSV with a BOM, XLSX with string cells, formula-like values neutralised in both."""

from __future__ import annotations

import csv
import io

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook

from dialogue_planner.domain.errors import ValidationError
from dialogue_planner.interchange.roster_reader import read_roster
from dialogue_planner.interchange.tabular_export import csv_bytes, neutralise, write_table, xlsx_bytes

DANGEROUS = ["=1+2", "+86 10 1234", "-2", "@SUM(A1)", "\tx", "\rx", '=HYPERLINK("http://evil","go")']


@pytest.mark.parametrize("value", DANGEROUS)
def test_formula_like_text_gets_an_apostrophe(value):
    assert neutralise(value) == "'" + value


@pytest.mark.parametrize("value", ["Zhang", "张伟", "a=b", "", "'already"])
def test_plain_text_is_left_alone(value):
    assert neutralise(value) == value


def test_csv_has_a_bom_and_neutralised_cells_and_keeps_chinese():
    data = csv_bytes(["Name", "Phone"], [["张伟", "+86 10 1234"], ["=cmd|' /C calc'!A0", 5], [None, True]])
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    assert rows == [["Name", "Phone"], ["张伟", "'+86 10 1234"], ["'=cmd|' /C calc'!A0", "5"], ["", "yes"]]


def test_xlsx_cells_are_strings_never_formulas_and_numbers_stay_numbers():
    data = xlsx_bytes(["Name", "Value"], [["=1+2", 3], ["张伟", "@x"], ["bell\x07", None]], "Roster")
    sheet = load_workbook(io.BytesIO(data)).active
    assert sheet.title == "Roster"
    assert sheet.freeze_panes == "A2"
    assert sheet["A1"].font.b
    assert (sheet["A2"].value, sheet["A2"].data_type) == ("'=1+2", "s")
    assert (sheet["B2"].value, sheet["B2"].data_type) == (3, "n")
    assert sheet["B3"].value == "'@x"
    assert sheet["A4"].value == "bell"
    assert all(c.data_type != "f" for row in sheet.iter_rows() for c in row)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.text(max_size=12), min_size=1, max_size=4))
def test_no_exported_cell_ever_starts_like_a_formula(values):
    rows = [values]
    for cell in list(
        csv.reader(io.StringIO(csv_bytes(["h"] * len(values), rows).decode("utf-8-sig"), newline=""))
    )[1]:
        assert not cell.startswith(("=", "+", "-", "@", "\t", "\r"))
    sheet = load_workbook(io.BytesIO(xlsx_bytes(["h"] * len(values), rows))).active
    for cell in next(sheet.iter_rows(min_row=2, max_row=2)):
        assert cell.value is None or not str(cell.value).startswith(("=", "+", "-", "@", "\t", "\r"))
        assert cell.data_type != "f"


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_export_reimports_unchanged(tmp_path, suffix):
    header = ["Side", "Agency", "Family name", "Phone", "Title"]
    rows = [["CN", "MPS", "张", "+86 10 1234", "=Director"], ["US", "FBI", "Lee", "-", "Agent"]]
    path = write_table(tmp_path / f"roster{suffix}", header, rows)
    parsed = read_roster(path.read_bytes(), path.name)
    assert [
        [r.values[f] for f in ("side", "agency", "family_name", "phone", "title")] for r in parsed.rows
    ] == [["CN", "MPS", "张", "+86 10 1234", "=Director"], ["US", "FBI", "Lee", "-", "Agent"]]


def test_write_table_refuses_unknown_format_and_missing_folder_and_leaves_no_partial_file(tmp_path):
    with pytest.raises(ValidationError, match="must end in .csv or .xlsx"):
        write_table(tmp_path / "roster.pdf", ["a"], [])
    with pytest.raises(ValidationError, match="does not exist"):
        write_table(tmp_path / "nowhere" / "roster.csv", ["a"], [])

    def exploding_rows():
        yield ["fine"]
        raise RuntimeError("boom")

    target = tmp_path / "roster.csv"
    target.write_bytes(b"previous export")
    with pytest.raises(RuntimeError):
        write_table(target, ["a"], exploding_rows())
    assert target.read_bytes() == b"previous export"
    assert [p.name for p in tmp_path.iterdir()] == ["roster.csv"]
