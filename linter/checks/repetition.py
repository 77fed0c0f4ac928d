"""`repeated-word`: the same word twice in a row, also across a line break.

Per-language `exceptions` list doubled words that are grammatical (`had had`, `die die`,
`nous nous`, `via via`) and names made of a doubled word (`Duran Duran`, `Bora Bora`).
"""
from __future__ import annotations

from typing import Iterable

import regex

from ..document import Document
from ..langdata import lowered
from ..rule import Check, Finding

_BETWEEN = regex.compile(r"[ \t\u00a0]*\n?[ \t\u00a0]*")


class RepeatedWordCheck(Check):
    name = "repeated-word"
    OPTIONS = {"min_length": 1}

    def find(self, doc: Document) -> Iterable[Finding]:
        exceptions = lowered(tuple(self.spec.language_data("exceptions", doc.language) or ()))
        words, prose = doc.words, doc.prose
        for first, second in zip(words, words[1:]):
            if first.text.lower() != second.text.lower() or len(first.text) < self.options["min_length"]:
                continue
            if not _BETWEEN.fullmatch(prose[first.end:second.start]):
                continue
            if first.text.lower() in exceptions or first.text.isdigit():
                continue
            if doc.is_skipped(first.start, second.end):
                continue
            yield Finding(first.start, second.end, values={"word": second.text}, replacement=first.text)
