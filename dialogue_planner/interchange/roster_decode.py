"""Turning the bytes agencies send into text: BOMs, UTF-8, GB18030 (Chinese Excel), UTF-16 exports.

Binary files are refused with a message that says what the file looks like, so a user who picked a
PDF or an old .xls knows what to do instead.
"""

from __future__ import annotations

import codecs
import re

from dialogue_planner.domain.errors import ImportFileError
from dialogue_planner.domain.messages import msg

_BLANK = re.compile(rb"[ \t\r\n\x00]*")  # matched, not stripped: a stripped copy of 50 MB is 50 MB more
ZIP_MAGIC = b"PK\x03\x04"
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # legacy .xls / .doc
_KNOWN_BINARY = (
    (b"%PDF", "a PDF document"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"Rar!", "a RAR archive"),
    (b"7z\xbc\xaf", "a 7-Zip archive"),
)

NOT_RECOGNISED = (
    "The file's text encoding is not recognised (it is neither UTF-8 nor Chinese GB18030 text; "
    'perhaps Windows "ANSI"): in Excel, save it as "CSV UTF-8" and import that.'
)

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),  # before UTF-16 LE: the same first two bytes
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


_ENCRYPTED_PACKAGE = "EncryptedPackage".encode("utf-16-le")


def describe_binary(data: bytes) -> str | None:
    """What a binary file is, when its first bytes say so; None for anything that may be text."""
    if data.startswith(OLE_MAGIC):
        if _ENCRYPTED_PACKAGE in data:  # Excel keeps a password-protected .xlsx in an OLE container
            return "a password-protected Excel workbook; remove the password in Excel and import it again"
        return "an old Excel 97-2003 (.xls) workbook; save it as .xlsx or CSV and import that"
    head = data[:16]
    for magic, what in _KNOWN_BINARY:
        if head.startswith(magic):
            return what
    return None


def _guess_bomless_utf16(data: bytes) -> str | None:
    """UTF-16 without a BOM shows as NULs in every other byte of mostly-ASCII text."""
    sample = data[:4096]
    if len(sample) < 4:
        return None
    even_nuls = sample[0::2].count(0)
    odd_nuls = sample[1::2].count(0)
    half = len(sample) // 2
    if odd_nuls > half * 0.6 and even_nuls < half * 0.1:
        return "utf-16-le"
    if even_nuls > half * 0.6 and odd_nuls < half * 0.1:
        return "utf-16-be"
    return None


def decode_roster_text(data: bytes) -> tuple[str, str]:
    """The text of a roster file and the encoding it was read with.

    Order: BOM, then strict UTF-8, then GB18030 (what Chinese Excel writes for "CSV"). Raises
    ImportFileError for empty, binary or undecodable files.
    """
    if _BLANK.fullmatch(data):
        raise ImportFileError(msg("The file is empty."))
    what = describe_binary(data)
    if what:
        raise ImportFileError(msg("This is not a roster file: it is {what}.", what=what))
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return _checked(data.decode(encoding), encoding), encoding
            except UnicodeDecodeError as exc:
                raise ImportFileError(
                    msg(
                        "The file starts with a {upper} byte-order mark but is not valid {upper} (byte {start}).",
                        upper=encoding.upper(),
                        start=exc.start,
                    )
                ) from None
    utf16 = _guess_bomless_utf16(data)
    if utf16:
        try:
            return _checked(data.decode(utf16), utf16), utf16
        except UnicodeDecodeError:
            pass
    if b"\x00" in data:
        raise ImportFileError(msg("This is not a roster file: it is binary (it contains NUL bytes)."))
    try:
        return _checked(data.decode("utf-8"), "utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("gb18030")
    except UnicodeDecodeError:
        raise ImportFileError(NOT_RECOGNISED) from None
    if not reads_as_chinese(text):
        raise ImportFileError(NOT_RECOGNISED)
    return _checked(text, "gb18030"), "gb18030"


def reads_as_chinese(text: str) -> bool:
    """Whether text decoded as GB18030 is plausibly Chinese, not a Western file read wrongly.

    GB18030 decodes almost any bytes: "Müller" in Windows-1252 reads as "M" + a rare ideograph + "ler".
    What Chinese Excel writes is mostly the common characters of GB2312 (both bytes 0xA1 or above); the
    rare ones (a second byte below 0x80, or four bytes) are a few names at most. When more than a quarter
    of the non-ASCII characters are rare, the file is taken for another encoding and refused.
    """
    ascii_length = len(text.encode("ascii", "ignore"))
    non_ascii = len(text) - ascii_length
    common = (len(text.encode("gb2312", "ignore")) - ascii_length) // 2  # GB2312 characters take two bytes
    return (non_ascii - common) * 4 <= non_ascii


def _checked(text: str, encoding: str) -> str:
    """Refuse text that decoded but is mostly control characters: a binary file in disguise."""
    if not text or text.isspace():
        raise ImportFileError(msg("The file is empty."))
    sample = text[:8192]
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\t\r\n" or ch == "\x7f")
    if controls > max(8, len(sample) // 20):
        raise ImportFileError(
            msg("This is not a roster file: it is binary (read as {encoding}).", encoding=encoding)
        )
    return text
