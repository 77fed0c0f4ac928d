"""The text report's source excerpt: a window around the span on long lines, a capped caret,
and columns as a terminal shows them (issue 9)."""
from __future__ import annotations

import unicodedata
from io import StringIO

from linter.diagnostic import Diagnostic
from linter.engine import FileResult
from linter.reporters.snippet import WIDTH, char_width, excerpt
from linter.reporters.text import TextReporter


def source_lines(line: str, column: int, end_column: int) -> tuple[str, str]:
    stream = StringIO()
    reporter = TextReporter(stream)
    reporter.start()
    reporter.file(FileResult("a.md", [Diagnostic("a.md", 1, column, 1, end_column, "r", "m")], lines={1: line}))
    _, source, caret = stream.getvalue().splitlines()[:3]
    return source[2:], caret[2:]


def terminal_columns(text: str) -> int:
    return sum(char_width(char) for char in text)


def under_caret(source: str, caret: str) -> str:
    """The characters of `source` that sit above the caret on a terminal."""
    start, end = caret.index("^"), caret.rindex("^") + 1
    column, picked = 0, []
    for char in source:
        if start <= column < end:
            picked.append(char)
        column += char_width(char)
    return "".join(picked)


def test_a_long_line_is_cut_to_a_window_around_the_span():
    line = "parola " * 100 + "internazionaliMentre" + " dopo" * 100
    start = line.index("internazionaliMentre")
    source, caret = source_lines(line, start + 1, start + 21)
    assert source.startswith("…") and source.endswith("…")
    assert terminal_columns(source) <= WIDTH + 2
    assert under_caret(source, caret) == "internazionaliMentre"


def test_a_caret_run_400_long_is_capped():
    line = "x" * 450
    source, caret = source_lines(line, 3, 403)
    assert len(caret.strip()) <= WIDTH and source.endswith("…") and not source.startswith("…")
    assert caret.index("^") == 2


def test_the_end_of_a_long_line_is_shown_without_a_trailing_mark():
    line = "a" * 300 + " the the"
    source, caret = source_lines(line, 302, 309)
    assert source.startswith("…") and source.endswith(" the the")
    assert under_caret(source, caret) == "the the"


def test_caret_under_cjk_wide_characters():
    line = "新闻报道说明天 the the 会议"
    start = line.index("the the")
    source, caret = source_lines(line, start + 1, start + 8)
    assert source == line
    assert caret.index("^") == 15 and under_caret(source, caret) == "the the"


def test_caret_under_emoji_and_combining_marks():
    line = "🔥🔥 Cafe\u0301 the the"
    start = line.index("the the")
    source, caret = source_lines(line, start + 1, start + 8)
    assert caret.index("^") == 10 and under_caret(source, caret) == "the the"


def test_wide_text_is_windowed_by_columns_not_characters():
    line = "新" * 300 + "the the" + "闻" * 300
    start = line.index("the the")
    source, caret = source_lines(line, start + 1, start + 8)
    assert terminal_columns(source) <= WIDTH + 2 and under_caret(source, caret) == "the the"


def test_escaped_controls_stay_aligned_in_a_window():
    line = "\x1b" * 150 + " the the"
    start = line.index("the the")
    source, caret = source_lines(line, start + 1, start + 8)
    assert "\x1b" not in source and "\\x1b" in source
    assert under_caret(source, caret) == "the the"


def test_an_empty_span_at_the_end_of_a_line_gets_one_caret():
    assert excerpt("short", 5, 5) == ("short", 5, 1)


def test_zero_width_characters():
    assert char_width("\u0301") == 0 and char_width("\u200d") == 0
    assert char_width("界") == 2 and char_width("😀") == 2 and char_width("a") == 1
    assert unicodedata.east_asian_width("😀") == "W"


def _excerpt_read_whole(line: str, start: int, end: int | None) -> tuple[str, int, int]:
    """The excerpt as it was worked out before a line's columns were kept: every sum over
    the line again (quadratic over a long line's findings); the answers must not change."""
    from linter.textsafe import neutralise_columns

    shown = neutralise_columns(line.replace("\t", " "))
    widths = list(map(char_width, shown))
    start = min(start, len(shown))
    end = len(shown) if end is None else min(max(end, start), len(shown))
    total = sum(widths)
    if total <= WIDTH:
        first, last = 0, len(widths)
    else:
        before, span = sum(widths[:start]), sum(widths[start:end])
        left = max(0, min(before - max(WIDTH // 5, (WIDTH - span) // 2), total - WIDTH))
        first = column = 0
        while column < left:
            column += widths[first]
            first += 1
        last, used = first, 0
        while last < len(widths) and used + widths[last] <= WIDTH:
            used += widths[last]
            last += 1
    lead = "…" if first > 0 else ""
    caret_from = max(start, first)
    column = len(lead) + sum(widths[first:caret_from])
    caret = sum(widths[caret_from:max(caret_from, min(end, last))])
    return lead + "".join(shown[first:last]) + ("…" if last < len(shown) else ""), column, max(1, caret)


def test_the_kept_columns_give_the_excerpt_the_line_read_whole_gave():
    import random

    pieces = ["word ", "a", "é", "漢字", "e\u0301", "\t", "\x1b", "\u202e", "🙂", "::", " ", "\u200b"]
    chooser = random.Random(11)
    for _ in range(300):
        line = "".join(chooser.choice(pieces) for _ in range(chooser.choice([3, 40, 120, 400])))
        for _ in range(5):
            start = chooser.randrange(len(line) + 2)
            end = chooser.choice([None, start, start + 1, start + chooser.randrange(200)])
            assert excerpt(line, start, end) == _excerpt_read_whole(line, start, end), (line, start, end)
