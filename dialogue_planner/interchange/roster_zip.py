"""The zip archive of a workbook, checked before anything is unpacked: parts, sizes, compression ratio.

Every size is taken from the archive's directory and checked against :mod:`roster_limits` first. The
directory's sizes then bound what unpacking can produce, since :mod:`zipfile` stops a part at its stated
size and checks its CRC. A damaged archive (cut short, a broken deflate stream, a bad CRC, a part
missing) raises :class:`ImportFileError`, never ``zlib.error`` or ``BadZipFile``.
"""

from __future__ import annotations

import io
import struct
import zipfile
import zlib
from collections.abc import Iterator

from dialogue_planner.domain.errors import ImportFileError
from dialogue_planner.domain.messages import msg

from . import roster_limits as limits
from .roster_cells import shown
from .roster_limits import beyond, count, megabytes

RESAVE = "open it in Excel, save it again and import that"
_CHUNK = 64 * 1024
_END = struct.Struct("<4s4H2LH")  # end of central directory record
_END64_LOCATOR = struct.Struct("<4sLQL")
_END64 = struct.Struct("<4sQ2H2L4Q")
_DIRECTORY_ENTRY_BYTES = 512  # a directory entry is 46 bytes plus the part's name: allowed on average
_METHODS = (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED)
# What zipfile raises on an archive damaged in the directory, a header or the packed data.
_DAMAGE = (
    zipfile.BadZipFile,
    zlib.error,
    EOFError,
    OSError,
    ValueError,
    struct.error,
    NotImplementedError,
    RuntimeError,
)


def damaged(detail: str) -> ImportFileError:
    return ImportFileError(
        msg("The Excel workbook is damaged ({detail}): {resave}.", detail=detail, resave=RESAVE)
    )


def _directory_size(data: bytes) -> int:
    """The size the archive's directory claims, read as zipfile reads it (the ZIP64 record when present)."""
    at = data.rfind(b"PK\x05\x06", max(0, len(data) - _END.size - 0xFFFF))
    if at < 0 or at + _END.size > len(data):
        raise damaged("the end of the archive is missing; the file may have been cut short")
    size = _END.unpack_from(data, at)[5]
    locator = at - _END64_LOCATOR.size
    if locator >= _END64.size and data.startswith(b"PK\x06\x07", locator):
        record = locator - _END64.size
        if data.startswith(b"PK\x06\x06", record):
            size = max(size, _END64.unpack_from(data, record)[8])
    return size


class Archive:
    """A workbook archive whose parts have passed every size check; parts are named case-insensitively."""

    def __init__(self, data: bytes) -> None:
        if _directory_size(data) > limits.MAX_ARCHIVE_MEMBERS * _DIRECTORY_ENTRY_BYTES:
            raise beyond(
                "The Excel workbook holds too many parts",
                limits.MAX_ARCHIVE_MEMBERS,
                "a roster workbook may have",
            )
        try:
            self._zip = zipfile.ZipFile(io.BytesIO(data))
            infos = self._zip.infolist()
        except _DAMAGE as exc:
            raise damaged(_reason(exc)) from None
        if len(infos) > limits.MAX_ARCHIVE_MEMBERS:
            raise beyond(
                f"The Excel workbook holds {count(len(infos))} parts",
                limits.MAX_ARCHIVE_MEMBERS,
                "a roster workbook may have",
            )
        total = 0
        for info in infos:
            _check_part(info)
            total += info.file_size
        if total > limits.MAX_UNPACKED_BYTES:
            raise ImportFileError(
                msg(
                    "The Excel workbook unpacks to {megabytes}; a roster workbook may unpack to at most {megabytes2}.",
                    megabytes=megabytes(total),
                    megabytes2=megabytes(limits.MAX_UNPACKED_BYTES),
                )
            )
        self._names = {info.filename.lower(): info.filename for info in infos}

    def has(self, part: str) -> bool:
        return part.lower() in self._names

    def chunks(self, part: str) -> Iterator[bytes]:
        """The unpacked bytes of a part, a piece at a time; a damaged part raises ImportFileError."""
        name = self._names.get(part.lower())
        if name is None:
            raise damaged(f"its part {shown(part)} is missing")
        try:
            with self._zip.open(name) as stream:
                while chunk := stream.read(_CHUNK):
                    yield chunk
        except _DAMAGE as exc:
            raise damaged(f"its part {shown(part)} cannot be unpacked: {_reason(exc)}") from None


def _check_part(info: zipfile.ZipInfo) -> None:
    name = shown(info.filename)
    if info.flag_bits & 0x1:
        raise ImportFileError(
            msg("The Excel workbook is encrypted: remove its password in Excel and import it again.")
        )
    if info.compress_type not in _METHODS:
        raise damaged(f"its part {name} is packed in a way Excel never uses")
    if info.file_size > limits.MAX_PART_BYTES:
        raise ImportFileError(
            msg(
                "The Excel workbook's part {name} unpacks to {megabytes}; a part may unpack to at most {megabytes2}.",
                name=name,
                megabytes=megabytes(info.file_size),
                megabytes2=megabytes(limits.MAX_PART_BYTES),
            )
        )
    ratio = info.file_size / max(info.compress_size, 1)
    if info.file_size >= limits.COMPRESSION_RATIO_FROM_BYTES and ratio > limits.MAX_COMPRESSION_RATIO:
        raise ImportFileError(
            msg(
                "The Excel workbook's part {name} unpacks to {ratio:,.0f} times its packed size, as zip bombs do; a roster workbook's parts unpack to at most {max_compression_ratio} times.",
                name=name,
                ratio=ratio,
                max_compression_ratio=limits.MAX_COMPRESSION_RATIO,
            )
        )


def _reason(exc: BaseException) -> str:
    """A one-line reason from zipfile's or zlib's error, without the file names it may quote."""
    if isinstance(exc, EOFError):
        return "its packed data ends too early"
    if isinstance(exc, zlib.error):
        return "its packed data is corrupt"
    text = str(exc)
    if "CRC" in text:
        return "a checksum does not match"
    return shown(text, 100) or type(exc).__name__
