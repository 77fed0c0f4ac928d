"""`embed-line`: `line-marker` for embed remnants, plus the text of a post above its signature.

A line that matches data `signature` (a tweet's `— Name (@handle) May 3, 2025`) is the foot of
an embedded post whose frame is gone; the non-blank line right above it, when it is no part
of a longer paragraph (it opens its block, or stands alone after a sentence's end), is the
post's text and is reported with it.
"""
from __future__ import annotations

from typing import Iterable

from ..document import Document
from ..rule import Finding
from .line_marker import LineMarkerCheck, line_finding


class EmbedCheck(LineMarkerCheck):
    name = "embed-line"
    DATA = LineMarkerCheck.DATA | {"signature"}

    def find(self, doc: Document) -> Iterable[Finding]:
        signature = self.matcher(doc, "signature")
        reported: set[int] = set()
        for index in range(len(doc.prose_lines)):
            if not self.marked(doc, index):
                continue
            above = self.post_above(doc, index) if signature is not None and signature.fullmatch(
                self.stripped(doc, index)) else None
            for line in (above, index):
                if line is not None and line not in reported:
                    reported.add(line)
                    yield line_finding(doc, line + 1)

    def post_above(self, doc: Document, index: int) -> int | None:
        """The line of the post's text above its signature, if it stands alone."""
        above = index - 1
        while above >= 0 and self.blank(doc, above):
            above -= 1
        if above < 0 or self.marked(doc, above):
            return None
        first_of_block = above == 0 or self.blank(doc, above - 1)
        return above if first_of_block or self.standalone(doc, above) else None
