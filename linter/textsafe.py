"""Text that is safe to print where people and CI runners read it.

Article text, file names and rule messages can carry terminal escape sequences, invisible
direction overrides, or a line that starts with `::` (a GitHub Actions workflow command once
the runner trims the indent). Each such character is shown as a visible escape instead.
"""
from __future__ import annotations

# C0 and C1 controls (tab included, callers expand it first), DEL, line and paragraph
# separators, the bidirectional embeddings, overrides and isolates, and the lone surrogates
# that stand for the bytes of a file name that is not UTF-8. (Character sets, not `re`: a run
# need not import `re`, ~2.5 ms of a one-file run; tests/test_textsafe.py compares both.)
_UNSAFE_RANGES = ((0x00, 0x1F), (0x7F, 0x9F), (0x2028, 0x2029), (0x202A, 0x202E), (0x2066, 0x2069), (0xDC80, 0xDCFF))


def escape_char(char: str) -> str:
    """`\\x1b` for a control character, `\\xe9` for the undecodable file-name byte 0xe9."""
    code = ord(char)
    if 0xDC80 <= code <= 0xDCFF:
        return f"\\x{code - 0xDC00:02x}"
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


_unsafe: frozenset[str] = frozenset()
_escapes: dict[int, str] = {}  # for str.translate


def _unsafe_characters() -> frozenset[str]:
    """The characters escaped, and their escapes, made when a text first has an unprintable
    character (a run whose output is all printable never makes them: ~0.3 ms)."""
    global _unsafe
    if not _unsafe:
        _unsafe = frozenset(chr(code) for first, last in _UNSAFE_RANGES for code in range(first, last + 1))
        _escapes.update({ord(char): escape_char(char) for char in _unsafe})
    return _unsafe


def _command_colon(text: str) -> int:
    """Where the first `:` of a leading `::` (after spaces and tabs) is, else -1."""
    rest = text.lstrip(" \t")
    return len(text) - len(rest) if rest.startswith("::") else -1


def neutralise(text: str) -> str:
    """`text` with control characters escaped (`\\x1b`) and a leading `::` broken (`\\x3a:`)."""
    if not text.isprintable() and not _unsafe_characters().isdisjoint(text):  # (each unsafe one is unprintable)
        text = text.translate(_escapes)
    colon = _command_colon(text)
    return text if colon < 0 else text[:colon] + escape_char(":") + text[colon + 1:]


def neutralise_columns(line: str) -> list[str]:
    """How each character of `line` is shown by `neutralise`, one string per character, so
    that a caret under a column can be placed under the escaped text."""
    if not line.isprintable() and not _unsafe_characters().isdisjoint(line):
        unsafe = _unsafe_characters()
        shown = [escape_char(char) if char in unsafe else char for char in line]
    else:
        shown = list(line)
    colon = _command_colon(line)
    if colon >= 0:
        shown[colon] = escape_char(":")
    return shown
