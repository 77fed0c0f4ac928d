"""Which words a language writes only in lower case, and as what: a noun, verb, adjective or adverb.

The tables (`xx.txt.gz` beside this file, one per language) are derived from LanguageTool's
case-aware part-of-speech dictionaries by `tests/eval/wordclasses/build_word_classes.py`: a
word is in one when the dictionary never writes it with a capital (no proper name, no German
noun) and wordfreq finds it common. A word in none may be a name. Loaded once per language,
on first use, in a few milliseconds.
"""
from __future__ import annotations

import gzip
from functools import lru_cache
from pathlib import Path

NOUN, VERB, ADJECTIVE, ADVERB = "noun", "verb", "adjective", "adverb"
_FOLDER = Path(__file__).parent


def lower_case_class(word: str, language: str | None) -> str | None:
    """`noun`, `verb`, `adjective` or `adverb` for a word the language writes only in lower case
    (`word` in lower case; a word with several readings takes the first of these it has); None
    for any other word, a name's or a closed-class one."""
    return _table(language).get(word) if language else None


@lru_cache(maxsize=None)
def _table(language: str) -> dict[str, str]:
    path = _FOLDER / f"{language}.txt.gz"
    if not path.is_file():
        return {}
    table: dict[str, str] = {}
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        for line in handle:
            if not line.startswith("#"):
                kind, _, words = line.rstrip("\n").partition("\t")
                table.update(dict.fromkeys(words.split(), kind))
    return table
