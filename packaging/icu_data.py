"""Qt's ICU data library (``libicudata.so.NN``, 31 MB) cut down to what Qt reads from it (Linux bundles).

The PySide6 wheels for Linux carry their own ICU. Its data library holds one blob, the ICU *common data*
(``icudtNNl.dat``: a table of contents and some 3,900 items), behind one symbol, ``icudtNN_dat``. Qt Core
asks ICU for collation (QCollator: sorting in file dialogs and lists), time-zone names and canonical IDs
(QTimeZone), locale-specific case mapping (QLocale::toUpper/toLower) and legacy encodings
(QStringConverter). Qt formats numbers, dates and languages with its own CLDR tables, so ICU's display
names, units, currencies, number spell-out, transliteration and break-iteration dictionaries are never
read, nor are the data of the 700 locales other than the application's languages.

:func:`trimmed_data` keeps, of the locale trees Qt reads (collation, time-zone names, the main one), the
root and the English and Chinese locales (any region or script); every item that is not locale data
(time-zone rules, likely subtags, supplemental data, normalisation); and of the converters the Chinese
ones. It drops the trees of break iteration (3 MB of dictionaries), transliteration, spell-out and the
display names of languages, regions, currencies and units, and character names, IDNA and spoof data.
A locale that is left out falls back to the root locale (root collation is the order of English,
German, Dutch, Italian, Portuguese …). :func:`build_library` wraps the result into a library with the
same name and symbol (a C compiler is needed: ``cc`` assembles one ``.incbin``).
``tests/packaging/test_icu_data.py`` checks that Qt sorts, maps case, names time zones and finds the
Chinese encodings the same with the cut-down data (4 MB) as with the whole.
"""

from __future__ import annotations

import re
import shutil
import struct
import subprocess
import tempfile
from pathlib import Path

LANGUAGES = ("root", "en", "zh")
# Trees Qt never reads: break iteration (with its 3 MB of dictionaries), transliteration, and the display
# names of languages, regions, currencies and units, number spell-out (Qt has its own CLDR data).
DROPPED_TREES = ("brkitr", "translit", "lang", "region", "curr", "unit", "rbnf")
# Character names, spoof detection, IDNA and stringprep (Qt's QUrl does IDNA itself).
DROPPED_ITEMS = ("unames.icu", "confusables.cfu", "uts46.nrm")
# Legacy encodings kept (Qt converts UTF-8/16/32 and Latin-1 itself; ICU does US-ASCII, UTF-7 and the
# like in code): the Chinese ones, as agencies send GB18030 and Big5 text.
CONVERTERS = (
    "gb18030.cnv",
    "windows-936-2000.cnv",
    "ibm-1383_P110-1999.cnv",
    "ibm-1386_P100-2001.cnv",
    "ibm-5478_P100-1995.cnv",
    "windows-950-2000.cnv",
    "ibm-950_P110-1999.cnv",
    "ibm-1373_P100-2002.cnv",  # the table the two Big5 converters extend
    "ibm-1375_P100-2008.cnv",  # Big5-HKSCS
)
_LOCALE_ITEM = re.compile(r"^(?:root|[a-z]{2,3}(?:_[A-Za-z0-9]*)*)\.res$")
_MAGIC = b"\xda\x27"


def read_common_data(blob: bytes) -> tuple[bytes, list[tuple[str, bytes]]]:
    """The header and the (name, bytes) items of an ICU common-data blob, in table-of-contents order."""
    header_size = struct.unpack_from("<H", blob, 0)[0]
    if blob[2:4] != _MAGIC or blob[12:16] != b"CmnD":
        raise ValueError("not ICU common data")
    toc = blob[header_size:]
    count = struct.unpack_from("<I", toc, 0)[0]
    entries = [struct.unpack_from("<II", toc, 4 + 8 * i) for i in range(count)]
    names = [toc[name : toc.index(b"\0", name)].decode("ascii") for name, _ in entries]
    ends = [offset for _, offset in entries[1:]] + [len(toc)]
    return blob[:header_size], [(names[i], toc[entries[i][1] : ends[i]]) for i in range(count)]


def write_common_data(header: bytes, items: list[tuple[str, bytes]]) -> bytes:
    """An ICU common-data blob of ``items`` (kept in name order: ICU looks names up by binary search)."""
    items = sorted(items)
    names = b"".join(name.encode("ascii") + b"\0" for name, _ in items)
    table_size = 4 + 8 * len(items)
    offset = _aligned(table_size + len(names))
    entries, data, name_offset = [], bytearray(), table_size
    for name, item in items:
        entries.append(struct.pack("<II", name_offset, offset + len(data)))
        name_offset += len(name) + 1
        data += item + b"\0" * (_aligned(len(item)) - len(item))
    toc = struct.pack("<I", len(items)) + b"".join(entries) + names
    return header + toc + b"\0" * (offset - len(toc)) + bytes(data)


def _aligned(size: int) -> int:
    return (size + 15) // 16 * 16


def keep_item(name: str) -> bool:
    """Whether an item (``icudt73l/coll/zh.res``, ``icudt73l/gb18030.cnv`` …) stays."""
    parts = name.split("/")[1:]
    if len(parts) > 1 and parts[0] in DROPPED_TREES:
        return False
    leaf = parts[-1]
    if leaf in DROPPED_ITEMS or leaf.endswith(".spp"):
        return False
    if leaf.endswith(".cnv"):
        return leaf in CONVERTERS
    if leaf in ("pool.res", "res_index.res") or not _LOCALE_ITEM.match(leaf):
        return True
    return leaf.removesuffix(".res").split("_")[0] in LANGUAGES


def trimmed_data(blob: bytes) -> bytes:
    header, items = read_common_data(blob)
    return write_common_data(header, [(name, item) for name, item in items if keep_item(name)])


def data_symbol(library: Path) -> tuple[str, bytes]:
    """The exported data symbol's name (``icudt73_dat``) and its bytes, read from ``library``."""
    symbols = subprocess.run(
        ["readelf", "-W", "--dyn-syms", str(library)], capture_output=True, text=True, check=True
    ).stdout
    found = re.search(
        r"^\s*\d+:\s+([0-9a-f]+)\s+(\S+)\s+OBJECT\s+GLOBAL\s+\S+\s+\d+\s+(icudt\d+_dat)\s*$",
        symbols,
        re.MULTILINE,
    )
    if not found:
        raise ValueError(f"{library} exports no ICU data symbol")
    address, size, name = int(found[1], 16), int(found[2], 0), found[3]
    sections = subprocess.run(
        ["readelf", "-W", "-S", str(library)], capture_output=True, text=True, check=True
    ).stdout
    for line in sections.splitlines():
        fields = re.match(
            r"^\s*\[\s*\d+\]\s+(\S+)\s+PROGBITS\s+([0-9a-f]+)\s+([0-9a-f]+)\s+([0-9a-f]+)", line
        )
        if fields:
            start, offset, length = (int(fields[i], 16) for i in (2, 3, 4))
            if start <= address and address + size <= start + length:
                with open(library, "rb") as file:
                    file.seek(offset + address - start)
                    return name, file.read(size)
    raise ValueError(f"{library}: the ICU data symbol lies in no section")


def soname(library: Path) -> str:
    dynamic = subprocess.run(
        ["readelf", "-d", str(library)], capture_output=True, text=True, check=True
    ).stdout
    found = re.search(r"\(SONAME\)\s+Library soname: \[([^\]]+)\]", dynamic)
    return found[1] if found else library.name


def build_library(original: Path, out: Path) -> Path:
    """Write ``out``: ``original`` (Qt's libicudata) with the trimmed data, same soname and symbol."""
    compiler = shutil.which("cc") or shutil.which("gcc")
    if not compiler:
        raise FileNotFoundError("no C compiler (cc) to build the trimmed ICU data library")
    symbol, blob = data_symbol(original)
    out.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as work:
        data = Path(work) / "icudata.dat"
        data.write_bytes(trimmed_data(blob))
        source = Path(work) / "icudata.S"
        source.write_text(
            "\t.section .rodata\n\t.balign 16\n"
            f"\t.globl {symbol}\n\t.type {symbol}, STT_OBJECT\n{symbol}:\n"
            f'\t.incbin "{data}"\n\t.size {symbol}, . - {symbol}\n'
            '\t.section .note.GNU-stack,"",%progbits\n',
            encoding="ascii",
        )
        subprocess.run(
            [
                compiler,
                "-shared",
                "-nostdlib",
                f"-Wl,-soname,{soname(original)}",
                "-Wl,-z,noexecstack",
                "-o",
                str(out),
                str(source),
            ],
            check=True,
        )
    return out
