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
