"""Reading roster files: encodings, delimiters, header detection, aliases, Excel types, every bad input."""

from __future__ import annotations

import codecs
import io

import pytest
from openpyxl import Workbook

from dialogue_planner.cli.json_shapes import row_issue_json
from dialogue_planner.domain.errors import ImportFileError
from dialogue_planner.interchange.roster_fields import field_for_header
from dialogue_planner.interchange.roster_reader import load_table, read_roster, sheet_names

from .helpers import HEADER, csv_data, xlsx_data

ZHANG = [
    "CN",
    "MPS",
    "Zhang",
    "Wei",
    "张伟",
    "Director",
    "zhang.wei@mps.gov.cn",
    "+86 10 6620 0000",
    "CN-001",
]
SMITH = [
    "US",
    "DHS",
    "Smith",
    "Anna",
    "",
    "Deputy Secretary",
    "anna.smith@hq.dhs.gov",
    "202-555-0100",
    "US-007",
]


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "gb18030"])
@pytest.mark.parametrize("delimiter", [",", ";", "\t"])
def test_every_encoding_and_delimiter_reads_the_same_rows(encoding, delimiter):
    parsed = read_roster(csv_data([ZHANG, SMITH], delimiter=delimiter, encoding=encoding), "roster.csv")
    assert parsed.table.delimiter == delimiter
    assert parsed.header_row == 1
    assert [r.number for r in parsed.rows] == [2, 3]
    assert parsed.rows[0].values["native_name"] == "张伟"
    assert parsed.rows[0].values["phone"] == "+86 10 6620 0000"
    assert parsed.rows[1].values["email"] == "anna.smith@hq.dhs.gov"
    assert parsed.issues == ()


def test_encoding_is_reported():
    assert load_table(csv_data([ZHANG], encoding="gb18030")).encoding == "gb18030"
    assert load_table(csv_data([ZHANG], encoding="utf-8-sig")).encoding == "utf-8-sig"
    assert load_table(csv_data([ZHANG], encoding="utf-16")).encoding == "utf-16"
    assert load_table(csv_data([ZHANG], encoding="utf-16-le")).encoding == "utf-16-le"


def test_bom_does_not_end_up_in_the_first_header():
    parsed = read_roster(codecs.BOM_UTF8 + csv_data([ZHANG]), "r.csv")
    assert parsed.column_map.headers["side"] == "Side"


def test_header_found_below_title_rows_and_row_numbers_are_as_in_the_file():
    data = csv_data([ZHANG], title_rows=[["Delegation of the Ministry of Public Security"], [""]])
    parsed = read_roster(data, "r.csv")
    assert parsed.header_row == 3
    assert parsed.rows[0].number == 4


def test_chinese_and_alias_headers_are_recognised_ignoring_case_and_spacing():
    header = ["国别", "单位", "姓", "名", "中文姓名", "职务", "电子邮件", "电话", "编号"]
    parsed = read_roster(csv_data([ZHANG], header=header), "r.csv")
    assert parsed.rows[0].values["family_name"] == "Zhang"
    assert parsed.rows[0].values["external_id"] == "CN-001"
    for text, field in [
        ("  E-MAIL ", "email"),
        ("last_name", "family_name"),
        ("First  Name", "given_name"),
        ("ＥＭＡＩＬ", "email"),
        ("Position", "title"),
        ("TELEPHONE", "phone"),
        ("邮箱", "email"),
        ("机构", "agency"),
        ("方", "side"),
        ("姓名", "native_name"),
        ("Notes", None),
    ]:
        assert field_for_header(text) == field


def test_quoted_cells_with_delimiters_and_line_breaks_keep_the_row_number_of_their_start():
    text = 'Side,Agency,Family name,Title\r\nCN,MPS,Zhang,"Director, Cyber\r\nSecurity Bureau"\r\nUS,FBI,Lee,Agent\r\n'
    parsed = read_roster(text.encode(), "r.csv")
    assert parsed.rows[0].values["title"] == "Director, Cyber Security Bureau"
    assert [r.number for r in parsed.rows] == [2, 4]


def test_blank_lines_are_skipped_and_numbering_continues():
    text = "Side,Agency,Family name\n\nCN,MPS,Zhang\n,,\nUS,FBI,Lee\n"
    parsed = read_roster(text.encode(), "r.csv")
    assert [r.number for r in parsed.rows] == [3, 5]


def test_xlsx_with_title_rows_and_a_chosen_sheet():
    data = xlsx_data(
        [ZHANG, SMITH],
        title_rows=[["US-China dialogue roster"], []],
        sheet="Delegates",
        extra_sheets=["Notes"],
    )
    assert sheet_names(data, "r.xlsx") == ["Delegates", "Notes"]
    parsed = read_roster(data, "r.xlsx", sheet="Delegates")
    assert parsed.header_row == 3
    assert [r.number for r in parsed.rows] == [4, 5]
    assert parsed.rows[0].values["native_name"] == "张伟"
    with pytest.raises(ImportFileError, match="no sheet 'Missing': it has Delegates, Notes"):
        read_roster(data, "r.xlsx", sheet="Missing")
    with pytest.raises(ImportFileError, match="No header row found"):
        read_roster(data, "r.xlsx", sheet="Notes")


def test_excel_numbers_and_dates_in_text_columns_keep_their_digits():
    from datetime import datetime

    row = ["CN", "MPS", "Wang", "Fang", "", datetime(2016, 6, 14), "", 13800138000, 42.0]
    parsed = read_roster(xlsx_data([row]), "r.xlsx")
    values = parsed.rows[0].values
    assert values["phone"] == "13800138000"
    assert values["external_id"] == "42"
    assert values["title"] == "2016-06-14"
    row = ["CN", "MPS", "Wang", "", "", 1.5, "", 8610123456789.0, 123456789012345]
    values = read_roster(xlsx_data([row]), "r.xlsx").rows[0].values
    assert values["phone"] == "8610123456789"
    assert values["external_id"] == "123456789012345"
    assert values["title"] == "1.5"


def test_explicit_header_row_and_mapping_override():
    header = ["Country", "Org", "Surname", "Mail 1", "Mail 2"]
    data = csv_data([["CN", "MPS", "Zhang", "a@x.cn", "b@x.cn"]], header=header)
    with pytest.raises(ImportFileError, match="Missing required column: agency"):
        read_roster(data, "r.csv")
    parsed = read_roster(data, "r.csv", header_row=1, mapping={"agency": "org", "email": "Mail 2"})
    assert parsed.rows[0].values["agency"] == "MPS"
    assert parsed.rows[0].values["email"] == "b@x.cn"
    assert parsed.column_map.as_saved()["email"] == "Mail 2"
    unmapped = read_roster(data, "r.csv", mapping={"agency": "Org", "email": ""})
    assert "email" not in unmapped.rows[0].values


def test_mapping_errors_are_named():
    data = csv_data([ZHANG])
    with pytest.raises(ImportFileError, match="column 'Division', which the file does not have"):
        read_roster(data, "r.csv", mapping={"title": "Division"})
    with pytest.raises(ImportFileError, match="unknown fields: nickname"):
        read_roster(data, "r.csv", mapping={"nickname": "Title"})
    with pytest.raises(ImportFileError, match="Row 9 is empty or beyond the end"):
        read_roster(data, "r.csv", header_row=9)


@pytest.mark.parametrize(
    "data, message",
    [
        (b"", "The file is empty"),
        (b"  \r\n\r\n", "The file is empty"),
        (codecs.BOM_UTF8, "The file is empty"),
        (b"%PDF-1.7\n...", "it is a PDF document"),
        (b"\x89PNG\r\n\x1a\n\x00\x00", "PNG image"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 40, r"Excel 97-2003 \(.xls\)"),
        (b"\x00\x01\x02\x03\x04\x05\x06\x07\x08" * 20, "binary"),
        (
            b"PK\x03\x04garbage that is no zip",
            r"r.csv: The Excel workbook is damaged \(the end of the archive",
        ),
        (b"Side,Agency\nCN,MPS\n", "Missing required column: family_name"),
        (b"Name,Notes\nZhang,x\n", "No header row found"),
        (b"Side,Agency,Surname\n", r"header \(row 1\) but no delegate rows"),
        (
            b"Side,Agency,Surname,Email,E-mail\nCN,MPS,Z,a@b.cn,c@d.cn\n",
            "Ambiguous header: columns D 'Email' and E 'E-mail' both name email",
        ),
        (
            b'Side,Agency,Surname,Notes\nCN,MPS,Z,"unclosed\n',
            r"r.csv: Line 2: .* quote \(\"\) that is never closed",
        ),
    ],
)
def test_file_level_problems_are_clear_import_errors(data, message):
    with pytest.raises(ImportFileError, match=message):
        read_roster(data, "r.csv")


def test_file_named_xlsx_that_is_text_is_refused():
    with pytest.raises(ImportFileError, match="named like an Excel workbook but is not one"):
        read_roster(csv_data([ZHANG]), "roster.xlsx")


def test_csv_has_no_sheets():
    with pytest.raises(ImportFileError, match="A CSV file has no sheets"):
        load_table(csv_data([ZHANG]), "r.csv", sheet="Sheet1")


def test_empty_workbook_sheet():
    workbook = Workbook()
    buffer = io.BytesIO()
    workbook.save(buffer)
    with pytest.raises(ImportFileError, match="Sheet 'Sheet' is empty"):
        read_roster(buffer.getvalue(), "r.xlsx")


def test_every_row_problem_is_reported_with_row_column_and_reason():
    rows = [
        ["CN", "MPS", "", "Wei", "", "", "", "", ""],  # 2: family name missing
        ["", "MPS", "Li", "", "", "", "", "", ""],  # 3: side missing
        ["CN", "MPS", "Wu", "", "", "", "wu@@mps", "", ""],  # 4: malformed email
        ["CN", "MPS", "Ma" * 61, "", "", "", "", "", ""],  # 5: too long
        ["CN", "MPS", "Bad\x07Bell", "", "", "", "", "", ""],  # 6: control character
        ["US", "FBI", "Good", "Row", "", "", "good@fbi.gov", "", ""],  # 7: fine
    ]
    parsed = read_roster(csv_data(rows), "r.csv")
    found = {(i.row, i.column): i.message for i in parsed.issues}
    assert found == {
        (2, "Family name"): "Required value missing.",
        (3, "Side"): "Required value missing.",
        (4, "Email"): "Malformed email address 'wu@@mps'.",
        (5, "Family name"): "Too long: 122 characters, at most 120.",
        (6, "Family name"): "Contains control characters (U+0007).",
    }
    assert [r.number for r in parsed.valid_rows] == [7]
    assert [row_issue_json(i) for i in parsed.issues][0] == {
        "row": 2,
        "column": "Family name",
        "message": "Required value missing.",
    }


def test_cells_are_cleaned_and_formula_like_values_stay_plain_text():
    rows = [["CN", "MPS", "  Zhang\u00a0 ", "Wei\u200b", "", '=HYPERLINK("x")', "", "'+86 10 1234", "@1"]]
    values = read_roster(csv_data(rows), "r.csv").rows[0].values
    assert values["family_name"] == "Zhang"
    assert values["given_name"] == "Wei"
    assert values["title"] == '=HYPERLINK("x")'
    assert values["phone"] == "+86 10 1234"  # the apostrophe an export added is taken off again
    assert values["external_id"] == "@1"


def test_short_rows_and_extra_columns_are_tolerated():
    text = "Side,Agency,Family name,Given name,Unrelated\nCN,MPS,Zhang\nUS,FBI,Lee,Ann,x,y,z\n"
    parsed = read_roster(text.encode(), "r.csv")
    assert parsed.rows[0].values["given_name"] == ""
    assert parsed.rows[1].values["given_name"] == "Ann"
    assert parsed.issues == ()


def test_template_header_order_is_the_documented_one():
    assert [field_for_header(h) for h in HEADER] == [
        "side",
        "agency",
        "family_name",
        "given_name",
        "native_name",
        "title",
        "email",
        "phone",
        "external_id",
    ]


def test_excel_separator_hint_line_is_honoured_and_not_a_row():
    text = "sep=;\r\nSide;Agency;Family name;Title\r\nCN;MPS;Zhang;Director, Cyber\r\n"
    parsed = read_roster(text.encode("utf-8"), "r.csv")
    assert parsed.table.delimiter == ";" and parsed.header_row == 2
    assert [(r.number, r.values["title"]) for r in parsed.rows] == [(3, "Director, Cyber")]


def test_unreadable_paths_are_clear_errors(tmp_path):
    from dialogue_planner.interchange.roster_reader import read_file_bytes

    with pytest.raises(ImportFileError, match="is a folder, not a roster file"):
        read_file_bytes(tmp_path)
    with pytest.raises(ImportFileError, match="There is no file"):
        read_file_bytes(tmp_path / "missing.xlsx")
    path = tmp_path / "r.csv"
    path.write_bytes(csv_data([ZHANG]))
    assert read_file_bytes(path) == csv_data([ZHANG])


def test_a_second_header_line_in_chinese_is_skipped():
    header_zh = ["国别", "单位", "姓", "名", "中文姓名", "职务", "电子邮件", "电话", "编号"]
    parsed = read_roster(xlsx_data([header_zh, ZHANG], title_rows=[["公安部代表团名单"]]), "r.xlsx")
    assert parsed.header_row == 2 and [r.number for r in parsed.rows] == [4]
    assert parsed.issues == ()
    shifted = ["编号", "国别", "单位", "姓", "名", "中文姓名", "职务", "电子邮件", "电话"]
    parsed = read_roster(csv_data([shifted, ZHANG]), "r.csv")
    assert [r.number for r in parsed.rows] == [2, 3]  # not the same columns: a (bad) data row, reported
    assert {i.row for i in parsed.issues} == {2}


def test_a_chinese_roster_with_only_full_names_is_told_how_to_map_them():
    data = csv_data([["CN", "公安部", "张伟"]], header=["国别", "单位", "姓名"])
    with pytest.raises(ImportFileError, match="Missing required column: family_name .* column '姓名' only"):
        read_roster(data, "r.csv")
    parsed = read_roster(data, "r.csv", mapping={"family_name": "姓名"})
    assert parsed.rows[0].values["family_name"] == "张伟" and parsed.rows[0].values["native_name"] == "张伟"
