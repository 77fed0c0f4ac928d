"""Text that is safe to print where people and CI runners read it.

Article text, file names and rule messages can carry terminal escape sequences, invisible
direction overrides, or a line that starts with `::` (a GitHub Actions workflow command once
the runner trims the indent). Each such character is shown as a visible escape instead.
"""
from __future__ import annotations

import re

# C0 and C1 controls (tab included, callers expand it first), DEL, line and paragraph
# separators, the bidirectional embeddings, overrides and isolates, and the lone surrogates
# that stand for the bytes of a file name that is not UTF-8.
_UNSAFE = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\udc80-\udcff]")
_COMMAND = re.compile(r"^[ \t]*:(?=:)")


def escape_char(char: str) -> str:
    """`\\x1b` for a control character, `\\xe9` for the undecodable file-name byte 0xe9."""
    code = ord(char)
    if 0xDC80 <= code <= 0xDCFF:
        return f"\\x{code - 0xDC00:02x}"
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def neutralise(text: str) -> str:
    """`text` with control characters escaped (`\\x1b`) and a leading `::` broken (`\\x3a:`)."""
    text = _UNSAFE.sub(lambda m: escape_char(m.group()), text)
    return _COMMAND.sub(lambda m: m.group()[:-1] + escape_char(":"), text, count=1)


def neutralise_columns(line: str) -> list[str]:
    """How each character of `line` is shown by `neutralise`, one string per character, so
    that a caret under a column can be placed under the escaped text."""
    if _UNSAFE.search(line):
        shown = [escape_char(char) if _UNSAFE.match(char) else char for char in line]
    else:
        shown = list(line)
    command = _COMMAND.match(line)
    if command:
        shown[command.end() - 1] = escape_char(":")
    return shown
