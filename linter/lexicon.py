"""Word frequencies from wordfreq, imported only when a check needs them."""
from __future__ import annotations

from functools import lru_cache

# Languages wordfreq knows well enough for newslint's decisions.
SUPPORTED = frozenset({"it", "en", "de", "fr", "es", "pt", "nl"})


@lru_cache(maxsize=200_000)
def zipf(word: str, language: str | None) -> float:
    """Zipf frequency of a word (0 = unknown, 3 = once per million words, 7 = 'the')."""
    if language not in SUPPORTED or not word:
        return 0.0
    from wordfreq import zipf_frequency

    return zipf_frequency(word, language)


def has_lexicon(language: str | None) -> bool:
    return language in SUPPORTED
