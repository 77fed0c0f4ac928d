"""`repeated-word`: the same word twice in a row, also across a line break.

Left alone: doubles the language allows (`exceptions`: `had had`, `nous nous`, `via via`;
in German only after a comma, `…, die die`), emphatic repetition (`emphatic`: `far far`,
`ok ok ok`), names made of a doubled word (`Duran Duran`: rare, or doubled more than once,
and never single in the article; `May May` at a sentence start), a word that opens a
sentence and is repeated (`Wait wait!`; but `The the` is a slip), a lower-case word doubled
after its article and never single in the article (`una doppia doppia`),
a noun and its verb in German (`Leben leben`), `ES es`, `Bienvenido/a a`, and spaced-out
letters (`b a s i c`). An allowed double becomes an error when tripled (`that that that`).
"""
from __future__ import annotations

from collections import Counter
from functools import lru_cache
from itertools import islice

from ..compiled import compile_cached
from ..document import Document, Token
from ..langdata import lowered, lowered_words
from ..lexicon import has_lexicon, zipf
from ..rule import Check, Finding
from ..wordclasses import VERB, lower_case_class

TYPE_CHECKING = False  # typing's flag, without importing typing: a run never does (~3 ms)
if TYPE_CHECKING:
    from typing import Iterable

_HARD_BREAK = compile_cached(r" {2,}\n")
_SENTENCE_STOP = compile_cached(r"[.!?;]")
# An elided article or preposition (`l'`, `dell'`); not a pronoun before its verb (`c'era era`).
_ELIDED = compile_cached(r"(?i:l|d|un|dell|all|nell|dall|sull|coll|quell|quest)['’]")
_BETWEEN = compile_cached(r"[ \t\u00a0]*\n?[ \t\u00a0]*")
_NAME_ZIPF = 3.5  # below this a doubled capitalised word is a name (`Walla Walla`)
_NAME_LETTERS = 9  # a name or a term made of a doubled word is short (`Humbert Humbert`, `pom pom`); `Schulleitungen` is a noun
_PARTICLE_LETTERS = 3  # name particles: `Di`, `De`, `Van`, `Da`, `Dos`
_REDUPLICATED_ZIPF = 5.5  # a term made of a doubled word is rarer than this (`doppia`: 4.5); `dia dia` is a slip
_COMPARISON_REACH = 10  # a comparative this many words before a doubled `que` makes it two words


class RepeatedWordCheck(Check):
    name = "repeated-word"
    DATA = frozenset({"articles", "emphatic", "exceptions", "exceptions_after", "exceptions_after_comma",
                      "comparisons", "verb_negations"})

    def find(self, doc: Document) -> Iterable[Finding]:
        exceptions = lowered(tuple(self.spec.language_data("exceptions", doc.language) or ()))
        after_comma = lowered(tuple(self.spec.language_data("exceptions_after_comma", doc.language) or ()))
        emphatic = lowered(tuple(self.spec.language_data("emphatic", doc.language) or ()))
        negations = lowered(tuple(self.spec.language_data("verb_negations", doc.language) or ()))
        after_words = self.spec.language_data("exceptions_after", doc.language) or {}
        articles = lowered(tuple(self.spec.language_data("articles", doc.language) or ()))
        comparisons = self.spec.language_data("comparisons", doc.language) or {}
        nouns_capitalised = bool(doc.lang_data.get("capitalised_nouns"))
        # articles and pronouns too (German `der`, `die` are kept out of the language's list)
        function_words = lowered_words(doc, "function_words") | after_comma
        words, prose = doc.words, doc.prose
        texts = words.texts
        for i in _case_insensitive_doubles(texts):
            first, second = words[i], words[i + 1]
            lower = second.text.lower()
            if first.text.isdigit() or not _adjacent(prose, first, second):
                continue
            if not _adjacent(doc.text, first, second):
                continue  # `| ASML | ASML |`: table cells or other markup between the words
            if doc.block_at(first.start) is not doc.block_at(second.start) and lower not in function_words:
                continue  # the end of one line-block and the start of the next (`Share` / `Share`)
            if _emphatic(lower, emphatic, doc.language) and not (lower in negations and _negates_verb(doc, words, i)):
                continue
            if self._name_or_noise(doc, words, i, nouns_capitalised, function_words):
                continue
            if _reduplicated_noun(doc, words, i, articles, function_words):
                continue
            tripled = i + 2 < len(words) and words[i + 2].text.lower() == lower and _adjacent(prose, second, words[i + 2])
            preceded = i > 0 and words[i - 1].text.lower() == lower and _adjacent(prose, words[i - 1], first)
            allowed = (lower in exceptions or (lower in after_comma and self._relative(doc, words, i))
                       or (i > 0 and words[i - 1].text.lower() in lowered(tuple(after_words.get(lower, ()))))
                       or _compared(doc, words, i, lowered(tuple(comparisons.get(lower, ())))))
            if allowed and second.text[:1].isupper() and not second.text.isupper() and lower in function_words:
                allowed = False  # `„Der Der Preis`: the grammatical double has a word in lower case second
            if allowed and not (tripled or preceded):
                continue
            if doc.is_skipped(first.start, second.end):
                continue
            yield _removal(doc, first, second)

    @staticmethod
    def _relative(doc: Document, words: list[Token], i: int) -> bool:
        """`…, die die Wahl`, `…, in der der Rapper`: a relative pronoun after a comma, or after a
        preposition that follows a comma."""
        if _last_text_before(doc.prose, words[i].start) == ",":
            return True
        prepositions = lowered_words(doc, "prepositions")
        return (i > 0 and words[i - 1].text.lower() in prepositions
                and _last_text_before(doc.prose, words[i - 1].start) == ",")  # `…, über den den`; not `Gegen den den Entwurf`

    @staticmethod
    def _name_or_noise(doc: Document, words: list[Token], i: int, nouns_capitalised: bool,
                       function_words: frozenset[str]) -> bool:
        first, second = words[i], words[i + 1]
        a, b = first.text, second.text
        if a != b and (a.isupper() or b.isupper()) and len(a) > 1:
            return True  # `HUCHA-GANGA.ES es`, `E.ON on`
        if (nouns_capitalised and a[0].isupper() != b[0].isupper() and not _sentence_initial(doc, first)
                and a.lower() not in function_words):
            return True  # `sein Leben leben`; not `Land: Für für`, a preposition after a colon
        if a[0].isupper() and len(a) > 1 and _sentence_initial(doc, first) and (
                b[0].isupper() or a.lower() not in function_words):
            return True  # `May May awake`, `Hip Hip Hooray`, `Will will`, `Wait wait!` (not `The the`)
        if (a == b and a[:1].isupper() and a.lower() not in function_words and a not in _words_alone(doc)
                and ((_rare(a, doc.language) and len(a) <= _NAME_LETTERS) or _doubled(doc)[a] > 1
                     or _after_preposition(doc, words, i))):
            # a name made of a doubled word (`Wagga Wagga`, `Chan Chan` twice, `de Pago Pago`): never
            # single in the article, and short; a long rare word is a compound noun (`Schulleitungen`)
            return True
        if a[:1].islower() and b[:1].isupper() and not nouns_capitalised and _opens_name(words, i + 1):
            return True  # `cross di Di Marzio`: a preposition, then a surname that opens with the same particle
        if doc.prose[first.start - 1:first.start] == "/":
            return True  # `Bienvenido/a a`
        if len(a) == 1:
            neighbours = [w.text for w in words[max(0, i - 1):i + 3]]
            return sum(len(w) == 1 for w in neighbours) >= 3  # `b a s i c a l l y`
        return False


_INFLECTING = {"it": ("o", "a", "i", "e"), "es": ("os", "as", "o", "a"), "pt": ("os", "as", "o", "a")}


def _emphatic(lower: str, emphatic: frozenset[str], language: str | None) -> bool:
    """A word repeated for emphasis: one the list names, or in a language whose adjectives agree,
    another form of it (`tante tante volte`, `poche poche`: the list holds `tanto`, `poco`)."""
    if lower in emphatic:
        return True
    endings = _INFLECTING.get(language or "")
    if not endings:
        return False
    stem = _stem(lower, endings)
    return stem is not None and stem in _stems(emphatic, endings)


@lru_cache(maxsize=64)
def _stems(emphatic: frozenset[str], endings: tuple[str, ...]) -> frozenset[str]:
    """The stems of a language's emphatic words, worked out once, not at every doubled word."""
    return frozenset(_stem(word, endings) for word in emphatic) - {None}


def _stem(word: str, endings: tuple[str, ...]) -> str | None:
    """The word without its gender and number ending (`pochi`, `poco` -> `poc`), None without one."""
    for ending in endings:
        if word.endswith(ending) and len(word) > len(ending) + 2:
            stem = word[: -len(ending)]
            return stem[:-1] if stem.endswith(("ch", "gh")) else stem
    return None


def _negates_verb(doc: Document, words: list[Token], i: int) -> bool:
    """`que a su juicio no no cubren`: a negation doubled inside a sentence, straight before the
    verb it negates, is a slip; the emphatic `No, no` stands at a reply's start or before a pause."""
    if i + 2 >= len(words) or not _last_text_before(doc.prose, words[i].start).isalpha():
        return False  # a reply's start, or after a quote, a dash or a comma
    first, second, verb = words[i], words[i + 1], words[i + 2]
    return (first.text.islower() and doc.prose[first.end:second.start] == " "
            and doc.prose[second.end:verb.start] == " " and lower_case_class(verb.text, doc.language) == VERB)


def _compared(doc: Document, words: list[Token], i: int, comparatives: frozenset[str]) -> bool:
    """`más caro traerlo en barco que que lo cultiven aquí`: the comparison's `que`, then the clause's, after a
    comparative a few words back in the sentence."""
    if not comparatives:
        return False
    for j in range(i - 1, max(-1, i - 1 - _COMPARISON_REACH), -1):
        if _SENTENCE_STOP.search(doc.prose, words[j].end, words[j + 1].start):
            return False
        if words[j].text.lower() in comparatives:
            return True
    return False


def _reduplicated_noun(doc: Document, words: list[Token], i: int, articles: frozenset[str],
                       function_words: frozenset[str]) -> bool:
    """A lower-case word doubled after its article, one space between, and never written single
    in the article, and not among the language's commonest words: a reduplicated term (`una
    doppia doppia`, `a pom pom`), not a slip, which doubles a function word, a verb (`ho aspettato
    aspettato`), a word written elsewhere, a very common one (`o dia dia`) or a long compound
    (`de woningcorporaties woningcorporaties`)."""
    first, second = words[i], words[i + 1]
    return (i > 0 and first.text == second.text and first.text[:1].islower()
            and first.text not in function_words and words[i - 1].text.lower() in articles
            and doc.text[first.end:second.start] == " " and first.text not in _words_alone(doc)
            and zipf(first.text, doc.language) < _REDUPLICATED_ZIPF and len(first.text) <= _NAME_LETTERS)


def _case_insensitive_doubles(texts: list[str]) -> list[int]:
    """Indexes of the words that the next word repeats, whatever the case, also after an elided
    article (`l'histoire histoire`, `dell'anno anno`)."""
    lower = {text: text.lower() for text in set(texts)}
    lowered_texts = list(map(lower.__getitem__, texts))
    return [i for i, (a, b) in enumerate(zip(lowered_texts, islice(lowered_texts, 1, None)))
            if a == b or (a.endswith(b) and texts[i + 1].islower() and len(b) > 2
                          and _ELIDED.fullmatch(a, 0, len(a) - len(b)))]


def _removal(doc: Document, first: Token, second: Token) -> Finding:
    """The finding with a fix that drops one copy and keeps the lines as they are wrapped:
    across a line break the first copy goes with the space before it (`detto il` / `il governo`
    becomes `detto` / `il governo`), or its whole line when it stands alone there."""
    values = {"word": second.text}
    between = doc.text[first.end:second.start]
    if "\n" not in between:
        return Finding(first.start, second.end, values=values, replacement=first.text)
    line_start = doc.text.rfind("\n", 0, first.start) + 1
    before = doc.text[line_start:first.start]
    if before.strip():
        start = line_start + len(before.rstrip(" \t\u00a0"))
        hard_break = doc.format != "text" and _HARD_BREAK.match(between)
        kept = between if hard_break else between.lstrip(" \t\u00a0")
        return Finding(start, second.end, values=values, replacement=kept + first.text)  # a hard break stays
    if first.text == second.text:
        return Finding(line_start, second.start - len(between) + between.index("\n") + 1, values=values, replacement="")
    return Finding(first.start, second.end, values=values, replacement=first.text)


def _words_alone(doc: Document) -> set[str]:
    """Words that occur at least once with neither neighbour the same word."""
    def collect(doc: Document) -> set[str]:
        words = doc.words.texts
        return {w for i, w in enumerate(words)
                if (i == 0 or words[i - 1] != w) and (i + 1 == len(words) or words[i + 1] != w)}
    return doc.memo("words_alone", collect)


def _doubled(doc: Document) -> Counter[str]:
    """How often the article writes each word twice in a row: a slip does not recur, a name does."""
    def count(doc: Document) -> Counter[str]:
        words = doc.words.texts
        return Counter(a for a, b in zip(words, islice(words, 1, None)) if a == b)
    return doc.memo("doubled-words", count)


def _after_preposition(doc: Document, words: list[Token], i: int) -> bool:
    """The doubled capital follows a preposition, where a place's name stands (`llegó a la
    estación de Pago Pago`); an institution doubled by a slip follows its article (`the Senate Senate`)."""
    return i > 0 and words[i - 1].text.lower() in lowered_words(doc, "place_prepositions")


def _rare(word: str, language: str | None) -> bool:
    """Too rare in the language to be doubled by a slip of a common word (names are)."""
    return has_lexicon(language) and zipf(word.lower(), language) < _NAME_ZIPF


def _opens_name(words: list[Token], i: int) -> bool:
    """The capitalised word is followed by another capitalised word: a name such as `Di Marzio`."""
    return i + 1 < len(words) and words[i + 1].text[:1].isupper() and len(words[i].text) <= _PARTICLE_LETTERS


def _adjacent(prose: str, first: Token, second: Token) -> bool:
    return bool(_BETWEEN.fullmatch(prose[first.end:second.start]))


def _sentence_initial(doc: Document, token: Token) -> bool:
    """Nothing but space before the word, or a sentence's stop."""
    before = _last_text_before(doc.prose, token.start)
    return not before or before in ".!?"


def _last_text_before(prose: str, offset: int) -> str:
    """The last character before `offset` that is not a space ('' at the start)."""
    while offset > 0 and prose[offset - 1].isspace():
        offset -= 1
    return prose[offset - 1] if offset else ""
