"""`sentence-start`: a sentence or paragraph that starts with a lower-case word.

Exempt: camelCase brands (`iPhone`, `eBay`), list items and tables, date lines that open with
a weekday or month (`lunedì 4 marzo`), words after an apostrophe (`'s Avonds`), after an
ellipsis or after a quote closed on `?»`, and after abbreviations of the language.
"""
from __future__ import annotations

from typing import Iterable

from ..document import Document
from ..langdata import lowered, word_list
from ..rule import Check, Finding
from ..sentences import BLOCK, word_contexts


class LowercaseSentenceStartCheck(Check):
    name = "sentence-start"

    def find(self, doc: Document) -> Iterable[Finding]:
        calendar = lowered((*word_list(doc, "weekdays"), *word_list(doc, "months")))
        for ctx in word_contexts(doc):
            word = ctx.token.text
            if not ctx.starts_sentence or not word[:1].islower() or any(c.isupper() for c in word):
                continue
            block = doc.block_at(ctx.token.start)
            if block is None or block.kind in ("list_item", "table"):
                continue
            if ctx.gap_before.endswith(("'", "’")):
                continue
            if ctx.boundary == BLOCK and word.lower() in calendar:
                continue
            yield Finding(ctx.token.start, ctx.token.end, values={"word": word})
