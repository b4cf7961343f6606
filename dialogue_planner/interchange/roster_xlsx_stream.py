"""A streaming reader of XLSX workbooks: zip and expat, no element tree, every count bounded as it goes.

The XML is never built into a tree: expat calls back per element and only the current row is kept, so
memory follows what the sheet holds, not what it claims. Rows, columns, cells, shared strings (how many
and their characters), styles, sheets, nesting, names and the length of a tag are checked against
:mod:`roster_limits` as they arrive, and the archive's parts before they are unpacked (:mod:`roster_zip`).
A document type declaration (which entity bombs and external entities need) is refused outright; OOXML
never has one.
Values read as openpyxl reads them with ``data_only=True`` (shared and inline strings, numbers, booleans,
error codes, dates recognised by their number format), already turned into text.
"""

from __future__ import annotations

import codecs
import posixpath
from collections.abc import Callable, Iterator
from xml.parsers import expat

from dialogue_planner.domain.errors import ImportFileError
from dialogue_planner.domain.messages import msg

from . import roster_limits as limits
from .roster_cells import shown
from .roster_header import column_letter
from .roster_limits import beyond, count, megabytes
from .roster_xlsx_values import (
    BUILTIN_DATE_FORMATS,
    EPOCH_1900,
    EPOCH_1904,
    is_date_format,
    iso_text,
    number_text,
    unescape,
)
from .roster_zip import RESAVE, Archive, damaged

EXCEL_MAX_ROW = 1_048_576
EXCEL_MAX_COLUMN = 16_384
_TABLE, _CHART, _OTHER = "worksheet", "chartsheet", "other"
WORKBOOK_MAY = "a roster workbook may have"
ESCAPED_LENGTH = 7  # the most characters a text's one character takes as stored: "_x000D_"


def _local(name: str) -> str:
    """An element or attribute name without its namespace (expat gives "namespace}name")."""
    return name[name.rfind("}") + 1 :]


def _attr(attrs: dict, local: str) -> str | None:
    """An attribute by local name, whatever its namespace (r:id, strict OOXML ...)."""
    if local in attrs:
        return attrs[local]
    for key, value in attrs.items():
        if _local(key) == local:
            return value
    return None


def _whole(text: str | None) -> int | None:
    """A whole number in ASCII digits (not "١٢", not 5,000 digits, which int() would refuse); else None."""
    if text and len(text) <= 18 and text.isascii() and text.isdigit():
        return int(text)
    return None


def column_index(letters: str) -> int:
    """0-based index of spreadsheet column letters: A -> 0, XFD -> 16,383; -1 for anything else."""
    if not 0 < len(letters) <= 3:
        return -1
    index = 0
    for ch in letters:
        if not "A" <= ch <= "Z":
            return -1
        index = index * 26 + (ord(ch) - 64)
    return index - 1


class _Handler:
    """Callbacks of one part's parse, by local element name (``starts``, ``ends``); nesting bounded here.

    Expat gives "namespace}name"; each full name is looked up once, so an element costs one dictionary
    lookup and, when a callback wants it, one call. Expat keeps every element and attribute name it meets
    until the part ends, so the names are counted too.
    """

    part = ""

    def __init__(self) -> None:
        self.starts: dict[str, Callable[[dict], None]] = {}
        self.ends: dict[str, Callable[[], None]] = {}

    def bind(self, parser) -> None:
        starts, ends = self.starts, self.ends
        start_of: dict[str, Callable[[dict], None] | None] = {}
        end_of: dict[str, Callable[[], None] | None] = {}
        attribute_names: set[str] = set()
        depth = 0

        def on_start(name: str, attrs: dict) -> None:
            nonlocal depth
            depth += 1
            if depth > limits.MAX_XML_DEPTH:
                raise damaged(f"its part {shown(self.part)} nests deeper than {limits.MAX_XML_DEPTH} levels")
            try:
                callback = start_of[name]
            except KeyError:
                self._check_names(len(start_of) + 1, (name,))
                callback = start_of[name] = starts.get(_local(name))
            if attrs and not attribute_names.issuperset(attrs):
                attribute_names.update(attrs)
                self._check_names(len(attribute_names), attrs)
            if callback is not None:
                callback(attrs)

        def on_end(name: str) -> None:
            nonlocal depth
            depth -= 1
            try:
                callback = end_of[name]
            except KeyError:
                callback = end_of[name] = ends.get(_local(name))
            if callback is not None:
                callback()

        parser.StartElementHandler = on_start
        parser.EndElementHandler = on_end
        parser.CharacterDataHandler = getattr(self, "text", None)

    def _check_names(self, different: int, new) -> None:
        if different > limits.MAX_XML_NAMES:
            raise damaged(
                f"its part {shown(self.part)} uses more than {count(limits.MAX_XML_NAMES)} "
                "different "
                "names of elements or attributes"
            )
        if any(len(name) > limits.MAX_XML_NAME_CHARACTERS for name in new):
            raise damaged(
                f"its part {shown(self.part)} has a name longer than "
                f"{count(limits.MAX_XML_NAME_CHARACTERS)} characters"
            )

    def kept(self, attrs: dict, name: str) -> str:
        """An attribute the reader keeps (by local name), refused when longer than any Excel writes."""
        value = (attrs.get(name) if name in attrs else _attr(attrs, name)) or ""
        if len(value) > limits.MAX_KEPT_CHARACTERS:
            raise damaged(f"its part {shown(self.part)} has a {name} of {count(len(value))} characters")
        return value


def _refuse_doctype(*_args) -> None:
    raise damaged("it holds a document type declaration, which Excel never writes")


def _feed(archive: Archive, part: str, handler: _Handler) -> Iterator[None]:
    """Feed a part to expat piece by piece, pausing after each piece (so rows can be handed on).

    The text reaches expat as UTF-8 whatever the part declares (a UTF-16 part is converted first): a
    declared encoding would otherwise make expat look up any codec the file names.
    """
    handler.part = part
    parser = expat.ParserCreate("UTF-8", namespace_separator="}")
    parser.buffer_text = True
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
    parser.StartDoctypeDeclHandler = _refuse_doctype
    parser.EntityDeclHandler = _refuse_doctype
    handler.bind(parser)
    since_tag_end = 0  # bytes since the last ">"
    utf16: codecs.IncrementalDecoder | None = None
    opening = True  # the first chunk says whether the part is UTF-16
    try:
        for chunk in archive.chunks(part):
            if opening and chunk.startswith(_UTF16_BOMS):
                utf16 = codecs.getincrementaldecoder("utf-16")()
            opening = False
            if utf16 is not None:
                chunk = utf16.decode(chunk).encode("utf-8")
            first = chunk.find(b">")
            if (len(chunk) if first < 0 else first) + since_tag_end > limits.MAX_XML_TOKEN_BYTES:
                raise damaged(
                    f"its part {shown(part)} holds a tag or a text longer than "
                    f"{megabytes(limits.MAX_XML_TOKEN_BYTES)}"
                )
            since_tag_end = since_tag_end + len(chunk) if first < 0 else len(chunk) - chunk.rfind(b">") - 1
            parser.Parse(chunk, False)
            yield
        parser.Parse(utf16.decode(b"", True).encode("utf-8") if utf16 is not None else b"", True)
    except expat.ExpatError as exc:
        reason = f"{expat.ErrorString(exc.code)}, line {exc.lineno}"
        raise damaged(f"its part {shown(part)} is not valid XML: {reason}") from None
    except UnicodeDecodeError:
        raise damaged(f"its part {shown(part)} is not valid UTF-16 text") from None
    yield


_UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)


def _parse(archive: Archive, part: str, handler: _Handler) -> None:
    for _ in _feed(archive, part, handler):
        pass


# -- relationships, workbook, styles, shared strings --------------------------------------------------------
class _Relationships(_Handler):
    def __init__(self, base: str) -> None:
        super().__init__()
        self.base = base
        self.targets: dict[str, tuple[str, str]] = {}  # id -> (part, type)
        self.starts["Relationship"] = self._relationship

    def _relationship(self, attrs: dict) -> None:
        if (attrs.get("TargetMode") or "").lower() == "external":
            return
        if len(self.targets) >= limits.MAX_ARCHIVE_MEMBERS:
            raise damaged(f"its part {shown(self.part)} has more relationships than a workbook has parts")
        target = self.kept(attrs, "Target")
        path = target.lstrip("/") if target.startswith("/") else posixpath.join(self.base, target)
        self.targets[self.kept(attrs, "Id")] = (posixpath.normpath(path), self.kept(attrs, "Type"))

    def of_type(self, suffix: str) -> str | None:
        for part, kind in self.targets.values():
            if kind.endswith(suffix):
                return part
        return None


def _relationships(archive: Archive, part: str) -> _Relationships:
    """The relationships of ``part`` (from its "_rels/NAME.rels" part; none when that part is missing)."""
    folder, name = posixpath.split(part)
    handler = _Relationships(folder)
    rels = posixpath.join(folder, "_rels", f"{name}.rels")
    if archive.has(rels):
        _parse(archive, rels, handler)
    return handler


class _WorkbookPart(_Handler):
    def __init__(self) -> None:
        super().__init__()
        self.sheets: list[tuple[str, str]] = []  # (name, relationship id)
        self.date1904 = False
        self.starts.update(sheet=self._sheet, workbookPr=self._properties)

    def _sheet(self, attrs: dict) -> None:
        if len(self.sheets) >= limits.MAX_SHEETS:
            most = limits.MAX_SHEETS
            raise beyond(f"The Excel workbook has more than {count(most)} sheets", most, WORKBOOK_MAY)
        self.sheets.append((self.kept(attrs, "name"), self.kept(attrs, "id")))

    def _properties(self, attrs: dict) -> None:
        self.date1904 = (attrs.get("date1904") or "").lower() in ("1", "true")


class _Styles(_Handler):
    """Which cell formats (``s`` of a cell, as text) show dates."""

    def __init__(self) -> None:
        super().__init__()
        self.custom: dict[int, bool] = {}  # custom number format -> shows a date
        self.formats: list[int] = []
        self.in_cell_formats = False
        self.starts.update(cellXfs=self._enter, numFmt=self._format, xf=self._format)
        self.ends["cellXfs"] = self._leave

    def _enter(self, attrs: dict) -> None:
        self.in_cell_formats = True

    def _leave(self) -> None:
        self.in_cell_formats = False

    def _format(self, attrs: dict) -> None:
        code = attrs.get("formatCode")
        if code is None and not self.in_cell_formats:
            return  # an <xf> of the cell styles, not of the cells
        if len(self.custom) + len(self.formats) >= limits.MAX_STYLES:
            raise beyond(
                f"The Excel workbook has more than {count(limits.MAX_STYLES)} cell formats",
                limits.MAX_STYLES,
                WORKBOOK_MAY,
            )
        number_format = _whole(attrs.get("numFmtId") or "0")
        if number_format is None:
            raise damaged(f"its part {shown(self.part)} has a malformed number format")
        if code is not None:
            self.custom[number_format] = is_date_format(code)
        else:
            self.formats.append(number_format)

    def date_styles(self) -> frozenset[str]:
        custom = self.custom
        return frozenset(
            str(index)
            for index, fmt in enumerate(self.formats)
            if custom.get(fmt, fmt in BUILTIN_DATE_FORMATS)
        )


class _SharedStrings(_Handler):
    """The shared-strings table, bounded in entries and in characters; phonetic runs (<rPh>) left out."""

    def __init__(self) -> None:
        super().__init__()
        self.strings: list[str] = []
        self.characters = 0
        self._item: list[str] | None = None  # the texts of the <si> being read
        self._item_length = 0
        self._parts: list[str] | None = None  # where character data goes: the item, inside a <t>
        self._in_phonetic = 0
        self.starts.update(sst=self._table, si=self._start_item, t=self._start_text, rPh=self._start_phonetic)
        self.ends.update(si=self._end_item, t=self._end_text, rPh=self._end_phonetic)

    def _table(self, attrs: dict) -> None:
        claimed = _whole(attrs.get("uniqueCount"))
        if claimed is not None and claimed > limits.MAX_SHARED_STRINGS:
            self._too_many(f"claims {count(claimed)}")

    def _too_many(self, how_many: str) -> None:
        raise beyond(
            f"The Excel workbook {how_many} different texts", limits.MAX_SHARED_STRINGS, WORKBOOK_MAY
        )

    def _start_item(self, attrs: dict) -> None:
        if len(self.strings) >= limits.MAX_SHARED_STRINGS:
            self._too_many(f"has more than {count(limits.MAX_SHARED_STRINGS)}")
        self._item, self._item_length = [], 0

    def _start_text(self, attrs: dict) -> None:
        if self._item is not None and not self._in_phonetic:
            self._parts = self._item

    def _end_text(self) -> None:
        self._parts = None

    def _start_phonetic(self, attrs: dict) -> None:
        self._in_phonetic += 1

    def _end_phonetic(self) -> None:
        self._in_phonetic -= 1

    def text(self, data: str) -> None:
        if self._parts is not None:
            self._parts.append(data)
            self.characters += len(data)
            self._item_length += len(data)
            if self._item_length > ESCAPED_LENGTH * limits.MAX_CELL_CHARACTERS:
                raise _too_long(f"text {count(len(self.strings) + 1)} of the workbook")
            if self.characters > limits.MAX_SHARED_CHARACTERS:
                most = limits.MAX_SHARED_CHARACTERS
                raise beyond(
                    f"The Excel workbook's texts hold more than {count(most)} characters",
                    most,
                    "a roster workbook may hold",
                )

    def _end_item(self) -> None:
        if self._item is None:
            return
        text = _unescaped("".join(self._item))
        if len(text) > limits.MAX_CELL_CHARACTERS:
            raise _too_long(f"text {count(len(self.strings) + 1)} of the workbook")
        self.strings.append(text)
        self._item = None


def _unescaped(text: str) -> str:
    plain = unescape(text)
    if plain is None:
        raise damaged("a text holds an escaped character that does not exist")
    return plain


def _too_long(where: str) -> ImportFileError:
    most = count(limits.MAX_CELL_CHARACTERS)
    return ImportFileError(
        msg(
            "The Excel workbook's {where} holds more than {most} characters, more than Excel itself allows in a cell.",
            where=where,
            most=most,
        )
    )


# -- the sheet ----------------------------------------------------------------------------------------------
class _Sheet(_Handler):
    """A worksheet's rows as (row number, cell texts); blank rows included, trailing empty cells not."""

    def __init__(self, sheet: str, shared: list[str], date_styles: frozenset[str], date1904: bool) -> None:
        super().__init__()
        self.sheet = sheet
        self.shared = shared
        self.dates = date_styles
        self.epoch = EPOCH_1904 if date1904 else EPOCH_1900
        self.done: list[tuple[int, list[str]]] = []
        self.rows = self.cells = 0
        self.next_row = 1
        self._row: list[str] | None = None
        self._number = 0
        self._columns: dict[str, int] = {}
        self._cell_kind = "n"
        self._style: str | None = None
        self._position = 0
        self._raw: str | None = None
        self._formula = False
        self._inline: list[str] | None = None
        self._in_phonetic = 0
        self._parts: list[str] | None = None
        self._length = 0
        self.starts.update(
            c=self._start_cell,
            v=self._start_value,
            row=self._start_row,
            t=self._start_text,
            f=self._start_formula,
            rPh=self._start_phonetic,
            dimension=self._check_claim,
        )
        self.starts["is"] = self._start_inline
        self.ends.update(
            c=self._end_cell, v=self._end_value, row=self._end_row, t=self._end_text, rPh=self._end_phonetic
        )

    def _start_row(self, attrs: dict) -> None:
        self.rows += 1
        if self.rows > limits.MAX_ROWS:
            most = limits.MAX_ROWS
            raise beyond(f"Sheet '{shown(self.sheet)}' has more than {count(most)} rows", most)
        given = attrs.get("r")
        if given is None:
            number = self.next_row
        elif 0 < (_whole(given) or 0) <= EXCEL_MAX_ROW:
            number = int(given)
        else:
            raise damaged(f"sheet '{shown(self.sheet)}' has a row numbered '{shown(given, 20)}'")
        self._number, self.next_row = number, number + 1
        self._row = []
        self._position = 0

    def _end_row(self) -> None:
        if self._row is None:  # a row closed twice: rows nested in a row
            raise damaged(f"sheet '{shown(self.sheet)}' has a row inside a row")
        self.done.append((self._number, self._row))
        self._row = None

    def _start_cell(self, attrs: dict) -> None:
        self.cells += 1
        if self.cells > limits.MAX_CELLS:
            raise beyond(
                f"Sheet '{shown(self.sheet)}' has more than {count(limits.MAX_CELLS)} cells", limits.MAX_CELLS
            )
        if self._row is None:
            raise damaged(f"sheet '{shown(self.sheet)}' has a cell outside any row")
        ref = attrs.get("r")
        if ref is not None:
            letters = ref.rstrip("0123456789")
            position = self._columns.get(letters)
            if position is None:
                position = column_index(letters)
                if not 0 <= position < EXCEL_MAX_COLUMN:
                    raise damaged(f"sheet '{shown(self.sheet)}' has a cell at '{shown(ref, 20)}'")
                if len(self._columns) < 1024:
                    self._columns[letters] = position
            self._position = position
        elif self._position >= EXCEL_MAX_COLUMN:
            raise damaged(f"row {self._number} of sheet '{shown(self.sheet)}' goes beyond column XFD")
        self._cell_kind = attrs.get("t") or "n"
        self._style = attrs.get("s")
        self._raw = self._inline = None
        self._formula = False

    def _start_value(self, attrs: dict) -> None:
        self._parts, self._length = [], 0

    def _end_value(self) -> None:
        if self._parts is not None:
            self._raw = "".join(self._parts)
            self._parts = None

    def _start_inline(self, attrs: dict) -> None:
        self._inline, self._length = [], 0

    def _start_text(self, attrs: dict) -> None:
        if self._inline is not None and not self._in_phonetic:
            self._parts = self._inline

    def _end_text(self) -> None:
        if self._parts is self._inline:
            self._parts = None

    def _start_formula(self, attrs: dict) -> None:
        self._formula = True

    def _start_phonetic(self, attrs: dict) -> None:
        self._in_phonetic += 1

    def _end_phonetic(self) -> None:
        self._in_phonetic -= 1

    def _check_claim(self, attrs: dict) -> None:
        """The sheet's own claim of its size ("A1:XFD50000"), refused when beyond the limits."""
        last = (attrs.get("ref") or "").rpartition(":")[2].replace("$", "")
        letters = last.rstrip("0123456789")
        digits = last[len(letters) :]
        columns = column_index(letters) + 1
        rows = _whole(digits) or 0
        if columns > limits.MAX_COLUMNS:
            raise beyond(f"Sheet '{shown(self.sheet)}' claims {count(columns)} columns", limits.MAX_COLUMNS)
        if rows > limits.MAX_ROWS:
            raise beyond(f"Sheet '{shown(self.sheet)}' claims {count(rows)} rows", limits.MAX_ROWS)

    def text(self, data: str) -> None:
        parts = self._parts
        if parts is not None:
            parts.append(data)
            self._length += len(data)
            if self._length > ESCAPED_LENGTH * limits.MAX_CELL_CHARACTERS:
                raise _too_long(f"cell {self._cell_name()}")

    def _cell_name(self) -> str:
        return f"{column_letter(self._position)}{self._number}"

    def _end_cell(self) -> None:
        text = self._value()
        if len(text) > limits.MAX_CELL_CHARACTERS:
            raise _too_long(f"cell {self._cell_name()}")
        position = self._position
        self._position = position + 1
        if not text:
            return
        row = self._row
        assert row is not None  # _start_cell refuses a cell outside a row
        if position >= limits.MAX_COLUMNS:
            raise beyond(
                f"Row {self._number} of sheet '{shown(self.sheet)}' has a value in column "
                f"{column_letter(position)} (column {count(position + 1)})",
                f"{count(limits.MAX_COLUMNS)} columns",
            )
        if position > len(row):
            row.extend([""] * (position - len(row)))
        if position == len(row):
            row.append(text)
        else:
            row[position] = text

    def _value(self) -> str:
        kind, raw = self._cell_kind, self._raw
        if self._inline is not None:
            inline = "".join(self._inline)
            return inline if "_x" not in inline else _unescaped(inline)
        if raw is None:
            if self._formula:
                raise ImportFileError(
                    msg(
                        "Cell {cell_name} of sheet '{shown}' holds a formula that was never calculated: {resave}.",
                        cell_name=self._cell_name(),
                        shown=shown(self.sheet),
                        resave=RESAVE,
                    )
                )
            return ""
        if kind == "s":
            index = _whole(raw)
            if index is not None and index < len(self.shared):
                return self.shared[index]
            raise damaged(f"cell {self._cell_name()} refers to a text that does not exist")
        if kind == "n":
            text = number_text(raw, self._style in self.dates, self.epoch) if raw else ""
            if text is None:
                raise damaged(f"cell {self._cell_name()} holds '{shown(raw, 20)}' as a number")
            return text
        if kind in ("str", "e", "inlineStr"):
            return _unescaped(raw)
        if kind == "b" and raw.strip() in ("0", "1", "true", "false"):
            return "TRUE" if raw.strip() in ("1", "true") else "FALSE"
        if kind == "d":
            return iso_text(raw)
        raise damaged(f"cell {self._cell_name()} holds '{shown(raw, 20)}' as type '{shown(kind, 20)}'")

    def handed_on(self) -> list[tuple[int, list[str]]]:
        done, self.done = self.done, []
        return done


# -- the workbook ------------------------------------------------------------------------------------------
class StreamingWorkbook:
    """A workbook's sheets (name, part, kind) and, on demand, the text rows of one sheet."""

    def __init__(self, data: bytes) -> None:
        self.archive = Archive(data)
        root = _relationships(self.archive, "")
        workbook_part = root.of_type("/officeDocument") or "xl/workbook.xml"
        if workbook_part.lower().endswith(".bin"):
            raise ImportFileError(
                msg(
                    "This is not a roster file: it is an Excel binary workbook (.xlsb); save it as .xlsx or CSV and import that."
                )
            )
        if not self.archive.has(workbook_part):
            kind = _kind_of_zip(self.archive)
            if kind is None:
                raise damaged(f"its part {shown(workbook_part)} is missing")
            raise ImportFileError(msg("This is not a roster file: it is {kind}.", kind=kind))
        rels = _relationships(self.archive, workbook_part)
        workbook = _WorkbookPart()
        _parse(self.archive, workbook_part, workbook)
        self.date1904 = workbook.date1904
        self.sheets: list[tuple[str, str, str]] = []
        for name, rel in workbook.sheets:
            part, kind = rels.targets.get(rel, ("", ""))
            if not part:
                raise damaged(f"sheet '{shown(name)}' has no content")
            self.sheets.append((name, part, _sheet_kind(kind)))
        folder = posixpath.dirname(workbook_part)
        self._shared_part = rels.of_type("/sharedStrings") or posixpath.join(folder, "sharedStrings.xml")
        self._styles_part = rels.of_type("/styles") or posixpath.join(folder, "styles.xml")

    @property
    def sheet_names(self) -> list[str]:
        return [name for name, _, _ in self.sheets]

    def rows(self, sheet: str) -> Iterator[tuple[int, list[str]]]:
        """(row number, cell texts) of every row stored in the sheet, in file order."""
        found = [(p, k) for n, p, k in self.sheets if n == sheet]
        if not found:
            raise ImportFileError(msg("The workbook has no sheet '{shown}'.", shown=shown(sheet)))
        part, kind = found[0]
        if kind == _CHART:
            raise ImportFileError(msg("Sheet '{shown}' is a chart, not a table.", shown=shown(sheet)))
        if kind == _OTHER:
            raise ImportFileError(msg("Sheet '{shown}' is not a table of cells.", shown=shown(sheet)))
        shared = self._shared_strings()
        handler = _Sheet(sheet, shared, self._date_styles(), self.date1904)
        for _ in _feed(self.archive, part, handler):
            yield from handler.handed_on()

    def _shared_strings(self) -> list[str]:
        if not self.archive.has(self._shared_part):
            return []
        handler = _SharedStrings()
        _parse(self.archive, self._shared_part, handler)
        return handler.strings

    def _date_styles(self) -> frozenset[str]:
        if not self.archive.has(self._styles_part):
            return frozenset()
        handler = _Styles()
        _parse(self.archive, self._styles_part, handler)
        return handler.date_styles()


_OTHER_DOCUMENTS = (
    ("word/document.xml", "a Word document"),
    ("ppt/presentation.xml", "a PowerPoint presentation"),
)


def _kind_of_zip(archive: Archive) -> str | None:
    """What a zip archive without a workbook is, in words for the message that refuses it; None for an
    Office package that should have been a workbook (a damaged one)."""
    if archive.has("mimetype"):
        mimetype = b"".join(archive.chunks("mimetype"))[:100]
        if b"opendocument.spreadsheet" in mimetype:
            return "an OpenDocument spreadsheet (.ods); save it as .xlsx or CSV and import that"
        if b"opendocument" in mimetype:
            return "an OpenDocument file, not a spreadsheet"
    for part, what in _OTHER_DOCUMENTS:
        if archive.has(part):
            return what
    return None if archive.has("[Content_Types].xml") else "a zip archive, not an Excel workbook"


def _sheet_kind(relationship_type: str) -> str:
    if relationship_type.endswith("/chartsheet"):
        return _CHART
    if relationship_type.endswith("/worksheet") or not relationship_type:
        return _TABLE
    return _OTHER
