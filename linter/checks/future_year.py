"""`future-year`: a verb in the future tense about a year already past when the article ran.

The article's year comes from front matter (`date`) or from a dateline in its first lines.
The rule's data gives per language a regex of future-tense verb forms (`future`) and of the
words that introduce a year (`year_prefix`, `nel`, `en`, `em`), which may name a month or a
season first (`hasta junio de 2024`, `jusqu'à l'automne 2023`). Optional `clause_breaks`: a
regex of the words after which the year belongs to another clause (`which opened in 2023`,
`Anlage schließen, die bis 2023 …`), never crossed between the verb and the year; optional
`after_year`: a regex that must follow the year (German puts the infinitive last: `wird im
Sommer 2025 schließen` is future, `wird im Jahr 2023 renoviert` a passive).
"""
from __future__ import annotations

from typing import Iterable

import regex

from ..document import Document
from ..rule import Check, Finding

_YEAR = regex.compile(r"\b(19[5-9]\d|20\d\d)\b")
_DATELINE_LINES = 6


class FutureYearCheck(Check):
    name = "future-year"
    DATA = frozenset({"future", "year_prefix", "clause_breaks", "after_year"})
    OPTIONS = {"max_words_between": 14}

    def find(self, doc: Document) -> Iterable[Finding]:
        year = article_year(doc)
        future = self.spec.language_data("future", doc.language)
        prefix = self.spec.language_data("year_prefix", doc.language)
        if year is None or not future or not prefix:
            return
        gap = self.options["max_words_between"]
        breaks = self.spec.language_data("clause_breaks", doc.language)
        after = self.spec.language_data("after_year", doc.language) or ""
        word = rf"(?!(?:{breaks})[ \t\u00a0])[^\s.!?;]+" if breaks else r"[^\s.!?;]+"
        pattern = self.timed(regex.compile(
            rf"\b(?:{future})\b(?:[ \t\u00a0]+{word}){{0,{gap}}}?[ \t\u00a0]+(?:{prefix})[ \t\u00a0]+"
            rf"(?:[^\s\d.!?;]+[ \t\u00a0]+(?:de[ \t\u00a0]+|del[ \t\u00a0]+)?)?(?P<year>19[5-9]\d|20\d\d)\b(?:{after})",
            regex.I))
        for match in pattern.finditer(doc.prose):
            if int(match.group("year")) < year:
                yield Finding(match.start(), match.end(), values={"year": match.group("year"), "now": year})


def article_year(doc: Document) -> int | None:
    """The publication year: front-matter `date`, else the first year in the opening lines."""
    date = doc.metadata.get("date")
    if date is not None:
        found = _YEAR.search(str(date))
        if found:
            return int(found.group())
    lines = [line for line in doc.prose_lines if line.strip()][:_DATELINE_LINES]
    for line in lines:
        if len(line) < 80:
            found = _YEAR.search(line)
            if found:
                return int(found.group())
    return None
