"""Regions every format leaves out: URLs, e-mail addresses, HTML comments; paragraphs."""
from __future__ import annotations

from ..compiled import compile_cached
from ..document import Span
from ..needles import needles_cached
from ..regex_engine import DOTALL, MULTILINE

TYPE_CHECKING = False  # typing's flag, without importing typing: a run never does (~3 ms)
if TYPE_CHECKING:
    import regex

URL = compile_cached(
    r"""(?:\b(?i:https?|ftp)://|\b(?i:www)\.)(?:[^\s<>"'`()]|\([^\s()<>]*\))*(?:[^\s<>"'`.,;:!?()\]»”’]|\([^\s()<>]*\))"""
    r"""|\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b"""
    r"""|\b(?:[\w-]+\.)+(?:com|org|net|it|de|fr|es|pt|nl|be|ch|at|eu|uk|br|io)"""
    r"""(?:/(?:(?:[^\s<>"'`()]|\([^\s()<>]*\))*(?:[^\s<>"'`.,;:!?()\]»”’]|\([^\s()<>]*\)))?)?"""
    r"""(?=[\s,;:)»”’]|[.!?](?:\s|$)|$)""",
    MULTILINE,
)
HTML_COMMENT = compile_cached(r"<!--.*?-->", DOTALL)


def spans(pattern: regex.Pattern, text: str) -> list[Span]:
    return [Span(m.start(), m.end()) for m in pattern.finditer(text)]


def shared_skips(text: str) -> list[Span]:
    """URLs, addresses and HTML comments, in any format. The address pattern is tried at every
    offset (a millisecond for an article), so it searches only a text that holds what every
    address holds (`://`, `www.`, `@`, a dot and a domain's ending)."""
    found = spans(URL, text) if needles_cached(URL.pattern, URL.flags).may_match_text(text) else []
    return found + spans(HTML_COMMENT, text) if "<!--" in text else found


def paragraphs(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Offsets of runs of non-blank lines in text[start:end]."""
    result, block_start, pos = [], None, start
    for line in text[start:end].split("\n"):
        line_end = pos + len(line)
        if line.strip():
            if block_start is None:
                block_start = pos
            last_end = line_end
        elif block_start is not None:
            result.append((block_start, last_end))
            block_start = None
        pos = line_end + 1
    if block_start is not None:
        result.append((block_start, last_end))
    return result
