"""`line-marker`: whole lines that are page furniture, recognised by patterns per language.

Each pattern must match the whole line (stripped of markup and surrounding space). The
finding spans the line and its line break, so the fix (delete) removes the line cleanly.
"""
from __future__ import annotations

from typing import Iterable

import regex

from ..document import Document
from ..errors import ConfigError
from ..rule import Check, Finding


class LineMarkerCheck(Check):
    name = "line-marker"
    OPTIONS = {"max_length": 300}

    def __init__(self, spec, options=None):
        super().__init__(spec, options)
        self._compiled: dict[str | None, regex.Pattern | None] = {}

    def _pattern(self, language: str | None) -> regex.Pattern | None:
        if language not in self._compiled:
            markers = self.spec.language_data("markers", language) or []
            source = "|".join(f"(?:{m})" for m in markers)
            try:
                self._compiled[language] = regex.compile(source, regex.V1) if markers else None
            except regex.error as exc:
                raise ConfigError(f"{self.spec.origin}: rule {self.spec.id}: bad marker: {exc}") from None
        return self._compiled[language]

    def find(self, doc: Document) -> Iterable[Finding]:
        pattern = self._pattern(doc.language)
        if pattern is None:
            return
        limit = self.options["max_length"]
        for index, line in enumerate(doc.prose_lines):
            stripped = line.strip()
            if not stripped or len(stripped) > limit or not pattern.fullmatch(stripped):
                continue
            yield line_finding(doc, index + 1)


def line_finding(doc: Document, line: int, **values) -> Finding:
    """A finding over a whole line and its line break; the fix deletes the line."""
    start = doc.line_starts[line - 1]
    end = doc.line_starts[line] if line < len(doc.line_starts) else len(doc.text)
    return Finding(start, end, values={"line": doc.lines[line - 1].strip(), **values}, replacement="",
                   whole_line=True)
