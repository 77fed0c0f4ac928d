"""`teaser-line`: `line-marker` for related-article teasers, plus the headline under a header.

A standalone header that only announces a teaser (data `headers`, such as `Lesen Sie auch`)
is left to the rule that owns such headers; the headline on the next non-blank line, when it
matches data `headline` and no header, is the teaser and is reported.
"""
from __future__ import annotations

from typing import Iterable

from ..document import Document
from ..rule import Finding
from .line_marker import LineMarkerCheck, line_finding


class TeaserCheck(LineMarkerCheck):
    name = "teaser-line"

    def find(self, doc: Document) -> Iterable[Finding]:
        headers, headline = self.pattern(doc, "headers"), self.pattern(doc, "headline")
        for index in range(len(doc.prose_lines)):
            if self.marked(doc, index):
                yield line_finding(doc, index + 1)
            elif headers is not None and headline is not None and headers.fullmatch(self.stripped(doc, index)):
                after = self.next_nonblank(doc, index)
                if (after is not None and self.standalone(doc, after) and not self.marked(doc, after)
                        and headline.fullmatch(text := self.stripped(doc, after))
                        and not headers.fullmatch(text)):
                    yield line_finding(doc, after + 1)
