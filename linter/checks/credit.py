"""`credit-line`: `line-marker` for photo credits, plus the caption that the credit introduces.

Data `dateline` matches a torn dateline (a place line, then its source line) from the start of
its first line. A line that completes one (`Berlin` / `dpa/lby`) is no credit. The line after
a credit is reported as its caption only where the layout proves it: it matches data
`caption` and a torn dateline, which opens the article body, follows it after blank lines.
A caption alone is not recognisable. Directly under a bare credit (data `bare_credit`, a credit
and nothing else) a line in a caption's shape (data `caption_line`: one short sentence or a
phrase) is its caption when a paragraph at least twice as long follows it: the article's lead
(`Foto: Jana Scholtysek / NR-Archiv` / `Der Angeklagte beim Prozessauftakt …` / `Wallmersdorf
(nrd) – Mit einem …`). A copy of the caption printed twice is passed over. The last line of the text, when it matches data
`signoff` (a paragraph that ends with its agency, `… EFE`), is the article's sign-off.
"""
from __future__ import annotations

from ..compiled import compile_cached
from ..document import Document
from ..rule import Finding
from ..timed_pattern import TimedPattern
from .line_marker import LineMarkerCheck, line_finding

TYPE_CHECKING = False  # typing's flag, without importing typing: a run never does (~3 ms)
if TYPE_CHECKING:
    from typing import Iterable

_BLANK_LINES = compile_cached(r"\n(?:[ \t\u00a0]*\n)+")


class CreditCheck(LineMarkerCheck):
    name = "credit-line"
    DATA = LineMarkerCheck.DATA | {"caption", "dateline", "signoff", "bare_credit", "caption_line"}
    NOT_LISTING = LineMarkerCheck.NOT_LISTING | {"caption", "dateline", "signoff", "bare_credit", "caption_line"}

    def find(self, doc: Document) -> Iterable[Finding]:
        caption, dateline = self.matcher(doc, "caption"), self.pattern(doc, "dateline")
        for index in sorted(self.reportable(doc)):
            if not self.marked(doc, index) or self.ends_dateline(doc, index, dateline) or self.signs_off(doc, index):
                continue
            # a caption a shortcode opens keeps template-token's finding of it (data `shared_line`)
            yield line_finding(doc, index + 1, shares_line=self.shares_line(doc, index, self.stripped(doc, index)))
            if self.caption_under(doc, index):
                yield line_finding(doc, index + 2, caption=True)
                continue
            after = self.next_nonblank(doc, index)
            if caption is None or dateline is None or after is None or self.marked(doc, after):
                continue
            end = doc.line_starts[after] + len(doc.prose_lines[after])
            gap = _BLANK_LINES.match(doc.prose, end)
            if (gap and self.standalone(doc, after) and caption.fullmatch(self.stripped(doc, after))
                    and dateline.match(doc.prose, gap.end())):
                yield line_finding(doc, after + 1, caption=True)

    def caption_under(self, doc: Document, index: int) -> bool:
        """True when the line right under the bare credit on line `index` is its caption: in a
        caption's shape, and followed by a paragraph at least twice as long (the lead)."""
        bare, shape = self.matcher(doc, "bare_credit"), self.matcher(doc, "caption_line")
        after = index + 1
        if (bare is None or shape is None or self.blank(doc, after) or self.marked(doc, after)
                or not bare.fullmatch(self.stripped(doc, index))):
            return False
        text = self.stripped(doc, after)
        if not shape.fullmatch(text):
            return False
        lead = self.next_nonblank(doc, after)
        if lead is not None and self.stripped(doc, lead) == text:  # the caption printed twice
            lead = self.next_nonblank(doc, lead)
        return lead is not None and len(self.stripped(doc, lead)) >= 2 * len(text)

    def signs_off(self, doc: Document, index: int) -> bool:
        """True when line `index` is the text's last line and ends with the agency's name."""
        signoff = self.matcher(doc, "signoff")
        return (signoff is not None and self.next_nonblank(doc, index) is None
                and bool(signoff.fullmatch(self.stripped(doc, index))))

    def ends_dateline(self, doc: Document, index: int, dateline: TimedPattern | None) -> bool:
        """True when line `index` is the source line of a torn dateline that starts above it."""
        return (dateline is not None and index > 0 and not self.blank(doc, index - 1)
                and self.blank(doc, index - 2) and bool(dateline.match(doc.prose, doc.line_starts[index - 1])))
