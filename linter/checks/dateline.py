"""`split-dateline`: a dateline torn from its paragraph, the place on a line of its own and the
source (`CNN`, `(Reuters) –`) opening the next line.

Data (regexes, per language like `line-marker`'s, placeholders expand the same way): `place`,
the whole place line, which must follow a blank line; `source_line`, matched at the start of
the next line, whose named group `source` (or the whole match) ends the reported span.
"""
from __future__ import annotations

from typing import Iterable

from ..document import Document
from ..rule import Finding
from .line_marker import LinePatterns


class SplitDatelineCheck(LinePatterns):
    name = "split-dateline"
    DATA = frozenset({"place", "source_line"})

    def find(self, doc: Document) -> Iterable[Finding]:
        place, source = self.pattern(doc, "place"), self.pattern(doc, "source_line")
        if place is None or source is None:
            return
        for index in range(len(doc.prose_lines) - 1):
            text = self.stripped(doc, index)
            if not text or not self.blank(doc, index - 1) or not place.fullmatch(text):
                continue
            following = doc.prose_lines[index + 1]
            indent = len(following) - len(following.lstrip())
            match = source.match(following, indent)
            if match is None:
                continue
            group = "source" if match.groupdict().get("source") is not None else 0
            end = doc.line_starts[index + 1] + match.end(group)
            yield Finding(doc.line_starts[index] + doc.prose_lines[index].index(text), end,
                          values={"place": text, "source": match.group(group).strip()})
