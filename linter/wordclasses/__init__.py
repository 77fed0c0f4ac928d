"""Which words a language writes only in lower case, and as what: a noun, verb, adjective or adverb.

The tables (`xx.txt.gz` beside this file, one per language) are derived from LanguageTool's
case-aware part-of-speech dictionaries by `tests/eval/wordclasses/build_word_classes.py`: a
word is in one when the dictionary never writes it with a capital (no proper name, no German
noun) and wordfreq finds it common. A word in none may be a name. Loaded once per language,
on first use: the first run reads the compressed text, later ones a marisa trie it left in the
user's cache folder (named after the table's size and time, so a new table is read afresh).
A second table (`xx.named.txt.gz`, German and Dutch) holds the verbs, adjectives and adverbs
that the dictionary also writes with a capital, but only as a surname or place (`Sterk`) or a
nominalised infinitive (`das Sinken`): `named_class`. A third (`xx.adjectival.txt.gz`, Italian,
French, Spanish, Portuguese) holds the nouns of the first that are adjectives too (`nazionale`,
`collectif`): `adjectival`. A fourth (`xx.finite.txt.gz`, German and Dutch) holds the finite verb
forms, whatever the dictionary writes with a capital (`erklärte`, a nominalised participle too;
Dutch `liet`, a surname too): `finite_form`.
"""
from __future__ import annotations

import os
from functools import lru_cache

from ..user_cache import cache_file, save

NOUN, VERB, ADJECTIVE, ADVERB = "noun", "verb", "adjective", "adverb"
FINITE, PARTICIPLE = "finite", "participle"
_FOLDER = os.path.dirname(__file__)
_FORMAT = b"NSWC1"


def lower_case_class(word: str, language: str | None) -> str | None:
    """`noun`, `verb`, `adjective` or `adverb` for a word the language writes only in lower case
    (`word` in lower case; a word with several readings takes the first of these it has); None
    for any other word, a name's or a closed-class one."""
    return _table(language).get(word) if language else None


def named_class(word: str, language: str | None) -> str | None:
    """`verb`, `adjective` or `adverb` for a word (in lower case) that the language writes in
    lower case but also, with a capital, as a surname, a place or a nominalised infinitive
    (`sterk`, `sinken`); None for any other word."""
    return _table(f"{language}.named").get(word) if language else None


def finite_form(word: str, language: str | None) -> str | None:
    """`finite` for a word (in lower case) whose every lower-case reading is a finite verb form
    (German `mitteilte`, `hieß`, Dutch `liet`, `stierf`), `participle` for one that is also a
    participle (`erklärte`, `verkocht`); None for any other word, which has an adjective's, an
    infinitive's, a noun's or a closed-class reading, or is rare (the table `xx.finite.txt.gz`,
    German and Dutch only)."""
    return _table(f"{language}.finite").get(word) if language else None


def adjectival(word: str, language: str | None) -> bool:
    """The word (in lower case) has an adjective's reading: an adjective of the lower-case table,
    or one of its nouns that is an adjective too (`nazionale`, `nuovo`, `collectif`: the table
    `xx.adjectival.txt.gz`, Italian, French, Spanish and Portuguese only)."""
    return bool(language) and (_table(language).get(word) == ADJECTIVE
                               or _table(f"{language}.adjectival").get(word) == ADJECTIVE)


@lru_cache(maxsize=None)
def _table(name: str) -> _ClassTrie | dict[str, str]:
    """The table in `name`.txt.gz (`de`, `de.named`); empty when there is none."""
    import marisa_trie

    path = os.path.join(_FOLDER, f"{name}.txt.gz")
    try:
        stat = os.stat(path)
    except OSError:
        return {}
    cached = cache_file("wordclasses", f"{name}-{stat.st_size}-{stat.st_mtime_ns}.trie")
    try:
        with open(cached, "rb") as handle:
            header, _, body = handle.read().partition(b"\n")
        tag, _, size = header.partition(b" ")
        if tag == _FORMAT and size.isdigit():
            trie = marisa_trie.BytesTrie().frombytes(body)
            if len(trie) == int(size):
                return _ClassTrie(trie)
    except (OSError, ValueError, RuntimeError):
        pass
    table = _read_table(path)
    trie = marisa_trie.BytesTrie((word, kind.encode()) for word, kind in table.items())
    save(cached, _FORMAT + f" {len(trie)}\n".encode() + trie.tobytes())
    return table


def _read_table(path: str) -> dict[str, str]:
    """The word table of a `xx.txt.gz` file: one line per class, its words after a tab."""
    import gzip  # only when the cached trie is missing

    table: dict[str, str] = {}
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        for line in handle:
            if not line.startswith("#"):
                kind, _, words = line.rstrip("\n").partition("\t")
                table.update(dict.fromkeys(words.split(), kind))
    return table


class _ClassTrie:
    """A table as a marisa trie in the user's cache: loaded in a millisecond, where reading
    the compressed text and filling a dict took 10-35 ms of every start."""

    def __init__(self, trie) -> None:
        self._trie = trie

    def get(self, word: str) -> str | None:
        found = self._trie.get(word)
        return found[0].decode() if found else None
