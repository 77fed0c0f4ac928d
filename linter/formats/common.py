"""Regions every format leaves out: front matter, URLs, e-mail addresses, HTML comments."""
from __future__ import annotations

import regex
import yaml

from ..document import Span
from ..yamlio import load_yaml

FRONT_MATTER = regex.compile(r"\A(---|\+\+\+)[ \t]*\n(.*?\n)?\1[ \t]*(?:\n|\Z)", regex.S)
URL = regex.compile(
    r"""(?:\b(?i:https?|ftp)://|\b(?i:www)\.)(?:[^\s<>"'`()]|\([^\s()<>]*\))*(?:[^\s<>"'`.,;:!?()\]»”’]|\([^\s()<>]*\))"""
    r"""|\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b"""
    r"""|\b(?:[\w-]+\.)+(?:com|org|net|it|de|fr|es|pt|nl|be|ch|at|eu|uk|br|io)(?:/[^\s<>"']*)?(?=[\s,;:)»”’]|\.?$)""",
    regex.M,
)
HTML_COMMENT = regex.compile(r"<!--.*?-->", regex.S)


def front_matter(text: str) -> tuple[Span | None, dict]:
    """The front-matter span and its YAML mapping (empty when absent or not a mapping)."""
    match = FRONT_MATTER.match(text)
    if not match:
        return None, {}
    body = match.group(2) or ""
    try:
        data = load_yaml(body) if match.group(1) == "---" else {}
    except yaml.YAMLError:
        data = {}
    return Span(match.start(), match.end()), data if isinstance(data, dict) else {}


def spans(pattern: regex.Pattern, text: str) -> list[Span]:
    return [Span(m.start(), m.end()) for m in pattern.finditer(text)]


def shared_skips(text: str) -> list[Span]:
    """URLs, addresses and HTML comments, in any format."""
    return spans(URL, text) + spans(HTML_COMMENT, text)


def paragraphs(text: str, start: int = 0) -> list[tuple[int, int]]:
    """Offsets of runs of non-blank lines, from `start` on."""
    result, block_start, pos = [], None, start
    for line in text[start:].split("\n"):
        end = pos + len(line)
        if line.strip():
            if block_start is None:
                block_start = pos
            last_end = end
        elif block_start is not None:
            result.append((block_start, last_end))
            block_start = None
        pos = end + 1
    if block_start is not None:
        result.append((block_start, last_end))
    return result
