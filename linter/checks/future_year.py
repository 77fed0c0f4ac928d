"""`future-year`: a verb in the future tense about a year already past when the article ran.

The article's year comes from front matter (`date`), from a dateline in its first lines, or
else from the first full date in the text (`martes 11 de marzo de 2025`, `November 19, 2025`,
day and month in the language's month names) that no future verb introduces.
The rule's data gives per language a regex of future-tense verb forms (`future`) and of the
words that introduce a year (`year_prefix`, `nel`, `en`, `em`), which may name a month, a
season or a part of the year first (`hasta junio de 2024`, `jusqu'à l'automne 2023`, `no
primeiro semestre de 2025`). Optional `clause_breaks`: a
regex of the words after which the year belongs to another clause (`which opened in 2023`,
`Anlage schließen, die bis 2023 …`), never crossed between the verb and the year; optional
`after_year`: a regex that must follow the year (German puts the infinitive last: `wird im
Sommer 2025 schließen` is future, `wird im Jahr 2023 renoviert` a passive). Optional
`future_last`: the future auxiliary that closes a subordinate clause after the year, with the
words allowed between (`dat het in 2023 operationeel zal zijn`, `dass sie 2023 öffnen wird`).
Optional `clause_openers` (`che`, `que`): a year may open the clause after one of them, or at the
start of a line, a sentence or a quote, before the subject and the future (`nel 2023 il
comune rifarà la piazza`), with none of `subject_breaks` (conjunctions, past verbs) between;
optional `bare_year`: the language dates a verb by a year alone, except after these words.
"""
from __future__ import annotations

import time
from itertools import islice

from ..compiled import COMMON, compile_cached
from ..document import WORD, Document
from ..langdata import alternation, word_list
from ..regex_engine import IGNORECASE
from ..rule import Check, Finding, overlaps
from ..timed_pattern import TimedPattern

TYPE_CHECKING = False  # typing's flag, without importing typing: a run never does (~3 ms)
if TYPE_CHECKING:
    from typing import Callable, Iterable

    import regex

_YEAR = compile_cached(r"\b(19[5-9]\d|20\d\d)\b")
_ISO_MONTH = compile_cached(r"\b(?:19|20)\d\d-(0[1-9]|1[0-2])\b")
_DATELINE_LINES = 6
_PLACE_LINES = 10  # a place alone in capitals heads the lead this far down, below chrome and headline
_PLACE = compile_cached(r"\p{Lu}[\p{Lu}'’.-]+(?:[ \t]\p{Lu}[\p{Lu}'’.-]+){0,2}")
_LEAD_LENGTH = 80  # a lead line is at least this long; menus and headings are shorter
_DATELINE_REACH = 40  # a dateline's date starts this close to the start of its line
# A dateline's date ends its line or comes before the lead's dash or the agency's bracket (not a
# lead's `On 4 March 2019, the council …`).
_DATELINE_END = compile_cached(r"[ \t\u00a0]*(?:$|[-–—(|/])")
_NAMED_REACH = 2  # a month or season names the year's part right before it, or before `of`, `de`
_GAP = r"[ \t\u00a0]+"
_WRAP = r"(?:[ \t\u00a0]+|[ \t\u00a0]*\n[ \t\u00a0]*)(?!\n)"  # a space, or a line break inside a paragraph
_SENTENCE_END = compile_cached(r"[.!?]\s")
# Where a fronted year opens its clause, besides a line's start: after a sentence, a colon, a
# comma (`Secondo il piano, nel 2024 la cooperativa raggiungerà`), an opening quote, or after
# `that`, `che`, `que` (the text before it ends so).
_CLAUSE_START = r"(?:[.!?…:,][\"'”»)]*{gap}|[«“\"„(][ \t\u00a0]*|\b(?:{openers}){gap})\Z"
_OPENER_REACH = 20  # the text before a fronted year looked at for what opens its clause
_WORD = r"(?:[^\s.!?;]|(?<=\d)\.(?=\d))+"  # a word; a stop only inside a number (`100.000`)
_SUBJECT_WORDS = 5  # the words of a subject between a fronted year and its verb
_AGENCY_DATELINE = compile_cached(r"\p{Lu}[\p{L}.'’-]+(?:[ \t]\p{Lu}[\p{L}.'’-]+){0,2}[ \t]+\([^()\n]{2,40}\)[ \t]*[-–—]")


class FutureYearCheck(Check):
    name = "future-year"
    DATA = frozenset({"future", "year_prefix", "bare_year", "clause_breaks", "after_year", "future_last",
                      "season_ends", "clause_openers", "subject_breaks"})
    # An article that carries no year is read in the year it is linted (`undated_year`: 0),
    # or in the year given; `date_undated: false` leaves undated articles alone.
    OPTIONS = {"max_words_between": 14, "date_undated": True, "undated_year": 0}

    def find(self, doc: Document) -> Iterable[Finding]:
        future = self.spec.language_data("future", doc.language)
        prefix = self.spec.language_data("year_prefix", doc.language)
        if not future or not prefix:
            return
        future_verb = self.timed(compile_cached(rf"\b(?:{future})\b", IGNORECASE, doc.language or COMMON))
        year = article_year(doc, future_verb, self._today_year())
        if year is None:
            return
        numbers = _month_numbers(doc)
        month = _front_matter_month(doc) or _dateline_month(doc, future_verb, year, numbers)
        months = {**numbers, **(self.spec.language_data("season_ends", doc.language) or {})}
        pattern, fronted, opens = self._patterns(doc, future, prefix)
        found = list(pattern.finditer(doc.prose))
        if fronted is not None:  # a year that opens its clause, searched apart: cheaper than one pattern
            starts, ends = [m.start() for m in found], [m.end() for m in found]
            found += [m for m in fronted.finditer(doc.prose) if opens(doc.prose, m.start())
                      and not overlaps(starts, ends, m.start(), m.end())]  # ends rise: they are the reach
            found.sort(key=lambda m: m.start())
        for match in found:
            said = int(match.group("year"))
            if said < year or (said == year and month and _month_before(doc, match, months, month)):
                yield Finding(match.start(), match.end(), values={"year": match.group("year"), "now": year})

    def _today_year(self) -> int | None:
        """The year a dateline without one stands for: the option, else today's; None when
        `date_undated` is off."""
        if not self.options["date_undated"]:
            return None
        return self.options["undated_year"] or time.localtime().tm_year  # today's, as `datetime.date.today()`

    def _patterns(self, doc: Document, future: str, prefix: str
                  ) -> tuple[TimedPattern, TimedPattern | None, Callable[[str, int], bool]]:
        """The pattern of a future and its year, the pattern of a year fronted before its verb (or
        None) and the test that such a year opens its clause."""
        gap = self.options["max_words_between"]
        breaks = self.spec.language_data("clause_breaks", doc.language)
        after = self.spec.language_data("after_year", doc.language) or ""
        word = rf"(?!(?:{breaks}){_WRAP}){_WORD}" if breaks else _WORD
        introduced = rf"(?:{prefix})(?:{_WRAP}|(?<=['’]))(?:[^\s\d.!?;,]+{_WRAP}){{0,2}}(?:(?:de|del|of|van){_WRAP})?"
        bare = self.spec.language_data("bare_year", doc.language)
        if bare:  # German dates a verb by a year alone (`wird 2025 eröffnen`), not after `und`
            introduced = rf"(?:{introduced}|(?<!\b(?:{bare}){_WRAP}))"
        year = rf"{introduced}(?P<year>19[5-9]\d|20\d\d)\b"
        pattern = rf"\b(?:{future})\b(?:{_WRAP}{word}){{0,{gap}}}?{_WRAP}{year}(?:{after})"
        last = self.spec.language_data("future_last", doc.language)
        if last:
            pattern += rf"|(?<![\p{{L}}\p{{N}}]){year}(?:{_WRAP}{word}){{0,{gap * 3 // 4}}}?{_WRAP}(?:{last})"
        language = doc.language or COMMON
        compiled = self.timed(compile_cached(pattern, IGNORECASE, language))
        openers = self.spec.language_data("clause_openers", doc.language)
        if not openers:
            return compiled, None, _never
        # the year fronted, then the subject and the verb: `Nel 2023 il comune rifarà`
        subject = self.spec.language_data("subject_breaks", doc.language)
        # (no other year among them: `aprobado en 2021, en 2023 la cobertura superará` fronts 2023)
        inner = rf"(?!(?:{'|'.join(filter(None, (breaks, subject)))}){_WRAP})(?!(?:19|20)\d\d\b)[^\s.!?;,]+"
        fronted = (rf"(?<![\p{{L}}\p{{N}}]){year},?(?:{_WRAP}{inner}){{0,{_SUBJECT_WORDS}}}?{_WRAP}"
                   rf"\b(?:{future})\b(?:{after})")
        start = compile_cached(_CLAUSE_START.format(openers=openers, gap=_GAP), IGNORECASE, language)

        def opens(prose: str, offset: int) -> bool:
            before = prose[prose.rfind("\n", 0, offset) + 1:offset]
            return not before.strip() or start.search(before[-_OPENER_REACH:]) is not None

        return compiled, self.timed(compile_cached(fronted, IGNORECASE, language)), opens


def _never(prose: str, offset: int) -> bool:
    """No year opens a clause where the language names no words that open one."""
    return False


def _front_matter_month(doc: Document) -> int | None:
    """The month of a front-matter `date` (`2026-12-03`)."""
    found = _ISO_MONTH.search(str(doc.metadata.get("date") or ""))
    return int(found.group(1)) if found else None


def _dateline_month(doc: Document, future: TimedPattern, year: int, numbers: dict[str, int]) -> int | None:
    """The month of the dateline that gave the article's year (`Bari, 5 dicembre 2024`): the
    first short opening line with that year, and a month named right before it."""
    for line in islice((line for line in doc.prose_lines if line.strip()), _DATELINE_LINES):
        found = _YEAR.search(line)
        if len(line) < _LEAD_LENGTH and found and not future.search(line):
            if int(found.group()) != year:
                return None
            words = WORD.findall(line, 0, found.start())[-_NAMED_REACH:]
            named = [numbers[word.lower()] for word in words if word.lower() in numbers]
            return named[-1] if named else None
    return None


def _month_numbers(doc: Document) -> dict[str, int]:
    """Month names by number, when the language file lists exactly twelve."""
    names = [name.lower() for name in word_list(doc, "months")]
    return {name: number for number, name in enumerate(names, 1)} if len(names) == 12 else {}


def _month_before(doc: Document, match: regex.Match, months: dict[str, int], month: int) -> bool:
    """The future names a month (or the last month of a season) of the article's own year that
    had passed (`will open in January 2026` in an article of December 2026)."""
    words = WORD.findall(doc.prose, match.start(), match.start("year"))[-_NAMED_REACH:]
    named = [months[word.lower()] for word in words if word.lower() in months]  # `the summer of 2024`
    return bool(named) and named[-1] < month


def article_year(doc: Document, future: TimedPattern, today: int | None = None) -> int | None:
    """The publication year: front-matter `date`, else the first year on a short opening line
    (a dateline), else `today` when a dateline gives a day and month without a year (`L'AQUILA,
    17 novembre -`: written this year), else the year of the first full date in the text, else
    `today` when a place alone in capitals heads the lead (wire copy); a year a future verb
    announces is never the article's."""
    date = doc.metadata.get("date")
    if date is not None:
        found = _YEAR.search(str(date))
        if found:
            return int(found.group())
    head = list(islice((line for line in doc.prose_lines if line.strip()), _PLACE_LINES))
    lines = head[:_DATELINE_LINES]
    full_date = _full_date(doc)
    for line in lines:  # a dateline's full date first: a headline's year names what it announces (`… dès 2026`)
        found = full_date.search(line)
        if (found and found.start() < _DATELINE_REACH and _DATELINE_END.match(line, found.end())
                and not future.search(line, 0, found.start())):
            return int(found.group("year"))
    for line in lines:
        if len(line) < 80 and not future.search(line):
            found = _YEAR.search(line)
            if found:
                return int(found.group())
    if today is not None and _dated_without_year(doc, lines):
        return today
    year = _first_full_date_year(doc, future)
    if year is None and today is not None and _place_dateline(head):  # also below a site's menu lines
        return today  # wire copy with a place and no date anywhere: written now
    return year


def _place_dateline(lines: list[str]) -> bool:
    """An opening line that is a place name in capitals alone (`BREMEN`), above the lead (an
    agency's name may stand between), or a lead that opens with a place and an agency in
    brackets before a dash (`Leipzig (techdienst) - Wer …`)."""
    return any(_AGENCY_DATELINE.match(line) and len(line) >= _LEAD_LENGTH for line in lines) or any(
        _PLACE.fullmatch(line.strip()) and any(len(following) >= _LEAD_LENGTH for following in lines[i + 1:i + 3])
        for i, line in enumerate(lines))


def _dated_without_year(doc: Document, lines: list[str]) -> bool:
    """An opening line starts with a dateline that gives a day and month, the month perhaps
    cut short (`BURELA, 22 feb. (…)`), and no year."""
    names = word_list(doc, "months")
    short = _short_months(names)
    months = (rf"{alternation(names)}|(?:{short})\.(?!\w)|(?:{short})(?=(?:{_GAP})?[(–—-])" if names  # `12 abr (Agencia)`
              else alternation(names))
    day_month = compile_cached(
        rf"\b\d{{1,2}}(?:\.|º|er)?(?:{_GAP}de)?{_GAP}(?:{months})(?!\w)(?!,?{_GAP}(?:de{_GAP})?\d)"
        rf"|\b(?:{months}){_GAP}\d{{1,2}}(?:st|nd|rd|th)?\b(?!,?{_GAP}\d)", IGNORECASE, doc.language or COMMON)
    for line in lines:
        found = day_month.search(line)
        if found and found.start() < _DATELINE_REACH:
            return True
    return False


def _short_months(names: list[str]) -> str:
    """The months cut to three or four letters, as datelines write them (`fev`, `sept`)."""
    return alternation(tuple(sorted({name[:3] for name in names} | {name[:4] for name in names})))


def _full_date(doc: Document) -> regex.Pattern:
    """A day, a month by name (maybe cut short) and a year, in either order (`4 mars 2024`,
    `November 19, 2025`)."""
    names = word_list(doc, "months")
    months = alternation(names)
    cut = rf"|(?:{_short_months(names)})\.?" if names else ""  # `8 fev 2025`, `8 févr. 2025`
    return compile_cached(
        rf"\b\d{{1,2}}(?:\.|º|er)?(?:{_GAP}de)?{_GAP}(?:{months}{cut})(?:{_GAP}de|,)?{_GAP}(?P<year>(?:19|20)\d\d)\b"
        rf"|\b(?:{months}){_GAP}\d{{1,2}}(?:st|nd|rd|th)?,?{_GAP}(?P<year>(?:19|20)\d\d)\b", IGNORECASE, doc.language or COMMON)


def _first_full_date_year(doc: Document, future: TimedPattern) -> int | None:
    full_date = _full_date(doc)
    prose = doc.prose
    for match in full_date.finditer(prose):
        ends = list(_SENTENCE_END.finditer(prose, max(match.start() - 300, 0), match.start()))
        sentence_start = max(ends[-1].end() if ends else 0, prose.rfind("\n", 0, match.start()) + 1)
        if not future.search(prose, sentence_start, match.start()):
            return int(match.group("year"))
    return None

