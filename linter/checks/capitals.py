"""`midsentence-capital`: a common word capitalised in the middle of a sentence.

Machine translation of link texts leaves their capitals behind (`nel Paese Un nuovo
mandato`, `ha detto Un portavoce`). Two kinds of evidence, so names stay silent:
- a closed-class word (article, preposition, numeral, auxiliary) capitalised before a
  lower-case word, or before a noun in languages that capitalise nouns;
- in languages listed under `content_languages`, a content word capitalised right after a
  lower-case content word when the same article also writes it in lower case, or a very
  common word (`common_zipf`) tacked onto a proper name (`di Pechino Grande supporto`);
- a verb or adjective, which never takes a capital: a participle after its auxiliary
  (`participles`: `era Tornato operativo`), an adjective by its ending between lower-case words
  (`adjective_endings`: `revista Científica especializada`), both capitalised only there; a
  noun after an article before the genitive and a lower-case word (`genitive`: `el Sistema de
  lanzaderas`) when the article writes it in lower case elsewhere.
Capitals after a sentence end, colon or opening quote, inside headings and Title Case lines,
and words followed by another capital (`Le Monde`, `Casa Bianca`) are never reported.
"""
from __future__ import annotations

from collections import Counter
from itertools import islice

from ..compiled import COMMON, compile_cached
from .. import capitalmodel
from ..capitalshare import capital_share, estimated
from ..document import WORD, Document, Token
from ..langdata import lowered, lowered_words, word_list
from ..lexicon import zipf
from ..rule import Check, Finding
from ..sentences import BLOCK, CONTINUE, SENTENCE, WordContext, WordContexts, word_contexts
from ..value import named_tuple
from ..wordclasses import ADJECTIVE, ADVERB, NOUN, VERB, adjectival, lower_case_class, named_class

TYPE_CHECKING = False  # typing's flag, without importing typing: a run never does (~3 ms)
if TYPE_CHECKING:
    from typing import Any, Iterable, Iterator

_TITLE_WORD = compile_cached(r"\p{L}[\p{L}'’-]*")
_PHRASE_GAP = compile_cached(r"[ \t\u00a0]+|[ \t\u00a0]*\n[ \t\u00a0]*")
_HEADING_WORDS = 8  # a line this short without final punctuation is a heading
_FRAGMENT_WORDS = 3  # lower-case words opening a paragraph before a capital: a fragment, then a sentence
_CLAUSE_BREAK = compile_cached(r"[,;:][ \t\u00a0]+")
_SYMBOL = compile_cached(r"[\p{So}\p{Sm}|•·]")  # arrows, bullets, pipes: what teasers and labels open with
_KICKER_WORDS = 3  # a topic or name set before a headline (`Ukraine`, `Fernando Alonso`)
_LABEL_SEPARATOR = compile_cached(r"[|/·•:]")  # what divides a byline or credit's parts (`Name | Desk`)
_ELIDED_NAME = compile_cached(r"\p{Ll}{1,4}['’]\p{Lu}")  # `d'Italia`, `dell'Unione`: a name goes on
_ELIDED_ARTICLE = compile_cached(r"[ldLD]['’]\p{Ll}")
_KNOWN_WORD_ZIPF = 2.5
_ADJECTIVE_LETTERS = 6  # shorter words with these endings are names too often (`Chico`)
_COMMON_ADJECTIVE_ZIPF = 3.0
_COMMON_PLURAL_ZIPF = 4.0
_COUNTED_PLURAL_ZIPF = 3.5
_PHRASE_PLURAL_ZIPF = 2.5  # a plural this common after its article is a noun phrase (`nelle Caldaie`): the word classes' floor
_HEAD_REACH = 3  # words before an article that may hold the institution's head whose portfolio follows
_POSSESSED_NOUN_ZIPF = _KNOWN_WORD_ZIPF  # a common word; brands after one (`sa Peugeot rouge`) go on with a content word
_OWN_WORD_LEAD = 0.5  # a word of the language, not a brand English writes as often
_STEM_LETTERS, _COMMON_STEM_ZIPF = 4, 3.5  # `schlecht|en`; not `Met|er`
_CONTENT_LETTERS = 3  # shorter lower-case words are clitics and elisions (`'s Avonds`)
_PLURAL_ENDINGS = ("s", "x")
_NAME_CAPITALS = compile_cached(r"\p{Lu}{1,2}\p{Ll}+")  # `Estadística`, Dutch `IJssel`
_INFLECTIONS = ("e", "er", "es", "en", "em")  # a German adjective's endings
_ATTRIBUTE_ENDINGS = ("e", "es", "en", "em")  # those only an attribute takes (`weiter` is an adverb too)
_RARE = "rare"  # a word that the word classes do not know and running text rarely capitalises
_OPENING_QUOTE = compile_cached(r"[«“„‘\"']")
_SENTENCE_END = compile_cached(r"[ \t\u00a0»”’\"')\]]*[.!?…]")  # a final mark, maybe after a closing quote


class MidsentenceCapitalCheck(Check):
    name = "midsentence-capital"
    DATA = frozenset({"content_languages", "exceptions", "one_letter_suspects", "suspects", "also_suspects",
                      "suspects_before_lower", "subject_pronouns", "title_case_languages", "infinitives",
                      "participles", "adjective_endings", "genitive", "labels_after", "plural_endings",
                      "abstract_nouns", "clause_openers", "inflected_adjectives", "noun_openers", "counted_plurals",
                      "written_lower_after", "institutions", "plural_articles", "passive_participles",
                      "prenominal_adjectives", "possessives", "institution_heads", "finite_verb_endings",
                      "irregular_participles", "address_pronouns", "title_nouns", "name_styled_languages", "articles", "indefinite_articles",
                      "nominalised_genitive_endings", "personal_pronouns",
                      "nominalised_ordinals", "decade_nouns", "genitive_articles", "name_prepositions", "copulas",
                      "quantifiers", "article_plurals", "superlatives",
                      "titles_before_names", "street_nouns"})
    # a text where the rule already found `slips_to_trust` slips went through a pipeline that
    # leaves link capitals throughout: there the model's weaker evidence counts, from
    # `threshold_after_slips`; one slip found already makes the model's stronger evidence count,
    # from `threshold_after_slip`
    # the language's threshold is set on every capital the model judges, names and institutions
    # among them; a capital that no name's shape explains counts from `threshold_unexplained`
    OPTIONS = {"common_zipf": 5.5, "title_case_share": 0.6, "slips_to_trust": 2, "threshold_after_slips": 0.75,
               "threshold_after_slip": 0.85, "threshold_plural_after_article": 0.5, "threshold_unexplained": 0.8,
               "rare_capital_share": 0.1, "rare_estimated_share": 0.01}

    def __init__(self, spec, options=None):
        super().__init__(spec, options)
        self._data: dict[tuple[str, str | None], Any] = {}

    def language_data(self, key: str, language: str | None) -> Any:
        """The rule's data `key` for a language, worked out once (it is asked for every candidate word)."""
        if (key, language) not in self._data:
            self._data[key, language] = self.spec.language_data(key, language)
        return self._data[key, language]

    def find(self, doc: Document) -> Iterable[Finding]:
        lists = self.word_lists(doc)
        contexts = word_contexts(doc)
        model = capitalmodel.current_model()
        threshold = model.threshold(doc.language)
        found, likely = 0, []  # likely: what the model scores from `threshold_after_slips` up
        for candidate in self.candidates(doc, lists):
            ctx, nxt = candidate.context, candidate.next
            if candidate.phrase:
                hand = self._hand_evidence(doc, contexts, candidate, lists)
                span_end = nxt.end if hand and (nxt.text[:1].islower() or lists.nouns_capitalised) else ctx.token.end
            else:  # before punctuation (`de son Adversaire, l'ancienne`) or the block's end (`vivienda Pública.`)
                hand = ((nxt is not None and _CLAUSE_BREAK.fullmatch(doc.prose, ctx.token.end, nxt.start) is not None
                         and self._after_possessive(doc, ctx, nxt, lists.function_words))
                        or self._never_capitalised(doc, contexts, candidate.index, None, lists)  # `wirkte Erleichtert.`
                        or self._common_noun_by_lexicon(doc, contexts, candidate.index, None, lists, before_mark=True)
                        or _capital_pronoun(candidate, lists))  # `for Us.`
                span_end = ctx.token.end
            rare = not hand and self._rare_capital(doc, contexts, candidate, lists)
            if rare and candidate.phrase and (nxt.text[:1].islower() or lists.nouns_capitalised):
                span_end = nxt.end
            finding = Finding(ctx.token.start, span_end, values={"word": ctx.token.text})
            probability = (capitalmodel.score(model, self.features(doc, contexts, candidate))
                           if not hand and threshold <= 1.0 and self.for_model(doc, candidate, lists, contexts) else 0.0)
            if hand or probability >= threshold or (
                    # a common plural after its article is a noun phrase, no name's start but for
                    # the institutions, and so is a plural adjective after its plural noun: the
                    # model's weaker evidence counts there
                    probability >= self.options["threshold_plural_after_article"]
                    and ((candidate.phrase and (self._plural_noun_phrase(doc, contexts, candidate.index, nxt, lists)
                                                or self._noun_after_prenominal(doc, contexts, candidate.index, nxt, lists)))
                         or self._agreeing_plural_adjective(doc, contexts, candidate)
                         or self._article_noun_written_lower(doc, contexts, candidate, lists))):
                found += _in_prose(doc, ctx.token.start)  # a list of headlines is no evidence (`3 Don't toot`)
                yield finding
            elif rare:  # evidence about the word, not the text's pipeline: it makes no weaker evidence count
                yield finding
            elif probability >= self.options["threshold_after_slips"] and not (candidate.phrase and nxt.text[:1].isupper()):
                # not before a capital, where a name may go on (`Verbands Beratender Ingenieure`); on
                # one slip's evidence not a few words before one either (`the guidebook Trails of the
                # Upper Valley`), except where every noun takes a capital, nor a closed-class word
                # (`the No campaign`)
                weak = ((not lists.nouns_capitalised and capitalmodel.name_goes_on_after(contexts, candidate.index))
                        or _closed_class_word(ctx.token.text.lower(), doc.language))
                if (not weak and probability >= self.options["threshold_unexplained"]
                        and not self._name_shaped(doc, contexts, candidate, lists)):
                    yield finding
                    continue
                likely.append((finding, probability, weak))
        if found:
            least = self.options["threshold_after_slips" if found >= self.options["slips_to_trust"] else "threshold_after_slip"]
            yield from (finding for finding, probability, weak in likely
                        if probability >= least and not (weak and found < self.options["slips_to_trust"]))

    def _name_shaped(self, doc: Document, contexts: WordContexts, candidate: "Candidate", lists: "_Lists") -> bool:
        """What may explain a capital the model scores as a slip:
        - every noun takes one (German), or the dictionary also writes the word with a capital
          (`its Western partners`), or it is an adjective where names style theirs (`Democratic`);
        - an institution the language's style capitalises (`ao Estado há`), or the portfolio
          after an institution's head (`minister van Landbouw`);
        - after a preposition of place, maybe with an article other than an indefinite one, with
          which no place's name opens (`a Lanciano`, `in het Vondelpark`);
        - in apposition to a lower-case common noun (`la direttiva Uccelli`, `la plaza Mayor`);
        - after a capital that is no closed-class word (`megavatios. Red Eléctrica asegura`; not
          `Les Acheteurs`), a number before or after it (`the 14th Century`, `la Linha 6`; a
          plural after a plain number is counted: `85 Kramen,`);
        - a noun with no article between a verb and a mark: a name as the object (`it failed Dad.`)."""
        i, nxt = candidate.index, candidate.next
        prev, word = contexts[i].prev.text, contexts.texts[i].lower()
        kind = lower_case_class(word, doc.language)
        heads = lowered(tuple(self.language_data("institution_heads", doc.language) or ()))
        places = lists.place_prepositions
        return (lists.nouns_capitalised or kind is None or (kind == ADJECTIVE and self._name_styled(doc))
                or _institution(word, lists.institutions) or _portfolio(contexts, i, heads, lists.links)
                or ((prev.lower() in places
                     or (i >= 2 and contexts.texts[i - 2].lower() in places
                         and prev.lower() in lists.function_words and prev.lower() not in lists.indefinite_articles))
                    and (self._name_styled(doc) or not _lone_common_noun(doc, contexts, i, kind, lists.links,
                                                                          prev.lower() in places)))
                or (prev.islower() and lower_case_class(prev, doc.language) == NOUN
                    and not self._agreeing_plural_adjective(doc, contexts, candidate))
                or (prev[:1].isupper() and prev.lower() not in lists.closed_class)
                or (prev[:1].isdigit() and not (prev.isdigit() and self._plural(doc, word)))
                or (nxt is not None and nxt.text[:1].isdigit())  # past a mark too: `Electricity (5.4%)`
                or (kind == NOUN and not candidate.phrase and lower_case_class(prev, doc.language) == VERB))

    def _agreeing_plural_adjective(self, doc: Document, contexts: WordContexts, candidate: "Candidate") -> bool:
        """A plural with an adjective's reading, capitalised once, right after a lower-case plural
        noun of the word classes (both with a plural ending of data `plural_endings`) and before a
        lower-case word or a mark: an adjective agreeing with its noun (`i turni Notturni vengono`,
        `los colectivos Ecologistas de`), not a name in apposition, which does not agree with it
        (`il gruppo Civici per la Valle`, `la direttiva Uccelli`)."""
        endings = tuple(self.language_data("plural_endings", doc.language) or ())
        i, nxt = candidate.index, candidate.next
        word, prev = contexts.texts[i], contexts[i].prev.text
        lower = word.lower()
        return (bool(endings) and len(lower) >= _ADJECTIVE_LETTERS and lower.endswith(endings)
                and prev.islower() and prev.endswith(endings) and contexts.boundaries[i] == CONTINUE
                and _PHRASE_GAP.fullmatch(contexts[i].gap_before) is not None
                and lower_case_class(prev, doc.language) == NOUN and adjectival(lower, doc.language)
                and (not candidate.phrase or nxt.text[:1].islower()) and _capitalised_uses(doc)[word] == 1)

    def _article_noun_written_lower(self, doc: Document, contexts: WordContexts, candidate: "Candidate",
                                    lists: "_Lists") -> bool:
        """A common noun of the word classes capitalised once, right after an article (data
        `prenominal_adjectives` `articles`), that the text writes in lower case inside a sentence
        elsewhere, before a lower-case word other than an adjective or before a mark (`il
        Raccolto, spiegano`, `la Machine présentait`): the text's own evidence that it is the common
        noun; an institution's or a service's name opens with its noun and goes on with an adjective
        or a capital (`la Sécurité sociale`, `il Soccorso alpino`, `il Centro sportivo italiano`), a
        portfolio follows an institution's head (`ministère du Logement`) and a title opens with a
        quote (`« des Saisons »`)."""
        i, nxt = candidate.index, candidate.next
        word = contexts.texts[i]
        lower = word.lower()
        articles = (self.language_data("prenominal_adjectives", doc.language) or {}).get("articles", ())
        heads = lowered(tuple(self.language_data("institution_heads", doc.language) or ()))
        return (not lists.nouns_capitalised and contexts[i].prev.text.lower() in articles
                and _PHRASE_GAP.fullmatch(contexts[i].gap_before) is not None
                and not _OPENING_QUOTE.search(contexts[i - 1].gap_before)  # `dite « des Saisons »`: a title
                and lower_case_class(lower, doc.language) == NOUN and _capitalised_uses(doc)[word] == 1
                and lower in _lower_in_sentences(doc) and not _institution(lower, lists.institutions)
                and (nxt is None or (nxt.text[:1].islower() and not (candidate.phrase and adjectival(nxt.text, doc.language))))
                and not _portfolio(contexts, i, heads, lists.links) and not _head_before(contexts, i - 1, heads)
                and not _name_goes_on_before(contexts, i, lists.links) and not capitalmodel.name_goes_on_after(contexts, i))

    def _plural(self, doc: Document, word: str) -> bool:
        """The word ends as the language's common plurals do after a plural article (`article_plurals`)."""
        endings = tuple((self.language_data("article_plurals", doc.language) or {}).get("endings", ()))
        return bool(endings) and len(word) >= _ADJECTIVE_LETTERS and word.endswith(endings)

    @staticmethod
    def for_model(doc: Document, candidate: "Candidate", lists: "_Lists", contexts: WordContexts) -> bool:
        """The model judges content words; closed-class ones (`Un`, `Die`, `Will`) only the
        written contexts, since titles and names open with them too (`Die Linke`, `The Crown`).
        Nor a word just after a capital inside the sentence, which goes on a name (`Sultan Qaboos
        bin Said`), except where every noun takes a capital (`die Stadt werde Alles tun`), nor a
        surname made of an adjective (`ha sido Prieto en la`), nor an adjective of a place or
        people by its ending, which Dutch capitalises (`een Duitse installateur`), nor a word the
        dictionary also writes with a capital in apposition to a lower-case common noun, a name
        (`in haar thuisbasis Schoten`, `la direttiva Uccelli`), nor, where every noun takes a
        capital, a word after a numeral, a noun (`fünf Geschossen`)."""
        word, prev = candidate.context.token.text.lower(), candidate.context.prev.text
        kind = lower_case_class(word, doc.language)
        return (not candidate.one_letter and word not in lists.closed_class
                and not word.endswith(lists.place_adjective_endings)  # `een Duitse installateur`
                and (lists.nouns_capitalised or not _after_capitals(contexts, candidate.index))
                and not (kind is None and prev.islower() and lower_case_class(prev, doc.language) == NOUN)
                and not (lists.nouns_capitalised and (prev.isdigit() or prev.lower() in lists.numerals))  # `fünf Geschossen`
                and not (kind == ADJECTIVE
                         and _adjective_surname(doc, contexts, candidate.index,
                                                candidate.next if candidate.phrase else None, lists)))

    def features(self, doc: Document, contexts: WordContexts, candidate: "Candidate") -> dict[str, float]:
        """The model's signals for a candidate capital."""
        return capitalmodel.features(doc, contexts, candidate.index,
                                     candidate.next_index if candidate.phrase else None, self._classes(doc))

    def _classes(self, doc: Document) -> capitalmodel.WordClasses:
        key = ("word-classes", doc.language)
        if key not in self._data:
            data = self.language_data
            language = doc.language
            endings = (*((data("infinitives", language) or {}).get("endings", ())),
                       *((data("participles", language) or {}).get("endings", ())),
                       *(data("finite_verb_endings", language) or ()))
            self._data[key] = capitalmodel.WordClasses(
                function_words=lowered_words(doc, "function_words"), numerals=lowered_words(doc, "numerals"),
                name_links=lowered_words(doc, "name_links"),
                noun_openers=lowered(tuple(data("noun_openers", language) or ())),
                adjective_endings=tuple(data("adjective_endings", language)
                                        or (data("inflected_adjectives", language) or {}).get("endings", ())),
                plural_endings=tuple(data("plural_endings", language) or ()), verb_endings=tuple(endings),
                indefinite_articles=lowered(tuple(data("indefinite_articles", language) or ())),
                place_prepositions=lowered_words(doc, "place_prepositions"),
                role_nouns=lowered((*word_list(doc, "role_nouns"), *(data("title_nouns", language) or ()))))
        return self._data[key]

    def word_lists(self, doc: Document) -> "_Lists":
        """The word lists the rule reads for the document's language."""
        function_words = lowered_words(doc, "function_words")
        suspects = (lowered(tuple(self.language_data("suspects", doc.language) or ())) or function_words) | lowered(
            tuple(self.language_data("also_suspects", doc.language) or ()))
        lower_suspects = lowered(tuple(self.language_data("suspects_before_lower", doc.language) or ()))
        return _Lists(
            function_words=function_words, suspects=suspects, lower_suspects=lower_suspects,
            closed_class=function_words | suspects | lower_suspects,
            dangling=lowered_words(doc, "dangling_words"),
            subjects=lowered(tuple(self.language_data("subject_pronouns", doc.language) or ())),
            address=lowered(tuple(self.language_data("address_pronouns", doc.language) or ())),
            pronouns=lowered(tuple(self.language_data("personal_pronouns", doc.language) or ())),
            title_nouns=lowered(tuple(self.language_data("title_nouns", doc.language) or ())),
            decade_nouns=lowered(tuple(self.language_data("decade_nouns", doc.language) or ())),
            openers=tuple(self.language_data("clause_openers", doc.language) or ()),
            label_openers=lowered(tuple(self.language_data("labels_after", doc.language) or ())),
            one_letter_suspects=lowered(tuple(self.language_data("one_letter_suspects", doc.language) or ())),
            title_case=doc.language in (self.language_data("title_case_languages", doc.language) or ()),
            numerals=lowered_words(doc, "numerals"),
            links=lowered_words(doc, "name_links"),
            name_prepositions=lowered(tuple(self.language_data("name_prepositions", doc.language) or ())),
            calendar=lowered((*word_list(doc, "months"), *word_list(doc, "weekdays"))),
            nouns_capitalised=bool(doc.lang_data.get("capitalised_nouns")),
            institutions=lowered(tuple(self.language_data("institutions", doc.language) or ())),
            quantifiers=lowered(tuple(self.language_data("quantifiers", doc.language) or ())),
            articles=lowered(tuple(self.language_data("articles", doc.language) or ())),
            indefinite_articles=lowered(tuple(self.language_data("indefinite_articles", doc.language) or ())),
            place_prepositions=lowered_words(doc, "place_prepositions"),
            role_nouns=lowered_words(doc, "role_nouns"),
            noun_openers=lowered(tuple(self.language_data("noun_openers", doc.language) or ())),
            place_adjective_endings=tuple((self.language_data("inflected_adjectives", doc.language) or {}).get("of_places", ())),
            # after these a name made of a common word may stand: articles and prepositions inside
            # names, prepositions of place, role nouns (`il sindaco Sala`), words that name (`detto Grosso`)
            name_openers=(lowered_words(doc, "name_links") - lowered_words(doc, "name_conjunctions"))
            | lowered((*word_list(doc, "place_prepositions"), *word_list(doc, "role_nouns"), *word_list(doc, "naming_words"))),
            content=doc.language in (self.language_data("content_languages", doc.language) or ()),
            exceptions=[self.timed(compile_cached(p, 0, doc.language or COMMON))
                        for p in self.language_data("exceptions", doc.language) or ()])

    def candidates(self, doc: Document, lists: "_Lists | None" = None) -> Iterator["Candidate"]:
        """The capitals inside a sentence that may be slips: not a sentence's start after all, not
        in a heading or Title Case line, not a month, a pronoun of address, a name that goes on
        (`Fratelli d'Italia`, `Nacional de Estadística`) or a title after its noun (`il film La`)."""
        lists = lists or self.word_lists(doc)
        function_words = lists.function_words
        # German capitalises every noun: a paragraph full of capitals is no Title Case headline there
        title_blocks = set() if lists.nouns_capitalised else _title_case_blocks(doc, self.options["title_case_share"])
        contexts = word_contexts(doc)
        boundaries = contexts.boundaries
        for i, word in enumerate(contexts.texts):  # a context is made only for a capital inside a sentence
            if boundaries[i] != CONTINUE or not word[:1].isupper() or not contexts.joined(i):
                continue
            one_letter = len(word) == 1 and word.isupper() and word.lower() in lists.one_letter_suspects
            if not (_plain_capitalised(word) or one_letter):
                continue
            block = doc.block_at(contexts.starts[i])
            if block is None or block.kind in ("heading", "table") or block.start in title_blocks:
                continue
            last = i + 1 == len(contexts) or not contexts.joined(i + 1)
            if last and (one_letter or not _SENTENCE_END.match(doc.prose, contexts.ends[i])):
                continue  # a block's last word counts only before its sentence's final mark (`throughout the Summer.`)
            ctx = contexts[i]
            nxt = ctx.next  # None after a block's last word
            # the cheap tests first: each only drops the word
            if _name_part(ctx.prev.text) and doc.prose[ctx.prev.end:ctx.token.start] == " ":
                continue  # `sponsorFernleigh Motors`, `the channel WPM Four`: a name glued or abbreviated goes on
            if _elided_opener(doc, contexts, i):
                continue  # `'s Avonds werden`: the sentence opens with an elided article, its noun takes the capital
            if ((ctx.prev.text.lower() in lists.title_nouns and word.lower() in lists.closed_class)
                    or (ctx.prev.text.lower() in lists.decade_nouns and word.lower() in lists.numerals)
                    or (nxt is not None and _ELIDED_NAME.match(nxt.text))):
                continue  # `il film La grande bellezza`: a title opens; `gli anni Settanta`: a decade; `Fratelli d'Italia`: a name goes on
            lower = word.lower()
            if lower in lists.calendar or (lower[-1:] == "s" and lower[:-1] in lists.calendar) or lower in lists.address or (
                    lower not in lists.pronouns
                    and _opens_linked_name(contexts, i, lists.links | lists.name_prepositions, doc, lists.nouns_capitalised)):
                continue  # months and weekdays (`aos Sábados`) have their own rule; `finden Sie hier`; `Nacional de Estadística` is a name (`sagte Er am Montag` is not)
            if _opens_sentence_after_all(doc, contexts, i, lists.dangling, function_words, lists.closed_class):
                continue
            if lists.nouns_capitalised and _after_attributive_adjective(ctx.prev.text, doc.language):
                continue  # `sein 200-jähriges Bestehen`: an inflected adjective stands before its noun
            phrase = nxt is not None and _PHRASE_GAP.fullmatch(doc.prose[ctx.token.end:nxt.start]) is not None
            next_index = i + 1
            if (phrase and nxt.text.isdigit() and lower in lists.closed_class and i + 2 < len(contexts)
                    and contexts[i + 2].prev == nxt):
                # `y Otras 40 resultaron`: judge a closed-class word by the word after the number; a
                # content word before a number is a numbered name (`la Línea 2 del`, `Terminal 3 of`)
                nxt, next_index = contexts[i + 2].token, i + 2
            if one_letter and (not ctx.prev.text.islower() or nxt.text.lower() in function_words
                               or _letter_label(doc, contexts, next_index, function_words)):
                continue  # `Plan A for`, `Serie A`, `de O negativo,`: a label, not an article
            if doc.in_match(ctx.token.start, lists.exceptions):
                continue
            yield Candidate(i, ctx, nxt, next_index if nxt is not None else None, phrase, one_letter)

    def _hand_evidence(self, doc: Document, contexts: WordContexts, candidate: "Candidate", lists: "_Lists") -> bool:
        """The written contexts in which a capital before a word is a slip."""
        i, ctx, nxt, one_letter = candidate.index, candidate.context, candidate.next, candidate.one_letter
        function_words, nouns_capitalised = lists.function_words, lists.nouns_capitalised
        lower = ctx.token.text.lower()
        if _capital_pronoun(candidate, lists) or self._title_before_name(doc, contexts, i):  # `sagte Er bei`, `zei Wethouder Ruud`
            return True
        if lower in lists.suspects or one_letter or lower in lists.lower_suspects:
            if ctx.prev.text.lower() in lists.label_openers:
                return False  # `an About page`: a label
            if not nouns_capitalised and _after_name_particles(contexts, i, lists.links | lists.name_prepositions):
                return False  # `Marjolein ter Haar zei`: a surname after its particles
            prev_capitalised = _plain_capitalised(ctx.prev.text) and not contexts[i - 1].may_start_sentence
            if prev_capitalised and (lower in lists.numerals or lists.title_case):
                return False  # Formula One; English titles in Title Case (`Takin’ It to the Streets`)
            if lower in lists.lower_suspects and lower not in lists.suspects:
                if prev_capitalised and not nouns_capitalised:
                    return False  # `Democracia Real Ya`: an adverb may end a name
                # `Die Zeit`: a name, unless a clause opens with it and the text writes `die Stadt` too
                return nxt.text[:1].islower() or (ctx.prev.text in lists.openers and _word_pairs(doc)[lower, nxt.text] > 0)
            return nouns_capitalised == nxt.text[:1].isupper() and not nxt.text.isupper()  # `La Tour-du-Pin`
        if (ctx.prev.text.lower() in lists.subjects and nxt.text[:1].islower() and not nouns_capitalised
                and (lower in function_words or zipf(lower, doc.language) >= self.options["common_zipf"])):
            return True  # `it Will not`, `elle Doit partir`: no name follows a subject pronoun
        if self._never_capitalised(doc, contexts, i, nxt, lists):  # `und Warnte vor`, `has Also opened`
            return True
        if self._plural_after_opening_article(doc, contexts, i, nxt, lists):  # `Les Salariés demandent`
            return True
        if lower in function_words:
            return False
        if (self._infinitive_after_preposition(doc, ctx, nxt)  # `di Ridurre la dipendenza`
                # `era Tornato operativo`, `has Decided to`, `erano stati Sospesi per`
                or any(self._participle_after_auxiliary(doc, ctx, nxt, key)
                       for key in ("participles", "passive_participles", "irregular_participles"))
                or self._finite_verb(doc, ctx, nxt)  # `as autoridades Decidiram fechar`
                or self._prenominal_adjective(doc, ctx, nxt, function_words)  # `la Mayor cifra`
                or self._after_possessive(doc, ctx, nxt, function_words)  # `de son Adversaire, l'ancienne`
                # `einem Kleinen Team`; a superlative after a definite article: `de Moeilijkste beslissing`
                or any(self._inflected_adjective(doc, ctx, nxt, nouns_capitalised, function_words, key)
                       for key in ("inflected_adjectives", "superlatives"))
                # `und Entspricht europäischem Recht` where the text writes `entspricht`
                or self._lower_case_word_in_noun_language(doc, ctx, nxt, nouns_capitalised)
                or self._counted_plural(doc, ctx, nxt, lists.numerals)  # `twee Coalitiepartners stemden`
                or self._plural_before_agreeing_adjective(doc, ctx, nxt)  # `de Oportunidades perdidas`
                or self._noun_written_lower_after_article(doc, contexts, i, nxt)  # `the Hospital had`
                or self._common_noun_by_lexicon(doc, contexts, i, nxt, lists)):  # `mobiele Keringen`
            return True
        if not lists.content or nouns_capitalised or not nxt.text[:1].islower():
            return False
        return self._content_evidence(doc, contexts, i, lists.links)

    def _never_capitalised(self, doc: Document, contexts: WordContexts, i: int, nxt: Token | None,
                           lists: "_Lists", rare: bool = False) -> bool:
        """A verb, adjective or adverb that the language's dictionary writes only in lower case
        (`wordclasses`), capitalised once after a lower-case word, before another or before
        punctuation (`nxt` None): no language capitalises one inside a sentence (`und Warnte
        vor`, `sei Äußerst angespannt`, `le barche Restano in`, `wirkte Erleichtert.`).
        Not after an article or a preposition, after which a place or a name made of such a word
        stands (`a Lanciano`, `di Grosso`), nor, in German, after a word that opens a noun phrase,
        or after one and a modifier (`bei Weitem`, `das Neue`, `etwas ganz Tolles`). `rare`: the
        caller found that running text outside the document rarely capitalises the word."""
        prev = contexts[i].prev.text.lower()
        openers = lists.noun_openers if lists.nouns_capitalised else frozenset()
        modifier = lower_case_class(prev, doc.language) in (ADJECTIVE, ADVERB)
        if prev in lists.name_openers or prev in openers or (
                modifier and i >= 2 and contexts.texts[i - 2].lower() in openers):
            return False  # `etwas ganz Tolles`: a noun phrase opens before a modifier too
        word = contexts.texts[i].lower()
        kind = lower_case_class(word, doc.language)
        if kind is None:
            # a word also written with a capital as a surname or a nominalised infinitive (`Sterk`,
            # `das Sinken`): the context tells it from a name (a name recurs, follows a preposition
            # of place or a role) and from a noun (an article or preposition opens one; where
            # nouns take a capital, a verb ends its clause: `weiter Sinken werden`, `Erschweren,`;
            # not `und Bedenken zu diskutieren`)
            kind = named_class(word, doc.language)
            if kind is not None and lists.nouns_capitalised and not (_ends_verb_clause(doc, nxt) or rare):
                return False  # `die Linienbusse Fahren während`: running text rarely nominalises it
            if kind is None and rare:
                kind = _RARE  # `sei Äußerst angespannt`, `a Low shot`: running text writes it in lower case
        if (kind == ADJECTIVE and self._name_styled(doc) and word not in _lower_in_sentences(doc)
                and not rare and not self._predicative(doc, prev, nxt, lists)):
            return False  # `Democratic politicians`, `Indigenous groups`
        if kind == ADJECTIVE and _adjective_surname(doc, contexts, i, nxt, lists):
            return False
        genitive = tuple(self.language_data("nominalised_genitive_endings", doc.language) or ())
        if kind == ADJECTIVE and genitive and word.endswith(genitive) and _plain_capitalised(contexts[i].prev.text):
            return False  # `Zugriff Dritter auf`: a nominalised adjective in the genitive
        ordinals = self.language_data("nominalised_ordinals", doc.language) or ()
        if kind == ADJECTIVE and any(word[:len(stem)] == stem and word[len(stem):] in _INFLECTIONS for stem in ordinals):
            return False  # `sind nun Vierter.`: a rank, a noun
        if kind == _RARE and lists.nouns_capitalised and (prev in lists.numerals or prev.isdigit()):
            return False  # `fünf Geschossen`: a noun that shares its letters with a verb form
        if kind == ADVERB and (lists.nouns_capitalised or (nxt is not None and nxt.text[:1].isdigit())):
            # `sind Bereits Schäden`: an adverb stands before a noun, and opens no name; nor
            # before a number it qualifies (`expect Nearly 40,000`)
            nxt = None
        if lists.nouns_capitalised and kind in (ADJECTIVE, ADVERB, _RARE) and _coordinated(contexts, i, lists.links):
            return False  # `im Hier und Jetzt`, `Jung und Alt`, `bei Unfällen und Stürzen`: a pair of nouns
        return (kind in (VERB, ADJECTIVE, ADVERB, _RARE)
                and self._lone_lexicon_capital(doc, contexts, i, nxt, lists, after_opening=kind in (VERB, ADVERB)))

    def _rare_capital(self, doc: Document, contexts: WordContexts, candidate: "Candidate", lists: "_Lists") -> bool:
        """A word the word classes leave open or know as a common noun, which running text
        outside the document rarely capitalises (`capitalshare`), in the written contexts where
        the word classes' own evidence would count: `_never_capitalised`, `_common_noun_by_lexicon`."""
        word, prev = candidate.context.token.text.lower(), candidate.context.prev.text
        if candidate.one_letter or word in lists.closed_class or not self._rarely_capitalised(word, doc.language):
            return False  # the table first: most capitals are no common word, and most languages have none
        i, nxt = candidate.index, candidate.next if candidate.phrase else None
        if estimated(doc.language) and (_institution(word, lists.institutions) or word in lists.quantifiers or not (
                capital_share(word, doc.language) < self.options["rare_estimated_share"])):
            # a share estimated from dictionaries counts from `rare_estimated_share` down (the
            # dictionaries list some names with a rare class: `Schoten`, a town), and not for a
            # part of a town or of history, named (`voor Noord`, `nel Seicento`), nor for a
            # closed-class quantifier (`qualche`), which the model judges
            return False
        if self._never_capitalised(doc, contexts, i, nxt, lists, rare=True):
            return True  # `sei Äußerst angespannt`, `kan tien jaar Duren`
        return not estimated(doc.language) and self._common_noun_by_lexicon(
            doc, contexts, i, nxt, lists, before_mark=nxt is None, rare=True)

    def _rarely_capitalised(self, word: str, language: str | None) -> bool:
        """Running text outside the document writes the word (in lower case) with a capital
        less often than `rare_capital_share` times as often as without (`capitalshare`; for
        Italian, French, Portuguese and Dutch an estimate from dictionaries, see `_rare_capital`)."""
        share = capital_share(word, language)
        return share is not None and share < self.options["rare_capital_share"]

    def _common_noun_by_lexicon(self, doc: Document, contexts: WordContexts, i: int, nxt, lists: "_Lists",
                                before_mark: bool = False, rare: bool = False) -> bool:
        """Where nouns take no capital, a common noun that the language's dictionary writes only in
        lower case, capitalised once between lower-case words, when the text shows it is no name:
        it writes the word in lower case elsewhere, an adjective or numeral stands before it
        (`mobiele Keringen`, `twee Meter`), or an indefinite article (`un Colpo di`) or, where
        names capitalise all their words (English), any article, before a word other than a noun,
        after which a name may stand as a modifier (`a Driver from`; not `a Goldilocks
        situation`, `in the Beehive`; elsewhere a name capitalises only its first word: `la
        Protezione civile`); not after a preposition of place, and not an
        institution the language's style capitalises (`la Région a`, `the Senate`). A quantifier
        describes the noun as a numeral does (`pocos Vecinos`). Before a mark (`before_mark`), where
        a name ends a sentence as often, only a word before that describes it or an indefinite
        article counts (`nessun Ferito.`), not the text's lower-case use. `rare`: as for
        `_never_capitalised`."""
        if lists.nouns_capitalised:
            return False
        word = contexts.texts[i].lower()
        prev = contexts[i].prev.text.lower()
        described = not self._name_styled(doc) and (
            prev in lists.numerals or prev.isdigit() or prev in lists.quantifiers
            or (len(prev) >= _CONTENT_LETTERS and lower_case_class(prev, doc.language) == ADJECTIVE))
        places = lists.place_prepositions
        before_article = contexts[i - 1].prev.text.lower() if i >= 2 and contexts[i - 1].prev else ""
        after_article = ((prev in lists.indefinite_articles  # no place's name opens with one: `di un Ritardo`
                          or (lists.title_case and prev in lists.articles and not before_mark  # `since the Jubilee.`
                              and before_article not in places))  # `in the Beehive`: a place's name
                         and (nxt is None or lower_case_class(nxt.text.lower(), doc.language) != NOUN))
        heads = lowered(tuple(self.language_data("institution_heads", doc.language) or ()))
        # `la Vegetación elegida`; not `el Gobierno`, nor before a mark (`the memoir Rewrites.`)
        rare = rare and not before_mark
        return (lower_case_class(word, doc.language) == NOUN and not _institution(word, lists.institutions)
                and prev not in places and not _portfolio(contexts, i, heads, lists.links)  # `ministère de la Santé`
                and not _name_goes_on_before(contexts, i, lists.links)  # `Party for the People leader`
                and ((word in _lower_in_sentences(doc) and not before_mark) or described or after_article or rare)
                # `la Protection civile`; no name opens after an indefinite article or a word that
                # describes it: `uma Resposta rápida`, `dos Tractores nuevos`
                and (lists.title_case or described or rare or prev in lists.indefinite_articles
                     or not _first_word_of_name(doc, word, nxt))
                and self._lone_lexicon_capital(doc, contexts, i, nxt, lists))

    def _plural_after_article(self, doc: Document, contexts: WordContexts, i: int, nxt: Token,
                              lists: "_Lists", fused: bool = False, least_zipf: float = _COMMON_PLURAL_ZIPF) -> bool:
        """A common plural noun (a noun of the word classes, with the language's plural ending,
        from `least_zipf`), capitalised once, right after a plural article (or, with `fused`, one
        fused with a preposition: `nelle`, `dos`, `aux`; and a plural read by its singular,
        `_plural_noun`) and before a lower-case word: a noun
        phrase (`gli Abitanti hanno`), unless it is an institution the language's style
        capitalises (`le Regioni chiedono`, `i Vigili del fuoco`)."""
        if lists.nouns_capitalised:
            return False
        data = self.language_data("article_plurals", doc.language) or {}
        articles = (*data.get("articles", ()), *(self.language_data("plural_articles", doc.language) or () if fused else ()))
        word = contexts.texts[i].lower()
        return (contexts.texts[i - 1].lower() in articles and nxt.text[:1].islower()
                and len(word) >= _ADJECTIVE_LETTERS and word.endswith(tuple(data.get("endings", ())))
                and self._plural_noun(word, doc.language, data, fused) and zipf(word, doc.language) >= least_zipf
                and not _institution(word, lists.institutions) and _capitalised_uses(doc)[contexts.texts[i]] == 1)

    @staticmethod
    def _plural_noun(word: str, language: str | None, data: dict, by_singular: bool) -> bool:
        """A noun of the word classes; with `by_singular`, also a plural they leave out (the
        dictionary writes it with a capital too, as a name: `Vecinos`, `Armadores`) whose singular
        by data `article_plurals` `singulars` is one (`vecino`, `armador`)."""
        kind = lower_case_class(word, language)
        return kind == NOUN or (by_singular and kind is None and any(
            word.endswith(plural) and lower_case_class(word[:len(word) - len(plural)] + singular, language) == NOUN
            for plural, singular in data.get("singulars", ())))

    def _plural_noun_phrase(self, doc: Document, contexts: WordContexts, i: int, nxt: Token, lists: "_Lists") -> bool:
        """A common plural after a plural article, bare or fused (`_plural_after_article`: `nelle
        Caldaie di rame`, `las Llamas llegaron`), where the model's weaker evidence counts: not in
        a name that goes on through link words from a capital before (`Natureza e das Florestas`),
        nor a portfolio a few words after an institution's head (`ministro português das
        Infraestruturas`), nor the complement of a lower-case noun through a fused article, a
        street's or a body's name (`quai des Pêcheurs`, `via dei Mulini`: data `street_nouns`, which
        the word classes leave out as names)."""
        heads = lowered(tuple(self.language_data("institution_heads", doc.language) or ()))
        bare = (self.language_data("article_plurals", doc.language) or {}).get("articles", ())
        streets = self.language_data("street_nouns", doc.language) or ()
        before = _elided_tail(contexts.texts[i - 2]) if i >= 2 else ""
        return (self._plural_after_article(doc, contexts, i, nxt, lists, fused=True, least_zipf=_PHRASE_PLURAL_ZIPF)
                and not _name_goes_on_before(contexts, i, lists.links) and not _head_before(contexts, i - 1, heads)
                and not (contexts.texts[i - 1].lower() not in bare
                         and (lower_case_class(before, doc.language) == NOUN or before in streets)))

    def _noun_after_prenominal(self, doc: Document, contexts: WordContexts, i: int, nxt: Token,
                               lists: "_Lists") -> bool:
        """A common noun capitalised once after an article and a lower-case adjective that stands
        before its noun (`prenominal_adjectives`: `il nuovo Acquedotto consortile`, `la vieille
        Chaudière`), before a lower-case word: a noun phrase, no name's start (`la nuova San
        Vitale` goes on with a capital), unless it is an institution (`il nuovo Consiglio`)."""
        data = self.language_data("prenominal_adjectives", doc.language) or {}
        word, prev = contexts.texts[i].lower(), contexts.texts[i - 1]
        return (not lists.nouns_capitalised and i >= 2 and nxt.text[:1].islower() and prev.islower()
                and prev in data.get("words", ()) and contexts.texts[i - 2].lower() in data.get("articles", ())
                and lower_case_class(word, doc.language) == NOUN and not _institution(word, lists.institutions)
                and _capitalised_uses(doc)[contexts.texts[i]] == 1)

    def _title_before_name(self, doc: Document, contexts: WordContexts, i: int) -> bool:
        """Where a title before a name is written in lower case (data `titles_before_names`), a
        common noun capitalised once straight after a verb of saying and before a person's name,
        two capitals in its sentence, the first no lower-case word of the dictionary (a first name:
        `zei Wethouder Ruud Kamphuis`; not `meldt Stichting Wakker Dier`); after an article or a
        preposition the capital opens a body's name (`de Stichting CoinHaven Claim`)."""
        verbs = (self.language_data("titles_before_names", doc.language) or {}).get("after", ())
        texts, boundaries = contexts.texts, contexts.boundaries
        return (i + 2 < len(texts) and texts[i - 1] in verbs and lower_case_class(texts[i].lower(), doc.language) == NOUN
                and all(boundaries[j] == CONTINUE and _plain_capitalised(texts[j]) for j in (i + 1, i + 2))
                and lower_case_class(texts[i + 1].lower(), doc.language) is None
                and _capitalised_uses(doc)[texts[i]] == 1)

    def _plural_after_opening_article(self, doc: Document, contexts: WordContexts, i: int, nxt: Token,
                                      lists: "_Lists") -> bool:
        """A common plural after the article that opens its sentence (`_plural_after_article`)
        that the text writes in lower case inside a sentence elsewhere (`Les Salariés
        demandent`, `les salariés` later): a party or team named so keeps its capital (`Les
        Verts ont`)."""
        return (contexts.boundaries[i - 1] in (BLOCK, SENTENCE) and self._plural_after_article(doc, contexts, i, nxt, lists)
                and contexts.texts[i].lower() in _lower_in_sentences(doc))

    def _predicative(self, doc: Document, prev: str, nxt: Token | None, lists: "_Lists") -> bool:
        """The adjective stands as a predicate: after a copula or an adverb, before a function
        word or a mark, with no noun to modify (`will be fully Operational in`, `remained Stable.`);
        a name's style capitalises an adjective before its noun (`Democratic politicians`)."""
        return ((prev in lowered(tuple(self.language_data("copulas", doc.language) or ()))
                 or lower_case_class(prev, doc.language) == ADVERB)
                and (nxt is None or nxt.text.lower() in lists.function_words))

    def _name_styled(self, doc: Document) -> bool:
        """The language's style capitalises adjectives made from names and common words used as
        names before a noun (`Democratic politicians`, `a Goldilocks situation`): there only the
        text's own lower-case use shows such a capital is a slip."""
        return doc.language in (self.language_data("name_styled_languages", doc.language) or ())

    def _lone_lexicon_capital(self, doc: Document, contexts: WordContexts, i: int, nxt: Token | None,
                              lists: "_Lists", after_opening: bool = False) -> bool:
        """The capital stands alone between lower-case words (after a noun in German, a subject
        pronoun, or where `after_opening`, a sentence's first word that the language writes in
        lower case: `Pharmacies Were told`), once in the
        text, is a word of the language rather than one English writes as often (a brand), and is
        no part of a name or title: none opens after a role or title noun (`the film Frozen`), or goes on in a capital
        two words before with no verb between (`Department of Fish and Wildlife`) or a few after
        (`Gone with the Wind`), except in German, where that capital may be any noun."""
        ctx = contexts[i]
        word, prev = ctx.token.text, ctx.prev.text
        lower = word.lower()
        own = doc.language == "en" or zipf(lower, doc.language) >= zipf(lower, "en") + _OWN_WORD_LEAD
        opening = contexts.boundaries[i - 1] != CONTINUE
        after_word = (prev[:1].islower() or prev.lower() in lists.subjects  # `I Trusted him`
                      or (lists.nouns_capitalised and not opening  # `die Straße Gesperrt und`
                          and _noun_phrase_before(contexts, i, lists.noun_openers, doc.language))
                      or (after_opening and opening and lower_case_class(prev.lower(), doc.language) is not None))
        return (after_word and (nxt is None or nxt.text[:1].islower()) and own
                and prev.lower() not in lists.title_nouns and prev.lower() not in lists.role_nouns
                and _capitalised_uses(doc)[word] == 1
                # where every noun takes a capital, a capital near by is no name's other part
                and (lists.nouns_capitalised
                     or not (_linked_to_capital(contexts, i, doc.language) or capitalmodel.name_goes_on_after(contexts, i))))

    def _infinitive_after_preposition(self, doc: Document, ctx: WordContext, nxt) -> bool:
        """A verb never takes a capital: an infinitive (by the language's endings, a word the
        lexicon knows) after a preposition that governs one and before its object's article."""
        data = self.language_data("infinitives", doc.language) or {}
        word = ctx.token.text.lower()
        return (ctx.prev.text in data.get("after", ())
                and word.endswith(tuple(data.get("endings", ())))
                and (nxt.text in data.get("articles", ()) or bool(_ELIDED_ARTICLE.match(nxt.text)))
                and zipf(word, doc.language) >= _KNOWN_WORD_ZIPF)

    def _participle_after_auxiliary(self, doc: Document, ctx: WordContext, nxt, key: str = "participles") -> bool:
        """A verb never takes a capital: a participle (by the language's endings and prefix, a
        word the lexicon knows) between its auxiliary (data `key`) and a lower-case word (its
        object's article, where the data lists `objects`), which the article capitalises only
        here (a name would recur)."""
        data = self.language_data(key, doc.language) or {}
        word = ctx.token.text.lower()
        shaped = (word.startswith(data.get("prefix", "")) and word.endswith(tuple(data.get("endings", ())))
                  or word in data.get("words", ()))  # English irregular participles (`was Cut in`)
        objects = data.get("objects")  # where the data names them, the object's article must follow
        return (ctx.prev.text in data.get("after", ()) and shaped
                and nxt.text[:1].islower() and _capitalised_uses(doc)[ctx.token.text] == 1
                and (objects is None or nxt.text in objects or bool(_ELIDED_ARTICLE.match(nxt.text)))
                and zipf(word, doc.language) >= _KNOWN_WORD_ZIPF)

    def _finite_verb(self, doc: Document, ctx: WordContext, nxt) -> bool:
        """A verb never takes a capital: a finite form by an ending no name has (data
        `finite_verb_endings`: `decidiram`, `aumentaron`), a word of the language rather than one
        English writes as often (`Sharon`), capitalised once between lower-case words."""
        endings = tuple(self.language_data("finite_verb_endings", doc.language) or ())
        lower = ctx.token.text.lower()
        return (bool(endings) and len(lower) >= _ADJECTIVE_LETTERS and lower.endswith(endings)
                and ctx.prev.text[:1].islower() and nxt.text[:1].islower()
                and zipf(lower, doc.language) >= max(_COMMON_ADJECTIVE_ZIPF, zipf(lower, "en") + _OWN_WORD_LEAD)
                and _capitalised_uses(doc)[ctx.token.text] == 1)

    def _prenominal_adjective(self, doc: Document, ctx: WordContext, nxt, function_words: frozenset[str]) -> bool:
        """An adjective that stands before its noun (`mayor`, `nouveau`, `ultimo`) capitalised once
        between an article and a lower-case noun (`la Mayor cifra`)."""
        data = self.language_data("prenominal_adjectives", doc.language) or {}
        after = nxt.text
        return (ctx.prev.text.lower() in data.get("articles", ()) and ctx.token.text.lower() in data.get("words", ())
                and after.islower() and after not in function_words and zipf(after, doc.language) >= _KNOWN_WORD_ZIPF
                and _capitalised_uses(doc)[ctx.token.text] == 1)

    def _after_possessive(self, doc: Document, ctx: WordContext, nxt, function_words: frozenset[str]) -> bool:
        """A common noun capitalised once right after a possessive, before punctuation or a
        function word (`de son Adversaire, l'ancienne`); not an honorific (`sa Majesté`), nor a
        brand or network, which English writes as often (`en su Instagram que`)."""
        data = self.language_data("possessives", doc.language) or {}
        lower = ctx.token.text.lower()
        closes = nxt.text.lower() in function_words or not _PHRASE_GAP.fullmatch(doc.prose[ctx.token.end:nxt.start])
        return (ctx.prev.text in data.get("words", ()) and lower not in data.get("honorifics", ())
                and closes and zipf(lower, doc.language) >= max(_POSSESSED_NOUN_ZIPF, zipf(lower, "en") + _OWN_WORD_LEAD)
                and _capitalised_uses(doc)[ctx.token.text] == 1)

    def _inflected_adjective(self, doc: Document, ctx: WordContext, nxt, nouns_capitalised: bool,
                             function_words: frozenset[str], key: str = "inflected_adjectives") -> bool:
        """An adjective (a common stem, or one the dictionary writes only in lower case as an
        adjective, and an ending of data `key`) capitalised once between an article of `key` and
        its noun (capitalised where the language capitalises nouns, else a lower-case content
        word: `een Belangrijke stap`, with `superlatives` `de Moeilijkste beslissing`)."""
        data = self.language_data(key, doc.language) or {}
        word = ctx.token.text.lower()
        ending = next((e for e in data.get("endings", ()) if word.endswith(e)), None)
        if word.endswith(tuple(data.get("of_places", ()))):
            return False  # `een Franse bank`: adjectives of peoples and places keep their capital
        noun = (_plain_capitalised(nxt.text) if nouns_capitalised
                else nxt.text.islower() and nxt.text not in function_words)
        if ending is None or ctx.prev.text.lower() not in data.get("after", ()) or not noun:
            return False  # the article may open the sentence (`Eine Schnelle Lösung`)
        stem = word[:-len(ending)]
        return ((len(stem) >= _STEM_LETTERS and zipf(stem, doc.language) >= _COMMON_STEM_ZIPF
                 or lower_case_class(stem, doc.language) == ADJECTIVE)  # rarer: `keine Messbaren Folgen`
                and _capitalised_uses(doc)[ctx.token.text] == 1)

    def _lower_case_word_in_noun_language(self, doc: Document, ctx: WordContext, nxt, nouns_capitalised: bool) -> bool:
        """Where every noun takes a capital, a word the text writes in lower case elsewhere (a
        verb, an adjective) capitalised once, after a word that opens no noun phrase (an article
        or preposition would make it a noun: `das Leben`, `beim Essen`) and before a lower-case word."""
        if not nouns_capitalised:
            return False
        prev, word = ctx.prev.text, ctx.token.text
        openers = lowered(tuple(self.language_data("noun_openers", doc.language) or ()))
        return (prev.islower() and prev not in openers and nxt.text[:1].islower()
                and word.lower() in _lower_in_sentences(doc) and _standalone_capitals(doc)[word] == 1)

    def _counted_plural(self, doc: Document, ctx: WordContext, nxt, numerals: frozenset[str]) -> bool:
        """A common plural noun (by the language's endings, the lexicon) capitalised once after a
        numeral, a number or a word that counts (`veel`, `nauwelijks`), before a lower-case word;
        not a people, which the language capitalises (`twee Belgen`)."""
        data = self.language_data("counted_plurals", doc.language) or {}
        prev, word = ctx.prev.text, ctx.token.text
        lower = word.lower()
        # a numeral with a capital opens a name with the plural (`De Friesche Elf Steden`)
        counted = prev.isdigit() or (prev.islower() and (prev in numerals or prev in data.get("after", ())))
        return (counted and nxt.text[:1].islower() and len(lower) >= _ADJECTIVE_LETTERS
                and lower not in lowered(tuple(data.get("peoples", ())))
                and lower.endswith(tuple(data.get("endings", ())))
                and zipf(lower, doc.language) >= _COUNTED_PLURAL_ZIPF and _capitalised_uses(doc)[word] == 1)

    def _plural_before_agreeing_adjective(self, doc: Document, ctx: WordContext, nxt) -> bool:
        """A common plural noun capitalised once, without an article, before a lower-case plural
        adjective (`de Oportunidades perdidas`, `faute de Moyens humains`); after an article it
        may open an institution's name (`les Affaires étrangères`, `ai Comuni decorati`)."""
        endings = tuple(self.language_data("plural_endings", doc.language) or ())
        lower, after = ctx.token.text.lower(), nxt.text
        if not endings or not after.islower() or len(after) < _ADJECTIVE_LETTERS:
            return False
        function_words = lowered_words(doc, "function_words")
        articles = lowered(tuple(self.language_data("plural_articles", doc.language) or ()))
        return (after.endswith(endings) and after not in function_words and ctx.prev.text.lower() not in articles and self._common_plural(doc, lower)
                and zipf(after, doc.language) >= _COMMON_ADJECTIVE_ZIPF and _capitalised_uses(doc)[ctx.token.text] == 1)

    def _noun_written_lower_after_article(self, doc: Document, contexts: WordContexts, i: int, nxt) -> bool:
        """A noun capitalised once in the text, right after an article and before a lower-case word,
        that the text writes in lower case elsewhere (`the Meltwater as`, `meltwater` later); a
        model or a title recurs with its capital (`the Convertible and`), and institutions the
        language's style capitalises stay (`the Government`)."""
        articles = lowered(tuple(self.language_data("written_lower_after", doc.language) or ()))
        institutions = lowered(tuple(self.language_data("institutions", doc.language) or ()))
        ctx = contexts[i]
        lower = ctx.token.text.lower()
        return (ctx.prev.text in articles and nxt.text[:1].islower() and lower in _lower_in_sentences(doc)
                and not _closed_class_word(lower, doc.language)  # `the No campaign`: after an article a label
                and lower not in institutions and _capitalised_uses(doc)[ctx.token.text] == 1
                and not _name_goes_on_before(contexts, i, lowered_words(doc, "name_links")))

    def _abstract_noun(self, doc: Document, prev: str, word: str) -> bool:
        """An abstract noun by its ending (`reducción`), after an indefinite article."""
        data = self.language_data("abstract_nouns", doc.language) or {}
        return (prev in data.get("after", ()) and word.endswith(tuple(data.get("endings", ())))
                and zipf(word, doc.language) >= _COMMON_ADJECTIVE_ZIPF)

    def _common_plural(self, doc: Document, word: str) -> bool:
        """A common noun in the plural (`problemas`, `gasten`): no name is this common, and the
        language's dictionary knows it as a word written in lower case (a surname shaped like a
        plural, `Bertolini`, is in no word class)."""
        endings = tuple(self.language_data("plural_endings", doc.language) or ())
        return (bool(endings) and len(word) >= _ADJECTIVE_LETTERS and word.endswith(endings)
                and zipf(word, doc.language) >= _COMMON_PLURAL_ZIPF and lower_case_class(word, doc.language) is not None)

    def _before_noun(self, doc: Document, prev: str, function_words: frozenset[str], links) -> bool:
        """`prev` stands before a common noun: a numeral or a content word (an adjective or
        adverb); not an article, after which an institution may come (`le Regioni`), nor a
        preposition, after which a place may (`in Groningen`)."""
        return (prev in lowered_words(doc, "numerals")
                or (len(prev) >= _CONTENT_LETTERS and prev not in function_words and prev not in links))

    def _adjective(self, doc: Document, word: str) -> bool:
        """A common word with an adjective's ending (`científica`, `médicale`)."""
        endings = tuple(self.language_data("adjective_endings", doc.language) or ())
        return (bool(endings) and len(word) >= _ADJECTIVE_LETTERS and word.endswith(endings)
                and zipf(word, doc.language) >= _COMMON_ADJECTIVE_ZIPF)

    def _content_evidence(self, doc: Document, contexts: list[WordContext], i: int, links) -> bool:
        ctx = contexts[i]
        prev_word = ctx.prev.text
        lower = ctx.token.text.lower()
        if prev_word[:1].islower():
            # after a lower-case content word; after an article or preposition (`il Paese`)
            # only a word the article also writes in lower case and capitalises only here, a
            # plural (`pelos Preços dos alimentos`) or a noun before a lower-case complement
            # (`el Servicio de autobuses`; a name goes on with a capital: `el Servicio de Salud`)
            function_words = lowered_words(doc, "function_words")
            once = _capitalised_uses(doc)[ctx.token.text] == 1
            indefinite = prev_word.lower() in lowered(tuple(self.language_data("indefinite_articles", doc.language) or ()))
            named = not indefinite and _first_word_of_name(doc, lower, ctx.next)  # `la Protection civile`
            if once and self._common_plural(doc, lower) and self._before_noun(doc, prev_word.lower(), function_words, links):
                return True
            if once and self._abstract_noun(doc, prev_word, lower):
                return True
            if prev_word.lower() in function_words or prev_word.lower() in links:
                name_before = contexts[i - 1].prev
                if prev_word.lower() in links and name_before is not None and _plain_capitalised(name_before.text):
                    return False  # `Centro de Coordinación de Emergencias`: a name goes on
                heads = lowered(tuple(self.language_data("institution_heads", doc.language) or ()))
                if prev_word.lower() in links and name_before is not None and name_before.text.lower() in heads:
                    return False  # `het ministerie van Onderwijs`: the portfolio names the ministry
                genitive = tuple(self.language_data("genitive", doc.language) or ())
                complement = _lower_complement(contexts, i, genitive, function_words,
                                               lowered(tuple(self.language_data("genitive_articles", doc.language) or ())))
                if once and complement and self._common_plural(doc, lower):
                    return True  # `los Problemas de aprendizaje`: an institution's complement has a capital
                return (lower in _lower_in_sentences(doc) and once and not named
                        and (lower.endswith(_PLURAL_ENDINGS) or complement))
            adjacent = _PHRASE_GAP.fullmatch(ctx.gap_before) is not None
            before_content = ctx.next.text.lower() not in function_words  # `alto Adriatico dal`: a name
            return ((lower in _lower_in_sentences(doc) and not named)
                    or (once and adjacent and before_content and self._adjective(doc, lower)))
        before = contexts[i - 1]
        is_name = (_plain_capitalised(prev_word) and not before.may_start_sentence
                   and prev_word.lower() not in _lower_in_sentences(doc))
        # a common adjective or noun tacked onto a name, before another content word
        # (`di Pechino Grande supporto`); `Air France une dizaine` ends in a function word
        next_word = ctx.next.text.lower()
        function_words = lowered_words(doc, "function_words")
        recurring = _word_pairs(doc)[prev_word, ctx.token.text] > 1  # `São Paulo`, twice: a name
        # a name a preposition or article governs (`di Pechino`); after a common noun it stands in
        # apposition, and such names are made of common words (`a associação Voar Melhor`)
        governed = before.prev is not None and before.prev.text.lower() in function_words
        # a verb after it ends the name's clause (`la Polícia Nacional investigou`): the name's own word
        ends_name = lower_case_class(next_word, doc.language) == VERB
        return (is_name and governed and not recurring and not ends_name
                and next_word not in function_words and next_word not in links
                and zipf(lower, doc.language) >= self.options["common_zipf"])


_CLOSED_CLASS_ZIPF = 5.5  # a word this common that the dictionary gives no open class is a closed-class word


def _elided_opener(doc: Document, contexts: WordContexts, i: int) -> bool:
    """The word before opens its sentence and is a one-letter article elided behind an apostrophe
    (Dutch `'s Avonds`, `'t Is`), so the capital of the word after it is the sentence's."""
    j = i - 1
    start = contexts.starts[j]
    return (contexts.boundaries[j] != CONTINUE and len(contexts.texts[j]) == 1 and contexts.texts[j].islower()
            and start > 0 and doc.prose[start - 1] in "'’‘")


def _letter_label(doc: Document, contexts: WordContexts, i: int, function_words: frozenset[str]) -> bool:
    """The word after a one-letter capital is an adjective that ends its phrase, before a mark or
    a function word (`tipos O negativo e B negativo`): the letter is a label it describes (a blood
    group, a grade), not an article, which opens a noun phrase (`O novo presidente`)."""
    word = contexts.texts[i]
    if not word.islower() or not adjectival(word, doc.language):
        return False
    after = contexts.texts[i + 1] if i + 1 < len(contexts) and contexts.joined(i + 1) else ""
    return (not after or contexts.boundaries[i + 1] != CONTINUE or not contexts[i + 1].gap_before.isspace()
            or after.lower() in function_words)


def _name_part(prev: str) -> bool:
    """The word before a capital is part of a name the capital goes on with: one holding a capital
    after its first letter, glued to the word before it or an acronym (`consumidoresCesta Justa`,
    `the youth channel WPM Four`, `RTVA Dos`); not a capital after a hyphen, a compound's second
    noun (`über Software-Sperren Erschweren`)."""
    return any(letter.isupper() and before.isalpha() for before, letter in zip(prev, prev[1:]))


def _closed_class_word(word: str, language: str | None) -> bool:
    """A very common word the dictionary lists in no open class (`no`, `toute`): a determiner,
    particle or the like, which titles, labels and names open with (`the No campaign`)."""
    return lower_case_class(word, language) is None and zipf(word, language) >= _CLOSED_CLASS_ZIPF


_RUN_REACH = 2  # words before a capital that may hold a capital of the same name


def _after_name_particles(contexts: WordContexts, i: int, links: frozenset[str]) -> bool:
    """One or two name particles stand between a first name's capital and the word (`Joost van
    der Meer`, `Annelies ter Haar`), or a preposition inside a group's name (`Vélos sans Tous`):
    the word is the name's."""
    j = i - 1
    while (j > 0 and i - j <= 2 and contexts.texts[j].lower() in links and contexts.boundaries[j] == CONTINUE
           and _PHRASE_GAP.fullmatch(contexts[j + 1].gap_before) and _PHRASE_GAP.fullmatch(contexts[j].gap_before)):
        j -= 1
    return (j < i - 1 and _plain_capitalised(contexts.texts[j])
            and contexts.texts[j].lower() not in links and not contexts[j].may_start_sentence)


def _portfolio(contexts: WordContexts, i: int, heads: frozenset[str], links: frozenset[str]) -> bool:
    """The word follows an institution's head noun and one or two link words (`le ministère de la
    Santé`, `la consejería de Sanidad`): it names the portfolio."""
    j = i - 1
    while j > 0 and i - j <= 2 and contexts.texts[j].lower() in links:
        j -= 1
    return j < i - 1 and contexts.texts[j].lower() in heads


def _head_before(contexts: WordContexts, i: int, heads: frozenset[str]) -> bool:
    """One of the few words before `i`, in its sentence, is an institution's head (`ministro
    português das`, `ministère chargé des`)."""
    j = i - 1
    while j >= max(i - _HEAD_REACH, 0) and contexts.boundaries[j + 1] == CONTINUE:
        if _elided_tail(contexts.texts[j]) in heads:
            return True
        j -= 1
    return False


def _elided_tail(word: str) -> str:
    """The word in lower case without an elided article before it (`l'assessora`: `assessora`)."""
    return word.lower().rsplit("'", 1)[-1].rsplit("’", 1)[-1]


def _after_capitals(contexts: WordContexts, i: int) -> bool:
    """One of the words just before is a capital inside the sentence: the word goes on a name
    (`escucha Los 40 Principales en`, `Sultan Qaboos bin Said`), which the model does not judge."""
    return any(contexts.boundaries[j] == CONTINUE and contexts.texts[j][:1].isupper()
               for j in range(max(i - _RUN_REACH, 0), i))


def _lower_complement(contexts: list[WordContext], i: int, genitive: tuple[str, ...],
                      function_words: frozenset[str], articles: frozenset[str] = frozenset()) -> bool:
    """The word is followed by the genitive preposition, maybe one of `articles`, and a lower-case
    content word (`Servicio de autobuses`, `Técnicos de la administración`)."""
    nxt = contexts[i].next
    if nxt is None or nxt.text not in genitive or i + 2 >= len(contexts):
        return False
    k = i + 2
    if contexts[k].prev != nxt:
        return False
    if contexts[k].token.text in articles and k + 1 < len(contexts) and contexts[k + 1].prev == contexts[k].token:
        k += 1  # `Técnicos de la administración`
    after = contexts[k].token.text
    return after[:1].islower() and after not in function_words


_NAME_REACH = capitalmodel.NAME_REACH  # words before a capital's article that may hold the start of its name


def _linked_to_capital(contexts: WordContexts, i: int, language: str | None) -> bool:
    """A capital inside the sentence stands two words before, and no verb between: the word ends
    a name (`Centro de Coordinación de Emergencias`, `Sultan Qaboos bin Said`; not `Haskett was
    Partially`)."""
    return (i >= 2 and contexts.boundaries[i - 2] == CONTINUE and contexts.texts[i - 2][:1].isupper()
            and lower_case_class(contexts.texts[i - 1].lower(), language) != VERB)


_PROSE_END = frozenset(".!?…\"'»”’)")  # a paragraph of running text ends on a sentence's final mark (maybe in a quote)


def _in_prose(doc: Document, offset: int) -> bool:
    """The paragraph at `offset` is running text: it ends on a sentence's final mark."""
    block = doc.block_at(offset)
    return block is not None and doc.block_text(block).rstrip()[-1:] in _PROSE_END


def _ends_verb_clause(doc: Document, nxt: Token | None) -> bool:
    """What follows a verb at the end of its clause: a mark (`nxt` None), another verb or an
    adverb (`Sinken werden`, `Haben außerdem`)."""
    if nxt is None:
        return True
    word = nxt.text.lower()
    return nxt.text[:1].islower() and (lower_case_class(word, doc.language) or named_class(word, doc.language)) in (VERB, ADVERB)


def _capital_pronoun(candidate: "Candidate", lists: "_Lists") -> bool:
    """A personal pronoun capitalised after a lower-case word, before another or a mark (`sagte Er
    bei`, `tocca a Noi farla`, `for Us.`); not a pronoun of address (`Sie`), nor a title after
    its noun (`the film Us`)."""
    ctx, nxt = candidate.context, candidate.next
    word, prev = ctx.token.text.lower(), ctx.prev.text
    return (word in lists.pronouns and word not in lists.address and prev[:1].islower()
            and prev.lower() not in lists.title_nouns and (not candidate.phrase or nxt.text[:1].islower()))


_SURNAME_LETTERS = 9  # surnames made of adjectives are short (`Prieto`, `Fortunato`); `Inaccettabile` is none


def _adjective_surname(doc: Document, contexts: WordContexts, i: int, nxt: Token | None, lists: "_Lists") -> bool:
    """A short adjective capitalised before a function word, not after a noun it would agree
    with: a surname made of an adjective (`ha sido Prieto en la`; but `crescita Storica per`,
    `seguirá siendo Insostenible en`)."""
    return (not lists.nouns_capitalised and nxt is not None and nxt.text.lower() in lists.function_words
            and len(contexts.texts[i]) <= _SURNAME_LETTERS
            and lower_case_class(contexts[i].prev.text.lower(), doc.language) != NOUN)


def _noun_phrase_before(contexts: WordContexts, i: int, openers: frozenset[str], language: str | None) -> bool:
    """Where every noun takes a capital: the word before is a noun that an article, preposition
    or adjective opens (`die übrigen Fraktionen Lehnten`, `die Straße Gesperrt`), not a name
    after a role or a verb (`sagte Tjark Sauer`), nor a noun a genitive follows (`Zugriff
    Dritter auf`: no opener stands before `Zugriff`)."""
    if i >= 1 and contexts.texts[i - 1][:1].islower():
        return True
    before = contexts.texts[i - 2].lower() if i >= 2 else ""
    return before in openers or (lower_case_class(before, language) == ADJECTIVE
                                 and i >= 3 and contexts.texts[i - 3].lower() in openers)


def _coordinated(contexts: WordContexts, i: int, links: frozenset[str]) -> bool:
    """A capital and a link word (`und`) stand just before: the word is the second of a pair."""
    return (i >= 2 and contexts.texts[i - 1].lower() in links and contexts.boundaries[i - 2] == CONTINUE
            and contexts.texts[i - 2][:1].isupper())


def _lone_common_noun(doc: Document, contexts: WordContexts, i: int, kind: str | None, links: frozenset[str],
                      bare: bool) -> bool:
    """A noun the dictionary writes only in lower case (`kind`), capitalised once in the text, with
    no name going on before or after it: after a preposition of place it is no place's name (`in
    de Waterput is`, `grain in Drought conditions`; a place's name made of such a word, `a
    Lanciano`, is no noun of the word classes, and an institution goes on: `Día de las
    Bibliotecas`). Not right after a bare preposition (`bare`) that follows a lower-case noun: the
    complement that names a service or a body (`trenes de Cercanías`)."""
    before = contexts.texts[i - 2] if bare and i >= 2 and contexts.boundaries[i - 1] == CONTINUE else ""
    return (kind == NOUN and _capitalised_uses(doc)[contexts.texts[i]] == 1
            and not (before.islower() and lower_case_class(before, doc.language) == NOUN)
            and not _name_goes_on_before(contexts, i, links) and not capitalmodel.name_goes_on_after(contexts, i))


def _name_goes_on_before(contexts: WordContexts, i: int, links: frozenset[str]) -> bool:
    """A name's capital stands a few words before the article with only link words between
    (`Party for the People`; not `told Radio Kestrel that the Flooding`: a name goes on through
    its link words only)."""
    for j in range(i - 2, max(i - _NAME_REACH, 0) - 1, -1):
        if _plain_capitalised(contexts.texts[j]) and contexts.boundaries[j] == CONTINUE:
            return True
        if contexts.texts[j].lower() not in links:
            return False
    return False


def _opens_sentence_after_all(doc: Document, contexts: list[WordContext], i: int, dangling: frozenset[str],
                              function_words: frozenset[str], closed_class: frozenset[str]) -> bool:
    """The capital opens a sentence after all: it follows a tag (`– <strong>Le départ`) or a
    symbol such as a teaser's arrow (`Relacionado ⟶ Las obras`), the words before are a short
    lower-case fragment opening its paragraph (`cubano El gobierno`, `la commune Le nouveau`, a
    joint `lowercase-sentence-start` or `layout-damage` reports), or the word opens a line
    below a short line without final punctuation (a live-blog heading, `13:40 Council opens
    rest centres`), below a line cut on a word no sentence ends with (`et des` ⏎ `Il vous`), or
    below a line ending on a content word that the word would have fitted on (a headline above
    its standfirst: a break the writer chose, where wrapping would have gone on)."""
    ctx = contexts[i]
    if "<" in ctx.gap_before or ">" in ctx.gap_before or _SYMBOL.search(ctx.gap_before):
        return True
    if _after_label(doc, ctx, closed_class):
        return True
    for j in range(i - 1, max(i - 1 - _FRAGMENT_WORDS, -1), -1):
        if not contexts.texts[j][:1].islower():
            break
        if contexts.boundaries[j] in (BLOCK, SENTENCE):
            return True
    if "\n" not in ctx.gap_before:
        return False
    line_start = doc.prose.rfind("\n", 0, ctx.prev.start) + 1
    if len(_first_words(doc.prose, line_start, ctx.prev.end, _HEADING_WORDS + 1)) <= _HEADING_WORDS or ctx.prev.text in dangling:
        return True
    if not doc.prose[:line_start].strip() and not _line_goes_on(doc, ctx.token.start):
        return True  # the line above is the text's first, its title, however long (`… after winter of evacuations` ⏎ `Published 6 hours ago`)
    block = doc.block_at(ctx.token.start)
    fits = block is not None and ctx.prev.end - line_start + 1 + len(ctx.token.text) <= _wrap_width(doc, block.start)
    return fits and ctx.prev.text.lower() not in function_words


def _line_goes_on(doc: Document, offset: int) -> bool:
    """The line after the one at `offset` opens in lower case: the lines are a wrapped sentence,
    not a title above a line of its own."""
    end = doc.prose.find("\n", offset)
    return end >= 0 and doc.prose[end + 1:end + 1 + _INDENT_REACH].lstrip(" \t")[:1].islower()


_INDENT_REACH = 8  # spaces a wrapped line may open with


def _after_label(doc: Document, ctx: WordContext, closed_class: frozenset[str]) -> bool:
    """The words before the capital are a short label opening the paragraph, with a separator
    (`By Ana Ruiz | City desk A jury`, `Foto: X / Agency Les vendanges`) or in parentheses
    (`(Updated 18:40) The court`), or a kicker of a few
    capitalised words that no article or other closed-class word opens (`Ukraine Vier Menschen
    …`, `TIP Als abonnee`, `Fernando Alonso Un viejo problema`): the text begins at it."""
    block = doc.block_at(ctx.token.start)
    if block is None:
        return False
    start = doc.first_text(block)
    before = _first_words(doc.prose, start, ctx.token.start, _HEADING_WORDS + 1)
    if len(before) > _HEADING_WORDS:
        return False
    if _LABEL_SEPARATOR.search(doc.prose, start, ctx.token.start) is not None:
        return True
    if doc.prose.startswith("(", start) and doc.prose[start:ctx.token.start].rstrip().endswith(")"):
        return True  # `(Aggiornamento ore 18.40) Nel pomeriggio`: a parenthesis opening the paragraph is a label
    return (0 < len(before) <= _KICKER_WORDS and all(word[:1].isupper() for word in before)
            and before[0].lower() not in closed_class)


def _first_words(text: str, start: int, end: int, most: int) -> list[str]:
    """The words of text[start:end], no more than the first `most` (a paragraph's length is not
    read again for every capital in it)."""
    return [match.group() for match in islice(WORD.finditer(text, start, end), most)]


_OWN_WRAP_LINES = 3  # a paragraph of this many lines shows its own wrapping; two may be a headline and its standfirst


def _wrap_width(doc: Document, block_start: int) -> float:
    """The width the text around a paragraph is wrapped at: the longest line that a paragraph
    goes on from (a wrapped line), in the other paragraphs and in this one when it has
    `_OWN_WRAP_LINES` lines; no limit when nothing wraps (a paragraph a line: its breaks are chosen)."""
    def measure(d: Document) -> dict[int, tuple[int, int]]:
        widths = {}  # block start -> (longest line that the block goes on from, lines)
        for block in d.blocks:
            lines = d.block_text(block).rstrip("\n").split("\n")
            if block.kind == "paragraph" and len(lines) > 1:
                widths[block.start] = (max(len(line.rstrip()) for line in lines[:-1]), len(lines))
        return widths

    def widest(d: Document) -> list[tuple[int, int]]:
        return sorted((width, start) for start, (width, _) in d.memo("wrapped-paragraph-widths", measure).items())[-2:]

    own = doc.memo("wrapped-paragraph-widths", measure).get(block_start, (0, 0))
    others = [width for width, start in doc.memo("widest-wrapped-paragraphs", widest) if start != block_start]
    return max(others + ([own[0]] if own[1] >= _OWN_WRAP_LINES else []), default=float("inf"))


def _opens_linked_name(contexts: WordContexts, i: int, links, doc: Document, nouns_capitalised: bool) -> bool:
    """`Nacional de Estadística`, `Van den IJssel`: a link word right after it, then a name's
    capital (one or two capitals, then lower case only: not a merged word such as `GazaSi`).
    Not past a sentence's end (`reagierte Empört. Das Sparen`), nor, where every noun takes a
    capital, after a verb, adjective or adverb, which opens no name (`Fraktionen Lehnten den Antrag`)."""
    ctx = contexts[i]
    if (ctx.next is None or ctx.next.text.lower() not in links or i + 2 >= len(contexts)
            or contexts.boundaries[i + 1] != CONTINUE or _PHRASE_GAP.fullmatch(contexts[i + 1].gap_before) is None):
        return False
    if nouns_capitalised and lower_case_class(ctx.token.text.lower(), doc.language) in (VERB, ADJECTIVE, ADVERB):
        return False
    after = contexts[i + 2]
    name = after.token.text
    return after.prev == ctx.next and bool(_NAME_CAPITALS.fullmatch(name)) and not after.may_start_sentence


def _institution(word: str, institutions: frozenset[str]) -> bool:
    """The word, or its singular, is one of the institutions the language's style capitalises
    (`plusieurs États`, `le Regioni`, `alle Camere`: `état`, `regione`, `camera`)."""
    return word in institutions or any(word[:-cut] + tail in institutions for cut in (1, 2) for tail in ("", "e", "a", "o"))


def _first_word_of_name(doc: Document, word: str, nxt: Token | None) -> bool:
    """A common noun before a lower-case adjective: where names capitalise only their first word,
    it opens an institution's or a place's name (`la Protection civile`, `il vecchio Ospedale
    maggiore`), whose noun the text may also write in lower case (callers leave out the noun
    after an indefinite article, which no name opens with: `una Risposta rapida`)."""
    return (nxt is not None and nxt.text.islower() and lower_case_class(word, doc.language) == NOUN
            and lower_case_class(nxt.text, doc.language) == ADJECTIVE)


# a word after one is part of a handle, hashtag or user name (`@ana_ortiz`), or the tail of a word
# broken by a soft hyphen (`Straßen\u00adkünstler`)
_NOT_RUNNING = frozenset("@#_\u00ad")


def _lower_in_sentences(doc: Document) -> frozenset[str]:
    """The words the text writes in lower case inside a sentence: not at a sentence's or
    paragraph's start, where lower case is a slip of its own (`leeshuys werd`, which
    lowercase-sentence-start reports), nor inside a handle (`@ana_ortiz`) or after a soft hyphen
    (`Straßen|künstler`, a compound's tail): a name written so is not thereby a common word."""
    def collect(d: Document) -> frozenset[str]:
        contexts, prose = word_contexts(d), d.prose
        return frozenset(word for word, start, boundary in zip(contexts.texts, contexts.starts, contexts.boundaries)
                         if boundary == CONTINUE and word.islower() and prose[start - 1:start] not in _NOT_RUNNING)

    return doc.memo("lower-case-in-sentences", collect)


def _capitalised_uses(doc: Document) -> Counter:
    """How often the article writes each capitalised word."""
    return doc.memo("capitalised-uses", lambda d: Counter(word for word in d.words.texts if word[:1].isupper()))


def _standalone_capitals(doc: Document) -> Counter:
    """How often the text capitalises each word after a lower-case word (as no part of a name
    such as `Carolus Hospital` and at no sentence start)."""
    def count(d: Document) -> Counter:
        texts, starts, ends, text = d.words.texts, d.words.starts, d.words.ends, d.text
        return Counter(texts[i] for i in range(1, len(texts))
                       if texts[i][:1].isupper() and texts[i - 1].islower() and text[ends[i - 1]:starts[i]] == " ")

    return doc.memo("standalone-capitals", count)


def _word_pairs(doc: Document) -> Counter:
    """How often each two words stand together in the text, one space apart."""
    def count(d: Document) -> Counter:
        texts, starts, ends, text = d.words.texts, d.words.starts, d.words.ends, d.text
        return Counter((texts[i], texts[i + 1]) for i in range(len(texts) - 1) if text[ends[i]:starts[i + 1]] == " ")

    return doc.memo("word-pairs", count)


def _after_attributive_adjective(prev: str, language: str | None) -> bool:
    """`prev` is an adjective with an inflection's ending (`200-jähriges`, `ganzen`): where every
    noun takes a capital, the word after it heads its noun phrase, a noun, not a slip."""
    last = prev.rpartition("-")[2]
    if not last.islower():
        return False
    # the stem must be the adjective (`jährig|es`), so that an adverb (`eben`) or a comparative
    # (`weiter Sinken werden`) is no attribute: `-er` ends both, so it does not count
    return any(last.endswith(ending) and _adjective_stem(last[:-len(ending)], language) for ending in _ATTRIBUTE_ENDINGS)


_ADJECTIVE_PART = 5  # the shortest adjective that ends a compound adjective (`hundert|jährig`; not `kalt`)


def _adjective_stem(stem: str, language: str | None) -> bool:
    """An adjective of the word classes, or a compound that ends in one of `_ADJECTIVE_PART`
    letters or more (`hundertjährig`, `jährig`), which the classes do not list by itself."""
    return any(lower_case_class(stem[start:], language) == ADJECTIVE for start in range(max(len(stem) - _ADJECTIVE_PART, 0) + 1))


def _plain_capitalised(word: str) -> bool:
    """`Word`: a capital then lower case only (not `USA`, `iPhone`, `McDonald's`, `I`)."""
    return len(word) > 1 and word[0].isupper() and not any(c.isupper() for c in word[1:])


def _title_case_blocks(doc: Document, share: float) -> set[int]:
    """Blocks written in Title Case (headlines on lines of their own)."""
    result = set()
    for block in doc.blocks:
        words = [w for w in _TITLE_WORD.findall(doc.block_text(block)) if len(w) > 3]
        if words and sum(w[0].isupper() for w in words) / len(words) >= share:
            result.add(block.start)
    return result



@named_tuple
class Candidate:
    """A capital inside a sentence, and the word after it."""

    index: int  # in the document's word contexts
    context: WordContext
    next: Token | None  # the next word (past a number: `y Otras 40 resultaron`); None at the block's end
    next_index: int | None
    phrase: bool  # only spaces stand between the capital and the next word
    one_letter: bool  # a one-letter article (`said A spokesman`)


@named_tuple
class _Lists:
    function_words: frozenset[str]
    suspects: frozenset[str]
    lower_suspects: frozenset[str]
    closed_class: frozenset[str]
    dangling: frozenset[str]
    subjects: frozenset[str]
    address: frozenset[str]
    pronouns: frozenset[str]
    title_nouns: frozenset[str]
    decade_nouns: frozenset[str]
    openers: tuple[str, ...]
    label_openers: frozenset[str]
    one_letter_suspects: frozenset[str]
    title_case: bool
    numerals: frozenset[str]
    links: frozenset[str]
    name_prepositions: frozenset[str]
    calendar: frozenset[str]
    nouns_capitalised: bool
    institutions: frozenset[str]
    quantifiers: frozenset[str]
    articles: frozenset[str]
    indefinite_articles: frozenset[str]
    place_prepositions: frozenset[str]
    role_nouns: frozenset[str]
    noun_openers: frozenset[str]
    place_adjective_endings: tuple[str, ...]
    name_openers: frozenset[str]
    content: bool
    exceptions: list
