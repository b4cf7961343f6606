"""Building roster files in tests: CSV text in any encoding and delimiter, XLSX workbooks with title rows."""

from __future__ import annotations

import io
import threading

from openpyxl import Workbook

HEADER = [
    "Side",
    "Agency",
    "Family name",
    "Given name",
    "Native name",
    "Title",
    "Email",
    "Phone",
    "External ID",
]

# A roster imported first, and a file that then changes one delegate, keeps one and adds two (one of them
# to an agency named in full).
SEED = [
    [
        "CN",
        "MPS",
        "Zhang",
        "Wei",
        "张伟",
        "Director General",
        "zhang.wei@mps.example",
        "+86 10 6620 0001",
        "CN-1",
    ],
    ["CN", "MPS", "Li", "Na", "李娜", "Deputy Director", "li.na@mps.example", "", "CN-2"],
]

FILE = [
    [
        "CN",
        "MPS",
        "Zhang",
        "Wei",
        "张伟",
        "Vice Minister",
        "zhang.wei@mps.example",
        "+86 10 6620 0001",
        "CN-1",
    ],
    SEED[1],
    ["US", "DHS", "Smith", "Anna", "", "Deputy Secretary", "anna.smith@dhs.example", "202-555-0100", "US-1"],
    ["US", "Federal Bureau of Investigation", "Lee", "Tom", "", "Special Agent", "", "", ""],
]


def csv_data(rows, header=HEADER, delimiter=",", encoding="utf-8", title_rows=()) -> bytes:
    lines = [delimiter.join(t) for t in title_rows]
    lines.append(delimiter.join(header))
    lines += [delimiter.join(str(c) for c in row) for row in rows]
    return ("\r\n".join(lines) + "\r\n").encode(encoding)


def xlsx_data(rows, header=HEADER, title_rows=(), sheet="Roster", extra_sheets=()) -> bytes:
    workbook = Workbook()
    worksheet = workbook.active
    worksheet.title = sheet
    for title in title_rows:
        worksheet.append(list(title))
    worksheet.append(list(header))
    for row in rows:
        worksheet.append(list(row))
    for name in extra_sheets:
        workbook.create_sheet(name).append(["nothing", "here"])
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def opts(**kw):
    """Import options for a test file (named roster.csv unless said otherwise)."""
    from dialogue_planner.services.roster_import import ImportOptions

    kw.setdefault("file_name", "roster.csv")
    return ImportOptions(**kw)


def backup_threads_end() -> None:
    """Wait for the imports' background backups (their rotation of older copies comes after the import)."""
    from dialogue_planner.storage.backup import BACKUP_THREAD

    for thread in threading.enumerate():
        if thread.name == BACKUP_THREAD:
            thread.join(10)
            assert not thread.is_alive()
