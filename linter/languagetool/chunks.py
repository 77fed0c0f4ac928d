"""What LanguageTool is sent: the document as `data` annotation, in pieces that fit the server.

Skipped regions (front matter, code, URLs, comments) and markup characters go as `markup`, so
LanguageTool neither checks nor counts them yet reports offsets in the original text; each
keeps its line breaks (`interpretAs`) so paragraphs stay apart. Pieces end at block starts.
"""
from __future__ import annotations

import json
from bisect import bisect_right
from dataclasses import dataclass
from itertools import accumulate

from ..document import Document
from .offsets import Utf16Index, utf16_length

_BLANK = " \t"


@dataclass(frozen=True)
class Chunk:
    """A slice [start, end) of the document text with the annotation LanguageTool gets for it."""

    start: int
    end: int
    annotation: tuple[dict[str, str], ...]

    @property
    def has_prose(self) -> bool:
        return any(part.get("text", "").strip() for part in self.annotation)

    def data(self) -> str:
        """The `data` request parameter."""
        return json.dumps({"annotation": list(self.annotation)}, ensure_ascii=False)

    def offsets(self, text: str) -> Utf16Index:
        return Utf16Index(text[self.start:self.end])


def markup_runs(doc: Document) -> list[tuple[int, int]]:
    """Merged spans not to check; one that opens a line or follows a blank takes the blanks after it."""
    text, size = doc.text, len(doc.text)
    spans = sorted([*((max(0, s.start), min(size, s.end)) for s in (*doc.skipped, *doc.markup) if s.end > s.start),
                    *_layout(text)])
    runs: list[list[int]] = []
    for start, end in spans:
        if runs and start <= runs[-1][1]:
            runs[-1][1] = max(runs[-1][1], end)
            continue
        runs.append([start, end])
    widened: list[tuple[int, int]] = []
    for start, end in runs:
        if start == 0 or text[start - 1] in _BLANK + "\n":
            while end < size and text[end] in _BLANK:
                end += 1
        if widened and start <= widened[-1][1]:
            widened[-1] = (widened[-1][0], max(widened[-1][1], end))
        else:
            widened.append((start, end))
    return widened


def _layout(text: str) -> list[tuple[int, int]]:
    """Blanks that end a line (a Markdown hard break) and table rules (`| --- | ---: |`): layout, not prose."""
    spans, start = [], 0
    for line in text.split("\n"):
        end = start + len(line)
        body = line.rstrip(_BLANK)
        if len(body) < len(line):
            spans.append((start + len(body), end))
        if "---" in body and not body.strip(_BLANK + "|:-"):
            spans.append((start, start + len(body)))
        start = end + 1
    return spans


def chunks(doc: Document, limit: int) -> list[Chunk]:
    """The requests for one document: one, unless its prose exceeds `limit` UTF-16 units."""
    runs = markup_runs(doc)
    size = len(doc.text)
    if _checked_length(doc.text, runs) <= limit:
        return [_chunk(doc.text, runs, 0, size)]
    costs = _prefix_costs(doc.text, runs)
    block_starts = sorted(block.start for block in doc.blocks)
    pieces, start = [], 0
    while start < size:
        end = max(start + 1, bisect_right(costs, costs[start] + limit) - 1)
        if end < size:
            end = _cut(doc.text, block_starts, start, end)
        pieces.append(_chunk(doc.text, runs, start, end))
        start = end
    return pieces


def _chunk(text: str, runs: list[tuple[int, int]], start: int, end: int) -> Chunk:
    parts: list[dict[str, str]] = []
    pos = start
    for run_start, run_end in runs:
        run_start, run_end = max(run_start, start), min(run_end, end)
        if run_end <= run_start:
            continue
        if run_start > pos:
            parts.append({"text": text[pos:run_start]})
        markup = text[run_start:run_end]
        parts.append({"markup": markup, "interpretAs": "\n" * markup.count("\n")})
        pos = run_end
    if pos < end:
        parts.append({"text": text[pos:end]})
    return Chunk(start, end, tuple(parts))


def _checked_length(text: str, runs: list[tuple[int, int]]) -> int:
    """UTF-16 length of what LanguageTool checks: the text outside markup, plus markup's line breaks."""
    total, pos = 0, 0
    for start, end in runs:
        total += utf16_length(text[pos:start]) + text.count("\n", start, end)
        pos = end
    return total + utf16_length(text[pos:])


def _prefix_costs(text: str, runs: list[tuple[int, int]]) -> list[int]:
    """costs[i]: checked UTF-16 units in text[:i]."""
    unit = [1 + (ord(char) > 0xFFFF) for char in text]
    for start, end in runs:
        for i in range(start, end):
            unit[i] = int(text[i] == "\n")
    return [0, *accumulate(unit)]


def _cut(text: str, block_starts: list[int], start: int, end: int) -> int:
    """The best place to end a piece in (start, end]: a block start, a line end, a space, else end."""
    i = bisect_right(block_starts, end) - 1
    if i >= 0 and block_starts[i] > start:
        return block_starts[i]
    for separator in ("\n", " "):
        found = text.rfind(separator, start, end)
        if found >= start:
            return found + 1
    return end
