"""Markdown articles: block structure from markdown-it-py, inline markup by position."""
from __future__ import annotations

import regex
from markdown_it import MarkdownIt

from ..document import Block, Document, Span
from .common import front_matter, shared_skips

_PARSER = MarkdownIt("commonmark").enable("table")

# Inline constructs whose whole text is not prose.
_INLINE_SKIP = regex.compile(
    r"(?<!`)(`+)(?!`).+?(?<!`)\1(?!`)"          # code span
    r"|!\[[^\]\n]*\]\([^)\n]*\)"               # image
    r"|<(?:https?|mailto):[^>\s]+>"            # autolink
    r"|</?[A-Za-z][^<>\n]*>"                   # raw HTML tag
    r"|\[\^[^\]\n]+\]"                         # footnote reference
    r"|^ {0,3}\[[^\]\n]+\]:[ \t]+\S.*$",        # link reference definition
    regex.M,
)
# Markup characters around prose: blanked, but findings touching them are still reported.
_LINK = regex.compile(r"(\[)[^\[\]\n]*(\]\([^)\n]*\)|\]\[[^\]\n]*\])")
_LINE_PREFIX = regex.compile(r"^[ \t]*(?:>[ \t]?)*[ \t]*(?:#{1,6}[ \t]+|[-*+][ \t]+|\d{1,9}[.)][ \t]+)?", regex.M)
_EMPHASIS = regex.compile(r"(?<![\p{L}\p{N}\\])(?:\*{1,3}|_{1,3})(?=\S)|(?<=\S)(?:\*{1,3}|_{1,3})(?![\p{L}\p{N}])")
_HEADING_TAIL = regex.compile(r"[ \t]+#+[ \t]*$", regex.M)
_TABLE_PIPE = regex.compile(r"\|")
_HARD_BREAK = regex.compile(r"\\$", regex.M)
_HARD_BREAK_END = regex.compile(r"(?: {2,}|\\)$")


def build(text: str, path: str) -> Document:
    fm_span, metadata = front_matter(text, path)
    skipped = shared_skips(text)
    if fm_span:
        skipped.append(fm_span)
    line_starts = _line_starts(text)
    blocks: list[Block] = []
    markup: list[Span] = []
    code: list[Span] = []
    containers: list[str] = []
    for token in _PARSER.parse(_blank_front_matter(text, fm_span)):
        if token.type in ("list_item_open", "blockquote_open"):
            containers.append(token.type)
        elif token.type in ("list_item_close", "blockquote_close"):
            containers.pop()
        if not token.map:
            continue
        start, end = _line_range(text, line_starts, token.map)
        if token.type in ("fence", "code_block", "html_block"):
            skipped.append(Span(start, end))
            if token.type != "html_block":
                code.append(Span(start, end))
        elif token.type == "paragraph_open":
            kind = "list_item" if "list_item_open" in containers else "paragraph"
            blocks.extend(Block(s, e, kind) for s, e in _split_at_hard_breaks(text, start, end))
        elif token.type == "heading_open":
            blocks.append(Block(start, end, "heading"))
        elif token.type == "table_open":
            blocks.append(Block(start, end, "table"))
            markup.extend(Span(m.start() + start, m.end() + start) for m in _TABLE_PIPE.finditer(text[start:end]))
    for block in blocks:
        segment = text[block.start:block.end]
        offset = block.start
        for m in _INLINE_SKIP.finditer(segment):
            skipped.append(Span(m.start() + offset, m.end() + offset))
            if m.group(1):  # a code span
                code.append(skipped[-1])
        for pattern in (_LINE_PREFIX, _EMPHASIS, _HEADING_TAIL, _HARD_BREAK):
            markup.extend(Span(m.start() + offset, m.end() + offset) for m in pattern.finditer(segment) if m.end() > m.start())
        for m in _LINK.finditer(segment):
            markup.append(Span(m.start(1) + offset, m.end(1) + offset))
            markup.append(Span(m.start(2) + offset, m.end(2) + offset))
            skipped.append(Span(m.start(2) + offset + 1, m.end(2) + offset))
    blocks.sort(key=lambda b: b.start)
    return Document(text=text, path=path, format="markdown", metadata=metadata,
                    skipped=skipped, markup=markup, blocks=blocks, code=code)


def _split_at_hard_breaks(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A paragraph of hard-broken lines that each start with a capital or digit is a list of
    lines (`Prossima tappa: …` / `Da lunedì a sabato`), not one sentence; a hard break in
    the middle of a sentence (the next line in lower case) keeps the paragraph whole."""
    pieces, piece_start, pos = [], start, start
    lines = text[start:end].split("\n")
    for line, following in zip(lines, lines[1:]):
        pos += len(line) + 1
        head = _LINE_PREFIX.sub("", following, count=1).lstrip()[:1]
        if _HARD_BREAK_END.search(line) and (head.isupper() or head.isdigit()):
            pieces.append((piece_start, pos - 1))
            piece_start = pos
    pieces.append((piece_start, end))
    return pieces


def _blank_front_matter(text: str, span: Span | None) -> str:
    """The text with front matter replaced by as many empty lines, so line numbers hold."""
    if span is None:
        return text
    return "\n" * text.count("\n", span.start, span.end) + text[span.end:]


def _line_starts(text: str) -> list[int]:
    starts = [0]
    for i, char in enumerate(text):
        if char == "\n":
            starts.append(i + 1)
    return starts


def _line_range(text: str, line_starts: list[int], line_map: list[int]) -> tuple[int, int]:
    first, last = line_map[0], max(line_map[1], line_map[0] + 1)
    start = line_starts[min(first, len(line_starts) - 1)]
    end = line_starts[last] - 1 if last < len(line_starts) else len(text)
    return start, end
