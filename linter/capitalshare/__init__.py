"""How often a language writes a common word with a capital: evidence from outside the document.

A capitalised common noun after an article looks like an institution or a name to every signal
inside the text (`la Vegetación elegida`, `el Gobierno decidió`); running text elsewhere tells
them apart: `vegetación` is almost never written `Vegetación`, `gobierno` often `Gobierno`.
The tables (`xx.trie` beside this file, English, German and Spanish) hold, for common words,
P(Capitalised) / P(lower case) as written in a large corpus (sentence starts included), when
below one half; built by `tests/eval/capitalshare/build_capital_share.py` from spacy-lookups-data
(MIT). A table is mapped into memory on the first question about its language, never before.
"""
from __future__ import annotations

import math
import os
from functools import lru_cache

_FOLDER = os.path.dirname(__file__)
_SCALE = 10  # the tables store round(-ln(share) * _SCALE)


def capital_share(word: str, language: str | None) -> float | None:
    """P(Capitalised) / P(lower case) of `word` (given in lower case) in the language, when the
    table knows it as a common word rarely capitalised (below 0.5); None otherwise: no table, a
    rare word, or one often capitalised (a name, an institution, a German noun)."""
    if not language:
        return None
    table = _table(language)
    found = table.get(word) if table is not None else None
    return math.exp(-found[0][0] / _SCALE) if found else None


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
