"""How often a language writes a common word with a capital: evidence from outside the document.

A capitalised common noun after an article looks like an institution or a name to every signal
inside the text (`la Vegetación elegida`, `el Gobierno decidió`); running text elsewhere tells
them apart: `vegetación` is almost never written `Vegetación`, `gobierno` often `Gobierno`.
The tables (`xx.trie` beside this file) hold, for common words, P(Capitalised) / P(lower case)
when below one half. English, German and Spanish: as written in a large corpus (sentence starts
included), built by `tests/eval/capitalshare/build_capital_share.py` from spacy-lookups-data
(MIT). Italian, French, Portuguese and Dutch (`ESTIMATED`): estimated from LanguageTool's
case-kept dictionaries by `tests/eval/capitalshare/build_capital_share_lt.py`: the lower-case
form's wordfreq frequency against the capitalised form's frequency class in the dictionaries,
or a floor where no dictionary lists it with a capital. A dictionary lists names, not the common
nouns that open an institution's name (`la Protezione civile`), so an estimated share says
"never a name by itself", weaker evidence than a counted one (`estimated`). A table is mapped
into memory on the first question about its language, never before.
"""
from __future__ import annotations

import math
import os
from functools import lru_cache

_FOLDER = os.path.dirname(__file__)
_SCALE = 10  # the tables store round(-ln(share) * _SCALE)
# the languages whose table is estimated from dictionaries, not counted in running text
ESTIMATED = frozenset({"it", "fr", "pt", "nl"})


def capital_share(word: str, language: str | None) -> float | None:
    """P(Capitalised) / P(lower case) of `word` (given in lower case) in the language, when the
    table knows it as a common word rarely capitalised (below 0.5); None otherwise: no table, a
    rare word, or one often capitalised (a name, an institution, a German noun). For the
    `ESTIMATED` languages, an estimate from dictionaries (see `estimated`): None also for a word
    a dictionary lists with a capital but no frequency (`Rio`, `Pierre`)."""
    if not language:
        return None
    table = _table(language)
    found = table.get(word) if table is not None else None
    return math.exp(-found[0][0] / _SCALE) if found else None


def estimated(language: str | None) -> bool:
    """Whether the language's table is estimated from dictionaries (Italian, French, Portuguese,
    Dutch): its share says the word is no name by itself, not how often text capitalises it."""
    return language in ESTIMATED


def has_table(language: str | None) -> bool:
    """The language has a table: a common word missing from it is one running text often capitalises."""
    return bool(language) and _table(language) is not None


@lru_cache(maxsize=None)
def _table(language: str):
    """The language's table, mapped into memory; None when there is none."""
    path = os.path.join(_FOLDER, f"{language}.trie")
    if not os.path.exists(path):
        return None
    import marisa_trie

    trie = marisa_trie.RecordTrie("B")
    trie.mmap(path)
    return trie
