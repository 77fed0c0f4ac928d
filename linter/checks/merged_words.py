"""`merged-words`: two words run together where a hyperlink was.

Camel joins (`internazionaliMentre`, `GazaSi`) split at the inner capital; plain joins
(`guerraregistrando`) split where both halves are common words, unless the first half is a
prefix that opens many common words (`megasequía`, `overreliance`) or the token is a surname
after a first name. The word-frequency lexicon
decides, and the article itself: a token the lexicon knows (`YouTube`, `PlayStation`), or
that the article repeats (`proTejo`), is a word. In languages that build compounds (German,
Dutch) a plain join counts only when its second half cannot head a compound: a function word
or a verb form (`Schuldenbremsegelockert`, `starterswaardoor`). A camel join may also sit
after an elided article or at the end of a hyphenated name (`dall'assessoraGiulia`,
`Saint-EtienneLe`), glue a function word of two or three letters to a known word (`vanDe`, `ausDer`), a name to an
article the text writes in lower case (`WeinerDie`), a common word to a name (`confirmadoRenfe`), a
title to the name after it (`RegisseurinMarlene Voss`), or in a byline the last word of the
author's role to the lead's first word (`By Ana Lima, Property EditorRents rose`).
"""
from __future__ import annotations

import unicodedata
from collections import Counter

from ..compiled import COMMON, compile_cached
from ..document import Document, Token
from ..langdata import lowered_words
from ..lexicon import builds_words, completion_zipf, has_lexicon, known, zipf
from ..rule import Check, Finding
from ..timed_pattern import TimedPattern
from ..wordclasses import ADJECTIVE, ADVERB, NOUN, VERB, adjectival, finite_form, lower_case_class, named_class

TYPE_CHECKING = False  # typing's flag, without importing typing: a run never does (~3 ms)
if TYPE_CHECKING:
    from typing import Iterable

# a function-word join's sets: its openers, the articles, its enders, the words that need an object
_JoinSets = tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]

LOST_BREAK = "'{text}' looks like two sentences run together: '{left}' ends one, '{right}' starts the next"
_CAMEL = compile_cached(r"(?<=\p{Ll})(?=\p{Lu}(?:\p{Ll}|$))")
_CAPITALS_TAIL = compile_cached(r"(?<=\p{Ll})(?=\p{Lu}{4,}$)")  # `ReporterCHESTER`
_ACRONYM_TAIL = compile_cached(r"(\p{Ll}{4,})\p{Lu}{2,5}")  # `zoneAOP`
_LETTERS = compile_cached(r"\p{L}+")
_APOSTROPHE = compile_cached(r"['’]")
_INVISIBLE_MARKS = frozenset("\u00ad\u200b\u200c\u200d\u2060")  # a soft hyphen, zero-width marks
# A longer run of lower-case letters is no pair of words run together (and would cost
# quadratic time to split).
_MAX_PLAIN_LENGTH = 60
_SHORT_JOIN_TAIL = 4  # letters of a common word an article or numeral was run into
_ARTICLE_COMPOUND_LETTERS = 10  # a compound after an article this long may be read by its parts (`zwemvereniging`)
_PREFIX_LETTERS = 5  # prefixes are short (`über`, `sobre`); longer openers are stems (`pensioni…`)
_TYPO_ZIPF = 3.5  # a token the lexicon knows this rarely may be a frequent typo (`opde`)
# A lower-case token the lexicon knows only this rarely, an article and a common noun or adjective
# (`lamaison`, `laisla`): web text's own join, not a word.
_RARE_JOIN_ZIPF, _RARE_JOIN_TAIL_ZIPF = 2.0, 4.0
# A preposition run into a word is a prefixed word when the language has words that open with
# both and go on (`com|participa`: `comparticipação`; `aan|lopende`: `aanlopen`), this common.
_PREFIXED_FAMILY_ZIPF = 2.5
_FAMILY_STEM = 4  # letters of the second half that the word family shares
# A lower-case token the word list knows less than this, a function word at least this common
# and a word at least this common (a noun of this many letters after an article this common):
# two words run together (`sincethe`, `paramais`).
_JOIN_TOKEN_ZIPF, _JOIN_GLUE_ZIPF, _JOIN_WORD_ZIPF, _JOIN_NOUN_ZIPF = 1.0, 4.5, 3.5, 2.5
_JOIN_MIN_LETTERS, _JOIN_OTHER_LETTERS, _JOIN_LONG_NOUN = 5, 3, 6
# Two very common function words run together, a join web text writes so often that the word list
# took it in, yet rarely (`onthe`, `conla`, `surla`): each half this common, the token this rare.
_PAIR_GLUE_ZIPF, _PAIR_TOKEN_ZIPF = 5.5, 2.5
_POSSESSIVE = compile_cached(r"(\p{Ll}+)(['’]s)")  # `thecity's`: the join before an English possessive
_CLOSED_CLASS_ZIPF = 6.0  # only articles, pronouns and conjunctions are this common
_GLUE_ZIPF = 6.5  # a short word this common (`the`, `for`, `der`) never opens a brand before a name
_LONG_GLUE_ZIPF = 6.0  # nor a function word or article of four letters or more this common (`with`, `dalla`)
# A capitalised word of the article's language this common opens a sentence (`Secondo`,
# `Volgens`); a less common one (a noun of a brand, `BancoPosta`) only when the article writes it
# in lower case elsewhere. A brand's second half is often English (`RaiPlay`, `FrenchTech`): a
# word that opens a sentence after a lost break is the article's language's, and far more common
# there than in English.
_OPENER_ZIPF, _OPENER_LEAD = 5.5, 2.0
_LOWER_OPENER_ZIPF, _NATIVE_LEAD = 4.5, 1.5
_VERB_OPENER_ZIPF = 4.0
_NAME = compile_cached(r"\p{Lu}\p{Ll}{2,}")
# A road's number (a letter or three and digits: `A14`, `M25`, `A-3`), then a lower-case word.
_ROAD_JOIN = compile_cached(r"((?:\p{L}+['’])?\p{Lu}{1,3}-?\d{1,4})(\p{Ll}{3,})")  # maybe elided: `l'A7près`
_ROAD_TAIL_ZIPF = 5.0
# A number, then a word of four letters or more (`2024climate`, `1.200millones`, `41,20Kronen`).
_NUMBER_JOIN = compile_cached(r"(\d+)(\p{L}{4,})")
_LONG_NOUN = 8  # a word this long after a number may be rarer (`230Parzellen`): brands are short
_NUMERAL_FAMILY = 2  # numerals that build a word with what follows a number, for it to be a suffix
# A number, then an article or a word that needs one of two or three letters (`21de`, `9van`).
_NUMBER_GLUE = compile_cached(r"(\d+)(\p{Ll}{2,3})")
# A function word, then a number (`in2028`, `de12`, `Em2025`): the space before the number was lost.
_WORD_NUMBER = compile_cached(r"(\p{L}{2,6})(\d[\d.,]*)")
# An article or preposition, then a road's code (`theA60`, `laA-62`).
_ARTICLE_ROAD = compile_cached(r"(\p{Ll}{1,4})(\p{Lu}{1,3}-?\d{1,4})")
# A common word in lower case, then a number of two digits or more (`número14`; not `web3`).
_COMMON_WORD_NUMBER = compile_cached(r"(\p{Ll}{4,12})(\d{2,}(?:[.,]\d+)*)")
# A closed-class word in lower case (a preposition, an adverb of degree), then a number of two digits
# or more (`across14`, `circa140`, `ab2027`; not `co2`, `web3`).
_CLOSED_WORD_NUMBER = compile_cached(r"(\p{Ll}{2,8})(\d{2,}(?:[.,]\d+)*)")
_CLOSED_WORD_ZIPF = 5.0
# A common word in lower case run into a hyphenated name (`collègeJean-Moulin`).
_HYPHENATED_NAME_JOIN = compile_cached(r"(\p{Ll}{5,})(\p{Lu}\p{Ll}+-\p{Lu}[\p{Ll}-]*)")
# A function word in lower case, then a hyphenated name or an acronym (`deSaint-Barthélemy`, `etSNCF`).
_FUNCTION_NAME_JOIN = compile_cached(r"(\p{Ll}{2,5})(\p{Lu}\p{Ll}+-\p{Lu}[\p{L}'’-]*|\p{Lu}{2,5})")
_ELISION_OR_HYPHEN = compile_cached(r".*[-'’]")
# Word classes that never head a German or Dutch compound: a finite verb or an adverb after a
# compound is the next word (`binnenvaart|belemmert`, `Landes|liegt`), but after a lower-case
# particle that opens many words part of a verb (`hinaus|denkt`).
_NO_COMPOUND_HEADS = frozenset({VERB, ADVERB})
_COMPOUND_LETTERS = 10  # a name with its article is short (`derStandard`); `dieStadtverwaltung` is a compound noun
_NAME_VERB_TAIL = 6  # a verb this long after a name is the next word, not the name's ending
_VERB_TAIL = 5  # a verb or adverb this long after a compound the lexicon lacks is the next word
# Languages that write a numeral into a compound (`zeventigplussers`, `Dreijahresplan`); the others
# write it apart from a noun (`four games`, `cinq minutes`).
_NUMERAL_COMPOUNDS = frozenset({"de", "nl"})
# Languages where `à` is a word of its own and ends none (Italian's `città` does).
_GRAVE_A_WORD = frozenset({"pt", "fr"})
# A word run into an elided function word (`volontaridell'`): the head's letters before the
# apostrophe, the word's least letters and the elided word's most (`dell`).
_ELIDED_JOIN_LETTERS, _ELIDED_JOIN_LEFT, _ELIDED_LETTERS = 5, 4, 4
# A title run into a first name before a surname (`InspectorRuth Adeyemi`): the title this common, the
# first name known this often (here or in English) and this long, the surname rarer than this (here and in English).
_TITLE_ZIPF, _FIRST_NAME_ZIPF, _SURNAME_ZIPF, _FIRST_NAME_LETTERS = 2.5, 3.0, 3.5, 4
# German and Dutch inflection endings of adjectives (`nieuw|e`, `groß|en`), and the letters of a
# separable verb's particle that closes a clause (`hervor`, `zusammen`; not `aus`, `ein`).
_ADJECTIVE_ENDINGS, _PARTICLE_TAIL = ("e", "en", "er", "es", "em"), 5
# A separable verb's particle run into a verb form (`herüber|geholt`, `an|wechseln`, `auflaufend|em`,
# `om|varen`): the least letters of the verb form, and the endings that build a finite form on an
# infinitive's stem (`wechsel|t`, `hol|te`, Dutch `vaar`, `vaar|de`).
_PARTICLE_VERB_LETTERS, _STEM_ENDINGS = 4, ("", "t", "te", "de")
_VOWELS = frozenset("aeiouäöüy")
_NOUN_TITLE_LETTERS = 6  # a capitalised noun as a title (German) is this long: brands open short
_NATIVE_TITLE_LETTERS = 6  # a lower-case word of the language this long before a person's name is a title, no brand's opener
# A surname run into the next word (`Kellermann|hatte`): the surname's least letters, how common it may be at
# most (a common word opens a place's name: `Alten|warf`), the glued function word's and verb's least
# letters and the verb's least Zipf.
_SURNAME_LETTERS, _SURNAME_COMMON_ZIPF = 4, 5.0
_SURNAME_GLUE_LETTERS, _SURNAME_VERB_LETTERS, _SURNAME_VERB_ZIPF = 3, 4, 3.5
# the least letters of a surname before a verb, and of a function word after a surname the article names alone
_SURNAME_VERB_NAME, _SHORT_SURNAME_GLUE = 5, 2
_SHORT_SURNAME_ZIPF = 2.0  # a surname of four letters is known at least this often (`Wenz`; not `aasl`)
_BYLINE_REACH = 8  # a byline's name and role take at most this many words
_LEAD_WORDS = 5  # a lead run into the byline goes on for at least this many words on its line


class MergedWordsCheck(Check):
    name = "merged-words"
    DATA = frozenset({"participle_prefix", "verb_forms", "articles", "prefix_articles", "verb_particles",
                      "particle_infix", "product_nouns"})
    OPTIONS = {"min_part_zipf": 3.0, "min_left": 4, "min_plain_length": 7}

    def __init__(self, spec, options=None):
        super().__init__(spec, options)
        self._verb_form_patterns: dict[str | None, TimedPattern] = {}
        self._join_sets: dict[str | None, tuple[dict, _JoinSets]] = {}
        self._particle_sets: dict[str | None, tuple[frozenset[str], frozenset[str]]] = {}

    def find(self, doc: Document) -> Iterable[Finding]:
        if not has_lexicon(doc.language):
            return
        words = doc.words
        counts = Counter(words.texts)
        shortest_plain = self.options["min_plain_length"]
        for index, word in enumerate(words.texts):
            if _after_symbol(doc, index):
                continue  # `dÃ©noncent`, `l'Ã©quilibre`: the rest of a word mojibake broke, mojibake's finding
            if doc.text[words.ends[index]:words.ends[index] + 1] in _INVISIBLE_MARKS:
                continue  # `Notunter\u00adkünfte`: the start of a longer word a soft hyphen split, layout-damage's
            if not word.isalpha():  # a word of letters holds no digit, so no number joins it
                road = _ROAD_JOIN.fullmatch(word)
                if road and self._common_tail(road.group(2), doc):
                    token = words[index]  # `A14tra Rimini`: a road's number, then the next word
                    yield _split_finding(token, road.group(1), road.group(2))
                    continue
                glued = _ARTICLE_ROAD.fullmatch(word) or _WORD_NUMBER.fullmatch(word)
                if glued and counts[word] == 1 and self._function_word(glued.group(1), doc):
                    token = words[index]  # `in2028`, `de12`, `theA60`: a function word, then a number or a road
                    yield _split_finding(token, glued.group(1), glued.group(2))
                    continue
                glued = _COMMON_WORD_NUMBER.fullmatch(word) or _CLOSED_WORD_NUMBER.fullmatch(word)
                if (glued and counts[word] == 1 and _in_running_text(doc, index)
                        and (self._common_lower(glued.group(1), doc) or _closed_class(glued.group(1), doc))):
                    token = words[index]  # `número14`: a word the language writes in lower case, then a number
                    yield _split_finding(token, glued.group(1), glued.group(2))
                    continue
                number = _NUMBER_JOIN.fullmatch(word)
                if number and counts[word] == 1 and self._word_after_number(number.group(2), doc):
                    token = words[index]
                    yield _split_finding(token, number.group(1), number.group(2))
                    continue
                glued = _NUMBER_GLUE.fullmatch(word)
                if (glued and counts[word] == 1 and _in_running_text(doc, index)
                        and self._glue_after_number(glued.group(2), doc)):
                    yield _split_finding(words[index], glued.group(1), glued.group(2))  # `21de outubro`
                    continue
            possessive = _POSSESSIVE.fullmatch(word) if doc.language == "en" else None
            if possessive and counts[word] == 1 and _stands_alone(doc, index):
                base = possessive.group(1)  # `thegovernor's`: the article's join, then the possessive
                cut = self._short_word_glued(base, doc) if not self._word(base, doc) else None
                if cut and base[:cut] in self._articles(doc):
                    token = words[index]
                    yield _split_finding(token, base[:cut], word[cut:], safe=False)
                    continue
            if len(word) < shortest_plain and word[1:].islower():
                cut = (self._short_word_glued(word.lower(), doc)
                       if counts[word] == 1 and word.isalpha() and not self._word(word, doc)
                       and _stands_alone(doc, index) else None)
                if cut and word[:cut].lower() in self._articles(doc):  # `laisla`: an article run into a short noun
                    token = words[index]
                    yield _split_finding(token, word[:cut], word[cut:], safe=False)
                elif (word.islower() and counts[word] == 1 and _stands_alone(doc, index)
                      and (cut := self._function_word_join(word, doc, index))):
                    yield _split_finding(words[index], word[:cut], word[cut:], safe=False)  # `onovo`, `vande`
                continue  # no inner capital, and too short to be two words run together
            glued = _FUNCTION_NAME_JOIN.fullmatch(word)
            if glued and counts[word] == 1 and self._function_word_before_name(glued.group(1), glued.group(2), doc, counts):
                token = words[index]  # `etSNCF`, `deSaint-Barthélemy`: a function word, then a name
                yield _split_finding(token, glued.group(1), glued.group(2))
                continue
            hyphenated = _HYPHENATED_NAME_JOIN.fullmatch(word)
            if hyphenated and counts[word] == 1 and self._common_lower(hyphenated.group(1), doc):
                token = words[index]  # `collègeJean-Moulin`: a common word, then a hyphenated name
                yield _split_finding(token, hyphenated.group(1), hyphenated.group(2))
                continue
            if counts[word] > 1 or _tag_or_code(doc, index):
                continue
            head, word = _last_part(word)  # `dall'|assessoraGiulia`, `Saint-|EtienneLe`
            cut = self._elided_join(head, doc) if word[:1].isalpha() else None
            if cut:  # `volontaridell'associazione`, `Secondol'ultimo`: a word run into an elided article
                yield _split_finding(words[index], head[:cut], head[cut:] + word, safe=False)
                continue
            if not _LETTERS.fullmatch(word) or (head and counts[word]):
                continue
            if self._word(word, doc) and not (_glued_function_word(word, doc)
                                               and zipf(word.lower(), doc.language) < _TYPO_ZIPF) \
                    and not _only_english_knows_camel(word, doc):
                continue  # a word; but `opde`, a frequent typo, is still `op De` run together
            token = words[index]
            camel = _CAMEL.search(word)
            if camel and _product_name(doc, index) and not _join_shaped(word, camel.start(), doc):
                continue  # `the app iTide`, `la aplicación RutaClara`: a product is named so on purpose
            if camel and word[0].isupper() and not head and _closes_phrase(doc, index):
                continue  # `l'app DonaOra, lanciata`, `at PawsFirst, which`: a name; a lost break's sentence goes on
            if camel:
                cut = camel.start()
                if not self._camel_join(word, cut, doc, index):
                    last = _last_camel(word)  # `MesOpinionsElle`: a name in camel case, then a sentence's first word
                    cut = last if last != cut and self._camel_join(word, last, doc, index) else None
                if cut is not None:
                    yield _split_finding(token, head + word[:cut], word[cut:],
                                         lost_break=self._sentence_break(word[cut:], doc))
            elif (acronym := _ACRONYM_TAIL.fullmatch(word)) and self._acronym_glued(acronym.group(1), doc):
                cut = acronym.end(1)  # `zoneAOP`, `l'opérateurTCL`: a common word, then an acronym
                yield _split_finding(token, head + word[:cut], word[cut:])
            elif _CAPITALS_TAIL.search(word) and self._dateline_glued(word, doc):
                cut = _CAPITALS_TAIL.search(word).start()
                yield _split_finding(token, head + word[:cut], word[cut:], lost_break=True)
            elif not head and word[1:].islower() and _in_name(doc, index) and (cut := self._surname_join(word, doc)):
                yield _split_finding(token, word[:cut], word[cut:], safe=False)  # `Stefan Kellermannhatte`: a surname, then a verb
            elif (not head or (head[-1] in "'’" and word.islower())) and word[1:].islower() and (
                    not _in_name(doc, index) or self._closed_tail(word, doc)) and not self._particle_verb(word.lower(), doc):
                cut = self._plain_split(word, doc)  # also after an elided article: `l'energiapubblicato`
                if not cut and not head and word.islower() and _in_running_text(doc, index):
                    cut = self._function_word_join(word, doc, index)  # `sincethe`, `paramais`, `voorregionale`
                if cut:
                    yield _split_finding(token, head + word[:cut], word[cut:], safe=False)

    def _common_tail(self, tail: str, doc: Document) -> bool:
        """A word glued to a road's number is a function word, a very common word (`tra`, `near`)
        or a long common noun (`motorway`); a model's suffix is short or rarer (`A320neo`, `S7plus`)."""
        return (tail in lowered_words(doc, "function_words") or zipf(tail, doc.language) >= _ROAD_TAIL_ZIPF
                or (len(tail) >= _JOIN_LONG_NOUN and lower_case_class(tail, doc.language) == NOUN
                    and zipf(tail, doc.language) >= self.options["min_part_zipf"]))

    def _word_after_number(self, word: str, doc: Document) -> bool:
        """A common word in lower case (or a noun, where nouns take a capital) glued to a number
        lost its space (`2024climate`, `41,20Kronen`), unless the language builds words from
        numerals with it (`30mila`: `tremila`; `3fach`: `dreifach`); a long word may be rarer."""
        lower = word.lower()
        if not (word.islower() or doc.lang_data.get("capitalised_nouns")):
            return False  # `247Sports`, `1Next`: a brand, or a list's number before a headline
        floor = self.options["min_part_zipf"] + (0.0 if len(word) >= _LONG_NOUN else 0.5)  # brands are short: `3Sat`
        return zipf(lower, doc.language) >= floor and not _numerals_build(lower, doc)

    def _glue_after_number(self, tail: str, doc: Document) -> bool:
        """An article or a word that needs one after it, of two or three letters, glued to a number
        (`21de`, `9van`, `4the`): unless the language builds ordinals or words from numerals with it
        (Dutch `2de`: `tweede`, German `3er`: `dreier`)."""
        return ((tail in lowered_words(doc, "dangling_words") or tail in self._articles(doc))
                and not _numerals_build(tail, doc))

    def _function_word(self, word: str, doc: Document) -> bool:
        """A function word or an article of the language, in lower case or opening a sentence."""
        lower = word.lower()
        if not (word.islower() or word[1:].islower()):
            return False  # `COVID19`, `ProRail2`: an acronym or a brand
        return lower in lowered_words(doc, "function_words") | lowered_words(doc, "dangling_words") | self._articles(doc)

    def _articles(self, doc: Document) -> frozenset[str]:
        return frozenset(w.lower() for w in self.spec.language_data("articles", doc.language) or ())

    def _common_lower(self, word: str, doc: Document) -> bool:
        """A common word the language writes only in lower case (`collège`, not a name's part)."""
        return (lower_case_class(word, doc.language) is not None
                and zipf(word, doc.language) >= self.options["min_part_zipf"] + 0.5)

    def _known(self, word: str, doc: Document) -> bool:
        return known(word.lower(), doc.language)

    def _word(self, word: str, doc: Document) -> bool:
        """The lexicon knows the token, and it is no join of an article and a common noun or
        adjective that web text writes so often the lexicon took it in (`lamaison`, `laisla`,
        `thecity`): such a token is rarer by far than its second half, and the language writes
        neither it nor the half in capitals. A one-letter article opens real words (`acorre`),
        and an article that is also a prefix opens them too (`eenrichting`, `desinformiert`,
        French `desaccord` written without its accent: `prefix_articles`)."""
        if not self._known(word, doc):
            return False
        lower, language = word.lower(), doc.language
        if (word != lower or lower_case_class(lower, language) is not None
                or zipf(lower, language) >= _RARE_JOIN_ZIPF):
            return True
        prefixes = self.spec.language_data("prefix_articles", language) or ()
        for article in sorted(self._articles(doc), key=len, reverse=True):
            tail = lower[len(article):]
            if lower.startswith(article) and len(tail) >= _SHORT_JOIN_TAIL:
                return (len(article) < 2 or article in prefixes or zipf(tail, language) < _RARE_JOIN_TAIL_ZIPF
                        or lower_case_class(tail, language) not in (NOUN, ADJECTIVE))
        return True

    @staticmethod
    def _sentence_break(right: str, doc: Document) -> bool:
        """The capital marks a lost sentence start (`internazionaliMentre`, `startenWährend`): a
        word the language writes in lower case mid-sentence. A space alone would leave
        `starten Während`, still wrong and no longer reported, so no fix is offered."""
        lower = right.lower()
        return lower in lowered_words(doc, "function_words") or lower in doc.lowercase_words

    def _camel_join(self, word: str, cut: int, doc: Document, index: int) -> bool:
        left, right = word[:cut], word[cut:]
        function_words = lowered_words(doc, "function_words")
        if (len(left) >= self.options["min_left"] and right.lower() in lowered_words(doc, "role_nouns")
                and _name_follows(doc, index)):
            return True  # `HogelandBurgemeester Jaap Borkent`: a title and its name open the next sentence
        if self._name_written_alone(left, right, doc):
            return True  # `withKettlewick`, `dorpMeedhorst`, `byEnerSave`: the article names it on its own elsewhere
        if _CAMEL.search(right):
            # `socialTikTok`: a common word, then a camel-case name the word list knows
            return known(right.lower(), doc.language) and self._common_opener(left, doc)
        if len(right) < 2 and right.lower() not in function_words:
            return False
        if left.lower() in lowered_words(doc, "role_nouns") and _NAME.fullmatch(right):
            return True  # `RegisseurinMarlene Voss`: a title, then the name that followed it
        if self._title_before_name(left, right, doc, index):
            return True  # `InspectorRuth Adeyemi`, `UrbanismoAndrés Pallarés`: a title or office, then a person
        if _native_word_before_name(left, right, doc, index):
            return True  # `micólogoRamón Ibarra`, `numismataRui Esteves`: a rarer title or demonym, then a person
        if _in_byline_line(doc, index) and zipf(right.lower(), doc.language) >= self.options["min_part_zipf"] and (
                zipf(left.lower(), doc.language) >= self.options["min_part_zipf"] or right.lower() in function_words):
            return True  # `By Ana Lima, Property EditorRents rose`, `Von Eva KrollDie`: the byline ran into the lead
        floor = self.options["min_part_zipf"]
        # a longer function word or article before a name (`with`, `dalla`) may be a little less common
        glue_words = lowered_words(doc, "function_words") | self._articles(doc)
        glue_floor = _GLUE_ZIPF if len(left) <= 3 else _LONG_GLUE_ZIPF
        if (left.islower() and (len(left) <= 3 or left in glue_words) and zipf(left, doc.language) >= glue_floor
                and len(right) >= 4 and _NAME.fullmatch(right) and not doc.lang_data.get("capitalised_nouns")):
            # `theLondon`, `forAmberley`, `dallaRadiotelevisione`: an article or preposition, then a
            # name; German names papers and brands so (`derStandard`, `dieBasis`)
            return True
        if len(left) < 3:
            # `deNederlandse`, `vanDe`: a function word glued to the next word, which the lexicon
            # knows (brands write a letter or a pronoun there: `eBay`, `iPhone`, `myTaxi`)
            return _glued_function_word(word, doc) and zipf(right.lower(), doc.language) >= floor
        nouns_capitalised = bool(doc.lang_data.get("capitalised_nouns"))
        # where every noun takes a capital, any very common function word glued to one is a join
        # (`einLöschflugzeug`, `ausOsteuropa`): brands open with a definite article (`derStandard`)
        closed = nouns_capitalised and left in function_words and zipf(left, doc.language) >= _CLOSED_CLASS_ZIPF
        if (len(left) == 3 and (closed or left in self._articles(doc) | lowered_words(doc, "dangling_words"))
                and _NAME.fullmatch(right) and (zipf(right.lower(), doc.language) >= floor
                                                or (nouns_capitalised and len(right) >= 8))
                and not (nouns_capitalised and left in self._articles(doc)
                         and not _after_preposition(doc, index) and len(right) < _COMPOUND_LETTERS)):
            # `vomUmweltbundesamt`, `lesVignerons`, `für dieFahrgäste`: an article or preposition glued
            # to its noun; German names papers and brands with their article (`liest derStandard`),
            # but never after a preposition that governs another case, nor with a long compound
            # (`rechnet dieStadtverwaltung`)
            return True
        if right.lower() in function_words and (len(right) > 1 or zipf(left.lower(), doc.language) >= floor):
            return True  # `discountersWhile`, `UhrSo`: a capitalised function word never ends a name
        if len(right) > 1 and right.lower() in doc.lowercase_words and zipf(right.lower(), doc.language) >= _CLOSED_CLASS_ZIPF:
            return True  # `WeinerDie`: an article or pronoun the article writes in lower case elsewhere
        if len(left) >= 3 and _native_opener(right, doc):
            return True  # `DeportivoSecondo`, `InstagramEscreveu`: a name, then the next sentence's first word
        if _NAME.fullmatch(right) and self._common_opener(left, doc):
            # `confirmadoRenfe`, `vervoerderNoordtrein`: a common word (or a word the language writes
            # only in lower case), then a name; brands start with a short word
            return True
        if len(left) < self.options["min_left"] or zipf(left.lower(), doc.language) < floor - 0.5 \
                or zipf(right.lower(), doc.language) < floor:
            return False
        # `RideFlex`, a brand: two capitalised words; a join at a link ends in a function word
        # or, in German where every noun is capitalised, in a word the article writes in lower
        # case elsewhere (`SprintDabei`; English `SmartThermostat` is a product name).
        return (left[0].islower() or right.lower() in lowered_words(doc, "function_words")
                or (nouns_capitalised and right.lower() in doc.lowercase_words))

    def _common_opener(self, left: str, doc: Document) -> bool:
        """A common word in lower case longer than a prefix (or one the language writes only in lower
        case) before a name (`confirmado|Renfe`, `social|TikTok`): brands open with a short word or a
        letter (`infoRégions`, `eBay`)."""
        floor, own = self.options["min_part_zipf"], zipf(left, doc.language)
        return (left.islower() and len(left) > _PREFIX_LETTERS
                and (own >= floor + 1 or (own >= floor and lower_case_class(left, doc.language) is not None)))

    def _name_written_alone(self, left: str, right: str, doc: Document) -> bool:
        """A word of the language in lower case (a function word, or a common word of four letters
        or more) run into a name that the article also writes on its own (`withKettlewick` beside
        `Kettlewick`, `derBergwacht` beside `der Bergwacht`): a brand's lower-case opener is a
        letter or a short English word (`iPhone`, `eBay`, `myTaxi`), and its second half is not
        a name the article writes alone."""
        if not (left.isalpha() and left.islower() and len(left) >= 2 and right[:1].isupper()
                and len(right) >= 3 and right[1:2].islower()):
            return False
        lower_right = right.lower()
        if right not in doc.memo("standalone_words", _standalone_words) or lower_right in doc.lowercase_words:
            return False  # a word the article writes in lower case elsewhere opens a sentence (`Stem Nu`)
        return (left in lowered_words(doc, "function_words") or left in self._articles(doc)
                or (len(left) >= self.options["min_left"] and zipf(left, doc.language) >= self.options["min_part_zipf"]))

    def _function_word_before_name(self, left: str, right: str, doc: Document, counts: Counter) -> bool:
        """A very common function word in lower case run into a hyphenated name (`deSaint-Barthélemy`,
        `inEmilia-Romagna`) or into an acronym that the article writes on its own elsewhere (`etSNCF`,
        `vonSPD`): a brand opens with a letter or a short word of English (`eBay`, `myTV`) and is
        written so every time."""
        if left not in lowered_words(doc, "function_words") or zipf(left, doc.language) < _CLOSED_WORD_ZIPF:
            return False
        return not right.isupper() or counts[right] > 0

    def _elided_join(self, head: str, doc: Document) -> int | None:
        """Where a common word ends in a head that closes on an elided function word (`volontari|dell'`,
        `Secondo|l'`, `concours|d'`): the function word lost its vowel before the next word (`della`,
        `la`, `de`) and its space before itself. The head must be no elided word of the language
        (`quell'`, `sant'`, `jusqu'`, `aujourd'`: the lexicon knows them), and a capitalised word
        before the cut one the language writes in lower case or a function word (`Castel|l'…` is a
        place)."""
        stem, language = head[:-1], doc.language
        if (len(stem) < _ELIDED_JOIN_LETTERS or head[-1:] not in "'’" or not stem.isalpha()
                or known(stem.lower(), language)):
            return None
        closed = lowered_words(doc, "function_words") | self._articles(doc)
        floor = self.options["min_part_zipf"] + 0.5
        for cut in range(len(stem) - 1, len(stem) - _ELIDED_LETTERS - 1, -1):
            left, elided = stem[:cut].lower(), stem[cut:].lower()
            if len(left) < _ELIDED_JOIN_LEFT or not any(elided + vowel in closed for vowel in "aeio"):
                continue
            if zipf(left, language) >= floor and (
                    stem[0].islower() or left in closed or left in lowered_words(doc, "dangling_words")
                    or lower_case_class(left, language) is not None):
                return cut
        return None

    def _title_before_name(self, left: str, right: str, doc: Document, index: int) -> bool:
        """A word the language writes in lower case (a title, an office, a demonym: `Inspector`,
        `Urbanismo`, `Suissesse`) run into a first name the word list knows, a surname after it one
        space away (`InspectorRuth Adeyemi`): a brand's second half is a common word (`SoftBank`,
        `JetBlue`) or a short ending (`TurboMax`), not a name, and what follows a brand is a word of
        the language or of English (`Racing`), no rare surname."""
        language, function_words = doc.language, lowered_words(doc, "function_words")
        if not (len(left) >= self.options["min_left"] and len(right) >= _FIRST_NAME_LETTERS
                and _NAME.fullmatch(right) and _name_follows(doc, index)):
            return False
        lower, name = left.lower(), right.lower()
        surname = doc.words[index + 1].text.lower()
        return (self._title_word(lower, doc)
                and name not in function_words and lower_case_class(name, language) is None
                and max(zipf(name, language), zipf(name, "en")) >= _FIRST_NAME_ZIPF
                and surname not in function_words and lower_case_class(surname, language) is None
                and max(zipf(surname, language), zipf(surname, "en")) < _SURNAME_ZIPF)

    def _title_word(self, lower: str, doc: Document) -> bool:
        """A title or office (`inspector`, `urbanismo`): a word the language writes in lower case, or
        in German, which capitalises its nouns, a long word far more common there than in English
        (which brands borrow: `Pfarrerin`); or a compound the word list lacks that ends in such a
        word after a common one (`festival|directeur`, `Fest|komitees`, `Hafen|chefin`)."""
        language = doc.language

        def title(word: str) -> bool:
            native_noun = (doc.lang_data.get("capitalised_nouns") and len(word) >= _NOUN_TITLE_LETTERS
                           and zipf(word, language) - zipf(word, "en") >= _NATIVE_LEAD)
            return (lower_case_class(word, language) is not None or native_noun) and zipf(word, language) >= _TITLE_ZIPF

        if title(lower):
            return True
        floor = self.options["min_part_zipf"]
        return zipf(lower, language) < _TITLE_ZIPF and any(
            zipf(lower[:cut], language) >= floor and title(lower[cut:])
            for cut in range(self.options["min_left"], len(lower) - _NOUN_TITLE_LETTERS + 1))

    @staticmethod
    def _closed_tail(word: str, doc: Document) -> bool:
        """A name's part that ends in a verb or an adverb of four letters or more the language writes
        only in lower case (`Universiteit Antwerpen|waaruit`): no surname ends so."""
        lower = word.lower()
        return any(lower_case_class(lower[cut:], doc.language) in _NO_COMPOUND_HEADS
                   and zipf(lower[:cut], doc.language) >= 3.0 for cut in range(4, len(lower) - 3))

    def _surname_join(self, word: str, doc: Document) -> int | None:
        """Where a name's last word that no word list knows splits into a name the language's word
        list knows (rarer than its common words) and a function word of three letters or more, or a
        verb of four or more after a name of five letters or more (`Kellermann|hatte`, `Wenz|und`,
        `Brunetti|con`, `Krishnan|said`, `Ferreira|venceu`): the word after the surname lost its
        space. A name of four letters is known at least at Zipf 2 and is no word the language writes
        in lower case (not `Aasl|and`, `Ache|among`). A function word of two letters counts after a
        surname the article writes alone elsewhere (`Valsecchi|ha` beside `Valsecchi`). Surnames end
        in a short function word or an inflection ending (`Ferrand|ou`, `Pfanzelt|er`) and place
        names in a common word (`Alten|warf`), never in a longer word the text needs there. The
        longest such tail wins."""
        lower, language = word.lower(), doc.language
        if known(lower, language) or known(lower, "en"):
            return None
        glue = self._join_classes(doc)[0]  # function words, articles, prepositions; no inflection ending
        standalone = doc.memo("standalone_words", _standalone_words)
        for cut in range(_SURNAME_LETTERS, len(lower) - _SHORT_SURNAME_GLUE + 1):
            left, tail = lower[:cut], lower[cut:]
            if not (_SHORT_SURNAME_ZIPF if cut < _SURNAME_VERB_NAME else 0) < zipf(left, language) < _SURNAME_COMMON_ZIPF:
                continue  # a start of four letters known as rarely as web noise is no surname (`Aasl|and`)
            if cut < _SURNAME_VERB_NAME and lower_case_class(left, language) is not None:
                continue  # nor one the language writes in lower case, a word's start (`Ache|among`)
            if len(tail) < _SURNAME_GLUE_LETTERS and word[:cut] not in standalone:
                continue  # `Ferrand|ou`: a short tail only after a surname the article names alone
            if tail in glue or (cut >= _SURNAME_VERB_NAME and len(tail) >= _SURNAME_VERB_LETTERS
                                and lower_case_class(tail, language) == VERB and zipf(tail, language) >= _SURNAME_VERB_ZIPF):
                return cut
        return None

    def _acronym_glued(self, left: str, doc: Document) -> bool:
        """A common word the language writes only in lower case, then an acronym (`zoneAOP`); not in
        English, whose product names write so (`watchOS`)."""
        return (doc.language != "en" and lower_case_class(left, doc.language) is not None
                and zipf(left, doc.language) >= self.options["min_part_zipf"] + 0.5)

    def _dateline_glued(self, word: str, doc: Document) -> bool:
        """A word, then a place in capitals (`ReporterCHESTER`): the byline ran into the dateline."""
        left = word[:_CAPITALS_TAIL.search(word).start()]
        return len(left) >= self.options["min_left"] and zipf(left.lower(), doc.language) >= self.options["min_part_zipf"]

    def _particles(self, language: str | None) -> tuple[frozenset[str], frozenset[str]]:
        """The language's separable verb particles, and those that close a clause: a long particle
        ends no compound (`Monitoringbericht|hervor`), unless it is another word's inflected form
        (`weiter`: `weit`, which ends adjectives, `konzernweiter`). Worked out once per language."""
        if language not in self._particle_sets:
            particles = frozenset(self.spec.language_data("verb_particles", language) or ())
            closing = frozenset(p for p in particles if len(p) >= _PARTICLE_TAIL
                                and not any(p.endswith(e) and lower_case_class(p[:-len(e)], language) == ADJECTIVE
                                            for e in _ADJECTIVE_ENDINGS))
            self._particle_sets[language] = (particles, closing)
        return self._particle_sets[language]

    def _particle_verb(self, lower: str, doc: Document) -> bool:
        """A separable verb's particle, maybe its infinitive's `zu`, then a verb form: German and Dutch
        write them as one word (`herüber|geholt`, `an|zu|wechseln`, `auf|laufendem`, `om|varen`,
        `over|trekkende`), never as two, since a particle before its verb closes no clause."""
        language = doc.language
        infix = self.spec.language_data("particle_infix", language) or ""
        for particle in self._particles(language)[0]:
            rest = lower[len(particle):]
            if infix and rest.startswith(infix):
                rest = rest[len(infix):]
            if lower.startswith(particle) and len(rest) >= _PARTICLE_VERB_LETTERS and _verb_reading(rest, language):
                return True
        return False

    def _verb_forms(self, language: str | None) -> TimedPattern:
        if language not in self._verb_form_patterns:
            self._verb_form_patterns[language] = self.timed(compile_cached(
                self.spec.language_data("verb_forms", language) or r"(?!x)x", 0, language or COMMON))
        return self._verb_form_patterns[language]

    def _verb_form(self, right: str, verb_form: TimedPattern, language: str | None) -> bool:
        """A participle or infinitive; `ge…t` must rest on a verb form (`gelockert`: `lockert`)."""
        prefix = self.spec.language_data("participle_prefix", language)
        if not verb_form.fullmatch(right) or (prefix and lower_case_class(right, language) == NOUN):
            # `kazerne|gebouwen`: where participles take a prefix, an infinitive ends like a plural
            # noun, which is no verb form; an English gerund the dictionary files as a noun
            # (`Monday|meaning`) still is one
            return False
        if prefix and right.startswith(prefix) and right.endswith("t"):
            return zipf(right[len(prefix):], language) >= self.options["min_part_zipf"] - 0.5
        return True

    def _short_word_glued(self, lower: str, doc: Document) -> int | None:
        """An article or numeral of two or three letters run into a common word (`thecouncil`,
        `twopubs`, `delsindaco`): no word starts with a closed-class word and goes on with a
        common one, and the lexicon knows no such token."""
        closed = lowered_words(doc, "function_words") | lowered_words(doc, "numerals")
        articles = self._articles(doc)
        particles = self._particles(doc.language)[0]
        floor = self.options["min_part_zipf"]
        for cut in (3, 2, 1):
            left, right = lower[:cut], lower[cut:]
            if left not in closed and left not in articles or right in closed or len(right) < _SHORT_JOIN_TAIL:
                continue
            # the article writes the rest alone in lower case elsewhere, a common word (`ofogo` beside `fogo`)
            written = right in doc.lowercase_words and zipf(right, doc.language) >= floor + 1
            if cut > 1 and left not in articles and (left in particles or (
                    not written and completion_zipf(lower[:cut + _FAMILY_STEM], doc.language) >= _PREFIXED_FAMILY_ZIPF)):
                continue  # `aanlopende`, `comparticipa`: a particle or a prefix that opens a verb's family
            if cut == 1:
                # `asardinha`, `aottobre`, `astatement`: a one-letter article or preposition; few words
                # the word list lacks open so, and the rest must be a common word the language writes
                # in lower case (or one the article writes so: `ofogo`)
                if written or (len(right) >= 5 and zipf(right, doc.language) >= floor + 1
                               and lower_case_class(right, doc.language) is not None):
                    return cut
                continue
            # after an article a longer noun may be rarer (`lesvignerons`, `destalling`)
            tail_floor = floor if left in articles and len(right) >= 6 else floor + 0.5
            tail_zipf = zipf(right, doc.language)
            if (left in articles and doc.lang_data.get("compounds") and len(right) >= _ARTICLE_COMPOUND_LETTERS
                    and completion_zipf(lower[:cut + _FAMILY_STEM], doc.language) < _PREFIXED_FAMILY_ZIPF):
                # `de|zwemvereniging`, `het|donorregister`: an article run into a compound the word list
                # lacks or knows rarely, as plausible as its parts, unless the article is a prefix
                # that opens words going on so (`een|mans…`: `eenmanszaak`)
                tail_zipf = max(tail_zipf, _compound_zipf(right, doc.language))
            if tail_zipf >= tail_floor:
                return cut
        return None

    def _function_word_join(self, lower: str, doc: Document, index: int) -> int | None:
        """Where a lower-case token the word list lacks splits into a function word and a common
        word (`since|the`, `para|mais`, `voor|regionale`, `o|novo`): the space a link took.
        Prefixes are function words too (`over|reliance`, `para|militar`, `door|ontwikkelen`), so a
        function word that opens the token must open no family of words that goes on with the
        other half, nor stand where a noun must come (`con sobretítulos`, `nel dopogara`: `con sobre`
        is no phrase, so `sobre` is the noun's prefix); one that ends it must be no inflection ending
        (Dutch `-de`, `-en`). The other half must be the language's word, not an English one the
        word list took in (`fue|yes`). The better cut is the one whose rarer half is the more common."""
        language = doc.language
        token_zipf = zipf(lower, language)
        if not _JOIN_MIN_LETTERS <= len(lower) <= _MAX_PLAIN_LENGTH or token_zipf >= _PAIR_TOKEN_ZIPF:
            return None
        # a token the word list knows is a join only of two function words (`on|the`, `con|la`), and
        # no word of the dictionaries
        pair_only = token_zipf >= _JOIN_TOKEN_ZIPF
        if pair_only and lower_case_class(lower, language) is not None:
            return None
        openers, articles, enders, needs_object = self._join_classes(doc)
        # what ends the token must need a word after it (an article, a preposition: `since|the`), not
        # end a clause (`ads|can`); and a clitic after a noun is none (`Estado|os`): `enders`
        words = doc.words
        after_opener = (index > 0 and doc.prose[words.ends[index - 1]:words.starts[index]] == " "
                        and words.texts[index - 1].lower() in needs_object)
        best, best_score = None, 0.0
        for cut in range(1, len(lower)):
            left, right = lower[:cut], lower[cut:]
            if left in openers:
                if after_opener and left not in articles:
                    continue  # `con sobretítulos`: a prefix where a noun must come
                glue, other, opens = left, right, True
            elif right in enders:
                glue, other, opens = right, left, False
            else:
                continue
            glue_zipf, other_zipf = zipf(glue, language), zipf(other, language)
            pair = min(glue_zipf, other_zipf) >= _PAIR_GLUE_ZIPF and other in openers  # `con|la`
            if glue_zipf < _JOIN_GLUE_ZIPF or (len(other) < _JOIN_OTHER_LETTERS and not pair) or (pair_only and not pair):
                continue
            floor = _JOIN_WORD_ZIPF
            if opens and glue in articles and len(other) >= _JOIN_LONG_NOUN and lower_case_class(other, language) in (NOUN, ADJECTIVE):
                floor = _JOIN_NOUN_ZIPF  # after an article a longer noun may be rarer (`the|seafront`)
            if len(glue) == 1 and not (glue in articles and lower_case_class(other, language) is not None):
                continue  # one letter opens many words (`acorre`): only an article before a common word
            if other_zipf < floor or (language != "en" and zipf(other, "en") - other_zipf >= _NATIVE_LEAD):
                continue
            if opens and completion_zipf(lower[:cut + _FAMILY_STEM], language) >= _PREFIXED_FAMILY_ZIPF:
                continue  # `over|reliance`, `door|ontwikkeld`: a prefix's word family
            score = min(glue_zipf, other_zipf)
            if score > best_score:
                best, best_score = cut, score
        return best

    def _join_classes(self, doc: Document) -> _JoinSets:
        """The word sets a function-word join reads, built once per language (they are the
        language's data, the same for every document and candidate in it)."""
        cached = self._join_sets.get(doc.language)
        if cached is not None and cached[0] is doc.lang_data:
            return cached[1]
        articles = self._articles(doc)
        # the function words a join may hold: function words, articles and prepositions, not the
        # language's inflection endings (`onderzocht|en`)
        openers = ((lowered_words(doc, "function_words") | lowered_words(doc, "prepositions") | articles)
                   - lowered_words(doc, "inflection_endings"))
        needs_object = lowered_words(doc, "dangling_words") | articles
        sets = (openers, articles, openers & needs_object - lowered_words(doc, "clitics"), needs_object)
        self._join_sets[doc.language] = (doc.lang_data, sets)
        return sets

    def _plain_split(self, word: str, doc: Document) -> int | None:
        if not self.options["min_plain_length"] <= len(word) <= _MAX_PLAIN_LENGTH:
            return None
        lower, language = word.lower(), doc.language
        compounding = bool(doc.lang_data.get("compounds"))
        tails = doc.memo("merged-words-tails", _tails)
        verb_form = self._verb_forms(language)
        floor = self.options["min_part_zipf"]
        standalone = doc.memo("standalone_words", _standalone_words)
        # the longest start of the word that the article writes as a word of its own
        known_start = max((k for k in range(5, len(lower) - 1) if lower[:k] in doc.lowercase_words), default=0)
        best, best_score = self._short_word_glued(lower, doc), 0.0
        if best:
            return best
        if language not in _NUMERAL_COMPOUNDS and (cut := _numeral_glued(lower, doc, floor)):
            return cut  # `cinq|minutes`, `four|games`: a numeral is no prefix before a plural noun
        # a noun or name takes no clitic, so an article-like one after it is the next word
        clitic_tails = frozenset(c for c in lowered_words(doc, "clitics") if len(c) > 1) if word[0].isupper() else frozenset()
        tails = tails | clitic_tails
        if language in _NUMERAL_COMPOUNDS:  # a numeral opens and heads compounds there (`zeventig|plussers`, `eerstejaars|acht`)
            tails = tails - (lowered_words(doc, "numerals") - self._articles(doc))
        particles, closing = self._particles(language)
        endings = lowered_words(doc, "inflection_endings")
        for cut in range(4, len(lower) - 1):  # no prefix-sized left half (`dés|échouer`)
            left, right = lower[:cut], lower[cut:]
            if (len(right) <= 3 and right not in tails) or right in endings:
                # a short tail must be a function word (`weeks|of`), not `terminali|ste`, and no
                # inflection ending (`Zusteller|innen`)
                continue
            if right in clitic_tails and (zipf(left, language) < floor + 1
                                          or zipf(left, language) - zipf(left, "en") < _NATIVE_LEAD):
                continue  # only after a common native noun (`Estado|os`), not a name's start (`Love|lhe`)
            telling = (right in tails or self._verb_form(right, verb_form, language)
                       or (len(left) >= 4 and left in tails)  # `sofern|sein`: no compound starts so
                       or (compounding and lower_case_class(right, language) in _NO_COMPOUND_HEADS
                           and not (word[0].islower() and (builds_words(left, language) or left in particles)
                                    and lower_case_class(left, language) != NOUN))  # `hinaus|denkt`: a particle
                       # `Getafe|protestaron`: a name, then a finite verb the language writes only in lower case
                       or (not compounding and word[0].isupper() and len(right) >= _NAME_VERB_TAIL
                           and lower_case_class(right, language) == VERB)
                       or (compounding and (right in closing or (_inflected_adjective(left, language)
                                                                 and lower_case_class(right, language) == NOUN))))
            if compounding and not telling:
                continue
            if len(left) <= _PREFIX_LETTERS and builds_words(left, language):
                continue  # `mega|sequía`, `over|reliance`: a prefix that builds words, not a word
            if known_start > cut:
                continue  # `termina|liste` when the article says `terminal`: a derivative of that
            if (not telling and lower_case_class(left, language) == NOUN == lower_case_class(right, language)
                    and (compounding or adjectival(left, language) == adjectival(right, language))):
                # `pesca|turismo`: two nouns side by side make a compound, not two words; but where
                # compounds are rare, a noun beside one that is an adjective too is a noun and its
                # adjective run together (`censimento|nazionale`, `nuovo|protocollo`)
                continue
            if word[0].isupper() and not telling and word[:cut] not in standalone:
                continue  # `Careser`, a name: the capitalised half must occur on its own too
            # a telling second half (`…gelockert`, `…waardoor`) lets a rarer compound stand before it
            left_zipf = zipf(left, language) + (1.0 if telling else 0.0)
            if (compounding and left_zipf < floor and len(right) >= _VERB_TAIL
                    and (lower_case_class(right, language) in _NO_COMPOUND_HEADS or right in closing)):
                left_zipf = max(left_zipf, _compound_zipf(left, language))  # `Wasserpreis|steigt`
            if word[0].isupper() and word[:cut] in standalone:
                left_zipf = max(left_zipf, floor)  # `Montevarchi|avranno`: the article names it
            score = min(left_zipf, zipf(right, language))
            if score >= floor and score > best_score:
                best, best_score = cut, score
        if not best and not compounding and lower[-1] in lowered_words(doc, "name_conjunctions") \
                and zipf(lower[:-1], language) >= floor + 0.5:
            return len(lower) - 1  # `municipaly`, `administrativose`: a common word, then `y` or `e`
        if (not best and not compounding and lower[-2:-1] == "s"
                and (lower[-1] in tails or lower[-1] in self._articles(doc)) and zipf(lower[:-1], language) >= floor + 0.5
                and lower_case_class(lower[:-1], language) is not None):
            # `propuestasa`, `inferioresa`: a plural, then a one-letter preposition or article; no word
            # of the language the dictionaries lack ends so
            return len(lower) - 1
        if (not best and language in _GRAVE_A_WORD and lower[-1] == "à"
                and zipf(lower[:-1], language) >= floor + 0.5 and lower_case_class(lower[:-1], language) == NOUN):
            # `paísesà`: no word of the language ends in a grave `à`; a verb before one may be an
            # Italian future (`partirà`), another language's word
            return len(lower) - 1
        if not best and lower[3:] in tails and len(lower) >= 6 \
                and lower[:3] not in tails and zipf(lower[:3], language) >= floor + 1.5:
            return 3  # `metwith`: a common short word, then a function word
        return best


def _split_finding(token: Token, left: str, right: str, *, safe: bool | None = None,
                   lost_break: bool = False) -> Finding:
    """The token as `left` and `right` run together, fixed by the space between them; a lost
    sentence break (`internazionaliMentre`) gets its own message and no fix: a space alone would
    leave `internazionali Mentre`, still wrong."""
    values = {"left": left, "right": right}
    if lost_break:
        return Finding(token.start, token.end, values=values, message=LOST_BREAK)
    return Finding(token.start, token.end, values=values, replacement=f"{left} {right}", safe=safe)


def _numerals_build(tail: str, doc: Document) -> bool:
    """The language builds words from two numerals or more with `tail` (`tremila`, `dreifach`,
    `tweede`): a number glued to it is written so on purpose; a single one is a typo the word
    list took in (`duemilioni`)."""
    return sum(known(numeral + tail, doc.language) for numeral in lowered_words(doc, "numerals")) >= _NUMERAL_FAMILY


def _numeral_glued(lower: str, doc: Document, floor: float) -> int | None:
    """Where a numeral of four letters or more (shorter ones: `_short_word_glued`) opens the token and a
    common noun the language writes in lower case ends it (`cinq|minutes`, `four|games`, `otto|giorni`):
    languages that seldom build compounds write a numeral before a noun apart, unless two numerals
    or more build words with it (`tres|cientos`: `doscientos`)."""
    for numeral in lowered_words(doc, "numerals"):
        rest = lower[len(numeral):]
        if (len(numeral) > 3 and lower.startswith(numeral) and len(rest) >= _SHORT_JOIN_TAIL
                and lower_case_class(rest, doc.language) == NOUN and zipf(rest, doc.language) >= floor + 0.5
                and not _numerals_build(rest, doc)):
            return len(numeral)
    return None


def _inflected_adjective(word: str, language: str | None) -> bool:
    """An adjective with an inflection ending on its stem (`nieuwe`: `nieuw`, `großen`: `groß`):
    German and Dutch open compounds with the bare stem (`nieuwbouw`), so an inflected adjective
    before a noun in one token is the adjective and its noun run together (`nieuwe|bibliotheek`)."""
    def adjective(form: str) -> bool:  # also one the language writes as a surname (`klein`, `groot`)
        return ADJECTIVE in (lower_case_class(form, language), named_class(form, language))

    return adjective(word) and any(word.endswith(ending) and len(word) > len(ending) + 2
                                   and adjective(word[:-len(ending)]) for ending in _ADJECTIVE_ENDINGS)


def _verbal(word: str, language: str | None) -> bool:
    """A verb form of the word class tables: finite, or a verb's only lower-case reading, or a
    verb's that the language also writes with a capital (a nominalised infinitive: `laufen`)."""
    return bool(finite_form(word, language)) or VERB in (lower_case_class(word, language), named_class(word, language))


def _infinitive(word: str, language: str | None) -> bool:
    """An infinitive the tables know by a finite form of its stem (`wechseln`: `wechselt`; `holen`:
    `holte`; Dutch `varen`: `vaar`, `trekken`: `trekt`): German infinitives are capitalised nouns
    too, so the tables file no reading of theirs as a lower-case verb."""
    if not word.endswith("n"):
        return False
    stem = word[:-2] if word.endswith("en") else word[:-1]
    stems = {stem, word[:-1]}
    if len(stem) >= 3 and stem[-1] not in _VOWELS:
        if stem[-1] == stem[-2]:
            stems.add(stem[:-1])  # Dutch `trekk|en`: `trek`
        elif stem[-2] in _VOWELS and stem[-3] not in _VOWELS:
            stems.add(stem[:-1] + stem[-2] + stem[-1])  # Dutch `var|en`: `vaar`
    return any(_verbal(s + ending, language) for s in stems for ending in _STEM_ENDINGS if s + ending != word)


def _verb_reading(word: str, language: str | None) -> bool:
    """A verb form: finite, a participle, an infinitive, or a participle with an adjective's
    ending (`geholte`, `laufendem`: `laufend`, the present participle of `laufen`)."""
    if _verbal(word, language) or _infinitive(word, language):
        return True
    for ending in _ADJECTIVE_ENDINGS:
        base = word[:-len(ending)]
        if word.endswith(ending) and len(base) >= _PARTICLE_VERB_LETTERS and (
                _verbal(base, language) or (base.endswith("nd") and (_verbal(base[:-1], language)
                                                                         or _infinitive(base[:-1], language)))):
            return True
    return False


def _closed_class(word: str, doc: Document) -> bool:
    """A very common word that the word class tables leave out (no noun, verb, adjective or
    adverb): a preposition, a conjunction, an adverb of degree (`across`, `circa`, `ab`)."""
    return zipf(word, doc.language) >= _CLOSED_WORD_ZIPF and lower_case_class(word, doc.language) is None


def _compound_zipf(word: str, language: str | None) -> float:
    """How common the rarer half of `word` is at its best cut into two words (`wasser|preis`): a
    compound the lexicon lacks is as plausible as its parts."""
    return max((min(zipf(word[:k], language), zipf(word[k:], language)) for k in range(4, len(word) - 3)), default=0.0)


def _native_opener(right: str, doc: Document) -> bool:
    """A capitalised word of the article's language (not English, which brands borrow) that only a
    sentence's start capitalises: a closed-class word (`Wie`, `El`), a very common word
    (`Secondo`, `Volgens`) or a common one the article writes in lower case elsewhere; in German,
    which capitalises nouns (`RheinEnergie`), only a closed-class word or one the article writes
    in lower case."""
    language = doc.language
    if language == "en" or len(right) < 2:
        return False
    lower = right.lower()
    own = zipf(lower, language)
    lead = own - zipf(lower, "en")
    if lead < _NATIVE_LEAD:
        return False
    if own >= _CLOSED_CLASS_ZIPF or (own >= _LOWER_OPENER_ZIPF and lower in doc.lowercase_words):
        return True
    if own >= _VERB_OPENER_ZIPF and lower_case_class(lower, language) == VERB:
        return True  # `FacebookEscreveu`: a verb the language writes only in lower case opens a sentence
    return own >= _OPENER_ZIPF and lead >= _OPENER_LEAD and not doc.lang_data.get("capitalised_nouns")


def _only_english_knows_camel(word: str, doc: Document) -> bool:
    """A camel token that only the English word list knows, in an article of another language,
    whose last part is a native word opening a sentence (`SurEl`): a join, not an English word."""
    if zipf(word.lower(), doc.language) > 0 or doc.language == "en":
        return False
    camel = _CAMEL.search(word)
    return bool(camel) and camel.start() >= 3 and _native_opener(word[camel.start():], doc)


def _last_part(word: str) -> tuple[str, str]:
    """(what stands before the last hyphen or elision, the rest): a join sits at the end of a
    hyphenated name or after an elided article (`Saint-EtienneLe`, `dall'assessoraGiulia`)."""
    head = _ELISION_OR_HYPHEN.match(word)
    return (head.group(), word[head.end():]) if head else ("", word)


def _last_camel(word: str) -> int:
    """Where the word's last camel-case part starts."""
    return [m.start() for m in _CAMEL.finditer(word)][-1]


def _in_byline_line(doc: Document, index: int) -> bool:
    """The word stands among the first words of a line that opens with the language's byline
    word and a capitalised name (`By Owen Carraway, Property …`), and a sentence goes on after it."""
    words = doc.words
    following = words[index + 1:index + 1 + _LEAD_WORDS]
    if len(following) < _LEAD_WORDS or "\n" in doc.text[words[index].end:following[-1].start]:
        return False  # the byline's line ends soon (`By Jo Smith, BusinessWeek`): no lead ran into it
    start = max(0, index - _BYLINE_REACH)
    for first in range(index - 1, start - 1, -1):
        if "\n" in doc.text[words[first].end:words[first + 1].start]:
            return False  # the line began after this word
        if first == 0 or "\n" in doc.text[words[first - 1].end:words[first].start]:
            return (words[first].text.lower() in lowered_words(doc, "byline_words")
                    and bool(_NAME.fullmatch(words[first + 1].text)))
    return False


def _after_preposition(doc: Document, index: int) -> bool:
    """The word before, one space away, is a preposition of the language (`für dieFahrgäste`)."""
    words = doc.words
    return (index > 0 and doc.text[words[index - 1].end:words[index].start] == " "
            and words[index - 1].text.lower() in lowered_words(doc, "prepositions"))


def _after_symbol(doc: Document, index: int) -> bool:
    """The word is glued to a symbol before it (`©`, `€`, `™`): the part of a word that encoding
    damage cut (`dÃ©noncent`), not a word of its own."""
    start = doc.words[index].start
    return start > 0 and unicodedata.category(doc.text[start - 1])[0] == "S"


def _tag_or_code(doc: Document, index: int) -> bool:
    """A hashtag or handle (`#pianocasa`, a part after its dot: `@rifugio.cimaverde`), a name inside a template's braces (`{{
    article.readingTime }}`) or a marker a colon opens (`:contentReference[…]`): written so on purpose."""
    start = doc.words[index].start
    line = doc.text[doc.text.rfind("\n", 0, start) + 1:start]
    return (line[-1:] in ("#", "@") or line.rfind("{{") > line.rfind("}}")
            or (line[-1:] == ":" and (len(line) < 2 or line[-2].isspace()))
            or (line[-1:] in "._" and line[-2:-1].isalnum()))  # `@rifugio.cimaverde`, `site_name`


def _in_running_text(doc: Document, index: int) -> bool:
    """The token stands between spaces or a sentence's punctuation, not inside an address, a
    handle or a file name (`www.euro2024.com`, `expo2030/`, `#tour2023`)."""
    token = doc.words[index]
    before = doc.text[token.start - 1:token.start]
    after = doc.text[token.end:token.end + 2]
    return ((not before or before.isspace() or before in "(«“\"'‘")
            and not (after[:1] in "./@_-:" and after[1:2].isalnum()) and after[:1] not in "/@_")


def _stands_alone(doc: Document, index: int) -> bool:
    """The token follows a space, a line break or punctuation, not a soft hyphen or an invisible
    mark that split a longer word (`clas\u00adsifica`)."""
    start = doc.words[index].start
    return start == 0 or not (doc.text[start - 1].isalpha() or doc.text[start - 1] in _INVISIBLE_MARKS)


def _product_name(doc: Document, index: int) -> bool:
    """The word before or after, one space away, is a noun that a product's name goes with (`the
    app iTide`, `l'application FeuClair`, `the AlertLine system`)."""
    words, nouns = doc.words, lowered_words(doc, "product_nouns")
    return any(
        0 <= other < len(words) and words[other].text.lower() in nouns
        and doc.text[words[min(index, other)].end:words[max(index, other)].start] == " "
        for other in (index - 1, index + 1))


def _closes_phrase(doc: Document, index: int) -> bool:
    """A comma, a semicolon, a closing bracket or the line's end right after the token: a capitalised
    camel token there is a name in apposition or closing a credit (`l'app DonaOra, lanciata …`,
    `vía NoticiasYa`), since the sentence a lost break opens goes on after its first word."""
    end = doc.words[index].end
    return doc.text[end:end + 1] in (",", ";", ")", "\n", "")


def _join_shaped(word: str, cut: int, doc: Document) -> bool:
    """A function word on either side of the cut (`delGobierno`, `batteryThe`), or a word the
    language writes only in lower case before it (`vecinalTren`): a link's join, not a product."""
    left, right = word[:cut].lower(), word[cut:].lower()
    function_words = lowered_words(doc, "function_words")
    return (left in function_words or right in function_words
            or (len(left) > _PREFIX_LETTERS and lower_case_class(left, doc.language) is not None))


def _native_word_before_name(left: str, right: str, doc: Document, index: int) -> bool:
    """A long lower-case word of the language (more common there than in English, however rare:
    a title, an office, a demonym) run into a capitalised word that is no common one, a name going
    on after it one space away (`micólogo|Ramón Ibarra`, `keniata|Daniel Kiprop`,
    `vakbondsbestuurder|Fenna Mulder`): a brand opens with a short word or an English one (`eBay`,
    `myTaxi`, `easyJet`) and names no person."""
    language = doc.language
    return (left.islower() and len(left) >= _NATIVE_TITLE_LETTERS and _NAME.fullmatch(right) is not None
            and zipf(left, language) > zipf(left, "en") and lower_case_class(right.lower(), language) is None
            and _name_follows(doc, index))


def _name_follows(doc: Document, index: int) -> bool:
    """The next word is a name (`Jaap`), one space away."""
    words = doc.words
    if index + 1 >= len(words):
        return False
    after = words[index + 1]
    return doc.text[words[index].end:after.start] == " " and bool(_NAME.fullmatch(after.text))


def _glued_function_word(word: str, doc: Document) -> bool:
    """A function word of two or three letters in lower case, then a capital (`deNederlandse`,
    `vanDe`, `ausDer`)."""
    camel = _CAMEL.search(word)
    cut = camel.start() if camel else 0
    return (cut in (2, 3) and len(word) > cut + 1 and word[:cut].islower()
            and word[:cut] in lowered_words(doc, "function_words"))


def _tails(doc: Document) -> frozenset[str]:
    """Function words that may end a plain join (not clitics or inflection endings)."""
    return (lowered_words(doc, "function_words") - lowered_words(doc, "clitics")
            - lowered_words(doc, "inflection_endings"))


def _in_name(doc: Document, index: int) -> bool:
    """A capitalised word after another inside a sentence (`and Josh Acheamong`): a surname."""
    words = doc.words
    if index == 0 or not words[index].text[:1].isupper():
        return False
    previous = words[index - 1]
    before = doc.prose[max(previous.start - 3, 0):previous.start].rstrip(" \t")
    opens_sentence = not before or before[-1] in ".!?:\n\"“„«"
    return (previous.text[:1].isupper() and not opens_sentence
            and previous.text.lower() not in lowered_words(doc, "function_words")
            and not doc.prose[previous.end:words[index].start].strip())


def _standalone_words(doc: Document) -> frozenset[str]:
    """Words as the article writes them, elided articles cut off (`dell'Ucraina` gives `Ucraina`)."""
    return frozenset(_APOSTROPHE.split(word)[-1] if "'" in word or "’" in word else word for word in set(doc.words.texts))
