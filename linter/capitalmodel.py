"""How much a capital inside a sentence looks like a slip: a small trained model.

It reads what any writer's text shares, never the words an example showed: how common the
word's lower-case form is in the document's language (and in English, which brands and
names follow), whether the article writes it in lower case elsewhere and how often it
capitalises it mid-sentence, the word's length and ending class, what stands before it
(a function word, a lower-case content word, a name's capital, a comma) and after it, and
how far into its sentence it is, and the language (German capitalises its nouns). Every
signal is a yes or a no. The model is a small ensemble of boosted decision trees, so it can
weigh signals together (a common noun after an article, capitalised once, in Spanish); the
trees are data, `models/midsentence-capital.json` in the rules folder, written by
`tests/eval/train_capital_model.py`; inference is pure Python, a few hundred steps a candidate.
"""
from __future__ import annotations

import math
import os
from collections import Counter
from functools import lru_cache

from .capitalshare import capital_share, has_table
from .document import Document
from .lexicon import known, zipf
from .rules_cache import parsed_json
from .rulesdir import CAPITAL_MODEL_FILE, builtin_rules_folder
from .sentences import BLOCK, CONTINUE, SENTENCE, WordContexts
from .value import named_tuple
from .wordclasses import lower_case_class

_ZIPF_STEPS = (1.0, 2.0, 3.0, 3.5, 4.0, 4.5, 5.0, 5.5, 6.0)
_LENGTH_BINS = ((3, "len_1_3"), (6, "len_4_6"), (10, "len_7_10"))
_ENGLISH_LEAD = 0.5  # a word English writes this much more often is a brand or a name (`Sharon`)
_SHARE_STEPS = (0.01, 0.03, 0.1, 0.3)  # P(Capitalised) / P(lower case) outside the document, below each
# the languages whose tables give the model its `share_` signals: counted shares (en, de, es) and
# the dictionaries' estimates (it, fr, pt, nl; docs/history/accuracy.md, "Seventeenth session, caps17")
SHARE_LANGUAGES = frozenset({"de", "en", "es", "fr", "it", "nl", "pt"})
_SHARE_COMMON_ZIPF = 3.0  # a word this common missing from its language's table is often capitalised
_OPENING_WORDS = 2  # the word is this near its sentence's start (`Los Precios al consumidor`)
NAME_REACH = 3  # words after a capital that may hold the next capital of its name


@named_tuple
class WordClasses:
    """A language's closed classes and ending classes, from its language file and the rule's data."""

    function_words: frozenset[str]
    numerals: frozenset[str]
    name_links: frozenset[str]
    noun_openers: frozenset[str]
    adjective_endings: tuple[str, ...]
    plural_endings: tuple[str, ...]
    verb_endings: tuple[str, ...]
    indefinite_articles: frozenset[str]  # no institution or name made of a common noun takes one
    place_prepositions: frozenset[str]  # after one a place's name may stand (`in Groningen`)
    role_nouns: frozenset[str]  # before a name (`il sindaco Sala`, `the film Frozen`)


@named_tuple
class _Counts:
    lower: Counter  # lower-case words
    inside: Counter  # capitalised words inside a sentence
    starting: Counter  # capitalised words where a sentence may start
    in_names: Counter  # capitalised words next to another capital inside a sentence (`Protezione Civile`)


def _counts(doc: Document, contexts: WordContexts) -> _Counts:
    def count(_: Document) -> _Counts:
        lower, inside, starting, in_names = Counter(), Counter(), Counter(), Counter()
        texts, boundaries = contexts.texts, contexts.boundaries
        for i, (word, boundary) in enumerate(zip(texts, boundaries)):
            if word.islower():
                lower[word] += 1
            elif word[:1].isupper():
                (inside if boundary == CONTINUE else starting)[word] += 1
                if i and boundary == CONTINUE and texts[i - 1][:1].isupper():
                    in_names[word] += 1
                    in_names[texts[i - 1]] += 1
        return _Counts(lower, inside, starting, in_names)

    return doc.memo("capital-model-counts", count)


def _in_name(contexts: WordContexts, i: int) -> bool:
    """The capital at `i` stands next to another capital inside its sentence."""
    texts, boundaries = contexts.texts, contexts.boundaries
    return ((boundaries[i] == CONTINUE and texts[i - 1][:1].isupper())
            or (i + 1 < len(texts) and boundaries[i + 1] == CONTINUE and texts[i + 1][:1].isupper()))


def name_goes_on_after(contexts: WordContexts, i: int) -> bool:
    """A capital follows within a few words, inside the sentence (`Gone with the Wind`, `Parco
    faunistico di Monteverde`)."""
    for j in range(i + 1, min(i + 1 + NAME_REACH, len(contexts.texts))):
        if contexts.boundaries[j] != CONTINUE:
            return False
        if contexts.texts[j][:1].isupper():
            return True
    return False


def _token_class(word: str, classes: WordClasses, side: str) -> str:
    """What kind of word a neighbour is."""
    lower = word.lower()
    if word[:1].isdigit():
        return f"{side}_number"
    if word.isupper() and len(word) > 1:
        return f"{side}_acronym"
    if word[:1].isupper():
        return f"{side}_capital"
    if lower in classes.numerals:
        return f"{side}_numeral"
    if lower in classes.function_words:
        return f"{side}_function"
    return f"{side}_content"


def features(doc: Document, contexts: WordContexts, i: int, next_index: int | None,
             classes: WordClasses) -> dict[str, float]:
    """The signals of the capitalised word `contexts.texts[i]` (the word after it: `next_index`)."""
    texts, boundaries = contexts.texts, contexts.boundaries
    word = texts[i]
    lower = word.lower()
    language = doc.language
    counts = _counts(doc, contexts)
    frequency = zipf(lower, language)
    f: dict[str, float] = {f"language_{language}": 1.0}
    for limit in _ZIPF_STEPS:
        if frequency >= limit:
            f[f"zipf_{limit:g}_up"] = 1.0
        if zipf(lower, "en") >= limit:
            f[f"english_zipf_{limit:g}_up"] = 1.0
    f[next((name for limit, name in _LENGTH_BINS if len(word) <= limit), "len_11_up")] = 1.0
    if language != "en" and zipf(lower, "en") >= frequency + _ENGLISH_LEAD:
        f["english_word"] = 1.0
    if not known(lower, language):
        f["unknown"] = 1.0
    f[f"class_{lower_case_class(lower, language) or 'open'}"] = 1.0
    _capital_share(f, lower, language, frequency)
    for name, hit in (("function_word", lower in classes.function_words), ("numeral", lower in classes.numerals),
                      ("adjective_ending", lower.endswith(classes.adjective_endings) and len(lower) > 4),
                      ("plural_ending", lower.endswith(classes.plural_endings) and len(lower) > 5),
                      ("verb_ending", lower.endswith(classes.verb_endings) and len(lower) > 5),
                      ("hyphenated", "-" in word), ("one_letter", len(word) == 1)):
        if hit:
            f[name] = 1.0
    lower_uses = counts.lower[lower]
    if lower_uses:
        f["lower_elsewhere"] = 1.0
        if lower_uses >= 2:
            f["lower_often"] = 1.0
    inside = counts.inside[word]
    f["capital_inside_once" if inside <= 1 else "capital_inside_again"] = 1.0
    if inside >= 3:
        f["capital_inside_often"] = 1.0
    if counts.starting[word]:
        f["capital_at_starts"] = 1.0
    if counts.in_names[word] > _in_name(contexts, i):
        f["in_name_elsewhere"] = 1.0  # the article writes it as part of a name elsewhere (`Protezione Civile`)
    _neighbours(f, contexts, i, next_index, classes, language)
    return f


def _capital_share(f: dict[str, float], lower: str, language: str | None, frequency: float) -> None:
    """How often running text outside the document capitalises the word (`capitalshare`): rarely
    (`vegetación`, `censo`), or often, a common word its language's table leaves out (`gobierno`,
    a German noun). Nothing where the language has no table, or none the model was trained with."""
    if language not in SHARE_LANGUAGES:
        return
    share = capital_share(lower, language)
    if share is not None:
        f["share_known"] = 1.0
        for limit in _SHARE_STEPS:
            if share < limit:
                f[f"share_under_{limit:g}"] = 1.0
    elif frequency >= _SHARE_COMMON_ZIPF and has_table(language):
        f["share_often_capital"] = 1.0


def _word_class(f: dict[str, float], word: str, language: str | None, side: str) -> None:
    """The class a lower-case neighbour has in the language's dictionary (`wordclasses`): an
    article, a capital noun, then a lower-case adjective agree as a noun phrase."""
    if word.islower():
        kind = lower_case_class(word, language)
        if kind:
            f[f"{side}_class_{kind}"] = 1.0


def _neighbours(f: dict[str, float], contexts: WordContexts, i: int, next_index: int | None,
                classes: WordClasses, language: str | None) -> None:
    """The signals of the words around the capital and of its place in the sentence."""
    texts, boundaries = contexts.texts, contexts.boundaries
    prev = texts[i - 1]
    f[_token_class(prev, classes, "prev")] = 1.0
    _word_class(f, prev, language, "prev")
    for name, words in (("noun_opener", classes.noun_openers), ("name_link", classes.name_links),
                        ("indefinite", classes.indefinite_articles), ("place", classes.place_prepositions),
                        ("role", classes.role_nouns)):
        if prev.lower() in words:
            f[f"prev_{name}"] = 1.0
    gap = contexts[i].gap_before
    if "," in gap or ";" in gap:
        f["after_comma"] = 1.0
    elif gap.strip():
        f["after_other_mark"] = 1.0
    start = i  # the word that opens the capital's sentence or clause, within reach
    while start > max(i - _OPENING_WORDS - 1, 0) and boundaries[start] == CONTINUE:
        start -= 1
    if boundaries[start] != CONTINUE and i - start <= _OPENING_WORDS:
        f["near_sentence_start"] = 1.0
        if i - start == 1 and boundaries[start] in (BLOCK, SENTENCE):
            f["second_word"] = 1.0
    if i >= 2 and boundaries[i - 1] == CONTINUE and texts[i - 2][:1].isupper() and boundaries[i - 2] == CONTINUE:
        f["name_run_before"] = 1.0
    if i >= 2 and texts[i - 2].lower() in classes.place_prepositions:
        f["place_two_before"] = 1.0  # `in het Vondelpark`
    if name_goes_on_after(contexts, i):
        f["name_after"] = 1.0  # `the Farmers' Alliance of the Marches`
    if next_index is None:
        f["before_mark"] = 1.0
        if i + 1 == len(texts) or not contexts.joined(i + 1):
            f["block_end"] = 1.0  # the paragraph's last word (`vivienda Pública.`)
        return
    nxt = texts[next_index]
    f[_token_class(nxt, classes, "next")] = 1.0
    _word_class(f, nxt, language, "next")
    if nxt.lower() in classes.name_links and next_index + 1 < len(texts):
        after = texts[next_index + 1]
        f["next_link_then_capital" if after[:1].isupper() else "next_link_then_lower"] = 1.0


Tree = list  # nodes: [feature, index if yes, index if no] or [leaf value]; the root first


@named_tuple
class Model:
    base: float  # the log-odds before any tree
    trees: list[Tree]
    thresholds: dict[str, float]  # by language, the probability from which a capital is reported

    def threshold(self, language: str | None) -> float:
        """Above any probability for a language the model has no threshold for: it reports nothing there."""
        return self.thresholds.get(language or "", 2.0)


NO_MODEL = Model(0.0, [], {})


# Scoring this many capitals with one model pays for compiling its trees (about 9 ms for the
# shipped 150, which then score about twice as fast): folder runs do, a one-file run does not.
COMPILE_AFTER = 400


class _Walker:
    """Sums a model's trees, walking them until `COMPILE_AFTER` scores, then with the trees as
    one compiled Python function (`_compiled`): the same leaves added in the same order."""

    def __init__(self, model: Model):
        self.model, self.calls, self.compiled = model, 0, None

    def __call__(self, features: dict[str, float]) -> float:
        if self.compiled is not None:
            return self.compiled(features)
        self.calls += 1
        if self.calls >= COMPILE_AFTER:
            self.compiled = _compiled(self.model)
        z = self.model.base
        for tree in self.model.trees:
            node = tree[0]
            while len(node) == 3:
                node = tree[node[1] if node[0] in features else node[2]]
            z += node[0]
        return z


def _compiled(model: Model):
    """The model's log-odds as a function of the signals present: one conditional expression a tree."""
    def branch(tree: Tree, index: int) -> str:
        node = tree[index]
        if len(node) != 3:
            return repr(float(node[0]))
        return f"({branch(tree, node[1])} if {str(node[0])!r} in f else {branch(tree, node[2])})"

    source = "\n".join([f"def log_odds(f):\n    z = {float(model.base)!r}",
                        *(f"    z += {branch(tree, 0)}" for tree in model.trees), "    return z"])
    namespace: dict = {}
    exec(compile(source, "<capital model>", "exec"), namespace)
    return namespace["log_odds"]


_walker: _Walker | None = None


def score(model: Model, features: dict[str, float]) -> float:
    """The model's probability that a capital with `features` is a slip."""
    global _walker
    if _walker is None or _walker.model is not model:
        _walker = _Walker(model)
    z = _walker(features)
    return 1 / (1 + math.exp(-max(-30.0, min(30.0, z))))


@lru_cache(maxsize=4)
def load_model(path: str) -> Model:
    """The model in a file (none when the file is missing or unreadable: nothing is reported)."""
    try:
        data = parsed_json(path)
        return Model(float(data["base"]), list(data["trees"]), {k: float(v) for k, v in data["thresholds"].items()})
    except (OSError, ValueError, KeyError, TypeError):
        return NO_MODEL


_override: Model | None = None


def use_model(model: Model | None) -> None:
    """Score with this model instead of the shipped one (training's cross-validation)."""
    global _override
    _override = model


def current_model() -> Model:
    return _override if _override is not None else load_model(os.path.join(builtin_rules_folder(), CAPITAL_MODEL_FILE))
