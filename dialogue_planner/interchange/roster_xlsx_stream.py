"""A streaming reader of XLSX worksheets (zip + expat), several times faster than openpyxl's read-only
mode on large rosters, with the same typed values: shared and inline strings, numbers, booleans, error
codes, and dates recognised by their number format.

Anything it does not understand raises :class:`UnsupportedWorkbook`, and the caller falls back to openpyxl.
"""

from __future__ import annotations

import posixpath
import re
import zipfile
from collections.abc import Iterator
from datetime import datetime, timedelta
from xml.etree.ElementTree import ParseError, iterparse

BUILTIN_DATE_FORMATS = frozenset([*range(14, 23), *range(27, 37), *range(45, 48), *range(50, 59)])
_QUOTED = re.compile(r'"[^"]*"|\[[^\]]*\]|\\.|_.|\*.')
_CELL_REF = re.compile(r"([A-Z]+)(\d+)")
EPOCH_1900 = datetime(1899, 12, 30)
EPOCH_1904 = datetime(1904, 1, 1)


class UnsupportedWorkbook(Exception):
    """The workbook uses a structure this reader does not handle; openpyxl reads it instead."""


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _attr(element, name: str) -> str | None:
    """An attribute by local name, whatever its namespace (r:id, strict OOXML ...)."""
    if name in element.attrib:
        return element.attrib[name]
    for key, value in element.attrib.items():
        if _local(key) == name:
            return value
    return None


def is_date_format(code: str) -> bool:
    cleaned = _QUOTED.sub("", code).lower()
    if cleaned in ("general", "@", ""):
        return False
    return any(ch in cleaned for ch in "dmyhs") and not cleaned.startswith("[$-f400]")


def column_index(letters: str) -> int:
    index = 0
    for ch in letters:
        index = index * 26 + (ord(ch) - 64)
    return index - 1


class StreamingWorkbook:
    def __init__(self, archive: zipfile.ZipFile) -> None:
        self.archive = archive
        self.names = set(archive.namelist())
        self.sheets: list[tuple[str, str]] = []   # (name, part path)
        self.date1904 = False
        self._shared: list[str] | None = None
        self._date_styles: set[int] | None = None
        self._read_workbook()

    def _parse(self, part: str):
        if part not in self.names:
            raise UnsupportedWorkbook(f"missing part {part}")
        with self.archive.open(part) as stream:
            head = stream.read(512)
        if b"<!DOCTYPE" in head or b"<!ENTITY" in head:
            raise UnsupportedWorkbook("document type declarations are not allowed")
        return iterparse(self.archive.open(part), events=("end",))

    def _read_workbook(self) -> None:
        rels: dict[str, str] = {}
        for _, el in self._parse("xl/_rels/workbook.xml.rels"):
            if _local(el.tag) == "Relationship":
                target = el.get("Target", "")
                path = target.lstrip("/") if target.startswith("/") else posixpath.normpath(posixpath.join("xl", target))
                rels[el.get("Id", "")] = path
        for _, el in self._parse("xl/workbook.xml"):
            tag = _local(el.tag)
            if tag == "sheet":
                part = rels.get(_attr(el, "id") or "")
                if part is None:
                    raise UnsupportedWorkbook("sheet without a part")
                self.sheets.append((el.get("name", ""), part))
            elif tag == "workbookPr":
                self.date1904 = (el.get("date1904") or "").lower() in ("1", "true")

    def shared_strings(self) -> list[str]:
        if self._shared is None:
            strings: list[str] = []
            part = "xl/sharedStrings.xml"
            if part in self.names:
                for _, el in self._parse(part):
                    if _local(el.tag) == "si":
                        strings.append(_text_of(el))
                        el.clear()
            self._shared = strings
        return self._shared

    def date_styles(self) -> set[int]:
        if self._date_styles is None:
            custom: dict[int, str] = {}
            xfs: list[int] = []
            part = "xl/styles.xml"
            if part in self.names:
                in_cell_xfs = False
                for event, el in iterparse(self.archive.open(part), events=("start", "end")):
                    tag = _local(el.tag)
                    if tag == "cellXfs":
                        in_cell_xfs = event == "start"
                    elif event == "end" and tag == "numFmt":
                        custom[int(el.get("numFmtId", "0"))] = el.get("formatCode", "")
                    elif event == "end" and tag == "xf" and in_cell_xfs:
                        xfs.append(int(el.get("numFmtId", "0")))
            self._date_styles = {
                index for index, fmt in enumerate(xfs)
                if (fmt in custom and is_date_format(custom[fmt])) or (fmt not in custom and fmt in BUILTIN_DATE_FORMATS)
            }
        return self._date_styles

    def rows(self, part: str) -> Iterator[tuple[int, list[object]]]:
        """(row number, typed cell values) for every row element of the sheet, in file order."""
        shared = self.shared_strings()
        dates = self.date_styles()
        epoch = EPOCH_1904 if self.date1904 else EPOCH_1900
        next_row = 1
        ns = None
        for _, el in self._parse(part):
            if ns is None:
                ns = el.tag[:el.tag.index("}") + 1] if el.tag.startswith("{") else ""
                row_tag, cell_tag, value_tag, inline_tag, text_tag = (ns + t for t in ("row", "c", "v", "is", "t"))
            if el.tag != row_tag:
                continue
            number = int(el.get("r") or next_row)
            next_row = number + 1
            values: list[object] = []
            position = 0
            for cell in el:
                if cell.tag != cell_tag:
                    continue
                ref = cell.get("r")
                if ref:
                    match = _CELL_REF.match(ref)
                    if match:
                        position = column_index(match.group(1))
                if position > 16_383:
                    raise UnsupportedWorkbook("column beyond XFD")
                while len(values) < position:
                    values.append(None)
                raw = inline = None
                for child in cell:
                    if child.tag == value_tag:
                        raw = child.text
                    elif child.tag == inline_tag:
                        inline = child
                if inline is not None:
                    first = inline[0] if len(inline) == 1 else None
                    values.append(first.text or "" if first is not None and first.tag == text_tag
                                  else _text_of(inline))
                else:
                    values.append(_cell_value(cell, raw, shared, dates, epoch))
                position += 1
            el.clear()
            yield number, values


def _text_of(element) -> str:
    """The text of a string item: plain <t>, or rich-text runs; phonetic runs (<rPh>) left out."""
    parts = []
    for child in element:
        tag = _local(child.tag)
        if tag == "t":
            parts.append(child.text or "")
        elif tag == "r":
            parts.extend(t.text or "" for t in child if _local(t.tag) == "t")
    return "".join(parts)


def _cell_value(cell, raw: str | None, shared: list[str], dates: set[int], epoch: datetime) -> object:
    kind = cell.get("t", "n")
    if raw is None:
        return None
    if kind == "s":
        try:
            return shared[int(raw)]
        except (ValueError, IndexError):
            raise UnsupportedWorkbook("bad shared string index") from None
    if kind in ("str", "e"):
        return raw
    if kind == "b":
        return raw.strip() in ("1", "true")
    if kind == "d":
        return raw
    try:
        number: int | float = int(raw) if raw.lstrip("-").isdigit() else float(raw)
    except ValueError:
        raise UnsupportedWorkbook(f"bad number {raw!r}") from None
    style = cell.get("s")
    if style is not None and style.isdigit() and int(style) in dates and 0 <= number < 2_958_466:
        return excel_datetime(number, epoch)
    return number


def excel_datetime(serial: float, epoch: datetime):
    """A serial date as Excel (and openpyxl) reads it: millisecond precision, the fictional 29 Feb 1900
    accounted for, a time of day for serials below 1."""
    day, fraction = divmod(serial, 1)
    diff = timedelta(milliseconds=round(fraction * 86_400_000))
    if 0 <= serial < 1 and diff.days == 0:
        return (datetime.min + diff).time()
    if 0 < serial < 60 and epoch == EPOCH_1900:
        day += 1
    return epoch + timedelta(days=day) + diff


def open_streaming(data) -> StreamingWorkbook:
    try:
        return StreamingWorkbook(zipfile.ZipFile(data))
    except (KeyError, ValueError, ParseError) as exc:
        raise UnsupportedWorkbook(str(exc)) from None
