"""Markdown articles: block structure from markdown-it-py, inline markup by position.

Besides CommonMark and GFM tables it knows what content repositories add: YAML, TOML and
JSON front matter, Hugo/Jekyll shortcodes and Liquid tags, HTML blocks (their text is prose),
link reference definitions, footnotes, and in MDX files ESM lines, JSX and `{…}` expressions.
"""
from __future__ import annotations

from bisect import bisect_right
from functools import lru_cache

from ..compiled import compile_cached
from ..document import Block, Document, Span, line_offsets
from ..regex_engine import MULTILINE
from .common import shared_skips
from .frontmatter import front_matter, front_matter_skips
from .htmlblock import html_parts
from .plain_blocks import plain_blocks
from .sitemarkup import formatted_lines, is_esm, is_variable, leftover_elements, scan_tags, template_code, template_tags

TYPE_CHECKING = False  # typing's flag, without importing typing: a run never does (~3 ms)
if TYPE_CHECKING:
    from markdown_it import MarkdownIt

# Inline constructs whose whole text is not prose.
_INLINE_SKIP = compile_cached(
    r"(?<!`)(`+)(?!`).+?(?<!`)\1(?!`)"          # code span
    r"|!\[[^\]\n]*\]\([^)\n]*\)"               # image
    r"|<(?:https?|mailto):[^>\s]+>"            # autolink
    r"|^[ \t]{0,3}\[\^[^\]\n]+\]:"             # footnote definition label
    r"|\[\^[^\]\n]+\]"                         # footnote reference
    r"|^ {0,3}\[[^\]\n]+\]:[ \t]+\S.*$",        # link reference definition
    MULTILINE,
)
# Markup characters around prose: blanked, but findings touching them are still reported.
_LINK = compile_cached(r"(\[)[^\[\]\n]*(\]\([^)\n]*\)|\]\[[^\]\n]*\])")
_LINE_PREFIX = compile_cached(r"^[ \t]*(?:>[ \t]?)*[ \t]*(?:#{1,6}[ \t]+|[-*+][ \t]+|\d{1,9}[.)][ \t]+)?", MULTILINE)
_EMPHASIS = compile_cached(r"(?<![\p{L}\p{N}\\])(?:\*{1,3}|_{1,3})(?=\S)|(?<=\S)(?:\*{1,3}|_{1,3})(?![\p{L}\p{N}])")
_HEADING_TAIL = compile_cached(r"[ \t]+#+[ \t]*$", MULTILINE)
# A table's pipes with the padding around them, and its delimiter row: layout, not prose.
_TABLE_CELL_EDGE = compile_cached(r"^[ \t>]*(?:\|[ \t]*)?|[ \t]*(?<!\\)\|[ \t]*|[ \t]+$", MULTILINE)
_HARD_BREAK = compile_cached(r"\\$", MULTILINE)
_HARD_BREAK_END = compile_cached(r"(?: {2,}|\\)$")
# Tokens that hold the lines they map; a line no such token holds is a link reference definition.
_LEAVES = frozenset({"paragraph_open", "heading_open", "fence", "code_block", "html_block", "table_open", "hr"})


def build(text: str, path: str, mdx: bool = False, prose_fields: tuple[str, ...] = ()) -> Document:
    """The Document of a Markdown (or, with `mdx`, an MDX) article; the front matter's
    `prose_fields` (`title` …) are linted as prose."""
    fm_span, metadata = front_matter(text, path)
    skipped = shared_skips(text)
    code = template_code(text)
    skipped.extend(code)
    blocks: list[Block] = []
    if fm_span:
        fm_skipped, fm_values = front_matter_skips(text, fm_span, prose_fields)
        skipped.extend(fm_skipped)
        blocks.extend(Block(span.start, span.end, "heading" if name == "title" else "paragraph") for span, name in fm_values)
    line_starts = line_offsets(text)
    held = [0] * (len(line_starts) + 1)  # difference array of the lines leaf tokens hold
    markup: list[Span] = []
    containers: list[str] = []
    source = _blank_front_matter(text, fm_span)
    tokens = plain_blocks(source)
    for token in _parser().parse(source) if tokens is None else tokens:
        if token.type in ("list_item_open", "blockquote_open"):
            containers.append(token.type)
        elif token.type in ("list_item_close", "blockquote_close"):
            containers.pop()
        if not token.map:
            continue
        if token.type in _LEAVES:
            held[token.map[0]] += 1
            held[token.map[1]] -= 1
        start, end = _line_range(text, line_starts, token.map)
        if token.type in ("fence", "code_block"):
            skipped.append(Span(start, end))
            code.append(Span(start, end))
        elif token.type == "html_block":
            parts = html_parts(text, start, end, jsx=mdx)
            leftovers = [] if mdx else leftover_elements(text, start, end)
            firsts = [line.start for line in leftovers]
            for tag in parts.tags:  # a template's leftover element is markup a rule may report
                i = bisect_right(firsts, tag.start) - 1
                (markup if i >= 0 and tag.end <= leftovers[i].end else skipped).append(tag)
            skipped.extend(parts.code)
            code.extend(parts.code)
            blocks.extend(parts.blocks)
        elif token.type == "paragraph_open":
            if mdx and not containers and is_esm(text, start):
                skipped.append(Span(start, end))
                code.append(Span(start, end))
                continue
            kind = "list_item" if "list_item_open" in containers else "paragraph"
            blocks.extend(Block(s, e, kind) for s, e in _split_at_hard_breaks(text, start, end))
        elif token.type == "heading_open":
            blocks.append(Block(start, end, "heading"))
        elif token.type == "table_open":
            blocks.append(Block(start, end, "table"))
            skipped.extend(_table_layout(text, line_starts, token.map, start, end))
    skipped.extend(_unheld_lines(text, line_starts, held, fm_span))
    constructs: list[Span] = []
    for block in blocks:
        segment = text[block.start:block.end]
        offset = block.start
        for m in _INLINE_SKIP.finditer(segment):
            skipped.append(Span(m.start() + offset, m.end() + offset))
            if m.group(1):  # a code span
                code.append(skipped[-1])
        for span in template_tags(text, block.start, block.end):
            (markup if is_variable(text, span) else skipped).append(span)
        skipped.extend(span for span, _ in scan_tags(text, block.start, block.end, jsx=mdx))
        for pattern in (_LINE_PREFIX, _EMPHASIS, _HEADING_TAIL, _HARD_BREAK):
            markup.extend(Span(m.start() + offset, m.end() + offset) for m in pattern.finditer(segment) if m.end() > m.start())
        for m in _LINK.finditer(segment):
            markup.append(Span(m.start(1) + offset, m.end(1) + offset))
            markup.append(Span(m.start(2) + offset, m.end(2) + offset))
            skipped.append(Span(m.start(2) + offset + 1, m.end(2) + offset))
            constructs.append(Span(m.start() + offset, m.end() + offset))
    skipped, markup = _formatting_as_markup(text, blocks, skipped, markup)
    blocks.sort(key=lambda b: b.start)
    return Document(text=text, path=path, format="mdx" if mdx else "markdown", metadata=metadata, front_matter=fm_span, skipped=skipped,
                    markup=markup, blocks=blocks, code=code, constructs=constructs)


def _formatting_as_markup(text: str, blocks: list[Block], skipped: list[Span],
                          markup: list[Span]) -> tuple[list[Span], list[Span]]:
    """The tags of a line of prose that is a short text wrapped in HTML formatting are markup,
    not skipped: a rule (template-token) may report them; no rule reads them as prose."""
    lines = sorted({(s.start, s.end) for b in blocks
                    for s in formatted_lines(text, text.rfind("\n", 0, b.start) + 1, _line_end(text, b.end))})
    if not lines:
        return skipped, markup
    starts = [start for start, _ in lines]

    def on_formatted_line(span: Span) -> bool:
        i = bisect_right(starts, span.start) - 1
        return i >= 0 and span.end <= lines[i][1] and text[span.start:span.start + 1] == "<"

    moved = [span for span in skipped if on_formatted_line(span)]
    return [span for span in skipped if not on_formatted_line(span)], markup + moved


def _line_end(text: str, offset: int) -> int:
    end = text.find("\n", offset)
    return len(text) if end < 0 else end


@lru_cache(maxsize=1)
def _parser() -> MarkdownIt:
    """markdown-it, imported for Markdown that `plain_blocks` leaves to it. Only the block
    structure is read (each block's lines): inline parsing would cost half the time."""
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark").enable("table").disable(["inline", "text_join"])


def _table_layout(text: str, line_starts: list[int], line_map: list[int], start: int, end: int) -> list[Span]:
    """Pipes, cell padding and the delimiter row of a GFM table (layout that formatters align)."""
    found = [Span(m.start(), m.end()) for m in _TABLE_CELL_EDGE.finditer(text, start, end) if m.end() > m.start()]
    delimiter = line_map[0] + 1
    if delimiter < len(line_starts):
        row_end = text.find("\n", line_starts[delimiter])
        found.append(Span(line_starts[delimiter], len(text) if row_end < 0 else row_end))
    return found


def _unheld_lines(text: str, line_starts: list[int], held: list[int], fm_span: Span | None) -> list[Span]:
    """Non-blank lines no block holds: link reference definitions (`[x]: https://… "Title"`)."""
    found, depth = [], 0
    for index, line_start in enumerate(line_starts):
        depth += held[index]
        if depth or (fm_span and line_start < fm_span.end):
            continue
        line_end = text.find("\n", line_start)
        line_end = len(text) if line_end < 0 else line_end
        if text[line_start:line_end].strip():
            found.append(Span(line_start, line_end))
    return found


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


def _line_range(text: str, line_starts: list[int], line_map: list[int]) -> tuple[int, int]:
    first, last = line_map[0], max(line_map[1], line_map[0] + 1)
    start = line_starts[min(first, len(line_starts) - 1)]
    end = line_starts[last] - 1 if last < len(line_starts) else len(text)
    return start, end
