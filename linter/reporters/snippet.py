"""The source excerpt under a text finding: a window of the line around the span, and a caret
that lands under the span on a terminal (wide CJK and emoji take two columns, combining marks
none), as ruff and miette show it. One pass over the line: linear in its length."""
from __future__ import annotations

import unicodedata
from functools import lru_cache

from ..textsafe import neutralise_columns

WIDTH = 100  # terminal columns of source shown at most, besides the `…` marks
ELLIPSIS = "…"


@lru_cache(maxsize=4096)
def char_width(shown: str) -> int:
    """Terminal columns of one shown character (an escape like `\\x1b` is plain ASCII)."""
    if len(shown) > 1:
        return len(shown)
    if unicodedata.category(shown) in ("Mn", "Me", "Cf"):
        return 0
    return 2 if unicodedata.east_asian_width(shown) in ("W", "F") else 1


def excerpt(line: str, start: int, end: int | None) -> tuple[str, int, int]:
    """The shown line, the caret's column (0-based) and its width, for the span of code points
    `start` to `end` (0-based, end exclusive; None: to the end of the line).

    A line wider than WIDTH is cut to a window around the span, each cut side marked `…`;
    the caret is at least 1 and at most WIDTH columns.
    """
    shown = neutralise_columns(line.replace("\t", " "))
    # An ASCII character takes one column (a control character is shown escaped, one a letter).
    widths = list(map(len, shown)) if line.isascii() else list(map(char_width, shown))
    start = min(start, len(shown))
    end = len(shown) if end is None else min(max(end, start), len(shown))
    first, last = _window(widths, start, end)
    text = "".join(shown[first:last])
    lead = ELLIPSIS if first > 0 else ""
    caret_from = max(start, first)
    column = len(lead) + sum(widths[first:caret_from])
    caret = sum(widths[caret_from:max(caret_from, min(end, last))])
    return lead + text + (ELLIPSIS if last < len(shown) else ""), column, max(1, caret)


def _window(widths: list[int], start: int, end: int) -> tuple[int, int]:
    """Character indexes [first, last) of at most WIDTH columns: the span's start with some
    context before it, as much of the span as fits, then what follows."""
    total = sum(widths)
    if total <= WIDTH:
        return 0, len(widths)
    before = sum(widths[:start])
    span = sum(widths[start:end])
    context = max(WIDTH // 5, (WIDTH - span) // 2)  # a long span keeps a fifth of the window before it
    left = max(0, min(before - context, total - WIDTH))
    first = column = 0
    while column < left:
        column += widths[first]
        first += 1
    last, used = first, 0
    while last < len(widths) and used + widths[last] <= WIDTH:
        used += widths[last]
        last += 1
    return first, last
