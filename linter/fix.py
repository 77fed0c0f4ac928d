"""Fixes: non-overlapping edits on the reported spans, repeated to a fixed point, written atomically."""
from __future__ import annotations

import difflib
from dataclasses import dataclass

from .atomic import write_atomic
from .config import Settings
from .diagnostic import Diagnostic
from .engine import FileResult, file_error, lint_source
from .formats import format_for
from .source import Source, read_source

TYPE_CHECKING = False  # typing's flag, without importing typing: a run never does (~3 ms)
if TYPE_CHECKING:
    from typing import Callable, Iterable

MAX_PASSES = 10


@dataclass(frozen=True)
class FixMode:
    """Which fixes to apply and whether to write them (`write=False`: a diff only)."""

    unsafe: bool = False
    write: bool = True


@dataclass(frozen=True)
class Edit:
    """Replace text[start:end] with `replacement`."""

    start: int
    end: int
    replacement: str


class FixedResult(FileResult):
    """A file's remaining findings after fixing, how many fixes went in, and their diff."""

    FIELDS = (*FileResult.FIELDS, "fixed", "diff")
    COMPARED = (*FileResult.COMPARED, "fixed", "diff")

    def __init__(self, path: str, *args, fixed: int = 0, diff: str = "", **kwargs):
        super().__init__(path, *args, **kwargs)
        self.fixed, self.diff = fixed, diff


def applicable(diagnostic: Diagnostic, unsafe: bool) -> bool:
    """Whether a finding's fix runs under --fix (safe) or --fix --unsafe-fixes."""
    return diagnostic.fix is not None and (diagnostic.fix.safe or unsafe)


def select_edits(diagnostics: Iterable[Diagnostic], unsafe: bool = False) -> list[Edit]:
    """The applicable fixes in text order, skipping any that overlaps one already chosen."""
    chosen: list[Edit] = []
    for d in sorted((d for d in diagnostics if applicable(d, unsafe)), key=lambda d: (d.start, d.end)):
        if chosen and (d.start < chosen[-1].end or d.start == chosen[-1].start):
            continue
        chosen.append(Edit(d.start, d.end, d.fix.replacement))
    return chosen


def apply_edits(text: str, edits: list[Edit]) -> str:
    """The text with sorted, non-overlapping edits applied; everything between them untouched."""
    parts, last = [], 0
    for edit in edits:
        parts += [text[last:edit.start], edit.replacement]
        last = edit.end
    parts.append(text[last:])
    return "".join(parts)


def without_blank_runs(text: str, edits: list[Edit]) -> list[Edit]:
    """Line deletions that take a blank line along, so that no run of blank lines is left.

    A deleted line with a blank line (or the start of the text) above and below takes the
    blank line below; the last lines of the text take the blank line above. Nothing but
    whitespace-only lines is added to an edit.
    """
    tidy: list[Edit] = []
    for index, edit in enumerate(edits):
        following = edits[index + 1].start if index + 1 < len(edits) else len(text)
        if not edit.replacement and _whole_lines(text, edit.start, edit.end):
            below_end = text.find("\n", edit.end) + 1
            blank_above = edit.start == 0 or _blank(text, text.rfind("\n", 0, edit.start - 1) + 1, edit.start - 1)
            if below_end and below_end <= following and blank_above and _blank(text, edit.end, below_end - 1):
                edit = Edit(edit.start, below_end, "")
            elif edit.end == len(text) and edit.start > 0:
                above = text.rfind("\n", 0, edit.start - 1) + 1
                if _blank(text, above, edit.start - 1) and (not tidy or tidy[-1].end <= above):
                    edit = Edit(above, edit.end, "")
        tidy.append(edit)
    return tidy


def _whole_lines(text: str, start: int, end: int) -> bool:
    return end > start and (start == 0 or text[start - 1] == "\n") and (end == len(text) or text[end - 1] == "\n")


def _blank(text: str, start: int, end: int) -> bool:
    return not text[start:end].strip()


def fix_once(source: Source, diagnostics: Iterable[Diagnostic], unsafe: bool = False) -> tuple[Source, int]:
    """Apply one round of fixes on the file's own characters (\\r\\n kept); return it and the count."""
    edits = without_blank_runs(source.text, [
        e for e in select_edits(diagnostics, unsafe)
        if source.text[e.start:e.end] != e.replacement and _encodable(e.replacement, source.encoding)])
    if not edits:
        return source, 0
    newline = source.newline
    mapped = [Edit(source.original_offset(e.start), source.original_offset(e.end), e.replacement.replace("\n", newline))
              for e in edits]
    return source.with_text(apply_edits(source.denormalise(source.text), mapped)), len(edits)


def fix_source(source: Source, lint: Callable[[Source], FileResult], unsafe: bool = False) -> tuple[Source, FileResult, int]:
    """Fix and re-lint until nothing applicable is left (or MAX_PASSES); return source, result, count."""
    result, total = lint(source), 0
    for _ in range(MAX_PASSES):
        source, count = fix_once(source, result.diagnostics, unsafe)
        if not count:
            break
        total += count
        result = lint(source)
    return source, result, total


def fix_file(path: str, settings: Settings, mode: FixMode) -> FixedResult:
    """Fix one file: write it (atomically, same encoding, BOM, newlines, mode) or compute its diff."""
    try:
        before = read_source(path, settings.max_file_size)
        fmt = format_for(path)
        after, result, count = fix_source(before, lambda s: lint_source(s, path, settings, fmt), mode.unsafe)
        diff = unified_diff(before.text, after.text, path) if count and not mode.write else ""
        if count and mode.write:
            write_atomic(path, after.encode())
    except Exception as exc:  # noqa: BLE001 - one file's failure must not cost the others' reports
        return FixedResult(path, error=file_error(path, exc))
    return FixedResult(**vars(result), fixed=count, diff=diff)


def unified_diff(before: str, after: str, path: str) -> str:
    """A unified diff that `patch` applies, with the no-newline-at-end marker where needed."""
    lines = difflib.unified_diff(before.splitlines(True), after.splitlines(True), path, path)
    return "".join(line if line.endswith("\n") else line + "\n\\ No newline at end of file\n" for line in lines)


def _encodable(text: str, encoding: str) -> bool:
    try:
        text.encode(encoding)
    except UnicodeEncodeError:
        return False
    return True
