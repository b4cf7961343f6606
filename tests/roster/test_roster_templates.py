"""The shipped roster templates: found from the installed package, built by the module, and importable."""

from __future__ import annotations

import io

import pytest
from openpyxl import load_workbook

from dialogue_planner.domain.errors import ImportFileError
from dialogue_planner.interchange.roster_fields import FIELDS, field_for_header
from dialogue_planner.interchange.roster_reader import load_table, read_roster
from dialogue_planner.interchange.roster_template import TEMPLATE_HEADER, template_csv, template_xlsx
from dialogue_planner.resources_path import resource


def test_csv_template_is_the_built_one():
    assert resource("templates", "roster-template.csv").read_bytes() == template_csv()


def test_xlsx_template_has_the_header_and_instructions():
    shipped = load_workbook(resource("templates", "roster-template.xlsx"))
    built = load_workbook(io.BytesIO(template_xlsx()))
    for book in (shipped, built):
        assert book.sheetnames == ["Roster", "Instructions"]
        assert [c.value for c in book["Roster"][1]] == TEMPLATE_HEADER
        assert book["Instructions"].max_row == len(FIELDS) + 1
        assert "方" in book["Instructions"]["C2"].value


@pytest.mark.parametrize("name", ["roster-template.csv", "roster-template.xlsx"])
def test_templates_name_every_field_and_import_once_filled(name):
    data = resource("templates", name).read_bytes()
    header = load_table(data, name).rows[0][1]
    assert [field_for_header(h) for h in header] == [f.name for f in FIELDS]
    with pytest.raises(ImportFileError, match="no delegate rows"):
        read_roster(data, name)
    if name.endswith(".csv"):
        filled = data + "CN,MPS,Zhang,Wei,张伟,Director,zw@mps.example,+86 10 1,CN-1\r\n".encode()
        assert read_roster(filled, name).rows[0].values["native_name"] == "张伟"
