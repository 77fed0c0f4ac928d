"""`teaser-line`: `line-marker` for related-article teasers, plus the headlines under a header.

A standalone header that only announces teasers (data `headers`, such as `Lesen Sie auch`)
is left to the rule that owns such headers; the lines after it that match data `headline`
(and no header) are the teasers, up to option `headline_run` of them, and are reported. The
first line that is not a headline (a paragraph of prose) ends the run. Under a header after
the text's last paragraph (data `body`), the headlines are a list appended to the page, which
page-chrome reports.
"""
from __future__ import annotations

from ..document import Document
from ..rule import Finding
from .line_marker import LineMarkerCheck, line_finding

TYPE_CHECKING = False  # typing's flag, without importing typing: a run never does (~3 ms)
if TYPE_CHECKING:
    from typing import Iterable


class TeaserCheck(LineMarkerCheck):
    name = "teaser-line"
    DATA = LineMarkerCheck.DATA | {"headers", "headline"}
    NOT_LISTING = LineMarkerCheck.NOT_LISTING | {"headers", "headline"}
    OPTIONS = {**LineMarkerCheck.OPTIONS, "headline_run": 1}

    def find(self, doc: Document) -> Iterable[Finding]:
        reported: set[int] = set()
        for index in range(len(doc.prose_lines)):
            if index in reported:
                continue
            if self.marked(doc, index):
                yield line_finding(doc, index + 1)
                continue
            for after in self.headlines_after(doc, index):
                reported.add(after)
                yield line_finding(doc, after + 1)

    def headlines_after(self, doc: Document, index: int) -> Iterable[int]:
        """The run of headline lines under line `index`, when it is a teaser header."""
        headers, headline = self.matcher(doc, "headers"), self.matcher(doc, "headline")
        if (headers is None or headline is None or not headers.fullmatch(self.stripped(doc, index))
                or index > self.body_end(doc)):
            return
        after = index
        for _ in range(self.options["headline_run"]):
            after = self.next_nonblank(doc, after)
            if (after is None or not self.standalone(doc, after) or self.marked(doc, after)
                    or headers.fullmatch(text := self.stripped(doc, after)) or not headline.fullmatch(text)):
                return
            yield after
