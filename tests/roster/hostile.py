"""Hostile roster files, built by the tests: workbook bombs of every kind, broken archives, bad CSV.

Each builder returns the file's bytes. Workbooks are put together part by part (as Excel lays them out),
so a test can swap one part for a hostile one and keep the rest valid.
"""

from __future__ import annotations

import io
import struct
import zipfile
import zlib
from xml.sax.saxutils import escape

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG = "http://schemas.openxmlformats.org/package/2006/relationships"

CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    "</Types>"
)
ROOT_RELS = (
    f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{PKG}">'
    f'<Relationship Id="rId1" Type="{REL}/officeDocument" '
    'Target="xl/workbook.xml"/></Relationships>'
)
HEADER = ("Side", "Agency", "Family name", "Given name", "Email")
ROWS = (
    ("CN", "MPS", "Zhang", "Wei", "zhang.wei@mps.example"),
    ("US", "FBI", "Lee", "Ann", "ann.lee@fbi.example"),
    ("CN", "MSS", "Wang", "Fang", "wang.fang@mss.example"),
)


def workbook_xml(sheets: int = 1) -> str:
    listed = "".join(
        f'<sheet name="{"Roster" if i == 1 else f"Sheet{i}"}" sheetId="{i}" r:id="rId{i}"/>'
        for i in range(1, sheets + 1)
    )
    return (
        f'<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="{MAIN}" xmlns:r="{REL}">'
        f"<sheets>{listed}</sheets></workbook>"
    )


def workbook_rels(sheets: int = 1) -> str:
    listed = "".join(
        f'<Relationship Id="rId{i}" Type="{REL}/worksheet" Target="worksheets/sheet1.xml"/>'
        for i in range(1, sheets + 1)
    )
    return (
        f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{PKG}">{listed}'
        f'<Relationship Id="rS" Type="{REL}/sharedStrings" Target="sharedStrings.xml"/>'
        f'<Relationship Id="rT" Type="{REL}/styles" Target="styles.xml"/></Relationships>'
    )


STYLES = (
    f'<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="{MAIN}">'
    '<cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14"/></cellXfs></styleSheet>'
)


def sheet_xml(rows: str, dimension: str | None = None, before: str = "") -> str:
    claim = f'<dimension ref="{dimension}"/>' if dimension else ""
    return (
        f'<?xml version="1.0" encoding="UTF-8"?>{before}<worksheet xmlns="{MAIN}" xmlns:r="{REL}">{claim}'
        f"<sheetData>{rows}</sheetData></worksheet>"
    )


def shared_strings_xml(strings) -> str:
    items = "".join(f"<si><t>{escape(s)}</t></si>" for s in strings)
    return f'<?xml version="1.0" encoding="UTF-8"?><sst xmlns="{MAIN}">{items}</sst>'


def roster_parts(rows=ROWS, header=HEADER) -> dict[str, str | bytes]:
    """The parts of a small valid roster: shared strings for the header, inline strings for the rows."""
    head = "".join(f'<c r="{chr(65 + i)}1" t="s"><v>{i}</v></c>' for i in range(len(header)))
    body = "".join(
        f'<row r="{n}">'
        + "".join(
            f'<c r="{chr(65 + i)}{n}" t="inlineStr"><is><t>{escape(v)}</t></is></c>'
            for i, v in enumerate(row)
        )
        + "</row>"
        for n, row in enumerate(rows, start=2)
    )
    return {
        "[Content_Types].xml": CONTENT_TYPES,
        "_rels/.rels": ROOT_RELS,
        "xl/workbook.xml": workbook_xml(),
        "xl/_rels/workbook.xml.rels": workbook_rels(),
        "xl/styles.xml": STYLES,
        "xl/sharedStrings.xml": shared_strings_xml(header),
        "xl/worksheets/sheet1.xml": sheet_xml(f'<row r="1">{head}</row>{body}'),
    }


def pack(parts: dict[str, str | bytes], method: int = zipfile.ZIP_DEFLATED, level: int = 6) -> bytes:
    buffer = io.BytesIO()
    level = level if method == zipfile.ZIP_DEFLATED else None
    with zipfile.ZipFile(buffer, "w", method, compresslevel=level) as z:
        for name, content in parts.items():
            z.writestr(name, content.encode("utf-8") if isinstance(content, str) else content)
    return buffer.getvalue()


def workbook(stored: bool = False, **replace: str | bytes) -> bytes:
    """A valid roster workbook with some parts replaced (``sheet=``, ``shared=``, ``styles=``, ``book=``).

    ``stored`` packs the parts without compression, so a repetitive bomb is not refused for its ratio
    before the check it is meant for.
    """
    parts = roster_parts()
    names = {
        "sheet": "xl/worksheets/sheet1.xml",
        "shared": "xl/sharedStrings.xml",
        "styles": "xl/styles.xml",
        "book": "xl/workbook.xml",
        "book_rels": "xl/_rels/workbook.xml.rels",
    }
    for key, content in replace.items():
        parts[names.get(key, key)] = content
    return pack(parts, zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED)


# -- bombs ------------------------------------------------------------------------------------------------
def far_column_bomb(rows: int = 50_000) -> bytes:
    """The 254 KB file of issue 14: one cell at column XFD on each of 50,000 rows."""
    body = "".join(f'<row r="{n}"><c r="XFD{n}"><v>{n}</v></c></row>' for n in range(1, rows + 1))
    return workbook(sheet=sheet_xml(body))


def claimed_columns_bomb() -> bytes:
    return workbook(sheet=sheet_xml('<row r="1"><c r="A1"><v>1</v></c></row>', dimension="A1:XFD50000"))


def shared_strings_bomb(count: int = 2_100_000) -> bytes:
    """Millions of distinct short texts (the 13 MB file of issue 14 held a table like it)."""
    items = "".join(f"<si><t>{n:x}</t></si>" for n in range(count))
    return workbook(shared=f'<?xml version="1.0"?><sst xmlns="{MAIN}">{items}</sst>')


def shared_characters_bomb(count: int = 700, length: int = 30_000) -> bytes:
    """Few texts, each long (under Excel's cell limit), together over the characters allowed."""
    import os

    items = "".join(f"<si><t>{os.urandom(length // 2).hex()}</t></si>" for _ in range(count))
    return workbook(stored=True, shared=f'<?xml version="1.0"?><sst xmlns="{MAIN}">{items}</sst>')


def shared_strings_claim(claimed: int = 3_000_000) -> bytes:
    """A shared-strings table that claims more entries than allowed (and holds few): refused at once."""
    return workbook(
        shared=f'<?xml version="1.0"?><sst xmlns="{MAIN}" count="{claimed}" '
        f'uniqueCount="{claimed}"><si><t>Side</t></si></sst>'
    )


def cells_bomb(rows: int = 100_000, columns: int = 21) -> bytes:
    """Over two million stored cells, formatted but empty."""
    letters = [chr(65 + i) if i < 26 else "A" + chr(65 + i - 26) for i in range(columns)]
    body = "".join(
        f'<row r="{n}">' + "".join(f'<c r="{c}{n}" s="1"/>' for c in letters) + "</row>"
        for n in range(1, rows + 1)
    )
    return workbook(sheet=sheet_xml(body))


def rows_bomb(rows: int = 100_001) -> bytes:
    return workbook(sheet=sheet_xml("".join(f'<row r="{n}"/>' for n in range(1, rows + 1))))


def wide_row_bomb(cells: int = 1_000_000) -> bytes:
    """One row of a million cells without references: every one further right than the last."""
    return workbook(stored=True, sheet=sheet_xml("<row>" + "<c/>" * cells + "</row>"))


def deep_nesting_bomb(depth: int = 1_000_000) -> bytes:
    return workbook(stored=True, sheet=sheet_xml("<a>" * depth + "</a>" * depth))


def long_text_bomb(length: int = 40_000_000) -> bytes:
    return workbook(
        stored=True,
        sheet=sheet_xml(f'<row r="2"><c r="A2" t="inlineStr"><is><t>{"x" * length}</t></is></c></row>'),
    )


def ratio_bomb(size: int = 20 * 1024 * 1024) -> bytes:
    """A sheet that packs a thousand times smaller than it unpacks (but stays under the size limits)."""
    return workbook(sheet=sheet_xml(" " * size))


def billion_laughs() -> bytes:
    entities = '<!ENTITY lol "lol">' + "".join(
        f'<!ENTITY lol{i} "{"&lol{};".format(i - 1 if i > 1 else "") * 10}">' for i in range(1, 10)
    )
    return workbook(
        shared=f'<?xml version="1.0"?><!DOCTYPE sst [{entities}]><sst xmlns="{MAIN}">'
        f"<si><t>&lol9;</t></si></sst>"
    )


def external_entity(path: str = "/etc/passwd") -> bytes:
    return workbook(
        shared=f'<?xml version="1.0"?><!DOCTYPE sst [<!ENTITY xxe SYSTEM "file://{path}">]>'
        f'<sst xmlns="{MAIN}"><si><t>&xxe;</t></si></sst>'
    )


def doctype_after_comments() -> bytes:
    """A document type declaration pushed past the first kilobyte by a comment."""
    return workbook(
        sheet=sheet_xml("", before="<!--" + "x" * 4096 + '--><!DOCTYPE worksheet [<!ENTITY e "e">]>')
    )


def many_sheets(count: int = 300) -> bytes:
    return workbook(book=workbook_xml(count), book_rels=workbook_rels(count))


def deflate_bomb(size: int = 210 * 1024 * 1024) -> bytes:
    """A sheet part that really unpacks to ``size`` bytes (spaces inside the sheet data), packed here."""
    head, tail = sheet_xml("").encode().split(b"</sheetData>")
    tail = b"</sheetData>" + tail
    packer = zlib.compressobj(9, zlib.DEFLATED, -15)
    block = b" " * (1024 * 1024)
    blocks = size // len(block)
    chunks, crc = [packer.compress(head)], zlib.crc32(head)
    for _ in range(blocks):
        chunks.append(packer.compress(block))
        crc = zlib.crc32(block, crc)
    chunks += [packer.compress(tail), packer.flush()]
    crc = zlib.crc32(tail, crc)
    unpacked = len(head) + blocks * len(block) + len(tail)
    return _with_raw_member(workbook(), "xl/worksheets/sheet1.xml", b"".join(chunks), unpacked, crc)


def claimed_size_bomb(size: int = 3 * 1024**3) -> bytes:
    """A small archive whose directory claims a part of ``size`` bytes."""
    return set_claimed_size(workbook(), "xl/worksheets/sheet1.xml", size)


def many_members(count: int = 10_001) -> bytes:
    return pack({**roster_parts(), **{f"x/{n}": b"" for n in range(count)}}, method=zipfile.ZIP_STORED)


def directory_bomb(entries: int = 1_000_000) -> bytes:
    """A central directory of a million entries (all naming one empty part): about 47 MB of directory."""
    local = struct.pack("<4s5H3L2H", b"PK\x03\x04", 20, 0, 0, 0, 0, 0, 0, 0, 1, 0) + b"x"
    entry = struct.pack("<4s6H3L5H2L", b"PK\x01\x02", 20, 20, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0) + b"x"
    size = len(entry) * entries
    end = struct.pack("<4s4H2LH", b"PK\x05\x06", 0, 0, 0xFFFF, 0xFFFF, size, len(local), 0)
    return local + entry * entries + end


def total_size_bomb(parts: int = 3, size: int = 190 * 1024 * 1024) -> bytes:
    """Parts each under the part and ratio limits (as their directory claims), together over the total."""
    data = workbook(**{f"xl/media/image{n}.png": b"x" for n in range(parts)})
    for n in range(parts):
        data = set_claimed_size(data, f"xl/media/image{n}.png", size, packed=size // 50)
    return data


def encrypted_part() -> bytes:
    return set_flag(workbook(), "xl/worksheets/sheet1.xml", flag=0x1)


def unusual_method() -> bytes:
    return set_flag(workbook(), "xl/worksheets/sheet1.xml", method=14)  # LZMA


# -- archive surgery ----------------------------------------------------------------------------------------
def _directory_entry(data: bytes, name: str) -> int:
    """The offset of ``name``'s entry in the central directory."""
    encoded = name.encode()
    at = data.rfind(b"PK\x05\x06")
    at = struct.unpack_from("<L", data, at + 16)[0]
    while data.startswith(b"PK\x01\x02", at):
        name_length, extra, comment = struct.unpack_from("<3H", data, at + 28)
        if data[at + 46 : at + 46 + name_length] == encoded:
            return at
        at += 46 + name_length + extra + comment
    raise ValueError(name)


def set_claimed_size(data: bytes, name: str, size: int, packed: int | None = None) -> bytes:
    """The archive with the unpacked (and packed) size of ``name`` in its central directory changed."""
    out = bytearray(data)
    at = _directory_entry(data, name)
    struct.pack_into("<L", out, at + 24, min(size, 0xFFFFFFFE))
    if packed is not None:
        struct.pack_into("<L", out, at + 20, packed)
    return bytes(out)


def set_flag(data: bytes, name: str, flag: int = 0, method: int | None = None) -> bytes:
    """The archive with ``name``'s directory entry marked (flag bits ORed in, or another packing method)."""
    out = bytearray(data)
    at = _directory_entry(data, name)
    struct.pack_into("<H", out, at + 8, struct.unpack_from("<H", out, at + 8)[0] | flag)
    if method is not None:
        struct.pack_into("<H", out, at + 10, method)
    return bytes(out)


def set_crc(data: bytes, name: str, crc: int) -> bytes:
    out = bytearray(data)
    struct.pack_into("<L", out, _directory_entry(data, name) + 16, crc)
    return bytes(out)


def compressed_span(data: bytes, name: str) -> tuple[int, int]:
    """(offset, length) of ``name``'s packed bytes in the archive."""
    info = zipfile.ZipFile(io.BytesIO(data)).getinfo(name)
    header = info.header_offset
    name_length, extra = struct.unpack_from("<2H", data, header + 26)
    start = header + 30 + name_length + extra
    return start, info.compress_size


def without(data: bytes, name: str) -> bytes:
    """The archive rebuilt without the part ``name``."""
    source = zipfile.ZipFile(io.BytesIO(data))
    return pack({i.filename: source.read(i) for i in source.infolist() if i.filename != name})


def _with_raw_member(data: bytes, name: str, packed: bytes, size: int, crc: int) -> bytes:
    """The archive rebuilt with ``name`` replaced by already-deflated bytes (too big to deflate in a test)."""
    source = zipfile.ZipFile(io.BytesIO(data))
    buffer = io.BytesIO()
    entries = []
    for info in source.infolist():
        if info.filename == name:
            body, usize, ucrc, method = packed, size, crc, zipfile.ZIP_DEFLATED
        else:
            body = source.open(info).read()
            usize, ucrc, method = len(body), zlib.crc32(body), zipfile.ZIP_STORED
        offset = buffer.tell()
        encoded = info.filename.encode()
        buffer.write(
            struct.pack(
                "<4s5H3L2H", b"PK\x03\x04", 20, 0, method, 0, 0, ucrc, len(body), usize, len(encoded), 0
            )
            + encoded
            + body
        )
        entries.append((encoded, method, ucrc, len(body), usize, offset))
    directory = buffer.tell()
    for encoded, method, ucrc, csize, usize, offset in entries:
        buffer.write(
            struct.pack(
                "<4s6H3L5H2L",
                b"PK\x01\x02",
                20,
                20,
                0,
                method,
                0,
                0,
                ucrc,
                csize,
                usize,
                len(encoded),
                0,
                0,
                0,
                0,
                0,
                offset,
            )
            + encoded
        )
    end = buffer.tell()
    buffer.write(
        struct.pack(
            "<4s4H2LH", b"PK\x05\x06", 0, 0, len(entries), len(entries), end - directory, directory, 0
        )
    )
    return buffer.getvalue()


# -- CSV -----------------------------------------------------------------------------------------------------
CSV_HEADER = "Side,Agency,Family name,Given name\r\n"


def csv_rows(*lines: str) -> bytes:
    return (CSV_HEADER + "".join(line + "\r\n" for line in lines)).encode()


def element_names_bomb(count: int = 4_000_000) -> bytes:
    """Millions of different element names: expat keeps each one it has seen."""
    elements = "".join(f"<a{n:x}/>" for n in range(count))
    return workbook(stored=True, sheet=sheet_xml(f"<row>{elements}</row>"))


def attribute_names_bomb(count: int = 3_000_000) -> bytes:
    """Millions of different attribute names, one per element."""
    elements = "".join(f"<x a{n:x}=''/>" for n in range(count))
    return workbook(stored=True, sheet=sheet_xml(f"<row>{elements}</row>"))


def attributes_bomb(count: int = 3_000_000) -> bytes:
    """One start tag with millions of attributes: expat and Python build them all before any callback."""
    attributes = " ".join(f"a{n:x}=''" for n in range(count))
    return workbook(stored=True, sheet=sheet_xml(f'<row r="1" {attributes}/>'))
