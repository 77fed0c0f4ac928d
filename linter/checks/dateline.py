"""`split-dateline`: a dateline torn from its paragraph, the place on a line of its own and the
source (`CNN`, `(Reuters) –`) opening the next line.

Data (regexes, per language like `line-marker`'s, placeholders expand the same way): `place`,
the whole place line, which must follow a blank line; `source_line`, matched at the start of
the next line, whose named group `source` (or the whole match) ends the reported span.
A source line that is all its paragraph (a blank line or the end follows) may also match
data `named_source` (an agency's name, a desk code), or, under a place written in capitals
only, data `caps_source` (any name): the place's case and the layout tell what no list can.
"""
from __future__ import annotations

from typing import Iterable

from ..document import Document
from ..rule import Finding
from .line_marker import LinePatterns


class SplitDatelineCheck(LinePatterns):
    name = "split-dateline"
    DATA = frozenset({"place", "source_line", "named_source", "caps_source"})

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
            if match is not None:
                group = "source" if match.groupdict().get("source") is not None else 0
                end, said = doc.line_starts[index + 1] + match.end(group), match.group(group).strip()
            elif self.names_source(doc, index + 1, capitals=not any(c.islower() for c in text)):
                said = following.strip()
                end = doc.line_starts[index + 1] + len(following.rstrip())
            else:
                continue
            yield Finding(doc.line_starts[index] + doc.prose_lines[index].index(text), end,
                          values={"place": text, "source": said})

    def names_source(self, doc: Document, index: int, capitals: bool) -> bool:
        """True when line `index` is a paragraph's last line naming the source alone: an
        agency or a desk code, or under a place in capitals any name."""
        if not self.blank(doc, index + 1):
            return False
        text = self.stripped(doc, index)
        return any(pattern is not None and pattern.fullmatch(text) for pattern in (
            self.pattern(doc, "named_source"), self.pattern(doc, "caps_source") if capitals else None))
