"""`embed-line`: `line-marker` for embed remnants, plus the text of a post above its signature.

A line that matches data `signature` (a tweet's `— Name (@handle) May 3, 2025`) is the foot of
an embedded post whose frame is gone; the non-blank line right above it, when it is no part
of a longer paragraph (it opens its block, or stands alone after a sentence's end), is the
post's text. It is reported with the signature only where the page shows it was an embed: a
line ending in a colon announces it above, it opens with a pictograph (`⚠️ …`: no outlet's
prose does), it ends with a hashtag (`… #StormEdda`: no outlet's paragraph ends so), or it is in
another language than the article. Otherwise the outlet quotes the
post in its own words, and the quote is the article's.

A line of data `beside` (a clip's duration alone, `01:47`) counts only next to a line the rule
reports (the nearest line of text above or below it: the player's button or title), since
alone the same line may be a time of day.

A line of data `dangling` (a sentence announcing an embed, ending in a colon) counts only when
the next line opens no quotation and no list (the article quotes what it announced) and is no
remnant of the embed (the embed is there, and its remnant is reported, not its announcement).
"""
from __future__ import annotations

import unicodedata

from ..compiled import compile_cached
from ..document import Document
from ..line_matcher import LineMatcher
from ..rule import Finding
from .line_marker import LineMarkerCheck, line_finding

TYPE_CHECKING = False  # typing's flag, without importing typing: a run never does (~3 ms)
if TYPE_CHECKING:
    from typing import Iterable

# A post's last word, a hashtag (maybe more of them, a pictograph or a closing mark after it).
_ENDS_HASHTAG = compile_cached(r"(?<![\w&])#(?=\w*[^\W\d_])\w+[\s\W]{0,6}$")
_HASHTAG_REACH = 80  # how far from the line's end a last hashtag starts
# What an announcement may introduce on the next line: a quotation, a list item.
_CONTINUES = compile_cached(r"[\"“„«‘'>*•·–—-]|\d{1,2}[.)]\s")


class EmbedCheck(LineMarkerCheck):
    name = "embed-line"
    DATA = LineMarkerCheck.DATA | {"signature", "beside", "dangling"}
    NOT_LISTING = LineMarkerCheck.NOT_LISTING | {"signature", "beside"}

    def find(self, doc: Document) -> Iterable[Finding]:
        signature = self.matcher(doc, "signature")
        reported: set[int] = set()
        for index in sorted(self.reportable(doc)):
            if not self.marked(doc, index):
                continue
            above = self.post_above(doc, index) if signature is not None and signature.fullmatch(
                self.stripped(doc, index)) else None
            for line in (above, index):
                if line is not None and line not in reported:
                    reported.add(line)
                    yield line_finding(doc, line + 1)
        yield from self.beside_reported(doc, reported)

    def listed(self, doc: Document, index: int, text: str) -> bool:
        return super().listed(doc, index, text) or self.dangling(doc, index, text)

    def dangling(self, doc: Document, index: int, text: str) -> bool:
        """True for a line of data `dangling` whose next line opens no quotation or list item
        and is no remnant of the embed it announced (then the embed is there, not missing)."""
        pattern = self.matcher(doc, "dangling")
        if pattern is None or not pattern.fullmatch(text):
            return False
        decided = doc.cache.setdefault(f"dangling-lines:{self.spec.id}", {})
        if index not in decided:
            self._decide_announcements(doc, index, pattern, decided)
        return decided[index]

    def _decide_announcements(self, doc: Document, index: int, pattern: LineMatcher,
                              decided: dict[int, bool]) -> None:
        """Decide the run of announcements that starts at line `index`, last first: whether one
        dangles depends on whether the next is reported, so each asks only about a line already
        decided or no announcement at all (no recursion down a long run)."""
        run = [index]
        while ((after := self.next_nonblank(doc, run[-1])) is not None and after not in decided
               and pattern.fullmatch(self.stripped(doc, after))):
            run.append(after)
        for line in reversed(run):
            after = self.next_nonblank(doc, line)
            decided[line] = after is None or not (_CONTINUES.match(doc.prose_lines[after].lstrip())
                                                  or self.embed_follows(doc, after))

    def embed_follows(self, doc: Document, index: int) -> bool:
        """True when line `index` is what an embed left: a remnant line, or a post's text over
        its signature."""
        if self.marked(doc, index):
            return True
        signature = self.matcher(doc, "signature")
        below = self.next_nonblank(doc, index)
        return signature is not None and below is not None and bool(signature.fullmatch(self.stripped(doc, below)))

    def beside_reported(self, doc: Document, reported: set[int]) -> Iterable[Finding]:
        """The lines of data `beside` whose nearest line of text above or below is reported."""
        beside = self.matcher(doc, "beside")
        if beside is None or not reported:
            return
        found = []
        for index in sorted(reported):
            for line in (self.previous_nonblank(doc, index), self.next_nonblank(doc, index)):
                if line is not None and line not in reported and beside.fullmatch(self.stripped(doc, line)):
                    found.append(line)
        for line in sorted(set(found)):
            yield line_finding(doc, line + 1)

    def post_above(self, doc: Document, index: int) -> int | None:
        """The line of the post's text above its signature, if it stands alone."""
        above = index - 1
        while above >= 0 and self.blank(doc, above):
            above -= 1
        if above < 0 or self.marked(doc, above):
            return None
        first_of_block = above == 0 or self.blank(doc, above - 1)
        if not (first_of_block or self.standalone(doc, above)):
            return None
        text = self.stripped(doc, above)
        # A pictograph as posts open and prose never; a hashtag as posts end and prose never.
        raw = unicodedata.category(text[0]) == "So" or _ENDS_HASHTAG.search(text, max(0, len(text) - _HASHTAG_REACH)) is not None
        return above if raw or self.announced(doc, above) or self.foreign(doc, above) else None

    def announced(self, doc: Document, index: int) -> bool:
        """True when the line above line `index` ends in a colon: it announced an embed there."""
        intro = self.previous_nonblank(doc, index)
        return intro is not None and self.stripped(doc, intro).endswith(":")

    def foreign(self, doc: Document, index: int) -> bool:
        """True when the text of line `index` is in another language than the article."""
        from ..langid import classify
        from ..lexicon import SUPPORTED

        return doc.language is not None and classify(self.stripped(doc, index), SUPPORTED)[0] != doc.language
