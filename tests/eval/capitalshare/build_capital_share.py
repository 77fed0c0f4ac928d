"""Build linter/capitalshare/*.trie: how often a language writes a common word with a capital.

    pip install spacy-lookups-data==1.0.5 && python tests/eval/capitalshare/build_capital_share.py

Source: spacy-lookups-data (MIT), whose `xx_lexeme_prob` tables give the log probability of
each word form as written, case kept (`church` and `Church` apart), for English, German and
Spanish. A word's capital share is P(Capitalised) / P(lower case): sentence starts, names and
institutions write it with a capital, running text in lower case. A form missing from the table
counts with the table's smallest probability, so a rare word never looks rarely capitalised.
Kept: words of letters whose lower-case form is at least as likely as `MIN_LOG_PROB` and
whose share is below `MAX_SHARE`, stored as round(-ln(share) * `SCALE`) in one byte of a
marisa RecordTrie (mapped into memory at run time, a few hundred kB a language).
"""
from __future__ import annotations

import gzip
import json
import math
from importlib import resources
from pathlib import Path

import marisa_trie

OUT = Path(__file__).resolve().parents[3] / "linter" / "capitalshare"
LANGUAGES = ("en", "de", "es")
MIN_LOG_PROB = -16.0
MAX_SHARE = 0.5
SCALE = 10  # a byte's step: a tenth of a natural-log unit


def shares(language: str) -> dict[str, int]:
    """Each kept word (lower case) and its quantised capital share."""
    path = resources.files("spacy_lookups_data") / "data" / f"{language}_lexeme_prob.json.gz"
    with gzip.open(str(path), "rt", encoding="utf-8") as handle:
        probs: dict[str, float] = json.load(handle)
    floor = min(probs.values())
    kept: dict[str, int] = {}
    for word, low in probs.items():
        if not (word.isalpha() and word.islower()) or low < MIN_LOG_PROB:
            continue
        capital = probs.get(word[:1].upper() + word[1:], floor)
        log_share = capital - low
        if log_share < math.log(MAX_SHARE):
            kept[word] = min(255, round(-log_share * SCALE))
    return kept


def main() -> None:
    OUT.mkdir(exist_ok=True)
    for language in LANGUAGES:
        kept = shares(language)
        trie = marisa_trie.RecordTrie("B", ((word, (value,)) for word, value in kept.items()))
        trie.save(str(OUT / f"{language}.trie"))
        print(language, len(kept), (OUT / f"{language}.trie").stat().st_size)


if __name__ == "__main__":
    main()
