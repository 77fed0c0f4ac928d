"""`unbalanced-pairs`: an opening quote or bracket never closed within its paragraph.

Pairs come from the rule's data per language; a mark that both closes and opens (German
`„…“` beside English `“…”`) closes when an opener of its kind is open. Apostrophes are
never treated as quotes.
"""
from __future__ import annotations

from typing import Iterable

from ..document import Document
from ..rule import Check, Finding


_MOJIBAKE_LEAD = "€Ââ"


class UnbalancedPairsCheck(Check):
    name = "unbalanced-pairs"

    def find(self, doc: Document) -> Iterable[Finding]:
        pairs: dict[str, str] = self.spec.language_data("pairs", doc.language) or {}
        closers = {close: open_ for open_, close in pairs.items() if open_ != close}
        symmetric = {open_ for open_, close in pairs.items() if open_ == close}
        for block in doc.blocks:
            stack: list[tuple[str, int]] = []
            text = doc.prose[block.start:block.end]
            for i, char in enumerate(text):
                if i and text[i - 1] in _MOJIBAKE_LEAD:
                    continue  # the `“` of `â€“` is a damaged byte, not a quote
                opener = closers.get(char)
                if opener is not None and any(item[0] == opener for item in stack):
                    depth = max(d for d, item in enumerate(stack) if item[0] == opener)
                    stack.pop(depth)
                elif char in symmetric and stack and stack[-1][0] == char:
                    stack.pop()
                elif char in pairs:
                    stack.append((char, i))
            for char, i in stack:
                start = block.start + i
                yield Finding(start, start + 1, values={"mark": char, "close": pairs[char]})
