"""Where a text's headline stands among the lines of its header (above its first paragraph)."""
from __future__ import annotations

from ..compiled import compile_cached
from ..document import WORD, Document

# A headline: four words or more, opening with a capital, a digit or a quote, no sentence end,
# no markup of a template or a caption (`[caption …]`, `{{…}}`, `<b>`).
_HEADLINE = compile_cached(r"(?=(?:\S+\s+){3})[\p{Lu}\p{N}\"“„«‘¿¡][^\[\]{}<>=]*(?<![.!…][\"”’»)]?)")


def headline_line(doc: Document, body_start: int | float, listed) -> int | None:
    """The 0-based line of the headline in the header (the lines before `body_start`): its first
    Markdown heading, else -1 when the front matter gives the title (every line of the header is
    below it), else the header line of the most words that has a headline's shape and is not
    `listed` (the page's: a cookie banner). None when there is no header or no headline."""
    return doc.memo(f"headline:{body_start}", lambda d: _find(d, body_start, listed))


def _find(doc: Document, body_start: int | float, listed) -> int | None:
    if body_start == float("inf"):
        return None
    header = [i for i in range(int(body_start)) if doc.prose_lines[i].strip()]
    for i in header:
        block = doc.block_on_line(i)
        if block is not None and block.kind == "heading":
            return i
    if doc.metadata.get("title"):
        return -1
    best, most = None, 0
    for i in header:
        text = doc.prose_lines[i].strip()
        words = len(WORD.findall(text))
        if words > most and _HEADLINE.fullmatch(text) and not listed(i, text):
            best, most = i, words
    return best
