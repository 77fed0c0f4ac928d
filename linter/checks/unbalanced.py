"""`unbalanced-pairs`: an opening quote or bracket never closed within its paragraph.

Marks come in families (`“ ” „ "` are double quotes in every language's habits, `« »`,
`( )`): a mark may be closed by any closer of its family, so `„…“`, `“…”` and a quote
closed with a straight `"` all balance. A mark glued to the word on its left closes or is
an apostrophe or a unit (`l’Europa`, `34"`, `41‘‘`); it never opens. A quotation that runs
on into the next paragraph (which opens with a quote again, or closes one) is not reported.
"""
from __future__ import annotations

from typing import Iterable

from ..document import Block, Document
from ..rule import Check, Finding

_MOJIBAKE_LEAD = "€Ââ"
_OPENING_CONTEXT = " \t\n\u00a0([{«“„‚—–-/"


class UnbalancedPairsCheck(Check):
    name = "unbalanced-pairs"

    def find(self, doc: Document) -> Iterable[Finding]:
        pairs: dict[str, str] = self.spec.language_data("pairs", doc.language) or {}
        families = self._families(doc, pairs)
        closing = {close for close in pairs.values()}
        unclosed = [_scan(doc.block_text(b), pairs, closing, families) for b in doc.blocks]
        for index, block in enumerate(doc.blocks):
            left_open, _ = unclosed[index]
            nxt = unclosed[index + 1] if index + 1 < len(doc.blocks) else None
            for char, i in left_open:
                if nxt is not None and _runs_on(doc, doc.blocks[index + 1], nxt, char, families):
                    continue
                start = block.start + i
                yield Finding(start, start + 1, values={"mark": char, "close": pairs[char]})

    def _families(self, doc: Document, pairs: dict[str, str]) -> dict[str, str]:
        families: dict[str, str] = {}
        for name, marks in (self.spec.language_data("families", doc.language) or {}).items():
            families.update({mark: name for mark in marks})
        for opener, closer in pairs.items():
            families.setdefault(opener, opener)
            families.setdefault(closer, families[opener])
        return families


def _scan(text: str, pairs: dict[str, str], closing: set[str], families: dict[str, str]):
    """(marks left open, closers without an opener) of one paragraph, with their offsets."""
    stack: list[tuple[str, int]] = []
    stray: list[tuple[str, int]] = []
    for i, char in enumerate(text):
        family = families.get(char)
        if family is None or (i and text[i - 1] in _MOJIBAKE_LEAD):
            continue  # the `“` of `â€“` is a damaged byte, not a quote
        glued = i > 0 and text[i - 1] not in _OPENING_CONTEXT
        can_open = char in pairs and not glued
        open_index = next((d for d in range(len(stack) - 1, -1, -1) if families[stack[d][0]] == family), None)
        if char in closing and open_index is not None and (glued or not can_open or stack[open_index][0] == char):
            stack.pop(open_index)
        elif can_open:
            stack.append((char, i))
        elif char in closing and char not in pairs:
            stray.append((char, i))
    return stack, stray


def _runs_on(doc: Document, following: Block, scanned, char: str, families: dict[str, str]) -> bool:
    """The quotation goes on: the next paragraph opens with a quote of the same family or closes one."""
    if char in "([":
        return False
    family = families[char]
    first = doc.block_text(following).lstrip()[:1]
    _, stray = scanned
    return families.get(first) == family or any(families.get(c) == family for c, _ in stray)
