"""Baselines: accept the findings an archive already has, and report only the new ones.

A finding is identified by its anchor (rule, file, offending text and the whitespace-normalised
line it is on), never by its line number, so edits elsewhere in a file keep old findings known.
Identical anchors in one file are counted, so a second copy of a known defect is new.
"""
from __future__ import annotations

import hashlib
import json
import os
from collections import Counter
from dataclasses import dataclass

from .atomic import remove_stale_temporaries, write_atomic
from .diagnostic import Diagnostic
from .result import FileResult
from .errors import InputError
from .source import read_regular_file

TYPE_CHECKING = False  # typing's flag, without importing typing: a run never does (~3 ms)
if TYPE_CHECKING:
    from typing import Iterable, Iterator

FORMAT_VERSION = 1


@dataclass(frozen=True, order=True)
class Anchor:
    """What identifies a finding across edits elsewhere in its file."""

    path: str
    rule: str
    text: str
    context: str


def anchors(result: FileResult, root: str = ".") -> Iterator[tuple[Diagnostic, Anchor, int]]:
    """Each finding with its anchor (paths relative to `root`) and its 0-based occurrence number."""
    seen: Counter[Anchor] = Counter()
    path = relative_path(result.path, root)
    for d in result.diagnostics:
        line = result.lines.get(d.line, "")
        text = line[d.column - 1:d.end_column - 1] if d.end_line == d.line else line[d.column - 1:]
        anchor = Anchor(path, d.rule, text, " ".join(line.split()))
        yield d, anchor, seen[anchor]
        seen[anchor] += 1


def fingerprint(anchor: Anchor, occurrence: int) -> str:
    """A stable hash of a finding for CI systems that track findings (GitLab, code scanning)."""
    key = "\0".join((anchor.path, anchor.rule, anchor.text, anchor.context, str(occurrence)))
    return hashlib.sha256(key.encode("utf-8", "surrogateescape")).hexdigest()


def relative_path(path: str, root: str) -> str:
    """`path` relative to `root`, with forward slashes; pseudo paths such as <stdin> unchanged."""
    if path.startswith("<"):
        return path
    try:
        return os.path.relpath(os.path.abspath(path), os.path.abspath(root)).replace(os.sep, "/")
    except ValueError:  # another drive
        return os.path.abspath(path).replace(os.sep, "/")


MAX_BASELINE_BYTES = 500_000_000


def _no_constant(name: str):
    raise ValueError(f"{name} is not a count")


def _entry(entry: object) -> tuple[Anchor, int]:
    """One finding of a baseline file: its anchor and count, every field of its own type."""
    if not isinstance(entry, dict):
        raise TypeError("a finding must be an object")
    fields = [entry[key] for key in ("path", "rule", "text", "context")]
    count = entry["count"]
    if not all(isinstance(value, str) for value in fields):
        raise TypeError("path, rule, text and context must be strings")
    if isinstance(count, bool) or not isinstance(count, int) or not 0 <= count <= 10**9:
        raise ValueError("count must be a whole number")
    return Anchor(*fields), count


@dataclass
class Baseline:
    """Known findings: anchor -> how many times it occurs. Paths are relative to `root`."""

    root: str
    counts: Counter[Anchor]

    @classmethod
    def collect(cls, results: Iterable[FileResult], root: str) -> "Baseline":
        return cls(root, Counter(anchor for result in results for _, anchor, _ in anchors(result, root)))

    @classmethod
    def load(cls, path: str) -> "Baseline":
        """Read a baseline file; its paths are relative to the folder it is in."""
        try:
            data = read_regular_file(path, MAX_BASELINE_BYTES)
        except InputError as exc:
            if not os.path.lexists(path):
                raise InputError(f"{path}: baseline not found (create it with `newslint baseline`)") from None
            raise InputError(f"baseline: {exc}") from None
        try:  # paths that are not UTF-8 were written as their own bytes (see dump)
            raw = json.loads(data.decode("utf-8", "surrogateescape"), parse_constant=_no_constant)
            counts: Counter[Anchor] = Counter()
            for entry in raw["findings"]:
                anchor, count = _entry(entry)
                counts[anchor] += count
        except RecursionError:
            raise InputError(f"{path}: not a newslint baseline (nested too deep)") from None
        except (ValueError, KeyError, TypeError) as exc:
            raise InputError(f"{path}: not a newslint baseline ({type(exc).__name__}: {exc})") from None
        return cls(os.path.dirname(os.path.abspath(path)), counts)

    def dump(self, path: str) -> None:
        """Write the baseline (sorted, one finding a line, for readable diffs) atomically.

        A path that is not valid UTF-8 is written as its own bytes, as file systems hold it.
        """
        entries = [json.dumps({"path": a.path, "rule": a.rule, "text": a.text, "context": a.context, "count": n},
                              ensure_ascii=False) for a, n in sorted(self.counts.items())]
        body = ",\n    ".join(entries)
        text = f'{{\n  "newslint_baseline": {FORMAT_VERSION},\n  "findings": [\n    {body}\n  ]\n}}\n'
        remove_stale_temporaries(os.path.dirname(os.path.abspath(path)))
        write_atomic(path, text.replace("[\n    \n  ]", "[]").encode("utf-8", "surrogateescape"))

    def new_findings(self, result: FileResult) -> FileResult:
        """The result without the findings the baseline knows (the first `count` of each anchor)."""
        kept = [d for d, anchor, occurrence in anchors(result, self.root) if occurrence >= self.counts[anchor]]
        return result if len(kept) == len(result.diagnostics) else result.replace(diagnostics=kept)
