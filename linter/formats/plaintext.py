"""Plain-text articles: one paragraph per run of non-blank lines, optional front matter."""
from __future__ import annotations

from ..compiled import compile_cached
from ..document import Block, Document
from .common import paragraphs, shared_skips
from .frontmatter import front_matter, front_matter_skips


def build(text: str, path: str, prose_fields: tuple[str, ...] = ()) -> Document:
    """The Document of a plain-text article; the front matter's `prose_fields` are prose."""
    fm_span, metadata = front_matter(text, path)
    skipped = shared_skips(text)
    body_start = 0
    blocks: list[Block] = []
    if fm_span:
        fm_skipped, fm_values = front_matter_skips(text, fm_span, prose_fields)
        skipped.extend(fm_skipped)
        blocks.extend(Block(span.start, span.end, "heading" if name == "title" else "paragraph") for span, name in fm_values)
        body_start = fm_span.end
    blocks += [block for s, e in paragraphs(text, body_start) for block in _split_unwrapped(text, s, e)]
    return Document(text=text, path=path, format="text", metadata=metadata, front_matter=fm_span,
                    skipped=skipped, blocks=blocks)


def _split_unwrapped(text: str, start: int, end: int) -> list[Block]:
    """A run of lines is one paragraph only if it looks hard-wrapped; otherwise a block per line.

    Scraped pages put one HTML block per line with no blank line between them; treating
    such a run as one paragraph would glue headlines, captions and prose into one sentence.
    """
    lines = text[start:end].split("\n")
    if len(lines) == 1 or _looks_wrapped(lines):
        return [Block(start, end, _kind(lines[0]))]
    blocks, pos = [], start
    for line in lines:
        if line.strip():
            blocks.append(Block(pos, pos + len(line), _kind(line)))
        pos += len(line) + 1
    return blocks


_BULLET = compile_cached(r"[ \t]*[•◦▪▫‣⁃∙●○■□➢➤►▶✓✔-][ \t\u00a0]")


def _kind(line: str) -> str:
    """A line that opens with a bullet glyph (`• 1 onion`) is a list item; others are paragraphs."""
    return "list_item" if _BULLET.match(line) else "paragraph"


def _looks_wrapped(lines: list[str]) -> bool:
    """Hard-wrapped prose: no line over the width, and a short line only where a wrapped
    sentence or item ends, never two in a row (a scraped page lists short lines in runs)."""
    widths = [len(line.rstrip()) for line in lines]
    if max(widths[:-1]) > WRAP_MAX or max(widths) < WRAP_MIN:
        return False
    return not any(a < WRAP_MIN and b < WRAP_MIN for a, b in zip(widths, widths[1:]))


WRAP_MIN, WRAP_MAX = 40, 100
