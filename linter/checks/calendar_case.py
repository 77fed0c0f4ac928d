"""`calendar-case`: a month or weekday capitalised where the language writes it in lower case.

A capital is right at a sentence start and inside names: after a capitalised word (`Primo
Maggio`, `Plácido Domingo`), before one (`Domenica Rossi`), in `Plaza de Mayo`, and in the
named days and places the rule lists as `exceptions` per language (`14 Juillet`, `25 de Abril`),
and before a two-digit year, which names an era (`Mai 68`).
"""
from __future__ import annotations

from ..compiled import COMMON, compile_cached
from ..document import Document
from ..langdata import lowered, lowered_words
from ..lexicon import zipf
from ..rule import Check, Finding
from ..sentences import BLOCK, OPENERS, WordContext, WordContexts, word_contexts

TYPE_CHECKING = False  # typing's flag, without importing typing: a run never does (~3 ms)
if TYPE_CHECKING:
    from typing import Iterable

_PLAIN_GAP = compile_cached(r"[ \t\u00a0]+")
_QUOTED_ALONE = compile_cached(r"[»”\"’']")
_ELIDED = compile_cached(r"\p{Ll}{1,6}['’](?=\p{Lu})")
_COMMON_ZIPF = 4.5  # a word this common that the article writes in lower case is no first name
_US_DATE_TAIL = compile_cached(r"[ \u00a0]+\d{1,2},[ \u00a0]*\d{4}")
# A month before a two-digit year names an era (`Mai 68`, `Maggio '68`, `Mayo del 68`); no day is above 31.
_ERA_TAIL = compile_cached(r"[ \u00a0]+(?:\p{Ll}{1,3}[ \u00a0]+)?(?:['’]\d\d|3[2-9]|[4-9]\d)(?![\d,.:/-]?\d)")


class CalendarCaseCheck(Check):
    name = "calendar-case"
    DATA = frozenset({"day_parts", "exceptions", "holiday_words", "named_day_links", "time_prepositions"})

    def find(self, doc: Document) -> Iterable[Finding]:
        if not doc.lang_data.get("lowercase_calendar"):
            return
        names = (lowered_words(doc, "months") | lowered_words(doc, "weekdays"))
        weekdays = lowered_words(doc, "weekdays")
        # a preposition that puts an event in a month links no name (`de la UE en Diciembre`) and,
        # capitalised, only opens the sentence (`Vanaf Dinsdag`)
        time_prepositions = lowered(tuple(self.spec.language_data("time_prepositions", doc.language) or ()))
        links = lowered_words(doc, "name_links") - time_prepositions
        conjunctions = lowered_words(doc, "name_conjunctions")
        naming = lowered_words(doc, "naming_words")
        exceptions = [self.timed(compile_cached(p, 0, doc.language or COMMON))
                      for p in self.spec.language_data("exceptions", doc.language) or ()]
        contexts = word_contexts(doc)
        day_parts = lowered(tuple(self.spec.language_data("day_parts", doc.language) or ()))
        # words the article writes in lower case, common in the language: capitalised only
        # because they open the sentence (`Intanto Domenica`), never a first name
        function_words = (lowered_words(doc, "function_words") | time_prepositions
                          | _lower_case_openers(doc, contexts, names))
        surnames = _used_as_surnames(contexts, names, function_words, doc.prose)
        holidays = lowered(tuple(self.spec.language_data("holiday_words", doc.language) or ()))
        day_links = lowered(tuple(self.spec.language_data("named_day_links", doc.language) or ()))
        for i, token_text in enumerate(contexts.texts):
            elided = _ELIDED.match(token_text)  # `d'Avril`: the month after an elided article
            cut = elided.end() if elided else 0
            word = token_text[cut:]
            if not word[:1].isupper() or word.isupper() or word in surnames or not (
                    word.lower() in names or _weekday_part(word.lower(), weekdays, day_parts)):
                continue
            context = contexts[i]
            if context.may_start_sentence and not (_after_weekday_comma(context) or _us_date_after_colon(doc, context)):
                continue
            if word.lower() in weekdays and _opens_date_line(doc, context, names):
                continue  # `Martes, Enero 13, 2026` under a headline: a date line opens with its weekday
            before = contexts[i - 1] if i and context.prev else None
            earlier = contexts[i - 2] if i > 1 and before is not None and before.prev else None
            gap_after = doc.prose[context.token.end:context.next.start] if context.next else ""
            us_date = bool(_US_DATE_TAIL.match(doc.prose, context.token.end))  # never a name
            after = contexts[i + 2] if i + 2 < len(contexts) and context.next else None
            quoted = bool(_QUOTED_ALONE.match(doc.prose, context.token.end)) and context.gap_before[-1:] in "«“\"‘'"
            if quoted:
                continue  # `«Giovedì», come lo chiamava`: a nickname in quotes
            if _ERA_TAIL.match(doc.prose, context.token.end) or _opens_table_cell(doc, context):
                continue  # an era (`Mai 68`); a table cell's first word (`| Abril 2025 |`)
            if not us_date and before is not None and before.token.text.lower() in naming:
                continue  # `si chiama Domenica`, `il marito Domenica`: a name
            if not us_date and _names_a_holiday(doc, contexts, i, holidays, links | time_prepositions):
                continue  # `os feriados de 5 de Outubro e 1 de Dezembro`: days named by their date
            if not us_date and (_inside_name(context, before, earlier, after, links, gap_after, function_words,
                                             conjunctions, day_links)
                                or doc.in_match(context.token.start, exceptions)):
                continue
            yield Finding(context.token.start + cut, context.token.end, values={"word": word},
                          replacement=word[0].lower() + word[1:])


def _weekday_part(lower: str, weekdays: frozenset[str], day_parts: frozenset[str]) -> bool:
    """A weekday and a part of the day in one word (Dutch `dinsdagavond`)."""
    return bool(day_parts) and any(lower.startswith(day) and lower[len(day):] in day_parts for day in weekdays)


def _lower_case_openers(doc: Document, contexts: WordContexts, names: frozenset[str]) -> frozenset[str]:
    """The words before a capitalised month or weekday that the article writes in lower case
    elsewhere and that are common in its language (`Intanto Domenica`)."""
    texts = contexts.texts
    before = {texts[i - 1].lower() for i in range(1, len(texts))
              if texts[i][:1].isupper() and texts[i].lower() in names}
    return frozenset(word for word in before
                     if word in doc.lowercase_words and zipf(word, doc.language) >= _COMMON_ZIPF)


def _used_as_surnames(contexts: WordContexts, names: frozenset[str], function_words: frozenset[str],
                      doc_prose: str) -> set[str]:
    """Month or weekday words the article uses after a first name (`Lucas Avril`): names there
    and wherever the article repeats them alone (`C'est encore Avril`)."""
    found = set()
    for i in range(1, len(contexts)):
        word = contexts.texts[i]
        if not (word[:1].isupper() and word.lower() in names):
            continue
        context, before = contexts[i], contexts[i - 1]
        if (context.prev == before.token
                and _PLAIN_GAP.fullmatch(context.gap_before) and not _US_DATE_TAIL.match(doc_prose, context.token.end)
                and _capitalised(before.token.text) and before.token.text.lower() not in names
                and not context.may_start_sentence and not _opens_sentence(before, function_words)):
            found.add(word)
    return found


_HOLIDAY_REACH = 8  # words back from the date to the word that calls it a holiday
_HOLIDAY_AFTER = 2  # words from the date to an apposition that calls it a holiday
_YEAR_AFTER = compile_cached(r"[ \u00a0]+(?:\p{Ll}{1,3}[ \u00a0]+)?\d{4}\b")


def _names_a_holiday(doc: Document, contexts: WordContexts, i: int, holidays: frozenset[str],
                     links: frozenset[str] = frozenset()) -> bool:
    """A day and month without a year, in a sentence that calls it a holiday a few words before
    (`o feriado do 1 de Dezembro`, `le festività del 2 Giugno e del 4 Novembre`) or right after
    it, past a comma (`25 de Abril e 1 de Maio, feriados nacionais`): a name there."""
    if not holidays or _YEAR_AFTER.match(doc.prose, contexts.ends[i]):
        return False
    day = i - 1 if i and contexts.texts[i - 1].isdigit() else i - 2
    if day < 0 or not contexts.texts[day][:2].rstrip("ºo°.").isdigit():
        return False
    for j in range(day - 1, max(day - 1 - _HOLIDAY_REACH, -1), -1):
        if contexts.texts[j].lower() in holidays:
            return True
        if contexts[j].starts_sentence:
            break
    # or in an apposition after it (`Nos dias 25 de Abril e 1 de Maio, feriados nacionais`)
    for j in range(i + 1, min(i + 1 + _HOLIDAY_AFTER, len(contexts))):
        if contexts[j].starts_sentence:
            return False
        if contexts.texts[j].lower() in holidays:
            return "," in contexts[j].gap_before or "(" in contexts[j].gap_before
        if not (contexts.texts[j].isdigit() or contexts.texts[j].lower() in links):
            return False
    return False


def _opens_sentence(context: WordContext, function_words: frozenset[str]) -> bool:
    """A function word capitalised only because it opens the sentence (`Op Donderdag`), unlike
    a name (`Lucas Avril`) or a quoted title (`«El Sábado de las Palomas»`)."""
    return (context.starts_sentence and not OPENERS.search(context.gap_before)
            and context.token.text.lower() in function_words)


def _opens_table_cell(doc: Document, context: WordContext) -> bool:
    start = context.prev.end if context.prev is not None else doc.text.rfind("\n", 0, context.token.start) + 1
    return "|" in doc.text[start:context.token.start]


def _after_weekday_comma(context: WordContext) -> bool:
    """`giovedì, Ottobre 31`: a month after a weekday and a comma opens no sentence."""
    return context.boundary != BLOCK and context.prev is not None and "," in context.gap_before


def _opens_date_line(doc: Document, context: WordContext, names: frozenset[str]) -> bool:
    """The weekday opens its line and a day or a month follows it, after a comma or a space
    (`Martes, Enero 13`, `Mercredi 4 septembre 2024`): a date line."""
    line_start = doc.prose.rfind("\n", 0, context.token.start) + 1
    if doc.prose[line_start:context.token.start].strip() or context.next is None:
        return False
    after = context.next.text
    gap = doc.prose[context.token.end:context.next.start]
    return (gap.strip() in ("", ",") and "\n" not in gap) and (after[:1].isdigit() or after.lower() in names)


def _us_date_after_colon(doc: Document, context: WordContext) -> bool:
    """`Bijgewerkt: Oktober 9, 2024`: a month opening a US-order date is no sentence start, nor
    is one opening a line that is that date alone (`Octubre 2, 2026` under a headline)."""
    tail = _US_DATE_TAIL.match(doc.prose, context.token.end)
    if tail is None:
        return False
    if context.boundary != BLOCK:
        return True
    line_start = doc.prose.rfind("\n", 0, context.token.start) + 1
    line_end = doc.prose.find("\n", tail.end())
    return not doc.prose[line_start:context.token.start].strip() and not doc.prose[
        tail.end():line_end if line_end >= 0 else len(doc.prose)].strip()


def _capitalised(text: str | None) -> bool:
    return bool(text) and text[0].isupper()


def _inside_name(context: WordContext, before: WordContext | None, earlier: WordContext | None,
                 after: WordContext | None, links: frozenset[str], gap_after: str,
                 function_words: frozenset[str], conjunctions: frozenset[str],
                 day_links: frozenset[str] = frozenset()) -> bool:
    """Part of a name: after a capitalised word (not one capitalised only because it opens the
    sentence), before one, or after a name link that follows one (`Plaza de Mayo`, `Rio de
    Janeiro`). A US-order date is never a name, and the caller checks that first."""
    nxt = context.next
    if (before is not None and _capitalised(before.token.text) and not _opens_sentence(before, function_words)
            and "," not in context.gap_before):
        return True  # `Primo Maggio`, `«El Sábado`; not `Op Donderdag`, nor a dateline `LYON, Mars`
    if nxt is not None and _capitalised(nxt.text) and not nxt.text.isupper() and _PLAIN_GAP.fullmatch(gap_after):
        return True
    if (after is not None and nxt is not None and nxt.text.lower() in conjunctions
            and _capitalised(after.token.text) and _PLAIN_GAP.fullmatch(gap_after)
            and _PLAIN_GAP.fullmatch(after.gap_before)):
        return True  # `dos hijos, Domingo y Mercedes`: one name of a list of names
    if (after is not None and nxt is not None and nxt.text.lower() in day_links and _capitalised(after.token.text)
            and not after.token.text.isupper() and _PLAIN_GAP.fullmatch(gap_after) and _PLAIN_GAP.fullmatch(after.gap_before)):
        return True  # `Quarta-feira de Cinzas`, `Domingo de Ramos`: a named day, a name after a link
    if before is not None and before.token.text.lower() in links and earlier is not None:
        return _capitalised(earlier.token.text)
    return False

