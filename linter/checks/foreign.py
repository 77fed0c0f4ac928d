"""`untranslated-fragment`: a sentence or a label left in another language inside an article.

Signals, never a list of phrases:
- the function words of the other language files: a sentence of at least `min_words` words
  with at least two function words found only in another language (`the`, `und`, `het`) and
  no more of the article's own that the other language lacks;
- or, for a sentence with none of its own function words, at least `min_words` words;
- the same for each clause of a sentence (between commas, semicolons, colons, dashes; not at
  the comma of a number, `40,000`), and for the part of a clause after the article's own
  function words (`hanno detto che the strike is costing …`);
- or, for a clause of a neighbouring language that shares the function words, two lower-case
  words the article's lexicon hardly knows and the other language's knows well (`A medida
  também prevê a renegociação` in Spanish);
- or, for a clause of `min_words` words or more, words that lean towards another language:
  three of them and a quarter of the clause far commoner there than in the article's language,
  none the other way round (`the consortium said in a statement` in Italian);
- and, in every case, language identification (py3langid, over the seven languages) naming
  that other language with confidence `min_confidence` (`LEANING_CONFIDENCE` for a leaning clause);
- a short line of its own (two to `min_words` - 1 words, a left-over label such as
  `Read more`) whose words the word-frequency lexicon knows far better in the language that
  language identification names.
Quotations, brackets (a gloss), names and titles (mostly capitalised words) are not looked
at; an article where more than `max_share` of the sentences are in another language is
bilingual on purpose and not reported.
"""
from __future__ import annotations

from collections import Counter, namedtuple
from functools import lru_cache
from itertools import islice
from operator import itemgetter

from ..compiled import compile_cached
from ..document import Document
from ..lexicon import has_lexicon, zipf
from ..rule import Check, Finding

TYPE_CHECKING = False  # typing's flag, without importing typing: a run never does (~3 ms)
if TYPE_CHECKING:
    from typing import Iterable, Iterator

# (and template syntax: a placeholder in braces, `{caption_credit}`, and a snake-case identifier
# are a machine's words, not prose in any language)
_QUOTED_SOURCE = (r"“[^”\n]*”|«[^»\n]*»|„[^“”\n]*[“”]|\"[^\"\n]*\"|‘[^’\n]*’(?!\p{L})|\([^()\n]*\)|\[[^\[\]\n]*\]"
                  r"|\{[^{}\n]{0,200}\}")
_QUOTED = compile_cached(_QUOTED_SOURCE + r"|(?<![\p{L}\d])[\p{L}\d]++(?:_[\p{L}\d]++)+")  # possessive: a long token stays linear
# The same without the identifier, whose every match holds `_`: for a block without one, the
# same matches, without trying a word at each word's start (a third of the blanking's time).
_QUOTED_NO_IDENTIFIER = compile_cached(_QUOTED_SOURCE)
_SENTENCE = compile_cached(r"[^.!?…]+(?:[.!?…]+|$)")  # over the line breaks of a wrapped paragraph
_CLAUSE = compile_cached(r"(?:[^,;:—–]|(?<=\d)[,:](?=\d))+")  # not at `40,000` or `10:30`
_CLAUSE_MARKS = compile_cached(r"[,;:—–]")
# A list of three names or more whose last two a conjunction joins (`Lipari, Salina and Vulcano`).
_NAME_LIST = compile_cached(r"(?<=\p{Lu}\p{Ll}+, )(?P<pair>\p{Lu}\p{Ll}+ (?P<conjunction>\p{Ll}+) \p{Lu}\p{Ll}+)(?![\p{L}-])")
_LETTERS = compile_cached(r"\p{L}+(?:['’]\p{L}+)*")
# A label's words: known in the other language, and far better known there on average.
LABEL_ZIPF, LABEL_LEAD, LABEL_MIN_LEAD = 3.5, 1.5, 1.0
# A word the article's lexicon hardly knows (a word of another language, or a rare one).
UNKNOWN_ZIPF, UNKNOWN_MIN_LETTERS = 1.0, 3
SHORT_SENTENCE_WORDS = 3  # a sentence this short is read by its unknown words (`_short_sentence`)
# A clause leans towards another language when a third of its words or more (three at least) are
# far commoner there than in the article's language and none is far commoner in the article's
# (`the consortium said in a statement` in Italian: `the`, `said`, `statement`); language
# identification must then name that language, with less confidence than it needs alone.
LEANING_LEAD, LEANING_WORDS, LEANING_SHARE, LEANING_CONFIDENCE = 1.5, 3, 1 / 4, 0.8
# From this many documents on, a run (a folder's) loads every language's lexicon to spare
# language identification (`_unknown_words`); one big file does not.
FOLDER_DOCUMENTS = 10
LEANING_OWN_ZIPF = 4.5  # words leaning away are this rare in the article's language (`said`: 3.6 in Italian)
_FIRST = itemgetter(0)


# A sentence or clause (start and end: int); its text with quotations and brackets blanked out
# (a str) and its words (a list of str) (a named tuple called, not subclassed: see `document.Token`).
Segment = namedtuple("Segment", ["start", "end", "text", "words"])


class UntranslatedFragmentCheck(Check):
    name = "foreign-fragment"
    OPTIONS = {"min_words": 5, "min_confidence": 0.95, "max_share": 0.3}

    def __init__(self, spec, options=None):
        super().__init__(spec, options)
        self._by_language: dict[tuple, tuple] = {}
        self._documents = 0  # looked at by this process

    def find(self, doc: Document) -> Iterable[Finding]:
        self._documents += 1
        own, others, owners = self._function_words_of(doc)
        if not own or not others:
            return
        segments = 0
        found = []
        conjunctions = self._conjunctions(doc, own)
        named: list[tuple[Segment, str]] = []  # `_foreign_conjunctions`, in the same pass over the sentences
        for segment in self._segments(doc):
            segments += 1
            if conjunctions:
                named.extend(_foreign_conjunctions(segment, conjunctions))
            language = self._foreign(doc, segment, own, others, owners)
            if language is not None:
                found.append((segment, language))
                continue
            if len(segment.words) < self.options["min_words"]:
                continue  # its clauses share its words: none has enough
            clauses = list(_clauses(segment, self.options["min_words"])) or [segment]
            for clause in clauses:
                language = self._foreign(doc, clause, own, others, owners) if clause is not segment else None
                if language is None:
                    clause, language = self._switched(doc, clause, own, owners)
                if language is not None:
                    found.append((clause, language))
        if len(found) > self.options["max_share"] * max(segments, 1):
            return  # a bilingual article
        found.extend(named)
        for segment, language in found:
            name = doc.languages[language].get("name", language)
            yield Finding(segment.start, segment.end, values={"other": name},
                          message="this looks {other}, not the article's language: left untranslated?")

    def _conjunctions(self, doc: Document, own: frozenset[str]) -> dict[str, str]:
        """Each other language's conjunction between names (`name_conjunctions`) that the
        article's language lacks, with that language."""
        conjunctions = {}
        for code, data in doc.languages.items():
            if code != doc.language:
                for word in data.get("name_conjunctions") or ():
                    word = str(word).lower()
                    if word not in own and len(word) > 1:
                        conjunctions.setdefault(word, code)
        return conjunctions

    def _function_words_of(self, doc: Document) -> tuple[frozenset[str], dict[str, frozenset[str]], dict[str, list[str]]]:
        """The article language's function words; each other language's own ones; and for each
        of those words, the languages it belongs to. Worked out once per language."""
        key = (doc.language, id(doc.lang_data), id(doc.languages))
        cached = self._by_language.get(key)
        if cached is not None and cached[0] is doc.lang_data and cached[1] is doc.languages:
            return cached[2]
        own = _function_words(doc.lang_data)
        others = {code: _function_words(data) - own for code, data in doc.languages.items()
                  if code != doc.language and data.get("function_words")}
        owners: dict[str, list[str]] = {}
        for code, exclusive in others.items():
            for word in exclusive:
                owners.setdefault(word, []).append(code)
        self._by_language[key] = (doc.lang_data, doc.languages, (own, others, owners))
        return own, others, owners

    def _segments(self, doc: Document) -> Iterable[Segment]:
        """Sentences of each block, with quotations and brackets blanked out."""
        for block in doc.blocks:
            text = doc.block_text(block)
            text = (_QUOTED if "_" in text else _QUOTED_NO_IDENTIFIER).sub(lambda m: " " * len(m.group()), text)
            for match in _SENTENCE.finditer(text):
                words = _LETTERS.findall(match.group())
                if len(words) >= 2:
                    lead = len(match.group()) - len(match.group().lstrip())
                    yield Segment(block.start + match.start() + lead, block.start + match.end(),
                                  match.group()[lead:], words)

    def _foreign(self, doc: Document, segment: Segment, own: frozenset[str], others: dict[str, frozenset[str]],
                 owners: dict[str, list[str]]) -> str | None:
        words = segment.words
        if sum(map(str.islower, map(_FIRST, islice(words, 1, None)))) < 0.5 * (len(words) - 1):
            return None  # a name or a title of a work
        lowered = [w.lower() for w in words]
        minimum = self.options["min_words"]
        if len(words) < minimum:
            return self._label(doc, segment, lowered) or self._short_sentence(doc, segment, lowered)
        hits = [owners[word] for word in lowered if word in owners]  # most sentences have none or one
        if len(hits) < 2 and not own.isdisjoint(lowered):
            return None
        counts = dict.fromkeys(others, 0)
        for codes in hits:
            for code in codes:
                counts[code] += 1
        if max(counts.values()) < 2 and not own.isdisjoint(lowered):
            return None
        language, confidence = _identify(doc, segment.text)
        if language not in counts or confidence < self.options["min_confidence"]:
            return None
        # Function words of the article's language that the other one lacks (`die` is both
        # German and Dutch): no more than the other language's own ones.
        theirs = _function_words(doc.languages[language])
        own_only = sum(w in own and w not in theirs for w in lowered)
        if counts[language] >= 2:
            return language if own_only <= counts[language] else None
        return language if own_only == 0 else None

    def _switched(self, doc: Document, segment: Segment, own: frozenset[str],
                  owners: dict[str, list[str]]) -> tuple[Segment, str | None]:
        """A clause that switches language after its own function words (`hanno detto che the
        strike is costing …`): the longest run of words with none of the article's own function
        words that the other language lacks, holding two of the other language's; or a clause
        whose words the article's lexicon hardly knows and another language's does (`O sindicato
        considera que a medida chega tarde e é insuficiente`, Portuguese in Spanish). Language
        identification must name that language either way."""
        words = segment.words
        lowered = [word.lower() for word in words]
        if sum(not w[:1].islower() for w in words[1:]) * 2 > len(words) - 1:
            return segment, None  # a name or a title of a work
        minimum = self.options["min_words"]
        owned = Counter(code for word in lowered for code in owners.get(word, ()))
        matches: list = []  # the words' places in the text, found when a run may be reported
        for code in sorted(code for code, count in owned.items() if count >= 2):  # a run needs two of its words
            theirs = _function_words(doc.languages[code])
            run: list[int] = []
            for index, word in enumerate([*lowered, ""]):
                if word and not (word in own and word not in theirs):
                    run.append(index)
                    continue
                if len(run) >= minimum and sum(code in owners.get(lowered[i], ()) for i in run) >= 2:
                    matches = matches or list(_LETTERS.finditer(segment.text))
                    part = Segment(segment.start + matches[run[0]].start(), segment.start + matches[run[-1]].end(),
                                   segment.text[matches[run[0]].start():matches[run[-1]].end()],
                                   [matches[i].group() for i in run])
                    language, confidence = _identify(doc, part.text)
                    if language == code and confidence >= self.options["min_confidence"]:
                        return part, code
                run = []
        return segment, self._unknown_words(doc, segment, lowered)

    def _unknown_words(self, doc: Document, segment: Segment, lowered: list[str]) -> str | None:
        """The language of a clause whose lower-case words the article's lexicon hardly knows and
        the identified language's knows well, two of them at least; or whose words lean towards
        that language (`_leaning`).

        In a folder run (`FOLDER_DOCUMENTS`), language identification is asked only when one of
        the other languages would be named with full confidence: the same answers, without
        most identifications (a lexicon look-up or two a language instead). A one-file run
        spares loading the other languages' lexicons instead."""
        if not has_lexicon(doc.language):
            return None
        strange = [w for w in lowered if len(w) >= UNKNOWN_MIN_LETTERS and w[:1].islower()
                   and zipf(w, doc.language) < UNKNOWN_ZIPF]
        if len(strange) < 2 and sum(zipf(w, doc.language) < LEANING_OWN_ZIPF for w in lowered) < LEANING_WORDS:
            return None  # neither test can pass: spare language identification
        # the commonest words of the article's language first: `_leaning` stops at one leaning away
        lowered = sorted(lowered, key=lambda word: -zipf(word, doc.language))
        if self._documents >= FOLDER_DOCUMENTS and not any(
                self._names(doc, lowered, strange, language, 1.0) for language in doc.languages
                if language != doc.language and has_lexicon(language)):
            return None  # no language could be named: spare language identification
        language, confidence = _identify(doc, segment.text)
        if language == doc.language or language not in doc.languages or not has_lexicon(language):
            return None
        return language if self._names(doc, lowered, strange, language, confidence) else None

    def _names(self, doc: Document, lowered: list[str], strange: list[str], language: str, confidence: float) -> bool:
        """Whether a clause identified as `language` with `confidence` is reported as that
        language's (`_unknown_words`); never where it is not at full confidence."""
        if confidence < LEANING_CONFIDENCE:
            return False
        if (len(strange) >= 2 and confidence >= self.options["min_confidence"]
                and sum(zipf(w, language) >= LABEL_ZIPF for w in strange) >= 2):
            return True
        return len(lowered) >= self.options["min_words"] and _leaning(lowered, doc.language, language)

    def _short_sentence(self, doc: Document, segment: Segment, words: list[str]) -> str | None:
        """A sentence too short for the function words (three or four words, closed by its stop:
        `Die Ermittlungen dauern an.` in English): two of its lower-case words the article's
        lexicon hardly knows and the identified language's knows well, named with full confidence."""
        if len(words) < SHORT_SENTENCE_WORDS or not segment.text.rstrip().endswith((".", "!", "?")) or not has_lexicon(doc.language):
            return None
        strange = [w for w in words if len(w) >= UNKNOWN_MIN_LETTERS and zipf(w, doc.language) < UNKNOWN_ZIPF]
        if len(strange) < 2:
            return None
        language, confidence = _identify(doc, segment.text)
        if (language == doc.language or language not in doc.languages or not has_lexicon(language)
                or confidence < self.options["min_confidence"]):
            return None
        return language if sum(zipf(w, language) >= LABEL_ZIPF for w in strange) >= 2 else None

    def _label(self, doc: Document, segment: Segment, words: list[str]) -> str | None:
        """A short line of its own that the lexicon reads as another language."""
        line_start = doc.text.rfind("\n", 0, segment.start) + 1
        line_end = doc.text.find("\n", segment.end)
        line = doc.prose[line_start:line_end if line_end >= 0 else len(doc.text)]
        if line.strip() != doc.prose[segment.start:segment.end].strip() or not has_lexicon(doc.language):
            return None
        language, _ = _identify(doc, line)
        if language == doc.language or not has_lexicon(language):
            return None
        leads = []
        for word in words:
            theirs = zipf(word, language)
            if theirs < LABEL_ZIPF:
                return None
            leads.append(theirs - zipf(word, doc.language))
        return language if min(leads) >= LABEL_MIN_LEAD and sum(leads) >= LABEL_LEAD * len(leads) else None


def _foreign_conjunctions(segment: Segment, conjunctions: dict[str, str]) -> Iterator[tuple[Segment, str]]:
    """The last two names of a list joined by another language's conjunction (`Panarea,
    Stromboli and Filicudi` in Italian): the conjunction was left untranslated. Asked of each
    sentence in `find`'s pass (a second cut of the sentences was a sixth of the rule's time)."""
    for match in _NAME_LIST.finditer(segment.text):
        code = conjunctions.get(match.group("conjunction"))
        if code is not None:
            start = segment.start + match.start("pair")
            yield Segment(start, segment.start + match.end("pair"), match.group("pair"), []), code


def _leaning(words: list[str], own: str, other: str) -> bool:
    """Whether the words lean towards language `other` (see LEANING_LEAD)."""
    if words and zipf(words[0], other) - zipf(words[0], own) <= -LEANING_LEAD:
        return False  # the first word, asked first: callers put the likeliest to lean away there
    leads = [zipf(word, other) - zipf(word, own) for word in words]
    theirs = sum(lead >= LEANING_LEAD for lead in leads)
    return (theirs >= LEANING_WORDS and theirs >= LEANING_SHARE * len(leads)
            and not any(lead <= -LEANING_LEAD for lead in leads))


def _clauses(segment: Segment, min_words: int) -> Iterable[Segment]:
    """The parts of a sentence between commas, semicolons, colons and dashes, when there are
    several (`… since its introduction, darunter zwei mutmaßliche Mitglieder …`)."""
    if not _CLAUSE_MARKS.search(segment.text):
        return  # one clause: the sentence itself
    parts = list(_CLAUSE.finditer(segment.text))
    if len(parts) < 2:
        return
    for part in parts:
        words = _LETTERS.findall(part.group())
        if len(words) >= min_words:
            lead = len(part.group()) - len(part.group().lstrip())
            yield Segment(segment.start + part.start() + lead, segment.start + part.end(), part.group()[lead:], words)


def _function_words(data: dict) -> frozenset[str]:
    return _lowered(tuple(data.get("function_words") or ()))


@lru_cache(maxsize=64)
def _lowered(words: tuple) -> frozenset[str]:
    return frozenset(str(w).lower() for w in words)


def _identify(doc: Document, text: str) -> tuple[str, float]:
    """py3langid's answer for a piece of the document, among the languages with a lexicon; once
    per text (a sentence is asked about whole, then as its own clause)."""
    answers = doc.memo("identified-fragments", lambda d: {})
    if text not in answers:
        from ..langid import classify
        from ..lexicon import SUPPORTED

        answers[text] = classify(text, SUPPORTED)
    return answers[text]
