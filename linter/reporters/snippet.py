"""The source excerpt under a text finding: a window of the line around the span, and a caret
that lands under the span on a terminal (wide CJK and emoji take two columns, combining marks
none), as ruff and miette show it. One pass over the line, kept for its other findings: linear
in its length, whatever the number of findings on it."""
from __future__ import annotations

import unicodedata
from array import array
from bisect import bisect_left, bisect_right
from functools import lru_cache
from itertools import accumulate

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
    shown, columns = _columns(line)
    start = min(start, len(shown))
    end = len(shown) if end is None else min(max(end, start), len(shown))
    first, last = _window(columns, start, end)
    text = "".join(shown[first:last])
    lead = ELLIPSIS if first > 0 else ""
    caret_from = max(start, first)
    column = len(lead) + columns[caret_from] - columns[first]
    caret = columns[max(caret_from, min(end, last))] - columns[caret_from]
    return lead + text + (ELLIPSIS if last < len(shown) else ""), column, max(1, caret)


@lru_cache(maxsize=2)
def _columns(line: str) -> tuple[list[str], array]:
    """How each character of the line is shown, and the column each starts at (one more: the
    line's width). Kept for the line's next findings: a long line with many findings was read
    whole again for each (a 0.5 MB paragraph with 5,000 findings took minutes)."""
    shown = neutralise_columns(line.replace("\t", " "))
    # An ASCII character takes one column (a control character is shown escaped, one a letter).
    widths = map(len, shown) if line.isascii() else map(char_width, shown)
    return shown, array("q", accumulate(widths, initial=0))


def _window(columns: array, start: int, end: int) -> tuple[int, int]:
    """Character indexes [first, last) of at most WIDTH columns: the span's start with some
    context before it, as much of the span as fits, then what follows."""
    total = columns[-1]
    if total <= WIDTH:
        return 0, len(columns) - 1
    before = columns[start]
    span = columns[end] - before
    context = max(WIDTH // 5, (WIDTH - span) // 2)  # a long span keeps a fifth of the window before it
    left = max(0, min(before - context, total - WIDTH))
    first = bisect_left(columns, left)  # the first character starting at or after `left`
    return first, bisect_right(columns, columns[first] + WIDTH) - 1
