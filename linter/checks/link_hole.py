"""`link-hole`: the rule's patterns, and a reading of word classes in sequence.

A dropped link text is most often a noun phrase's head (`the firm said in a [report] published
on Monday`), so what is left is a sequence of word classes that prose never writes: a
preposition and a determiner whose noun phrase holds nothing, the next word being one that
cannot open or continue one. The classes come from the rule's language data (prepositions,
articles fused with a preposition, determiners, conjunctions, complementizers) and from the word
class tables (`verb`; in German and Dutch the finite forms' table too, `finite_form`). These
sequences are holes:

- a determiner after a preposition (or an article fused with one) straight before another
  preposition or fused article (`em uma no fim`, `riportato dalla nel suo`, `in een met de`), or
  an article that is no pronoun before a short one that opens an article's phrase (`in een aan
  de`);
- a determiner after a preposition, a verb, then punctuation or a closed-class word (`in a
  published on Monday`, `gegenüber der mitteilte,`): a participle before its noun is followed by
  the noun (`in a published report`); after a Dutch article that is no pronoun (`de`, `een`) a
  verb with no reading but a finite one, whatever follows (`in een liet weten`);
- in German and Dutch, which put the verb last, a preposition, a verb that is no infinitive, then
  punctuation or a closed-class word (`die Entwürfe auf veröffentlicht,`, `Wie aus hervorgeht,`).
- an article with no preposition before it straight before a short preposition or a fused
  article (`told the on Monday`, `informou a em nota`);
- a passive's agent preposition after a participle straight before a preposition that opens a
  noun phrase (`approved by in March`, `released by on Monday`).

Real prose writes these sequences too in a few readings, which are left out: an indefinite
article as a numeral before its partitive (`in einer der`, `em uma das`, `in een van de`) or in
counting (`op een na`), a German extended attribute (`in der in Bonn ansässigen Firma`) and a
Dutch one before a participle (`in een met subsidie gebouwde hal`), a German preposition and
relative pronoun after a comma (`, mit der verhandelt wurde`), a Dutch split pronominal adverb
(`er is op gewezen dat`) and a pronoun before `te` (`om het op te lossen`).
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import accumulate

from ..compiled import compile_cached
from ..document import Document
from ..langdata import lowered_words
from ..rule import Finding, overlaps
from ..lexicon import zipf
from ..wordclasses import ADJECTIVE, FINITE, NOUN, PARTICIPLE, VERB, finite_form, lower_case_class
from .pattern import PatternCheck

_PLAIN = compile_cached(r"\p{L}+")
# Where a clause's first word stands: a sentence's or clause's punctuation before it.
_CLAUSE_MARKS = ",;:()\"“”„«»"
_STOPS = ".,;:!?"
_AN_CONSONANTS = frozenset("bcdfgjklmnpqrstvwyz")  # a lower-case word `an` cannot open: not h (`an hour`), x (`an x-ray`)
_INFINITIVE_ENDINGS = ("ar", "er", "ir")  # an object pronoun's infinitive after a fused article (`ao o ver`)
_EXTENDED_REACH = 6  # words an extended attribute takes before its participle (`in een met subsidie gebouwde`)
_VERB_LETTERS = 4
_DUTCH_SPLIT_ADVERBS = frozenset({"er", "daar", "hier", "waar"})  # `er is op gewezen`
_INFINITIVE_MARKERS = frozenset({"te", "zu"})  # after a pronoun (English determiners are none)
_VERB_LAST = frozenset({"de", "nl"})
# Where a verb after a determiner tells a hole: English, German, Dutch (in the Romance languages
# many nouns are also a verb's form: `del raccolto`, `una filosofa`).
_VERB_SEQUENCES = frozenset({"en", "de", "nl"})
# A Dutch finite verb or participle ends so (`blijkt`, `meldde`, `gepland`); an infinitive, a
# comparative or an inflected adjective does not (`doorgaan`, `minder`, `geladen`).
_DUTCH_FINITE_ENDINGS = ("t", "d", "de", "te")
_COMPARATIVES = frozenset({"dan", "als", "than"})  # `later dan gepland`: a comparison, no preposition
# German and Dutch adjective endings: an inflected participle stands before its noun
_ATTRIBUTIVE_ENDINGS = ("e", "en", "er", "es", "em")
# the word classes by name: sets of words, and `nonfinite`, a tuple of endings
_Classes = dict[str, "frozenset[str] | tuple[str, ...]"]
_ARTICLE_PRONOUNS = frozenset({"de"})  # German articles are relative pronouns too (`die in Bonn`)
# Languages whose definite article is no pronoun before a partitive (`die van`, `celle de`,
# `quella di`, `the one of` take its place); Spanish and Portuguese write `la del`, `o da`.
_NO_ARTICLE_PRONOUNS = frozenset({"en", "nl", "fr", "it"})
_GENITIVES = ("'s", "’s")  # `on the council's .`: the genitive's noun is missing
_SHORT_PREPOSITION = 3  # letters: `on`, `en`, `em`, `in`; longer ones may be ordinals (`secondo`, `following`)
EMPTY_PHRASE = "'{span}': a word seems missing after the {after} (a dropped link text?)"


class LinkHoleCheck(PatternCheck):
    name = "link-hole"
    # the word classes of the sequences, besides what the patterns name
    SEQUENCE_DATA = frozenset({"possessive_determiners", "pronoun_determiners", "partitive_words",
                               "article_prepositions", "bare_determiners", "noun_prepositions", "finite_hole_articles",
                               "subject_articles", "elided_prepositions", "demonstratives", "participle_endings"})

    def __init__(self, spec, options=None):
        super().__init__(spec, options)
        self._by_language: dict[str | None, tuple[dict, _Classes]] = {}

    @classmethod
    def known_data(cls, spec) -> frozenset[str]:
        return super().known_data(spec) | cls.SEQUENCE_DATA

    def find(self, doc: Document) -> Iterable[Finding]:
        found: list[Finding] = []
        reported: set[tuple[int, int]] = set()
        for finding in super().find(doc):  # one finding a span: two patterns may read one hole
            if (finding.start, finding.end) not in reported:
                reported.add((finding.start, finding.end))
                found.append(finding)
        yield from found
        spans = sorted((finding.start, finding.end) for finding in found)
        starts = [start for start, _ in spans]
        reach = list(accumulate((end for _, end in spans), max))
        for finding in self._empty_phrases(doc):  # a hole a pattern reported is reported once
            if not overlaps(starts, reach, finding.start, finding.end):
                yield finding

    def _words(self, doc: Document, *keys: str) -> frozenset[str]:
        """The plain single words of the data lists `keys` (no regex, no phrase), in lower case."""
        return frozenset(entry.lower() for key in keys for entry in self.spec.language_data(key, doc.language) or ()
                         if isinstance(entry, str) and _PLAIN.fullmatch(entry))

    def _classes(self, doc: Document) -> _Classes:
        """The word classes of the document's language, worked out once per language (they are
        the rule's and the language's data, the same for every document in it)."""
        cached = self._by_language.get(doc.language)
        if cached is not None and cached[0] is doc.lang_data:
            return cached[1]
        classes = self._build_classes(doc)
        self._by_language[doc.language] = (doc.lang_data, classes)
        return classes

    def _build_classes(self, d: Document) -> _Classes:
        fused = self._words(d, "fused_articles")
        prepositions = self._words(d, "stop_prepositions", "unstranded_prepositions", "spaced_comma_prepositions",
                                   "clause_prepositions", "coordinated_prepositions", "second_prepositions",
                                   "agent_prepositions", "role_links", "place_prepositions") - fused
        prepositions |= lowered_words(d, "prepositions") | lowered_words(d, "place_prepositions")
        indefinite = self._words(d, "indefinite_articles")
        possessive = self._words(d, "possessive_determiners")
        determiners = (self._words(d, "definite_articles", "noun_phrase_starts", "apposition_starts")
                       | possessive | indefinite) - fused - self._words(d, "pronoun_determiners")
        return {"fused": fused, "prepositions": prepositions - determiners, "determiners": determiners,
                "openers": (prepositions | self._words(d, "article_prepositions")) - determiners,
                "bare_determiners": self._words(d, "bare_determiners"),
                "unstranded": self._words(d, "unstranded_prepositions"),
                "conjunctions": self._words(d, "conjunctions"),
                "noun_prepositions": self._words(d, "noun_prepositions"),
                "demonstratives": self._words(d, "demonstratives"),
                "possessive": possessive,
                "indefinite": indefinite, "definite": self._words(d, "definite_articles"),
                "finite_holes": self._words(d, "finite_hole_articles"),
                "subjects": self._words(d, "subject_articles"),
                "elided": self._words(d, "elided_prepositions"),
                "partitive": self._words(d, "partitive_words"), "counting": self._words(d, "counting_prepositions"),
                "closed": self._words(d, "conjunctions", "complementizers", "reported_clause"),
                "agent": self._words(d, "agent_prepositions"),
                "nonfinite": tuple(sorted(self._words(d, "nonfinite_endings"))),
                "participles": tuple(sorted(self._words(d, "participle_endings")))}  # for str.endswith

    def _empty_phrases(self, doc: Document) -> Iterator[Finding]:
        classes = self._classes(doc)
        fused, prepositions, determiners = classes["fused"], classes["prepositions"], classes["determiners"]
        if not (determiners or fused):
            return
        language, prose, words = doc.language, doc.prose, doc.words
        texts, starts, ends = words.texts, words.starts, words.ends
        count = len(texts)
        lowered: dict[str, str] = {}  # one lower-case string per distinct word, not per word (~5 MB a MB of text)
        lower = [lowered.get(t) or lowered.setdefault(t, t.lower()) for t in texts]

        def gap(i: int) -> str:  # what stands between word i and word i + 1
            return prose[ends[i]:starts[i + 1]] if i + 1 < count else prose[ends[i]:ends[i] + 2]

        def stop_after(i: int) -> bool:
            g = gap(i).lstrip(" \u00a0")
            return bool(g) and g[0] in _STOPS and not g.startswith("..")

        for i in range(1, count - 1):
            word = lower[i]
            opener = word in fused or (word in determiners and gap(i - 1) == " "
                                       and (lower[i - 1] in classes["openers"] or lower[i - 1] in fused))
            if not opener and classes["elided"]:
                head, _, article = word.replace("’", "'").partition("'")
                if head in classes["elided"] and article in determiners:  # `d'une`: a preposition and its article
                    word, opener = article, True
            if not opener or gap(i) != " " or not texts[i][:1].islower():
                if self._bare_article(doc, i, lower, classes) or self._lost_agent(doc, i, lower, classes):
                    yield self._finding(doc, i, i + 1, "article" if lower[i] not in classes["agent"] else "preposition")
                continue
            if language == "de" and word not in fused and self._relative_clause(doc, i - 1):
                continue  # `, mit der verhandelt wurde`: a preposition and a relative pronoun
            follower, after = lower[i + 1], texts[i + 1]
            if after[:1].isupper() or not after.isalpha():
                continue
            # a short preposition that opens an article's phrase (`in een aan de Kamer`) after an
            # article that is no pronoun (`bij ons op het erf`, `door het buiten de oevers treden`)
            preposition = follower in prepositions or (
                follower in classes["openers"] and len(follower) <= _SHORT_PREPOSITION and word not in classes["subjects"]
                and (word in classes["definite"] or word in classes["indefinite"]))
            # `op de van`, `in the of`: a definite article that is no pronoun before a partitive
            bare_definite = (language in _NO_ARTICLE_PRONOUNS and word in classes["definite"] and word not in fused
                             and follower in classes["partitive"])
            if follower == word or (follower in classes["partitive"] and not bare_definite) or (
                    word in classes["indefinite"] and (follower in classes["counting"] or (lower[i - 1] in classes["counting"]
                                                                   and lower[i - 2] == word))):
                # a doubled word (duplicated-word's); `in einer der`, `em uma das`, `op een na`: a numeral;
                # `superior a la del año pasado`, `similar ao do`: an article as a pronoun
                continue
            if i + 2 < count and lower[i + 2] in _INFINITIVE_MARKERS:
                continue  # `om het op te lossen`: a pronoun
            if preposition and not (i + 2 < count and (lower[i + 2] in determiners or lower[i + 2] in fused)) and not (
                    len(follower) <= _SHORT_PREPOSITION and (bare_definite or follower not in classes["partitive"])
                    and _opens_phrase(doc, i + 2, lower, classes)):
                # a preposition opens its own noun phrase (`in een met de`); `nel secondo tempo`, `the
                # following Tuesday`, `in un secondo,`: an ordinal or a participle, no preposition
                continue
            if preposition or follower in fused or (word in classes["possessive"] and follower in classes["indefinite"]):
                if follower not in classes["indefinite"] and (
                        language == "de" or (language == "nl" and self._extended_attribute(doc, i + 1))):
                    continue  # `in der in Bonn ansässigen Firma`, `in een met subsidie gebouwde hal`
                yield self._finding(doc, i, i + 1, "article")
            elif (language in _VERB_SEQUENCES and len(follower) >= _VERB_LETTERS and _verb(follower, language, classes)
                  and not (language == "en" and word in classes["definite"])  # `for the injured`: a noun
                  and word not in classes["subjects"]  # `tot het misgaat,`, `bis das passiert.`: a pronoun
                  and not (language == "de" and follower.endswith(_ATTRIBUTIVE_ENDINGS)
                           and i + 2 < count and gap(i + 1) == " " and texts[i + 2][:1].isupper())
                  and (self._closed_after(doc, i + 1, lower, classes) or (language in _VERB_LAST and stop_after(i + 1))
                       or (word in classes["finite_holes"] and finite_form(follower, language) == FINITE))):
                # an article that is no pronoun (Dutch `de`, `een`; not `het`, `die`) before a verb with
                # no other reading is a hole whatever follows (`in een liet weten`)
                yield self._finding(doc, i, i + 1, "article")
            elif (word in classes["indefinite"] and follower.endswith(classes["participles"])
                  and lower_case_class(follower, language) == VERB and self._closed_after(doc, i + 1, lower, classes)):
                yield self._finding(doc, i, i + 1, "article")
        yield from self._bare_function_words(doc, lower, classes, gap)
        if language not in _VERB_LAST:
            return
        for i in range(count - 1):
            word, follower = lower[i], lower[i + 1]
            if (not (word in prepositions or (word in classes["openers"] and finite_form(follower, language) == FINITE))
                    or word in _INFINITIVE_MARKERS or word in _COMPARATIVES or gap(i) != " " or not texts[i][:1].islower()):
                continue
            if (len(follower) < _VERB_LETTERS or not texts[i + 1].islower()
                    or not (finite_form(follower, language) == FINITE or (
                        lower_case_class(follower, language) == VERB and not follower.endswith(classes["nonfinite"])
                        and (language != "nl" or follower.endswith(_DUTCH_FINITE_ENDINGS))))
                    or zipf(word + follower, language) > 0):  # `onder de dijk door stroomt`: `doorstroomt`, a particle
                continue
            if not (stop_after(i + 1) or self._closed_after(doc, i + 1, lower, classes)):
                continue
            if language == "nl" and self._split_adverb(doc, i, lower):
                continue  # `er is op gewezen dat`: the preposition of a split pronominal adverb
            if language == "de" and self._relative_clause(doc, i):
                continue
            yield self._finding(doc, i, i + 1, "preposition")

    @staticmethod
    def _bare_function_words(doc: Document, lower: list[str], classes: _Classes, gap) -> Iterator[Finding]:
        """More sequences of classes that leave a noun phrase empty:

        - an article or a possessive after a preposition, then punctuation or a conjunction (`selon
          son .`, `con su ,`, `lors de la.`, `according to their.`, `com o e com a ministra`): a
          determiner that needs its noun (the
          language's `bare_determiners`, not those that are pronouns too: `met haar.`, `di suo`),
          and an English genitive after its article before a spaced stop (`on the council's .`: no
          noun, and the space where it was; a comma may end an elided genitive, `the mayor's ,
          the council's and`);
        - a noun after its article, a preposition that opens its complement (`noun_prepositions`)
          and straight after it a short preposition that opens its own phrase (`an interview with
          on Tuesday`, `la decisión por en Madrid`): a noun strands no preposition (a verb does:
          `paid for by the council`, `the man I spoke with on Tuesday`);
        - an article fused with a preposition straight before a demonstrative, which opens a noun
          phrase of its own (`divulgado pela nesta segunda-feira`, `declarou ao esta terça`), or
          before a definite article (`disse ao o presidente`, `della la`; `_second_article`);
        - English `an` before a lower-case word opening with a consonant (`in an sent to staff`;
          `_consonant_word`);
        - a preposition that is never left at a clause's end straight before a preposition that
          opens a noun's complement (`noun_prepositions`) or a fused article, then what opens a
          noun phrase (`publicado en por el Colegio`, `publiée en sur le site`, `partito da alle
          14.30`): the first one's object was a link. Not after a partitive preposition, which
          takes a phrase with its own (`de par la loi`, `di per sé`), nor in English (`including
          from the UK`);
        - a preposition that is never left at a clause's end, then a conjunction and what opens a
          noun phrase or an infinitive (`i rappresentanti di e Uiltrasporti`, `prendas de y
          retales`, `per e visitare`): the first conjunct, the preposition's object, was a link. Not
          a second preposition after the conjunction (`de y hacia`, `voos de e para`) nor a
          one-letter preposition (a letter's name: `la a y la b`), nor one after an article, which
          makes it a noun (`le pour et le contre`).
        """
        texts, words = doc.words.texts, doc.words
        count, language = len(texts), doc.language
        possessives, unstranded = classes["bare_determiners"], classes["unstranded"]
        conjunctions, openers = classes["conjunctions"], classes["openers"]
        for i in range(1, count):
            word = lower[i]
            genitive = language == "en" and word.endswith(_GENITIVES) and gap(i).startswith((" ", "\u00a0"))
            if word in possessives or genitive:
                if gap(i - 1) != " " or not texts[i].islower() or lower[i - 1] not in (
                        classes["determiners"] if genitive else openers):
                    continue
                g = gap(i).lstrip(" \u00a0")
                if g[:1] in ((".",) if genitive else (",", ".", ";", ":", ")")) and not g.startswith(".."):
                    end = words.ends[i] + gap(i).index(g[0]) + 1
                    start = words.starts[i - 1]
                    yield Finding(start, end, values={"span": doc.prose[start:end], "after": "determiner"},
                                  message=EMPTY_PHRASE)
                elif (not genitive and not g and i + 1 < count and lower[i + 1] in conjunctions
                      and texts[i + 1].islower()):
                    yield LinkHoleCheck._finding(doc, i - 1, i + 1, "determiner")
            elif (word in classes["noun_prepositions"] and 2 <= i and i + 2 < count and gap(i - 1) == " " and gap(i) == " "
                  and gap(i - 2) == " " and (lower[i - 2] in classes["determiners"] or lower[i - 2] in classes["fused"])
                  and texts[i - 1].isalpha() and texts[i - 1].islower() and lower_case_class(lower[i - 1], language) == NOUN
                  and lower[i + 1] in classes["prepositions"] and lower[i + 1] != word and texts[i + 1].islower()
                  and len(lower[i + 1]) <= _SHORT_PREPOSITION and lower[i + 2] not in classes["prepositions"]
                  and _opens_phrase(doc, i + 2, lower, classes)):
                yield LinkHoleCheck._finding(doc, i, i + 1, "preposition")
            elif (word in classes["fused"] and i + 1 < count and texts[i].islower() and texts[i + 1].islower()
                  and gap(i) == " " and (lower[i + 1] in classes["demonstratives"]
                                         or _second_article(lower, i + 1, classes))):
                yield LinkHoleCheck._finding(doc, i, i + 1, "article")
            elif (language == "en" and word == "an" and i + 1 < count and gap(i) == " " and texts[i].islower()
                  and _consonant_word(texts[i + 1])):
                yield LinkHoleCheck._finding(doc, i, i + 1, "article")
            elif (language != "en" and word in unstranded and len(word) > 1 and word not in classes["partitive"]
                  and i + 2 < count and lower[i + 1] != word and texts[i].islower() and texts[i + 1].islower()
                  and gap(i) == " " and (lower[i + 1] in classes["noun_prepositions"] or lower[i + 1] in classes["fused"])
                  and _opens_phrase(doc, i + 2, lower, classes)):
                yield LinkHoleCheck._finding(doc, i, i + 1, "preposition")
            elif (word in unstranded and len(word) > 1 and i + 2 < count and lower[i + 1] in conjunctions
                  and texts[i].islower() and texts[i + 1].islower() and gap(i) == " " and gap(i + 1) == " " and gap(i - 1).strip(" \u00a0") == ""):
                nxt, after = lower[i + 2], texts[i + 2]
                if (nxt in openers or nxt in classes["prepositions"] or nxt in unstranded or not after[:1].isalpha()
                        or lower[i - 1] in classes["determiners"] or lower[i - 1] in classes["fused"]):
                    continue  # `de e para`; `le pour et le contre`: after an article the preposition is a noun
                kind = lower_case_class(nxt, language)
                if (after[:1].isupper() or nxt in classes["determiners"] or nxt in classes["fused"] or kind == NOUN
                        or (kind == VERB and nxt.endswith(classes["nonfinite"]))):
                    yield LinkHoleCheck._finding(doc, i, i + 1, "preposition")

    @staticmethod
    def _bare_article(doc: Document, i: int, lower: list[str], classes: _Classes) -> bool:
        """Word i is an article straight before a preposition, with no preposition before it (that
        sequence is read above): its noun is missing (`told the on Wednesday`, `informou a em
        nota`, `aldus de in een verklaring`). Not in German, whose articles are relative pronouns
        too (`die in Bonn`); an indefinite article only in English (elsewhere a numeral: `una a
        una`, `um em cada`, `een op de vijf`; Dutch `het` a pronoun); not an article before a
        genitive preposition, a pronoun (`el de Madrid`); not a
        Dutch extended attribute (`de in 2020 gebouwde brug`). A preposition of more than three
        letters that is no fused article may be an ordinal or an adjective (`il secondo lancio`,
        `a near 18-month war`, `a following of`): only the short ones count, and only before what
        opens their noun phrase (`il da farsi`: an infinitive made a noun)."""
        language, words = doc.language, doc.words
        texts, starts, ends, prose = words.texts, words.starts, words.ends, doc.prose
        word = lower[i]
        if (language in _ARTICLE_PRONOUNS or i + 2 >= len(texts) or word not in classes["definite"]
                and (language != "en" or word not in classes["indefinite"])):
            return False
        follower = lower[i + 1]
        if (not (follower in classes["prepositions"] or follower in classes["fused"]) or follower in classes["partitive"]
                or not texts[i].islower() or not texts[i + 1].islower()
                or prose[ends[i - 1]:starts[i]] != " " or prose[ends[i]:starts[i + 1]] != " "
                or lower[i - 1] in classes["prepositions"] or lower[i - 1] in classes["fused"]):
            return False
        if len(follower) > _SHORT_PREPOSITION and follower not in classes["fused"]:
            return False
        if follower not in classes["fused"] and not (_opens_phrase(doc, i + 2, lower, classes)
                                                     or lower_case_class(lower[i + 2], language) in (NOUN, ADJECTIVE)):
            return False  # `il da farsi`: a preposition and an infinitive made a noun
        return not (language == "nl" and LinkHoleCheck._extended_attribute(doc, i + 1))

    @staticmethod
    def _lost_agent(doc: Document, i: int, lower: list[str], classes: _Classes) -> bool:
        """Word i is a passive's agent preposition after a participle, straight before another
        preposition that opens a noun phrase (`approved by in March`, `adotado por em 2018`,
        `released by on Monday`): the agent was a link. Before a number word or a degree word the
        second preposition measures (`congeladas por até três meses`, `delayed by at least`)."""
        words = doc.words
        texts, starts, ends, prose = words.texts, words.starts, words.ends, doc.prose
        if lower[i] not in classes["agent"] or i + 2 >= len(texts):
            return False
        follower = lower[i + 1]
        return ((follower in classes["prepositions"] or follower in classes["fused"]) and follower != lower[i]
                and texts[i - 1].islower() and texts[i].islower() and texts[i + 1].islower()
                and prose[ends[i - 1]:starts[i]] == " " and prose[ends[i]:starts[i + 1]] == " "
                and lower_case_class(lower[i - 1], doc.language) == VERB and _opens_phrase(doc, i + 2, lower, classes))

    @staticmethod
    def _closed_after(doc: Document, i: int, lower: list[str], classes: _Classes) -> bool:
        """The word after word i, one space away and in lower case, is a preposition, a fused
        article or a conjunction or complementizer: no noun follows word i (German `Wegen` is one)."""
        words = doc.words
        if (i + 1 >= len(words) or doc.prose[words.ends[i]:words.starts[i + 1]] != " "
                or not words.texts[i + 1][:1].islower()):
            return False
        nxt = lower[i + 1]
        return nxt in classes["prepositions"] or nxt in classes["fused"] or nxt in classes["closed"]

    @staticmethod
    def _relative_clause(doc: Document, i: int) -> bool:
        """Word i opens a clause after a comma or bracket (`, mit der verhandelt wurde`)."""
        before = doc.prose[max(doc.words.starts[i] - 3, 0):doc.words.starts[i]].rstrip(" \u00a0")
        return bool(before) and before[-1] in _CLAUSE_MARKS

    @staticmethod
    def _extended_attribute(doc: Document, i: int) -> bool:
        """A participle follows within a few words, inside the clause: the words after the article
        are an extended attribute (`in een met subsidie gebouwde hal`)."""
        words, prose = doc.words, doc.prose
        for k in range(i + 1, min(i + 1 + _EXTENDED_REACH, len(words))):
            if _clause_ends(prose[words.ends[k - 1]:words.starts[k]]):
                return False
            text = words.texts[k]
            if text.islower() and text.endswith(_ATTRIBUTIVE_ENDINGS) and lower_case_class(text, doc.language) == VERB:
                return True
        return False

    @staticmethod
    def _split_adverb(doc: Document, i: int, lower: list[str]) -> bool:
        """`er`, `daar`, `hier` or `waar` earlier in the clause: the preposition is its second half."""
        words, prose = doc.words, doc.prose
        for k in range(i - 1, max(i - 12, -1), -1):
            if _clause_ends(prose[words.ends[k]:words.starts[k + 1]]):
                return False
            if lower[k] in _DUTCH_SPLIT_ADVERBS:
                return True
        return False

    @staticmethod
    def _finding(doc: Document, first: int, last: int, after: str) -> Finding:
        words = doc.words
        start, end = words.starts[first], words.ends[last]
        return Finding(start, end, values={"span": doc.prose[start:end], "after": after}, message=EMPTY_PHRASE)


def _clause_ends(between: str) -> bool:
    """What stands between two words holds a stop mark, not one a number holds with no space
    (`60.000`, `4,1`)."""
    return between not in (".", ",") and any(mark in between for mark in _STOPS)


def _verb(word: str, language: str | None, classes: _Classes) -> bool:
    """The word is a verb's finite form or participle, no infinitive: a finite form with no
    other reading (German, Dutch: `hieß`, `liet`), or one that is also a participle, or a verb of
    the lower-case table, with no infinitive's ending (`auf vereisten Wegen`)."""
    form = finite_form(word, language)
    return form == FINITE or ((form == PARTICIPLE or lower_case_class(word, language) == VERB)
                              and not word.endswith(classes["nonfinite"]))


def _second_article(lower: list[str], k: int, classes: _Classes) -> bool:
    """Word k, straight after an article fused with a preposition, is a definite article: two
    articles with no noun between them (`disse ao o presidente`, `della la`, `zum der`). Not an
    object pronoun before an infinitive (`ao o ver`)."""
    if lower[k] not in classes["definite"]:
        return False
    return not (k + 1 < len(lower) and lower[k + 1].endswith(_INFINITIVE_ENDINGS))


def _consonant_word(text: str) -> bool:
    """English `an` cannot stand before this word: a lower-case word opening with a consonant
    letter that is read as a consonant (`in an sent to staff`: the noun after `an` was a link).
    Not `h` (`an hour`, `an historic`), `x` (`an x-ray`) or a word holding a capital or a digit,
    read letter by letter (`an mRNA vaccine`)."""
    return (text[:1] in _AN_CONSONANTS and text.isalpha() and text.islower())


def _opens_phrase(doc: Document, k: int, lower: list[str], classes: _Classes) -> bool:
    """Word k, one space after the word before it, opens a noun phrase: a name or a date (a
    capital, a digit), a determiner, a fused article or a preposition (`auprès de`)."""
    words = doc.words
    if k >= len(words) or doc.prose[words.ends[k - 1]:words.starts[k]] != " ":
        return False
    first = words.texts[k][:1]
    return (first.isupper() or first.isdigit() or lower[k] in classes["determiners"] or lower[k] in classes["fused"]
            or lower[k] in classes["prepositions"])
