"""Close the stretch of zero bytes that patchelf leaves inside a library it rewrote.

auditwheel renames the libraries a wheel vendors with patchelf, which appends what it rewrote (the dynamic
symbol and string tables) as a new loadable segment at the next multiple of the segment alignment. For a
library linked with 2 MiB alignment, such as Pillow's libXau, that leaves 2 MB of zeros in a 20 kB file.

``close_gap`` moves everything after the longest such stretch down by a multiple of 64 KiB (a multiple
of the page sizes Linux runs with: 4, 16 and 64 KiB), so every segment keeps its address and its offset stays congruent to it
modulo the page size: the loader maps the same bytes at the same addresses (Pillow's libXau: 2.1 MB to
69 kB). Only zero bytes go, and only the headers' offsets change; what patchelf left before the zeros stays,
and no section is stripped or rewritten (binutils' strip can break what patchelf wrote, so the spec never
runs it on such libraries). A file that is not a 64-bit little-endian ELF file, whose stretch is under
256 KiB, or whose bytes to drop are not all zeros, is left as it is.
"""

from __future__ import annotations

import struct
from pathlib import Path

PAGE = 0x10000  # 64 KiB: a multiple of the page sizes Linux runs with (4, 16, 64 KiB)
LEAST = 4 * PAGE  # smaller stretches are not worth rewriting a file for
PT_LOAD = 1
SHT_NOBITS = 8
_PHDR = struct.Struct("<IIQQQQQQ")  # type, flags, offset, vaddr, paddr, filesz, memsz, align
_SHDR = struct.Struct("<IIQQQQIIQQ")  # name, type, flags, addr, offset, size, link, info, addralign, entsize


def _headers(data: bytes) -> tuple[int, int, list[list[int]], list[list[int]]]:
    phoff, shoff = struct.unpack_from("<QQ", data, 0x20)
    phentsize, phnum, shentsize, shnum = struct.unpack_from("<HHHH", data, 0x36)
    if phentsize != _PHDR.size or (shnum and shentsize != _SHDR.size):
        raise ValueError("unexpected header sizes")
    phdrs = [list(_PHDR.unpack_from(data, phoff + i * phentsize)) for i in range(phnum)]
    shdrs = [list(_SHDR.unpack_from(data, shoff + i * shentsize)) for i in range(shnum)]
    return phoff, shoff, phdrs, shdrs


def _loaded_bytes(data: bytes) -> list[bytes]:
    """What the loader maps, but for the headers, which hold the offsets that change with the layout (the
    first segment holds the ELF and program headers; patchelf may put the section headers in another)."""
    phoff, shoff, phdrs, shdrs = _headers(data)
    masked = bytearray(data)
    for first, size in ((0, 64), (phoff, _PHDR.size * len(phdrs)), (shoff, _SHDR.size * len(shdrs))):
        masked[first : first + size] = bytes(size)
    return [bytes(masked[p[2] : p[2] + p[5]]) for p in phdrs if p[0] == PT_LOAD]


def _mappable(phdrs: list[list[int]]) -> bool:
    """Every loadable segment's offset congruent to its address modulo its alignment (the ELF rule)."""
    return all(p[7] <= 1 or (p[3] - p[2]) % p[7] == 0 for p in phdrs if p[0] == PT_LOAD)


def close_gap(path: Path) -> int:
    """Rewrite ``path`` without its longest stretch of unused zero bytes; return the bytes saved (0 when
    the file is left untouched)."""
    data = path.read_bytes()
    if data[:4] != b"\x7fELF" or data[4:6] != b"\x02\x01":  # 64-bit, little-endian
        return 0
    phoff, shoff, phdrs, shdrs = _headers(data)
    if not _mappable(phdrs):
        return 0
    used = [(0, 64), (phoff, phoff + _PHDR.size * len(phdrs)), (shoff, shoff + _SHDR.size * len(shdrs))]
    used += [(p[2], p[2] + p[5]) for p in phdrs if p[5]]
    used += [(s[4], s[4] + s[5]) for s in shdrs if s[1] != SHT_NOBITS and s[5]]
    start = stop = end = 0
    for first, last in sorted(used):
        if first - end > stop - start:
            start, stop = end, first
        end = max(end, last)
    shift = (stop - start) // PAGE * PAGE
    # Only zeros go: what patchelf left before them (a stale copy of the section headers) stays.
    if shift < LEAST or data[stop - shift : stop].strip(b"\0"):
        return 0

    def moved(offset: int) -> int:
        return offset - shift if offset >= stop else offset

    for p in phdrs:
        p[2] = moved(p[2])
        # Keep the ELF rule offset = address (mod alignment): the largest power of two that still holds.
        while p[0] == PT_LOAD and p[7] > PAGE and (p[3] - p[2]) % p[7]:
            p[7] //= 2
    for s in shdrs:
        s[4] = moved(s[4])
    out = bytearray(data[: stop - shift] + data[stop:])
    struct.pack_into("<QQ", out, 0x20, moved(phoff), moved(shoff))
    for i, p in enumerate(phdrs):
        _PHDR.pack_into(out, moved(phoff) + i * _PHDR.size, *p)
    for i, s in enumerate(shdrs):
        _SHDR.pack_into(out, moved(shoff) + i * _SHDR.size, *s)
    # The loader must find the very bytes it found before, each segment at an offset it can map.
    if _loaded_bytes(bytes(out)) != _loaded_bytes(data) or not _mappable(_headers(bytes(out))[2]):
        raise ValueError(f"closing the gap in {path} would change what is loaded")
    path.write_bytes(out)
    return len(data) - len(out)
