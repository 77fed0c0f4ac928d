"""The block structure of plain Markdown without markdown-it (whose import costs more than
linting a short article): paragraphs, ATX headings, fenced code, block quotes of paragraphs,
list items of one line, and a thematic break (`---`, `***` or `___` alone after a blank
line). For a text made only of those it gives the tokens markdown-it gives (type and lines)
that `markdown.build` reads; for any other text (an indented line, HTML, a table, another
rule, a setext heading, a link reference definition, a list item or quote over several lines,
a list item right under a paragraph ...) it gives None, and markdown-it parses it.
"""
from __future__ import annotations

from collections import namedtuple

from ..compiled import compile_cached

_HEADING = compile_cached(r"#{1,6}(?:[ \t]|$)")
_FENCE = compile_cached(r"(`{3,}|~{3,})(.*)")
_BULLET = compile_cached(r"[-*+] (?=\S)")
_ORDERED = compile_cached(r"\d{1,9}[.)] (?=\S)")
_LIST_LIKE = compile_cached(r"[-*+](?:[ \t]|$)|\d{1,9}[.)](?:[ \t]|$)")
# A line made of these alone may be a thematic break, a setext underline, a table's delimiter
# row or an empty list item.
_LAYOUT_ONLY = compile_cached(r"[-*_=+:| \t]*")
# A thematic break as articles end their text with one (`---` above a note), read only after a
# blank line (under a paragraph's line, `---` underlines a setext heading).
_RULE = compile_cached(r"-{3,}|\*{3,}|_{3,}")
# Starts that open HTML or indented code, or need a closer look than this module gives.
_OTHER_STARTS = (" ", "\t", "<")


# What `markdown.build` reads of a markdown-it token (type: str, map: list[int] or None) (a named
# tuple called, not subclassed: see `document.Token`).
BlockToken = namedtuple("BlockToken", ["type", "map"])


def plain_blocks(text: str) -> list[BlockToken] | None:
    """markdown-it's block tokens of `text` (CommonMark with tables), when it is plain Markdown; else None."""
    if "\r" in text or "\0" in text or "]:" in text:
        return None
    lines = text.split("\n")
    if not lines[-1].strip(" \t"):  # markdown-it counts no last line of spaces without a newline
        lines.pop()
    tokens: list[BlockToken] = []
    index, count = 0, len(lines)
    while index < count:
        line = lines[index]
        if not line.strip(" \t"):
            index += 1
        elif _HEADING.match(line):
            tokens.append(BlockToken("heading_open", [index, index + 1]))
            index += 1
        elif line[:1] in "`~" and _FENCE.match(line):
            index = _fence(lines, index, tokens)
        elif line[:1] == ">":
            index = _quote(lines, index, tokens)
        elif _BULLET.match(line) or _ORDERED.match(line):
            if not _plain(line[_item_start(line):]):
                return None
            tokens += [BlockToken("list_item_open", [index, index + 1]),
                       BlockToken("paragraph_open", [index, index + 1]), BlockToken("list_item_close", None)]
            index += 1
            if index < count and lines[index].strip(" \t") and not _is_item(lines[index]):
                return None  # a lazy continuation, or a block a list item may hold
        elif index > 0 and not lines[index - 1].strip(" \t") and _RULE.fullmatch(line):
            tokens.append(BlockToken("hr", [index, index + 1]))
            index += 1
        elif _plain(line):
            start = index
            while index + 1 < count and _plain(lines[index + 1]):
                index += 1
            index += 1
            if index < count and _is_item(lines[index]):
                return None  # a list item interrupting a paragraph (or not, if it is `2.`)
            tokens.append(BlockToken("paragraph_open", [start, index]))
        else:
            return None
        if index < 0:
            return None
    return tokens


def _plain(line: str) -> bool:
    """A line that only a paragraph takes: no other block starts with it, nor could it close one."""
    if not line.strip(" \t") or line.startswith(_OTHER_STARTS) or line[0] == ">" or _LAYOUT_ONLY.fullmatch(line):
        return False
    if line[0] == "#" and _HEADING.match(line) or line[:1] in "`~" and _FENCE.match(line):
        return False
    return not _LIST_LIKE.match(line)


def _is_item(line: str) -> bool:
    return bool(_LIST_LIKE.match(line))


def _item_start(line: str) -> int:
    return (_BULLET.match(line) or _ORDERED.match(line)).end()


def _fence(lines: list[str], start: int, tokens: list[BlockToken]) -> int:
    """A fenced block from `start`: markdown-it's closing rule (the marker, at least as long, after
    at most three spaces, then spaces only); unclosed, it runs to the end. -1: not a fence."""
    opening = _FENCE.match(lines[start])
    marker, info = opening.group(1), opening.group(2)
    if marker[0] == "`" and "`" in info:
        return -1  # inline code opening a paragraph: left to markdown-it
    end = len(lines)
    for index in range(start + 1, len(lines)):
        line = lines[index]
        body = line.lstrip(" ")
        if len(line) - len(body) <= 3 and body.startswith(marker) \
                and not body.lstrip(marker[0]).strip(" \t"):
            end = index + 1
            break
    tokens.append(BlockToken("fence", [start, end]))
    return end


def _quote(lines: list[str], start: int, tokens: list[BlockToken]) -> int:
    """A block quote of paragraphs (`> text` lines, `>` between them) ended by a blank line or
    the text's end. -1: anything else (a lazy line, a nested block)."""
    index, count = start, len(lines)
    paragraphs: list[BlockToken] = []
    opened = None
    while index < count and lines[index][:1] == ">":
        line = lines[index]
        if line == ">" or not line[1:].strip(" \t") and line[1:2] == " ":
            if opened is not None:
                paragraphs.append(BlockToken("paragraph_open", [opened, index]))
                opened = None
        elif line[1:2] == " " and _plain(line[2:]):
            opened = index if opened is None else opened
        else:
            return -1
        index += 1
    if index < count and lines[index].strip(" \t"):
        return -1
    if opened is not None:
        paragraphs.append(BlockToken("paragraph_open", [opened, index]))
    tokens += [BlockToken("blockquote_open", [start, index]), *paragraphs, BlockToken("blockquote_close", None)]
    return index
