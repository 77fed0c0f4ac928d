"""`calendar-case`: a month or weekday capitalised where the language writes it in lower case.

A capital is right at a sentence start and inside names: after a capitalised word (`Primo
Maggio`, `Plácido Domingo`), before one (`Domenica Rossi`), in `Plaza de Mayo`, and in the
named days and places the rule lists as `exceptions` per language (`14 Juillet`, `25 de Abril`).
"""
from __future__ import annotations

from typing import Iterable

import regex

from ..document import Document
from ..langdata import lowered, word_list
from ..rule import Check, Finding
from ..sentences import BLOCK, WordContext, word_contexts

_PLAIN_GAP = regex.compile(r"[ \t\u00a0]+")
_US_DATE_TAIL = regex.compile(r"[ \u00a0]+\d{1,2},[ \u00a0]*\d{4}")


class CalendarCaseCheck(Check):
    name = "calendar-case"

    def find(self, doc: Document) -> Iterable[Finding]:
        if not doc.lang_data.get("lowercase_calendar"):
            return
        names = lowered((*word_list(doc, "months"), *word_list(doc, "weekdays")))
        links = lowered(word_list(doc, "name_links"))
        exceptions = [regex.compile(p) for p in self.spec.language_data("exceptions", doc.language) or ()]
        contexts = word_contexts(doc)
        for i, context in enumerate(contexts):
            word = context.token.text
            if not word[:1].isupper() or word.isupper() or word.lower() not in names:
                continue
            if context.may_start_sentence and not (_after_weekday_comma(context) or _us_date_after_colon(doc, context)):
                continue
            before = contexts[i - 1] if i and context.prev else None
            gap_after = doc.prose[context.token.end:context.next.start] if context.next else ""
            if _inside_name(context, before, links, gap_after) or _excepted(doc, context, exceptions):
                continue
            yield Finding(context.token.start, context.token.end, values={"word": word},
                          replacement=word[0].lower() + word[1:])


def _after_weekday_comma(context: WordContext) -> bool:
    """`giovedì, Ottobre 31`: a month after a weekday and a comma opens no sentence."""
    return context.boundary != BLOCK and context.prev is not None and "," in context.gap_before


def _us_date_after_colon(doc: Document, context: WordContext) -> bool:
    """`Bijgewerkt: Oktober 9, 2024`: a month opening a US-order date is no sentence start."""
    return context.boundary != BLOCK and bool(_US_DATE_TAIL.match(doc.prose, context.token.end))


def _capitalised(text: str | None) -> bool:
    return bool(text) and text[0].isupper()


def _inside_name(context: WordContext, before: WordContext | None, links: frozenset[str], gap_after: str) -> bool:
    prev, nxt = context.prev, context.next
    if prev is not None and _capitalised(prev.text) and not context.may_start_sentence:
        return True
    if nxt is not None and _capitalised(nxt.text) and not nxt.text.isupper() and _PLAIN_GAP.fullmatch(gap_after):
        return True
    if prev is not None and prev.text.lower() in links and before is not None and before.prev is not None:
        return _capitalised(before.prev.text) and not before.may_start_sentence
    return False


def _excepted(doc: Document, context: WordContext, exceptions: list[regex.Pattern]) -> bool:
    token = context.token
    start = doc.prose.rfind("\n", 0, token.start) + 1
    end = doc.prose.find("\n", token.end)
    line = doc.prose[start:end if end >= 0 else len(doc.prose)]
    offset = token.start - start
    return any(m.start() <= offset < m.end() for p in exceptions for m in p.finditer(line))
