"""The roster templates shipped in resources/templates (CSV and XLSX), and how they are built.

``python -m dialogue_planner.interchange.roster_template`` rewrites them; a test checks that the shipped
files are what this module builds and that they import cleanly.
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

from .roster_fields import FIELDS
from .tabular_export import csv_bytes

TEMPLATE_HEADER = [f.label for f in FIELDS]
INSTRUCTIONS = [
    ("Side", "US or CN (also: United States, China, 美国, 中国, 美方, 中方)."),
    (
        "Agency",
        "Acronym, English or Chinese name of the agency on that side: MPS, 公安部, Ministry of Public Security.",
    ),
    ("Family name", "Required. Latin script; for Chinese names the pinyin family name (Zhang)."),
    ("Given name", "Latin script (Wei)."),
    ("Native name", "The name in Chinese characters (张伟), if any."),
    ("Title", "Position or rank, in English."),
    ("Email", "Work email; also how a delegate is recognised when there is no External ID."),
    (
        "Phone",
        "As dialled, with the country code (+86 10 ...). Type it as text so Excel keeps leading zeros.",
    ),
    (
        "External ID",
        "The agency's own staff number: the surest way to recognise a delegate in the next roster.",
    ),
    ("Title (Chinese)", "Position or rank in Chinese (司长); the Chinese briefing pack prints it."),
]


def template_csv() -> bytes:
    return csv_bytes(TEMPLATE_HEADER, [])


def template_xlsx() -> bytes:
    """The header row (every column formatted as text) and an instructions sheet, in English and Chinese."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    workbook = Workbook()
    sheet = workbook.worksheets[0]
    sheet.title = "Roster"
    sheet.append(TEMPLATE_HEADER)
    for index, cell in enumerate(sheet[1], start=1):
        cell.font = Font(bold=True)
        letter = get_column_letter(index)
        sheet.column_dimensions[letter].width = 22 if index > 2 else 12
        sheet.column_dimensions[letter].number_format = "@"
    sheet.freeze_panes = "A2"
    notes = workbook.create_sheet("Instructions")
    notes.append(["Column", "What to enter", "Also accepted as header"])
    for cell in notes[1]:
        cell.font = Font(bold=True)
    for (label, text), field in zip(INSTRUCTIONS, FIELDS, strict=True):
        notes.append([label, text, ", ".join(a for a in field.aliases if a.casefold() != label.casefold())])
    notes.column_dimensions["A"].width = 14
    notes.column_dimensions["B"].width = 90
    notes.column_dimensions["C"].width = 50
    for row in notes.iter_rows(min_row=2):
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    buffer = io.BytesIO()
    workbook.properties.creator = "Dialogue Planner"
    workbook.save(buffer)
    return buffer.getvalue()


def write_templates(folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = [folder / "roster-template.csv", folder / "roster-template.xlsx"]
    paths[0].write_bytes(template_csv())
    paths[1].write_bytes(template_xlsx())
    return paths


if __name__ == "__main__":
    from dialogue_planner.resources_path import resource

    for path in write_templates(resource("templates")):
        print(path, file=sys.stdout)
