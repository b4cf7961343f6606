"""Text a user typed or a file held: what counts as a control character, and how input is echoed.

One definition for every layer: names and logins refuse control characters here, roster cells use the
same test, and every message that quotes input goes through :func:`one_line`, so a newline or a terminal
escape sequence in an argument can neither split an error over several lines nor drive the terminal.
"""

from __future__ import annotations

import re

#: Whitespace a multi-line text may hold (and a one-line text folds into a space).
LINE_BREAKS_AND_TABS = "\t\n\r"
#: Characters that are not text to show: C0 and C1 controls (category Cc), lone surrogates (the bytes of
#: a command-line argument that were not UTF-8), line and paragraph separators, and the bidirectional
#: overrides that reorder what a terminal or a table shows.
CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\ud800-\udfff\u2028\u2029\u202a-\u202e\u2066-\u2069]")
_NAMED_ESCAPES = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}
#: Longest message shown whole; longer ones keep their start and end (where the advice is).
MESSAGE_LIMIT = 2000


def has_control_characters(text: str) -> bool:
    """One quick search: most texts hold none, and roster files check every cell."""
    return CONTROL.search(text) is not None


def control_characters(text: str, *, allowed: str = "") -> list[str]:
    """The distinct control characters of ``text`` (except those in ``allowed``), as U+XXXX."""
    found: list[str] = []
    for ch in CONTROL.findall(text):
        code = f"U+{ord(ch):04X}"
        if ch not in allowed and code not in found:
            found.append(code)
    return found


def _escape(ch: str) -> str:
    if ch in _NAMED_ESCAPES:
        return _NAMED_ESCAPES[ch]
    code = ord(ch)
    if 0xDC80 <= code <= 0xDCFF:  # a byte that was not UTF-8 (surrogateescape): show the byte
        return f"\\x{code - 0xDC00:02x}"
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def one_line(text: str, limit: int = MESSAGE_LIMIT) -> str:
    """``text`` as one printable line: control characters shown escaped (``\\n``, ``\\x1b``), and a text
    longer than ``limit`` shortened in the middle."""
    text = CONTROL.sub(lambda match: _escape(match.group()), str(text))
    if len(text) > limit:
        keep = (limit - 1) // 2
        text = f"{text[:keep]}…{text[-keep:]}"
    return text
