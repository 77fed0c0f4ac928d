"""`credit-line`: `line-marker` for photo credits, plus the caption that the credit introduces.

The line after a credit is reported as its caption only where the page layout proves it: it
matches data `caption` and the prose after it matches data `caption_before` (for instance a
torn dateline, which opens the article body). A caption alone is not recognisable.
"""
from __future__ import annotations

from typing import Iterable

from ..document import Document
from ..rule import Finding
from .line_marker import LineMarkerCheck, line_finding


class CreditCheck(LineMarkerCheck):
    name = "credit-line"

    def find(self, doc: Document) -> Iterable[Finding]:
        caption, before = self.pattern(doc, "caption"), self.pattern(doc, "caption_before")
        for index in range(len(doc.prose_lines)):
            if not self.marked(doc, index):
                continue
            yield line_finding(doc, index + 1)
            if caption is None or before is None:
                continue
            after = self.next_nonblank(doc, index)
            if (after is None or self.marked(doc, after) or not self.standalone(doc, after)
                    or not caption.fullmatch(self.stripped(doc, after))):
                continue
            if before.match(doc.prose, doc.line_starts[after] + len(doc.prose_lines[after])):
                yield line_finding(doc, after + 1, caption=True)
