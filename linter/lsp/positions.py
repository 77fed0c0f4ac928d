"""Positions as LSP counts them: lines from 0, characters in UTF-16 code units."""
from __future__ import annotations


def utf16_length(text: str) -> int:
    """How many UTF-16 code units `text` takes (characters beyond the BMP take two)."""
    return len(text) + sum(1 for char in text if ord(char) > 0xFFFF)


def to_lsp(lines: list[str], line: int, column: int) -> tuple[int, int]:
    """A newslint position (1-based line, 1-based column in code points) as an LSP (line, character).

    A position past the last line (the end of a whole-line span) becomes the end of that line.
    """
    if line > len(lines):
        last = len(lines) - 1
        return (max(last, 0), utf16_length(lines[last]) if lines else 0)
    text = lines[line - 1]
    return (line - 1, utf16_length(text[: column - 1]))
