"""HTML blocks in Markdown: the tags are markup, the text between them is prose.

Block-level tags (`<p>`, `<div>`, `<li>` …) and blank lines separate blocks of prose; the
content of `<script>`, `<style>`, `<pre>` and the like is code.
"""
from __future__ import annotations

from ..document import Block, Span
from ..value import Value
from .common import paragraphs
from .sitemarkup import BLOCK_TAGS, RAW_TEXT_TAGS, raw_text_end, scan_tags


class HtmlParts(Value):
    """What an HTML block holds: tags (not linted), code, and blocks of prose."""

    FIELDS = ("tags", "code", "blocks")

    def __init__(self, tags: list[Span] | None = None, code: list[Span] | None = None,
                 blocks: list[Block] | None = None):
        self.tags = [] if tags is None else tags
        self.code = [] if code is None else code
        self.blocks = [] if blocks is None else blocks


def html_parts(text: str, start: int, end: int, jsx: bool = False) -> HtmlParts:
    parts = HtmlParts()
    cuts: list[Span] = []  # block tags and code: prose never runs across them
    pos = start
    while pos < end:
        for span, name in scan_tags(text, pos, end, jsx):
            parts.tags.append(span)
            pos = span.end
            if name.lstrip("/") in BLOCK_TAGS or name == "{":
                cuts.append(span)
            if name in RAW_TEXT_TAGS and not text[span.start:span.end].endswith("/>"):
                content_end = raw_text_end(text, span.end, end, name)
                parts.code.append(Span(span.end, content_end))
                cuts.append(parts.code[-1])
                pos = content_end
                break  # scan again after the raw text
        else:
            break
    edges = [start, *(x for cut in cuts for x in (cut.start, cut.end)), end]
    for piece_start, piece_end in zip(edges[::2], edges[1::2]):
        parts.blocks.extend(Block(s, e) for s, e in paragraphs(text, piece_start, piece_end))
    return parts
